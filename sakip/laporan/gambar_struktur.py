"""A struktur organisasi drawn from the unit tree and its posts, for a unit that uploaded none.

The head of the unit on top (the unit, its kepala's post and name), below it one row of boxes
for the unit's other posts and its sub units (Sekretariat, Bidang, Seksi, Kelurahan, UPT), and
under each of those its own posts and sub units stacked. Only what is stored is drawn: a post
without a known holder shows the post alone. Labels are wrapped by the font's real width
(``gambar_pohon.bungkus``), never cut; a box grows instead. Cached by its data (``tersimpan``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from django.db.models import Q

from sakip.organisasi.models import Jabatan, JenisUnit, Unit

from .charts import DPI, FONT, LEBAR_CM, mpl, tersimpan
from .gambar_pohon import BARIS_CM, HURUF, PAD, TEPI, bungkus

JARAK = 0.35  # cm between boxes of a row
TURUN = 0.55  # cm of connector between levels
INDEN = 0.35  # cm a stacked box is moved right, per level
PER_BARIS = 5  # boxes in a row; more children take rows of four (the trunk runs down the middle gap)
LEBAR_PUNCAK = 7.0  # cm of the head's box
# The chart is drawn on a narrower sheet and printed at the text width, so its 6,3 pt labels (the
# pohon's, which must fit six columns) read as 8 pt: an organisation chart has room for that.
SKALA = 8.0 / HURUF
LEBAR_GAMBAR = LEBAR_CM / SKALA
_RC = {"font.family": "sans-serif", "font.sans-serif": [FONT, "DejaVu Sans"], "font.size": HURUF}


@dataclass(frozen=True)
class KotakStruktur:
    """One box: the post (or the unit's name where no post is stored), its holder, its subordinates."""

    judul: str
    nama: str = ""
    unit: str = ""  # the unit's name, printed above the post of its head
    anak: tuple[KotakStruktur, ...] = ()


def _berlaku(tanggal: date) -> Q:
    return (Q(berlaku_mulai__isnull=True) | Q(berlaku_mulai__lte=tanggal)) & (
        Q(berlaku_sampai__isnull=True) | Q(berlaku_sampai__gte=tanggal))


def struktur_unit(unit: Unit, tanggal: date) -> KotakStruktur:
    """The unit's tree of posts and sub units as of ``tanggal``, read from organisasi."""
    units = [unit]
    anak_dari: dict[int, list[Unit]] = {}
    frontier = [unit.pk]
    while frontier:  # the tree is shallow (PD → Bagian/Bidang → Seksi/UPT); one query per level
        baru = list(Unit.objects.filter(_berlaku(tanggal), induk_id__in=frontier)
                    .exclude(jenis=JenisUnit.PEMDA).order_by("urutan", "nama"))
        for u in baru:
            anak_dari.setdefault(u.induk_id, []).append(u)
        units += baru
        frontier = [u.pk for u in baru]
    jabatan: dict[int, list[Jabatan]] = {}
    for j in (Jabatan.objects.filter(unit__in=units, mulai__lte=tanggal)
              .filter(Q(selesai__isnull=True) | Q(selesai__gte=tanggal))
              .select_related("pejabat").order_by("-kepala_unit", "-mulai", "pk")):
        jabatan.setdefault(j.unit_id, []).append(j)

    def kotak(u: Unit) -> KotakStruktur:
        posts = jabatan.get(u.pk, [])
        kepala = next((j for j in posts if j.kepala_unit), None)
        staf = tuple(KotakStruktur(j.judul, j.pejabat.nama_lengkap) for j in posts if not j.kepala_unit)
        bawahan = tuple(kotak(a) for a in anak_dari.get(u.pk, []))
        if kepala is None:
            return KotakStruktur(u.nama, "", "", staf + bawahan)
        judul = kepala.judul
        return KotakStruktur(judul, kepala.pejabat.nama_lengkap, "" if u.nama in judul else u.nama, staf + bawahan)

    return kotak(unit)


# -- drawing ---------------------------------------------------------------------------------------

@dataclass
class _Letak:
    k: KotakStruktur
    x: float
    y: float
    lebar: float
    baris: list[tuple[str, bool]]  # (line, bold)

    @property
    def tinggi(self) -> float:
        return len(self.baris) * BARIS_CM + 2 * PAD


def _baris(k: KotakStruktur, lebar: float, *, puncak: bool = False) -> list[tuple[str, bool]]:
    ruang = lebar - 2 * PAD - 0.04
    out = [(s, True) for s in bungkus(k.unit, ruang, tebal=True)] if k.unit else []
    out += [(s, puncak or not k.nama) for s in bungkus(k.judul, ruang, tebal=puncak or not k.nama)]
    if k.nama:
        out += [(s, False) for s in bungkus(k.nama, ruang)]
    return out


def _tumpuk(k: KotakStruktur, x: float, y: float, lebar: float, out: list[_Letak],
            garis: list[tuple[list[float], list[float]]]) -> float:
    """Place ``k`` at (x, y) and its subordinates stacked below it, indented; the bottom returned."""
    kotak = _Letak(k, x, y, lebar, _baris(k, lebar))
    out.append(kotak)
    bawah = y + kotak.tinggi
    xg = x + INDEN / 2  # the line down the left side, to each subordinate
    for a in k.anak:
        ya = bawah + JARAK / 1.5
        tengah = ya + PAD + BARIS_CM / 2
        garis.append(([xg, xg, x + INDEN], [y + kotak.tinggi, tengah, tengah]))
        bawah = _tumpuk(a, x + INDEN, ya, lebar - INDEN, out, garis)
    return bawah


@tersimpan  # drawn again only when the tree, the title or this file changes (charts.py)
def gambar_struktur(struktur: KotakStruktur) -> bytes:
    """The struktur organisasi as a PNG at the document's text width (16 cm, ``DPI``); the caption
    below it in the document names it, so the picture carries no title of its own."""
    lebar_isi = LEBAR_GAMBAR - 2 * TEPI
    kotak: list[_Letak] = []
    garis: list[tuple[list[float], list[float]]] = []
    y0 = 0.1
    lebar_puncak = min(LEBAR_PUNCAK, lebar_isi)
    puncak = _Letak(struktur, (lebar_isi - lebar_puncak) / 2, y0, lebar_puncak,
                    _baris(struktur, lebar_puncak, puncak=True))
    kotak.append(puncak)
    xc = puncak.x + lebar_puncak / 2
    y = y0 + puncak.tinggi
    anak = list(struktur.anak)
    n = len(anak) if len(anak) <= PER_BARIS else 4
    lebar = (lebar_isi - JARAK * (n - 1)) / max(n, 1)
    atas = y  # where the trunk continues from: the head's box, then each row's bus
    for mulai in range(0, len(anak), max(n, 1)):
        baris = anak[mulai:mulai + n]
        bus = y + TURUN / 2
        ya = y + TURUN
        pusat = [i * (lebar + JARAK) + lebar / 2 for i in range(len(baris))]
        garis.append(([xc, xc], [atas, bus]))  # the trunk
        atas = bus
        garis.append(([min([*pusat, xc]), max([*pusat, xc])], [bus, bus]))
        bawah = ya
        for i, a in enumerate(baris):
            garis.append(([pusat[i], pusat[i]], [bus, ya]))
            bawah = max(bawah, _tumpuk(a, i * (lebar + JARAK), ya, lebar, kotak, garis))
        y = bawah + TURUN / 2
    tinggi = (y - TURUN / 2 if anak else y) + 0.1  # the last box's border, no blank band below it
    from matplotlib.figure import Figure  # imported only when a chart is drawn
    from matplotlib.patches import Rectangle

    with mpl().rc_context(_RC):
        fig = Figure(figsize=(LEBAR_GAMBAR / 2.54, tinggi / 2.54))
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(-TEPI, LEBAR_GAMBAR - TEPI)
        ax.set_ylim(tinggi, 0)
        ax.axis("off")
        for xs, ys in garis:
            ax.plot(xs, ys, color="#5b6b7b", linewidth=0.7, zorder=1)
        for k in kotak:
            puncak_ini = k is puncak
            ax.add_patch(Rectangle((k.x, k.y), k.lebar, k.tinggi, facecolor="#dce6f2" if puncak_ini else "#ffffff",
                                   edgecolor="#1f4e79", linewidth=0.9 if puncak_ini else 0.7, zorder=2))
            for i, (teks, tebal) in enumerate(k.baris):
                ax.text(k.x + k.lebar / 2, k.y + PAD + i * BARIS_CM, teks, ha="center", va="top",
                        fontweight="bold" if tebal else "normal", zorder=3)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=DPI * SKALA)
    return buf.getvalue()
