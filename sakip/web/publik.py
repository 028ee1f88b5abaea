"""What anonymous visitors see: the reports each PD published, and a Pemda summary of them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sakip.laporan.models import JenisLaporan, Publikasi
from sakip.organisasi.models import Pemda, Unit


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
