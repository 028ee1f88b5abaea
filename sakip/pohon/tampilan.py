"""The pohon as rows for one template loop: nested <details> without recursive includes.

A Pemda has hundreds of boxes; one flat loop renders them in a few milliseconds where a
recursive ``{% include %}`` would cost one template render per box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sakip.core.pohon import LABEL_TINGKAT, Simpul, TingkatPohon, jelajah
from sakip.pengukuran.pohon import pk_dari_kunci


@dataclass(frozen=True)
class BarisPohon:
    simpul: Simpul
    kedalaman: int
    buka: bool  # the box starts expanded
    bertingkat: bool  # its children follow in the page (a <details> with a nested list)
    muat: str  # URL of its children, loaded on demand ('' when they are in the page or absent)
    tampil_unit: bool  # the first box of a unit under an RPJMD box names the unit
    tutup: range  # how many enclosing lists close after this row

    @property
    def label_tingkat(self) -> str:
        s = self.simpul
        if s.input.rpjmd and s.tingkat in (TingkatPohon.TUJUAN, TingkatPohon.SASARAN):
            return f"{LABEL_TINGKAT[s.tingkat]} RPJMD"
        return s.input.kode if s.tingkat is TingkatPohon.MISI else LABEL_TINGKAT[s.tingkat]

    @property
    def anchor(self) -> str:
        return f"k-{self.simpul.key}"

    @property
    def node_id(self) -> int | None:
        return pk_dari_kunci(self.simpul.key)


def baris(roots: Sequence[Simpul], *, buka_pd: Sequence[TingkatPohon] = (TingkatPohon.TUJUAN,),
          muat: Callable[[Simpul], str] | None = None, semua_buka: bool = False,
          kedalaman_awal: int = 0) -> list[BarisPohon]:
    """Rows in display order: RPJMD boxes open, PD boxes open at the levels of ``buka_pd``.

    ``muat`` gives the URL that loads a box's children when they are not in the tree (the
    Pemda page stops at the PDs' sasaran).
    """
    items = list(jelajah(roots))
    rows: list[BarisPohon] = []
    path: list[Simpul] = []  # the ancestors of the current row
    for i, (s, depth) in enumerate(items):
        del path[depth:]
        nxt = items[i + 1][1] if i + 1 < len(items) else 0
        nested = bool(s.anak)
        url = muat(s) if muat is not None and not nested else ""
        # A leaf closes the lists of the ancestors the next row is no longer inside.
        closing = 0 if nested else depth - nxt
        under_rpjmd = not path or path[-1].input.rpjmd
        rows.append(BarisPohon(
            simpul=s, kedalaman=depth + kedalaman_awal,
            buka=semua_buka or s.input.rpjmd or s.tingkat in buka_pd,
            bertingkat=nested, muat=url, tampil_unit=not s.input.rpjmd and under_rpjmd,
            tutup=range(closing),
        ))
        path.append(s)
    return rows
