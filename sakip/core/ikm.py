"""Indeks Kepuasan Masyarakat (IKM) of a Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017).

Nine unsur, each answered 1-4; NRR per unsur = mean score of those who answered it;
IKM = Σ NRR × 1/9 × 25 with the exact weight, rounded half up to two decimals only at the end
(a Pemda that reproduces a legacy spreadsheet may choose the truncated 0,111 or 0,11 weight).
Mutu A/B/C/D on the rounded 25-100 value. Sample size by Krejcie & Morgan (1970).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from .numbers import quantize

KODE_UNSUR: tuple[str, ...] = tuple(f"U{i}" for i in range(1, 10))
SKOR = (1, 2, 3, 4)


class Bobot(StrEnum):
    """The weight of each unsur: exact 1/9, or a legacy spreadsheet's truncated weight."""

    TEPAT = "tepat"
    TIGA_DESIMAL = "0,111"
    DUA_DESIMAL = "0,11"


_BOBOT = {Bobot.TIGA_DESIMAL: Decimal("0.111"), Bobot.DUA_DESIMAL: Decimal("0.11")}


class Mutu(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


KINERJA = {Mutu.A: "Sangat baik", Mutu.B: "Baik", Mutu.C: "Kurang baik", Mutu.D: "Tidak baik"}
# Lower bounds of the 25-100 value (nilai interval konversi) per mutu, applied to the rounded value.
_BATAS_MUTU = ((Decimal("88.31"), Mutu.A), (Decimal("76.61"), Mutu.B), (Decimal("65.00"), Mutu.C))


class SkorTidakSah(ValueError):
    """A score outside 1-4 or an unknown unsur."""


def mutu(nilai_konversi: Decimal) -> Mutu:
    """Mutu of a 25-100 value, classified on its two-decimal rounding."""
    v = quantize(nilai_konversi, 2)
    for batas, m in _BATAS_MUTU:
        if v >= batas:
            return m
    return Mutu.D


def sampel_minimum(populasi: int) -> int:
    """Krejcie-Morgan sample for a population (χ² = 3,841, P = 0,5, d = 0,05), rounded to nearest."""
    if populasi < 0:
        raise ValueError("populasi tidak boleh negatif")
    if populasi == 0:
        return 0
    chi, p, d = Decimal("3.841"), Decimal("0.5"), Decimal("0.05")
    n = Decimal(populasi)
    s = chi * n * p * (1 - p) / (d * d * (n - 1) + chi * p * (1 - p))
    return min(populasi, int(s.quantize(Decimal(1), rounding=ROUND_HALF_UP)))


@dataclass(frozen=True)
class Ringkasan:
    """Sum and count of the scores per unsur code: all that the results need."""

    jumlah: Mapping[str, int]
    banyak: Mapping[str, int]
    responden: int

    def tambah(self, lain: Ringkasan) -> Ringkasan:
        kode = set(self.jumlah) | set(lain.jumlah)
        return Ringkasan({k: self.jumlah.get(k, 0) + lain.jumlah.get(k, 0) for k in sorted(kode)},
                         {k: self.banyak.get(k, 0) + lain.banyak.get(k, 0) for k in sorted(kode)},
                         self.responden + lain.responden)


def periksa_skor(kode: str, skor: object) -> int:
    """A score as stored (1-4) or SkorTidakSah."""
    if kode not in KODE_UNSUR:
        raise SkorTidakSah(f"unsur {kode} tidak dikenal")
    if isinstance(skor, bool) or not isinstance(skor, int) or skor not in SKOR:
        raise SkorTidakSah(f"nilai {kode} harus 1, 2, 3 atau 4")
    return skor


def ringkas(jawaban: Iterable[Mapping[str, int | None]]) -> Ringkasan:
    """Sums and counts per unsur of respondents' answers ({"U1": 4, ...}; None = not answered)."""
    jumlah = dict.fromkeys(KODE_UNSUR, 0)
    banyak = dict.fromkeys(KODE_UNSUR, 0)
    n = 0
    for baris in jawaban:
        n += 1
        for kode, skor in baris.items():
            if skor is None:
                continue
            jumlah[kode] += periksa_skor(kode, skor)
            banyak[kode] += 1
    return Ringkasan(jumlah, banyak, n)


@dataclass(frozen=True)
class NilaiUnsur:
    kode: str
    nrr: Decimal  # unrounded mean score 1-4
    konversi: Decimal  # NRR × 25, two decimals
    mutu: Mutu

    @property
    def kinerja(self) -> str:
        return KINERJA[self.mutu]


@dataclass(frozen=True)
class HasilIKM:
    responden: int
    unsur: tuple[NilaiUnsur, ...]
    ikm_interval: Decimal  # 1-4, unrounded
    ikm: Decimal  # 25-100, two decimals
    mutu: Mutu

    @property
    def kinerja(self) -> str:
        return KINERJA[self.mutu]

    @property
    def nrr(self) -> dict[str, Decimal]:
        return {u.kode: u.nrr for u in self.unsur}

    @property
    def terlemah(self) -> NilaiUnsur:
        """The unsur with the lowest NRR (the first by code on a tie)."""
        return min(self.unsur, key=lambda u: (u.nrr, KODE_UNSUR.index(u.kode)))


def hitung_ikm(r: Ringkasan, bobot: Bobot = Bobot.TEPAT) -> HasilIKM | None:
    """NRR per unsur, IKM and mutu; None when an unsur has no answer at all."""
    if any(r.banyak.get(k, 0) == 0 for k in KODE_UNSUR):
        return None
    nrr = {k: Decimal(r.jumlah[k]) / Decimal(r.banyak[k]) for k in KODE_UNSUR}
    unsur = tuple(NilaiUnsur(k, v, quantize(v * 25, 2), mutu(v * 25)) for k, v in nrr.items())
    total = sum(nrr.values(), Decimal(0))
    interval = total / len(KODE_UNSUR) if bobot is Bobot.TEPAT else total * _BOBOT[bobot]
    ikm = quantize(interval * 25, 2)
    return HasilIKM(r.responden, unsur, interval, ikm, mutu(ikm))


def ikm_dari_jumlah(jumlah_skor: int, responden: int) -> Decimal:
    """IKM of ``responden`` who answered every unsur with scores summing to ``jumlah_skor``."""
    return quantize(Decimal(jumlah_skor) * 25 / (Decimal(responden) * len(KODE_UNSUR)), 2)


# Unsur that get the higher scores first when an answer set is built for a given IKM (a
# generated survey then has a distinct weakest unsur, U8 handling of complaints, as is common).
_URUTAN_CONTOH = ("U4", "U7", "U6", "U1", "U5", "U2", "U3", "U9", "U8")


def jawaban_untuk_ikm(ikm: Decimal, responden_min: int, responden_maks: int | None = None
                      ) -> list[dict[str, int]]:
    """Deterministic answers of the fewest respondents (>= ``responden_min``) that give exactly ``ikm``.

    Every respondent answers every unsur; the scores are as even as possible, the higher ones
    going to the unsur of ``_URUTAN_CONTOH`` first. ValueError if no count up to the maximum fits.
    """
    target = quantize(ikm, 2)
    if not Decimal(25) <= target <= Decimal(100):
        raise ValueError("IKM harus antara 25 dan 100")
    maks = responden_maks if responden_maks is not None else max(responden_min, 1) * 4 + 400
    for n in range(max(responden_min, 1), maks + 1):
        sel = n * len(KODE_UNSUR)
        s = int((target * sel / 25).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        if sel <= s <= 4 * sel and ikm_dari_jumlah(s, n) == target:
            return _sebar(s, n)
    raise ValueError(f"tidak ada jumlah responden {responden_min}-{maks} yang menghasilkan IKM {target}")


def _sebar(jumlah: int, n: int) -> list[dict[str, int]]:
    sel = n * len(KODE_UNSUR)
    dasar, sisa = divmod(jumlah, sel)
    if dasar == 4:
        dasar, sisa = 3, sel  # every cell 4
    rows: list[dict[str, int]] = [{} for _ in range(n)]
    i = 0
    for kode in _URUTAN_CONTOH:
        for row in rows:
            row[kode] = dasar + (1 if i < sisa else 0)
            i += 1
    return [{k: row[k] for k in KODE_UNSUR} for row in rows]


def urut_kode(kode: Sequence[str]) -> list[str]:
    """Unsur codes in U1..U9 order (not the order a source prints them in)."""
    return sorted(kode, key=lambda k: KODE_UNSUR.index(k) if k in KODE_UNSUR else 99)
