"""The entry sheets: realisasi per indicator and budget realisasi per sub kegiatan, as rows of cells.

A sheet is built in a fixed number of queries whatever the number of indicators, and every
figure on it (annual value to date, capaian, category) comes from ``sakip.core`` through the
same functions the measurement uses, so the grid shows what the LKjIP will print.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Exists, OuterRef, Q

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.core import formatting as fmt
from sakip.core.aggregation import LABEL_BAGIAN, Bagian
from sakip.core.budget import BudgetLine, TingkatAnggaran
from sakip.core.budget import total as budget_total
from sakip.core.capaian import AturanCapaian
from sakip.core.measurement import BarisHasil, BarisInput, Kelompok, ukur_baris
from sakip.core.pola import (
    CAKUPAN_BAGIAN,
    KOLOM_BAGIAN,
    SEMESTER_POLA,
    TAHUNAN_POLA,
    isian_tahun,
    nilai_sd,
)
from sakip.core.skala import AturanSkala
from sakip.core.waktu import ROMAWI
from sakip.organisasi.models import Unit
from sakip.pengukuran.dasbor import STATUS_CAPAIAN, nilai_dua_tahun, skala_map, urutan_node, warna
from sakip.pengukuran.services import aturan_pemda, budget_lines, realisasi_tahunan
from sakip.perencanaan.models import (
    Indikator,
    IndikatorTurunan,
    NodeCascade,
    PeriodePerencanaan,
    Target,
)
from sakip.perjanjian.models import IndikatorPK
from sakip.rencana_aksi.baca import RencanaTerbaca
from sakip.rencana_aksi.models import TargetTriwulan
from sakip.web.persetujuan import StatusTW, status_tahun

LABEL_TINGKAT = {"tujuan": "Tujuan", "sasaran": "Sasaran", "program": "Program", "kegiatan": "Kegiatan",
                 "sub_kegiatan": "Sub Kegiatan"}


def teks_nilai(value: Decimal | None, desimal: int = 4) -> str:
    """A stored value as an input shows it: Indonesian notation, exact, no trailing zeros."""
    return "" if value is None else fmt.angka_ringkas(value, desimal)


def sebab_kunci(status: Mapping[int, StatusTW], bagian: Bagian) -> str:
    """Why a cell of ``bagian`` is read-only ('' when every triwulan it covers is still a draft)."""
    return next((status[t].sebab_terkunci for t in CAKUPAN_BAGIAN[bagian] if not status[t].terbuka), "")


# -- Realisasi sheet --------------------------------------------------------------------------


@dataclass
class Sel:
    """One input cell: what it holds, what the user typed, and what is wrong with it."""

    kolom: int
    bagian: Bagian | None = None  # None: this column holds nothing in the row's pattern
    nama: str = ""
    asal: str = ""  # the stored value as text, to tell a changed cell from an untouched one
    teks: str = ""
    galat: str = ""
    terkunci: bool = False
    sebab_kunci: str = ""  # why it is read-only, shown on the cell and given when a change is refused
    label: str = ""
    sorot: bool = False  # the column of the triwulan being entered
    otomatis: bool = False  # a derived indicator's value: computed, never typed
    target_rencana: str = ""  # the rencana aksi's target for this triwulan, shown under the cell

    @property
    def judul_kolom(self) -> str:
        """The column's heading, shown above the cell when the grid folds into cards on a phone."""
        names = {Bagian.S1: "Semester I", Bagian.S2: "Semester II", Bagian.TAHUN: "Tahunan"}
        return names.get(self.bagian, f"TW {ROMAWI[self.kolom]}") if self.bagian else f"TW {ROMAWI[self.kolom]}"


@dataclass
class BarisRealisasi:
    indikator: Indikator
    rantai: list[int]  # the row's indicator, then its predecessors in the year's periods
    sumber_id: int  # where the year's values are stored (or will be)
    periode: PeriodePerencanaan
    tingkat: str
    kedalaman: int
    target: Decimal | None
    target_pk: bool
    di_pk: bool
    pola: str
    nilai: dict[Bagian, Decimal]
    sel: list[Sel] = field(default_factory=list)
    hasil: BarisHasil | None = None
    warna_capaian: str = "w-"
    warna_kategori: str = "w-"
    galat: str = ""
    turunan: bool = False  # computed from other units' data (or the budget) from this year on
    nilai_turunan: Decimal | None = None

    @property
    def id(self) -> int:
        return self.indikator.pk

    @property
    def sel_isian(self) -> list[Sel]:
        return [s for s in self.sel if s.bagian is not None]

    @property
    def nama_isian(self) -> str:
        """The row's input names, for hx-params: the live recalculation sends this row only."""
        return ",".join(s.nama for s in self.sel_isian)

    @property
    def status_capaian(self) -> str:
        return STATUS_CAPAIAN[self.hasil.capaian.status] if self.hasil else ""

    @property
    def label_pola(self) -> str:
        if self.turunan:
            return "dihitung otomatis dari data perangkat daerah, tidak diisi"
        return {SEMESTER_POLA: "diisi per semester (kolom TW II dan TW IV)",
                TAHUNAN_POLA: "diisi sekali setahun (kolom TW IV)"}.get(self.pola, "")


@dataclass
class KelompokPeriode:
    """Rows of one planning period, under a heading when the year lies in two periods."""

    periode: PeriodePerencanaan
    baris: list[BarisRealisasi]


@dataclass(frozen=True)
class KolomTW:
    """A triwulan column header: its label and whether it is closed (submitted, approved or locked)."""

    tw: int
    terkunci: bool

    @property
    def label(self) -> str:
        return f"TW {ROMAWI[self.tw]}"


class TriwulanLembar:
    """What every sheet of one triwulan shows above its grid: the four columns (closed ones locked),
    the triwulan in roman numerals and its approval status."""

    tw: int
    status: dict[int, StatusTW]

    @property
    def kolom(self) -> list[KolomTW]:
        return [KolomTW(t, not self.status[t].terbuka) for t in (1, 2, 3, 4)]

    @property
    def romawi(self) -> str:
        return ROMAWI[self.tw]

    @property
    def status_tw(self) -> StatusTW:
        """The status of the triwulan being entered."""
        return self.status[self.tw]


@dataclass
class LembarRealisasi(TriwulanLembar):
    unit: Unit
    tahun: int
    tw: int
    kelompok: list[KelompokPeriode]
    status: dict[int, StatusTW]
    aturan: AturanCapaian
    skala: dict[int, AturanSkala]

    @property
    def baris(self) -> list[BarisRealisasi]:
        return [b for k in self.kelompok for b in k.baris]

    def cari(self, indikator_id: int) -> BarisRealisasi | None:
        return next((b for b in self.baris if b.id == indikator_id), None)



def lembar_realisasi(unit: Unit, tahun: int, periode: list[PeriodePerencanaan], tw: int, *,
                     hanya_pk: bool = False) -> LembarRealisasi:
    """The realisasi sheet of a PD-year (periods newest first), in a fixed number of queries.

    Twelve, plus a few for each kind of derived indicator the unit has (not for each indicator).
    """
    indikator = list(
        Indikator.objects.filter(unit=unit, periode__in=periode).select_related("node")
        .order_by("urutan", "pk")
    )
    nodes = list(NodeCascade.objects.filter(unit=unit, periode__in=periode).only("pk", "induk_id", "urutan"))
    pos = urutan_node(nodes)
    by_id = {i.pk: i for i in indikator}
    # A measure carried into the next period is one row (the newer indicator).
    diganti = {i.pendahulu_id for i in indikator if i.pendahulu_id in by_id}
    values = nilai_dua_tahun(Q(indikator__unit=unit), tahun)
    targets = dict(Target.objects.filter(indikator__unit=unit, tahun=tahun).values_list("indikator_id", "nilai"))
    baris_pk: dict[int, int] = {}
    pk_targets = _target_pk(unit, tahun, baris_pk=baris_pk)
    turunan = set(IndikatorTurunan.objects.filter(indikator__in=by_id, mulai_tahun__lte=tahun)
                  .values_list("indikator_id", flat=True))
    # Derived values cost a few queries per kind of derivation, not per indicator.
    dihitung = realisasi_tahunan(turunan, tahun, {i: by_id[i].agregasi for i in turunan}) if turunan else {}
    status = status_tahun(unit, tahun)
    aturan = aturan_pemda(unit)
    skala = skala_map({i.skala_id for i in indikator if i.skala_id})

    rencana = _rencana_pk(baris_pk)
    kelompok: dict[int, list[tuple[tuple[int, int, int], BarisRealisasi]]] = defaultdict(list)
    data = _DataBaris(tahun, periode, {i.pk: i.pendahulu_id for i in indikator}, values, targets, pk_targets,
                      turunan, dihitung)
    for ind in indikator:
        if ind.pk in diganti:
            continue
        node_pos, depth = pos.get(ind.node_id, (len(pos), 0)) if ind.node_id else (len(pos) + 1, 0)
        baris = _baris(ind, data, depth)
        if hanya_pk and not baris.di_pk:
            continue
        isi_sel(baris, tw, status)
        _isi_target_rencana(baris, rencana)  # one query for the sheet
        hitung(baris, tw, aturan, skala)
        kelompok[ind.periode_id].append(((node_pos, ind.urutan, ind.pk), baris))
    groups = [KelompokPeriode(p, [b for _, b in sorted(kelompok[p.pk], key=lambda x: x[0])])
              for p in periode if kelompok.get(p.pk)]
    return LembarRealisasi(unit, tahun, tw, groups, status, aturan, skala)


@dataclass(frozen=True)
class _DataBaris:
    """What the rows of a sheet are built from, read once for the sheet (or once for one row)."""

    tahun: int
    periode: list[PeriodePerencanaan]
    pendahulu: Mapping[int, int | None]  # the year's indicators (at least the row's chain) -> predecessor
    values: Mapping[tuple[int, int], Mapping[Bagian, Decimal]]  # (indicator, year) -> stored parts
    targets: Mapping[int, Decimal]
    pk_targets: Mapping[int, Decimal]
    turunan: set[int]
    dihitung: Mapping[int, Decimal | None]


def _baris(ind: Indikator, d: _DataBaris, depth: int) -> BarisRealisasi:
    """One row: the indicator with its predecessors in the year's periods, their values and targets."""
    isian = isian_tahun(ind.pk, d.pendahulu, d.values, d.tahun)
    rantai = isian.rantai
    t_pk = next((d.pk_targets[i] for i in rantai if i in d.pk_targets), None)
    t_plan = next((d.targets[i] for i in rantai if i in d.targets), None)
    return BarisRealisasi(
        indikator=ind, rantai=rantai, sumber_id=isian.sumber,
        periode=next(p for p in d.periode if p.pk == ind.periode_id),
        tingkat=LABEL_TINGKAT.get(ind.node.tingkat, "") if ind.node_id else "Kinerja lainnya",
        kedalaman=depth, target=t_pk if t_pk is not None else t_plan, target_pk=t_pk is not None,
        di_pk=t_pk is not None, pola=isian.pola, nilai=isian.nilai,
        turunan=ind.pk in d.turunan, nilai_turunan=d.dihitung.get(ind.pk),
    )


@dataclass
class BarisHitung:
    """One row of the realisasi sheet with what recomputing it needs: the live recompute as it is typed."""

    baris: BarisRealisasi
    aturan: AturanCapaian
    skala: dict[int, AturanSkala]


def baris_realisasi(unit: Unit, tahun: int, periode: list[PeriodePerencanaan], tw: int,
                    indikator_id: int) -> BarisHitung | None:
    """The row of one indicator as ``lembar_realisasi`` shows it, reading that row only (a fixed number of queries).

    None when the sheet has no such row: not the unit's, outside the year's periods, or carried
    into a newer period (the newer indicator is the row).
    """
    ind = (Indikator.objects.filter(unit=unit, periode__in=periode, pk=indikator_id)
           .select_related("node", "pendahulu__pendahulu")
           .annotate(diganti=Exists(Indikator.objects.filter(unit=unit, periode__in=periode,
                                                             pendahulu_id=OuterRef("pk"))))
           .first())
    if ind is None or ind.diganti:
        return None
    # The predecessors in the year's periods (one or two: a year lies in two periods at most), loaded above.
    by_id, cur, ids_periode = {ind.pk: ind}, ind, {p.pk for p in periode}
    while cur.pendahulu_id and cur.pendahulu_id not in by_id:
        prev = cur.pendahulu
        if prev is None or prev.unit_id != unit.pk or prev.periode_id not in ids_periode:
            break
        by_id[prev.pk] = cur = prev
    ids = [*by_id, *([cur.pendahulu_id] if cur.pendahulu_id else [])]
    values = nilai_dua_tahun(Q(indikator_id__in=ids), tahun)
    targets = dict(Target.objects.filter(indikator_id__in=list(by_id), tahun=tahun).values_list("indikator_id", "nilai"))
    turunan = set(IndikatorTurunan.objects.filter(indikator=ind, mulai_tahun__lte=tahun)
                  .values_list("indikator_id", flat=True))
    dihitung = realisasi_tahunan(turunan, tahun, {ind.pk: ind.agregasi}) if turunan else {}
    data = _DataBaris(tahun, periode, {i.pk: i.pendahulu_id for i in by_id.values()}, values, targets,
                      _target_pk(unit, tahun, list(by_id)), turunan, dihitung)
    baris = _baris(ind, data, 0)
    isi_sel(baris, tw, status_tahun(unit, tahun))
    aturan, skala = aturan_pemda(unit), skala_map({ind.skala_id} if ind.skala_id else set())
    hitung(baris, tw, aturan, skala)
    return BarisHitung(baris, aturan, skala)


def _target_pk(unit: Unit, tahun: int, indikator: list[int] | None = None, *,
               baris_pk: dict[int, int] | None = None) -> dict[int, Decimal]:
    """Each indicator's agreed target in the year's PKs (one query).

    An indicator in several versions takes the target of the one in force: signed before
    draft, then the latest perubahan. The PK awal and its perubahan may agree on different
    indicators (a new planning period); both sets are PK indicators of that year.
    """
    best: dict[int, tuple[tuple[bool, int], Decimal, int]] = {}
    rows = IndikatorPK.objects.filter(sasaran__perjanjian__unit=unit, sasaran__perjanjian__tahun=tahun)
    if indikator is not None:
        rows = rows.filter(indikator_id__in=indikator)
    for row, ind, target, nomor, signed in rows.values_list("pk", "indikator_id", "target",
                                                            "sasaran__perjanjian__nomor_perubahan",
                                                            "sasaran__perjanjian__ditandatangani"):
        rank = (signed, nomor)
        if ind not in best or rank > best[ind][0]:
            best[ind] = (rank, target, row)
    if baris_pk is not None:  # which PK row is in force for each indicator (its rencana aksi is shown)
        baris_pk.update({ind: row for ind, (_, _, row) in best.items()})
    return {ind: target for ind, (_, target, _) in best.items()}


def _rencana_pk(baris_pk: Mapping[int, int]) -> dict[int, RencanaTerbaca]:
    """Each indicator's rencana aksi targets in the PK version in force (one query)."""
    out: dict[int, RencanaTerbaca] = {}
    ind_of = {row: ind for ind, row in baris_pk.items()}
    for row, tw, nilai, teks in (TargetTriwulan.objects.filter(rencana__indikator_pk_id__in=list(ind_of))
                                 .order_by().values_list("rencana__indikator_pk_id", "triwulan", "nilai", "teks")):
        r = out.setdefault(ind_of[row], RencanaTerbaca(0, True))
        r.target[tw] = nilai
        if teks:
            r.teks[tw] = teks
    return out


def _isi_target_rencana(baris: BarisRealisasi, rencana: Mapping[int, RencanaTerbaca]) -> None:
    """Put the rencana aksi's target of each triwulan column under its cell."""
    r = next((rencana[i] for i in baris.rantai if i in rencana), None)
    if r is None:
        return
    for s in baris.sel:
        nilai = r.target.get(s.kolom)
        s.target_rencana = fmt.angka_ringkas(nilai, 4) if nilai is not None else r.teks.get(s.kolom, "")


def isi_sel(baris: BarisRealisasi, tw: int, status: Mapping[int, StatusTW]) -> None:
    """The four cells of a row from its stored values (what the user typed is laid over later)."""
    kolom = KOLOM_BAGIAN[baris.pola]
    baris.sel = []
    for k in (1, 2, 3, 4):
        bagian = kolom.get(k)
        if bagian is None:
            baris.sel.append(Sel(k, sorot=k == tw))
            continue
        teks = teks_nilai(baris.nilai.get(bagian))
        sebab = sebab_kunci(status, bagian)
        baris.sel.append(Sel(
            k, bagian, nama=f"v-{baris.id}-{bagian.value}", asal=teks, teks=teks,
            terkunci=baris.turunan or bool(sebab), sebab_kunci=sebab, sorot=k == tw,
            label=f"{LABEL_BAGIAN[bagian]}: {baris.indikator.nama}", otomatis=baris.turunan,
        ))


def hitung(baris: BarisRealisasi, tw: int, aturan: AturanCapaian, skala: Mapping[int, AturanSkala]) -> None:
    """Value to date, capaian and category of a row, by the core's own ``ukur_baris``."""
    ind = baris.indikator
    realisasi = baris.nilai_turunan if baris.turunan else nilai_sd(baris.nilai, baris.pola, tw, ind.agregasi_enum)
    scale = skala.get(ind.skala_id) if ind.skala_id else None
    baris.hasil = ukur_baris(
        BarisInput(nama=ind.nama, kelompok=Kelompok.UTAMA, satuan=ind.satuan, target=baris.target,
                   realisasi=realisasi, polaritas=ind.polaritas_enum, desimal=ind.desimal, skala=scale),
        aturan,
    )
    predikat = skala.get(0)
    band = predikat.classify(baris.hasil.capaian.persen) if predikat and baris.hasil.capaian.terukur else None
    baris.warna_capaian = warna(predikat, band)
    baris.warna_kategori = warna(scale, baris.hasil.kategori)


# -- Budget sheet -----------------------------------------------------------------------------


@dataclass
class SelAnggaran:
    triwulan: int
    nama: str
    asal: str
    teks: str
    galat: str = ""
    terkunci: bool = False
    sebab_kunci: str = ""
    label: str = ""
    sorot: bool = False

    @property
    def judul_kolom(self) -> str:
        return f"TW {ROMAWI[self.triwulan]}"


@dataclass
class BarisLembarAnggaran:
    line: BudgetLine
    id: int
    kedalaman: int
    pelaksana: str = ""
    sel: list[SelAnggaran] = field(default_factory=list)
    total: Decimal = Decimal(0)
    persen: Decimal | None = None

    @property
    def sub_kegiatan(self) -> bool:
        return self.line.tingkat is TingkatAnggaran.SUB_KEGIATAN

    @property
    def nama_isian(self) -> str:
        return ",".join(s.nama for s in self.sel)


@dataclass
class LembarAnggaran(TriwulanLembar):
    unit: Unit
    tahun: int
    tw: int
    baris: list[BarisLembarAnggaran]
    status: dict[int, StatusTW]
    pagu: Decimal
    realisasi: Decimal
    persen: Decimal | None

    def cari(self, line_id: int) -> BarisLembarAnggaran | None:
        return next((b for b in self.baris if b.id == line_id and b.sub_kegiatan), None)



def lembar_anggaran(unit: Unit, tahun: int, tw: int) -> LembarAnggaran:
    """The DPA of a PD-year with its realisasi per triwulan, in four queries."""
    roots = budget_lines(unit, tahun)
    pelaksana = dict(MataAnggaran.objects.filter(unit=unit, tahun=tahun, pelaksana__isnull=False)
                     .values_list("pk", "pelaksana__nama"))
    status = status_tahun(unit, tahun)
    rows: list[BarisLembarAnggaran] = []
    depth = {TingkatAnggaran.PROGRAM: 0, TingkatAnggaran.KEGIATAN: 1, TingkatAnggaran.SUB_KEGIATAN: 2}
    for root in roots:
        for line in root.walk():
            row = BarisLembarAnggaran(line, int(str(line.key)), depth[line.tingkat], pelaksana.get(line.key, ""))
            row.total = line.realisasi_sd(tw)
            row.persen = line.persen(tw)
            if row.sub_kegiatan:
                row.sel = _sel_anggaran(row, tw, status)
            rows.append(row)
    jumlah = budget_total(roots, tw)
    return LembarAnggaran(unit, tahun, tw, rows, status, jumlah.pagu, jumlah.realisasi, jumlah.persen)


def _sel_anggaran(row: BarisLembarAnggaran, tw: int, status: Mapping[int, StatusTW] | None) -> list[SelAnggaran]:
    """The four triwulan cells of a sub kegiatan (locked as ``status`` says; all open without it)."""
    line = row.line
    return [
        SelAnggaran(t, f"r-{row.id}-{t}", teks_nilai(line.realisasi_triwulan.get(t), 2),
                    teks_nilai(line.realisasi_triwulan.get(t), 2),
                    terkunci=status is not None and not status[t].terbuka,
                    sebab_kunci=status[t].sebab_terkunci if status is not None else "",
                    label=f"Realisasi anggaran Triwulan {ROMAWI[t]}: {line.nama}", sorot=t == tw)
        for t in (1, 2, 3, 4)
    ]


def baris_anggaran(unit: Unit, tahun: int, tw: int, line_id: int) -> BarisLembarAnggaran | None:
    """One sub kegiatan of the budget sheet, reading that line only (two queries): the live recompute.

    Its cells carry no lock state: the recompute stores nothing and shows only totals and cell errors.
    """
    row = (MataAnggaran.objects.filter(unit=unit, tahun=tahun, pk=line_id, tingkat=TingkatAnggaran.SUB_KEGIATAN.value)
           .values_list("kode", "nama", "pagu", "pelaksana__nama").first())
    if row is None:
        return None
    kode, nama, pagu, pelaksana = row
    realisasi = dict(RealisasiAnggaran.objects.filter(mata_anggaran_id=line_id).values_list("triwulan", "jumlah"))
    line = BudgetLine(kode, nama, TingkatAnggaran.SUB_KEGIATAN, pagu or Decimal(0), realisasi, key=line_id)
    baris = BarisLembarAnggaran(line, line_id, 2, pelaksana or "", total=line.realisasi_sd(tw), persen=line.persen(tw))
    baris.sel = _sel_anggaran(baris, tw, None)
    return baris
