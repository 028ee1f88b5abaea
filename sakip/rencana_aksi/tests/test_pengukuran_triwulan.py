"""`sakip measure --triwulan N`: each PK indicator and the budget as of a triwulan (issue #13)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db


def measure_json(slug: str, *extra: str) -> dict:
    out = StringIO()
    call_command("measure", "--pd", slug, "--tahun", "2025", "--json", *extra, stdout=out)
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def per_tw(django_db_setup, django_db_blocker) -> dict[int, dict]:  # pytest-django fixtures
    with django_db_blocker.unblock():
        return {n: measure_json("kecamatan-mojosari", "--triwulan", str(n)) for n in (1, 2, 3, 4)}


@pytest.fixture(scope="module")
def tahunan(django_db_setup, django_db_blocker) -> dict:  # pytest-django fixtures
    with django_db_blocker.unblock():
        return measure_json("kecamatan-mojosari")


def _indikator(data: dict, versi: str, awal: str) -> dict:
    (pk,) = [p for p in data["perjanjian_kinerja"] if p["versi"] == versi]
    (ind,) = [i for i in pk["indikator"] if i["nama"].startswith(awal)]
    return ind


def test_budget_realisasi_rises_to_the_years_figure(per_tw: dict[int, dict]) -> None:
    realisasi = [per_tw[n]["anggaran"]["realisasi"] for n in (1, 2, 3, 4)]
    assert realisasi == sorted(realisasi) and len(set(realisasi)) == 4
    assert realisasi[-1] == 9_759_995_720
    assert all(per_tw[n]["anggaran"]["triwulan"] == n for n in (1, 2, 3, 4))
    assert per_tw[4]["anggaran"]["persen"] == 90.31


def test_anggaran_kas_rises_to_the_pagu(per_tw: dict[int, dict]) -> None:
    rencana = [per_tw[n]["anggaran"]["rencana"] for n in (1, 2, 3, 4)]
    assert rencana == sorted(rencana)
    assert rencana[-1] == per_tw[4]["anggaran"]["pagu"]


def test_serapan_indicator_per_triwulan_equals_the_budget_persen(per_tw: dict[int, dict]) -> None:
    for n in (1, 2, 3, 4):
        serapan = _indikator(per_tw[n], "awal", "Persentase Realisasi Anggaran")
        assert serapan["realisasi_sd_triwulan"] == per_tw[n]["anggaran"]["persen"], n
        assert serapan["realisasi"] == 90.31  # the annual key stays the year's


def test_reference_series_25_50_75_100_is_100_percent_each_triwulan(per_tw: dict[int, dict]) -> None:
    for n in (1, 2, 3, 4):
        ind = _indikator(per_tw[n], "perubahan", "Persentase layanan yang diselenggarakan")
        assert (ind["target_triwulan"], ind["realisasi_sd_triwulan"], ind["capaian_triwulan"]) == (25 * n, 25 * n, 100.0)


def test_nilai_sakip_is_planned_for_tw3_and_ikm_per_semester(per_tw: dict[int, dict]) -> None:
    sakip = [_indikator(per_tw[n], "perubahan", "Nilai SAKIP") for n in (1, 2, 3, 4)]
    assert [s["target_triwulan"] for s in sakip] == [None, None, 83, 83]
    # The figure is the final Evaluasi AKIP's total, a value of the whole year (the evaluation of a year
    # is made after it): it counts as of TW IV, so TW III has its target but nothing to measure yet.
    assert [s["capaian_triwulan"] for s in sakip] == [None, None, None, 101.59]
    ikm = [_indikator(per_tw[n], "perubahan", "IKM") for n in (1, 2, 3, 4)]
    assert [i["target_triwulan"] for i in ikm] == [None, 92, 92, 92]
    # IKM is read from the SKM surveys per semester: semester 1 closes with TW II, so its IKM (93,15)
    # is known as of TW II and stays the latest through TW III; semester 2 (also 93,15) closes with TW IV.
    assert [i["realisasi_sd_triwulan"] for i in ikm] == [None, 93.15, 93.15, 93.15]


def test_annual_figures_unchanged_by_the_triwulan(per_tw: dict[int, dict], tahunan: dict) -> None:
    keys = ("id", "nama", "kelompok", "satuan", "target", "realisasi", "capaian", "kategori")
    for n in (1, 2, 3, 4):
        for pk_tw, pk in zip(per_tw[n]["perjanjian_kinerja"], tahunan["perjanjian_kinerja"], strict=True):
            assert [{k: i[k] for k in keys} for i in pk_tw["indikator"]] == pk["indikator"]
            assert pk_tw["ringkasan"] == pk["ringkasan"]
        assert per_tw[n]["efisiensi"] == tahunan["efisiensi"]
    assert tahunan["anggaran"]["realisasi"] == 9_759_995_720
    assert "rencana" not in tahunan["anggaran"]


def test_text_output_names_the_triwulan() -> None:
    out = StringIO()
    call_command("measure", "--pd", "kecamatan-mojosari", "--tahun", "2025", "--triwulan", "2", stdout=out)
    text = out.getvalue()
    assert "s.d. Triwulan II (terhadap rencana aksi):" in text
    assert "Anggaran s.d. Triwulan II: realisasi Rp" in text


def test_triwulan_out_of_range_is_refused_by_the_command() -> None:
    with pytest.raises(CommandError, match="invalid choice"):
        call_command("measure", "--pd", "kecamatan-mojosari", "--tahun", "2025", "--triwulan", "5")
