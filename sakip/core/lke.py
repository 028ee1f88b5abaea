"""Scoring of an Evaluasi AKIP worksheet (LKE, PermenPAN-RB 88/2021) and its predikat.

The structure (components, sub-components, criteria, answer scales, predikat bands) is data
the caller loads; this module only computes. Each criterion's answer is a value on its scale
(AA 100 … E 0; Y 1 / T 0; A 1 … E 0), turned into a percentage of the scale's maximum; a
sub-component is the mean of its criteria's percentages × its weight (or their sum, capped
at 100 %, for the "nilai dinamis" method); a component is the sum of its sub-components; the
total is the sum of the components. Arithmetic is exact (fractions) and only the printed
figures are rounded, half up, at the end, so the total is always the sum of the components.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction


class Metode(StrEnum):
    RATA_RATA = "rata_rata"  # mean of the criteria (88/2021)
    JUMLAH = "jumlah"  # sum of the criteria's shares, at most 100 % ("nilai dinamis", WES)


@dataclass(frozen=True)
class Jawaban:
    """One criterion's answer: its value on its scale and the scale's maximum (None: unanswered)."""

    kode: str
    nilai: Decimal | None
    nilai_maks: Decimal = Decimal(100)


@dataclass(frozen=True)
class SubKomponen:
    kode: str
    bobot: Decimal  # points of the total (e.g. 6 for 1.a)
    jawaban: tuple[Jawaban, ...]
    metode: Metode = Metode.RATA_RATA


@dataclass(frozen=True)
class Komponen:
    kode: str
    bobot: Decimal
    sub: tuple[SubKomponen, ...]


@dataclass(frozen=True)
class NilaiSub:
    kode: str
    bobot: Decimal
    persen: Fraction  # mean percentage of its criteria (0-100)
    nilai: Fraction  # points (0-bobot)
    terjawab: int
    jumlah: int


@dataclass(frozen=True)
class NilaiKomponen:
    kode: str
    bobot: Decimal
    nilai: Fraction
    sub: tuple[NilaiSub, ...]


@dataclass(frozen=True)
class HasilLKE:
    komponen: tuple[NilaiKomponen, ...]
    total_pecahan: Fraction

    @property
    def total(self) -> Decimal:
        """The total to two decimals, rounded half up once, at the end."""
        return bulatkan(self.total_pecahan, 2)

    @property
    def terjawab(self) -> int:
        return sum(s.terjawab for k in self.komponen for s in k.sub)

    @property
    def jumlah(self) -> int:
        return sum(s.jumlah for k in self.komponen for s in k.sub)


def bulatkan(x: Fraction, places: int = 2) -> Decimal:
    """Round an exact value half up (away from zero) to ``places`` decimals."""
    scale = 10**places
    neg = x < 0
    n = abs(x) * scale
    q = int(n + Fraction(1, 2))  # floor(n + 1/2) for n >= 0
    d = Decimal(q).scaleb(-places)
    return -d if neg else d


def persen_jawaban(j: Jawaban) -> Fraction | None:
    """An answer as a percentage of its scale's maximum (None when unanswered)."""
    if j.nilai is None:
        return None
    if j.nilai_maks <= 0:
        raise ValueError(f"kriteria {j.kode}: nilai maksimum skala harus positif")
    if j.nilai < 0 or j.nilai > j.nilai_maks:
        raise ValueError(f"kriteria {j.kode}: nilai {j.nilai} di luar skala 0-{j.nilai_maks}")
    return Fraction(j.nilai) / Fraction(j.nilai_maks) * 100


def nilai_sub(s: SubKomponen) -> NilaiSub:
    """A sub-component's points: mean (or capped sum) of its criteria's percentages × its weight.

    An unanswered criterion counts as 0 (an evaluation in progress shows its score so far).
    """
    n = len(s.jawaban)
    values = [persen_jawaban(j) for j in s.jawaban]
    answered = sum(1 for v in values if v is not None)
    total = sum((v for v in values if v is not None), Fraction(0))
    if n == 0:
        persen = Fraction(0)
    elif s.metode is Metode.JUMLAH:
        persen = min(total / n, Fraction(100))  # each criterion carries 100/n % of the sub
    else:
        persen = total / n
    return NilaiSub(s.kode, s.bobot, persen, persen / 100 * Fraction(s.bobot), answered, n)


def nilai_komponen(k: Komponen) -> NilaiKomponen:
    """A component's points: the sum of its sub-components."""
    subs = tuple(nilai_sub(s) for s in k.sub)
    return NilaiKomponen(k.kode, k.bobot, sum((s.nilai for s in subs), Fraction(0)), subs)


def hitung_lke(komponen: Sequence[Komponen]) -> HasilLKE:
    """Score a whole worksheet: components, sub-components and the total (0-100)."""
    ks = tuple(nilai_komponen(k) for k in komponen)
    return HasilLKE(ks, sum((k.nilai for k in ks), Fraction(0)))


@dataclass(frozen=True)
class BandPredikat:
    kode: str
    label: str
    bawah: Decimal | None  # None: the lowest band (everything below the others)


def tentukan_predikat(total: Decimal, bands: Sequence[BandPredikat], bawah_inklusif: bool = False) -> BandPredikat:
    """The predikat of a total: the highest band whose lower bound it passes.

    ``bawah_inklusif`` False (default, ≥ 5 implementations): ``> 90 → AA``, so exactly 90,00 is A;
    True (KKE, BNA): ``≥ 90 → AA``. Classifies the printed two-decimal value.
    """
    x = bulatkan(Fraction(total), 2)
    ordered = sorted(bands, key=lambda b: Decimal("-Infinity") if b.bawah is None else b.bawah, reverse=True)
    for b in ordered:
        if b.bawah is None or x > b.bawah or (bawah_inklusif and x == b.bawah):
            return b
    if not ordered:
        raise ValueError("skala predikat kosong")
    return ordered[-1]  # below every bound and no open band: the lowest


@dataclass(frozen=True)
class Peringatan:
    kode: str
    pesan: str


def periksa_batas(persen: Fraction | None, batas: Fraction | None, kode: str, pesan: str) -> Peringatan | None:
    """A logic-rule warning when a criterion scores above what it depends on (e.g. its keberadaan)."""
    if persen is None or batas is None or persen <= batas:
        return None
    return Peringatan(kode, pesan)
