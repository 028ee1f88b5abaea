"""Targets as documents write them ('82 (Tinggi)', '1 Inovasi', '91,5%') -> number + unit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .formatting import ParseError, parse_angka


@dataclass(frozen=True)
class NilaiTertulis:
    angka: Decimal
    satuan: str  # '%', 'Inovasi', 'PD/UKPD', '' for a bare number
    label: str  # a category written beside the number: 'Tinggi', 'A'


_PATTERN = re.compile(
    r"^\s*(?P<num>[+-]?[\d.,]+)\s*(?P<pct>%)?\s*(?P<unit>[^()\d%][^()]*?)?\s*(\((?P<label>[^)]*)\))?\s*$"
)


def parse_nilai(text: str) -> NilaiTertulis:
    """Split a written target or realisasi into number, unit and category label."""
    m = _PATTERN.match(text.replace("\u00a0", " "))
    if not m:
        raise ParseError(f"'{text}' tidak berisi angka di awal")
    num = m.group("num").rstrip(".,")
    # Written targets come from people: '91,5' and '4.590.777' are Indonesian;
    # a lone dot between digits ('82.5') in a document is also a decimal point.
    angka = parse_angka(num, allow_dot_decimal=True)
    unit = "%" if m.group("pct") else (m.group("unit") or "").strip()
    return NilaiTertulis(angka, unit, (m.group("label") or "").strip())
