"""Numbers read from a URL or a query string: ASCII digits within bounds, or a clear refusal.

``str.isdigit`` and ``int`` accept more than a URL should carry ('²' is a digit to ``isdigit``
but ``int('²')`` fails; '١٢' is 12), and an unbounded int overflows the database's bigint.
Every adapter reads ids, years and triwulan through these functions: a malformed value raises
``ParameterTidakSah`` (the web answers 400), and a value outside the bounds cannot name a row.
The URL converters at the end follow Django's converter protocol (``regex``, ``to_python``,
``to_url``) without importing it; ``sakip/urls.py`` registers them once.
"""

from __future__ import annotations

import re
from datetime import date

# 18 digits stay below PostgreSQL's bigint (9 223 372 036 854 775 807) and SQLite's INTEGER.
ID_DIGIT = 18
ID_MAKS = 10**ID_DIGIT - 1
TAHUN_MIN = 1900
TAHUN_MAKS = 2200

_ANGKA = re.compile(r"[0-9]+")


class ParameterTidakSah(ValueError):
    """A URL or query-string value that is not a number the application can use."""


def bulat(teks: str | None, nama: str, minimum: int = 1, maksimum: int = ID_MAKS) -> int | None:
    """``teks`` as an int in [minimum, maksimum]; None when absent or empty; else ParameterTidakSah."""
    if teks is None:
        return None
    teks = teks.strip()
    if not teks:
        return None
    if not _ANGKA.fullmatch(teks) or len(teks) > len(str(maksimum)):
        raise ParameterTidakSah(f"Parameter “{nama}” harus bilangan bulat {minimum}–{maksimum}, "
                                f"bukan “{teks[:30]}”.")
    nilai = int(teks)
    if not minimum <= nilai <= maksimum:
        raise ParameterTidakSah(f"Parameter “{nama}” harus bilangan bulat {minimum}–{maksimum}, "
                                f"bukan {nilai}.")
    return nilai


def id_(teks: str | None, nama: str) -> int | None:
    """A row id (1..ID_MAKS) or None when absent."""
    return bulat(teks, nama, 1, ID_MAKS)


def tahun(teks: str | None, nama: str = "tahun") -> int | None:
    """A year (TAHUN_MIN..TAHUN_MAKS) or None when absent."""
    return bulat(teks, nama, TAHUN_MIN, TAHUN_MAKS)


def triwulan(teks: str | None, nama: str = "triwulan") -> int | None:
    """A triwulan (1..4) or None when absent."""
    return bulat(teks, nama, 1, 4)


_TANGGAL = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def tanggal(teks: str | None, nama: str = "tanggal") -> date | None:
    """A date written TTTT-BB-HH (an HTML date input, ``--tanggal``) or None when absent."""
    if teks is None or not teks.strip():
        return None
    m = _TANGGAL.fullmatch(teks.strip())
    try:
        if m is None:
            raise ValueError
        nilai = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ParameterTidakSah(f"Parameter “{nama}” harus tanggal TTTT-BB-HH, bukan “{teks[:30]}”.") from None
    if not TAHUN_MIN <= nilai.year <= TAHUN_MAKS:
        raise ParameterTidakSah(f"Parameter “{nama}” harus tanggal tahun {TAHUN_MIN}–{TAHUN_MAKS}.")
    return nilai


class KonverterId:
    """``<id:pk>`` in a path: 1 to 18 ASCII digits; more cannot be a row, so the URL does not match (404)."""

    regex = f"[0-9]{{1,{ID_DIGIT}}}"

    def to_python(self, value: str) -> int:
        nilai = int(value)
        if nilai < 1:
            raise ValueError(value)  # Django reads a ValueError as "no match": 404
        return nilai

    def to_url(self, value: int) -> str:
        return str(value)


class KonverterTahun:
    """``<tahun:tahun>`` in a path: four ASCII digits from TAHUN_MIN to TAHUN_MAKS (else 404)."""

    regex = "[0-9]{4}"

    def to_python(self, value: str) -> int:
        nilai = int(value)
        if not TAHUN_MIN <= nilai <= TAHUN_MAKS:
            raise ValueError(value)
        return nilai

    def to_url(self, value: int) -> str:
        return str(value)
