"""Tables of a PDF page read from their ruling lines.

Word processors draw a table's borders as line segments (and shaded cells as filled
rectangles). A text run lies in the cell whose four borders enclose it, however the text
is aligned inside; cells sharing borders form one table. Pages without rulings are left to
the position heuristics of ``pdf``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pypdf import PageObject

_PAINT = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
_TOL = 1.5


@dataclass(frozen=True)
class Ruas:
    """A ruling segment: vertical (``x`` fixed, ``a``..``b`` in y) or horizontal (``y`` fixed)."""

    tegak: bool
    posisi: float
    a: float
    b: float


@dataclass
class Sel:
    kiri: float
    kanan: float
    atas: float
    bawah: float
    isi: list[tuple[float, float, str]] = field(default_factory=list)  # (y, x, text)


def _mul(m: list[float], n: list[float]) -> list[float]:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return [a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2]


def _pt(m: list[float], x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def ruas_halaman(page: PageObject, lebar: float, tinggi: float) -> list[Ruas]:
    """Every painted horizontal or vertical segment of a page (page-sized boxes left out)."""
    contents = page.get_contents()
    if contents is None:
        return []
    raw = contents.get_data()
    # a page of running text draws no line segment and at most its background rectangle
    if not re.search(rb"\sl\s", raw) and raw.count(b" re") <= 1:
        return []
    ops = _operasi(raw)
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    pending: list[tuple[tuple[float, float], tuple[float, float]]] = []
    cur: tuple[float, float] | None = None
    out: list[Ruas] = []
    for args, op in ops:
        if op == b"q":
            stack.append(list(ctm))
        elif op == b"Q":
            ctm = stack.pop() if stack else ctm
        elif op == b"cm" and len(args) == 6:
            ctm = _mul([float(v) for v in args], ctm)
        elif op == b"m" and len(args) == 2:
            cur = _pt(ctm, float(args[0]), float(args[1]))
        elif op == b"l" and len(args) == 2 and cur is not None:
            nxt = _pt(ctm, float(args[0]), float(args[1]))
            pending.append((cur, nxt))
            cur = nxt
        elif op == b"re" and len(args) == 4:
            pending.extend(_sisi_kotak(ctm, args, lebar, tinggi))
        elif op in _PAINT:
            out.extend(_ruas_lurus(pending))
            pending = []
        elif op == b"n":
            pending = []  # a clipping path, not drawn
    return out


def _sisi_kotak(ctm: list[float], args: list[float], lebar: float,
                tinggi: float) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The four sides of a rectangle in page space; none for the page's own background."""
    x, y, w, h = (float(v) for v in args)
    if abs(w) > 0.8 * lebar and abs(h) > 0.8 * tinggi:
        return []
    p = [_pt(ctm, x, y), _pt(ctm, x + w, y), _pt(ctm, x + w, y + h), _pt(ctm, x, y + h)]
    return [(p[0], p[1]), (p[1], p[2]), (p[2], p[3]), (p[3], p[0])]


def _ruas_lurus(pending: list[tuple[tuple[float, float], tuple[float, float]]]) -> list[Ruas]:
    """The painted segments that are vertical or horizontal (and longer than a dot)."""
    out = []
    for (x1, y1), (x2, y2) in pending:
        if abs(x1 - x2) < 1 and abs(y1 - y2) > 3:
            out.append(Ruas(True, (x1 + x2) / 2, min(y1, y2), max(y1, y2)))
        elif abs(y1 - y2) < 1 and abs(x1 - x2) > 3:
            out.append(Ruas(False, (y1 + y2) / 2, min(x1, x2), max(x1, x2)))
    return out


_STRING = re.compile(rb"\((?:\\.|[^\\()])*\)|<[0-9A-Fa-f\s]*>")
_TEKS = re.compile(rb"\bBT\b.*?\bET\b", re.DOTALL)
_TOKEN = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)|[A-Za-z*]+")


def _operasi(raw: bytes) -> list[tuple[list[float], bytes]]:
    """The path operators of a content stream with their numeric operands.

    Only paths matter here, so strings and text objects are dropped before tokenising;
    this is several times faster than a full parse of the stream, which text extraction
    does anyway.
    """
    body = _TEKS.sub(b" ", _STRING.sub(b" ", raw))
    out: list[tuple[list[float], bytes]] = []
    args: list[float] = []
    for tok in _TOKEN.findall(body):
        c = tok[:1]
        if c.isdigit() or c in b"+-.":
            args.append(float(tok))
        else:
            out.append((args, tok))
            args = []
    return out


def _cari_sel(x: float, y: float, tegak: list[Ruas], datar: list[Ruas]) -> tuple[float, float, float, float] | None:
    kiri = [r.posisi for r in tegak if r.posisi <= x + _TOL and r.a - _TOL <= y <= r.b + _TOL]
    kanan = [r.posisi for r in tegak if r.posisi > x + _TOL and r.a - _TOL <= y <= r.b + _TOL]
    atas = [r.posisi for r in datar if r.posisi > y and r.a - _TOL <= x <= r.b + _TOL]
    bawah = [r.posisi for r in datar if r.posisi <= y and r.a - _TOL <= x <= r.b + _TOL]
    if not (kiri and kanan and atas and bawah):
        return None
    return max(kiri), min(kanan), min(atas), max(bawah)


@dataclass
class TabelGaris:
    """One ruled table of a page: cell texts by row and column, and where each row starts."""

    atas: float
    baris: list[list[list[tuple[float, float, str]]]]  # rows -> columns -> runs (y, x, text)
    y_baris: list[float]  # top of each row
    x_kolom: list[float] = field(default_factory=list)  # left border of each column


def tabel_halaman(frags: list[tuple[float, float, str, float]], ruas: list[Ruas]) -> tuple[list[TabelGaris], list[int]]:
    """The ruled tables of a page and the indices of the runs that lie outside every table."""
    tegak = [r for r in ruas if r.tegak]
    datar = [r for r in ruas if not r.tegak]
    if len(tegak) < 2 or len(datar) < 2:
        return [], list(range(len(frags)))
    cells: dict[tuple[float, float, float, float], Sel] = {}
    outside: list[int] = []
    for i, (x, y, teks, size) in enumerate(frags):
        box = _cari_sel(x + 0.5, y + size * 0.3, tegak, datar)
        if box is None:
            outside.append(i)
            continue
        kiri, kanan, atas, bawah = (round(v, 1) for v in box)
        key = (kiri, kanan, atas, bawah)
        sel = cells.setdefault(key, Sel(kiri, kanan, atas, bawah))
        sel.isi.append((y, x, teks))
    # cells sharing a border belong to one table
    items = list(cells.values())
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            share_h = (abs(a.bawah - b.atas) < 2 or abs(b.bawah - a.atas) < 2 or abs(a.atas - b.atas) < 2) and \
                min(a.kanan, b.kanan) - max(a.kiri, b.kiri) > -2
            share_v = (abs(a.kanan - b.kiri) < 2 or abs(b.kanan - a.kiri) < 2) and \
                min(a.atas, b.atas) - max(a.bawah, b.bawah) > 1
            if share_h or share_v:
                parent[find(i)] = find(j)
    groups: dict[int, list[Sel]] = {}
    for i, sel in enumerate(items):
        groups.setdefault(find(i), []).append(sel)
    # cells with text may touch no other such cell (a column of figures beside empty cells);
    # a group lying within another table's frame belongs to that table
    kotak = {g: _bingkai(sels) for g, sels in groups.items()}
    for g in sorted(groups, key=lambda k: len(groups[k])):
        luar = [h for h in groups if h != g and _di_dalam(kotak[g], kotak[h])]
        if luar:
            h = max(luar, key=lambda k: len(groups[k]))
            groups[h].extend(groups.pop(g))
            kotak[h] = _bingkai(groups[h])
    tables: list[TabelGaris] = []
    for sels in groups.values():
        cols = _kelompok(sorted({s.kiri for s in sels} | _batas_kiri(sels, tegak, datar)))
        rows = _kelompok(sorted({s.atas for s in sels}, reverse=True))
        grid: list[list[list[tuple[float, float, str]]]] = [[[] for _ in cols] for _ in rows]
        for s in sels:
            r = min(range(len(rows)), key=lambda k: abs(rows[k] - s.atas))
            c = min(range(len(cols)), key=lambda k: abs(cols[k] - s.kiri))
            grid[r][c].extend(sorted(s.isi, key=lambda t: (-t[0], t[1])))
        tables.append(TabelGaris(rows[0], grid, rows, cols))
    tables.sort(key=lambda t: -t.atas)
    return tables, outside


def _bingkai(sels: list[Sel]) -> tuple[float, float, float, float]:
    """Left, right, top and bottom of a group of cells."""
    return (min(c.kiri for c in sels), max(c.kanan for c in sels), max(c.atas for c in sels),
            min(c.bawah for c in sels))


def _di_dalam(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] >= b[0] - 2 and a[1] <= b[1] + 2 and a[2] <= b[2] + 2 and a[3] >= b[3] - 2


def _batas_kiri(sels: list[Sel], tegak: list[Ruas], datar: list[Ruas]) -> set[float]:
    """Left borders of every column the rulings draw, empty columns included.

    A row continued from the previous page may hold text in two cells only; its columns
    must still line up with the table it continues.
    """
    atas = max(s.atas for s in sels)
    bawah = min(s.bawah for s in sels)
    lo = min(s.kiri for s in sels)
    hi = max(s.kanan for s in sels)
    garis = [r for r in datar if bawah - 2 <= r.posisi <= atas + 2 and r.a < hi and r.b > lo]
    if not garis:
        return set()
    kiri, kanan = min(r.a for r in garis), max(r.b for r in garis)
    return {r.posisi for r in tegak
            if kiri - 2 <= r.posisi <= kanan - 2 and r.a < atas - 1 and r.b > bawah + 1}


def _kelompok(values: list[float]) -> list[float]:
    """Positions closer than 2 points are one border."""
    out: list[float] = []
    for v in values:
        if not out or abs(v - out[-1]) > 2:
            out.append(v)
    return out
