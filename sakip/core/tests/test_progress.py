"""Series, realisasi up to a year, progress to the end-of-period target (progress.py, SAKIP-rules §2.3)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.core.aggregation import Agregasi
from sakip.core.capaian import AturanCapaian, MetodeNegatif, Polaritas, StatusCapaian
from sakip.core.numbers import quantize
from sakip.core.progress import (
    TitikSeri,
    progres_target_akhir,
    realisasi_sampai_tahun,
    selisih,
    seri,
)

D = Decimal
POS, NEG = Polaritas.POSITIF, Polaritas.NEGATIF
JUMLAH, TERAKHIR, RATA = Agregasi.JUMLAH, Agregasi.TERAKHIR, Agregasi.RATA_RATA

# Mojosari Tabel III.2.a, IKM Kecamatan
IKM_TARGET = {2021: D(83), 2022: D(84), 2023: D(85), 2024: D("88.31"), 2025: D(89)}
IKM_REALISASI = {2021: D("86.02"), 2022: D(90), 2023: D("88.5"), 2024: D("91.75"), 2025: D("93.15")}
# Bagian Organisasi Tabel III.2.A, Jumlah Inovasi 2021-2025
INOVASI = {2021: D(2), 2022: D(2), 2023: D(3), 2024: D(3), 2025: D(3)}


def test_seri_mojosari_ikm_history() -> None:
    s = seri(IKM_TARGET, IKM_REALISASI)
    assert [t.tahun for t in s] == [2021, 2022, 2023, 2024, 2025]
    assert [t.capaian.persen for t in s] == [D("103.64"), D("107.14"), D("104.12"), D("103.90"), D("104.66")]
    assert s[0] == TitikSeri(2021, D(83), D("86.02"), s[0].capaian)


def test_seri_covers_years_with_either_side_oldest_first() -> None:
    s = seri({2026: D(92), 2024: D(90)}, {2023: D(88), 2024: D(91)})
    assert [t.tahun for t in s] == [2023, 2024, 2026]
    assert [t.capaian.status for t in s] == [
        StatusCapaian.TIDAK_DAPAT_DIUKUR,  # realisasi without target
        StatusCapaian.TERUKUR,
        StatusCapaian.BELUM_ADA_DATA,  # target, no realisasi yet
    ]
    assert s[0].target is None and s[2].realisasi is None
    assert s[1].capaian.persen == D("101.11")


def test_seri_negative_polarity_and_method() -> None:
    targets = {2024: D("10.50"), 2025: D("10.50")}
    real = {2024: D("10.20"), 2025: D("11.00")}
    a = seri(targets, real, NEG)
    b = seri(targets, real, NEG, AturanCapaian(metode_negatif=MetodeNegatif.T_PER_R))
    assert [t.capaian.persen for t in a] == [D("102.86"), D("95.24")]
    assert [t.capaian.persen for t in b] == [D("102.94"), D("95.45")]


def test_seri_empty() -> None:
    assert seri({}, {}) == []


# --- realisasi_sampai_tahun --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("agregasi", "tahun", "mulai", "expected"),
    [
        (JUMLAH, 2025, None, "13"),
        (JUMLAH, 2023, None, "7"),
        (JUMLAH, 2025, 2023, "9"),
        (TERAKHIR, 2025, None, "3"),
        (TERAKHIR, 2022, None, "2"),
        (RATA, 2025, None, "2.6"),
        (RATA, 2025, 2023, "3"),
    ],
)
def test_realisasi_sampai_tahun(agregasi: Agregasi, tahun: int, mulai: int | None, expected: str) -> None:
    assert realisasi_sampai_tahun(INOVASI, tahun, agregasi, mulai) == D(expected)


def test_realisasi_sampai_tahun_skips_missing_years() -> None:
    # Mojosari Tabel III.2.c Nilai SAKIP: N/A in 2021
    sakip = {2021: None, 2022: D("79.5"), 2023: D("77.65"), 2024: D("82.30"), 2025: D("84.32")}
    assert realisasi_sampai_tahun(sakip, 2025, TERAKHIR) == D("84.32")
    assert realisasi_sampai_tahun(sakip, 2021, TERAKHIR) is None
    assert realisasi_sampai_tahun(sakip, 2025, JUMLAH) == D("323.77")
    # a year without a value ends nothing: the latest known one is taken
    assert realisasi_sampai_tahun({2023: D(5), 2024: None}, 2024, TERAKHIR) == D(5)


def test_realisasi_sampai_tahun_ignores_later_years() -> None:
    assert realisasi_sampai_tahun({2024: D(1), 2026: D(100)}, 2025, JUMLAH) == D(1)
    assert realisasi_sampai_tahun({2026: D(100)}, 2025, TERAKHIR) is None
    assert realisasi_sampai_tahun({}, 2025, JUMLAH) is None


# --- progres_target_akhir ------------------------------------------------------------------------


def test_progres_mojosari_ikm_against_rpjmd_end_target() -> None:
    # Tabel III.2.c: latest IKM 93,15 against target akhir 88 -> 105,85% (printed "105%":
    # truncated, 105,85 rounds to 106 at the document's own precision)
    c = progres_target_akhir(D(88), IKM_REALISASI, 2025, TERAKHIR)
    assert c.persen == D("105.85")
    assert c.nilai is not None and quantize(c.nilai, 0) == D(106)


def test_progres_e81_example() -> None:
    # SAKIP-rules §4.4: realisasi through n-2 = 6, year n-1 = 2, Renstra end target 10 -> 80.00 %;
    # Rp 7,400,000 + 2,400,000 against 12,500,000 -> 78.40 %
    k = progres_target_akhir(D(10), {2023: D(6), 2024: D(2)}, 2024, JUMLAH)
    rp = progres_target_akhir(D(12_500_000), {2023: D(7_400_000), 2024: D(2_400_000)}, 2024, JUMLAH)
    assert k.persen == D("80.00")
    assert rp.persen == D("78.40")


def test_progres_sum_vs_last_differ() -> None:
    assert progres_target_akhir(D(15), INOVASI, 2025, JUMLAH).persen == D("86.67")
    assert progres_target_akhir(D(3), INOVASI, 2025, TERAKHIR).persen == D("100.00")


def test_progres_from_start_of_period() -> None:
    # Renstra 2025-2029: only realisasi from 2025 counts
    assert progres_target_akhir(D(15), INOVASI, 2025, JUMLAH, mulai=2025).persen == D("20.00")


def test_progres_without_data_or_target() -> None:
    assert progres_target_akhir(D(88), {}, 2025, TERAKHIR).status is StatusCapaian.BELUM_ADA_DATA
    assert progres_target_akhir(None, IKM_REALISASI, 2025, TERAKHIR).status is StatusCapaian.TIDAK_DAPAT_DIUKUR


def test_progres_negative_polarity() -> None:
    c = progres_target_akhir(D("10.50"), {2024: D(11), 2025: D("10.20")}, 2025, TERAKHIR, NEG)
    assert c.persen == D("102.86")


# --- selisih -------------------------------------------------------------------------------------


def test_selisih_positive_polarity() -> None:
    assert selisih(D("93.15"), D("91.75"), POS) == D("1.40")
    assert selisih(D("85.72"), D("96.35"), POS) == D("-10.63")


def test_selisih_negative_polarity_sign_means_better() -> None:
    # angka kemiskinan down from 10.50 to 10.20 is an improvement: +0.30
    assert selisih(D("10.20"), D("10.50"), NEG) == D("0.30")
    assert selisih(D("11.00"), D("10.50"), NEG) == D("-0.50")


def test_selisih_zero_and_missing() -> None:
    assert selisih(D(5), D(5), NEG) == D(0)
    assert selisih(None, D(5), POS) is None
    assert selisih(D(5), None, NEG) is None
