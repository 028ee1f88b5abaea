"""Permendagri 90/2019 program / kegiatan / sub kegiatan codes (codes.py, SAKIP-rules §7)."""

from __future__ import annotations

import pytest

from sakip.core.budget import TingkatAnggaran
from sakip.core.codes import KodeError, kode_induk, normalise_kode, tingkat_kode

PROGRAM, KEGIATAN, SUB = TingkatAnggaran.PROGRAM, TingkatAnggaran.KEGIATAN, TingkatAnggaran.SUB_KEGIATAN


@pytest.mark.parametrize(
    ("kode", "tingkat"),
    [
        ("7.01.01", PROGRAM),
        ("7.01.03", PROGRAM),
        ("4.01.01", PROGRAM),
        ("X.XX.01", PROGRAM),
        ("7.01.01.2.01", KEGIATAN),
        ("7.01.01.2.09", KEGIATAN),
        ("5.02.01.1.01", KEGIATAN),  # provincial level digit 1
        ("X.XX.01.2.01", KEGIATAN),
        ("7.01.01.2.01.0001", SUB),
        ("7.01.01.2.02.0001", SUB),
        ("7.01.03.2.02.0002", SUB),  # labelled "[KEGIATAN]" in the Mojosari E.81 lampiran
        ("X.XX.01.2.01.0001", SUB),
        ("7.01.01.2.01.01", SUB),  # 2-digit sub kegiatan as the Kepmendagri tables print it
        ("7.01.01.2.01.7", SUB),
        (" 7.01.01.2.01.0007 ", SUB),
        ("7.01.01.", PROGRAM),  # trailing dot
    ],
)
def test_tingkat(kode: str, tingkat: TingkatAnggaran) -> None:
    assert tingkat_kode(kode) is tingkat


@pytest.mark.parametrize(
    ("kode", "normal"),
    [
        ("7.01.01.2.01.01", "7.01.01.2.01.0001"),
        ("7.01.01.2.01.1", "7.01.01.2.01.0001"),
        ("7.01.01.2.06.009", "7.01.01.2.06.0009"),
        ("7.01.01.2.01.0001", "7.01.01.2.01.0001"),
        ("  7.01.01.2.01  ", "7.01.01.2.01"),
        ("7.01.01.", "7.01.01"),
        ("7.01.01", "7.01.01"),
    ],
)
def test_normalise(kode: str, normal: str) -> None:
    assert normalise_kode(kode) == normal


@pytest.mark.parametrize(
    ("kode", "induk"),
    [
        ("7.01.01.2.01.0001", "7.01.01.2.01"),
        ("7.01.01.2.01.01", "7.01.01.2.01"),
        ("7.01.01.2.01", "7.01.01"),
        ("5.02.01.1.01", "5.02.01"),
        ("X.XX.01.2.01.0001", "X.XX.01.2.01"),
        ("7.01.01", None),
    ],
)
def test_kode_induk(kode: str, induk: str | None) -> None:
    assert kode_induk(kode) == induk


def test_induk_chain_from_sub_kegiatan_to_program() -> None:
    chain = []
    kode: str | None = "7.01.01.2.01.01"
    while kode is not None:
        chain.append(normalise_kode(kode))
        kode = kode_induk(kode)
    assert chain == ["7.01.01.2.01.0001", "7.01.01.2.01", "7.01.01"]


@pytest.mark.parametrize(
    "kode",
    [
        "",
        "abc",
        "7",
        "7.01",  # bidang, not a program
        "0.01.01",  # urusan 0 does not exist
        "7.1.01",
        "7.01.1",
        "7.01.01.3.01",  # level digit must be 1 or 2
        "7.01.01.2.1",
        "7.01.01.2.01.00001",  # 5-digit sub kegiatan
        "7.01.01.2.01.0001.1",
        "7.01.01.2.01.abcd",
        "1.3.1.01.01.04",  # a KIB account code (Mojosari aset table), not a program code
        "7,01,01",
        "7.01.01.2",
    ],
)
def test_malformed(kode: str) -> None:
    with pytest.raises(KodeError, match="bukan kode"):
        tingkat_kode(kode)
    with pytest.raises(KodeError):
        kode_induk(kode)


def test_kode_error_reaches_a_value_error_handler_with_its_message() -> None:
    """Callers catch ValueError: a bad code reaches them with its Indonesian message."""
    with pytest.raises(ValueError, match=r"^kode 'x\.y' bukan kode program/kegiatan/sub kegiatan Permendagri 90/2019$") as err:
        tingkat_kode("x.y")
    assert type(err.value) is KodeError


def test_two_digit_level_is_normalised() -> None:
    """SAKIP-rules §7.5: some data write '02.01' for kegiatan '2.01'."""
    assert normalise_kode("7.01.01.02.01.0001") == "7.01.01.2.01.0001"
    assert tingkat_kode("7.01.01.02.01.0001") is SUB
