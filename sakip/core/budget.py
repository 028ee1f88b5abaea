"""Budget roll-ups: pagu and realisasi from sub kegiatan up to program and PD."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .numbers import ZERO, percent, round2


class TingkatAnggaran(StrEnum):
    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub_kegiatan"


@dataclass
class BudgetLine:
    """One DPA line; only leaves carry amounts of their own."""

    kode: str
    nama: str
    tingkat: TingkatAnggaran
    pagu: Decimal = ZERO
    realisasi_triwulan: Mapping[int, Decimal] = field(default_factory=dict)
    anak: list[BudgetLine] = field(default_factory=list)
    key: object = None  # caller's identifier (a primary key), carried through

    @property
    def total_pagu(self) -> Decimal:
        if self.anak:
            return sum((a.total_pagu for a in self.anak), ZERO)
        return self.pagu

    def realisasi_sd(self, triwulan: int = 4) -> Decimal:
        """Realisasi up to and including a triwulan (s.d. Desember for 4)."""
        if self.anak:
            return sum((a.realisasi_sd(triwulan) for a in self.anak), ZERO)
        return sum((v for tw, v in self.realisasi_triwulan.items() if tw <= triwulan), ZERO)

    @property
    def total_realisasi(self) -> Decimal:
        return self.realisasi_sd(4)

    def persen(self, triwulan: int = 4) -> Decimal | None:
        """Serapan anggaran in percent, two decimals."""
        return round2(percent(self.realisasi_sd(triwulan), self.total_pagu))

    def walk(self) -> Iterable[BudgetLine]:
        yield self
        for a in self.anak:
            yield from a.walk()


@dataclass(frozen=True)
class BudgetTotal:
    pagu: Decimal
    realisasi: Decimal
    persen: Decimal | None


def total(lines: Iterable[BudgetLine], triwulan: int = 4) -> BudgetTotal:
    """Pagu, realisasi and serapan of a whole PD (or any set of top-level lines)."""
    lines = list(lines)
    pagu = sum((line.total_pagu for line in lines), ZERO)
    real = sum((line.realisasi_sd(triwulan) for line in lines), ZERO)
    return BudgetTotal(pagu, real, round2(percent(real, pagu)))
