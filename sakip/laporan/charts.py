"""Charts of Sakip's documents, from engine figures.

The LKjIP's charts (target and realisasi per year, the unit against its Pemda, pagu and
realisasi) are native Word charts (``grafik_word``): the data travels in the DOCX, a Kasubbag
edits a figure or restyles a chart in Word, and building one is writing a few kilobytes of XML
(about a millisecond, no drawing), so the DOCX path needs no matplotlib at all. LibreOffice draws
them in the PDF with its own chart engine; the capaian and serapan over the bars are written text,
formatted here through ``sakip.core.formatting``, so they read as the tables do.

The pictures that stay pictures (the pohon kinerja, the SKM chart) are drawn with matplotlib's
Agg backend: each its own ``Figure`` (no pyplot global state, so worker processes and threads do
not share anything), one installed font, PNG at print resolution. ``tersimpan`` keeps each
picture under a hash of its data and of the drawing code (this file's bytes, matplotlib's version),
in memory and in a folder shared by the processes of the machine; matplotlib itself is imported
only when a picture is really drawn (its import costs a third of a second).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import io
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

from .grafik_word import Grafik, Seri, format_sumbu, maks_sumbu

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


@dataclass(frozen=True)
class Pembanding:
    nama: str
    satuan: str
    nilai: Sequence[tuple[str, Decimal]]  # (label, value), the unit's own value first


@dataclass(frozen=True)
class BarAnggaran:
    nama: str
    pagu: Decimal
    realisasi: Decimal
    persen: Decimal | None


# -- native Word charts of the LKjIP (grafik_word) ------------------------------------------------

PANEL_CM = (LEBAR_CM - 0.2) / 2  # two panels side by side
TINGGI_PANEL_CM = 5.6


def _f(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


def ukuran_panel(n: int) -> tuple[float, float, int]:
    """Width and height in cm of each of ``n`` panels, and how many share a line."""
    return (LEBAR_CM, 6.4, 1) if n == 1 else (PANEL_CM, TINGGI_PANEL_CM, 2)


def _judul(nama: str, satuan: str) -> str:
    return nama + (f" ({satuan})" if satuan and satuan.casefold() not in ("nilai", "") else "")


def grafik_seri(indikator: Sequence[SeriIndikator]) -> list[Grafik]:
    """Target and realisasi per year, one chart per indicator, the capaian written over each realisasi."""
    out = []
    for ind in indikator:
        target = [_f(t.target) for t in ind.seri]
        real = [_f(t.realisasi) for t in ind.seri]
        capaian = [fmt.persen(t.capaian.persen) if t.capaian.persen is not None and t.realisasi is not None
                   else None for t in ind.seri]
        out.append(Grafik(_judul(ind.nama, ind.satuan), [str(t.tahun) for t in ind.seri],
                          [Seri("Target", target, WARNA_TARGET[1:]),
                           Seri("Realisasi", real, WARNA_REALISASI[1:], label=capaian)],
                          format_sumbu=format_sumbu(target + real), maks_sumbu=maks_sumbu(target + real)))
    return out


def grafik_pembanding(indikator: Sequence[Pembanding]) -> list[Grafik]:
    """The unit's realisasi beside the Pemda / Provinsi / national figures, one chart per indicator."""
    out = []
    for ind in indikator:
        nilai = [float(v) for _, v in ind.nilai]
        warna = [WARNA_LAIN[i % len(WARNA_LAIN)][1:] for i in range(len(nilai))]
        out.append(Grafik(_judul(ind.nama, ind.satuan), ["\n".join(textwrap.wrap(lbl, 18)) for lbl, _ in ind.nilai],
                          [Seri("Realisasi", nilai, warna[0], label_nilai=True, warna_titik=warna)],
                          legenda=False, format_sumbu=format_sumbu(nilai), maks_sumbu=maks_sumbu(nilai, 1.15)))
    return out


def tinggi_anggaran(n: int) -> float:
    return 1.1 * n + 2.2


def grafik_anggaran(baris: Sequence[BarAnggaran]) -> Grafik:
    """Pagu and realisasi per budget line as horizontal bars (in miliar or juta rupiah), serapan at each bar."""
    besar = max([float(b.pagu) for b in baris] + [1.0])
    pembagi, satuan = (1e9, "Miliar rupiah") if besar >= 1e9 else (1e6, "Juta rupiah")
    pagu = [float(b.pagu) / pembagi for b in baris]
    real = [float(b.realisasi) / pembagi for b in baris]
    # Category labels wrapped by hand: LibreOffice does not wrap them, and a long program name
    # would take half the width from the bars.
    return Grafik("", ["\n".join(textwrap.wrap(b.nama, 40)[:3]) for b in baris],
                  [Seri(f"Pagu ({satuan.lower()})", pagu, WARNA_TARGET[1:]),
                   Seri(f"Realisasi ({satuan.lower()})", real, WARNA_REALISASI[1:],
                        label=[fmt.persen(b.persen) if b.persen is not None else None for b in baris])],
                  horizontal=True, judul_sumbu=satuan, format_sumbu=format_sumbu(pagu + real),
                  maks_sumbu=maks_sumbu(pagu + real, 1.15))
