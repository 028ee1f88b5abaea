"""Charts of the LKjIP, drawn with matplotlib's Agg backend from engine figures.

Each chart is its own ``Figure`` (no pyplot global state, so worker processes and threads do
not share anything), drawn in one installed font and labelled in Indonesian notation through
``sakip.core.formatting``. Output is PNG at print resolution.

Drawing is most of the time a DOCX takes (about 0,3 s a chart), and a report is built again and
again from the same figures (DOCX and PDF, reviews, a worker's retries): ``tersimpan`` keeps each
picture under a hash of its data and of the drawing code (this file's bytes, matplotlib's version),
in memory and in a folder shared by the processes of the machine. matplotlib itself is imported
only when a picture is really drawn (its import costs a third of a second).

Why pictures and not native Word charts: a Word chart (chart part with its embedded workbook) is
drawn by LibreOffice's own chart engine in the PDF and by Word's in the DOCX, so the two differ
from each other and from the web; its workbook needs openpyxl at build time, and it does not draw
the capaian labels, the wrapped titles or the small multiples these charts have. With the cache a
picture costs a file read, so the native chart would not make the document faster either.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import io
import math
import os
import struct
import tempfile
import textwrap
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from sakip.core import formatting as fmt
from sakip.core.progress import TitikSeri

if TYPE_CHECKING:
    from matplotlib.figure import Figure

F = TypeVar("F", bound=Callable[..., bytes])

DPI = 200  # print resolution; the PNG is placed at its physical width
FONT = "Liberation Sans"  # metric-compatible with Arial, the font of the documents
LEBAR_CM = 16.0
WARNA_TARGET = "#b8c4d6"
WARNA_REALISASI = "#1f4e79"
WARNA_LAIN = ("#1f4e79", "#7f9cc0", "#c9a227", "#8c8c8c")

_RC = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT, "DejaVu Sans"],
    "font.size": 7.5,
    "axes.titlesize": 7.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#555555",
    "axes.linewidth": 0.6,
    "xtick.major.width": 0.6,
    "ytick.major.width": 0.6,
    "legend.frameon": False,
    "svg.fonttype": "none",
}


def mpl() -> ModuleType:
    """matplotlib on the Agg backend (documents are drawn without a display, in any process)."""
    import matplotlib

    matplotlib.use("Agg")
    return matplotlib


_memori: OrderedDict[str, bytes] = OrderedDict()
MEMORI_MAKS = 64  # pictures kept in a process (a few MB)


def _folder_simpanan() -> Path | None:
    """The machine's picture cache (``SAKIP_GRAFIK_CACHE``: a folder, or 0 to switch it off)."""
    pilihan = os.environ.get("SAKIP_GRAFIK_CACHE", "")
    if pilihan == "0":
        return None
    folder = Path(pilihan) if pilihan else Path(tempfile.gettempdir()) / f"sakip-grafik-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    if folder.is_symlink() or folder.stat().st_uid != os.getuid():
        return None  # another user's folder: never read pictures someone else could plant
    return folder


@functools.cache
def _versi_matplotlib() -> str:
    from importlib.metadata import version

    return version("matplotlib")


def tersimpan(fn: F) -> F:
    """Keep ``fn``'s pictures by a hash of its arguments' repr and of the code that draws them."""
    kode = hashlib.sha256(Path(inspect.getfile(fn)).read_bytes() + Path(__file__).read_bytes()
                          + fn.__qualname__.encode()).hexdigest()

    @functools.wraps(fn)
    def bungkus(*args: Any, **kwargs: Any) -> bytes:
        if os.environ.get("SAKIP_GRAFIK_CACHE") == "0":
            return fn(*args, **kwargs)
        kunci = hashlib.sha256(f"{kode}|{_versi_matplotlib()}|{args!r}|{sorted(kwargs.items())!r}".encode()
                               ).hexdigest()
        if kunci in _memori:
            _memori.move_to_end(kunci)
            return _memori[kunci]
        folder = _folder_simpanan()
        path = folder / f"{kunci}.png" if folder else None
        data = None
        if path is not None:
            try:
                data = path.read_bytes()
            except OSError:
                data = None
        if not data:
            data = fn(*args, **kwargs)
            if path is not None:
                try:  # written aside and renamed: a reader never sees half a picture
                    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
                    with os.fdopen(fd, "wb") as fh:
                        fh.write(data)
                    os.replace(tmp, path)
                except OSError:
                    pass  # a full disk only costs the next build a drawing
        _memori[kunci] = data
        while len(_memori) > MEMORI_MAKS:
            _memori.popitem(last=False)
        return data

    return bungkus  # type: ignore[return-value]  # same signature as fn


def ukuran_png(png: bytes) -> tuple[float, float]:
    """Width and height in cm of a PNG drawn at ``DPI`` (read from its IHDR header)."""
    lebar, tinggi = struct.unpack(">II", png[16:24])
    return lebar / DPI * 2.54, tinggi / DPI * 2.54


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI)
    return buf.getvalue()


def _figure(tinggi_cm: float, *, kiri: float = 1.1, kanan: float = 0.3, atas: float = 1.0, bawah: float = 1.4,
            jarak_baris: float = 1.6, jarak_kolom: float = 1.4, baris: int = 1, kolom: int = 1) -> Figure:
    """A figure with margins fixed in cm: a layout engine would cost a second drawing pass."""
    from matplotlib.figure import Figure

    with mpl().rc_context(_RC):
        fig = Figure(figsize=(LEBAR_CM / 2.54, tinggi_cm / 2.54))
    tinggi_ax = (tinggi_cm - atas - bawah - jarak_baris * (baris - 1)) / baris
    lebar_ax = (LEBAR_CM - kiri - kanan - jarak_kolom * (kolom - 1)) / kolom
    fig.subplots_adjust(left=kiri / LEBAR_CM, right=1 - kanan / LEBAR_CM, bottom=bawah / tinggi_cm,
                        top=1 - atas / tinggi_cm, hspace=jarak_baris / tinggi_ax, wspace=jarak_kolom / lebar_ax)
    return fig


def _angka(v: float, desimal: int = 2) -> str:
    """Tick label: the Indonesian number without trailing zeros (1.250,5)."""
    return fmt.angka_ringkas(Decimal(repr(round(float(v), desimal))), desimal)


def _bungkus(teks: str, lebar: int) -> str:
    return "\n".join(textwrap.wrap(teks, lebar)[:3])


@dataclass(frozen=True)
class SeriIndikator:
    nama: str
    satuan: str
    seri: Sequence[TitikSeri]


def _grid(n: int) -> tuple[int, int]:
    kolom = 1 if n == 1 else 2
    return math.ceil(n / kolom), kolom


def tinggi_seri(n: int) -> float:
    """Height in cm of the chart of ``n`` indicators (known before drawing, for the page layout)."""
    return 5.2 * _grid(n)[0] + 1.0


def tinggi_pembanding(n: int) -> float:
    return 5.8 * _grid(n)[0] + 0.5


def tinggi_anggaran(n: int) -> float:
    return 1.2 * n + 2.0


@tersimpan
def grafik_seri(indikator: Sequence[SeriIndikator]) -> bytes:
    """Target and realisasi per year for each indicator (small multiples), capaian over the bars."""
    n = len(indikator)
    baris, kolom = _grid(n)
    tinggi = tinggi_seri(n)
    with mpl().rc_context(_RC):
        fig = _figure(tinggi, baris=baris, kolom=kolom)
        axes = fig.subplots(baris, kolom, squeeze=False)
        for ax in axes.flat[n:]:
            ax.set_visible(False)
        for ax, ind in zip(axes.flat, indikator, strict=False):
            _panel_seri(ax, ind, lebar_judul=90 if kolom == 1 else 48)
        handles, labels = axes.flat[0].get_legend_handles_labels()
        fig.legend(handles, labels, loc="lower center", ncols=2, fontsize=7)
        return _png(fig)


def _panel_seri(ax, ind: SeriIndikator, lebar_judul: int) -> None:  # matplotlib Axes
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    years = [t.tahun for t in ind.seri]
    x = list(range(len(years)))
    w = 0.38
    target = [float(t.target) if t.target is not None else math.nan for t in ind.seri]
    real = [float(t.realisasi) if t.realisasi is not None else math.nan for t in ind.seri]
    ax.bar([i - w / 2 for i in x], target, w, color=WARNA_TARGET, label="Target")
    bars = ax.bar([i + w / 2 for i in x], real, w, color=WARNA_REALISASI, label="Realisasi")
    for bar, t in zip(bars, ind.seri, strict=True):
        if t.capaian.persen is not None:
            ax.annotate(fmt.persen(t.capaian.persen), (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        xytext=(0, 2), textcoords="offset points", ha="center", va="bottom", fontsize=6)
    ax.set_xticks(x, [str(y) for y in years])
    satuan = f" ({ind.satuan})" if ind.satuan and ind.satuan.casefold() not in ("nilai", "") else ""
    ax.set_title(_bungkus(ind.nama + satuan, lebar_judul), loc="left")
    top = max([v for v in target + real if not math.isnan(v)] or [1.0])
    ax.set_ylim(0, top * 1.18)
    ax.yaxis.set_major_locator(MaxNLocator(5))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: _angka(v)))
    ax.tick_params(labelsize=6.5)


@dataclass(frozen=True)
class Pembanding:
    nama: str
    satuan: str
    nilai: Sequence[tuple[str, Decimal]]  # (label, value), the unit's own value first


@tersimpan
def grafik_pembanding(indikator: Sequence[Pembanding]) -> bytes:
    """The unit's realisasi beside the Pemda / Provinsi / national figures, one panel per indicator."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    n = len(indikator)
    baris, kolom = _grid(n)
    with mpl().rc_context(_RC):
        fig = _figure(tinggi_pembanding(n), baris=baris, kolom=kolom, bawah=1.3, jarak_baris=1.8)
        axes = fig.subplots(baris, kolom, squeeze=False)
        for ax in axes.flat[n:]:
            ax.set_visible(False)
        for ax, ind in zip(axes.flat, indikator, strict=False):
            labels = [_bungkus(lbl, 18) for lbl, _ in ind.nilai]
            values = [float(v) for _, v in ind.nilai]
            bars = ax.bar(range(len(values)), values, 0.6, color=WARNA_LAIN[: len(values)])
            for bar, (_, v) in zip(bars, ind.nilai, strict=True):
                ax.annotate(fmt.angka(v), (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                            xytext=(0, 2), textcoords="offset points", ha="center", va="bottom", fontsize=6.5)
            ax.set_xticks(range(len(values)), labels)
            ax.set_ylim(0, max(values + [1.0]) * 1.15)
            ax.yaxis.set_major_locator(MaxNLocator(5))
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: _angka(v)))
            ax.set_title(_bungkus(ind.nama, 90 if kolom == 1 else 48), loc="left")
            ax.tick_params(labelsize=6.5)
        return _png(fig)


@dataclass(frozen=True)
class BarAnggaran:
    nama: str
    pagu: Decimal
    realisasi: Decimal
    persen: Decimal | None


@tersimpan
def grafik_anggaran(baris: Sequence[BarAnggaran]) -> bytes:
    """Pagu and realisasi per budget line as horizontal bars, serapan written at each bar."""
    from matplotlib.ticker import FuncFormatter

    n = len(baris)
    besar = max([float(b.pagu) for b in baris] + [1.0])
    pembagi, satuan = (1e9, "miliar rupiah") if besar >= 1e9 else (1e6, "juta rupiah")
    with mpl().rc_context(_RC):
        fig = _figure(tinggi_anggaran(n), kiri=6.2, kanan=0.4, atas=0.3, bawah=1.6)
        ax = fig.subplots()
        y = list(range(n))[::-1]
        h = 0.38
        ax.barh([i + h / 2 for i in y], [float(b.pagu) / pembagi for b in baris], h, color=WARNA_TARGET,
                label="Pagu")
        bars = ax.barh([i - h / 2 for i in y], [float(b.realisasi) / pembagi for b in baris], h,
                       color=WARNA_REALISASI, label="Realisasi")
        for bar, b in zip(bars, baris, strict=True):
            ax.annotate(fmt.persen(b.persen), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                        xytext=(3, 0), textcoords="offset points", va="center", fontsize=6.5)
        ax.set_yticks(y, [_bungkus(b.nama, 34) for b in baris])
        ax.set_xlim(0, besar / pembagi * 1.15)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: _angka(v)))
        ax.set_xlabel(satuan.capitalize())
        ax.tick_params(labelsize=6.5)
        fig.legend(loc="lower center", ncols=2, fontsize=7)
        return _png(fig)
