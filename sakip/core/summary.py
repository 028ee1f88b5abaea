"""Summaries over many indicators: the counts and averages the LKjIP prints."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .capaian import Capaian
from .numbers import HUNDRED, round2


@dataclass(frozen=True)
class Ringkasan:
    di_atas_100: int
    sama_dengan_100: int
    di_bawah_100: int
    tidak_terukur: int
    rata_rata_capaian: Decimal | None  # two decimals

    @property
    def jumlah(self) -> int:
        return self.di_atas_100 + self.sama_dengan_100 + self.di_bawah_100 + self.tidak_terukur


def ringkas(capaian: Iterable[Capaian]) -> Ringkasan:
    """Counts above / exactly / below 100 % and the mean capaian.

    Both work on the capaian as printed (two decimals), so every count and the average
    can be checked by a reader against the table they summarise.
    """
    above = exact = below = unmeasured = 0
    printed: list[Decimal] = []
    for c in capaian:
        p = c.persen
        if p is None:
            unmeasured += 1
            continue
        printed.append(p)
        if p > HUNDRED:
            above += 1
        elif p == HUNDRED:
            exact += 1
        else:
            below += 1
    return Ringkasan(above, exact, below, unmeasured, rata_rata(printed))


def rata_rata(values: Iterable[Decimal | None]) -> Decimal | None:
    """Arithmetic mean of the values that exist, rounded to two decimals."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    return round2(sum(present, Decimal(0)) / len(present))


def efisiensi(capaian_kinerja: Decimal | None, capaian_anggaran: Decimal | None) -> Decimal | None:
    """Efisiensi = rata-rata capaian kinerja - capaian anggaran (percentage points).

    Method E1 of SAKIP-rules §3.9, the one the Mojokerto LKjIPs use; it is practice,
    not regulation. Both inputs are the printed two-decimal figures.
    """
    if capaian_kinerja is None or capaian_anggaran is None:
        return None
    return round2(capaian_kinerja - capaian_anggaran)
