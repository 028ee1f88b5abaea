"""Every public function of every ``services.py`` either leaves a trail of what it wrote, or only reads.

The functions are found on disk (``sakip/<app>/services.py``, and the approval workflow
``sakip/realisasi/alur.py``), so a new service function
fails here until it is listed: in ``PENULIS`` with a small call on the demo data that must
change the database AND add ``Jejak`` rows of the named model, or in ``PEMBACA`` with the
reason it writes nothing.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from django.contrib.auth.models import User

import sakip
from sakip.anggaran import services as anggaran
from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.audit import services as audit
from sakip.audit.context import Sumber, pelaku
from sakip.audit.models import Jejak
from sakip.evaluasi import services as evaluasi
from sakip.evaluasi.models import (
    BuktiDukung,
    Evaluasi,
    KriteriaLKE,
    PenugasanEvaluator,
    Rekomendasi,
    TindakLanjut,
)
from sakip.kendali import services as kendali
from sakip.kendali.models import JadwalPengisian
from sakip.kertaskerja import services as kertaskerja
from sakip.kertaskerja.models import CatatanReviu, HasilReviuDokumen, PernyataanReviu
from sakip.laporan import services as laporan
from sakip.laporan.models import Publikasi, TemplatDokumen
from sakip.notifikasi import services as notifikasi
from sakip.notifikasi.models import Notifikasi
from sakip.organisasi import services as organisasi
from sakip.organisasi.models import Aset, Jabatan, Keanggotaan, Pejabat, Pemda, Unit
from sakip.perencanaan import services as perencanaan
from sakip.perencanaan.models import (
    DukunganMisi,
    Indikator,
    IndikatorTurunan,
    NodeCascade,
    PeriodePerencanaan,
    Skala,
    Target,
)
from sakip.perjanjian import services as perjanjian
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.realisasi import alur
from sakip.realisasi import services as realisasi
from sakip.realisasi.models import (
    NarasiIndikator,
    NarasiUnit,
    Pembanding,
    Realisasi,
    StatusTriwulan,
)
from sakip.rencana_aksi import services as rencana_aksi
from sakip.rencana_aksi.models import FaktorTriwulan, RencanaSubKegiatan, TargetTriwulan
from sakip.skm import services as skm
from sakip.skm.models import PengaturanSkm, RencanaTindakLanjut, Responden, Survei
from sakip.web import services as web

# The demo's triwulans are incomplete: the "Ajukan" gate warns here (it is tested in test_kelengkapan).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("kelengkapan_peringatan")]

MEMBACA = "membaca saja"

PEMBACA: dict[str, str] = {
    "organisasi.total_aset": MEMBACA,
    "perjanjian.jabatan_pada": MEMBACA,
    "laporan.periksa_berkas_laporan": MEMBACA + " (membandingkan checksum berkas)",
    "anggaran.periksa_pagu": MEMBACA + " (memeriksa angka pagu sebelum ditulis)",
    "audit.teks": MEMBACA + " (mengubah nilai menjadi teks jejak)",
    "audit.isi": MEMBACA + " (membaca medan sebuah baris untuk jejak)",
    "audit.perubahan_objek": MEMBACA + " (menyusun Perubahan, belum menulis)",
    "realisasi.status_triwulan": MEMBACA,
    "realisasi.triwulan_tertutup": MEMBACA + " (menyusun penolakan triwulan tertutup)",
    "realisasi.pastikan_terbuka": MEMBACA + " (menolak tulisan ke triwulan terkunci)",
    "realisasi.pastikan_terbuka_tahun": MEMBACA + " (menolak tulisan ke triwulan terkunci)",
    "pemantauan.peringkat_pd": MEMBACA,
    "pemantauan.belum_mengisi": MEMBACA,
    "pengukuran.aturan_pemda": MEMBACA,
    "pengukuran.realisasi_tahunan": MEMBACA,
    "pengukuran.pk_tahun": MEMBACA,
    "pengukuran.ukur_pd": MEMBACA,
    "pengukuran.ukur_pd_banyak": MEMBACA,
    "pengukuran.nilai_standar": MEMBACA,
    "kendali.satuan_bulat": MEMBACA,
    "kendali.daftar_satuan": MEMBACA,
    "kendali.pengaturan": MEMBACA + " (bawaan tidak disimpan)",
    "kendali.jadwal_tahun": MEMBACA,
    "kendali.di_luar_jadwal": MEMBACA + " (menyusun penolakan di luar jadwal)",
    "kendali.pastikan_dalam_jadwal": MEMBACA + " (menolak isian di luar jadwal)",
    "notifikasi.anggota_unit": MEMBACA,
    "notifikasi.kotak_masuk": MEMBACA,
    "notifikasi.jumlah_belum_dibaca": MEMBACA,
    "perjanjian.anggaran_dari_dpa": MEMBACA + " (usulan baris anggaran dari DPA)",
    "rencana_aksi.pastikan_berlaku": MEMBACA + " (menolak tulisan ke rencana aksi PK yang sudah diganti)",
}

# Writers whose trail another change adds (merged separately); their write is still checked here.
@dataclass
class Kasus:
    """A call that writes (``aksi``), what it changes (``bukti``), and the model its trail names."""

    aksi: Callable[[], object]
    bukti: Callable[[], object]
    model: str


# --- the demo data the calls work on -------------------------------------------------------------

def _unit() -> Unit:
    return Unit.objects.get(slug="kecamatan-mojosari")


def _pemda() -> Pemda:
    return _unit().pemda


def _periode() -> PeriodePerencanaan:
    return PeriodePerencanaan.objects.get(pemda=_pemda(), nama="2025-2029")


def _ikm() -> Indikator:
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", periode__nama="2025-2029", kode_standar="ikm")


def _diketik() -> Indikator:
    """A Mojosari indicator whose realisasi is typed (the IKM is read from the SKM, never typed)."""
    return (Indikator.objects.filter(unit__slug="kecamatan-mojosari", periode__nama="2025-2029", kode_standar="",
                                     turunan__isnull=True).order_by("pk").first())


def _user(nama: str) -> User:
    return User.objects.get(username=nama)


def _sub_kegiatan() -> MataAnggaran:
    return MataAnggaran.objects.filter(unit=_unit(), tahun=2025, tingkat="sub_kegiatan").order_by("pk").first()


def _pk_perubahan() -> PerjanjianKinerja:
    return PerjanjianKinerja.objects.filter(unit=_unit(), tahun=2025, ditandatangani=True).latest("nomor_perubahan")


def _draf() -> PerjanjianKinerja:
    return perjanjian.buat_pk_perubahan(_pk_perubahan(), tanggal=date(2025, 11, 3), alasan="Uji")


def _jumlah(model: type) -> Callable[[], int]:
    return lambda: model.objects.count()


# --- one case per writing function ---------------------------------------------------------------

def _png_kecil() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (31, 78, 121)).save(buf, "PNG")
    return buf.getvalue()


def _atur_logo_pemda() -> Kasus:
    return Kasus(lambda: organisasi.atur_logo_pemda(_pemda(), _png_kecil()),
                 lambda: Pemda.objects.get(pk=_pemda().pk).logo.name, "organisasi.pemda")


def _atur_gambar_unit() -> Kasus:
    return Kasus(lambda: organisasi.atur_gambar_unit(_unit(), "peta_wilayah", _png_kecil()),
                 lambda: Unit.objects.get(pk=_unit().pk).peta_wilayah.name, "organisasi.unit")


def _buat_pemda() -> Kasus:
    return Kasus(lambda: organisasi.buat_pemda(slug="kabupaten-uji", nama="Kabupaten Uji", provinsi="Jawa Timur"),
                 _jumlah(Pemda), "organisasi.pemda")


def _buat_unit() -> Kasus:
    return Kasus(lambda: organisasi.buat_unit(_pemda(), slug="dinas-uji", nama="Dinas Uji", jenis="dinas",
                                                wilayah=[("Luas wilayah", "10 km²")]),
                 _jumlah(Unit), "organisasi.unit")


def _atur_aset() -> Kasus:
    unit = _unit()
    rows = [{"kelompok": "Tanah", "kib": "A", "kode_akun": "1.3.1.01", "uraian": "Tanah kantor uji",
             "nilai": Decimal("125000000")}]
    return Kasus(lambda: organisasi.atur_aset(unit, rows),
                 lambda: sorted(Aset.objects.filter(unit=unit).values_list("uraian", "nilai")), "organisasi.aset")


def _tambah_pejabat() -> Kasus:
    return Kasus(lambda: organisasi.tambah_pejabat(_pemda(), nama="BUDI UJI", pangkat="Penata"), _jumlah(Pejabat),
                 "organisasi.pejabat")


def _tetapkan_jabatan() -> Kasus:
    pejabat = organisasi.tambah_pejabat(_pemda(), nama="SITI UJI")
    return Kasus(lambda: organisasi.tetapkan_jabatan(pejabat, nama="Sekretaris Kecamatan", mulai=date(2025, 1, 2),
                                                   unit=_unit(), kepala_unit=False),
                 _jumlah(Jabatan), "organisasi.jabatan")


def _buat_pengguna() -> Kasus:
    return Kasus(lambda: organisasi.buat_pengguna(_pemda(), username="operator.uji", password="Kinerja-Uji#2025",
                                                    peran="operator_pd", unit=_unit()),
                 _jumlah(User), "auth.user")


def _tambah_peran() -> Kasus:
    return Kasus(lambda: organisasi.tambah_peran(_user("operator.mojosari"), _pemda(), "inspektorat"),
                 _jumlah(Keanggotaan), "organisasi.keanggotaan")


def _hapus_peran() -> Kasus:
    peran = organisasi.tambah_peran(_user("operator.mojosari"), _pemda(), "pimpinan")
    return Kasus(lambda: organisasi.hapus_peran(peran), _jumlah(Keanggotaan), "organisasi.keanggotaan")


def _atur_aktif() -> Kasus:
    user = _user("operator.organisasi")
    return Kasus(lambda: organisasi.atur_aktif(user, False),
                 lambda: User.objects.get(pk=user.pk).is_active, "auth.user")


def _atur_kata_sandi() -> Kasus:
    user = _user("operator.organisasi")
    return Kasus(lambda: organisasi.atur_kata_sandi(user, "Sandi-Baru-Uji#2025"),
                 lambda: User.objects.get(pk=user.pk).password, "auth.user")


def _buat_periode() -> Kasus:
    return Kasus(lambda: perencanaan.buat_periode(_pemda(), nama="2030-2034", tahun_mulai=2030, tahun_selesai=2034,
                                                    visi="Visi uji", misi=["Misi uji pertama"]),
                 _jumlah(PeriodePerencanaan), "perencanaan.periodeperencanaan")


def _tambah_dukungan_misi() -> Kasus:
    periode = perencanaan.buat_periode(_pemda(), nama="2030-2034", tahun_mulai=2030, tahun_selesai=2034,
                                         visi="Visi uji", misi=["Misi uji pertama"])
    return Kasus(lambda: perencanaan.tambah_dukungan_misi(_unit(), periode, [1]), _jumlah(DukunganMisi),
                 "perencanaan.dukunganmisi")


def _tambah_node() -> Kasus:
    return Kasus(lambda: perencanaan.tambah_node(_unit(), _periode(), tingkat="tujuan", nama="Tujuan uji"),
                 _jumlah(NodeCascade), "perencanaan.nodecascade")


def _atur_mendukung() -> Kasus:
    node = NodeCascade.objects.filter(unit=_unit(), mendukung__isnull=False).order_by("pk").first()
    return Kasus(lambda: perencanaan.atur_mendukung(node, None),
                 lambda: NodeCascade.objects.get(pk=node.pk).mendukung_id, "perencanaan.nodecascade")


def _atur_misi_tujuan() -> Kasus:
    node = NodeCascade.objects.filter(misi__isnull=False).order_by("pk").first()
    return Kasus(lambda: perencanaan.atur_misi_tujuan(node, None),
                 lambda: NodeCascade.objects.get(pk=node.pk).misi_id, "perencanaan.nodecascade")


def _atur_turunan() -> Kasus:
    turunan = IndikatorTurunan.objects.select_related("indikator").order_by("pk").first()
    return Kasus(lambda: perencanaan.atur_turunan(turunan.indikator, fungsi=turunan.fungsi, sumber=turunan.sumber,
                                                 cakupan=turunan.cakupan, mulai_tahun=turunan.mulai_tahun + 1,
                                                 kategori_min=turunan.kategori_min, nilai_min=turunan.nilai_min),
                 lambda: IndikatorTurunan.objects.get(pk=turunan.pk).mulai_tahun, "perencanaan.indikatorturunan")


def _ubah_node() -> Kasus:
    node = NodeCascade.objects.filter(unit=_unit(), periode=_periode(), tingkat="sasaran").order_by("pk").first()
    return Kasus(lambda: perencanaan.ubah_node(node, nama=f"{node.nama} (diubah)", kode=node.kode,
                                               tingkat=node.tingkat, induk=node.induk),
                 lambda: NodeCascade.objects.get(pk=node.pk).nama, "perencanaan.nodecascade")


def _bersaudara(model: type, **induk: object) -> list:
    return list(model.objects.filter(**induk).order_by("urutan", "pk"))


def _pindah_node() -> Kasus:
    unit, periode = _unit(), _periode()
    induk = perencanaan.tambah_node(unit, periode, tingkat="tujuan", nama="Tujuan uji")
    for nama in ("Sasaran A", "Sasaran B"):
        perencanaan.tambah_node(unit, periode, tingkat="sasaran", nama=nama, induk=induk)
    pertama = _bersaudara(NodeCascade, induk=induk)[0]
    return Kasus(lambda: perencanaan.pindah_node(pertama, "turun"),
                 lambda: [n.nama for n in _bersaudara(NodeCascade, induk=induk)], "perencanaan.nodecascade")


def _hapus_node() -> Kasus:
    unit, periode = _unit(), _periode()
    node = perencanaan.tambah_node(unit, periode, tingkat="tujuan", nama="Tujuan uji")
    anak = perencanaan.tambah_node(unit, periode, tingkat="sasaran", nama="Sasaran uji", induk=node)
    perencanaan.tambah_indikator(unit, periode, node=anak, nama="Indikator uji", targets={2026: Decimal("1")})
    return Kasus(lambda: perencanaan.hapus_node(node), _jumlah(NodeCascade), "perencanaan.nodecascade")


def _tambah_indikator() -> Kasus:
    return Kasus(lambda: perencanaan.tambah_indikator(_unit(), _periode(), nama="Indikator uji", satuan="%",
                                                      targets={2026: Decimal("50")}),
                 _jumlah(Indikator), "perencanaan.indikator")


def _ubah_indikator() -> Kasus:
    ind = _ikm()
    return Kasus(lambda: perencanaan.ubah_indikator(ind, formulasi="Rumus baru uji"),
                 lambda: Indikator.objects.get(pk=ind.pk).formulasi, "perencanaan.indikator")


def _atur_iku() -> Kasus:
    ind = _ikm()
    return Kasus(lambda: perencanaan.atur_iku(ind, not ind.iku), lambda: Indikator.objects.get(pk=ind.pk).iku,
                 "perencanaan.indikator")


def _pindah_indikator() -> Kasus:
    unit, periode = _unit(), _periode()
    node = perencanaan.tambah_node(unit, periode, tingkat="tujuan", nama="Tujuan uji")
    for nama in ("Indikator A", "Indikator B"):
        perencanaan.tambah_indikator(unit, periode, node=node, nama=nama)
    pertama = _bersaudara(Indikator, node=node)[0]
    return Kasus(lambda: perencanaan.pindah_indikator(pertama, "turun"),
                 lambda: [i.nama for i in _bersaudara(Indikator, node=node)], "perencanaan.indikator")


def _hapus_indikator() -> Kasus:
    ind = perencanaan.tambah_indikator(_unit(), _periode(), node=None, nama="Indikator uji",
                                       targets={2026: Decimal("1")})
    return Kasus(lambda: perencanaan.hapus_indikator(ind), _jumlah(Indikator), "perencanaan.indikator")


def _ubah_target() -> Kasus:
    ind = _ikm()
    return Kasus(lambda: perencanaan.ubah_target(ind, {2026: Decimal("88.8")}),
                 lambda: list(Target.objects.filter(indikator=ind).values_list("tahun", "nilai")), "perencanaan.target")


def _penandatangan() -> tuple[Pejabat, Pejabat]:
    """The Camat and the Bupati, both in post on 5 January 2026 (a PK of 2026 with nothing before it)."""
    kini = {"selesai__isnull": True, "kepala_unit": True}
    camat = Jabatan.objects.filter(unit=_unit(), **kini).order_by("pk").first()
    bupati = Jabatan.objects.filter(unit=None, pejabat__pemda=_pemda(), **kini).order_by("pk").first()
    return camat.pejabat, bupati.pejabat


def _buat_pk() -> Kasus:
    pertama, kedua = _penandatangan()
    sasaran = [perjanjian.BarisSasaran("Sasaran uji", indikator=[(_ikm(), Decimal("90"))])]
    anggaran_pk = [perjanjian.BarisAnggaranPK("Program uji", Decimal("1000000"), "7.01.01")]
    return Kasus(lambda: perjanjian.buat_pk(_unit(), tahun=2026, periode=_periode(), tanggal=date(2026, 1, 5),
                                              pihak_pertama=pertama, pihak_kedua=kedua, sasaran=sasaran,
                                              anggaran=anggaran_pk),
                 _jumlah(PerjanjianKinerja), "perjanjian.perjanjiankinerja")


def _tandatangani_pk() -> Kasus:
    draf = _draf()
    return Kasus(lambda: perjanjian.tandatangani_pk(draf), lambda: PerjanjianKinerja.objects.get(pk=draf.pk).ditandatangani,
                 "perjanjian.perjanjiankinerja")


def _buat_pk_perubahan() -> Kasus:
    return Kasus(_draf, _jumlah(PerjanjianKinerja), "perjanjian.perjanjiankinerja")


def _buat_pk_dari_cascade() -> Kasus:
    pertama, kedua = _penandatangan()
    return Kasus(lambda: perjanjian.buat_pk_dari_cascade(
        _unit(), tahun=2026, periode=_periode(), tanggal=date(2026, 1, 5), pihak_pertama=pertama, pihak_kedua=kedua,
        pilihan=[perjanjian.PilihanIndikator(_ikm(), Decimal("90"))]),
        _jumlah(PerjanjianKinerja), "perjanjian.perjanjiankinerja")


def _tambah_indikator_pk() -> Kasus:
    draf = _draf()
    baru = perencanaan.tambah_indikator(_unit(), _periode(), node=None, nama="Indikator uji")
    return Kasus(lambda: perjanjian.tambah_indikator_pk(draf, [perjanjian.PilihanIndikator(baru, Decimal("5"))]),
                 _jumlah(IndikatorPK), "perjanjian.indikatorpk")


def _ubah_pk_draf() -> Kasus:
    draf = _draf()
    baris = IndikatorPK.objects.filter(sasaran__perjanjian=draf).order_by("pk").first()
    return Kasus(lambda: perjanjian.ubah_pk_draf(draf, target={baris.pk: baris.target + 1}),
                 lambda: IndikatorPK.objects.get(pk=baris.pk).target, "perjanjian.indikatorpk")


def _hapus_pk() -> Kasus:
    draf = _draf()
    return Kasus(lambda: perjanjian.hapus_pk(draf), _jumlah(PerjanjianKinerja), "perjanjian.perjanjiankinerja")


def _realisasi_diketik() -> Callable[[], object]:
    return lambda: list(Realisasi.objects.filter(indikator=_diketik()).order_by("tahun", "bagian")
                        .values_list("tahun", "bagian", "nilai"))


def _catat_realisasi() -> Kasus:
    return Kasus(lambda: realisasi.catat_realisasi(_diketik(), 2027, {"TW1": Decimal("3")}), _realisasi_diketik(),
                 "realisasi.realisasi")


def _catat_realisasi_tahun() -> Kasus:
    return Kasus(lambda: realisasi.catat_realisasi_tahun(_diketik(), {2028: {"TW1": Decimal("4")}}), _realisasi_diketik(),
                 "realisasi.realisasi")


def _simpan_narasi_indikator() -> Kasus:
    return Kasus(lambda: realisasi.simpan_narasi_indikator(_ikm(), 2025, solusi="Solusi uji"),
                 lambda: list(NarasiIndikator.objects.filter(indikator=_ikm()).values_list("solusi", flat=True)),
                 "realisasi.narasiindikator")


def _simpan_narasi_unit() -> Kasus:
    return Kasus(lambda: realisasi.simpan_narasi_unit(_unit(), 2025, "kesimpulan", "Kesimpulan uji."),
                 lambda: list(NarasiUnit.objects.filter(unit=_unit()).values_list("teks", flat=True)),
                 "realisasi.narasiunit")


def _simpan_pembanding() -> Kasus:
    return Kasus(lambda: realisasi.simpan_pembanding(_ikm(), 2025, "nasional", Decimal("80.5"), "Rata-rata nasional"),
                 lambda: list(Pembanding.objects.filter(indikator=_ikm()).values_list("tingkat", "nilai")),
                 "realisasi.pembanding")


def _simpan_narasi_indikator_bersyarat() -> Kasus:
    return Kasus(lambda: realisasi.simpan_narasi_indikator_bersyarat(_ikm(), 2025, "solusi", "Solusi bersyarat", None),
                 lambda: list(NarasiIndikator.objects.filter(indikator=_ikm()).values_list("solusi", flat=True)),
                 "realisasi.narasiindikator")


def _simpan_narasi_unit_bersyarat() -> Kasus:
    return Kasus(lambda: realisasi.simpan_narasi_unit_bersyarat(_unit(), 2025, "kesimpulan", "Bersyarat.", None),
                 lambda: list(NarasiUnit.objects.filter(unit=_unit()).values_list("teks", flat=True)),
                 "realisasi.narasiunit")


def _hapus_narasi_unit() -> Kasus:
    realisasi.simpan_narasi_unit(_unit(), 2026, "kesimpulan", "Akan dihapus.")
    return Kasus(lambda: realisasi.hapus_narasi_unit(_unit(), 2026, "kesimpulan"), _jumlah(NarasiUnit),
                 "realisasi.narasiunit")


def _simpan_realisasi_bersyarat() -> Kasus:
    return Kasus(lambda: realisasi.simpan_realisasi_bersyarat(_diketik(), 2027, "TW2", Decimal("6"), None),
                 _realisasi_diketik(), "realisasi.realisasi")


def _simpan_realisasi_batch() -> Kasus:
    isian = [realisasi.IsianNilai(_diketik().pk, "TW3", Decimal("7"))]
    return Kasus(lambda: realisasi.simpan_realisasi_batch(_unit(), 2027, isian), _realisasi_diketik(),
                 "realisasi.realisasi")


def _atur_penjelasan_selisih_pk() -> Kasus:
    line = MataAnggaran.objects.get(unit=_unit(), tahun=2025, tingkat="program", kode="7.01.01")
    return Kasus(lambda: anggaran.atur_penjelasan_selisih_pk(line, "Usulan tambahan belanja pegawai."),
                 lambda: MataAnggaran.objects.get(pk=line.pk).penjelasan_selisih_pk, "anggaran.mataanggaran")


def _terbitkan_laporan() -> Kasus:
    return Kasus(lambda: laporan.terbitkan_laporan(_unit(), 2025, "lkjip", b"%PDF-1.4 uji", format="pdf",
                                         filename="lkjip-uji.pdf", user=_user("kepala.mojosari")),
                 _jumlah(Publikasi), "laporan.publikasi")


def _simpan_templat() -> Kasus:
    from sakip.laporan.templat import isi_baku

    return Kasus(lambda: laporan.simpan_templat(_pemda(), "pk_naskah", isi_baku("pk_naskah"),
                                                nama_berkas="pk-naskah.docx"),
                 _jumlah(TemplatDokumen), "laporan.templatdokumen")


def _hapus_templat() -> Kasus:
    from sakip.laporan.templat import isi_baku

    laporan.simpan_templat(_pemda(), "pk_naskah", isi_baku("pk_naskah"), nama_berkas="pk-naskah.docx")
    return Kasus(lambda: laporan.hapus_templat(_pemda(), "pk_naskah"), _jumlah(TemplatDokumen),
                 "laporan.templatdokumen")


def _tarik_laporan() -> Kasus:
    pub = laporan.terbitkan_laporan(_unit(), 2025, "lkjip", b"%PDF-1.4 uji", format="pdf", filename="lkjip-uji.pdf")
    return Kasus(lambda: laporan.tarik_laporan(pub), lambda: Publikasi.objects.get(pk=pub.pk).ditarik,
                 "laporan.publikasi")


_TEMUAN = {"kode": "INDIKATOR_TANPA_FORMULASI", "langkah": "mekanisme",
           "objek": "Perencanaan › Indikator 'Indeks Profesionalitas ASN PD' (2021-2025) › Formulasi"}


def _catatan_reviu() -> Callable[[], object]:
    return lambda: list(CatatanReviu.objects.filter(unit=_unit()).values_list("catatan", "jawaban", "status"))


def _simpan_catatan_reviu() -> Kasus:
    return Kasus(lambda: kertaskerja.simpan_catatan_reviu(_unit(), 2025, catatan="Catatan uji", **_TEMUAN),
                 _catatan_reviu(), "kertaskerja.catatanreviu")


def _simpan_jawaban_reviu() -> Kasus:
    return Kasus(lambda: kertaskerja.simpan_jawaban_reviu(_unit(), 2025, jawaban="Jawaban uji", **_TEMUAN),
                 _catatan_reviu(), "kertaskerja.catatanreviu")


def _selesaikan_temuan() -> Kasus:
    return Kasus(lambda: kertaskerja.selesaikan_temuan(_unit(), 2025, status="selesai", **_TEMUAN),
                 _catatan_reviu(), "kertaskerja.catatanreviu")


def _buat_pernyataan_reviu() -> Kasus:
    inspektur = Jabatan.objects.filter(unit__slug="inspektorat", kepala_unit=True).order_by("pk").first().pejabat
    return Kasus(lambda: kertaskerja.buat_pernyataan_reviu(_unit(), 2025, nomor="700/1/2026", tanggal=date(2026, 2, 2),
                                                           penandatangan=inspektur, jabatan="Inspektur"),
                 _jumlah(PernyataanReviu), "kertaskerja.pernyataanreviu")


def _simpan_hasil_reviu_dokumen() -> Kasus:
    return Kasus(lambda: kertaskerja.simpan_hasil_reviu_dokumen(_unit(), 2025, nama_berkas="lkjip.docx", galat=1,
                                                                peringatan=2, info=0),
                 _jumlah(HasilReviuDokumen), "kertaskerja.hasilreviudokumen")


def _anggaran_unit() -> Callable[[], object]:
    return lambda: list(MataAnggaran.objects.filter(unit=_unit()).order_by("pk").values_list("nama", "pagu"))


def _realisasi_anggaran() -> Callable[[], object]:
    return lambda: list(RealisasiAnggaran.objects.filter(mata_anggaran=_sub_kegiatan()).order_by("triwulan")
                        .values_list("triwulan", "jumlah"))


def _tambah_mata_anggaran() -> Kasus:
    return Kasus(lambda: anggaran.tambah_mata_anggaran(_unit(), 2025, tingkat="program", nama="Program uji"),
                 _anggaran_unit(), "anggaran.mataanggaran")


def _tambah_sub_kegiatan() -> Kasus:
    kegiatan = _sub_kegiatan().induk
    return Kasus(lambda: anggaran.tambah_sub_kegiatan(kegiatan, kode=f"{kegiatan.kode}.0099", nama="Sub kegiatan uji",
                                                   pagu=Decimal("1500000")),
                 _anggaran_unit(), "anggaran.mataanggaran")


def _ubah_pagu() -> Kasus:
    line = _sub_kegiatan()
    return Kasus(lambda: anggaran.ubah_pagu(line, line.pagu + 1000, "Pergeseran uji"), _anggaran_unit(),
                 "anggaran.mataanggaran")


def _catat_realisasi_anggaran() -> Kasus:
    return Kasus(lambda: anggaran.catat_realisasi_anggaran(_sub_kegiatan(), {1: Decimal("1234.5")}),
                 _realisasi_anggaran(), "anggaran.realisasianggaran")


def _simpan_realisasi_anggaran_bersyarat() -> Kasus:
    line = _sub_kegiatan()
    semula = RealisasiAnggaran.objects.filter(mata_anggaran=line, triwulan=2).values_list("jumlah", flat=True).first()
    return Kasus(lambda: anggaran.simpan_realisasi_anggaran_bersyarat(line, 2, Decimal("4321"), semula),
                 _realisasi_anggaran(), "anggaran.realisasianggaran")


def _simpan_realisasi_anggaran_batch() -> Kasus:
    line = _sub_kegiatan()
    isian = [anggaran.IsianJumlah(line.pk, 3, Decimal("1234"))]
    return Kasus(lambda: anggaran.simpan_realisasi_anggaran_batch(_unit(), line.tahun, isian),
                 _realisasi_anggaran(), "anggaran.realisasianggaran")


def _catat() -> Kasus:
    return Kasus(lambda: audit.catat([audit.Perubahan("uji.model", 1, "Objek uji", "medan", None, "1")]),
                 _jumlah(Jejak), "uji.model")


def _muat_awal() -> Kasus:
    def aksi() -> None:
        with audit.muat_awal("Muat data uji"):
            realisasi.catat_realisasi(_diketik(), 2029, {"TW1": Decimal("1")})
    return Kasus(aksi, _realisasi_diketik(), "sistem")


def _status(tw: int = 1) -> Callable[[], object]:
    return lambda: list(StatusTriwulan.objects.filter(unit=_unit(), tahun=2027, triwulan=tw).values_list("status"))


def _diajukan() -> None:
    alur.ajukan(_user("operator.mojosari"), _unit(), 2027, 1)


def _ajukan() -> Kasus:
    return Kasus(_diajukan, _status(), alur.MODEL_JEJAK)


def _setujui() -> Kasus:
    _diajukan()
    return Kasus(lambda: alur.setujui(_user("kepala.mojosari"), _unit(), 2027, 1), _status(),
                 alur.MODEL_JEJAK)


def _kunci() -> Kasus:
    _diajukan()
    alur.setujui(_user("kepala.mojosari"), _unit(), 2027, 1)
    return Kasus(lambda: alur.kunci(_user("kepala.mojosari"), _unit(), 2027, 1), _status(), alur.MODEL_JEJAK)


def _tolak() -> Kasus:
    _diajukan()
    return Kasus(lambda: alur.tolak(_user("kepala.mojosari"), _unit(), 2027, 1, "Data belum lengkap"), _status(),
                 alur.MODEL_JEJAK)


def _buka_kunci() -> Kasus:
    _diajukan()
    return Kasus(lambda: alur.buka_kunci(_user("admin"), _unit(), 2027, 1, "Salah ketik"), _status(),
                 alur.MODEL_JEJAK)


def _simpan_realisasi() -> Kasus:
    isian = {_diketik().pk: {"TW3": web.IsianSel(Decimal("7"), None)}}
    return Kasus(lambda: web.simpan_realisasi(_unit(), 2027, isian), _realisasi_diketik(), "realisasi.realisasi")


def _simpan_realisasi_anggaran() -> Kasus:
    line = _sub_kegiatan()
    semula = RealisasiAnggaran.objects.filter(mata_anggaran=line, triwulan=3).values_list("jumlah", flat=True).first()
    isian = {line.pk: {3: web.IsianSel(Decimal("5555"), semula)}}
    return Kasus(lambda: web.simpan_realisasi_anggaran(_unit(), 2025, isian), _realisasi_anggaran(),
                 "anggaran.realisasianggaran")



# --- issue #13: in-year control and notifications ----------------------------------------------

def _atur_satuan() -> Kasus:
    return Kasus(lambda: kendali.atur_satuan(_pemda(), "Dokumen", False),
                 lambda: kendali.satuan_bulat(_pemda().pk).dihitung_utuh("Dokumen"), "kendali.satuan")


def _atur_pengaturan_kendali() -> Kasus:
    return Kasus(lambda: kendali.atur_pengaturan_kendali(_pemda(), izin_melebihi_pagu=True),
                 lambda: kendali.pengaturan(_pemda().pk).izin_melebihi_pagu, "kendali.pengaturankendali")


def _atur_jadwal_pengisian() -> Kasus:
    return Kasus(lambda: kendali.atur_jadwal_pengisian(_pemda(), 2027, 1, date(2027, 4, 1), date(2027, 4, 15)),
                 _jumlah(JadwalPengisian), "kendali.jadwalpengisian")


def _kirim() -> Kasus:
    return Kasus(lambda: notifikasi.kirim([_user("operator.mojosari")], pemda=_pemda(), jenis="uji", judul="Uji"),
                 _jumlah(Notifikasi), "notifikasi.notifikasi")


def _tandai_dibaca() -> Kasus:
    notifikasi.kirim([_user("operator.mojosari")], pemda=_pemda(), jenis="uji", judul="Uji")
    return Kasus(lambda: notifikasi.tandai_dibaca(_user("operator.mojosari")),
                 lambda: notifikasi.jumlah_belum_dibaca(_user("operator.mojosari")), "notifikasi.notifikasi")


def _beri_tahu_diajukan() -> Kasus:
    return Kasus(lambda: notifikasi.beri_tahu_diajukan(_unit(), 2027, 1, "operator"), _jumlah(Notifikasi),
                 "notifikasi.notifikasi")


def _beri_tahu_dikembalikan() -> Kasus:
    return Kasus(lambda: notifikasi.beri_tahu_dikembalikan(_unit(), 2027, 1, "kepala", "Belum lengkap"),
                 _jumlah(Notifikasi), "notifikasi.notifikasi")


def _kirim_pengingat_pd() -> Kasus:
    return Kasus(lambda: notifikasi.kirim_pengingat_pd([_unit()], 2027, 1, date(2027, 4, 10)), _jumlah(Notifikasi),
                 "notifikasi.notifikasi")


def _kirim_pengingat() -> Kasus:
    kendali.atur_jadwal_pengisian(_pemda(), 2027, 1, date(2027, 4, 1), date(2027, 4, 15))
    return Kasus(lambda: notifikasi.kirim_pengingat(_pemda(), date(2027, 4, 10)), _jumlah(Notifikasi),
                 "notifikasi.notifikasi")


def _atur_anggaran_pk() -> Kasus:
    draf = _draf()
    return Kasus(lambda: perjanjian.atur_anggaran_pk(draf, [perjanjian.BarisAnggaranPK("Program uji", Decimal(5))]),
                 lambda: list(draf.anggaran.values_list("nama", flat=True)), "perjanjian.anggaranpk")


def _skm_survei() -> Survei:
    return Survei.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, periode="S1")


def _skm_terbuka() -> Survei:
    return Survei.objects.get(unit__slug="kecamatan-mojosari", tahun=2026, periode="S2")


def _skm_baris(s: Survei) -> Callable[[], object]:
    return lambda: Survei.objects.filter(pk=s.pk).values_list("status", "diumumkan", "responden", "metode").get()


def _buat_survei() -> Kasus:
    return Kasus(lambda: skm.buat_survei(_unit(), tahun=2027, periode="S1", jenis_layanan="Layanan uji",
                                         metode="daring", populasi=300), _jumlah(Survei), "skm.survei")


def _ubah_survei() -> Kasus:
    s = _skm_terbuka()
    return Kasus(lambda: skm.ubah_survei(s, metode="kertas", status="ditutup"), _skm_baris(s), "skm.survei")


def _umumkan_hasil() -> Kasus:
    s = _skm_terbuka()
    return Kasus(lambda: skm.umumkan_hasil(s), _skm_baris(s), "skm.survei")


def _tarik_pengumuman() -> Kasus:
    s = _skm_survei()
    return Kasus(lambda: skm.tarik_pengumuman(s), _skm_baris(s), "skm.survei")


def _atur_bobot() -> Kasus:
    return Kasus(lambda: skm.atur_bobot(_pemda(), "0,111"),
                 lambda: list(PengaturanSkm.objects.values_list("bobot", flat=True)), "skm.pengaturanskm")


def _catat_responden() -> Kasus:
    s = _skm_terbuka()
    return Kasus(lambda: skm.catat_responden(s, skm.DataResponden(jawaban={"U1": 4, "U2": 3})),
                 _jumlah(Responden), "skm.responden")


def _impor_responden() -> Kasus:
    s = _skm_terbuka()
    return Kasus(lambda: skm.impor_responden(s, [skm.DataResponden(jawaban={"U1": 4})] * 3),
                 _skm_baris(s), "skm.survei")


def _tambah_rtl() -> Kasus:
    return Kasus(lambda: skm.tambah_rencana_tindak_lanjut(_skm_survei(), unsur_kode="U8", masalah="Aduan lambat",
                                                         rencana="Kanal aduan daring", penanggung_jawab="Sekcam",
                                                         batas_waktu=date(2026, 6, 30)),
                 _jumlah(RencanaTindakLanjut), "skm.rencanatindaklanjut")


def _ubah_status_rtl() -> Kasus:
    rtl = skm.tambah_rencana_tindak_lanjut(_skm_survei(), unsur_kode="U8", masalah="Aduan lambat",
                                           rencana="Kanal aduan daring", penanggung_jawab="Sekcam",
                                           batas_waktu=date(2026, 6, 30))
    return Kasus(lambda: skm.ubah_status_tindak_lanjut(rtl, "tuntas", "Kanal aduan sudah berjalan"),
                 lambda: RencanaTindakLanjut.objects.get(pk=rtl.pk).status, "skm.rencanatindaklanjut")
def _baris_pk_berlaku() -> IndikatorPK:
    return IndikatorPK.objects.filter(sasaran__perjanjian=_pk_perubahan()).order_by("pk").first()


def _target_triwulan() -> Callable[[], object]:
    return lambda: sorted(TargetTriwulan.objects.filter(rencana__indikator_pk=_baris_pk_berlaku())
                          .values_list("triwulan", "nilai"))


def _simpan_rencana_aksi() -> Kasus:
    isian = rencana_aksi.IsianRencana(target={1: Decimal("91")})
    return Kasus(lambda: rencana_aksi.simpan_rencana_aksi(_baris_pk_berlaku(), isian), _target_triwulan(),
                 "rencana_aksi.targettriwulan")


def _simpan_rencana_aksi_batch() -> Kasus:
    isian = rencana_aksi.IsianRencana(target={3: Decimal("90")})
    return Kasus(lambda: rencana_aksi.simpan_rencana_aksi_batch(_pk_perubahan(), {_baris_pk_berlaku().pk: isian}),
                 _target_triwulan(), "rencana_aksi.targettriwulan")


def _simpan_rencana_sub_kegiatan() -> Kasus:
    line = _sub_kegiatan()
    kas = {1: line.pagu, 2: Decimal(0), 3: Decimal(0), 4: Decimal(0)}
    return Kasus(lambda: rencana_aksi.simpan_rencana_sub_kegiatan(_pk_perubahan(), line, target_k={1: Decimal(1)},
                                                                  anggaran_kas=kas),
                 lambda: sorted(RencanaSubKegiatan.objects.filter(mata_anggaran=line)
                                .values_list("triwulan", "target_k", "anggaran_kas")),
                 "rencana_aksi.rencanasubkegiatan")


def _simpan_faktor_triwulan() -> Kasus:
    return Kasus(lambda: rencana_aksi.simpan_faktor_triwulan(_ikm(), 2025, 1, pendorong="Uji pendorong"),
                 _jumlah(FaktorTriwulan), "rencana_aksi.faktortriwulan")


def _evaluasi(slug: str = "kecamatan-mojosari") -> Evaluasi:
    return Evaluasi.objects.select_related("unit", "template").get(unit__slug=slug, tahun=2025)


def _terbuka() -> Evaluasi:
    return evaluasi.buka_kembali(_evaluasi(), "Uji")


def _kriteria(ev: Evaluasi, kode: str = "3.a.4") -> KriteriaLKE:
    k, s, n = kode.split(".")
    return KriteriaLKE.objects.get(sub__komponen__template=ev.template, sub__komponen__kode=k, sub__kode=s, nomor=n)


def _ev_status(ev_pk: Callable[[], int]) -> Callable[[], object]:
    return lambda: list(Evaluasi.objects.filter(pk=ev_pk()).values_list("status", "nilai_total", "nomor_lhe"))


def _tugaskan_evaluator() -> Kasus:
    return Kasus(lambda: evaluasi.tugaskan_evaluator(_user("inspektorat"), _unit(), "dalnis"),
                 _jumlah(PenugasanEvaluator), "evaluasi.penugasanevaluator")


def _cabut_penugasan() -> Kasus:
    p = PenugasanEvaluator.objects.filter(unit=_unit()).order_by("pk").first()
    return Kasus(lambda: evaluasi.cabut_penugasan(p), _jumlah(PenugasanEvaluator), "evaluasi.penugasanevaluator")


def _mulai_evaluasi() -> Kasus:
    return Kasus(lambda: evaluasi.mulai_evaluasi(_unit(), 2026), _jumlah(Evaluasi), "evaluasi.evaluasi")


def _simpan_jawaban() -> Kasus:
    ev = evaluasi.mulai_evaluasi(_unit(), 2026)
    return Kasus(lambda: evaluasi.simpan_jawaban(ev, "mandiri", {"1.a.1": ("A", "Ada pedoman")}),
                 lambda: list(ev.jawaban.values_list("tahap", "opsi__huruf")), "evaluasi.jawabanevaluasi")


def _tambah_bukti() -> Kasus:
    ev = _terbuka()
    return Kasus(lambda: evaluasi.tambah_bukti(ev, _kriteria(ev), "tautan", "LKjIP", url="https://contoh.go.id/lkjip"),
                 _jumlah(BuktiDukung), "evaluasi.buktidukung")


def _hapus_bukti() -> Kasus:
    ev = _terbuka()
    b = evaluasi.tambah_bukti(ev, _kriteria(ev), "rekaman", "PK 2025", rekaman="pk")
    return Kasus(lambda: evaluasi.hapus_bukti(b), _jumlah(BuktiDukung), "evaluasi.buktidukung")


def _tetapkan_final() -> Kasus:
    ev = _terbuka()
    return Kasus(lambda: evaluasi.tetapkan_final(ev, date(2025, 12, 1)), _ev_status(lambda: ev.pk),
                 "evaluasi.evaluasi")


def _buka_kembali() -> Kasus:
    ev = _evaluasi()
    return Kasus(lambda: evaluasi.buka_kembali(ev, "Koreksi"), _ev_status(lambda: ev.pk), "evaluasi.evaluasi")


def _simpan_lhe() -> Kasus:
    ev = _evaluasi()
    return Kasus(lambda: evaluasi.simpan_lhe(ev, nomor_lhe="700/uji", kekuatan="K", kelemahan="L"),
                 _ev_status(lambda: ev.pk), "evaluasi.evaluasi")


def _tambah_rekomendasi() -> Kasus:
    return Kasus(lambda: evaluasi.tambah_rekomendasi(_evaluasi(), "Rekomendasi uji", prioritas="tinggi",
                                                     batas_waktu=date(2026, 6, 30)),
                 _jumlah(Rekomendasi), "evaluasi.rekomendasi")


def _catat_tindak_lanjut() -> Kasus:
    r = Rekomendasi.objects.filter(evaluasi=_evaluasi()).order_by("pk").first()
    return Kasus(lambda: evaluasi.catat_tindak_lanjut(r, tanggal=date(2026, 1, 5), uraian="Sudah disusun"),
                 _jumlah(TindakLanjut), "evaluasi.tindaklanjut")


def _verifikasi_rekomendasi() -> Kasus:
    r = Rekomendasi.objects.filter(evaluasi=_evaluasi()).order_by("pk").first()
    return Kasus(lambda: evaluasi.verifikasi_rekomendasi(r, "proses", tanggal=date(2026, 1, 6), catatan="Berjalan"),
                 lambda: Rekomendasi.objects.get(pk=r.pk).status, "evaluasi.rekomendasi")


def _muat_evaluasi_final() -> Kasus:
    ev = _evaluasi()
    jawaban = {_kode: "B" for _kode in (k.kode for k in KriteriaLKE.objects.filter(
        sub__komponen__template=ev.template).select_related("sub__komponen"))}
    return Kasus(lambda: evaluasi.muat_evaluasi_final(_unit(), 2024, jawaban, tanggal=date(2024, 12, 1)),
                 _jumlah(Evaluasi), "evaluasi.jawabanevaluasi")


PENULIS: dict[str, Callable[[], Kasus]] = {
    "kertaskerja.simpan_catatan_reviu": _simpan_catatan_reviu,
    "kertaskerja.simpan_jawaban_reviu": _simpan_jawaban_reviu,
    "kertaskerja.selesaikan_temuan": _selesaikan_temuan,
    "kertaskerja.buat_pernyataan_reviu": _buat_pernyataan_reviu,
    "kertaskerja.simpan_hasil_reviu_dokumen": _simpan_hasil_reviu_dokumen,
    "skm.buat_survei": _buat_survei,
    "skm.ubah_survei": _ubah_survei,
    "skm.umumkan_hasil": _umumkan_hasil,
    "skm.tarik_pengumuman": _tarik_pengumuman,
    "skm.atur_bobot": _atur_bobot,
    "skm.catat_responden": _catat_responden,
    "skm.impor_responden": _impor_responden,
    "skm.tambah_rencana_tindak_lanjut": _tambah_rtl,
    "skm.ubah_status_tindak_lanjut": _ubah_status_rtl,
    "evaluasi.tugaskan_evaluator": _tugaskan_evaluator,
    "evaluasi.cabut_penugasan": _cabut_penugasan,
    "evaluasi.mulai_evaluasi": _mulai_evaluasi,
    "evaluasi.simpan_jawaban": _simpan_jawaban,
    "evaluasi.tambah_bukti": _tambah_bukti,
    "evaluasi.hapus_bukti": _hapus_bukti,
    "evaluasi.tetapkan_final": _tetapkan_final,
    "evaluasi.buka_kembali": _buka_kembali,
    "evaluasi.simpan_lhe": _simpan_lhe,
    "evaluasi.tambah_rekomendasi": _tambah_rekomendasi,
    "evaluasi.catat_tindak_lanjut": _catat_tindak_lanjut,
    "evaluasi.verifikasi_rekomendasi": _verifikasi_rekomendasi,
    "evaluasi.muat_evaluasi_final": _muat_evaluasi_final,
    "organisasi.buat_pemda": _buat_pemda,
    "organisasi.buat_unit": _buat_unit,
    "organisasi.atur_aset": _atur_aset,
    "organisasi.tambah_pejabat": _tambah_pejabat,
    "organisasi.tetapkan_jabatan": _tetapkan_jabatan,
    "organisasi.buat_pengguna": _buat_pengguna,
    "organisasi.tambah_peran": _tambah_peran,
    "organisasi.hapus_peran": _hapus_peran,
    "organisasi.atur_aktif": _atur_aktif,
    "organisasi.atur_kata_sandi": _atur_kata_sandi,
    "organisasi.atur_logo_pemda": _atur_logo_pemda,
    "organisasi.atur_gambar_unit": _atur_gambar_unit,
    "perencanaan.buat_periode": _buat_periode,
    "perencanaan.tambah_dukungan_misi": _tambah_dukungan_misi,
    "perencanaan.atur_mendukung": _atur_mendukung,
    "perencanaan.atur_misi_tujuan": _atur_misi_tujuan,
    "perencanaan.atur_turunan": _atur_turunan,
    "perencanaan.tambah_node": _tambah_node,
    "perencanaan.ubah_node": _ubah_node,
    "perencanaan.pindah_node": _pindah_node,
    "perencanaan.hapus_node": _hapus_node,
    "perencanaan.tambah_indikator": _tambah_indikator,
    "perencanaan.ubah_indikator": _ubah_indikator,
    "perencanaan.atur_iku": _atur_iku,
    "perencanaan.pindah_indikator": _pindah_indikator,
    "perencanaan.hapus_indikator": _hapus_indikator,
    "perencanaan.ubah_target": _ubah_target,
    "perjanjian.buat_pk": _buat_pk,
    "perjanjian.tandatangani_pk": _tandatangani_pk,
    "perjanjian.buat_pk_perubahan": _buat_pk_perubahan,
    "perjanjian.buat_pk_dari_cascade": _buat_pk_dari_cascade,
    "perjanjian.tambah_indikator_pk": _tambah_indikator_pk,
    "perjanjian.ubah_pk_draf": _ubah_pk_draf,
    "perjanjian.hapus_pk": _hapus_pk,
    "realisasi.catat_realisasi": _catat_realisasi,
    "realisasi.catat_realisasi_tahun": _catat_realisasi_tahun,
    "realisasi.simpan_narasi_indikator": _simpan_narasi_indikator,
    "realisasi.simpan_narasi_unit": _simpan_narasi_unit,
    "realisasi.simpan_pembanding": _simpan_pembanding,
    "realisasi.hapus_narasi_unit": _hapus_narasi_unit,
    "realisasi.simpan_narasi_indikator_bersyarat": _simpan_narasi_indikator_bersyarat,
    "realisasi.simpan_narasi_unit_bersyarat": _simpan_narasi_unit_bersyarat,
    "realisasi.simpan_realisasi_bersyarat": _simpan_realisasi_bersyarat,
    "realisasi.simpan_realisasi_batch": _simpan_realisasi_batch,
    "laporan.terbitkan_laporan": _terbitkan_laporan,
    "anggaran.atur_penjelasan_selisih_pk": _atur_penjelasan_selisih_pk,
    "laporan.tarik_laporan": _tarik_laporan,
    "laporan.simpan_templat": _simpan_templat,
    "laporan.hapus_templat": _hapus_templat,
    "anggaran.tambah_mata_anggaran": _tambah_mata_anggaran,
    "anggaran.tambah_sub_kegiatan": _tambah_sub_kegiatan,
    "anggaran.ubah_pagu": _ubah_pagu,
    "anggaran.catat_realisasi_anggaran": _catat_realisasi_anggaran,
    "anggaran.simpan_realisasi_anggaran_bersyarat": _simpan_realisasi_anggaran_bersyarat,
    "anggaran.simpan_realisasi_anggaran_batch": _simpan_realisasi_anggaran_batch,
    "audit.catat": _catat,
    "audit.muat_awal": _muat_awal,
    "realisasi.ajukan": _ajukan,
    "realisasi.setujui": _setujui,
    "realisasi.kunci": _kunci,
    "realisasi.tolak": _tolak,
    "realisasi.buka_kunci": _buka_kunci,
    "web.simpan_realisasi": _simpan_realisasi,
    "web.simpan_realisasi_anggaran": _simpan_realisasi_anggaran,
    "kendali.atur_satuan": _atur_satuan,
    "kendali.atur_pengaturan_kendali": _atur_pengaturan_kendali,
    "kendali.atur_jadwal_pengisian": _atur_jadwal_pengisian,
    "notifikasi.kirim": _kirim,
    "notifikasi.tandai_dibaca": _tandai_dibaca,
    "notifikasi.beri_tahu_diajukan": _beri_tahu_diajukan,
    "notifikasi.beri_tahu_dikembalikan": _beri_tahu_dikembalikan,
    "notifikasi.kirim_pengingat_pd": _kirim_pengingat_pd,
    "notifikasi.kirim_pengingat": _kirim_pengingat,
    "perjanjian.atur_anggaran_pk": _atur_anggaran_pk,
    "rencana_aksi.simpan_rencana_aksi": _simpan_rencana_aksi,
    "rencana_aksi.simpan_rencana_aksi_batch": _simpan_rencana_aksi_batch,
    "rencana_aksi.simpan_rencana_sub_kegiatan": _simpan_rencana_sub_kegiatan,
    "rencana_aksi.simpan_faktor_triwulan": _simpan_faktor_triwulan,
}


# The write modules: each app's services, and the triwulan approval workflow of realisasi.
MODUL_TULIS = ("services.py", "alur.py")


def _modul_layanan() -> list[ModuleType]:
    """Every ``sakip/<app>/services.py`` (and ``alur.py``) on disk, imported."""
    root = Path(sakip.__file__).parent
    return [importlib.import_module(f"sakip.{p.parent.name}.{p.stem}")
            for nama in MODUL_TULIS for p in sorted(root.glob(f"*/{nama}"))]


def _fungsi_publik() -> set[str]:
    """``app.function`` for each public function defined in (not imported into) a services module."""
    return {f"{m.__name__.split('.')[1]}.{nama}"
            for m in _modul_layanan()
            for nama, f in inspect.getmembers(m, inspect.isfunction)
            if not nama.startswith("_") and f.__module__ == m.__name__}


def test_every_public_service_function_is_listed_as_writer_or_reader() -> None:
    ditemukan = _fungsi_publik()
    assert len(_modul_layanan()) >= 10
    belum = sorted(ditemukan - PENULIS.keys() - PEMBACA.keys())
    assert not belum, f"Fungsi layanan baru tanpa uji jejak: {belum}; tambahkan ke PENULIS (atau PEMBACA)."
    usang = sorted((PENULIS.keys() | PEMBACA.keys()) - ditemukan)
    assert not usang, f"Tidak ada lagi di services.py: {usang}"
    assert not PENULIS.keys() & PEMBACA.keys()


@pytest.mark.parametrize("nama", sorted(PENULIS))
def test_every_writing_service_leaves_a_trail(nama: str) -> None:
    kasus = PENULIS[nama]()  # set-up writes (through the services too) happen before the count
    sebelum, jejak_terakhir = kasus.bukti(), Jejak.objects.order_by("pk").values_list("pk", flat=True).last()
    with pelaku(_user("admin"), Sumber.WEB):
        kasus.aksi()
    assert kasus.bukti() != sebelum, f"{nama} tidak mengubah data pada kasus ujinya"
    baru = Jejak.objects.filter(pk__gt=jejak_terakhir or 0)
    assert baru.exists(), f"{nama} menulis tanpa jejak audit"
    assert baru.filter(model=kasus.model).exists(), (nama, sorted(set(baru.values_list("model", flat=True))))
    assert set(baru.values_list("sumber", flat=True)) == {"web"}


# --- what the trail says, for the definitions and deletions it did not record before ----------

def _jejak_sejak(pk: int | None) -> list[tuple[str, str, str, str]]:
    return [(j.model, j.field, j.lama, j.baru) for j in Jejak.objects.filter(pk__gt=pk or 0).order_by("pk")]


def _terakhir() -> int | None:
    return Jejak.objects.order_by("pk").values_list("pk", flat=True).last()


def test_an_indicator_definition_change_records_every_changed_field_old_to_new() -> None:
    ind = _ikm()
    lain = Skala.objects.exclude(pk=ind.skala_id).order_by("pk").first()
    lama = (ind.polaritas, ind.agregasi, str(ind.skala) if ind.skala else "", ind.formulasi)
    mulai = _terakhir()
    perencanaan.ubah_indikator(ind, polaritas="negatif", agregasi="rata_rata", skala=lain, formulasi="Rumus baru",
                               nama=ind.nama)  # the name unchanged: not recorded
    rows = {f: (a, b) for m, f, a, b in _jejak_sejak(mulai) if m == "perencanaan.indikator"}
    assert rows == {"polaritas": (lama[0], "negatif"), "agregasi": (lama[1], "rata_rata"),
                    "skala": (lama[2], str(lain)), "formulasi": (lama[3], "Rumus baru")}
    j = Jejak.objects.filter(model="perencanaan.indikator", field="polaritas").latest("pk")
    assert (j.objek, j.objek_id, j.indikator_id, j.unit_id) == (f"Indikator {ind.nama}", str(ind.pk), ind.pk,
                                                                ind.unit_id)


def test_a_deleted_indicator_leaves_its_key_fields_and_targets_with_an_empty_new_value() -> None:
    ind = perencanaan.tambah_indikator(_unit(), _periode(), node=None, nama="Indikator sementara", satuan="dokumen",
                                       targets={2026: Decimal("3"), 2027: Decimal("4")})
    mulai = _terakhir()
    perencanaan.hapus_indikator(ind)
    rows = _jejak_sejak(mulai)
    assert ("perencanaan.indikator", "nama", "Indikator sementara", "") in rows
    assert ("perencanaan.indikator", "satuan", "dokumen", "") in rows
    assert ("perencanaan.indikator", "ref", ind.ref, "") in rows
    assert sorted(r for r in rows if r[0] == "perencanaan.target") == [
        ("perencanaan.target", "nilai", "3", ""), ("perencanaan.target", "nilai", "4", "")]
    assert not Indikator.objects.filter(pk=ind.pk).exists()


def test_a_new_account_is_audited_without_its_password_and_a_removed_role_names_it() -> None:
    mulai = _terakhir()
    user = organisasi.buat_pengguna(_pemda(), username="kepala.uji", password="Kinerja-Uji#2025",
                                      peran="kepala_pd", unit=_unit(), first_name="Kepala")
    rows = _jejak_sejak(mulai)
    assert ("auth.user", "username", "", "kepala.uji") in rows
    assert ("organisasi.keanggotaan", "peran", "", "kepala_pd") in rows
    assert not any("password" in f or user.password in b for _, f, _, b in rows)
    mulai = _terakhir()
    organisasi.hapus_peran(Keanggotaan.objects.get(user=user))
    assert ("organisasi.keanggotaan", "peran", "kepala_pd", "") in _jejak_sejak(mulai)
    assert ("organisasi.keanggotaan", "unit", str(_unit()), "") in _jejak_sejak(mulai)


def test_publishing_and_withdrawing_are_recorded_under_the_publisher() -> None:
    kepala = _user("kepala.mojosari")
    pub = laporan.terbitkan_laporan(_unit(), 2025, "lkjip", b"%PDF-1.4 uji", format="pdf", filename="lkjip.pdf", user=kepala)
    j = Jejak.objects.get(model="laporan.publikasi", objek_id=str(pub.pk), field="sha256")
    assert (j.baru, j.nama_pengguna, j.unit_id, j.tahun) == (pub.sha256, "kepala.mojosari", pub.unit_id, 2025)
    with pelaku(_user("admin"), Sumber.WEB):
        laporan.tarik_laporan(pub)
    j = Jejak.objects.get(model="laporan.publikasi", objek_id=str(pub.pk), field="ditarik")
    assert (j.lama, j.baru, j.nama_pengguna) == ("tidak", "ya", "admin")
