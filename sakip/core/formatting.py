"""Indonesian formatting and parsing of numbers, percentages, Rupiah and dates.

One module feeds the templates, the documents, the exports and chart ticks, so a
figure looks the same everywhere: 93,15 · 101,25% · Rp 9.759.995.720,00 · 24 Januari 2025.
We round half up ourselves before Babel formats, because Babel rounds half-even.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from babel.dates import format_date
from babel.numbers import format_decimal

from .numbers import quantize, to_decimal

LOCALE = "id"
NBSP = "\u00a0"
TIDAK_ADA = "–"  # printed where a figure does not exist (not measurable, no data)


def _pattern(desimal: int) -> str:
    return "#,##0" + ("." + "0" * desimal if desimal > 0 else "")


def angka(value: Decimal | int | str | None, desimal: int = 2) -> str:
    """93.15 -> '93,15'; 10807365855 -> '10.807.365.855' with desimal=0."""
    d = to_decimal(value)
    if d is None:
        return TIDAK_ADA
    q = quantize(d, desimal)
    if q == 0:
        q = abs(q)  # no "-0,00"
    return format_decimal(q, format=_pattern(desimal), locale=LOCALE, decimal_quantization=True)


def angka_ringkas(value: Decimal | int | str | None, maks_desimal: int = 2) -> str:
    """Like ``angka`` but without trailing zeros: 92 -> '92', 91.50 -> '91,5'."""
    d = to_decimal(value)
    if d is None:
        return TIDAK_ADA
    q = quantize(d, maks_desimal).normalize()
    places = max(0, -q.as_tuple().exponent)  # type: ignore[operator]  # exponent is int for finite values
    return angka(q, int(places))


def persen(value: Decimal | int | str | None, desimal: int = 2) -> str:
    """101.25 -> '101,25%'."""
    d = to_decimal(value)
    return TIDAK_ADA if d is None else angka(d, desimal) + "%"


def rupiah(value: Decimal | int | str | None, desimal: int = 2) -> str:
    """9759995720 -> 'Rp 9.759.995.720,00' (no-break space, so 'Rp' never ends a line)."""
    d = to_decimal(value)
    if d is None:
        return TIDAK_ADA
    sign = "-" if d < 0 else ""
    return f"{sign}Rp{NBSP}{angka(abs(d), desimal)}"


def tanggal(value: date | None) -> str:
    """date(2025, 1, 24) -> '24 Januari 2025'."""
    if value is None:
        return TIDAK_ADA
    return format_date(value, format="d MMMM y", locale=LOCALE)


def tanggal_bulan(value: date) -> str:
    """date(2026, 1, 30) -> 'Januari 2026'."""
    return format_date(value, format="MMMM y", locale=LOCALE)


class ParseError(ValueError):
    """An input the operator typed that is not a number; the message is Indonesian."""


_ID_GROUPED = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
_ID_PLAIN = re.compile(r"^[+-]?\d+(,\d+)?$")
_DOT_DECIMAL = re.compile(r"^[+-]?\d+\.\d+$")


def parse_angka(text: str | int | Decimal, *, allow_dot_decimal: bool = False) -> Decimal:
    """Parse a number typed the Indonesian way: '93,15', '9.759.995.720,00', 'Rp 1.000', '91,5%'.

    A dot is a thousands separator. '93.15' is ambiguous (ninety-three point fifteen, or
    9315 with a stray dot) and is refused unless ``allow_dot_decimal`` says the source
    is a machine (an Excel cell typed as number, an API) rather than a person.
    """
    if isinstance(text, Decimal | int):
        return Decimal(text)
    s = text.strip().replace(NBSP, " ")
    s = re.sub(r"^(Rp\.?)\s*", "", s, flags=re.IGNORECASE).strip()
    s = s.removesuffix("%").strip().replace(" ", "")
    if not s:
        raise ParseError("isian kosong, harus berupa angka")
    if _ID_GROUPED.match(s) or _ID_PLAIN.match(s):
        return Decimal(s.replace(".", "").replace(",", "."))
    if _DOT_DECIMAL.match(s):
        if allow_dot_decimal:
            return Decimal(s)
        raise ParseError(
            f"'{text}' memakai titik sebagai pemisah desimal; tulis dengan koma, misalnya "
            f"'{s.replace('.', ',')}'"
        )
    try:
        Decimal(s)
    except InvalidOperation:
        raise ParseError(f"'{text}' bukan angka") from None
    raise ParseError(f"'{text}' bukan angka yang dikenali; contoh penulisan: 93,15 atau 1.250.000")
