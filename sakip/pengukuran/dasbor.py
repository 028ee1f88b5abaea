"""The dashboards: every PD of a Pemda side by side (and their ranking), and a PD-year at a glance.

Built in a fixed number of queries: ``ukur_pd_banyak`` measures all PDs at once, so adding PDs or
indicators adds rows, not queries. The web's dashboards and ``sakip.pemantauan`` (ranking,
reminders) read them; they only render what they return. The PD dashboard counts what each
triwulan needs by the entry patterns of ``sakip.core.pola``, the rule the entry grid and the
monitoring of who has not reported follow too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from django.db.models import Q

from sakip.anggaran.models import MataAnggaran
from sakip.core import formatting as fmt
from sakip.core.aggregation import Bagian
from sakip.core.budget import BudgetLine, BudgetTotal, TingkatAnggaran
from sakip.core.budget import total as budget_total
from sakip.core.capaian import StatusCapaian
from sakip.core.measurement import (
    BarisHasil,
    HasilPengukuran,
    HasilPK,
    Kelompok,
    ringkasan_triwulan,
)
from sakip.core.numbers import percent, round2
from sakip.core.pohon import tingkat_warna
from sakip.core.pola import bagian_kolom, bagian_wajib_rencana, isian_tahun
from sakip.core.skala import AturanSkala, RentangSkala
from sakip.core.summary import Ringkasan, efisiensi, rata_rata
from sakip.core.waktu import ROMAWI
from sakip.organisasi.models import JenisUnit, Pemda, Unit
from sakip.pengukuran.services import (
    NilaiStandar,
    budget_lines,
    budget_lines_many,
    nilai_standar,
    ukur_pd_banyak,
)
from sakip.perencanaan.models import (
    Indikator,
    IndikatorTurunan,
    NodeCascade,
    PeriodePerencanaan,
    Skala,
)
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja, Versi
from sakip.realisasi.kelengkapan import Kelengkapan, kelengkapan_banyak
from sakip.realisasi.models import NarasiIndikator, Realisasi, Status, StatusTriwulan
from sakip.rencana_aksi.baca import target_pk_tahun, target_rantai

PREDIKAT = "predikat_kinerja"

KODE_SAKIP = "nilai_sakip"
KODE_IKM = "ikm"


def tahun_unit(unit: Unit) -> list[int]:
    """Years with a PK or a DPA for the unit (two queries)."""
    years = set(PerjanjianKinerja.objects.filter(unit=unit).values_list("tahun", flat=True))
    years |= set(MataAnggaran.objects.filter(unit=unit).values_list("tahun", flat=True))
    return sorted(years)


def tahun_pemda(pemda: Pemda) -> list[int]:
    years = set(PerjanjianKinerja.objects.filter(unit__pemda=pemda).values_list("tahun", flat=True))
    years |= set(MataAnggaran.objects.filter(unit__pemda=pemda).values_list("tahun", flat=True))
    return sorted(years)


def tahun_periode(pemda_id: int) -> list[int]:
    """Every year of the Pemda's planning periods (one query)."""
    years: set[int] = set()
    for a, b in PeriodePerencanaan.objects.filter(pemda_id=pemda_id).values_list("tahun_mulai", "tahun_selesai"):
        years |= set(range(a, b + 1))
    return sorted(years)


# -- Colours and scales -------------------------------------------------------------------------

STATUS_CAPAIAN = {
    StatusCapaian.TERUKUR: "terukur",
    StatusCapaian.BELUM_ADA_DATA: "belum ada data",
    StatusCapaian.TIDAK_DAPAT_DIUKUR: "tidak dapat diukur",
}


def warna(skala: AturanSkala | None, band: RentangSkala | None) -> str:
    """A CSS class w0 (worst) … w4 (best) from a band's rank on its scale; 'w-' when unknown."""
    level = tingkat_warna(skala, band) if skala is not None else None
    return "w-" if level is None else f"w{level}"


def skala_map(ids: set[int]) -> dict[int, AturanSkala]:
    """Scales by id, plus the predikat kinerja scale (for capaian colours) under key 0; two queries."""
    qs = (Skala.objects.filter(pk__in=ids) | Skala.objects.filter(kode=PREDIKAT)).prefetch_related("kelas")
    out: dict[int, AturanSkala] = {}
    for s in qs:
        scale = s.ke_aturan()
        out[s.pk] = scale
        if s.kode == PREDIKAT:
            out[0] = scale
    return out


# -- Pemda dashboard ----------------------------------------------------------------------------

URUTAN = {
    "nama": "Perangkat Daerah",
    "capaian": "Rata-rata capaian",
    "serapan": "Serapan anggaran",
    "sakip": "Nilai SAKIP",
    "ikm": "IKM",
}


class _NilaiStandar(Protocol):
    @property
    def sakip(self) -> NilaiStandar | None: ...

    @property
    def ikm(self) -> NilaiStandar | None: ...


class _WarnaNilai:
    """The colour classes of a row's or a PD's Nilai SAKIP and IKM."""

    @property
    def warna_sakip(self: _NilaiStandar) -> str:
        return warna(self.sakip.skala, self.sakip.kategori) if self.sakip else "w-"

    @property
    def warna_ikm(self: _NilaiStandar) -> str:
        return warna(self.ikm.skala, self.ikm.kategori) if self.ikm else "w-"


_KELAS_STATUS = {Status.DRAFT: "status-draf", Status.DIAJUKAN: "status-diajukan", Status.DISETUJUI: "status-ok",
                 Status.TERKUNCI: "status-terkunci"}


@dataclass(frozen=True)
class TriwulanPD:
    """A PD as of a triwulan on the Pemda dashboard: capaian and budget up to it, and its entry."""

    ringkasan: Ringkasan | None  # sasaran strategis against the rencana aksi (core.measurement)
    pagu: Decimal  # the year's, the one denominator of both budget figures
    realisasi: Decimal  # budget realisasi up to the triwulan
    rencana: Decimal | None  # anggaran kas planned up to the triwulan (None: not planned)
    kelengkapan: Kelengkapan  # what the triwulan still lacks, the "Ajukan" gate's rule
    status: Status  # of the triwulan's approval workflow
    ada_data: bool = True  # a PK or a DPA this year: without either nothing could be entered

    @property
    def lengkap(self) -> bool:
        return self.ada_data and self.kelengkapan.lengkap

    @property
    def serapan(self) -> Decimal | None:
        return round2(percent(self.realisasi, self.pagu)) if self.pagu else None

    @property
    def persen_rencana(self) -> Decimal | None:
        return round2(percent(self.rencana, self.pagu)) if self.pagu and self.rencana is not None else None

    @property
    def kelas_status(self) -> str:
        """The CSS class of the status badge, as on the PD's own pages."""
        return _KELAS_STATUS[self.status]

    @property
    def indikator_terisi(self) -> int:
        return self.kelengkapan.indikator_wajib - len(self.kelengkapan.indikator_belum)

    @property
    def sub_kegiatan_terisi(self) -> int:
        return self.kelengkapan.sub_kegiatan - len(self.kelengkapan.sub_kegiatan_belum)


@dataclass
class BarisPD(_WarnaNilai):
    unit: Unit
    hasil: HasilPengukuran | None
    rata_rata: Decimal | None  # the year's, or as of the triwulan shown
    predikat: RentangSkala | None
    warna_capaian: str
    serapan: Decimal | None  # the year's, or up to the triwulan shown
    sakip: NilaiStandar | None
    ikm: NilaiStandar | None
    versi_pk: str
    tw: TriwulanPD | None = None  # set when the dashboard shows a triwulan

    def kunci(self, urut: str) -> Decimal | str | None:
        if urut == "nama":
            return self.unit.nama.casefold()
        if urut == "capaian":
            return self.rata_rata
        if urut == "serapan":
            return self.serapan
        if urut == "sakip":
            return self.sakip.nilai if self.sakip else None
        return self.ikm.nilai if self.ikm else None


@dataclass
class Sebaran:
    """How many PDs fall in each category of a scale (best first), for a chart and its table."""

    kode: str
    judul: str
    kelas: list[tuple[RentangSkala, int, str]]  # band, count, colour class
    tanpa_nilai: int

    @property
    def grafik_id(self) -> str:
        return f"grafik-{self.kode}"

    @property
    def ada_nilai(self) -> bool:
        return any(n for _, n, _ in self.kelas)

    @property
    def grafik(self) -> dict[str, object]:
        """Data for the chart (json_script): labels, counts, colour classes, tooltip texts."""
        return {
            "judul": self.judul,
            "label": [b.kode for b, _, _ in self.kelas],
            "nilai": [n for _, n, _ in self.kelas],
            "warna": [w for _, _, w in self.kelas],
            "teks": [f"{b.teks}: {n} PD" for b, n, _ in self.kelas],
        }


@dataclass
class DasborPemda:
    pemda: Pemda
    tahun: int
    baris: list[BarisPD]
    jumlah_pd: int
    rata_rata_capaian: Decimal | None
    pagu: Decimal
    realisasi: Decimal
    serapan: Decimal | None
    rata_rata_sakip: Decimal | None
    rata_rata_ikm: Decimal | None
    sebaran: list[Sebaran]
    triwulan: int | None = None
    rencana: Decimal | None = None  # anggaran kas up to the triwulan, over the same PDs and pagu
    jumlah_berencana: int = 0  # PDs with an anggaran kas
    jumlah_terukur: int = 0  # PDs with a capaian (as of the triwulan shown)
    jumlah_lengkap: int = 0  # PDs whose triwulan lacks nothing
    per_status: list[tuple[Status, int]] = field(default_factory=list)

    @property
    def persen_rencana(self) -> Decimal | None:
        return round2(percent(self.rencana, self.pagu)) if self.pagu and self.rencana is not None else None

    @property
    def romawi(self) -> str:
        return ROMAWI[self.triwulan] if self.triwulan else ""


def unit_pelapor(pemda: Pemda, tahun: int) -> list[Unit]:
    """The PDs on the Pemda dashboard: top-level units, and any unit with a PK or a DPA that year."""
    reporting = Q(perjanjian_kinerja__tahun=tahun) | Q(mata_anggaran__tahun=tahun)
    ids = set(Unit.objects.filter(pemda=pemda).tanpa_pemda().filter(Q(induk__isnull=True) | reporting)
              .values_list("pk", flat=True))
    return list(Unit.objects.filter(pk__in=ids).order_by("urutan", "nama"))


def dasbor_pemda(pemda: Pemda, tahun: int, *, urut: str = "nama", turun: bool = False, jenis: str = "",
                 cari: str = "", predikat: str = "", triwulan: int | None = None) -> DasborPemda:
    """Every PD of the Pemda side by side, filtered and sorted (a fixed number of queries).

    With ``triwulan`` each PD is measured as of it (``ukur_pd_banyak``, the engine of
    ``sakip measure --triwulan``): capaian against the rencana aksi, budget realisasi and anggaran
    kas up to it over the year's pagu, and the triwulan's entry (``kelengkapan_banyak``, the "Ajukan"
    gate's rule) and approval status; capaian, serapan, predikat, sorting and the charts follow it.
    """
    units = unit_pelapor(pemda, tahun)
    hasil = ukur_pd_banyak(units, tahun, triwulan=triwulan)
    nilai = nilai_standar(units, tahun, [KODE_SAKIP, KODE_IKM])
    scales = skala_map(set())
    skala_predikat = scales.get(0)
    versi = _versi_pk(units, tahun)
    per_tw = _triwulan_pd(units, tahun, triwulan, hasil) if triwulan is not None else {}
    rows = []
    for u in units:
        h = hasil.get(u.pk)
        tw = per_tw.get(u.pk)
        if tw is not None:
            rata = tw.ringkasan.rata_rata_capaian if tw.ringkasan else None
            serapan = tw.serapan
        else:
            rata = h.capaian_kinerja if h else None
            serapan = h.anggaran.persen if h else None
        band = skala_predikat.classify(rata) if skala_predikat and rata is not None else None
        rows.append(BarisPD(
            unit=u, hasil=h, rata_rata=rata, predikat=band, warna_capaian=warna(skala_predikat, band),
            serapan=serapan, sakip=nilai.get(u.pk, {}).get(KODE_SAKIP),
            ikm=nilai.get(u.pk, {}).get(KODE_IKM), versi_pk=versi.get(u.pk, ""), tw=tw,
        ))
    if jenis:
        rows = [r for r in rows if r.unit.jenis == jenis]
    if cari:
        needle = cari.casefold()
        rows = [r for r in rows if needle in r.unit.nama.casefold() or needle in r.unit.singkatan.casefold()]
    if predikat:
        rows = [r for r in rows if (r.predikat.kode if r.predikat else "-") == predikat]
    rows = _urutkan(rows, urut if urut in URUTAN else "nama", turun)
    # One denominator for every aggregate: the PDs listed, and the whole year's pagu of those PDs
    # (realisasi and anggaran kas up to the triwulan are both shares of it).
    pagu = sum((r.hasil.anggaran.pagu for r in rows if r.hasil), Decimal(0))
    if triwulan is not None:
        real = sum((r.tw.realisasi for r in rows if r.tw), Decimal(0))
    else:
        real = sum((r.hasil.anggaran.realisasi for r in rows if r.hasil), Decimal(0))
    sebaran = [
        _sebaran("predikat", "Predikat kinerja (rata-rata capaian)", skala_predikat, [r.predikat for r in rows]),
        _sebaran("sakip", "Predikat SAKIP", _skala_dari(rows, "sakip"),
                 [r.sakip.kategori if r.sakip else None for r in rows]),
        _sebaran("ikm", "Mutu pelayanan (IKM)", _skala_dari(rows, "ikm"),
                 [r.ikm.kategori if r.ikm else None for r in rows]),
    ]
    tws = [r.tw for r in rows if r.tw is not None]
    status = Counter(t.status for t in tws)
    return DasborPemda(
        pemda=pemda, tahun=tahun, baris=rows, jumlah_pd=len(rows),
        rata_rata_capaian=rata_rata(r.rata_rata for r in rows), pagu=pagu, realisasi=real,
        serapan=round2(percent(real, pagu)) if pagu else None,
        rata_rata_sakip=rata_rata(r.sakip.nilai for r in rows if r.sakip),
        rata_rata_ikm=rata_rata(r.ikm.nilai for r in rows if r.ikm),
        sebaran=[s for s in sebaran if s.kelas],
        triwulan=triwulan,
        rencana=sum((t.rencana for t in tws if t.rencana is not None), Decimal(0)) if tws else None,
        jumlah_berencana=sum(1 for t in tws if t.rencana is not None),
        jumlah_terukur=sum(1 for r in rows if r.rata_rata is not None),
        jumlah_lengkap=sum(1 for t in tws if t.lengkap),
        per_status=[(st, status.get(st, 0)) for st in Status] if triwulan is not None else [],
    )


def _triwulan_pd(units: Sequence[Unit], tahun: int, triwulan: int,
                 hasil: dict[int, HasilPengukuran]) -> dict[int, TriwulanPD]:
    """Each PD as of ``triwulan`` from its measurement, plus its entry and approval (seven queries)."""
    lengkap = kelengkapan_banyak(units, tahun, triwulan)
    status = dict(StatusTriwulan.objects.filter(unit_id__in=[u.pk for u in units], tahun=tahun, triwulan=triwulan)
                  .order_by().values_list("unit_id", "status"))  # no row: draft, as realisasi.alur
    out = {}
    for u in units:
        h = hasil.get(u.pk)
        anggaran = h.anggaran_triwulan if h else None
        out[u.pk] = TriwulanPD(
            ringkasan=ringkasan_triwulan(h.pk) if h else None,
            pagu=anggaran.pagu if anggaran else Decimal(0),
            realisasi=anggaran.realisasi if anggaran else Decimal(0),
            rencana=h.rencana_anggaran if h else None,
            kelengkapan=lengkap[u.pk], status=Status(status.get(u.pk, Status.DRAFT)), ada_data=h is not None,
        )
    return out


def _urutkan(rows: list[BarisPD], urut: str, turun: bool) -> list[BarisPD]:
    """Sort by a column; PDs without a value always come last."""
    have = [r for r in rows if r.kunci(urut) is not None]
    missing = [r for r in rows if r.kunci(urut) is None]
    have.sort(key=lambda r: (r.kunci(urut), r.unit.nama), reverse=turun)  # type: ignore[arg-type,return-value]
    return have + sorted(missing, key=lambda r: r.unit.nama)


def _versi_pk(units: Sequence[Unit], tahun: int) -> dict[int, str]:
    """The PK version in force per unit, as a short label (one query)."""
    out: dict[int, tuple[int, str]] = {}
    for uid, nomor, signed in PerjanjianKinerja.objects.filter(unit__in=units, tahun=tahun).values_list(
        "unit_id", "nomor_perubahan", "ditandatangani"
    ):
        label = ("PK awal" if nomor == 0 else f"Perubahan {nomor}") + ("" if signed else " (draf)")
        rank = nomor * 2 + (1 if signed else 0)
        if uid not in out or rank > out[uid][0]:
            out[uid] = (rank, label)
    return {uid: label for uid, (_, label) in out.items()}


def _skala_dari(rows: list[BarisPD], attr: str) -> AturanSkala | None:
    for r in rows:
        n: NilaiStandar | None = getattr(r, attr)
        if n is not None and n.skala is not None:
            return n.skala
    return None


def _sebaran(kode: str, judul: str, skala: AturanSkala | None, bands: list[RentangSkala | None]) -> Sebaran:
    if skala is None:
        return Sebaran(kode, judul, [], 0)
    counts = Counter(b.kode for b in bands if b is not None)
    kelas = [(b, counts.get(b.kode, 0), warna(skala, b)) for b in sorted(skala.bands, key=lambda b: -b.peringkat)]
    return Sebaran(kode, judul, kelas, sum(1 for b in bands if b is None))


JENIS_PILIHAN = [(j.value, j.label) for j in JenisUnit if j is not JenisUnit.KELURAHAN]



# -- PD dashboard -------------------------------------------------------------------------------


def _pendek(teks: str, n: int = 38) -> str:
    return teks if len(teks) <= n else teks[: n - 1] + "…"


def urutan_node(nodes: Sequence[NodeCascade]) -> dict[int, tuple[int, int]]:
    """Depth-first position and depth of each node, so rows follow the cascade tree."""
    anak: dict[int | None, list[NodeCascade]] = defaultdict(list)
    for n in nodes:
        anak[n.induk_id].append(n)
    for lst in anak.values():
        lst.sort(key=lambda n: (n.urutan, n.pk))
    pos: dict[int, tuple[int, int]] = {}
    stack = [(n, 0) for n in reversed(anak[None])]
    while stack:
        n, depth = stack.pop()
        pos[n.pk] = (len(pos), depth)
        stack.extend((c, depth + 1) for c in reversed(anak[n.pk]))
    return pos


@dataclass(frozen=True)
class IsianPK:
    """A PK indicator's year as entered: the row of the realisasi sheet the dashboard counts."""

    indikator: Indikator
    rantai: list[int]  # the indicator, then its predecessors in the year's periods
    pola: str
    nilai: dict[Bagian, Decimal]
    turunan: bool  # computed from other units' data (or the budget): never due
    bertarget: frozenset[int] | None = None  # the rencana aksi's triwulans with a target (None: no rencana aksi)

    def wajib(self, tw: int) -> Bagian | None:
        """The value due at the end of triwulan ``tw`` (None: nothing is due), the rule of the "Ajukan"
        gate (``sakip.realisasi.kelengkapan``)."""
        return None if self.turunan else bagian_wajib_rencana(self.pola, tw, self.bertarget)

    def belum(self, tw: int) -> bool:
        """Whether the value due at the end of triwulan ``tw`` is still missing."""
        bagian = self.wajib(tw)
        return bagian is not None and bagian not in self.nilai

    @property
    def nilai_tw(self) -> list[str]:
        """The four triwulan columns as the grid shows them ('' where the pattern has no column)."""
        return ["" if b is None else _teks_nilai(self.nilai.get(b)) for b in bagian_kolom(self.pola)]


def _teks_nilai(value: Decimal | None) -> str:
    return "" if value is None else fmt.angka_ringkas(value, 4)


def nilai_dua_tahun(indikator: Q, tahun: int) -> dict[tuple[int, int], dict[Bagian, Decimal]]:
    """The stored parts per (indicator, year) of ``tahun`` and the year before, of the indicators
    ``indikator`` selects (one query): what ``sakip.core.pola.isian_tahun`` reads."""
    values: dict[tuple[int, int], dict[Bagian, Decimal]] = defaultdict(dict)
    for ind_id, th, bagian, nilai in Realisasi.objects.filter(indikator, tahun__in=[tahun - 1, tahun]).values_list(
        "indikator_id", "tahun", "bagian", "nilai"
    ):
        values[(ind_id, th)][Bagian(bagian)] = nilai
    return values


def isian_pk(unit: Unit, tahun: int, periode: Sequence[PeriodePerencanaan]) -> list[IsianPK]:
    """The year's PK indicators of a PD with their entries, in the realisasi sheet's order (five queries).

    Periods newest first, then the cascade tree; a measure carried into the next period is one
    row (the newer indicator).
    """
    indikator = list(Indikator.objects.filter(unit=unit, periode__in=periode).order_by("urutan", "pk"))
    pos = urutan_node(NodeCascade.objects.filter(unit=unit, periode__in=periode).only("pk", "induk_id", "urutan"))
    pendahulu = {i.pk: i.pendahulu_id for i in indikator}
    diganti = {i.pendahulu_id for i in indikator if i.pendahulu_id in pendahulu}
    values = nilai_dua_tahun(Q(indikator__unit=unit), tahun)
    di_pk = target_pk_tahun([unit.pk], tahun)  # the PK rows with their rencana aksi's triwulans
    turunan = set(IndikatorTurunan.objects.filter(indikator__in=pendahulu, mulai_tahun__lte=tahun)
                  .values_list("indikator_id", flat=True))
    kelompok: dict[int, list[tuple[tuple[int, int, int], IsianPK]]] = defaultdict(list)
    for ind in indikator:
        isian = isian_tahun(ind.pk, pendahulu, values, tahun)
        row = target_rantai(isian.rantai, di_pk)
        if ind.pk in diganti or row is None:
            continue
        node_pos = pos.get(ind.node_id, (len(pos), 0))[0] if ind.node_id else len(pos) + 1
        kelompok[ind.periode_id].append(((node_pos, ind.urutan, ind.pk),
                                         IsianPK(ind, isian.rantai, isian.pola, isian.nilai, ind.pk in turunan,
                                                 row.bertarget)))
    return [b for p in periode for _, b in sorted(kelompok.get(p.pk, []), key=lambda x: x[0])]


@dataclass
class BarisPK:
    hasil: BarisHasil
    nilai_tw: list[str]  # the four triwulan columns as text ('' where none is due)
    warna_capaian: str
    warna_kategori: str
    predikat: RentangSkala | None

    @property
    def kelompok_label(self) -> str:
        return "Sasaran strategis" if self.hasil.input.kelompok is Kelompok.UTAMA else "Kinerja lainnya"

    @property
    def status_capaian(self) -> str:
        return STATUS_CAPAIAN[self.hasil.capaian.status]


@dataclass(frozen=True)
class BarisProgram:
    """A DPA program of the PD, or (on the pemda unit's dashboard) a whole PD's DPA."""

    kode: str
    nama: str
    pagu: Decimal
    realisasi: Decimal
    persen: Decimal | None
    slug: str = ""  # the PD's, to link its dashboard

    @property
    def lebar(self) -> int:
        """Width of the absorption bar in percent (0–100)."""
        return max(0, min(100, int(self.persen or 0)))


@dataclass
class ProgresTW:
    """How far a triwulan is entered; its approval status is the workflow's (``sakip.realisasi.alur``)."""

    tw: int
    indikator_terisi: int
    indikator_wajib: int
    anggaran_terisi: int
    anggaran_baris: int
    realisasi_anggaran: Decimal
    serapan_sd: Decimal | None

    @property
    def romawi(self) -> str:
        return ROMAWI[self.tw]

    @property
    def lengkap(self) -> bool:
        return self.indikator_terisi == self.indikator_wajib and self.anggaran_terisi == self.anggaran_baris

    @property
    def persen_indikator(self) -> Decimal | None:
        return round2(percent(Decimal(self.indikator_terisi), Decimal(self.indikator_wajib)))


@dataclass
class Kekurangan:
    pk_belum_ditandatangani: bool = False
    tanpa_pk: bool = False
    indikator: list[IsianPK] = field(default_factory=list)
    sub_kegiatan: list[BudgetLine] = field(default_factory=list)
    narasi: list[IsianPK] = field(default_factory=list)

    @property
    def ada(self) -> bool:
        return bool(self.pk_belum_ditandatangani or self.tanpa_pk or self.indikator or self.sub_kegiatan
                    or self.narasi)


@dataclass
class AnggaranPemda:
    """The pemda unit has no DPA of its own: its serapan is that of every PD's DPA."""

    baris: list[BarisProgram]  # one per unit with a DPA, up to the triwulan shown
    total: BudgetTotal  # up to the triwulan shown
    efisiensi: Decimal | None  # the IKU's capaian against the whole year's serapan, as in the LKjIP Pemda


@dataclass
class DasborPD(_WarnaNilai):
    unit: Unit
    tahun: int
    tw: int
    hasil: HasilPengukuran | None
    pk: HasilPK | None  # the version in force: the latest signed one, else the latest draft
    pk_draf: bool
    baris: list[BarisPK]
    program: list[BudgetLine]
    dpa: list[BudgetLine]  # the PD's DPA (programs at the root) with its realisasi per triwulan
    anggaran: BudgetTotal  # the DPA's pagu and realisasi up to the triwulan shown
    progres: list[ProgresTW]
    kurang: Kekurangan
    nilai: dict[str, NilaiStandar]
    predikat: AturanSkala | None
    pemda: AnggaranPemda | None = None  # set on the dashboard of the pemda unit only

    @property
    def serapan(self) -> BudgetTotal:
        """Pagu, realisasi and serapan up to the triwulan shown."""
        return self.pemda.total if self.pemda is not None else self.anggaran

    @property
    def efisiensi(self) -> Decimal | None:
        if self.pemda is not None:
            return self.pemda.efisiensi
        return self.hasil.efisiensi if self.hasil else None

    @property
    def ringkasan(self) -> Ringkasan | None:
        return self.pk.utama if self.pk else None

    @property
    def romawi(self) -> str:
        return ROMAWI[self.tw]

    @property
    def pk_judul(self) -> str:
        return Versi(self.pk.versi).label if self.pk else ""

    @property
    def program_baris(self) -> list[BarisProgram]:
        """Each DPA program (each PD, for the pemda unit) with its realisasi up to the triwulan shown."""
        if self.pemda is not None:
            return self.pemda.baris
        return [BarisProgram(line.kode, line.nama, line.total_pagu, line.realisasi_sd(self.tw),
                             line.persen(self.tw))
                for line in _mata_anggaran(self.dpa, TingkatAnggaran.PROGRAM)]

    @property
    def tinggi_grafik(self) -> int:
        return 60 + 28 * len(self.baris)

    @property
    def warna_rata_rata(self) -> str:
        r = self.ringkasan
        if r is None or r.rata_rata_capaian is None or self.predikat is None:
            return "w-"
        return warna(self.predikat, self.predikat.classify(r.rata_rata_capaian))

    @property
    def sakip(self) -> NilaiStandar | None:
        return self.nilai.get(KODE_SAKIP)

    @property
    def grafik_capaian(self) -> dict[str, object]:
        """Capaian per PK indicator for the chart (json_script); tooltips carry the printed figure."""
        rows = [b for b in self.baris if b.hasil.capaian.terukur]
        return {
            "judul": "Capaian",
            "mendatar": True,
            "label": [_pendek(b.hasil.input.nama) for b in rows],
            "nilai": [float(b.hasil.capaian.persen or 0) for b in rows],
            "warna": [b.warna_capaian for b in rows],
            "teks": [f"{fmt.persen(b.hasil.capaian.persen)} — {b.hasil.input.nama}" for b in rows],
        }

    @property
    def ikm(self) -> NilaiStandar | None:
        return self.nilai.get(KODE_IKM)


def _mata_anggaran(dpa: Sequence[BudgetLine], tingkat: TingkatAnggaran) -> list[BudgetLine]:
    """The DPA's lines of one level, in the order of the tree."""
    return [line for root in dpa for line in root.walk() if line.tingkat is tingkat]


def dasbor_pd(unit: Unit, tahun: int, tw: int, periode: list[PeriodePerencanaan]) -> DasborPD:
    """The PD-year at a glance (a fixed number of queries)."""
    # Measured as of the triwulan shown: the annual figures plus each indicator against its rencana aksi.
    hasil = ukur_pd_banyak([unit], tahun, triwulan=tw).get(unit.pk)
    draf = False
    if hasil is None or not hasil.pk:
        with_draft = ukur_pd_banyak([unit], tahun, termasuk_draf=True, triwulan=tw).get(unit.pk)
        if with_draft is not None and with_draft.pk:
            hasil, draf = with_draft, True
    pk = hasil.pk[-1] if hasil and hasil.pk else None
    isian = isian_pk(unit, tahun, periode)
    dpa = budget_lines(unit, tahun)
    predikat = skala_map(set()).get(0)
    per_indikator = {i: b for b in isian for i in b.rantai}
    ipk_indikator = dict(IndikatorPK.objects.filter(pk__in=[b.input.key for b in pk.baris] if pk else [])
                         .values_list("pk", "indikator_id"))
    rows = []
    for b in pk.baris if pk else []:
        row = per_indikator.get(ipk_indikator.get(b.input.key, 0))
        band = predikat.classify(b.capaian.persen) if predikat and b.capaian.terukur else None
        rows.append(BarisPK(
            hasil=b,
            nilai_tw=row.nilai_tw if row else [""] * 4,
            warna_capaian=warna(predikat, band),
            warna_kategori=warna(b.input.skala, b.kategori),
            predikat=band,
        ))
    program = hasil.rincian_anggaran if hasil else []
    subs = _mata_anggaran(dpa, TingkatAnggaran.SUB_KEGIATAN)
    anggaran = budget_total(dpa, tw)
    progres = _progres(isian, subs, anggaran.pagu)
    kurang = _kekurangan(tahun, tw, isian, subs, pk, draf)
    nilai = nilai_standar([unit], tahun, [KODE_SAKIP, KODE_IKM]).get(unit.pk, {})
    pemda = _anggaran_pemda(unit, tahun, tw, hasil) if unit.jenis == JenisUnit.PEMDA else None
    return DasborPD(unit, tahun, tw, hasil, pk, draf, rows, program, dpa, anggaran, progres, kurang, nilai,
                    predikat, pemda)


def _anggaran_pemda(unit: Unit, tahun: int, tw: int, hasil: HasilPengukuran | None) -> AnggaranPemda:
    """Every PD's DPA of the year, per unit and summed by the core (three queries), the same
    lines and sums as the LKjIP Pemda (sakip.laporan.data_pemda)."""
    units = list(Unit.objects.filter(pemda_id=unit.pemda_id).tanpa_pemda().select_related("induk"))
    # A sub unit right after its PD, each level in the PDs' order.
    units.sort(key=lambda u: (u.induk.urutan, u.induk.nama, 1, u.urutan, u.nama) if u.induk
               else (u.urutan, u.nama, 0, 0, ""))
    lines = budget_lines_many([u.pk for u in units], tahun)
    rows = []
    for u in units:
        if lines.get(u.pk):
            t = budget_total(lines[u.pk], tw)
            rows.append(BarisProgram(u.kode_organisasi, u.nama, t.pagu, t.realisasi, t.persen, slug=u.slug))
    semua = [line for u in units for line in lines.get(u.pk, [])]
    capaian = hasil.capaian_kinerja if hasil else None
    return AnggaranPemda(rows, budget_total(semua, tw), efisiensi(capaian, budget_total(semua).persen))


def _progres(isian: Sequence[IsianPK], subs: Sequence[BudgetLine], pagu: Decimal) -> list[ProgresTW]:
    out = []
    # One denominator for the whole year: every PK indicator entered by the PD (computed ones never are).
    # An indicator counts as filled in a triwulan when nothing due by then is missing, so the count
    # of TW I and of TW IV speak of the same indicators.
    entered = [b for b in isian if not b.turunan]
    for tw in (1, 2, 3, 4):
        real = sum((line.realisasi_triwulan.get(tw, Decimal(0)) for line in subs), Decimal(0))
        sd = sum((line.realisasi_sd(tw) for line in subs), Decimal(0))
        out.append(ProgresTW(
            tw=tw,
            indikator_terisi=sum(1 for b in entered if not any(b.belum(t) for t in range(1, tw + 1))),
            indikator_wajib=len(entered),
            anggaran_terisi=sum(1 for line in subs if tw in line.realisasi_triwulan),
            anggaran_baris=len(subs),
            realisasi_anggaran=real,
            serapan_sd=round2(percent(sd, pagu)) if pagu else None,
        ))
    return out


def _kekurangan(tahun: int, tw: int, isian: Sequence[IsianPK], subs: Sequence[BudgetLine], pk: HasilPK | None,
                draf: bool) -> Kekurangan:
    out = Kekurangan(pk_belum_ditandatangani=draf, tanpa_pk=pk is None)
    out.indikator = [b for b in isian if b.belum(tw)]
    out.sub_kegiatan = [line for line in subs if tw not in line.realisasi_triwulan]
    if tw == 4 and isian:
        ditulis = set(
            NarasiIndikator.objects.filter(indikator_id__in=[i for b in isian for i in b.rantai], tahun=tahun)
            .exclude(Q(faktor_pendorong="") & Q(faktor_penghambat=""))
            .values_list("indikator_id", flat=True)
        )
        out.narasi = [b for b in isian if not ditulis & set(b.rantai)]
    return out
