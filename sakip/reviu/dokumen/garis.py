"""Tables of a PDF page read from their ruling lines.

Word processors draw a table's borders as line segments or as thin filled rectangles. A
text run lies in the cell whose four borders enclose it, however the text is aligned inside;
cells sharing borders form one table. Pages without rulings are left to the position
heuristics of ``pdf``.

A chart drawn as vectors (a native Word or Excel chart, exported by LibreOffice or Word) has
straight lines too: axes, ticks, gridlines and the edges of its bars. Its labels (categories,
values, legend) are not table cells, so two rules keep them out: a filled area wider than a
rule in both directions (a bar, a legend key, a shaded cell) draws no border, and a cell is
only a cell when its borders span its four sides. A label near an axis or above a bar is
bounded on some side by nothing, or by a line that stops short of the box its nearest
neighbours would make.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pypdf import PageObject

_PAINT = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
_ISI = {b"f", b"F", b"f*"}  # fill only, no stroke
_TOL = 1.5
_RULE = 3.0  # points: a filled shape thinner than this in one direction is a drawn rule
_CELAH = 3.0  # points: a border may be drawn in pieces with gaps this small (at crossings)


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


Kotak = tuple[float, float, float, float]  # left, bottom, right, top


@dataclass
class Gambar:
    """What a page draws: its ruling segments and the frames of its charts."""

    ruas: list[Ruas] = field(default_factory=list)
    grafik: list[Kotak] = field(default_factory=list)

    def di_grafik(self, x: float, y: float) -> bool:
        """Whether a point lies inside a chart's frame."""
        return any(k[0] - _TOL <= x <= k[2] + _TOL and k[1] - _TOL <= y <= k[3] + _TOL for k in self.grafik)


def gambar_halaman(page: PageObject, lebar: float, tinggi: float) -> Gambar:
    """Every painted horizontal or vertical segment of a page (page-sized boxes left out), and
    the frames of its charts.

    LibreOffice draws a chart inside a clipping rectangle, its frame, and fills areas there:
    bars, legend keys. A clipped region with two filled areas or more is a chart; an image
    clips too but fills no area. (A producer that does not clip its charts still has the
    rules of ``_tipis`` and ``_cari_sel`` keeping the labels out of ruled tables.)
    """
    contents = page.get_contents()
    if contents is None:
        return Gambar()
    raw = contents.get_data()
    # a page of running text draws no line segment and at most its background rectangle
    if not re.search(rb"\sl\s", raw) and raw.count(b" re") <= 1:
        return Gambar()
    lukis = _Lukis(lebar, tinggi)
    for args, op in _operasi(raw):
        lukis.jalankan(args, op)
    return Gambar(lukis.ruas, [k for k, n in lukis.isian.items() if n >= 2])


Seg = tuple[tuple[float, float], tuple[float, float]]


@dataclass
class _Lukis:
    """The graphics state while walking a content stream's path operators."""

    lebar: float
    tinggi: float
    ctm: list[float] = field(default_factory=lambda: [1.0, 0.0, 0.0, 1.0, 0.0, 0.0])
    clip: Kotak | None = None
    stack: list[tuple[list[float], Kotak | None]] = field(default_factory=list)
    subpaths: list[list[Seg]] = field(default_factory=list)
    cur: tuple[float, float] | None = None
    memotong: bool = False  # a W / W* operator: the path about to end is a clipping path
    ruas: list[Ruas] = field(default_factory=list)
    isian: dict[Kotak, int] = field(default_factory=dict)  # filled areas drawn inside each clip

    def jalankan(self, args: list[float], op: bytes) -> None:
        if op == b"q":
            self.stack.append((list(self.ctm), self.clip))
        elif op == b"Q":
            if self.stack:
                self.ctm, self.clip = self.stack.pop()
        elif op == b"cm" and len(args) == 6:
            self.ctm = _mul([float(v) for v in args], self.ctm)
        elif op == b"m" and len(args) == 2:
            self.cur = _pt(self.ctm, float(args[0]), float(args[1]))
            self.subpaths.append([])
        elif op == b"l" and len(args) == 2 and self.cur is not None:
            nxt = _pt(self.ctm, float(args[0]), float(args[1]))
            if not self.subpaths:
                self.subpaths.append([])
            self.subpaths[-1].append((self.cur, nxt))
            self.cur = nxt
        elif op == b"re" and len(args) == 4:
            # empty for the page's own box, which neither rules nor clips anything
            self.subpaths.append(_sisi_kotak(self.ctm, args, self.lebar, self.tinggi))
        elif op in (b"W", b"W*"):
            self.memotong = True
        elif op in _PAINT or op == b"n":
            self._akhiri(op)

    def _akhiri(self, op: bytes) -> None:
        """A path ends: painted (a rule, or a filled area) or not (a clipping path)."""
        if self.memotong:
            self.clip = _potong(self.clip, self.subpaths, self.lebar, self.tinggi)
            self.memotong = False
        if op != b"n":
            for sub in self.subpaths:
                if op not in _ISI or _tipis(sub):
                    self.ruas.extend(_ruas_lurus(sub))
                elif self.clip is not None:
                    self.isian[self.clip] = self.isian.get(self.clip, 0) + 1
        self.subpaths = []


def _potong(clip: Kotak | None, subpaths: list[list[Seg]],
            lebar: float, tinggi: float) -> Kotak | None:
    """The clipping rectangle after a clipping path; None while only the page is clipped."""
    pts = [p for sub in subpaths for seg in sub for p in seg]
    if not pts:
        return clip
    kotak = (min(x for x, _ in pts), min(y for _, y in pts), max(x for x, _ in pts), max(y for _, y in pts))
    if clip is not None:
        kotak = (max(kotak[0], clip[0]), max(kotak[1], clip[1]), min(kotak[2], clip[2]), min(kotak[3], clip[3]))
    if kotak[2] - kotak[0] > 0.8 * lebar and kotak[3] - kotak[1] > 0.8 * tinggi:
        return None
    return round(kotak[0], 1), round(kotak[1], 1), round(kotak[2], 1), round(kotak[3], 1)


def _sisi_kotak(ctm: list[float], args: list[float], lebar: float,
                tinggi: float) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The four sides of a rectangle in page space; none for the page's own background."""
    x, y, w, h = (float(v) for v in args)
    if abs(w) > 0.8 * lebar and abs(h) > 0.8 * tinggi:
        return []
    p = [_pt(ctm, x, y), _pt(ctm, x + w, y), _pt(ctm, x + w, y + h), _pt(ctm, x, y + h)]
    return [(p[0], p[1]), (p[1], p[2]), (p[2], p[3]), (p[3], p[0])]


def _tipis(sub: list[Seg]) -> bool:
    """Whether a filled shape is a rule (thin in one direction) rather than an area: a bar, a
    legend key or a cell's shading, whose edges border nothing."""
    if not sub:
        return False
    xs = [x for seg in sub for x, _ in seg]
    ys = [y for seg in sub for _, y in seg]
    return min(max(xs) - min(xs), max(ys) - min(ys)) <= _RULE


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
    """The box of the nearest borders around a point, if they enclose it: each of the four
    borders must run along the whole side of the box, not just past the point."""
    kiri = [r.posisi for r in tegak if r.posisi <= x + _TOL and r.a - _TOL <= y <= r.b + _TOL]
    kanan = [r.posisi for r in tegak if r.posisi > x + _TOL and r.a - _TOL <= y <= r.b + _TOL]
    atas = [r.posisi for r in datar if r.posisi > y and r.a - _TOL <= x <= r.b + _TOL]
    bawah = [r.posisi for r in datar if r.posisi <= y and r.a - _TOL <= x <= r.b + _TOL]
    if not (kiri and kanan and atas and bawah):
        return None
    box = max(kiri), min(kanan), min(atas), max(bawah)
    ki, ka, at, ba = box
    if not (_menutup(tegak, ki, ba, at) and _menutup(tegak, ka, ba, at) and _menutup(datar, at, ki, ka)
            and _menutup(datar, ba, ki, ka)):
        return None
    return box


def _menutup(ruas: list[Ruas], posisi: float, a: float, b: float) -> bool:
    """Whether the segments at ``posisi`` together run from ``a`` to ``b`` (small gaps allowed)."""
    spans = sorted((r.a, r.b) for r in ruas if abs(r.posisi - posisi) <= _TOL and r.b >= a - _CELAH
                   and r.a <= b + _CELAH)
    reach = a
    for lo, hi in spans:
        if lo > reach + _CELAH:
            return False
        reach = max(reach, hi)
        if reach >= b - _CELAH:
            return True
    return reach >= b - _CELAH


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
