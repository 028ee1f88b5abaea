"""Where the cascade meets the DPA: the budget lines behind an indicator, by Permendagri 90/2019 code.

The five-year cascade and the year's DPA are separate trees (docs/model.md); an indicator's
budget is the DPA lines whose codes are the codes of the cascade boxes under the indicator.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from .budget import BudgetLine, BudgetTotal, total
from .numbers import ZERO


def kode_daun(kode: Iterable[str]) -> set[str]:
    """The codes an indicator's box stands for: the codes of its box and every box under it that
    have no coded box under them.

    Codes are hierarchical (7.01.02 > 7.01.02.2.04 > 7.01.02.2.04.0002), so a code is a leaf when
    no other code extends it. A box listing its sub kegiatan answers for those sub kegiatan only,
    even when a sibling box carries the same kegiatan code (as Bagian Organisasi's cascade does).
    """
    codes = {k for k in kode if k}
    return {k for k in codes if not any(o.startswith(k + ".") for o in codes)}


def baris_untuk_kode(lines: Sequence[BudgetLine], kode: set[str]) -> list[BudgetLine]:
    """The top-most DPA lines whose code is in ``kode``; a line under a matched line is not repeated."""
    found: list[BudgetLine] = []

    def walk(line: BudgetLine) -> None:
        if line.kode in kode:
            found.append(line)
            return
        for child in line.anak:
            walk(child)

    for line in lines:
        walk(line)
    return found


@dataclass(frozen=True)
class Rekonsiliasi:
    """How the budget rows per indicator add up to the DPA pagu (LKjIP Tabel III.4.b).

    ``dobel`` is what the rows count more than once (a sub kegiatan behind two indicators);
    ``tanpa_sasaran`` the top-most DPA lines behind no indicator (a program that supports no
    sasaran). Σ rows − dobel + Σ tanpa_sasaran = the DPA's total.
    """

    dobel: BudgetTotal
    tanpa_sasaran: list[BudgetLine]


def rekonsiliasi(lines: Sequence[BudgetLine], kode_per_indikator: Sequence[set[str]]) -> Rekonsiliasi:
    """Reconcile the rows of indicators (each its set of box codes, ``kode_daun``) with the DPA."""
    semua: set[str] = set().union(*kode_per_indikator) if kode_per_indikator else set()
    per_baris = [baris_untuk_kode(lines, k) for k in kode_per_indikator]
    union = baris_untuk_kode(lines, semua)
    jumlah_baris = total(line for found in per_baris for line in found)
    gabung = total(union)
    dobel = BudgetTotal(jumlah_baris.pagu - gabung.pagu, jumlah_baris.realisasi - gabung.realisasi, None)

    tanpa: list[BudgetLine] = []

    def ada_di_bawah(line: BudgetLine) -> bool:
        return line.kode in semua or any(ada_di_bawah(c) for c in line.anak)

    def walk(line: BudgetLine) -> None:
        if line.kode in semua:
            return
        if not ada_di_bawah(line):
            tanpa.append(line)
            return
        for child in line.anak:
            walk(child)

    for line in lines:
        walk(line)
    return Rekonsiliasi(dobel, tanpa)


@dataclass(frozen=True)
class SelisihProgram:
    """A program's budget in the PK against its DPA pagu (None: absent on that side)."""

    kode: str
    nama: str
    anggaran_pk: Decimal | None
    pagu_dpa: Decimal | None

    @property
    def selisih(self) -> Decimal:
        """PK minus DPA; a side that is absent counts as zero."""
        return (self.anggaran_pk or ZERO) - (self.pagu_dpa or ZERO)


def selisih_pk_dpa(pk: Sequence[tuple[str, str, Decimal]], dpa: Sequence[BudgetLine]) -> list[SelisihProgram]:
    """The PK's budget rows (a program or a kegiatan, by code) against the DPA lines of that code,
    then the top-most DPA lines no PK row covers; the totals of both sides then meet."""
    semua: dict[str, BudgetLine] = {}
    for root in dpa:
        for line in root.walk():
            if line.kode:
                semua.setdefault(line.kode, line)
    kode_pk = {kode for kode, _, _ in pk if kode}
    out = [SelisihProgram(kode, nama, jumlah, semua[kode].total_pagu if kode in semua else None)
           for kode, nama, jumlah in pk]

    def ada_di_bawah(line: BudgetLine) -> bool:
        return line.kode in kode_pk or any(ada_di_bawah(c) for c in line.anak)

    def sisa(line: BudgetLine) -> None:
        if line.kode in kode_pk:
            return
        if not ada_di_bawah(line):
            out.append(SelisihProgram(line.kode, line.nama, None, line.total_pagu))
            return
        for child in line.anak:
            sisa(child)

    for root in dpa:
        sisa(root)
    return out
