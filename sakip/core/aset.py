"""The aset table of the Gambaran Umum: KIB rows grouped, with subtotals computed, never stored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from .numbers import ZERO


@dataclass(frozen=True)
class BarisAset:
    kelompok: str  # "Aset Tetap", "Aset Lain-lain (Rusak Berat)"
    kib: str  # "A".."F", or "" when the row belongs to no KIB
    kode_akun: str
    uraian: str
    nilai: Decimal


@dataclass
class GolonganKIB:
    """Consecutive rows of one KIB within a kelompok, with their subtotal."""

    kib: str
    baris: list[BarisAset] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((b.nilai for b in self.baris), ZERO)


@dataclass
class KelompokAset:
    nama: str
    golongan: list[GolonganKIB] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((g.total for g in self.golongan), ZERO)

    @property
    def baris(self) -> list[BarisAset]:
        return [b for g in self.golongan for b in g.baris]


def kelompokkan(rows: Iterable[BarisAset]) -> list[KelompokAset]:
    """Group rows by kelompok, then KIB, keeping the document order of first appearance."""
    groups: dict[str, KelompokAset] = {}
    for row in rows:
        kel = groups.setdefault(row.kelompok, KelompokAset(row.kelompok))
        gol = next((g for g in kel.golongan if g.kib == row.kib), None)
        if gol is None:
            gol = GolonganKIB(row.kib)
            kel.golongan.append(gol)
        gol.baris.append(row)
    return list(groups.values())
