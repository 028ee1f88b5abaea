"""From triwulan / semester values to the annual realisasi (aggregation.py, SAKIP-rules §3.5)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.core.aggregation import (
    LABEL_BAGIAN,
    SEMESTER,
    TRIWULAN,
    Agregasi,
    AgregasiError,
    Bagian,
    nilai_sampai_dengan,
    nilai_tahunan,
)
from sakip.core.capaian import hitung_capaian

D = Decimal
TW1, TW2, TW3, TW4, S1, S2, TAHUN = Bagian.TW1, Bagian.TW2, Bagian.TW3, Bagian.TW4, Bagian.S1, Bagian.S2, Bagian.TAHUN
JUMLAH, TERAKHIR, RATA = Agregasi.JUMLAH, Agregasi.TERAKHIR, Agregasi.RATA_RATA


def tw(*values: str | None) -> dict[Bagian, Decimal | None]:
    return {p: (None if v is None else D(v)) for p, v in zip(TRIWULAN, values, strict=False)}


# --- SAKIP-rules §3.8 --------------------------------------------------------------------------


def test_rules_example_4_sum_indicator() -> None:
    # "Jumlah desa dibina" 3, 5, 4, 6 -> 18; T = 20 -> 90.00 %
    r = nilai_tahunan(tw("3", "5", "4", "6"), JUMLAH)
    assert r == D(18)
    assert hitung_capaian(D(20), r).persen == D("90.00")


def test_rules_example_5_last_value_indicator() -> None:
    # IKM 80.1, 81.3, 82.0, 83.4 -> 83.4; T = 82 -> 101.71 %
    r = nilai_tahunan(tw("80.1", "81.3", "82.0", "83.4"), TERAKHIR)
    assert r == D("83.4")
    assert hitung_capaian(D(82), r).persen == D("101.71")


def test_rules_e81_example_column_12() -> None:
    # §4.4: quarters K = 0, 1, 0, 1 -> column 12 = 2; Rp 500k/700k/400k/800k -> 2.4 M
    assert nilai_tahunan(tw("0", "1", "0", "1"), JUMLAH) == D(2)
    assert nilai_tahunan(tw("500000", "700000", "400000", "800000"), JUMLAH) == D(2_400_000)


# --- the three aggregations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("agregasi", "expected"),
    [(JUMLAH, "18"), (TERAKHIR, "6"), (RATA, "4.5")],
)
def test_triwulan(agregasi: Agregasi, expected: str) -> None:
    assert nilai_tahunan(tw("3", "5", "4", "6"), agregasi) == D(expected)


def test_mojosari_ikm_semester_average_is_93_37_not_printed_93_15() -> None:
    # Tabel III.2 text: SKM semester 1 = 92,46, semester 2 = 94,28, "rata-rata" 93,15
    r = nilai_tahunan({S1: D("92.46"), S2: D("94.28")}, RATA)
    assert r == D("93.37")
    assert r != D("93.15")
    assert hitung_capaian(D(92), r).persen == D("101.49")


@pytest.mark.parametrize(
    ("agregasi", "expected"),
    [(JUMLAH, "186.74"), (TERAKHIR, "94.28"), (RATA, "93.37")],
)
def test_semester(agregasi: Agregasi, expected: str) -> None:
    assert nilai_tahunan({S1: D("92.46"), S2: D("94.28")}, agregasi) == D(expected)


def test_cumulative_percentage_must_take_the_last_value() -> None:
    # Mojosari Tabel III.1.b PATEN: 25%, 50%, 75%, 100% (progress to date) -> 100%, not 250%
    values = tw("25", "50", "75", "100")
    assert nilai_tahunan(values, TERAKHIR) == D(100)
    assert nilai_tahunan(values, JUMLAH) == D(250)


def test_missing_parts_are_skipped() -> None:
    values = {TW1: D(3), TW3: D(4)}
    assert nilai_tahunan(values, JUMLAH) == D(7)
    assert nilai_tahunan(values, TERAKHIR) == D(4)
    assert nilai_tahunan(values, RATA) == D("3.5")


def test_none_parts_are_missing_not_zero() -> None:
    # Mojosari Tabel III.1.b Nilai SAKIP: only triwulan III has a value (84,32)
    values = tw(None, None, "84.32", None)
    assert nilai_tahunan(values, TERAKHIR) == D("84.32")
    assert nilai_tahunan(values, RATA) == D("84.32")
    assert nilai_tahunan(values, JUMLAH) == D("84.32")


def test_zero_is_a_value_not_a_gap() -> None:
    # The document writes 0 for quarters without data; a 0 entered as a value is a value.
    assert nilai_tahunan(tw("0", "0", "84.32", "0"), TERAKHIR) == D(0)
    assert nilai_tahunan(tw("0", "0", "84.32", "0"), RATA) == D("21.08")


def test_order_is_calendar_order_not_insertion_order() -> None:
    values = {TW4: D(9), TW1: D(1), TW2: D(2)}
    assert nilai_tahunan(values, TERAKHIR) == D(9)
    assert nilai_tahunan({S2: D(7), S1: D(5)}, TERAKHIR) == D(7)


def test_nothing_recorded() -> None:
    assert nilai_tahunan({}, JUMLAH) is None
    assert nilai_tahunan(tw(None, None, None, None), TERAKHIR) is None


def test_string_keys_are_accepted() -> None:
    assert nilai_tahunan({"TW1": D(2), "TW2": D(3)}, JUMLAH) == D(5)  # type: ignore[dict-item]


# --- TAHUN and mixing ------------------------------------------------------------------------


@pytest.mark.parametrize("agregasi", list(Agregasi))
def test_annual_value_stands_alone(agregasi: Agregasi) -> None:
    assert nilai_tahunan({TAHUN: D("93.15")}, agregasi) == D("93.15")


def test_annual_value_with_none_parts_is_fine() -> None:
    assert nilai_tahunan({TAHUN: D("84.32"), TW1: None, S1: None}, JUMLAH) == D("84.32")


@pytest.mark.parametrize("part", [TW1, TW4, S1, S2])
def test_annual_value_with_parts_is_refused(part: Bagian) -> None:
    with pytest.raises(AgregasiError, match="tahunan"):
        nilai_tahunan({TAHUN: D(10), part: D(3)}, JUMLAH)


def test_triwulan_and_semester_in_one_year_are_refused() -> None:
    with pytest.raises(AgregasiError, match="triwulan dan semester"):
        nilai_tahunan({TW1: D(1), S2: D(2)}, TERAKHIR)


def test_agregasi_error_reaches_a_value_error_handler_with_its_message() -> None:
    """Callers catch ValueError: a mixed year reaches them with its Indonesian message."""
    with pytest.raises(ValueError, match="^satu tahun tidak boleh berisi nilai triwulan dan semester$") as err:
        nilai_tahunan({TW1: D(1), S2: D(2)}, TERAKHIR)
    assert type(err.value) is AgregasiError


# --- nilai_sampai_dengan ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sampai", "jumlah", "terakhir"),
    [(TW1, "3", "3"), (TW2, "8", "5"), (TW3, "12", "4"), (TW4, "18", "6")],
)
def test_sampai_dengan_triwulan(sampai: Bagian, jumlah: str, terakhir: str) -> None:
    values = tw("3", "5", "4", "6")
    assert nilai_sampai_dengan(values, sampai, JUMLAH) == D(jumlah)
    assert nilai_sampai_dengan(values, sampai, TERAKHIR) == D(terakhir)


def test_sampai_dengan_semester() -> None:
    values = {S1: D("92.46"), S2: D("94.28")}
    assert nilai_sampai_dengan(values, S1, RATA) == D("92.46")
    assert nilai_sampai_dengan(values, S2, RATA) == D("93.37")


def test_sampai_dengan_before_first_value() -> None:
    assert nilai_sampai_dengan({TW3: D(4)}, TW2, JUMLAH) is None


def test_sampai_dengan_ignores_later_parts_and_other_kind() -> None:
    # only triwulan parts count for a triwulan cut-off; a semester value is not mixed in
    assert nilai_sampai_dengan({S1: D(50)}, TW2, JUMLAH) is None
    assert nilai_sampai_dengan({TW1: D(1), TW2: D(2), TW3: D(100)}, TW2, JUMLAH) == D(3)


def test_labels() -> None:
    assert [LABEL_BAGIAN[p] for p in TRIWULAN] == ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]
    assert [LABEL_BAGIAN[p] for p in SEMESTER] == ["Semester I", "Semester II"]
    assert LABEL_BAGIAN[TAHUN] == "Tahunan"
