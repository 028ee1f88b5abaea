"""The pohon kinerja of one PD as a PNG for its LKjIP (matplotlib, Agg backend).

Columns left to right: misi, the RPJMD tujuan/sasaran it supports, the PD's tujuan, sasaran,
program (and kegiatan on request); the visi heads the picture. Each box is coloured by its
capaian category, as on the web page; a box that supports nothing has a red dashed border.
Laid out in cm at the LKjIP's text width (16 cm), so it prints at its physical size.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from sakip.core import formatting as fmt
from sakip.core.pohon import Pohon, Simpul, TingkatPohon
from sakip.organisasi.models import Unit
from sakip.pengukuran.pohon import pohon_unit
from sakip.perencanaan.models import PeriodePerencanaan

from .charts import DPI, FONT, LEBAR_CM, mpl, tersimpan  # one font and resolution for the LKjIP

if TYPE_CHECKING:
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

# Fill and border per colour level (0 worst … 4 best), the web app's palette (sakip.css --w0…--w4).
WARNA = {0: ("#f8d3d0", "#c62828"), 1: ("#fde2c4", "#e06c00"), 2: ("#fbefb3", "#b38600"),
         3: ("#d9efcf", "#4f9a3a"), 4: ("#bfe5cb", "#17693a"), None: ("#eef0f3", "#9aa3ad")}
MERAH = "#c62828"
HURUF = 6.3  # pt
BARIS_CM = HURUF * 1.22 / 72 * 2.54  # line height
JARAK_KOLOM = 0.45  # cm between columns (the connectors run there)
JARAK_BARIS = 0.18  # cm between stacked boxes
PAD = 0.12  # cm inside a box
TEPI = 0.05  # cm left free at the sides, so border lines are not cut
KEPALA_KOLOM = {TingkatPohon.MISI: "Misi", TingkatPohon.TUJUAN: "Tujuan PD", TingkatPohon.SASARAN: "Sasaran PD",
                TingkatPohon.PROGRAM: "Program", TingkatPohon.KEGIATAN: "Kegiatan", TingkatPohon.SUB_KEGIATAN: "Sub Kegiatan"}
_RC = {"font.family": "sans-serif", "font.sans-serif": [FONT, "DejaVu Sans"], "font.size": HURUF}


@lru_cache(maxsize=1)
def _teks_path() -> TextToPath:
    # matplotlib is imported only when a tree is laid out (the CLI starts without it)
    from matplotlib.textpath import TextToPath

    return TextToPath()


@dataclass
class _Kotak:
    simpul: Simpul | None  # None: the placeholder of boxes that support nothing
    teks: str
    kolom: int
    anak: list[_Kotak] = field(default_factory=list)
    tinggi: float = 0.0  # own box height
    rentang: float = 0.0  # height of the block it and its descendants take
    y: float = 0.0  # top of the box


@lru_cache(maxsize=4)
def _huruf(tebal: bool, miring: bool) -> FontProperties:
    """The font file matplotlib draws the boxes with (resolved once, as under ``_RC``)."""
    from matplotlib import font_manager
    from matplotlib.font_manager import FontProperties

    with mpl().rc_context(_RC):
        cari = FontProperties(family="sans-serif", weight="bold" if tebal else "normal",
                              style="italic" if miring else "normal")
        return FontProperties(fname=font_manager.findfont(cari), size=HURUF)


@lru_cache(maxsize=4096)
def _lebar_cm(teks: str, tebal: bool = False, miring: bool = False) -> float:
    """Width of a line as matplotlib will draw it (the real font's metrics), in cm."""
    w, _, _ = _teks_path().get_text_width_height_descent(teks, _huruf(tebal, miring), ismath=False)
    return w / 72 * 2.54


def bungkus(teks: str, lebar_cm: float, *, tebal: bool = False, miring: bool = False) -> list[str]:
    """Wrap at word boundaries by measured width; a word longer than a line is split, never cut."""
    lines: list[str] = []
    baris = ""
    for kata in teks.split():
        coba = f"{baris} {kata}" if baris else kata
        if _lebar_cm(coba, tebal, miring) <= lebar_cm:
            baris = coba
            continue
        if baris:
            lines.append(baris)
        baris = kata
        while _lebar_cm(baris, tebal, miring) > lebar_cm and len(baris) > 1:
            n = len(baris) - 1
            while n > 1 and _lebar_cm(baris[:n] + "-", tebal, miring) > lebar_cm:
                n -= 1
            lines.append(baris[:n] + "-")
            baris = baris[n:]
    if baris:
        lines.append(baris)
    return lines or [""]


def _teks(s: Simpul | None, lebar_cm: float) -> str:
    if s is None:
        judul, cap = "Tidak mendukung tujuan/sasaran RPJMD", None
    else:
        prefix = f"{s.input.kode}: " if s.tingkat is TingkatPohon.MISI else ""
        judul, cap = prefix + s.input.label, s.capaian
    tebal = s is not None and s.input.rpjmd  # RPJMD boxes are set in bold, whose glyphs are wider
    ruang = lebar_cm - 2 * PAD - 0.04
    lines = bungkus(judul, ruang, tebal=tebal)  # every word of the label: a box grows, it never cuts
    if cap is not None:
        lines.append(f"Capaian {fmt.persen(cap)}")
    if s is not None and s.dukungan_lain is not None:  # cross-cutting: also serves another RPJMD box
        lines += bungkus(f"Juga mendukung: {s.dukungan_lain.input.label}", ruang, tebal=tebal)
    return "\n".join(lines)


def _susun(pohon: Pohon, sampai: TingkatPohon) -> tuple[list[_Kotak], list[str]]:
    """The boxes as columns.

    With PD boxes (``sampai`` tujuan or lower) an RPJMD tujuan is folded away where the PD hangs
    under one of its sasaran, so the RPJMD takes one column; with ``sampai`` misi only the RPJMD
    is drawn, in three columns (misi, tujuan, sasaran), each box flagged when no PD supports it.
    """
    order = list(TingkatPohon)
    pd_drawn = order.index(sampai) >= order.index(TingkatPohon.TUJUAN)

    def keep(s: Simpul) -> bool:
        return s.input.rpjmd or (pd_drawn and order.index(s.tingkat) <= order.index(sampai))

    def fold(nodes: list[Simpul]) -> list[tuple[Simpul, list[Simpul]]]:
        """An RPJMD tujuan shows only when a PD box hangs under it; its sasaran take its column."""
        out: list[tuple[Simpul, list[Simpul]]] = []
        for s in nodes:
            if pd_drawn and s.input.rpjmd and s.tingkat is TingkatPohon.TUJUAN:
                pd_kids = [c for c in s.anak if not c.input.rpjmd and keep(c)]
                rpjmd_kids = [c for c in s.anak if c.input.rpjmd]
                if pd_kids or not rpjmd_kids:
                    out.append((s, pd_kids))
                out += fold(rpjmd_kids)
            else:
                out.append((s, s.anak))
        return out

    def build(s: Simpul, kolom: int, anak: list[Simpul]) -> _Kotak:
        pairs = fold(anak) if s.tingkat is TingkatPohon.MISI else [(c, c.anak) for c in anak]
        return _Kotak(s, "", kolom, [build(c, kolom + 1, kids) for c, kids in pairs if keep(c)])

    roots: list[_Kotak] = []
    for visi in pohon.akar:
        roots += [build(m, 0, m.anak) for m in visi.anak if m.tingkat is TingkatPohon.MISI]
    loose = [s for s in pohon.lepas if keep(s)]
    if loose:
        placeholder = _Kotak(None, "", 1)
        placeholder.anak = [build(s, 2, s.anak) for s in loose]
        roots.append(_Kotak(None, "", 0, [placeholder]))
    depth = max([k.kolom for r in roots for k in _semua(r)], default=0) + 1
    if not pd_drawn:
        return roots, ["Misi", "Tujuan RPJMD", "Sasaran RPJMD"][:depth]
    heads = ["Misi", "Tujuan/Sasaran RPJMD"]
    heads += [KEPALA_KOLOM[t] for t in order[order.index(TingkatPohon.TUJUAN): order.index(sampai) + 1]]
    return roots, heads[:depth]


def _semua(k: _Kotak) -> list[_Kotak]:
    out = [k]
    for c in k.anak:
        out += _semua(c)
    return out


def _ukur(k: _Kotak, lebar: float) -> None:
    """Box heights from their wrapped text; a block is as tall as its children or itself."""
    if k.simpul is None and k.kolom == 0:
        k.teks = ""
    else:
        k.teks = _teks(k.simpul, lebar)
    k.tinggi = k.teks.count("\n") * BARIS_CM + BARIS_CM + 2 * PAD if k.teks else 0.0
    for c in k.anak:
        _ukur(c, lebar)
    children = sum(c.rentang for c in k.anak) + JARAK_BARIS * max(0, len(k.anak) - 1)
    k.rentang = max(k.tinggi, children)


def _letak(k: _Kotak, top: float) -> None:
    """Children stacked in the block, the box centred on them."""
    children = sum(c.rentang for c in k.anak) + JARAK_BARIS * max(0, len(k.anak) - 1)
    y = top + (k.rentang - children) / 2
    for c in k.anak:
        _letak(c, y)
        y += c.rentang + JARAK_BARIS
    k.y = top + (k.rentang - k.tinggi) / 2


@tersimpan  # drawn again only when the tree, the title or this file changes (charts.py)
def gambar_pohon(pohon: Pohon, judul: str, *, sampai: TingkatPohon = TingkatPohon.PROGRAM) -> bytes:
    """Draw a pohon as a PNG at the LKjIP's text width: a PD's branch (``sakip.core.pohon.cabang``)
    down to ``sampai``, or with ``sampai=TingkatPohon.MISI`` the RPJMD boxes alone (the LKjIP Pemda)."""
    roots, heads = _susun(pohon, sampai)
    kolom = max(len(heads), 1)
    lebar = (LEBAR_CM - 2 * TEPI - JARAK_KOLOM * (kolom - 1)) / kolom
    for r in roots:
        _ukur(r, lebar)
    visi = next((s for s in pohon.akar if s.tingkat is TingkatPohon.VISI), None)
    visi_teks = "\n".join(bungkus(f"Visi: {visi.input.label}", LEBAR_CM - 2 * TEPI, miring=True)) if visi else ""
    kepala = 0.55 + (visi_teks.count("\n") + 1) * BARIS_CM + 0.25 + BARIS_CM + 0.2  # title, visi, heads
    y = kepala
    for r in roots:
        _letak(r, y)
        y += r.rentang + JARAK_BARIS * 3
    tinggi = y + 0.9  # legend
    from matplotlib.figure import Figure  # imported only when a tree is drawn

    with mpl().rc_context(_RC):
        fig = Figure(figsize=(LEBAR_CM / 2.54, tinggi / 2.54))
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(-TEPI, LEBAR_CM - TEPI)
        ax.set_ylim(tinggi, 0)
        ax.axis("off")
        ax.text(0, 0.1, judul, fontsize=HURUF + 2.5, fontweight="bold", va="top")
        if visi_teks:
            ax.text(0, 0.6, visi_teks, va="top", style="italic")
        for i, head in enumerate(heads):
            ax.text(i * (lebar + JARAK_KOLOM), kepala - 0.15, head, fontweight="bold", va="bottom")
        for r in roots:
            for k in _semua(r):
                _gambar_kotak(ax, k, lebar)
        _legenda(ax, tinggi - 0.45)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=DPI)
    return buf.getvalue()


def _gambar_kotak(ax, k: _Kotak, lebar: float) -> None:  # matplotlib Axes
    from matplotlib.patches import FancyBboxPatch

    if not k.teks:
        return
    x = k.kolom * (lebar + JARAK_KOLOM)
    s = k.simpul
    isi, garis = WARNA[s.warna if s is not None else None]
    lepas = s is None or bool(s.tidak_selaras)
    ax.add_patch(FancyBboxPatch((x, k.y), lebar, k.tinggi, boxstyle="round,pad=0,rounding_size=0.08",
                                facecolor="#ffffff" if s is None else isi, edgecolor=MERAH if lepas else garis,
                                linewidth=1.1 if lepas else 0.7, linestyle="--" if lepas else "-"))
    ax.text(x + PAD, k.y + PAD, k.teks, va="top", ha="left", linespacing=1.22,
            fontweight="bold" if s is not None and s.input.rpjmd else "normal")
    for c in k.anak:
        if not c.teks:
            continue
        x1, y1 = x + lebar, k.y + k.tinggi / 2
        x2, y2 = c.kolom * (lebar + JARAK_KOLOM), c.y + c.tinggi / 2
        xm = x1 + JARAK_KOLOM / 2
        ax.plot([x1, xm, xm, x2], [y1, y1, y2, y2], color="#8592a0", linewidth=0.6)


def _legenda(ax, y: float) -> None:  # matplotlib Axes
    from matplotlib.patches import FancyBboxPatch

    items = [(4, "ST > 90%"), (3, "T > 75–90%"), (2, "S > 65–75%"), (1, "R > 50–65%"), (0, "SR ≤ 50%"),
             (None, "belum terukur")]
    x = 0.0
    for level, label in items:
        isi, garis = WARNA[level]
        ax.add_patch(FancyBboxPatch((x, y - 0.12), 0.35, 0.24, boxstyle="round,pad=0,rounding_size=0.04",
                                    facecolor=isi, edgecolor=garis, linewidth=0.6))
        ax.text(x + 0.45, y, label, va="center")
        x += 0.55 + _lebar_cm(label) + 0.35
    ax.add_patch(FancyBboxPatch((x, y - 0.12), 0.35, 0.24, boxstyle="round,pad=0,rounding_size=0.04",
                                facecolor="#ffffff", edgecolor=MERAH, linewidth=1.1, linestyle="--"))
    ax.text(x + 0.45, y, "tidak selaras", va="center")


def pohon_png(unit: Unit, periode: PeriodePerencanaan, tahun: int, *, kegiatan: bool = False) -> bytes:
    """The PD's branch of the pohon kinerja (down to program, or kegiatan) as a PNG for its LKjIP."""
    sampai = TingkatPohon.KEGIATAN if kegiatan else TingkatPohon.PROGRAM
    pohon = pohon_unit(unit, periode, tahun, sampai=sampai)
    judul = f"Pohon Kinerja {unit.nama} — Periode {periode.nama}, Capaian Tahun {tahun}"
    return gambar_pohon(pohon, judul, sampai=sampai)


