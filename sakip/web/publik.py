"""What anonymous visitors see: the reports each PD published, a Pemda summary of them, and the
capaian of every PD-year whose LKjIP is published (a withdrawn or never published LKjIP shows none).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sakip.core import formatting as fmt
from sakip.laporan.models import JenisLaporan, Publikasi
from sakip.organisasi.models import Pemda, Unit
from sakip.pengukuran.services import ukur_pd_banyak


@dataclass(frozen=True)
class Berkas:
    """A published file as a link shows it."""

    pk: int
    nama: str  # the stored file's name, part of its public URL
    format: str
    jenis: str
    label: str  # '' or the PK version, e.g. 'Perubahan'
    diterbitkan_pada: datetime
    ditarik: bool
    pub: Publikasi


def berkas(pub: Publikasi) -> Berkas:
    label = ""
    if pub.perjanjian is not None:
        label = "Awal" if pub.perjanjian.nomor_perubahan == 0 else f"Perubahan {pub.perjanjian.nomor_perubahan}"
    return Berkas(pub.pk, pub.berkas.name.rsplit("/", 1)[-1], pub.format, pub.jenis, label, pub.diterbitkan_pada,
                  pub.ditarik, pub)


@dataclass
class BarisPublik:
    """One PD-year: its newest publication per kind and format."""

    unit: Unit
    tahun: int
    berkas: dict[str, list[Berkas]] = field(default_factory=dict)  # jenis -> newest per format

    def jenis(self, kode: str) -> list[Berkas]:
        return self.berkas.get(kode, [])

    @property
    def lkjip(self) -> list[Berkas]:
        return self.jenis(JenisLaporan.LKJIP)

    @property
    def pk(self) -> list[Berkas]:
        return self.jenis(JenisLaporan.PK)

    @property
    def e81(self) -> list[Berkas]:
        return self.jenis(JenisLaporan.E81)


@dataclass
class TahunPublik:
    tahun: int
    baris: list[BarisPublik]
    jumlah_pd: int

    @property
    def jumlah_lkjip(self) -> int:
        return sum(1 for b in self.baris if b.lkjip)

    @property
    def jumlah_pk(self) -> int:
        return sum(1 for b in self.baris if b.pk)

    @property
    def jumlah_e81(self) -> int:
        return sum(1 for b in self.baris if b.e81)


def _terbaru(pubs: list[Publikasi]) -> dict[str, list[Berkas]]:
    """Newest publication per (kind, format, PK version): earlier ones stay on record, unlisted."""
    seen: set[tuple[str, str, int | None]] = set()
    out: dict[str, list[Berkas]] = defaultdict(list)
    for p in sorted(pubs, key=lambda p: (p.diterbitkan_pada, p.pk), reverse=True):
        key = (p.jenis, p.format, p.perjanjian_id)
        if key not in seen:
            seen.add(key)
            out[p.jenis].append(berkas(p))
    return dict(out)


def ringkasan_pemda(pemda: Pemda) -> list[TahunPublik]:
    """Per year with publications (newest first), every PD and what it published (two queries).

    PDs that published nothing that year are listed too, so the summary shows who is missing.
    """
    pubs = list(Publikasi.objects.filter(unit__pemda=pemda, ditarik=False).select_related("perjanjian"))
    grouped: dict[int, dict[int, list[Publikasi]]] = defaultdict(lambda: defaultdict(list))
    for p in pubs:
        grouped[p.tahun][p.unit_id].append(p)
    with_pubs = {p.unit_id for p in pubs}
    units = [u for u in Unit.objects.filter(pemda=pemda).order_by("urutan", "nama")
             if u.induk_id is None or u.pk in with_pubs]
    jumlah_pd = sum(1 for u in units if u.induk_id is None)
    return [
        TahunPublik(tahun, [BarisPublik(u, tahun, _terbaru(grouped[tahun].get(u.pk, []))) for u in units], jumlah_pd)
        for tahun in sorted(grouped, reverse=True)
    ]


def publikasi_unit(unit: Unit) -> list[BarisPublik]:
    """A PD's published reports per year, newest year first (one query)."""
    pubs = list(Publikasi.objects.filter(unit=unit, ditarik=False).select_related("perjanjian"))
    per_tahun: dict[int, list[Publikasi]] = defaultdict(list)
    for p in pubs:
        per_tahun[p.tahun].append(p)
    return [BarisPublik(unit, t, _terbaru(per_tahun[t])) for t in sorted(per_tahun, reverse=True)]


# --- published capaian ----------------------------------------------------------------------

@dataclass(frozen=True)
class NilaiPublik:
    """One published PD-year: rata-rata capaian kinerja and serapan anggaran, as in its LKjIP."""

    capaian: Decimal | None
    serapan: Decimal | None


@dataclass(frozen=True)
class Batang:
    """A bar of the server-drawn SVG chart (coordinates in the SVG's own units)."""

    label: str
    nilai: str
    y: float
    lebar: float
    teks_x: float


@dataclass(frozen=True)
class GrafikBatang:
    """Horizontal bars, one per PD, with the 100 % line: drawn by the template as inline SVG."""

    judul: str
    batang: list[Batang]
    tinggi: float
    garis_100: float
    LEBAR = 720
    KIRI = 300  # label column
    TINGGI_BARIS = 22


def grafik_capaian(judul: str, baris: Sequence[tuple[str, Decimal]]) -> GrafikBatang:
    """Bars of capaian (%) scaled so the largest (at least 100 %) fills the plot width."""
    plot = GrafikBatang.LEBAR - GrafikBatang.KIRI - 70
    puncak = max([Decimal(100), *(v for _, v in baris)])
    skala = plot / float(puncak)
    batang = []
    for i, (label, nilai) in enumerate(baris):
        lebar = max(0.0, float(nilai) * skala)
        batang.append(Batang(label if len(label) <= 44 else label[:43] + "…", fmt.persen(nilai),
                             i * GrafikBatang.TINGGI_BARIS + 6, lebar, GrafikBatang.KIRI + lebar + 4))
    return GrafikBatang(judul, batang, len(baris) * GrafikBatang.TINGGI_BARIS + 12,
                        GrafikBatang.KIRI + 100 * skala)


@dataclass
class CapaianPublik:
    """The published capaian of a Pemda's PDs: a table PD × year and one chart per year."""

    tahun: list[int]  # newest first
    baris: list[tuple[Unit, list[NilaiPublik | None]]]  # per unit, one cell per year
    grafik: list[GrafikBatang]


def _lkjip_terbit(filter_: dict[str, object]) -> dict[int, set[int]]:
    """Year -> units whose LKjIP of that year is published and not withdrawn."""
    out: dict[int, set[int]] = defaultdict(set)
    for unit_id, tahun in (Publikasi.objects.filter(jenis=JenisLaporan.LKJIP, ditarik=False, **filter_)
                           .values_list("unit_id", "tahun").distinct()):
        out[tahun].add(unit_id)
    return out


def _ukur_terbit(terbit: dict[int, set[int]], units: dict[int, Unit]) -> dict[tuple[int, int], NilaiPublik]:
    nilai: dict[tuple[int, int], NilaiPublik] = {}
    for tahun, ids in terbit.items():
        hasil = ukur_pd_banyak([units[i] for i in ids if i in units], tahun)
        for unit_id, h in hasil.items():
            nilai[(unit_id, tahun)] = NilaiPublik(h.capaian_kinerja, h.anggaran.persen)
    return nilai


def capaian_publik(pemda: Pemda) -> CapaianPublik:
    """Every published PD-year of a Pemda measured (one measurement per year, whatever the PD count)."""
    terbit = _lkjip_terbit({"unit__pemda": pemda})
    ids = set().union(*terbit.values()) if terbit else set()
    units = {u.pk: u for u in Unit.objects.filter(pk__in=ids).select_related("pemda").order_by("urutan", "nama")}
    nilai = _ukur_terbit(terbit, units)
    tahun = sorted(terbit, reverse=True)
    baris = [(u, [nilai.get((u.pk, t)) for t in tahun]) for u in units.values()]
    grafik = []
    for t in tahun:
        data = [(u.nama, nilai[(u.pk, t)].capaian) for u in units.values()
                if (u.pk, t) in nilai and nilai[(u.pk, t)].capaian is not None]
        if data:
            grafik.append(grafik_capaian(f"Rata-rata capaian kinerja perangkat daerah tahun {t}",
                                         [(n, v) for n, v in data if v is not None]))
    return CapaianPublik(tahun, baris, grafik)


def capaian_publik_unit(unit: Unit) -> list[tuple[int, NilaiPublik]]:
    """A PD's published years (newest first) with their capaian."""
    terbit = _lkjip_terbit({"unit": unit})
    nilai = _ukur_terbit(terbit, {unit.pk: unit})
    return [(t, nilai[(unit.pk, t)]) for t in sorted(terbit, reverse=True) if (unit.pk, t) in nilai]
