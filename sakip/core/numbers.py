"""Decimal helpers shared by the core."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

HUNDRED = Decimal(100)
ZERO = Decimal(0)

Number = Decimal | int | str


def to_decimal(value: Number | float | None) -> Decimal | None:
    """Convert to Decimal without passing through binary floating point artefacts."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("bool is not a number")
    if isinstance(value, float):
        return Decimal(repr(value))
    try:
        return Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValueError(f"bukan angka: {value!r}") from exc


def quantize(value: Decimal, places: int = 2) -> Decimal:
    """Round half up to ``places`` decimals (93.145 -> 93.15)."""
    exp = Decimal(1).scaleb(-places)
    return value.quantize(exp, rounding=ROUND_HALF_UP)


def round2(value: Decimal | None) -> Decimal | None:
    """Round to the two decimals every percentage is printed with; None stays None."""
    return None if value is None else quantize(value, 2)


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """part / whole x 100, unrounded; None when whole is zero."""
    if whole == 0:
        return None
    return part / whole * HUNDRED
