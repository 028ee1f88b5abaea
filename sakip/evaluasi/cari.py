"""Answer sets that give a chosen total: for entering evaluations made outside Sakip (the demo's
Nilai SAKIP, a Pemda's last year typed in) as complete worksheets whose score reproduces them.

Deterministic: start from every sub-component at the target's share (keberadaan a little above,
pemanfaatan a little below, as evaluations usually come out), then change the sums of the fewest
sub-components by the fewest steps until the total, rounded half up, is the target.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cache
from itertools import combinations, product

from sakip.core.lke import bulatkan


@dataclass(frozen=True)
class Sub:
    kode: str
    perspektif: str
    bobot: Decimal
    n: int


# The 88/2021 letters by value/10 (all values are multiples of 10).
HURUF = {10: "AA", 9: "A", 8: "BB", 7: "B", 6: "CC", 5: "C", 3: "D", 0: "E"}
_GESER = {"keberadaan": Fraction(10, 100), "kualitas": Fraction(0), "pemanfaatan": Fraction(-4, 100)}


@cache
def _bisa(n: int) -> frozenset[int]:
    """Sums (in tens) that n criteria can reach."""
    if n == 0:
        return frozenset({0})
    return frozenset(a + b for a in _bisa(n - 1) for b in HURUF)


def _huruf(k: int, n: int) -> list[str]:
    """n letters summing to k tens, as even as the scale allows."""
    out = []
    for m in range(n, 0, -1):
        rata = Fraction(k, m)
        v = min((v for v in HURUF if k - v in _bisa(m - 1)), key=lambda v: (abs(v - rata), -v))
        out.append(HURUF[v])
        k -= v
    return sorted(out, key=lambda h: -[v for v, x in HURUF.items() if x == h][0])


@cache
def _delta(banyak: int) -> list[tuple[int, ...]]:
    langkah = [d for d in range(-6, 7) if d]
    return sorted(product(langkah, repeat=banyak), key=lambda ds: sum(abs(d) for d in ds))


def _total(subs: Sequence[Sub], k: Sequence[int]) -> Fraction:
    return sum((Fraction(s.bobot) * Fraction(ki, 10 * s.n) for s, ki in zip(subs, k, strict=True)), Fraction(0))


def _logis(subs: Sequence[Sub], k: Sequence[int], huruf: dict[str, list[str]]) -> bool:
    """No kualitas answer above the mean of its component's keberadaan (the LKE's logic rule)."""
    nilai = {h: v for v, h in HURUF.items()}
    rata = {s.kode.split(".")[0]: Fraction(ki, s.n) for s, ki in zip(subs, k, strict=True) if s.perspektif == "keberadaan"}
    return all(nilai[h] <= rata.get(s.kode.split(".")[0], 10) for s in subs if s.perspektif == "kualitas"
               for h in huruf[s.kode])


def cari_jawaban(subs: Sequence[Sub], target: Decimal) -> dict[str, list[str]]:
    """Letters per sub-component whose total is ``target`` (two decimals); ValueError when none is found."""
    p = Fraction(target) / 100
    dasar = [max(0, min(10 * s.n, round((p + _GESER.get(s.perspektif, Fraction(0))) * 10 * s.n))) for s in subs]
    # Integer arithmetic: each step of a sub's sum is worth koef/skala points of the total.
    per = [Fraction(s.bobot) / (10 * s.n) for s in subs]
    skala = math.lcm(*(f.denominator for f in per))
    koef = [int(f * skala) for f in per]
    lo, hi = (Fraction(target) - Fraction(1, 200)) * skala, (Fraction(target) + Fraction(1, 200)) * skala
    awal = sum(c * k for c, k in zip(koef, dasar, strict=True))
    for banyak in range(0, 4):
        for idx in combinations(range(len(subs)), banyak):
            for delta in _delta(banyak):
                t = awal + sum(koef[i] * d for i, d in zip(idx, delta, strict=True))
                if not lo <= t < hi:
                    continue
                k = list(dasar)
                for i, d in zip(idx, delta, strict=True):
                    k[i] += d
                if any(not 0 <= ki <= 10 * s.n or ki not in _bisa(s.n) for ki, s in zip(k, subs, strict=True)):
                    continue
                if bulatkan(_total(subs, k), 2) != target:
                    continue
                huruf = {s.kode: _huruf(ki, s.n) for s, ki in zip(subs, k, strict=True)}
                if _logis(subs, k, huruf):
                    return huruf
    raise ValueError(f"tidak ditemukan jawaban dengan nilai {target}")
