"""Indicators computed over other units' indicators (DHIS2-style indicator expressions).

Bagian Organisasi reports figures over all PDs of the Pemda: the mean Nilai SAKIP, IKM Pemda
as the mean of every unit's IKM, the number of units whose SKM is at least "Baik". Here they
follow from the units' own values instead of being typed from another spreadsheet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Fungsi(StrEnum):
    RATA_RATA = "rata_rata"
    JUMLAH = "jumlah"
    HITUNG = "hitung"  # number of units meeting a condition
    MINIMUM = "minimum"
    MAKSIMUM = "maksimum"
    SERAPAN_ANGGARAN = "serapan_anggaran"  # the unit's own budget absorption
    # The unit's own figure produced by another module of Sakip, never typed:
    NILAI_LKE = "nilai_lke"  # the Nilai SAKIP of its final Evaluasi AKIP (LKE)
    IKM_SKM = "ikm_skm"  # the IKM of its Survei Kepuasan Masyarakat


# Functions over the unit's own records rather than over other units' values.
MILIK_SENDIRI = frozenset({Fungsi.SERAPAN_ANGGARAN, Fungsi.NILAI_LKE, Fungsi.IKM_SKM})
# Functions whose figure another module provides (``sakip.pengukuran.derived.daftarkan_penyedia``).
DARI_MODUL = frozenset({Fungsi.NILAI_LKE, Fungsi.IKM_SKM})


@dataclass(frozen=True)
class NilaiUnit:
    """One unit behind a derived figure: its value and whether it meets the condition."""

    key: object
    nilai: Decimal | None
    memenuhi: bool | None = None


@dataclass(frozen=True)
class HasilTurunan:
    nilai: Decimal | None
    rincian: tuple[NilaiUnit, ...]

    @property
    def jumlah_unit(self) -> int:
        return sum(1 for r in self.rincian if r.nilai is not None)


def hitung(
    fungsi: Fungsi,
    values: Sequence[tuple[object, Decimal | None]],
    syarat: Callable[[object, Decimal], bool] | None = None,
) -> HasilTurunan:
    """Aggregate the units' values; units without a value are listed but not counted.

    ``syarat(key, value)`` decides for HITUNG whether a unit counts (a unit's own scale may
    decide its category).
    """
    present = [v for _, v in values if v is not None]
    rincian = tuple(
        NilaiUnit(k, v, None if (v is None or syarat is None) else syarat(k, v)) for k, v in values
    )
    if fungsi is Fungsi.HITUNG:
        if syarat is None:
            return HasilTurunan(Decimal(len(present)), rincian)
        return HasilTurunan(Decimal(sum(1 for r in rincian if r.memenuhi)), rincian)
    if not present:
        return HasilTurunan(None, rincian)
    if fungsi is Fungsi.RATA_RATA:
        return HasilTurunan(sum(present, Decimal(0)) / len(present), rincian)
    if fungsi is Fungsi.JUMLAH:
        return HasilTurunan(sum(present, Decimal(0)), rincian)
    if fungsi is Fungsi.MINIMUM:
        return HasilTurunan(min(present), rincian)
    if fungsi is Fungsi.MAKSIMUM:
        return HasilTurunan(max(present), rincian)
    raise ValueError(f"fungsi {fungsi} tidak berlaku atas nilai unit")
