"""From triwulan or semester values to the annual realisasi (SAKIP-rules §3.5)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum


class Agregasi(StrEnum):
    JUMLAH = "jumlah"  # cumulative sum of outputs over the periods
    TERAKHIR = "terakhir"  # last known value: stocks, indices, progress-to-date
    RATA_RATA = "rata_rata"  # mean of the values, e.g. IKM of two semesters


class Bagian(StrEnum):
    """The part of a year a realisasi value covers."""

    TW1 = "TW1"
    TW2 = "TW2"
    TW3 = "TW3"
    TW4 = "TW4"
    S1 = "S1"
    S2 = "S2"
    TAHUN = "TAHUN"  # only the annual value is known (history)


TRIWULAN = (Bagian.TW1, Bagian.TW2, Bagian.TW3, Bagian.TW4)
# Triwulan numbers as Indonesian documents write them ("Triwulan III").
ROMAWI: dict[int, str] = {1: "I", 2: "II", 3: "III", 4: "IV"}
SEMESTER = (Bagian.S1, Bagian.S2)
LABEL_BAGIAN = {
    Bagian.TW1: "Triwulan I",
    Bagian.TW2: "Triwulan II",
    Bagian.TW3: "Triwulan III",
    Bagian.TW4: "Triwulan IV",
    Bagian.S1: "Semester I",
    Bagian.S2: "Semester II",
    Bagian.TAHUN: "Tahunan",
}


class AgregasiError(ValueError):
    pass


def _ordered(values: Mapping[Bagian, Decimal], parts: tuple[Bagian, ...]) -> list[Decimal]:
    return [values[p] for p in parts if p in values]


def nilai_tahunan(values: Mapping[Bagian, Decimal | None], agregasi: Agregasi) -> Decimal | None:
    """Annual value of one indicator-year, or None when nothing is recorded.

    An annual value stands alone; a year holds either it or its parts, never both,
    so that the document cannot print two annual values for one year.
    """
    present = {Bagian(k): v for k, v in values.items() if v is not None}
    if not present:
        return None
    has_tw = any(p in present for p in TRIWULAN)
    has_sem = any(p in present for p in SEMESTER)
    if Bagian.TAHUN in present:
        if has_tw or has_sem:
            raise AgregasiError("nilai tahunan tidak boleh bersama nilai triwulan/semester")
        return present[Bagian.TAHUN]
    if has_tw and has_sem:
        raise AgregasiError("satu tahun tidak boleh berisi nilai triwulan dan semester")
    parts = _ordered(present, TRIWULAN if has_tw else SEMESTER)
    if agregasi is Agregasi.JUMLAH:
        return sum(parts, Decimal(0))
    if agregasi is Agregasi.TERAKHIR:
        return parts[-1]
    return sum(parts, Decimal(0)) / len(parts)


def nilai_sampai_dengan(
    values: Mapping[Bagian, Decimal | None], sampai: Bagian, agregasi: Agregasi
) -> Decimal | None:
    """Realisasi up to and including one triwulan or semester (for in-year monitoring)."""
    order = TRIWULAN if sampai in TRIWULAN else SEMESTER
    upto = order[: order.index(sampai) + 1]
    return nilai_tahunan({k: v for k, v in values.items() if k in upto}, agregasi)
