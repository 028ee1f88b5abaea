"""Cover, Kata Pengantar, Ikhtisar Eksekutif and the Daftar Isi / Tabel / Gambar."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH

from sakip.core import formatting as fmt
from sakip.core.measurement import Kelompok
from sakip.core.narasi import daftar_ringkasan, kalimat_anggaran, kalimat_efisiensi
from sakip.core.summary import ringkas

from ..data_pemda import DataLaporanPemda
from ..docxkit import Kolom, Rata
from ..gambar_profil import logo_pemda, sisip_logo
from .umum import KolomIsi, Konteks, capaian, judul_pk, kategori, realisasi, tabel_indikator, target

LOGO_SAMPUL_CM = 4.0  # the logo's height on the cover; the spacing below shrinks so the cover stays one page


def sampul(ctx: Konteks) -> None:
    """The cover page, a section without a page number; numbering starts on the next page."""
    d, data = ctx.dok, ctx.data
    logo = logo_pemda(data.pemda)
    d.paragraf("", setelah=20 if logo else 60)
    sisip_logo(d, logo, tinggi_cm=LOGO_SAMPUL_CM, setelah=30)
    d.paragraf("LAPORAN KINERJA\nINSTANSI PEMERINTAH", rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=22,
               setelah=6)
    d.paragraf("(LKjIP)", rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=18, setelah=6)
    d.paragraf(f"TAHUN {data.tahun}", rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=18,
               setelah=70 if logo else 120)
    nama = data.unit.nama.upper() + (f"\n{data.unit.induk.nama.upper()}" if data.unit.induk_id else "")
    d.paragraf(nama, rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=18, setelah=90 if logo else 150)
    d.paragraf(f"PEMERINTAH {data.pemda.nama.upper()}", rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=14,
               setelah=4)
    d.paragraf(fmt.tanggal_bulan(data.tanggal).upper(), rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=14)
    d.nomor_halaman(d.bagian_baru(), mulai=1, romawi=True)  # i, ii, iii until BAB I


def kata_pengantar(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    d.judul("KATA PENGANTAR")
    d.paragraf("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas rahmat dan karunia-Nya, sehingga "
               "kami dapat melaksanakan amanah dalam bidang tugas kami masing-masing bagi kepentingan negara, "
               "nusa dan bangsa.")
    d.paragraf(f"Sebagai tindak lanjut Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
               f"Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
               f"Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan "
               f"Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah, {data.nama} {data.pemda.nama} "
               f"menyajikan Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun {data.tahun}. Laporan ini merupakan "
               f"wujud pertanggungjawaban pelaksanaan Perjanjian Kinerja Tahun {data.tahun}, yang berisi "
               f"informasi tentang keberhasilan maupun kegagalan pencapaian sasaran yang telah ditetapkan, "
               f"termasuk hambatan yang dihadapi dan upaya pemecahannya.")
    d.paragraf("Seluruh angka dalam laporan ini dihitung dari data perencanaan, perjanjian kinerja, realisasi "
               "dan anggaran yang tercatat pada aplikasi Sakip, sehingga setiap angka dapat ditelusuri kembali "
               "ke sumbernya.")
    d.paragraf("Kami menyampaikan terima kasih dan penghargaan kepada semua pihak yang telah bekerja keras "
               "dalam penyusunan laporan ini. Semoga laporan ini bermanfaat sebagai bahan evaluasi dan "
               "perbaikan kinerja pada tahun-tahun mendatang.", setelah=18)
    k = data.kepala
    d.tanda_tangan([[f"{data.tempat}, {fmt.tanggal(data.tanggal)}", k.jabatan_kapital, "", k.nama,
                     *([k.pangkat] if k.pangkat else []), *([f"NIP {k.nip}"] if k.nip else [])]],
                   lebar_cm=8.5, kanan=True)


def ikhtisar(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    tahun = data.tahun
    d.judul("IKHTISAR EKSEKUTIF")
    d.paragraf(f"Laporan Kinerja {data.nama} {data.pemda.nama} Tahun {tahun} menyajikan capaian kinerja atas "
               f"Perjanjian Kinerja {data.nama} Tahun {tahun}.")
    pks = data.pk
    if len(pks) == 1:
        pk = pks[0]
        d.paragraf(f"Pada tahun {tahun}, {data.nama} menyusun 1 Perjanjian Kinerja yang ditandatangani pada "
                   f"{fmt.tanggal(pk.model.tanggal)} sesuai dokumen perencanaan periode {pk.periode.nama}.")
    else:
        bagian = [f"{pk.judul} yang ditandatangani pada {fmt.tanggal(pk.model.tanggal)} sesuai dokumen "
                  f"perencanaan periode {pk.periode.nama}" for pk in pks]
        d.paragraf(f"Pada tahun {tahun}, {data.nama} menyusun {len(pks)} Perjanjian Kinerja, yaitu "
                   + "; ".join(bagian[:-1]) + f"; dan {bagian[-1]}.")
    for pk in pks:
        n_utama, n_lain = len(pk.utama), len(pk.lainnya)
        teks = (f"{pk.judul} Tahun {tahun} memiliki {pk.jumlah_sasaran(Kelompok.UTAMA)} sasaran strategis dengan "
                f"{n_utama} indikator kinerja dan {n_utama} target kinerja yang harus dicapai")
        if n_lain:
            teks += (f", serta {pk.jumlah_sasaran(Kelompok.LAINNYA)} kinerja lainnya dengan {n_lain} indikator "
                     "kinerja")
        d.paragraf(teks + ".")
    for pk in pks:
        d.paragraf(f"Dari hasil pengukuran realisasi {pk.judul} Tahun {tahun} sesuai dokumen perencanaan periode "
                   f"{pk.periode.nama}, capaian indikator sasaran strategis dapat disimpulkan sebagai berikut:",
                   lekat=True)
        d.daftar_butir(daftar_ringkasan(pk.hasil.utama))
        if pk.lainnya:
            r = ringkas(b.hasil.capaian for b in pk.lainnya)
            d.paragraf(f"Selain itu, dari {r.jumlah} indikator kinerja lainnya, {r.di_atas_100} indikator "
                       f"capaiannya di atas 100%, {r.sama_dengan_100} tepat 100%, {r.di_bawah_100} di bawah 100% "
                       f"dan {r.tidak_terukur} tidak dapat diukur.")
    d.paragraf("Rincian realisasi masing-masing indikator kinerja pada setiap sasaran yang diperjanjikan dapat "
               "dilihat pada tabel-tabel berikut.", lekat=True)
    kolom = [KolomIsi(Kolom("Target", 1.7, Rata.KANAN), target),
             KolomIsi(Kolom("Realisasi", 1.7, Rata.KANAN), realisasi),
             KolomIsi(Kolom("Capaian", 1.8, Rata.KANAN), lambda b: capaian(b.hasil.capaian)),
             KolomIsi(Kolom("Kategori", 2.2), kategori)]
    for i, pk in enumerate(pks, start=1):
        d.paragraf(f"{i}. Capaian {judul_pk(pk, tahun)}", tebal=True, lekat=True, rata=WD_ALIGN_PARAGRAPH.LEFT)
        tabel_indikator(d, pk, kolom, lebar_sasaran=3.6, lebar_indikator=4.8)
    h = data.hasil
    terakhir = data.pk_terakhir
    d.paragraf(f"Rata-rata capaian indikator sasaran strategis {terakhir.judul} Tahun {tahun} sebesar "
               f"{fmt.persen(terakhir.hasil.utama.rata_rata_capaian)}.")
    d.paragraf(kalimat_anggaran(data.nama, tahun, h.anggaran.pagu, h.anggaran.realisasi, h.anggaran.persen))
    d.paragraf(kalimat_efisiensi(data.nama, tahun, h.capaian_kinerja, h.anggaran.persen, h.efisiensi))
    d.paragraf(f"Capaian kinerja {data.nama} diharapkan dapat terus meningkat dari tahun ke tahun. Untuk itu, "
               "diperlukan upaya bersama seluruh jajaran untuk mewujudkan harapan tersebut.")


def daftar(ctx: Konteks) -> None:
    d = ctx.dok
    d.judul("DAFTAR ISI")
    d.tempat_daftar("judul")
    d.judul("DAFTAR TABEL")
    d.tempat_daftar("tabel")
    d.judul("DAFTAR GAMBAR")
    d.tempat_daftar("gambar")
    d.mulai_isi()  # BAB I is page 1


# -- The Pemda's own LKjIP (the Kabupaten as a whole) --------------------------------------------

def _pemda(ctx: Konteks) -> DataLaporanPemda:
    assert isinstance(ctx.data, DataLaporanPemda)  # noqa: S101  # only the Pemda's document calls these
    return ctx.data


def dasar_pengukuran(data: DataLaporanPemda) -> str:
    """What the year is judged against: the Kepala Daerah's PK, or the RPJMD targets of the year."""
    if data.pk:
        return f"Perjanjian Kinerja {data.kepala.jabatan} Tahun {data.tahun}"
    return f"target Indikator Kinerja Utama tahun {data.tahun} dalam Rencana Pembangunan Jangka Menengah Daerah"


def sampul_pemda(ctx: Konteks) -> None:
    """The cover: the Pemda's name once, no unit above it."""
    d, data = ctx.dok, _pemda(ctx)
    logo = logo_pemda(data.pemda)
    d.paragraf("", setelah=20 if logo else 60)
    sisip_logo(d, logo, tinggi_cm=LOGO_SAMPUL_CM, setelah=30)
    d.paragraf("LAPORAN KINERJA\nINSTANSI PEMERINTAH", rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=22,
               setelah=6)
    d.paragraf("(LKjIP)", rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=18, setelah=6)
    d.paragraf(f"TAHUN {data.tahun}", rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=18,
               setelah=90 if logo else 150)
    d.paragraf(data.nama.upper(), rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=18,
               setelah=110 if logo else 150)
    d.paragraf(fmt.tanggal_bulan(data.tanggal).upper(), rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=14)
    d.nomor_halaman(d.bagian_baru(), mulai=1, romawi=True)  # i, ii, iii until BAB I


def kata_pengantar_pemda(ctx: Konteks) -> None:
    d, data = ctx.dok, _pemda(ctx)
    d.judul("KATA PENGANTAR")
    d.paragraf("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas rahmat dan karunia-Nya, sehingga "
               f"Laporan Kinerja Instansi Pemerintah (LKjIP) {data.nama} Tahun {data.tahun} dapat diselesaikan.")
    d.paragraf(f"Sebagai tindak lanjut Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
               f"Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
               f"Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan "
               f"Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah, {data.nama} menyajikan Laporan Kinerja "
               f"Instansi Pemerintah Tahun {data.tahun}. Laporan ini merupakan wujud pertanggungjawaban "
               f"pencapaian {dasar_pengukuran(data)}, yang berisi informasi tentang keberhasilan maupun "
               f"kegagalan pencapaian sasaran pembangunan daerah, capaian kinerja seluruh perangkat daerah, "
               f"penggunaan anggaran, serta hambatan yang dihadapi dan upaya pemecahannya.")
    d.paragraf("Seluruh angka dalam laporan ini dihitung dari data perencanaan, perjanjian kinerja, realisasi "
               "dan anggaran perangkat daerah yang tercatat pada aplikasi Sakip, sehingga setiap angka dapat "
               "ditelusuri kembali ke sumbernya.")
    d.paragraf("Kami menyampaikan terima kasih kepada seluruh perangkat daerah dan semua pihak yang telah "
               "berperan dalam pencapaian kinerja dan penyusunan laporan ini. Semoga laporan ini bermanfaat "
               "sebagai bahan evaluasi dan perbaikan kinerja pada tahun-tahun mendatang.", setelah=18)
    k = data.kepala
    d.tanda_tangan([[f"{data.tempat}, {fmt.tanggal(data.tanggal)}", k.jabatan_kapital, "", k.nama,
                     *([k.pangkat] if k.pangkat else []), *([f"NIP {k.nip}"] if k.nip else [])]],
                   lebar_cm=8.5, kanan=True)


def ikhtisar_pemda(ctx: Konteks) -> None:
    d, data = ctx.dok, _pemda(ctx)
    tahun = data.tahun
    d.judul("IKHTISAR EKSEKUTIF")
    d.paragraf(f"Laporan Kinerja {data.nama} Tahun {tahun} menyajikan capaian Indikator Kinerja Utama (IKU) "
               f"{data.nama} terhadap {dasar_pengukuran(data)}, capaian kinerja {len(data.pd)} perangkat "
               f"daerah, serta realisasi anggaran seluruh perangkat daerah.")
    kolom = [KolomIsi(Kolom("Target", 1.7, Rata.KANAN), target),
             KolomIsi(Kolom("Realisasi", 1.7, Rata.KANAN), realisasi),
             KolomIsi(Kolom("Capaian", 1.8, Rata.KANAN), lambda b: capaian(b.hasil.capaian)),
             KolomIsi(Kolom("Kategori", 2.2), kategori)]
    for i, k in enumerate(data.kelompok, start=1):
        d.paragraf(f"Hasil pengukuran {judul_pk(k, tahun)}, dengan {len(k.utama)} indikator, dapat disimpulkan "
                   "sebagai berikut:", lekat=True)
        d.daftar_butir(daftar_ringkasan(k.hasil.utama))
        d.paragraf(f"{i}. Capaian {judul_pk(k, tahun)}", tebal=True, lekat=True, rata=WD_ALIGN_PARAGRAPH.LEFT)
        tabel_indikator(d, k, kolom, lebar_sasaran=3.6, lebar_indikator=4.8)
    terakhir = data.pk_terakhir
    d.paragraf(f"Rata-rata capaian {terakhir.judul} {data.nama} Tahun {tahun} sebesar "
               f"{fmt.persen(terakhir.hasil.utama.rata_rata_capaian)}.")
    if data.pd:
        d.paragraf(f"Rata-rata capaian kinerja {len(data.pd)} perangkat daerah (rata-rata capaian indikator "
                   f"sasaran strategis Perjanjian Kinerja masing-masing) sebesar {fmt.persen(data.rata_rata_pd)}.")
    a = data.anggaran
    d.paragraf(kalimat_anggaran(f"{data.nama} (seluruh perangkat daerah)", tahun, a.pagu, a.realisasi, a.persen))
    d.paragraf(kalimat_efisiensi(data.nama, tahun, data.capaian_kinerja, a.persen, data.efisiensi))
