"""simpan_realisasi_batch: each cell checked as if saved alone, the valid ones stored together."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.audit.models import Jejak
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator, IndikatorTurunan
from sakip.realisasi.alur import ajukan
from sakip.realisasi.models import Realisasi
from sakip.realisasi.services import (
    IsianNilai,
    KonflikRealisasi,
    catat_realisasi,
    simpan_realisasi_batch,
)

# The demo's triwulans are incomplete: the "Ajukan" gate warns here (it is tested in test_kelengkapan).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("kelengkapan_peringatan")]


@pytest.fixture(autouse=True)
def _nilai_sakip_diketik(nilai_sakip_diketik) -> None:  # the root conftest's factory
    # These tests use Mojosari's Nilai SAKIP as their example of a typed realisasi (TW III 84,32);
    # the demo now reads it from the Evaluasi AKIP, so they get the typed form back.
    nilai_sakip_diketik("kecamatan-mojosari", "TW3")

TAHUN = 2027


def mojosari() -> Unit:
    return Unit.objects.get(slug="kecamatan-mojosari")


def diketik() -> Indikator:
    """A Mojosari indicator whose realisasi is typed (its IKM is read from the SKM, never typed)."""
    return (Indikator.objects.filter(unit__slug="kecamatan-mojosari", periode__nama="2025-2029", kode_standar="",
                                     turunan__isnull=True).order_by("pk").first())


def sakip() -> Indikator:
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="sakip-2529")


def nilai(ind: Indikator) -> dict[str, Decimal]:
    return dict(Realisasi.objects.filter(indikator=ind, tahun=TAHUN).values_list("bagian", "nilai"))


def test_partial_save_keeps_valid_cells_and_returns_each_refusal_by_position() -> None:
    a, b = diketik(), sakip()
    catat_realisasi(b, TAHUN, {"TW1": Decimal("70")})
    turunan = Indikator.objects.get(pk=IndikatorTurunan.objects.filter(indikator__unit__slug="kecamatan-mojosari",
                                                                       mulai_tahun__lte=TAHUN).first().indikator_id)
    ditolak = simpan_realisasi_batch(mojosari(), TAHUN, [
        IsianNilai(a.pk, "TW1", Decimal("80")),
        IsianNilai(b.pk, "TW1", Decimal("71"), semula=Decimal("69"), periksa_semula=True),  # stale
        IsianNilai(a.pk, "S2", Decimal("1")),  # a semester beside the TW1 just stored
        IsianNilai(turunan.pk, "TW1", Decimal("1")),
        IsianNilai(a.pk, "TW2", Decimal("1.123456")),  # more decimals than the column holds
        IsianNilai(Indikator.objects.exclude(unit__slug="kecamatan-mojosari").first().pk, "TW1", Decimal("1")),
        IsianNilai(b.pk, "TW2", Decimal("72"), semula=None, periksa_semula=True),
    ], sebagian=True)
    assert sorted(ditolak) == [1, 2, 3, 4, 5]
    assert isinstance(ditolak[1], KonflikRealisasi) and ditolak[1].kini == Decimal("70")
    assert "sudah diubah orang lain menjadi 70" in ditolak[1].messages[0]
    assert "tidak boleh mencampur nilai semester dan triwulan" in ditolak[2].messages[0]
    assert "dihitung otomatis" in ditolak[3].messages[0]
    assert ditolak[4].message_dict.keys() == {"nilai"}
    assert ditolak[5].messages == ["Indikator tidak ditemukan pada perangkat daerah ini."]
    assert nilai(a) == {"TW1": Decimal("80")} and nilai(b) == {"TW1": Decimal("70"), "TW2": Decimal("72")}
    assert set(Jejak.objects.filter(tahun=TAHUN, indikator_id__in=[a.pk, b.pk]).values_list(
        "indikator_id", "field", "lama", "baru")) == {(a.pk, "TW1", "", "80"), (b.pk, "TW2", "", "72"),
                                                      (b.pk, "TW1", "", "70")}


def test_cells_are_checked_in_order_against_what_the_cells_before_them_leave() -> None:
    a = diketik()
    catat_realisasi(a, TAHUN, {"TW1": Decimal("5")})
    # Clearing TW1 first makes the semester value allowed; the second save of S1 sees the first.
    assert simpan_realisasi_batch(mojosari(), TAHUN, [
        IsianNilai(a.pk, "TW1", None),
        IsianNilai(a.pk, "S1", Decimal("6")),
        IsianNilai(a.pk, "S1", Decimal("7"), semula=Decimal("6"), periksa_semula=True),
    ]) == {}
    assert nilai(a) == {"S1": Decimal("7")}
    assert list(Jejak.objects.filter(indikator_id=a.pk, tahun=TAHUN).order_by("pk").values_list(
        "field", "lama", "baru"))[-3:] == [("TW1", "5", ""), ("S1", "", "6"), ("S1", "6", "7")]


def test_all_or_nothing_stops_at_the_first_refusal_and_stores_nothing() -> None:
    a = diketik()
    ditolak = simpan_realisasi_batch(mojosari(), TAHUN, [
        IsianNilai(a.pk, "TW1", Decimal("1")), IsianNilai(a.pk, "TAHUN", Decimal("2")),
        IsianNilai(a.pk, "TW2", Decimal("-3"))])
    assert list(ditolak) == [1]
    assert nilai(a) == {} and not Jejak.objects.filter(indikator_id=a.pk, tahun=TAHUN).exists()


def test_a_closed_triwulan_refuses_its_cells_only_with_the_workflow_message() -> None:
    a, b = diketik(), sakip()
    ajukan(User.objects.get(username="operator.mojosari"), mojosari(), TAHUN, 2)
    ditolak = simpan_realisasi_batch(mojosari(), TAHUN, [
        IsianNilai(a.pk, "TW1", Decimal("1")), IsianNilai(a.pk, "TW2", Decimal("2")),
        IsianNilai(b.pk, "S1", Decimal("3"))], sebagian=True)
    assert sorted(ditolak) == [1, 2]
    for exc in ditolak.values():
        assert exc.messages == ["Realisasi Kecamatan Mojosari tahun 2027 Triwulan II berstatus diajukan; perubahan "
                                "ditolak. Minta Admin Pemda membuka kuncinya dengan alasan bila perlu diubah."]
    assert nilai(a) == {"TW1": Decimal("1")} and nilai(b) == {}


@pytest.mark.parametrize("n", [1, 5, 25])
def test_the_audit_rows_are_written_in_one_insert(n: int) -> None:
    inds = list(Indikator.objects.filter(unit__slug="kecamatan-mojosari", periode__nama="2025-2029",
                                         turunan__isnull=True).order_by("pk")[:n])
    assert len(inds) == n
    with CaptureQueriesContext(connection) as ctx:
        assert simpan_realisasi_batch(mojosari(), TAHUN, [IsianNilai(i.pk, "TW1", Decimal(n)) for i in inds]) == {}
    inserts = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith("INSERT")]
    assert [s.split('"')[1] for s in inserts] == ["audit_jejak", "realisasi_realisasi"]
    assert Jejak.objects.filter(tahun=TAHUN, indikator_id__in=[i.pk for i in inds], baru=str(n)).count() == n
