"""The cascade of a unit in a planning period as an ordered, indented list (for the editor and choosers)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.organisasi.models import Unit
from sakip.perencanaan.models import (
    URUTAN_TINGKAT,
    Indikator,
    NodeCascade,
    PeriodePerencanaan,
    Target,
)
from sakip.web.sheets import teks_nilai


@dataclass
class Simpul:
    """A cascade box (or, with ``node`` None, the indicators outside the cascade) and its indicators."""

    node: NodeCascade | None
    kedalaman: int
    indikator: list[Indikator] = field(default_factory=list)
    pertama: bool = False  # first among its siblings (cannot move up)
    terakhir: bool = False

    @property
    def tingkat_anak(self) -> list[str]:
        """Levels a child box may have (any lower level: a Renstra may skip one)."""
        if self.node is None:
            return []
        return URUTAN_TINGKAT[URUTAN_TINGKAT.index(self.node.tingkat) + 1:]


def pohon(unit: Unit, periode: PeriodePerencanaan) -> list[Simpul]:
    """Depth-first boxes with their indicators, then the indicators outside the cascade (two queries)."""
    nodes = list(NodeCascade.objects.filter(unit=unit, periode=periode).order_by("urutan", "pk"))
    indikator = list(Indikator.objects.filter(unit=unit, periode=periode).select_related("skala", "pendahulu")
                     .order_by("urutan", "pk"))
    per_node: dict[int | None, list[Indikator]] = defaultdict(list)
    for ind in indikator:
        per_node[ind.node_id].append(ind)
    anak: dict[int | None, list[NodeCascade]] = defaultdict(list)
    for n in nodes:
        anak[n.induk_id].append(n)
    out: list[Simpul] = []

    def walk(parent: int | None, depth: int) -> None:
        children = anak.get(parent, [])
        for i, n in enumerate(children):
            out.append(Simpul(n, depth, per_node.get(n.pk, []), i == 0, i == len(children) - 1))
            walk(n.pk, depth + 1)

    walk(None, 0)
    if per_node.get(None):
        out.append(Simpul(None, 0, per_node[None]))
    return out


def target_periode(unit: Unit, periode: PeriodePerencanaan) -> dict[tuple[int, int], Decimal]:
    """Targets of the period's indicators by (indicator id, year), in one query."""
    return {
        (ind, tahun): nilai
        for ind, tahun, nilai in Target.objects.filter(indikator__unit=unit, indikator__periode=periode)
        .values_list("indikator_id", "tahun", "nilai")
    }


@dataclass
class SelTarget:
    tahun: int
    nama: str
    asal: str
    teks: str
    galat: str
    label: str


@dataclass
class BarisTarget:
    indikator: Indikator
    simpul: Simpul
    sel: list[SelTarget]


def grid_target(simpul: list[Simpul], tahun: list[int], asal: dict[tuple[int, int], Decimal],
                galat: dict[str, str], teks: dict[str, str]) -> list[BarisTarget]:
    """Rows of the target grid: a cell per year; a refused cell keeps what was typed."""
    rows = []
    for s in simpul:
        for ind in s.indikator:
            cells = []
            for t in tahun:
                nama = f"t-{ind.pk}-{t}"
                stored = teks_nilai(asal.get((ind.pk, t)))
                g = galat.get(nama, "")
                cells.append(SelTarget(t, nama, stored, teks.get(nama, stored) if g else stored, g,
                                       f"Target {t}: {ind.nama}"))
            rows.append(BarisTarget(ind, s, cells))
    return rows
