"""Pohon kinerja: the Pemda's visi down to every PD's sub kegiatan, and where alignment is missing.

Nodes come in flat (key, parent key, level, label, the capaian of their indicators, the RPJMD
box they support); the tree and its misalignments come out:

    Visi → Misi → Tujuan RPJMD → Sasaran RPJMD → Tujuan PD → Sasaran PD → Program → Kegiatan → Sub Kegiatan

A PD's box hangs under its own parent (the cascade wins); a top-level PD box (a tujuan, or the
sasaran of a unit without tujuan) hangs under the RPJMD box it supports, or, supporting
nothing, among the boxes "belum selaras". Children keep the order of the input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .skala import STANDARD_SCALES, AturanSkala, RentangSkala
from .summary import rata_rata


class TingkatPohon(StrEnum):
    VISI = "visi"
    MISI = "misi"
    TUJUAN = "tujuan"
    SASARAN = "sasaran"
    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub_kegiatan"


LABEL_TINGKAT = {
    TingkatPohon.VISI: "Visi", TingkatPohon.MISI: "Misi", TingkatPohon.TUJUAN: "Tujuan", TingkatPohon.SASARAN: "Sasaran",
    TingkatPohon.PROGRAM: "Program", TingkatPohon.KEGIATAN: "Kegiatan", TingkatPohon.SUB_KEGIATAN: "Sub Kegiatan",
}
_SELARAS = (TingkatPohon.TUJUAN, TingkatPohon.SASARAN)  # the levels alignment is recorded between
_URUTAN = list(TingkatPohon)


class JenisTidakSelaras(StrEnum):
    TIDAK_MENDUKUNG = "tidak_mendukung"  # a PD tujuan/sasaran supports no RPJMD box
    TANPA_PENDUKUNG = "tanpa_pendukung"  # an RPJMD tujuan/sasaran no PD box supports
    MISI_TANPA_TUJUAN = "misi_tanpa_tujuan"  # a misi with no RPJMD tujuan
    MISI_TANPA_PENDUKUNG = "misi_tanpa_pendukung"  # a misi no PD box supports (through its boxes)
    TUJUAN_TANPA_MISI = "tujuan_tanpa_misi"  # an RPJMD tujuan naming no misi
    MISI_TIDAK_SESUAI = "misi_tidak_sesuai"  # supports a box under a misi its unit does not declare


LABEL_JENIS = {
    JenisTidakSelaras.TIDAK_MENDUKUNG: "Tujuan/sasaran PD tidak mendukung tujuan/sasaran RPJMD",
    JenisTidakSelaras.TANPA_PENDUKUNG: "Tujuan/sasaran RPJMD tidak didukung perangkat daerah",
    JenisTidakSelaras.MISI_TANPA_TUJUAN: "Misi tanpa tujuan RPJMD",
    JenisTidakSelaras.MISI_TANPA_PENDUKUNG: "Misi tidak didukung perangkat daerah",
    JenisTidakSelaras.TUJUAN_TANPA_MISI: "Tujuan RPJMD tanpa misi",
    JenisTidakSelaras.MISI_TIDAK_SESUAI: "Mendukung misi yang tidak dinyatakan unitnya",
}


@dataclass(frozen=True)
class IndikatorPohon:
    """One indicator of a box: its figures of the year, as the measurement prints them."""

    nama: str
    satuan: str = ""
    target: Decimal | None = None
    realisasi: Decimal | None = None
    capaian: Decimal | None = None  # percent, two decimals; None when not measurable
    desimal: int = 2


@dataclass(frozen=True)
class NodeInput:
    key: str
    induk: str | None
    tingkat: TingkatPohon
    label: str
    rpjmd: bool = False  # a box of the Pemda's own plan (visi, misi, RPJMD tujuan/sasaran)
    unit: str = ""  # the unit's name, for PD boxes
    unit_key: str = ""  # identifies the unit (a PD's branch, the misi it declares)
    kode: str = ""
    indikator: tuple[IndikatorPohon, ...] = ()
    mendukung: str | None = None  # key of the RPJMD box this PD box supports
    misi_unit: frozenset[str] = frozenset()  # keys of the misi the unit declares to support


@dataclass(eq=False)  # boxes are compared by identity: a tree is searched with ``in``
class Simpul:
    """A box placed in the tree, with its capaian, colour and alignment findings."""

    input: NodeInput
    anak: list[Simpul] = field(default_factory=list)
    capaian: Decimal | None = None  # mean capaian of its indicators, two decimals
    kategori: RentangSkala | None = None  # the capaian's band on the scale (predikat kinerja)
    warna: int | None = None  # 0 (worst) … 4 (best); None without capaian
    pendukung: int = 0  # PD boxes supporting this RPJMD box directly
    dukungan_lain: Simpul | None = None  # supported RPJMD box other than the one it hangs under
    tidak_selaras: list[JenisTidakSelaras] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.input.key

    @property
    def tingkat(self) -> TingkatPohon:
        return self.input.tingkat


@dataclass(frozen=True)
class TidakSelaras:
    jenis: JenisTidakSelaras
    key: str
    pesan: str
    unit_key: str = ""


@dataclass
class Pohon:
    akar: list[Simpul]  # the visi (normally one per period)
    lepas: list[Simpul]  # top-level PD boxes supporting nothing: "belum selaras"
    tidak_selaras: list[TidakSelaras]
    simpul: dict[str, Simpul]

    def jumlah(self) -> dict[JenisTidakSelaras, int]:
        """How many findings of each kind, in the order of JenisTidakSelaras."""
        counts = {j: 0 for j in JenisTidakSelaras}
        for t in self.tidak_selaras:
            counts[t.jenis] += 1
        return {j: n for j, n in counts.items() if n}


def tingkat_warna(skala: AturanSkala, band: RentangSkala | None) -> int | None:
    """A band's rank spread over 0 (worst) … 4 (best), the colours the web app uses."""
    if band is None or len(skala.bands) < 2:
        return None
    return round((band.peringkat - 1) * 4 / (len(skala.bands) - 1))


def _nama(s: Simpul) -> str:
    who = f" ({s.input.unit})" if s.input.unit else ""
    return f"{LABEL_TINGKAT[s.tingkat]} '{s.input.label}'{who}"


def bangun(nodes: Sequence[NodeInput], skala: AturanSkala | None = None) -> Pohon:
    """The tree of the flat boxes, coloured by capaian on ``skala`` (predikat kinerja by default)."""
    skala = skala or STANDARD_SCALES["predikat_kinerja"]
    simpul: dict[str, Simpul] = {}
    for n in nodes:
        capaian = rata_rata(i.capaian for i in n.indikator)
        band = skala.classify(capaian)
        simpul[n.key] = Simpul(n, capaian=capaian, kategori=band, warna=tingkat_warna(skala, band))
    visi = next((s for s in simpul.values() if s.tingkat is TingkatPohon.VISI), None)
    findings: list[TidakSelaras] = []

    def flag(s: Simpul, jenis: JenisTidakSelaras, pesan: str) -> None:
        s.tidak_selaras.append(jenis)
        findings.append(TidakSelaras(jenis, s.key, pesan, s.input.unit_key))

    akar: list[Simpul] = []
    lepas: list[Simpul] = []
    for s in simpul.values():
        n = s.input
        parent = simpul.get(n.induk) if n.induk is not None else None
        if parent is None and not n.rpjmd and n.mendukung in simpul:
            parent = simpul[n.mendukung]  # a top-level PD box hangs under what it supports
        if parent is None and n.rpjmd and n.tingkat is TingkatPohon.TUJUAN and visi is not None:
            parent = visi  # shown, and reported below as naming no misi
        if parent is not None:
            parent.anak.append(s)
        elif n.tingkat is TingkatPohon.VISI or n.rpjmd:
            akar.append(s)
        else:
            lepas.append(s)
    _drop_cycles(simpul, akar, lepas)
    misi_of = _misi_of(akar)
    for s in simpul.values():
        n = s.input
        if n.rpjmd or n.tingkat not in _SELARAS:
            continue
        target = simpul.get(n.mendukung) if n.mendukung is not None else None
        if target is None or not target.input.rpjmd or target.tingkat not in _SELARAS:
            flag(s, JenisTidakSelaras.TIDAK_MENDUKUNG,
                 f"{_nama(s)} tidak mendukung tujuan/sasaran RPJMD mana pun.")
            continue
        target.pendukung += 1
        misi = misi_of.get(target.key)
        if n.misi_unit and misi is not None and misi.key not in n.misi_unit:
            flag(s, JenisTidakSelaras.MISI_TIDAK_SESUAI,
                 f"{_nama(s)} mendukung {LABEL_TINGKAT[target.tingkat].lower()} RPJMD di bawah "
                 f"misi '{misi.input.label}', yang tidak dinyatakan didukung unitnya.")
    _dukungan_lain(akar, None, simpul)
    _rpjmd_findings(akar, flag)
    order = {k: i for i, k in enumerate(simpul)}
    findings.sort(key=lambda t: order[t.key])
    return Pohon(akar, lepas, findings, simpul)


def _drop_cycles(simpul: dict[str, Simpul], akar: list[Simpul], lepas: list[Simpul]) -> None:
    """Boxes whose parents form a loop reach no root: detach them and list them as loose."""
    seen = {s.key for s, _ in jelajah([*akar, *lepas])}
    for s in simpul.values():
        if s.key in seen:
            continue
        for other in simpul.values():
            if s in other.anak and other.key not in seen:
                other.anak.remove(s)
        lepas.append(s)
        seen |= {x.key for x, _ in jelajah([s])}


def _misi_of(akar: Iterable[Simpul]) -> dict[str, Simpul]:
    """The misi each RPJMD box lies under."""
    out: dict[str, Simpul] = {}

    def walk(s: Simpul, misi: Simpul | None) -> None:
        if s.tingkat is TingkatPohon.MISI:
            misi = s
        if misi is not None and s.input.rpjmd:
            out[s.key] = misi
        for child in s.anak:
            if child.input.rpjmd:
                walk(child, misi)

    for root in akar:
        walk(root, None)
    return out


def _dukungan_lain(nodes: Iterable[Simpul], rpjmd: Simpul | None, simpul: dict[str, Simpul]) -> None:
    """Mark PD boxes supporting an RPJMD box other than the one they hang under (cross-cutting)."""
    for s in nodes:
        if not s.input.rpjmd and s.input.mendukung is not None:
            target = simpul.get(s.input.mendukung)
            if target is not None and target is not rpjmd and target.input.rpjmd:
                s.dukungan_lain = target
        _dukungan_lain(s.anak, s if s.input.rpjmd else rpjmd, simpul)


_Flag = Callable[[Simpul, JenisTidakSelaras, str], None]


def _rpjmd_findings(akar: Iterable[Simpul], flag: _Flag) -> None:
    """Misi without tujuan or support, RPJMD boxes no PD supports, tujuan without misi."""

    def supported(s: Simpul) -> bool:
        return s.pendukung > 0 or any(supported(c) for c in s.anak if c.input.rpjmd)

    for root in akar:
        for s, _ in jelajah([root]):
            if not s.input.rpjmd:
                continue
            rpjmd_children = [c for c in s.anak if c.input.rpjmd]
            if s.tingkat is TingkatPohon.MISI:
                if not any(c.tingkat is TingkatPohon.TUJUAN for c in rpjmd_children):
                    flag(s, JenisTidakSelaras.MISI_TANPA_TUJUAN, f"Misi '{s.input.label}' belum mempunyai tujuan RPJMD.")
                elif not supported(s):
                    flag(s, JenisTidakSelaras.MISI_TANPA_PENDUKUNG,
                         f"Misi '{s.input.label}' tidak didukung tujuan/sasaran perangkat daerah mana pun.")
            elif s.tingkat in _SELARAS:
                if s.tingkat is TingkatPohon.TUJUAN and root.tingkat is TingkatPohon.VISI and s in root.anak:
                    flag(s, JenisTidakSelaras.TUJUAN_TANPA_MISI, f"{_nama(s)} RPJMD tidak dikaitkan ke misi.")
                if not supported(s):
                    flag(s, JenisTidakSelaras.TANPA_PENDUKUNG,
                         f"{_nama(s)} RPJMD tidak didukung tujuan/sasaran perangkat daerah mana pun.")


def jelajah(roots: Iterable[Simpul]) -> Iterator[tuple[Simpul, int]]:
    """Every box below ``roots`` in display order (pre-order) with its depth (roots at 0)."""
    stack = [(s, 0) for s in reversed(list(roots))]
    seen: set[int] = set()
    while stack:
        s, depth = stack.pop()
        if id(s) in seen:  # a malformed tree never loops the walk
            continue
        seen.add(id(s))
        yield s, depth
        stack.extend((c, depth + 1) for c in reversed(s.anak))


def _prune(nodes: Sequence[Simpul], keep: set[str]) -> list[Simpul]:
    """Copies of the boxes in ``keep`` (and their kept descendants) in the same shape."""
    out = []
    for s in nodes:
        if s.key in keep:
            copy = Simpul(s.input, _prune(s.anak, keep), s.capaian, s.kategori, s.warna, s.pendukung,
                          s.dukungan_lain, list(s.tidak_selaras))
            out.append(copy)
    return out


def _with_ancestors(pohon: Pohon, wanted: set[str]) -> set[str]:
    keep: set[str] = set()

    def walk(s: Simpul) -> bool:
        hit = s.key in wanted
        for c in s.anak:
            hit = walk(c) or hit
        if hit:
            keep.add(s.key)
        return hit

    for root in [*pohon.akar, *pohon.lepas]:
        walk(root)
    return keep


def saring_tidak_selaras(pohon: Pohon) -> Pohon:
    """Only the misaligned boxes, with the path from the visi down to each."""
    keep = _with_ancestors(pohon, {t.key for t in pohon.tidak_selaras})
    return _subset(pohon, keep, pohon.tidak_selaras)


def cabang(pohon: Pohon, unit_keys: Iterable[str], *, sampai: TingkatPohon | None = None) -> Pohon:
    """One PD's branch: its boxes (down to ``sampai``), the RPJMD boxes above them and the findings on them."""
    units = set(unit_keys)
    depth = _URUTAN.index(sampai) if sampai is not None else len(_URUTAN)
    mine = {k for k, s in pohon.simpul.items()
            if s.input.unit_key in units and not s.input.rpjmd and _URUTAN.index(s.tingkat) <= depth}
    keep = _with_ancestors(pohon, mine)
    return _subset(pohon, keep, [t for t in pohon.tidak_selaras if t.key in mine])


def _subset(pohon: Pohon, keep: set[str], findings: list[TidakSelaras]) -> Pohon:
    akar = _prune(pohon.akar, keep)
    lepas = _prune(pohon.lepas, keep)
    return Pohon(akar, lepas, list(findings), {s.key: s for s, _ in jelajah([*akar, *lepas])})
