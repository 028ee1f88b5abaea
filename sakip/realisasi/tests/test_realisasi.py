"""Recording realisasi: one year holds either its parts or an annual value, and the annual value follows."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from sakip.pengukuran.services import realisasi_tahunan
from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import Realisasi
from sakip.realisasi.services import catat_realisasi

pytestmark = pytest.mark.django_db


def diketik() -> Indikator:
    """A Mojosari indicator whose realisasi is typed (its IKM is read from the SKM, never typed)."""
    return (Indikator.objects.filter(unit__slug="kecamatan-mojosari", periode__nama="2025-2029", kode_standar="",
                                     turunan__isnull=True).order_by("pk").first())


def test_mixing_triwulan_and_annual_is_refused_and_nothing_is_written() -> None:
    ind = diketik()
    catat_realisasi(ind, 2026, {"TW1": Decimal("80")})
    before = list(Realisasi.objects.filter(indikator=ind).values_list("tahun", "bagian", "nilai"))
    with pytest.raises(ValidationError) as err:
        catat_realisasi(ind, 2026, {"TAHUN": Decimal("90")})
    assert "tidak boleh mencampur" in str(err.value)
    after = list(Realisasi.objects.filter(indikator=ind).values_list("tahun", "bagian", "nilai"))
    assert after == before


def test_annual_value_follows_the_indicator_aggregation() -> None:
    ind = diketik()
    catat_realisasi(ind, 2026, {"TW1": Decimal("90.10"), "TW2": Decimal("91.30")})
    assert realisasi_tahunan([ind.pk], 2026, {ind.pk: "terakhir"}) == {ind.pk: Decimal("91.30")}
    assert realisasi_tahunan([ind.pk], 2026, {ind.pk: "jumlah"}) == {ind.pk: Decimal("181.40")}
    catat_realisasi(ind, 2026, {"TW2": None})
    assert realisasi_tahunan([ind.pk], 2026, {ind.pk: "terakhir"}) == {ind.pk: Decimal("90.10")}


def test_realisasi_changes_the_measurement() -> None:
    from sakip.organisasi.models import Unit
    from sakip.pengukuran.services import ukur_pd
    from sakip.skm.tests.bantu import turunkan_ikm

    unit = Unit.objects.get(slug="kecamatan-mojosari")
    turunkan_ikm("kecamatan-mojosari", 2025, "S2", Decimal("89.70"))  # the IKM is its SKM's (rule: last semester)
    hasil = ukur_pd(unit, 2025)
    ikm_row = hasil.pk[-1].baris[0]
    assert ikm_row.capaian.persen == Decimal("97.50")
    assert hasil.pk[-1].utama.di_bawah_100 == 1
