"""NIP, 18 digits, Perka BKN 22/2007 (nip.py, SAKIP-rules §8)."""

from __future__ import annotations

from datetime import date

import pytest

from sakip.core.nip import NIP, JenisKelamin, NIPError, parse_nip, peringatan_nip

L, P = JenisKelamin.LAKI_LAKI, JenisKelamin.PEREMPUAN


@pytest.mark.parametrize(
    ("text", "lahir", "tmt", "jk", "urut", "tampil"),
    [
        # Perka BKN explanation: man born 1 August 1966, CPNS March 1988
        pytest.param("196608011988031001", date(1966, 8, 1), (1988, 3), L, 1, "19660801 198803 1 001", id="perka-bkn"),
        # Plt. Camat Mojosari, PK 2025 signature block
        pytest.param("196907291994031006", date(1969, 7, 29), (1994, 3), L, 6, "19690729 199403 1 006", id="mojosari-pk"),
        # Kepala Bagian Organisasi (Dra.), Kata Pengantar
        pytest.param("197005281994032003", date(1970, 5, 28), (1994, 3), P, 3, "19700528 199403 2 003", id="organisasi"),
        # Mojosari Kata Pengantar signature
        pytest.param("196607131986031007", date(1966, 7, 13), (1986, 3), L, 7, "19660713 198603 1 007", id="mojosari-pengantar"),
    ],
)
def test_valid_nip(text: str, lahir: date, tmt: tuple[int, int], jk: JenisKelamin, urut: int, tampil: str) -> None:
    nip = parse_nip(text)
    assert nip == NIP(text, lahir, tmt, jk, urut)
    assert nip.tampil == tampil
    assert peringatan_nip(nip) == []


@pytest.mark.parametrize(
    "text",
    ["19660801 198803 1 001", " 196608011988031001 ", "19660801.198803.1.001", "19660801  198803 1 001"],
)
def test_spaces_and_dots_are_stripped(text: str) -> None:
    nip = parse_nip(text)
    assert nip.nomor == "196608011988031001"
    assert nip.tampil == "19660801 198803 1 001"


def test_tampil_round_trips() -> None:
    nip = parse_nip("197005281994032003")
    assert parse_nip(nip.tampil) == nip


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param("19660801198803100", "18 angka", id="17-digits"),
        pytest.param("1966080119880310011", "18 angka", id="19-digits"),
        pytest.param("", "18 angka", id="empty"),
        pytest.param("19660801198803100A", "18 angka", id="letter"),
        pytest.param("19660801-198803-1-001", "18 angka", id="dashes"),
        pytest.param("196613011988031001", "tanggal lahir", id="birth-month-13"),
        pytest.param("196602301988031001", "tanggal lahir", id="30-february"),
        pytest.param("196608001988031001", "tanggal lahir", id="day-00"),
        pytest.param("196608011988131001", "bulan TMT", id="tmt-month-13"),
        pytest.param("196608011988001001", "bulan TMT", id="tmt-month-00"),
        pytest.param("196608011960031001", "lebih awal", id="tmt-before-birth"),
        pytest.param("196608011988033001", "jenis kelamin", id="gender-digit-3"),
        pytest.param("196608011988030001", "jenis kelamin", id="gender-digit-0"),
        pytest.param("196608011988031000", "000", id="serial-000"),
    ],
)
def test_invalid_nip(text: str, fragment: str) -> None:
    with pytest.raises(NIPError, match=fragment):
        parse_nip(text)


def test_none_is_refused() -> None:
    with pytest.raises(NIPError):
        parse_nip(None)  # type: ignore[arg-type]


def test_nip_error_reaches_a_value_error_handler_with_its_message() -> None:
    """Forms and importers catch ValueError: a bad NIP reaches them with its Indonesian message."""
    with pytest.raises(ValueError, match="^NIP harus terdiri atas 18 angka$") as err:
        parse_nip("123")
    assert type(err.value) is NIPError


def test_leap_day_birth_is_valid() -> None:
    assert parse_nip("196802291990032001").tanggal_lahir == date(1968, 2, 29)


def test_serial_999() -> None:
    assert parse_nip("196608011988031999").urut == 999


@pytest.mark.parametrize(
    ("text", "warnings"),
    [
        pytest.param("197001011985031001", ["TMT CPNS pada usia 15 tahun tidak lazim"], id="age-15"),
        pytest.param("197001011986032001", ["TMT CPNS pada usia 16 tahun tidak lazim"], id="age-16"),
        pytest.param("197001011970031001", ["TMT CPNS pada usia 0 tahun tidak lazim"], id="same-year"),
        pytest.param("197001011987031001", [], id="age-17"),
        pytest.param("196607131986031007", [], id="mojosari-age-20"),
    ],
)
def test_peringatan_tmt_age(text: str, warnings: list[str]) -> None:
    nip = parse_nip(text)  # valid: the age is a warning, not an error
    assert peringatan_nip(nip) == warnings
