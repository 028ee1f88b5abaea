"""Every service that stores a number refuses what core.batas refuses, naming the indicator or line and year.

Each refusal leaves the database as it was; ``full_clean`` (the model validators) agrees.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import catat_realisasi_anggaran, ubah_pagu
from sakip.organisasi.models import Aset, Unit
from sakip.organisasi.services import atur_aset
from sakip.perencanaan.models import Indikator, KelasSkala, Target
from sakip.perencanaan.services import (
    atur_turunan,
    tambah_indikator,
    ubah_indikator,
    ubah_target,
)
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.perjanjian.services import buat_pk_perubahan, ubah_pk_draf
from sakip.realisasi.models import Pembanding, Realisasi
from sakip.realisasi.services import catat_realisasi, simpan_pembanding

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _nilai_sakip_diketik(nilai_sakip_diketik) -> None:  # the root conftest's factory
    # These tests use Mojosari's Nilai SAKIP as their example of a typed realisasi (TW III 84,32);
    # the demo now reads it from the Evaluasi AKIP, so they get the typed form back.
    nilai_sakip_diketik("kecamatan-mojosari", "TW3")

BESAR = "nilai terlalu besar; paling besar 1.000.000.000.000.000"
RP_BESAR = "jumlah rupiah terlalu besar; paling besar 1.000.000.000.000.000"


def mojosari() -> Unit:
    return Unit.objects.get(slug="kecamatan-mojosari")


def nilai_2529() -> Indikator:
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="sakip-2529")  # satuan "Nilai"


def persen_2529() -> Indikator:
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="layanan-standar-2529")  # satuan "%"


def sub_kegiatan() -> MataAnggaran:
    return MataAnggaran.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, kode="7.01.01.2.01.0001")


def semua() -> tuple[object, ...]:
    """Every stored number the cases below could touch."""
    return (
        sorted(Realisasi.objects.values_list("pk", "nilai")), sorted(Target.objects.values_list("pk", "nilai")),
        sorted(Pembanding.objects.values_list("pk", "nilai")),
        sorted(Indikator.objects.values_list("pk", "target_akhir")),
        sorted(IndikatorPK.objects.values_list("pk", "target")),
        sorted(MataAnggaran.objects.values_list("pk", "pagu")),
        sorted(RealisasiAnggaran.objects.values_list("pk", "jumlah")), sorted(Aset.objects.values_list("pk", "nilai")),
    )


def _pk_draf() -> PerjanjianKinerja:
    signed = PerjanjianKinerja.objects.get(unit=mojosari(), tahun=2025, versi="perubahan")
    return buat_pk_perubahan(signed, tanggal=date(2025, 11, 3), alasan="uji angka")


KASUS: list[tuple[str, Callable[[], object], str]] = [
    ("realisasi", lambda: catat_realisasi(nilai_2529(), 2026, {"TW1": Decimal("1e16")}),
     f"Realisasi Nilai SAKIP Kecamatan 2026 TW1: {BESAR}"),
    ("realisasi persen", lambda: catat_realisasi(persen_2529(), 2026, {"TW2": Decimal("10000.01")}),
     "Realisasi Persentase layanan yang diselenggarakan sesuai standar 2026 TW2: persentase terlalu besar; "
     "paling besar 10.000"),
    ("realisasi desimal", lambda: catat_realisasi(nilai_2529(), 2026, {"TAHUN": Decimal("1.123456")}),
     "Realisasi Nilai SAKIP Kecamatan 2026 TAHUN: paling banyak 4 angka di belakang koma"),
    ("realisasi NaN", lambda: catat_realisasi(nilai_2529(), 2026, {"TW1": Decimal("NaN")}),
     "Realisasi Nilai SAKIP Kecamatan 2026 TW1: isian harus berupa angka (bukan NaN atau tak hingga)"),
    ("pembanding", lambda: simpan_pembanding(nilai_2529(), 2025, "nasional", Decimal("-1e400")),
     "Pembanding nasional Nilai SAKIP Kecamatan 2025: nilai terlalu kecil; paling kecil -1.000.000.000.000.000"),
    ("target", lambda: ubah_target(nilai_2529(), {2027: Decimal("99999999999999999999999")}),
     f"Target Nilai SAKIP Kecamatan 2027: {BESAR}"),
    ("ubah target", lambda: ubah_target(persen_2529(), {2027: Decimal("-10001")}),
     "Target Persentase layanan yang diselenggarakan sesuai standar 2027: persentase terlalu kecil; "
     "paling kecil -10.000"),
    ("target akhir", lambda: ubah_indikator(nilai_2529(), target_akhir=Decimal("1e16")),
     f"Target akhir Nilai SAKIP Kecamatan: {BESAR}"),
    ("target akhir indikator baru", lambda: tambah_indikator(
        mojosari(), nilai_2529().periode, ref="uji-angka", nama="Jumlah dokumen uji", satuan="Dokumen",
        target_akhir=Decimal("-1")), "Target akhir Jumlah dokumen uji: jumlah tidak boleh negatif"),
    ("nilai minimal", lambda: atur_turunan(nilai_2529(), fungsi="hitung", mulai_tahun=2027, sumber="nilai_sakip",
                                          cakupan="pd", nilai_min=Decimal("1e16")),
     f"Nilai minimal Nilai SAKIP Kecamatan: {BESAR}"),
    ("pagu", lambda: ubah_pagu(sub_kegiatan(), Decimal("1e17")), "Pagu {sub}: " + RP_BESAR),
    ("realisasi anggaran", lambda: catat_realisasi_anggaran(sub_kegiatan(), {1: Decimal("1e17")}),
     "Realisasi anggaran {sub} triwulan 1: " + RP_BESAR),
    ("realisasi anggaran sen", lambda: catat_realisasi_anggaran(sub_kegiatan(), {2: Decimal("10.001")}),
     "Realisasi anggaran {sub} triwulan 2: paling banyak 2 angka di belakang koma"),
    ("aset", lambda: atur_aset(mojosari(), [{"kelompok": "Aset Tetap", "kib": "A", "kode_akun": "1.3.1",
                                            "uraian": "Tanah", "nilai": Decimal("1e17")}]),
     f"Aset Tanah: {RP_BESAR}"),
]


@pytest.mark.parametrize(("nama", "panggil", "pesan"), KASUS, ids=[k[0] for k in KASUS])
def test_every_service_refuses_numbers_no_column_can_hold(nama: str, panggil: Callable[[], object],
                                                          pesan: str) -> None:
    before = semua()
    with pytest.raises(ValidationError) as exc:
        panggil()
    assert exc.value.messages == [pesan.replace("{sub}", str(sub_kegiatan()))]  # '7.01.01.2.01.0001 <nama>'
    assert semua() == before


def test_pk_targets_are_checked_by_the_indicators_unit() -> None:
    draf = _pk_draf()
    row = IndikatorPK.objects.filter(sasaran__perjanjian=draf, indikator__satuan="%").select_related(
        "indikator").first()
    with pytest.raises(ValidationError) as exc:
        ubah_pk_draf(draf, target={row.pk: Decimal("20000")})
    assert exc.value.messages == [f"Target PK {row.indikator.nama} 2025: persentase terlalu besar; "
                                  "paling besar 10.000"]
    row.refresh_from_db()
    assert row.target < 10000


def test_values_within_bounds_are_stored_with_their_trailing_zeros_dropped() -> None:
    ind = nilai_2529()
    catat_realisasi(ind, 2026, {"TW1": Decimal("1000000000000000"), "TW2": Decimal("12.345600")})
    stored = dict(Realisasi.objects.filter(indikator=ind, tahun=2026).values_list("bagian", "nilai"))
    assert stored == {"TW1": Decimal("1000000000000000"), "TW2": Decimal("12.3456")}


@pytest.mark.parametrize(("obj", "field", "pesan"), [
    (lambda: Realisasi(indikator=nilai_2529(), tahun=2026, bagian="TW1", nilai=Decimal("5e15")), "nilai", BESAR),
    (lambda: RealisasiAnggaran(mata_anggaran=sub_kegiatan(), triwulan=1, jumlah=Decimal("-1")), "jumlah",
     "jumlah rupiah tidak boleh negatif"),
    (lambda: KelasSkala.objects.first(), "bawah", "batas skala terlalu besar; paling besar 99.999,9999"),
])
def test_full_clean_agrees_with_the_services(obj: Callable[[], object], field: str, pesan: str) -> None:
    o = obj()
    if isinstance(o, KelasSkala):
        o.bawah = Decimal("100000")
    with pytest.raises(ValidationError) as exc:
        o.full_clean()  # type: ignore[attr-defined]  # a model instance
    assert pesan in exc.value.message_dict[field]
