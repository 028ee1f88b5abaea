"""How an indicator's year is entered (per triwulan, per semester or once a year) and what is due when.

The entry grid, the dashboards and the monitoring of who has not reported all read these
rules, so a semester indicator is due in triwulan II and IV everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.aggregation import (
    SEMESTER,
    TRIWULAN,
    Agregasi,
    AgregasiError,
    Bagian,
    nilai_sampai_dengan,
)

TRIWULAN_POLA = "triwulan"
SEMESTER_POLA = "semester"
TAHUNAN_POLA = "tahunan"

# Which part of the year each of the four columns holds, per pattern: a semester value sits
# under the triwulan that closes it, an annual value under triwulan IV.
KOLOM_BAGIAN: dict[str, dict[int, Bagian]] = {
    TRIWULAN_POLA: {1: Bagian.TW1, 2: Bagian.TW2, 3: Bagian.TW3, 4: Bagian.TW4},
    SEMESTER_POLA: {2: Bagian.S1, 4: Bagian.S2},
    TAHUNAN_POLA: {4: Bagian.TAHUN},
}
# The triwulans a value covers: a semester or annual value is refused by the realisasi services
# while any triwulan it spans is submitted or locked, so its cell is read-only then too.
CAKUPAN_BAGIAN: dict[Bagian, tuple[int, ...]] = {
    Bagian.TW1: (1,), Bagian.TW2: (2,), Bagian.TW3: (3,), Bagian.TW4: (4,), Bagian.S1: (1, 2),
    Bagian.S2: (3, 4), Bagian.TAHUN: (1, 2, 3, 4),
}


def pola_dari(sekarang: Iterable[Bagian], sebelumnya: Iterable[Bagian]) -> str:
    """How a year is entered: as the year already holds it, else as the previous year did.

    An annual value alone in an earlier year is history from before Sakip, so it does not
    make the new year annual.
    """
    now, before = set(sekarang), set(sebelumnya)
    if now & set(SEMESTER):
        return SEMESTER_POLA
    if now & set(TRIWULAN):
        return TRIWULAN_POLA
    if Bagian.TAHUN in now:
        return TAHUNAN_POLA
    if before & set(SEMESTER):
        return SEMESTER_POLA
    return TRIWULAN_POLA


def bagian_wajib(pola: str, tw: int) -> Bagian | None:
    """The value due at the end of triwulan ``tw`` in this pattern (None: nothing is due)."""
    return KOLOM_BAGIAN[pola].get(tw)


def bagian_wajib_rencana(pola: str, tw: int, bertarget: frozenset[int] | None) -> Bagian | None:
    """The value due at the end of triwulan ``tw`` once the rencana aksi is known.

    ``bertarget`` holds the triwulans the rencana aksi plans a target for (None: the indicator has
    no rencana aksi, and the entry pattern alone decides). The part of the year closing at ``tw``
    is due when it covers a planned triwulan: a target in TW III makes TW III due in a triwulan
    pattern, S2 in a semester pattern and the year in an annual one; a triwulan without a target
    (Nilai SAKIP outside TW III, IKM outside its semesters) asks for nothing.
    """
    bagian = bagian_wajib(pola, tw)
    if bagian is None or bertarget is None:
        return bagian
    return bagian if bertarget.intersection(CAKUPAN_BAGIAN[bagian]) else None


def bagian_kolom(pola: str) -> list[Bagian | None]:
    """What each of the four triwulan columns holds in this pattern (None: nothing)."""
    return [KOLOM_BAGIAN[pola].get(tw) for tw in (1, 2, 3, 4)]


@dataclass(frozen=True)
class IsianTahun:
    """Where an indicator's year is stored and how it is entered."""

    rantai: list[int]  # the indicator, then its predecessors among the year's indicators
    sumber: int  # the one holding the year's values (the indicator itself while none does)
    nilai: dict[Bagian, Decimal]
    pola: str


def isian_tahun(indikator: int, pendahulu: Mapping[int, int | None],
                nilai: Mapping[tuple[int, int], Mapping[Bagian, Decimal]], tahun: int) -> IsianTahun:
    """An indicator's year: a measure carried into a newer period keeps its values wherever they
    were stored, and its pattern follows the year before (of the chain or the period before it).

    ``pendahulu`` maps each of the year's indicators to its predecessor; ``nilai`` holds the
    stored parts per (indicator, year) for ``tahun`` and the year before.
    """
    rantai = [indikator]
    awal = pendahulu.get(indikator)
    while awal is not None and awal in pendahulu and awal not in rantai:
        rantai.append(awal)
        awal = pendahulu[awal]
    semua = [*rantai, *([awal] if awal else [])]
    sumber = next((i for i in rantai if nilai.get((i, tahun))), indikator)
    sekarang = dict(nilai.get((sumber, tahun), {}))
    sebelum = next((nilai[(i, tahun - 1)] for i in semua if nilai.get((i, tahun - 1))), {})
    return IsianTahun(rantai, sumber, sekarang, pola_dari(sekarang, sebelum))


def bagian_sampai(pola: str, tw: int) -> Bagian | None:
    """The last part of the year known at the end of triwulan ``tw``."""
    if pola == TRIWULAN_POLA:
        return KOLOM_BAGIAN[pola][tw]
    if pola == SEMESTER_POLA:
        return None if tw < 2 else (Bagian.S1 if tw < 4 else Bagian.S2)
    return Bagian.TAHUN if tw == 4 else None


def nilai_sd(nilai: Mapping[Bagian, Decimal], pola: str, tw: int, agregasi: Agregasi) -> Decimal | None:
    """The year's value to date: the parts up to triwulan ``tw`` aggregated as the indicator says."""
    sampai = bagian_sampai(pola, tw)
    if sampai is None:
        return None
    if sampai is Bagian.TAHUN:
        return nilai.get(Bagian.TAHUN)
    try:
        return nilai_sampai_dengan(dict(nilai), sampai, agregasi)
    except AgregasiError:
        return None
