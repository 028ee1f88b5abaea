"""Capaian (achievement) of one indicator: realisasi against target.

Formulas: ../shared/domain/SAKIP-rules.md §3. Positive polarity C = R/T x 100.
Negative polarity uses method A (2T - R)/T x 100 by default, method B T/R x 100 as a
Pemda-wide option. Edge cases are configurable because no regulation fixes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .numbers import HUNDRED, ZERO, round2


class Polaritas(StrEnum):
    POSITIF = "positif"  # semakin tinggi semakin baik
    NEGATIF = "negatif"  # semakin rendah semakin baik


class MetodeNegatif(StrEnum):
    DUA_T_MINUS_R = "2t_minus_r"  # method A, the dominant one
    T_PER_R = "t_per_r"  # method B, seen in some reports


class StatusCapaian(StrEnum):
    TERUKUR = "terukur"
    BELUM_ADA_DATA = "belum_ada_data"  # realisasi missing: excluded, never counted as 0
    TIDAK_DAPAT_DIUKUR = "tidak_dapat_diukur"  # e.g. target 0 with positive polarity


@dataclass(frozen=True)
class AturanCapaian:
    """Pemda-wide settings for the edge cases the regulations leave open."""

    metode_negatif: MetodeNegatif = MetodeNegatif.DUA_T_MINUS_R
    clamp_nol: bool = True  # method A goes negative when R > 2T; report 0 instead


@dataclass(frozen=True)
class Capaian:
    nilai: Decimal | None  # unrounded percent
    status: StatusCapaian

    @property
    def persen(self) -> Decimal | None:
        """The capaian as printed: two decimals, half up."""
        return round2(self.nilai)

    @property
    def terukur(self) -> bool:
        return self.status is StatusCapaian.TERUKUR


ATURAN_BAKU = AturanCapaian()


def hitung_capaian(
    target: Decimal | None,
    realisasi: Decimal | None,
    polaritas: Polaritas = Polaritas.POSITIF,
    aturan: AturanCapaian = ATURAN_BAKU,
) -> Capaian:
    """Capaian in percent of one indicator for one period."""
    if realisasi is None:
        return Capaian(None, StatusCapaian.BELUM_ADA_DATA)
    if target is None:
        return Capaian(None, StatusCapaian.TIDAK_DAPAT_DIUKUR)
    if polaritas is Polaritas.POSITIF:
        if target == 0:
            return Capaian(None, StatusCapaian.TIDAK_DAPAT_DIUKUR)
        return Capaian(realisasi / target * HUNDRED, StatusCapaian.TERUKUR)
    # Negative polarity: a target of 0 ("0 temuan") is met only by 0.
    if target == 0:
        nilai = HUNDRED if realisasi <= 0 else ZERO
        return Capaian(nilai, StatusCapaian.TERUKUR)
    if aturan.metode_negatif is MetodeNegatif.T_PER_R:
        if realisasi == 0:
            return Capaian(None, StatusCapaian.TIDAK_DAPAT_DIUKUR)
        return Capaian(target / realisasi * HUNDRED, StatusCapaian.TERUKUR)
    nilai = (2 * target - realisasi) / target * HUNDRED
    if aturan.clamp_nol and nilai < 0:
        nilai = ZERO
    return Capaian(nilai, StatusCapaian.TERUKUR)
