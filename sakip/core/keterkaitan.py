"""Where the cascade meets the DPA: the budget lines behind an indicator, by Permendagri 90/2019 code.

The five-year cascade and the year's DPA are separate trees (docs/model.md); an indicator's
budget is the DPA lines whose codes are the codes of the cascade boxes under the indicator.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .budget import BudgetLine


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
