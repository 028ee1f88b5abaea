"""Comparing a computed figure with the figure a document prints.

A report prints capaian as "101%", "102,4%" or "101,25%"; whether the print is right
depends on its own precision: the computed value is rounded (half up, as Indonesian
reports and Excel round) to the decimals printed and only then compared.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from enum import StrEnum

from .numbers import quantize


class Kecocokan(StrEnum):
    SAMA = "sama"  # the print is the computed value rounded to its decimals
    DIPOTONG = "dipotong"  # the print truncates instead of rounding (101,59 printed 101)
    BEDA = "beda"


def potong(value: Decimal, desimal: int) -> Decimal:
    """Truncate towards zero to ``desimal`` decimals (100.3658 -> 100.36)."""
    return value.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_DOWN)


def bandingkan_cetak(dihitung: Decimal, tercetak: Decimal, desimal: int) -> Kecocokan:
    """Whether ``tercetak`` (printed with ``desimal`` decimals) is ``dihitung`` as printed."""
    if quantize(dihitung, desimal) == tercetak:
        return Kecocokan.SAMA
    if potong(dihitung, desimal) == tercetak:
        return Kecocokan.DIPOTONG
    return Kecocokan.BEDA


def sama_tercetak(a: Decimal, desimal_a: int, b: Decimal, desimal_b: int) -> bool:
    """Two printed values of the same figure agree at the coarser of their precisions.

    "102%" and "102,4%" agree (102,4 rounds to 102); "101%" and "102%" do not.
    """
    d = min(desimal_a, desimal_b)
    return quantize(a, d) == quantize(b, d)


def rentang_cetak(nilai: Decimal, desimal: int) -> tuple[Decimal, Decimal]:
    """The values a figure printed with ``desimal`` decimals may stand for.

    "93,53" may be 93,525 to 93,535 before rounding; a whole number ("96", "4 laporan") is
    taken as exact, because whole numbers in reports are mostly counts and set targets.
    """
    if desimal <= 0:
        return nilai, nilai
    half = Decimal(5).scaleb(-(desimal + 1))
    return nilai - half, nilai + half


def mungkin_tercetak(bawah: Decimal, atas: Decimal, tercetak: Decimal, desimal: int) -> bool:
    """Whether some value between ``bawah`` and ``atas`` prints as ``tercetak`` (half up)."""
    half = Decimal(5).scaleb(-(desimal + 1))
    return tercetak - half <= atas and tercetak + half > bawah
