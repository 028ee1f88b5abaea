"""Indonesian formatting and parsing (formatting.py): golden outputs and a round-trip property."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.core.formatting import (
    NBSP,
    TIDAK_ADA,
    ParseError,
    angka,
    angka_ringkas,
    parse_angka,
    persen,
    rupiah,
    tanggal,
    tanggal_bulan,
)
from sakip.core.numbers import quantize

D = Decimal


# --- angka -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "desimal", "expected"),
    [
        pytest.param(D("93.15"), 2, "93,15", id="ikm"),
        pytest.param(D("0.005"), 2, "0,01", id="half-up-not-half-even"),
        pytest.param(D("0.015"), 2, "0,02", id="half-up-odd"),
        pytest.param(D("0.025"), 2, "0,03", id="half-up-even"),
        pytest.param(D("2.5"), 0, "3", id="2,5-to-3"),
        pytest.param(D("3.5"), 0, "4", id="3,5-to-4"),
        pytest.param(D("101.2500"), 2, "101,25", id="trailing-zeros"),
        pytest.param(D(92), 2, "92,00", id="integer-two-decimals"),
        pytest.param(10_807_365_855, 0, "10.807.365.855", id="pagu-mojosari"),
        pytest.param(D("9759995720"), 2, "9.759.995.720,00", id="realisasi-mojosari"),
        pytest.param(D("1000"), 0, "1.000", id="thousand"),
        pytest.param(D("999"), 0, "999", id="no-separator"),
        pytest.param(D("-93.15"), 2, "-93,15", id="negative"),
        pytest.param(D("-0.001"), 2, "0,00", id="no-negative-zero"),
        pytest.param("84.32", 1, "84,3", id="string-input-one-decimal"),
        pytest.param(D("88.92"), 1, "88,9", id="one-decimal"),
        pytest.param(D("100.571"), 3, "100,571", id="three-decimals"),
    ],
)
def test_angka(value: Decimal | int | str, desimal: int, expected: str) -> None:
    assert angka(value, desimal) == expected


def test_angka_float_without_binary_artefacts() -> None:
    assert angka(93.15) == "93,15"  # type: ignore[arg-type]  # floats are accepted at run time
    assert angka(1.005) == "1,01"  # type: ignore[arg-type]  # repr 1.005, not 1.00499999...


def test_angka_default_two_decimals() -> None:
    assert angka(D("85.72")) == "85,72"
    assert angka(D(3)) == "3,00"


def test_none_is_a_dash_everywhere() -> None:
    assert angka(None) == TIDAK_ADA == "–"
    assert angka_ringkas(None) == TIDAK_ADA
    assert persen(None) == TIDAK_ADA
    assert rupiah(None) == TIDAK_ADA
    assert tanggal(None) == TIDAK_ADA


# --- angka_ringkas -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("91.50", "91,5"),
        ("92", "92"),
        ("92.00", "92"),
        ("100.57", "100,57"),
        ("100.571", "100,57"),
        ("0.105", "0,11"),
        ("95.90", "95,9"),
        ("1234567.1", "1.234.567,1"),
        ("100", "100"),
        ("0", "0"),
    ],
)
def test_angka_ringkas(value: str, expected: str) -> None:
    assert angka_ringkas(value) == expected


def test_angka_ringkas_max_decimals() -> None:
    assert angka_ringkas(D("93.3749"), 3) == "93,375"
    assert angka_ringkas(D("93.3749"), 0) == "93"


# --- persen / rupiah ---------------------------------------------------------------------------


def test_persen() -> None:
    assert persen(D("101.25")) == "101,25%"
    assert persen(D("100")) == "100,00%"
    assert persen(D("85.715")) == "85,72%"
    assert persen(D("90.31"), 1) == "90,3%"
    assert persen(D("102.39"), 0) == "102%"


def test_rupiah() -> None:
    assert rupiah(D(9_759_995_720)) == "Rp\u00a09.759.995.720,00"
    assert rupiah(10_807_365_855) == f"Rp{NBSP}10.807.365.855,00"
    assert rupiah(D(683_074_125), 0) == f"Rp{NBSP}683.074.125"
    assert rupiah(D("6761739.12")) == f"Rp{NBSP}6.761.739,12"
    assert rupiah(D(0)) == f"Rp{NBSP}0,00"


def test_rupiah_negative_puts_sign_before_rp() -> None:
    assert rupiah(D(-1500)) == f"-Rp{NBSP}1.500,00"
    assert rupiah(D("-256000")) == f"-Rp{NBSP}256.000,00"


def test_rupiah_never_breaks_after_rp() -> None:
    assert " " not in rupiah(D(1000))
    assert NBSP == "\u00a0"


# --- dates -------------------------------------------------------------------------------------

BULAN = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]


def test_tanggal_pk_mojosari() -> None:
    assert tanggal(date(2025, 1, 24)) == "24 Januari 2025"
    assert tanggal(date(2025, 9, 30)) == "30 September 2025"
    assert tanggal(date(2026, 1, 5)) == "5 Januari 2026"


@pytest.mark.parametrize(("bulan", "nama"), list(enumerate(BULAN, start=1)), ids=BULAN)
def test_every_month_name(bulan: int, nama: str) -> None:
    assert tanggal(date(2025, bulan, 17)) == f"17 {nama} 2025"
    assert tanggal_bulan(date(2025, bulan, 1)) == f"{nama} 2025"


def test_tanggal_bulan() -> None:
    assert tanggal_bulan(date(2026, 1, 30)) == "Januari 2026"


# --- parse_angka -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("93,15", "93.15"),
        ("9.759.995.720,00", "9759995720.00"),
        ("Rp 1.000", "1000"),
        ("Rp. 7.485.930.000", "7485930000"),
        ("rp1.000,50", "1000.50"),
        (f"Rp{NBSP}9.759.995.720,00", "9759995720.00"),
        ("91,5%", "91.5"),
        ("91,50 %", "91.50"),
        ("1.000", "1000"),
        ("1.000.000", "1000000"),
        ("92", "92"),
        ("  84,32  ", "84.32"),
        ("-1.234,50", "-1234.50"),
        ("+5", "5"),
        ("0,5", "0.5"),
    ],
)
def test_parse_angka(text: str, expected: str) -> None:
    result = parse_angka(text)
    assert result == D(expected)
    assert str(result) == expected  # the written precision is kept


def test_parse_angka_passes_numbers_through() -> None:
    assert parse_angka(D("93.15")) == D("93.15")
    assert parse_angka(57) == D(57)


def test_parse_angka_refuses_dot_decimal_and_suggests_comma() -> None:
    with pytest.raises(ParseError) as exc:
        parse_angka("93.15")
    message = str(exc.value)
    assert "'93,15'" in message
    assert "koma" in message


def test_parse_angka_dot_decimal_allowed_for_machines() -> None:
    assert parse_angka("93.15", allow_dot_decimal=True) == D("93.15")
    # a grouped thousand stays a thousand even then
    assert parse_angka("1.000", allow_dot_decimal=True) == D(1000)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("abc", "bukan angka"),
        ("", "isian kosong"),
        ("   ", "isian kosong"),
        ("Rp", "isian kosong"),
        ("%", "isian kosong"),
        ("12.345.67", "bukan angka"),
        ("4.038.790.0000", "bukan angka"),  # Mojosari Tabel II.3.D misprint
        ("1e5", "contoh penulisan: 93,15"),
        ("93,15,2", "bukan angka"),
    ],
)
def test_parse_angka_refuses_with_indonesian_message(text: str, fragment: str) -> None:
    with pytest.raises(ParseError, match=fragment):
        parse_angka(text)


def test_parse_error_reaches_a_value_error_handler_with_its_message() -> None:
    """Forms and importers catch ValueError: a bad number reaches them with its Indonesian message."""
    with pytest.raises(ValueError, match="^'12,3,4' bukan angka$") as err:
        parse_angka("12,3,4")
    assert type(err.value) is ParseError


# --- round trip --------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.decimals(
        min_value=D("-1e15"), max_value=D("1e15"), allow_nan=False, allow_infinity=False, places=6
    )
)
def test_parse_of_angka_round_trips(x: Decimal) -> None:
    assert parse_angka(angka(x, 2)) == quantize(x, 2)


@settings(max_examples=200, deadline=None, database=None)
@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_rupiah_integer_round_trips(n: int) -> None:
    text = rupiah(n, 0)
    sign = -1 if text.startswith("-") else 1
    assert sign * parse_angka(text.lstrip("-")) == D(n)
