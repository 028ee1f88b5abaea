"""Routes of the web app (mounted at /). PD pages carry the unit slug; the views check rights."""

from django.urls import path, register_converter

from sakip.web.views import (
    akun,
    dasbor,
    evaluasi,
    faktor,
    kendali,
    laporan,
    pengguna,
    perencanaan,
    perjanjian,
    profil,
    publik,
    realisasi,
    rencana_aksi,
    selisih,
    skm,
    templat,
)


class _Format:
    regex = "docx|pdf"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(_Format, "fmt")

app_name = "web"
urlpatterns = [
    path("", akun.beranda, name="beranda"),
    path("masuk/", akun.Masuk.as_view(), name="masuk"),
    path("keluar/", akun.Keluar.as_view(), name="keluar"),
    path("akun/kata-sandi/", akun.kata_sandi, name="kata_sandi"),
    # Pemda-wide
    path("pemda/", dasbor.pemda, name="pemda"),
    path("pemda/<tahun:tahun>/", dasbor.pemda, name="pemda_tahun"),
    path("pengguna/", pengguna.daftar, name="pengguna"),
    path("pengguna/tambah/", pengguna.tambah, name="pengguna_tambah"),
    path("pengguna/<id:user_id>/", pengguna.ubah, name="pengguna_ubah"),
    path("kendali/", kendali.halaman, name="kendali"),
    path("kendali/logo/", profil.logo, name="logo_pemda"),
    path("kendali/logo/gambar", profil.logo_gambar, name="logo_pemda_gambar"),
    path("templat/", templat.daftar, name="templat"),
    path("templat/<str:kode>/unduh/<str:asal>/", templat.unduh, name="templat_unduh"),
    path("templat/<str:kode>/unggah/", templat.unggah, name="templat_unggah"),
    path("templat/<str:kode>/kembalikan/", templat.kembalikan, name="templat_kembalikan"),
    # Everyone's own notifications
    path("notifikasi/", kendali.kotak_masuk, name="kotak_masuk"),
    path("notifikasi/<id:notif_id>/", kendali.buka_notifikasi, name="notifikasi"),
    path("notifikasi/<id:notif_id>/dibaca/", kendali.tandai, name="notifikasi_dibaca"),
    # A PD
    path("pd/<slug:slug>/", dasbor.pd, name="pd"),
    path("pd/<slug:slug>/<tahun:tahun>/", dasbor.pd, name="pd_tahun"),
    path("pd/<slug:slug>/profil/", profil.profil, name="profil"),
    path("pd/<slug:slug>/profil/<slug:jenis>/gambar", profil.profil_gambar, name="profil_gambar"),
    path("pd/<slug:slug>/<tahun:tahun>/realisasi/", realisasi.realisasi, name="realisasi"),
    path("pd/<slug:slug>/<tahun:tahun>/realisasi/hitung/", realisasi.realisasi_hitung, name="realisasi_hitung"),
    path("pd/<slug:slug>/<tahun:tahun>/anggaran/", realisasi.anggaran, name="anggaran"),
    path("pd/<slug:slug>/<tahun:tahun>/anggaran/hitung/", realisasi.anggaran_hitung, name="anggaran_hitung"),
    path("pd/<slug:slug>/<tahun:tahun>/narasi/", realisasi.narasi, name="narasi"),
    path("pd/<slug:slug>/<tahun:tahun>/rencana-aksi/", rencana_aksi.rencana_aksi, name="rencana_aksi"),
    path("pd/<slug:slug>/<tahun:tahun>/rencana-aksi/kas/", rencana_aksi.rencana_kas, name="rencana_kas"),
    path("pd/<slug:slug>/<tahun:tahun>/rencana-aksi/kas/hitung/", rencana_aksi.rencana_kas_hitung,
         name="rencana_kas_hitung"),
    path("pd/<slug:slug>/<tahun:tahun>/realisasi/faktor/", faktor.faktor, name="faktor"),
    # The approval workflow of a triwulan (POST tw, and alasan where the step needs one)
    path("pd/<slug:slug>/<tahun:tahun>/status/ajukan/", realisasi.status_tw, {"langkah": "ajukan"},
         name="status_ajukan"),
    path("pd/<slug:slug>/<tahun:tahun>/status/setujui/", realisasi.status_tw, {"langkah": "setujui"},
         name="status_setujui"),
    path("pd/<slug:slug>/<tahun:tahun>/status/kembalikan/", realisasi.status_tw, {"langkah": "kembalikan"},
         name="status_kembalikan"),
    path("pd/<slug:slug>/<tahun:tahun>/status/kunci/", realisasi.status_tw, {"langkah": "kunci"},
         name="status_kunci"),
    path("pd/<slug:slug>/<tahun:tahun>/status/buka-kunci/", realisasi.status_tw, {"langkah": "buka-kunci"},
         name="status_buka_kunci"),
    path("pd/<slug:slug>/<tahun:tahun>/laporan/", laporan.laporan, name="laporan"),
    path("pd/<slug:slug>/<tahun:tahun>/selisih-anggaran/", selisih.selisih_anggaran, name="selisih_anggaran"),
    path("pd/<slug:slug>/<tahun:tahun>/lkjip.<fmt:fmt>", laporan.unduh_lkjip, name="unduh_lkjip"),
    path("pd/<slug:slug>/<tahun:tahun>/e81.xlsx", laporan.unduh_e81, name="unduh_e81"),
    path("pd/<slug:slug>/<tahun:tahun>/laporan/buat/", laporan.buat, name="laporan_buat"),
    path("pd/<slug:slug>/antrean/<uuid:job>/", laporan.antrean_status, name="antrean"),
    path("pd/<slug:slug>/antrean/<uuid:job>/berkas", laporan.antrean_berkas, name="antrean_berkas"),
    path("pd/<slug:slug>/<tahun:tahun>/terbitkan/", laporan.terbitkan, name="terbitkan"),
    path("pd/<slug:slug>/publikasi/<id:pub_id>/tarik/", laporan.tarik, name="tarik"),
    # Survei Kepuasan Masyarakat: the operator's pages (the public form is /skm/<slug>/)
    path("pd/<slug:slug>/skm/", skm.daftar, name="skm"),
    path("pd/<slug:slug>/skm/<id:survei_id>/", skm.survei, name="skm_survei"),
    path("pd/<slug:slug>/skm/<id:survei_id>/aksi/", skm.survei_aksi, name="skm_aksi"),
    path("pd/<slug:slug>/skm/<id:survei_id>/entri/", skm.entri, name="skm_entri"),
    path("pd/<slug:slug>/skm/<id:survei_id>/rtl/", skm.rtl_tambah, name="skm_rtl"),
    path("pd/<slug:slug>/skm/<id:survei_id>/rtl/<id:rtl_id>/", skm.rtl_status, name="skm_rtl_status"),
    path("pd/<slug:slug>/skm/<id:survei_id>/laporan.<fmt:fmt>", skm.unduh_laporan, name="skm_laporan"),
    path("pd/<slug:slug>/skm/<id:survei_id>/kuesioner.<fmt:fmt>", skm.unduh_kuesioner, name="skm_kuesioner"),
    path("skm/<slug:slug>/", skm.formulir, name="skm_formulir"),
    path("skm/<slug:slug>/hasil/", skm.hasil_publik, name="skm_hasil"),
    # Evaluasi AKIP: the worksheet, evidence, finalisation, the LHE, follow-up; the Inspektorat's dashboard
    path("evaluasi/<tahun:tahun>/", evaluasi.dasbor, name="evaluasi_dasbor"),
    path("evaluasi/<tahun:tahun>/evaluator/", evaluasi.evaluator, name="evaluasi_evaluator"),
    path("pd/<slug:slug>/<tahun:tahun>/evaluasi/", evaluasi.lembar_kerja, name="evaluasi"),
    path("pd/<slug:slug>/<tahun:tahun>/evaluasi/jawab/", evaluasi.jawab, name="evaluasi_jawab"),
    path("pd/<slug:slug>/<tahun:tahun>/evaluasi/bukti/", evaluasi.bukti, name="evaluasi_bukti"),
    path("pd/<slug:slug>/<tahun:tahun>/evaluasi/bukti/<id:bukti_id>/", evaluasi.unduh_bukti, name="unduh_bukti"),
    path("pd/<slug:slug>/<tahun:tahun>/evaluasi/final/", evaluasi.final, name="evaluasi_final"),
    path("pd/<slug:slug>/<tahun:tahun>/evaluasi/buka/", evaluasi.buka, name="evaluasi_buka"),
    path("pd/<slug:slug>/<tahun:tahun>/lhe.<fmt:fmt>", evaluasi.unduh_lhe, name="unduh_lhe"),
    path("pd/<slug:slug>/<tahun:tahun>/kke.xlsx", evaluasi.unduh_kke, name="unduh_kke"),
    path("pd/<slug:slug>/<tahun:tahun>/tindak-lanjut/", evaluasi.tindak_lanjut, name="tindak_lanjut"),
    # Perjanjian Kinerja
    path("pd/<slug:slug>/pk/", perjanjian.daftar, name="pk_daftar"),
    path("pd/<slug:slug>/pk/buat/", perjanjian.buat, name="pk_buat"),
    path("pd/<slug:slug>/pk/<id:pk_id>/", perjanjian.detail, name="pk_detail"),
    path("pd/<slug:slug>/pk/<id:pk_id>/tambah/", perjanjian.tambah, name="pk_tambah"),
    path("pd/<slug:slug>/pk/<id:pk_id>/perubahan/", perjanjian.perubahan, name="pk_perubahan"),
    path("pd/<slug:slug>/pk/<id:pk_id>/tandatangani/", perjanjian.tandatangani, name="pk_tandatangani"),
    path("pd/<slug:slug>/pk/<id:pk_id>/anggaran/", perjanjian.anggaran_pk, name="pk_anggaran"),
    path("pd/<slug:slug>/pk/<id:pk_id>/hapus/", perjanjian.hapus, name="pk_hapus"),
    path("pd/<slug:slug>/pk/<id:pk_id>/cetak/", perjanjian.cetak, name="pk_cetak"),
    path("pd/<slug:slug>/pk/<id:pk_id>/dokumen.<fmt:fmt>", laporan.unduh_pk, name="unduh_pk"),
    # Planning
    path("pd/<slug:slug>/perencanaan/", perencanaan.indeks, name="perencanaan"),
    path("pd/<slug:slug>/perencanaan/<id:periode_id>/target/", perencanaan.target, name="target"),
    path("pd/<slug:slug>/perencanaan/<id:periode_id>/kotak/tambah/", perencanaan.node_tambah, name="node_tambah"),
    path("pd/<slug:slug>/perencanaan/kotak/<id:node_id>/", perencanaan.node_ubah, name="node_ubah"),
    path("pd/<slug:slug>/perencanaan/kotak/<id:node_id>/pindah/", perencanaan.node_pindah, name="node_pindah"),
    path("pd/<slug:slug>/perencanaan/kotak/<id:node_id>/hapus/", perencanaan.node_hapus, name="node_hapus"),
    path("pd/<slug:slug>/perencanaan/<id:periode_id>/indikator/tambah/", perencanaan.indikator_tambah,
         name="indikator_tambah"),
    path("pd/<slug:slug>/perencanaan/indikator/<id:indikator_id>/", perencanaan.indikator_ubah,
         name="indikator_ubah"),
    path("pd/<slug:slug>/perencanaan/indikator/<id:indikator_id>/iku/", perencanaan.indikator_iku,
         name="indikator_iku"),
    path("pd/<slug:slug>/perencanaan/indikator/<id:indikator_id>/pindah/", perencanaan.indikator_pindah,
         name="indikator_pindah"),
    path("pd/<slug:slug>/perencanaan/indikator/<id:indikator_id>/hapus/", perencanaan.indikator_hapus,
         name="indikator_hapus"),
    # Public
    path("publik/", publik.indeks, name="publik"),
    path("publik/berkas/<id:pub_id>/<str:nama>", publik.berkas, name="publik_berkas"),
    path("publik/<slug:pemda>/", publik.pemda, name="publik_pemda"),
    path("publik/<slug:pemda>/<slug:slug>/", publik.pd, name="publik_pd"),
]
