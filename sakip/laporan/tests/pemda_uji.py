"""A Pemda-level unit (the Kabupaten) with an RPJMD cascade, IKU, targets and realisasi, built through the
services, for the LKjIP Pemda tests while the demo may not carry one (it is used when it does)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sakip.organisasi import services as org
from sakip.organisasi.models import JenisUnit, Pejabat, Pemda, Unit
from sakip.perencanaan import services as plan
from sakip.perencanaan.models import Indikator, PeriodePerencanaan
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.perjanjian.services import BarisSasaran, buat_pk, tandatangani_pk
from sakip.realisasi import services as real

D = Decimal


def unit_pemda(pemda: Pemda | None = None) -> Unit:
    """The Pemda's own unit: the demo's when it has one, else one with a small RPJMD built here."""
    pemda = pemda or Pemda.objects.get(slug="kabupaten-mojokerto")
    found = Unit.objects.filter(pemda=pemda, jenis=JenisUnit.PEMDA).first()
    if found is not None and Indikator.objects.filter(unit=found, iku=True).exists():
        return found
    unit = found or org.buat_unit(pemda, slug="pemkab-mojokerto", nama="Pemerintah Kabupaten Mojokerto",
                                    jenis=JenisUnit.PEMDA)
    lama = PeriodePerencanaan.objects.get(pemda=pemda, nama="2021-2025")
    baru = PeriodePerencanaan.objects.get(pemda=pemda, nama="2025-2029")
    tujuan = plan.tambah_node(unit, lama, tingkat="tujuan", nama="Meningkatnya tata kelola pemerintahan yang baik")
    sasaran = plan.tambah_node(unit, lama, tingkat="sasaran", nama="Meningkatnya akuntabilitas kinerja pemerintah",
                            induk=tujuan)
    ri = plan.tambah_indikator(unit, lama, node=sasaran, ref="uji-indeks-rb", nama="Indeks Reformasi Birokrasi",
                            satuan="Nilai", iku=True, agregasi="terakhir", target_akhir=D("75"),
                            targets={2023: D("66"), 2024: D("68"), 2025: D("70")})
    miskin = plan.tambah_indikator(unit, lama, node=tujuan, ref="uji-miskin", nama="Persentase penduduk miskin",
                                satuan="%", iku=True, polaritas="negatif", agregasi="terakhir",
                                target_akhir=D("9.5"), targets={2024: D("10.2"), 2025: D("10")})
    real.catat_realisasi_tahun(ri, {2023: {"TAHUN": D("65.10")}, 2024: {"TAHUN": D("69.25")},
                                     2025: {"TW2": D("68.5"), "TW4": D("71.35")}})
    real.catat_realisasi_tahun(miskin, {2024: {"TAHUN": D("10.4")}, 2025: {"TAHUN": D("9.81")}})
    t2 = plan.tambah_node(unit, baru, tingkat="tujuan", nama="Meningkatnya pelayanan publik")
    s2 = plan.tambah_node(unit, baru, tingkat="sasaran", nama="Meningkatnya kepuasan masyarakat", induk=t2)
    ikm = plan.tambah_indikator(unit, baru, node=s2, ref="uji-ikm-pemda", nama="Indeks Kepuasan Masyarakat Pemda",
                             satuan="Indeks", iku=True, agregasi="rata_rata", target_akhir=D("92"),
                             targets={2025: D("88")})
    real.catat_realisasi_tahun(ikm, {2025: {"S1": D("87"), "S2": D("90.5")}})
    return unit


def tanpa_pk(unit: Unit, tahun: int = 2025) -> None:
    """Drop the unit's PKs of the year (the demo signs the Bupati's 2025 PK): the LKjIP Pemda then
    measures the IKU against the RPJMD targets. Callers roll back."""
    PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun).delete()


def pk_bupati(unit: Unit) -> PerjanjianKinerja:
    """A signed PK of the Bupati alone (no pihak kedua) over the 2025-2029 IKU, in place of the demo's."""
    tanpa_pk(unit)
    periode = PeriodePerencanaan.objects.get(pemda=unit.pemda, nama="2025-2029")
    bupati = Pejabat.objects.get(nama="MUHAMMAD ALBARRAA")
    rows = [BarisSasaran(i.node.nama if i.node_id else "Kinerja lainnya", "utama", [(i, D("89"))])
            for i in Indikator.objects.filter(unit=unit, periode=periode, iku=True).select_related("node")]
    pk = buat_pk(unit, tahun=2025, periode=periode, tanggal=date(2025, 3, 3), pihak_pertama=bupati,
                   pihak_kedua=None, sasaran=rows)
    return tandatangani_pk(pk)
