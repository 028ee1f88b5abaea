"""Form E.81 (Permendagri 86/2017): evaluasi hasil Renja Perangkat Daerah, as XLSX and as a table.

Rows are the year's DPA lines (program → kegiatan → sub kegiatan) with the indicators of the
cascade boxes carrying the same code in the Renstra period of the year's latest PK (SAKIP-rules
§4.2). Rp columns come from the DPA, K columns from the engine (``realisasi_tahunan`` and the
stored parts); the column arithmetic is ``sakip.core.e81``. The spreadsheet holds numbers with
number formats, never formatted text, so Excel shows them in the reader's notation and can sum them.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sakip.anggaran.models import MataAnggaran
from sakip.core import e81 as hitung
from sakip.core import formatting as fmt
from sakip.core.aggregation import Agregasi, Bagian
from sakip.core.budget import BudgetLine, TingkatAnggaran
from sakip.core.capaian import Capaian
from sakip.core.numbers import ZERO, quantize
from sakip.core.pola import bagian_wajib_rencana, pola_dari
from sakip.core.progress import realisasi_sampai_tahun
from sakip.core.rencana_aksi import kumulatif_baku, target_sampai_dengan
from sakip.core.skala import STANDARD_SCALES, AturanSkala
from sakip.laporan.xlsx_aman import simpan_buku
from sakip.organisasi.models import Unit
from sakip.pengukuran.derived import definitions
from sakip.pengukuran.services import (
    aturan_pemda,
    budget_lines,
    pk_tahun,
    realisasi_tahunan,
    ukur_pd,
)
from sakip.perencanaan.models import Indikator, PeriodePerencanaan, Skala, Target
from sakip.rencana_aksi.baca import (
    RencanaLine,
    TargetPK,
    rencana_kas,
    target_pk_tahun,
    target_rantai,
)

from .data import (
    DI_DPA,
    DI_JABATAN,
    Cascade,
    Penandatangan,
    Tautan,
    kepala_pada,
    nama_lengkap_unit,
    narasi_lengkap,
    parts_tahun,
    penandatangan,
    tempat,
)
from .docxkit import Dokumen, Kolom, Rata, Sel
from .galat import DataKurang

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written: the LKjIP's E-81 table needs none
    from openpyxl.styles import Alignment, Border, Font, PatternFill
    from openpyxl.worksheet.worksheet import Worksheet

TINGKAT_LABEL = {TingkatAnggaran.PROGRAM: "Program", TingkatAnggaran.KEGIATAN: "Kegiatan", TingkatAnggaran.SUB_KEGIATAN: "Sub Kegiatan"}
KET_AGREGASI = {
    Agregasi.TERAKHIR.value: "K: nilai akhir tahun (indikator tingkat)",
    Agregasi.RATA_RATA.value: "K: rata-rata periode",
    Agregasi.JUMLAH.value: "",
}


@dataclass(frozen=True)
class BarisE81:
    nomor: str
    tingkat: TingkatAnggaran | None  # None on the extra rows of a line with several indicators
    sasaran: str
    kode: str
    uraian: str
    indikator: str
    satuan: str
    desimal: int
    k: hitung.Kinerja | None
    rp: hitung.Anggaran | None
    unit: str
    keterangan: str
    # Cells genuinely missing, printed "belum diisi" instead of blank: "ind", "k5", "k7", "k8".."k11",
    # "rp8".."rp11" (a value nobody entered, not one that does not apply, such as a future triwulan).
    belum: frozenset[str] = frozenset()


BELUM_DIISI = "belum diisi"


def _tw_tertutup(tahun: int, tanggal: date) -> int:
    """How many triwulan of ``tahun`` have ended by the form's date (all four once the year is over)."""
    if tanggal.year > tahun:
        return 4
    if tanggal.year < tahun:
        return 0
    return (tanggal.month - 1) // 3


def _belum(ind: Indikator | None, k: hitung.Kinerja | None, line: BudgetLine, tertutup: int,
           pertama: bool, rencana: Rencana | None = None) -> frozenset[str]:
    """Which cells of a row nobody filled in (see BarisE81.belum)."""
    out: set[str] = set()
    if ind is None:
        out.add("ind")
    elif k is not None:
        if k.target_renstra is None:
            out.add("k5")
        if k.target_renja is None:
            out.add("k7")
        out |= {f"k{7 + tw}" for tw in range(1, tertutup + 1) if _k_belum(ind, k, tw, rencana)}
    if pertama and not line.anak:
        out |= {f"rp{7 + tw}" for tw in range(1, tertutup + 1) if tw not in line.realisasi_triwulan}
    return frozenset(out)


def _k_belum(ind: Indikator, k: hitung.Kinerja, tw: int, rencana: Rencana | None) -> bool:
    """Whether the K of triwulan ``tw`` (ended) is missing rather than not due."""
    if tw in k.triwulan:
        return False
    if rencana is not None and rencana.bertarget is not None:
        # Planned (the rencana aksi of its PK row, or the sub kegiatan's planned K): due where the part
        # of the year closing at ``tw`` covers a planned triwulan, in the pattern its values follow
        # (the "Ajukan" gate's rule, sakip.core.pola).
        pola = pola_dari(rencana.parts, ())
        return bagian_wajib_rencana(pola, tw, rencana.bertarget) is not None
    # Without a plan: a count is reported every triwulan; a level or a mean is measured when it is
    # due, so only a level with no value at all in the year is missing.
    return ind.agregasi == Agregasi.JUMLAH.value or (not k.triwulan and k.realisasi_renja is None)


@dataclass(frozen=True)
class Rencana:
    """What the rencana aksi plans for one E-81 row's indicator."""

    bertarget: frozenset[int] | None  # triwulans with a target (None: nothing planned)
    parts: frozenset[Bagian]  # the parts of the year its values are stored in
    target_renja: Decimal | None = None  # the sub kegiatan's planned K over the year


def _rencana_baris(ind: Indikator, line: BudgetLine, sendiri: bool, rows: dict[int, TargetPK],
                   tautan: Tautan, kas: dict[int, dict[int, RencanaLine]],
                   parts: dict[Bagian, Decimal]) -> Rencana | None:
    """The plan of a row's indicator: its own rencana aksi when it is on the PK, else, for the only
    indicator of a sub kegiatan, the planned K per triwulan of the PK's rencana sub kegiatan."""
    row = target_rantai(tautan.rantai(ind.pk), rows)
    if row is not None and row.bertarget is not None:
        return Rencana(row.bertarget, frozenset(parts))
    plan = kas.get(line.key) if sendiri and isinstance(line.key, int) else None
    k = {tw: r.target_k for tw, r in (plan or {}).items() if r.target_k is not None}
    if not k:
        return None
    agregasi = ind.agregasi_enum
    return Rencana(frozenset(k), frozenset(parts),
                   target_sampai_dengan(k, 4, agregasi, kumulatif_baku(agregasi)))


def _keterangan(ind: Indikator | None, targets: dict[int, Decimal], rencana: Rencana | None) -> str:
    if ind is None:
        return ""
    teks = [KET_AGREGASI.get(ind.agregasi, "")]
    if ind.pk not in targets and rencana is not None and rencana.target_renja is not None:
        teks.append("target K dari rencana aksi")
    return "; ".join(t for t in teks if t)


@dataclass(frozen=True)
class DataE81:
    unit: str
    pemda: str
    tahun: int
    periode: str
    sasaran_rkpd: list[str]
    tempat: str
    tanggal: date
    baris: list[BarisE81]
    total: hitung.Anggaran
    rata_k: hitung.Predikat
    rata_rp: hitung.Predikat
    faktor_pendorong: str
    faktor_penghambat: str
    tindak_lanjut_triwulan: str
    tindak_lanjut_renja: str
    disusun: Penandatangan
    dievaluasi: Penandatangan | None


def _rp_triwulan(line: BudgetLine) -> dict[int, Decimal]:
    """Money spent within each triwulan under a line (only triwulan with recorded spending)."""
    out: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for leaf in line.walk():
        if not leaf.anak:
            for tw, v in leaf.realisasi_triwulan.items():
                out[tw] += v
    return dict(sorted(out.items()))


def _turunan_per_triwulan(ids: list[int], tahun: int, agregasi: dict[int, str]) -> dict[int, dict[Bagian, Decimal]]:
    """A computed indicator (serapan anggaran, figures over PDs) has no stored parts: its K per
    triwulan is its value as of each triwulan (a few queries per triwulan, not per indicator)."""
    turunan = [d.indikator_id for d in definitions(ids, tahun)]
    if not turunan:
        return {}
    out: dict[int, dict[Bagian, Decimal]] = defaultdict(dict)
    for tw, bagian in enumerate((Bagian.TW1, Bagian.TW2, Bagian.TW3, Bagian.TW4), start=1):
        for ind_id, v in realisasi_tahunan(turunan, tahun, {i: agregasi[i] for i in turunan}, tw).items():
            if v is not None:
                out[ind_id][bagian] = v
    return out


def _periode_e81(unit: Unit, tahun: int) -> PeriodePerencanaan | None:
    pks = pk_tahun(unit, tahun)
    if pks:
        return pks[-1].periode
    return (PeriodePerencanaan.objects.filter(pemda_id=unit.pemda_id, tahun_mulai__lte=tahun,
                                              tahun_selesai__gte=tahun).order_by("-tahun_mulai").first())


def _skala_predikat() -> AturanSkala:
    row = Skala.objects.filter(kode="predikat_kinerja").prefetch_related("kelas").first()
    return row.ke_aturan() if row else STANDARD_SCALES["predikat_kinerja"]


def _bappeda(unit: Unit, tanggal: date) -> Penandatangan | None:
    """The head of the planning agency, who signs 'Dievaluasi' (none when the Pemda has no such unit)."""
    bappeda = (Unit.objects.filter(pemda_id=unit.pemda_id, induk__isnull=True, singkatan__istartswith="bappe")
               .first() or Unit.objects.filter(pemda_id=unit.pemda_id, induk__isnull=True,
                                               nama__icontains="Perencanaan Pembangunan").first())
    kepala = kepala_pada(bappeda, tanggal) if bappeda else None
    return penandatangan(kepala) if kepala else None


def _syarat_e81(unit: Unit, tahun: int, tanggal: date) -> tuple[list[BudgetLine], Penandatangan]:
    """The DPA and the signing head the form needs; DataKurang names whatever is missing."""
    lines = budget_lines(unit, tahun)
    kurang = []
    if not lines:
        kurang.append(f"DPA tahun {tahun} belum diisi (isi di {DI_DPA})")
    kepala = kepala_pada(unit, tanggal)
    if kepala is None:
        kurang.append(f"tidak ada pejabat kepala {unit.nama} yang menjabat pada tanggal {tanggal:%d-%m-%Y} "
                      f"untuk menandatangani (isi di {DI_JABATAN})")
    if kurang or kepala is None:
        raise DataKurang(f"Formulir E-81 {nama_lengkap_unit(unit)} tahun {tahun}", kurang)
    return lines, penandatangan(kepala)


def _rp_tahun_lalu(unit: Unit, mulai: int, tahun: int) -> dict[str, Decimal]:
    """Rp realised in the earlier years of the period, by code (column 6)."""
    rp_lalu: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for y in range(mulai, tahun):
        for root in budget_lines(unit, y):
            for line in root.walk():
                if line.kode:
                    rp_lalu[line.kode] += line.total_realisasi
    return rp_lalu


def _bernomor(lines: list[BudgetLine]) -> list[tuple[BudgetLine, str]]:
    """Every DPA line in order with its number: 1 for a program, 1.2 for a kegiatan, 1.2.3 below."""
    out = []
    nomor = {TingkatAnggaran.PROGRAM: 0, TingkatAnggaran.KEGIATAN: 0, TingkatAnggaran.SUB_KEGIATAN: 0}
    label: dict[TingkatAnggaran, str] = {}
    for root in lines:
        for line in root.walk():
            t = line.tingkat
            nomor[t] += 1
            if t is TingkatAnggaran.PROGRAM:
                nomor[TingkatAnggaran.KEGIATAN] = nomor[TingkatAnggaran.SUB_KEGIATAN] = 0
                label[t] = str(nomor[t])
            elif t is TingkatAnggaran.KEGIATAN:
                nomor[TingkatAnggaran.SUB_KEGIATAN] = 0
                label[t] = f"{label.get(TingkatAnggaran.PROGRAM, '')}.{nomor[t]}"
            else:
                label[t] = f"{label.get(TingkatAnggaran.KEGIATAN, '')}.{nomor[t]}"
            out.append((line, label[t]))
    return out


def muat_e81(unit: Unit, tahun: int, tanggal: date) -> DataE81:
    """Load and compute the E.81 rows of a PD-year."""
    unit = Unit.objects.select_related("pemda", "induk").get(pk=unit.pk)
    lines, disusun = _syarat_e81(unit, tahun, tanggal)

    periode = _periode_e81(unit, tahun)
    aturan = aturan_pemda(unit)
    indikator = list(Indikator.objects.filter(unit=unit).order_by("urutan", "pk"))
    tautan = Tautan(indikator)
    cascade = Cascade(unit)
    nodes = cascade.urut(periode.pk) if periode else []
    by_kode: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, _ in nodes:
        if n.kode:
            by_kode[(n.tingkat, n.kode)].append(n.pk)
    by_node: dict[int, list[Indikator]] = defaultdict(list)
    for ind in indikator:
        if ind.node_id:
            by_node[ind.node_id].append(ind)
    row_inds = [i for n, _ in nodes for i in by_node.get(n.pk, []) if n.kode]
    ids = [i.pk for i in row_inds]
    agregasi = {i.pk: i.agregasi for i in row_inds}
    mulai = periode.tahun_mulai if periode else tahun
    sekarang = realisasi_tahunan(ids, tahun, agregasi) if ids else {}
    lalu_per_tahun = {y: realisasi_tahunan(ids, y, agregasi) for y in range(mulai, tahun)} if ids else {}
    targets = {t.indikator_id: t.nilai for t in Target.objects.filter(indikator_id__in=ids, tahun=tahun)}
    parts = parts_tahun(tautan, ids, tahun) if ids else {}
    parts.update(_turunan_per_triwulan(ids, tahun, agregasi))
    rp_lalu = _rp_tahun_lalu(unit, mulai, tahun)
    # The rencana aksi: which triwulans are due (what is genuinely "belum diisi") and, for a sub
    # kegiatan without a Renja target, its planned K. The form has no column for the triwulan
    # targets themselves.
    rencana_pk = target_pk_tahun([unit.pk], tahun)
    pks_tahun = pk_tahun(unit, tahun)
    kas = rencana_kas([pks_tahun[-1].pk]).get(pks_tahun[-1].pk, {}) if pks_tahun else {}
    pelaksana = dict(MataAnggaran.objects.filter(unit=unit, tahun=tahun, pelaksana__isnull=False)
                     .values_list("pk", "pelaksana__nama"))

    baris: list[BarisE81] = []
    tertutup = _tw_tertutup(tahun, tanggal)
    for line, nomor in _bernomor(lines):
        t = line.tingkat
        node_ids = by_kode.get((t.value, line.kode), [])
        inds = [i for n in node_ids for i in by_node.get(n, [])]
        sasaran = "; ".join(dict.fromkeys(s for n in node_ids if (s := cascade.sasaran_dari(n)))) \
            if t is TingkatAnggaran.PROGRAM else ""
        rp = hitung.anggaran(pagu=line.total_pagu, triwulan=_rp_triwulan(line),
                             realisasi_lalu=rp_lalu.get(line.kode) if line.kode in rp_lalu else None)
        pj = pelaksana.get(line.key, unit.nama) if isinstance(line.key, int) else unit.nama
        for j, ind in enumerate(inds or [None]):
            k = None
            rencana = None
            if ind is not None:
                rencana = _rencana_baris(ind, line, len(inds) == 1 and t is TingkatAnggaran.SUB_KEGIATAN,
                                         rencana_pk, tautan, kas, parts.get(ind.pk, {}))
                history = {y: lalu_per_tahun[y].get(ind.pk) for y in lalu_per_tahun}
                real_lalu = realisasi_sampai_tahun(history, tahun - 1, ind.agregasi_enum, mulai=mulai)
                real = sekarang.get(ind.pk)
                target_renja = targets.get(ind.pk)
                if target_renja is None and rencana is not None:
                    target_renja = rencana.target_renja
                k = hitung.kinerja(
                    target_renstra=ind.target_akhir, realisasi_lalu=real_lalu, target_renja=target_renja,
                    parts=parts.get(ind.pk, {}), realisasi_tahun=None if real is None else quantize(real, ind.desimal),
                    agregasi=ind.agregasi_enum, polaritas=ind.polaritas_enum, aturan=aturan,
                )
            baris.append(BarisE81(
                nomor=nomor if j == 0 else "", tingkat=t if j == 0 else None, sasaran=sasaran if j == 0 else "",
                kode=line.kode if j == 0 else "", uraian=line.nama if j == 0 else "",
                indikator=ind.nama if ind else "", satuan=ind.satuan if ind else "",
                desimal=ind.desimal if ind else 2, k=k, rp=rp if j == 0 else None,
                unit=pj if j == 0 else "", keterangan=_keterangan(ind, targets, rencana),
                belum=_belum(ind, k, line, tertutup, j == 0, rencana),
            ))

    total = hitung.anggaran(pagu=sum((r.total_pagu for r in lines), ZERO),
                            triwulan=_rp_triwulan(BudgetLine("", "", TingkatAnggaran.PROGRAM, anak=list(lines))),
                            realisasi_lalu=sum((rp_lalu[r.kode] for r in lines if r.kode in rp_lalu), ZERO)
                            if any(r.kode in rp_lalu for r in lines) else None)
    skala = _skala_predikat()
    # One rata-rata capaian kinerja in every document: the LKjIP body's (core.measurement).
    pks = pks_tahun
    rata_k = ukur_pd(unit, tahun).capaian_kinerja if pks else None
    narasi = _narasi_footer(unit, tahun, tautan)
    sasaran_rkpd = [s.uraian for s in pks[-1].sasaran.all() if s.kelompok == "utama"] if pks else []
    return DataE81(
        unit=nama_lengkap_unit(unit), pemda=unit.pemda.nama, tahun=tahun, periode=periode.nama if periode else "",
        sasaran_rkpd=sasaran_rkpd, tempat=tempat(unit.pemda), tanggal=tanggal, baris=baris, total=total,
        rata_k=hitung.predikat(rata_k, skala), rata_rp=hitung.predikat(total.capaian_renja, skala),
        faktor_pendorong=narasi["faktor_pendorong"], faktor_penghambat=narasi["faktor_penghambat"],
        tindak_lanjut_triwulan=narasi["solusi"], tindak_lanjut_renja=narasi["rencana_tindak_lanjut"],
        disusun=disusun, dievaluasi=_bappeda(unit, tanggal),
    )


def _narasi_footer(unit: Unit, tahun: int, tautan: Tautan) -> dict[str, str]:
    """The footer texts: the stored narratives of the latest PK's indicators, each named."""
    pks = pk_tahun(unit, tahun)
    out = {k: [] for k in ("faktor_pendorong", "faktor_penghambat", "solusi", "rencana_tindak_lanjut")}
    if not pks:
        return {k: "" for k in out}
    rows = [i for s in pks[-1].sasaran.all() for i in s.indikator.all()]
    chain = {r.indikator_id: tautan.rantai(r.indikator_id) for r in rows}
    # The annual narrative, completed from the faktor entered with each triwulan's realisasi.
    stored = narasi_lengkap(sorted({j for c in chain.values() for j in c}), tahun)
    for r in rows:
        n = next((stored[j] for j in chain[r.indikator_id] if j in stored), None)
        if n is None:
            continue
        for key, items in out.items():
            teks = getattr(n, key).strip()
            if teks:
                items.append(f"{r.indikator.nama}: {teks}")
    return {k: "\n\n".join(v) for k, v in out.items()}


# -- XLSX ---------------------------------------------------------------------------------------

# (header, sub-columns, column number printed in the number row)
KOLOM_XLSX: list[tuple[str, list[str], str]] = [
    ("No", [""], "1"),
    ("Sasaran", [""], "2"),
    ("Kode", [""], "3"),
    ("Program/Kegiatan/Sub Kegiatan", [""], "3"),
    ("Indikator Kinerja Program (outcome) / Kegiatan (output) / Sub Kegiatan", [""], "4"),
    ("Satuan", [""], "4"),  # part of column 4, as Kode is of column 3: one number over both
    ("Target Renstra PD pada Tahun Akhir Periode Renstra", ["K", "Rp"], "5"),
    ("Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu", ["K", "Rp"], "6"),
    ("Target Kinerja dan Anggaran Renja PD Tahun Berjalan yang Dievaluasi", ["K", "Rp"], "7"),
    ("Realisasi Kinerja pada Triwulan I", ["K", "Rp"], "8"),
    ("Realisasi Kinerja pada Triwulan II", ["K", "Rp"], "9"),
    ("Realisasi Kinerja pada Triwulan III", ["K", "Rp"], "10"),
    ("Realisasi Kinerja pada Triwulan IV", ["K", "Rp"], "11"),
    ("Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi", ["K", "Rp"], "12 = 8+9+10+11"),
    ("Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan", ["K", "Rp"], "13 = 6+12"),
    ("Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun Berjalan (%)", ["K", "Rp"],
     "14 = 13/5×100%"),
    ("Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD Tahun Berjalan (%)", ["K", "Rp"], "12/7×100%"),
    ("Unit PD Penanggung Jawab", [""], "15"),
    ("Keterangan", [""], "16"),
]
LEBAR_XLSX = [5, 28, 16, 40, 40, 11, 11, 17, 11, 17, 11, 17, 11, 17, 11, 17, 11, 17, 11, 17, 11, 17, 11, 17,
              11, 11, 11, 11, 22, 26]
FORMAT_RP = "#,##0.00"
FORMAT_PERSEN = "#,##0.00"


def _tinggi_baris(teks: Sequence[tuple[str, float]], pt_per_baris: float = 11.5) -> float:
    """Points needed by the tallest wrapped cell: a 9 pt character is about 0,85 width units."""
    baris = 1
    for isi, lebar in teks:
        per_baris = max(1, int(lebar / 0.85))
        baris = max(baris, sum(max(1, -(-len(line) // per_baris)) for line in isi.split("\n")))
    return max(15.0, pt_per_baris * baris + 3)


def _format_k(desimal: int) -> str:
    return "#,##0" if desimal == 0 else "#,##0." + "0" * desimal


def _sel_baris(b: BarisE81) -> list[tuple[object, str | None]]:
    """The row's cells left to right with their number formats (None for text)."""
    k, rp = b.k, b.rp
    fk = _format_k(b.desimal)
    cells: list[tuple[object, str | None]] = [
        (b.nomor, None), (b.sasaran, None), (b.kode, None),
        (f"{TINGKAT_LABEL[b.tingkat]}: {b.uraian}" if b.tingkat else "", None),
        (BELUM_DIISI if "ind" in b.belum else b.indikator, None), (b.satuan, None),
    ]

    def pair(kv: Decimal | None, rv: Decimal | None, f_k: str = fk, f_rp: str = FORMAT_RP, kolom: int = 0) -> None:
        cells.append((BELUM_DIISI, None) if kv is None and f"k{kolom}" in b.belum else (kv, f_k))
        cells.append((BELUM_DIISI, None) if rv is None and f"rp{kolom}" in b.belum else (rv, f_rp))

    pair(k.target_renstra if k else None, rp.target_renstra if rp else None, kolom=5)
    pair(k.realisasi_lalu if k else None, rp.realisasi_lalu if rp else None)
    pair(k.target_renja if k else None, rp.pagu if rp else None, kolom=7)
    for tw in (1, 2, 3, 4):
        pair(k.triwulan.get(tw) if k else None, rp.triwulan.get(tw) if rp else None, kolom=7 + tw)
    pair(k.realisasi_renja if k else None, rp.realisasi_renja if rp else None)
    pair(k.realisasi_renstra if k else None, rp.realisasi_renstra if rp else None)
    pair(k.capaian_renstra.persen if k else None, rp.capaian_renstra if rp else None, FORMAT_PERSEN, FORMAT_PERSEN)
    pair(k.capaian_renja.persen if k else None, rp.capaian_renja if rp else None, FORMAT_PERSEN, FORMAT_PERSEN)
    cells.append((b.unit, None))
    cells.append((b.keterangan, None))
    return cells


@dataclass(frozen=True)
class _GayaXlsx:
    """The fonts, borders and alignments of the workbook."""

    tebal: Font
    biasa: Font
    kotak: Border
    tengah: Alignment
    atas: Alignment
    kanan: Alignment
    latar: PatternFill


def _gaya_xlsx() -> _GayaXlsx:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    tipis = Side(style="thin", color="000000")
    return _GayaXlsx(
        tebal=Font(name="Arial", bold=True, size=9), biasa=Font(name="Arial", size=9),
        kotak=Border(left=tipis, right=tipis, top=tipis, bottom=tipis),
        tengah=Alignment(horizontal="center", vertical="center", wrap_text=True),
        atas=Alignment(vertical="top", wrap_text=True), kanan=Alignment(horizontal="right", vertical="top"),
        latar=PatternFill("solid", fgColor="D9E2F3"),
    )


# Rows of the header: the column titles (two rows) and their numbers.
_H1, _H2, _HN = 7, 8, 9


def xlsx(data: DataE81) -> bytes:
    """The form as a workbook: merged two-row header, column numbers, rows, footer, signatures."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = f"E-81 {data.tahun}"
    gaya = _gaya_xlsx()
    ncol = sum(len(s) for _, s, _ in KOLOM_XLSX)
    _xlsx_judul(ws, data)
    _xlsx_kepala(ws, gaya, ncol)
    r = _xlsx_baris(ws, gaya, data, _HN + 1)
    r = _xlsx_penutup(ws, gaya, data, r, ncol)
    _xlsx_tanda_tangan(ws, data, r + 1, ncol)
    ws.freeze_panes = ws.cell(_HN + 1, 6)
    for i, w in enumerate(LEBAR_XLSX, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{_H1}:{_HN}"
    buf = io.BytesIO()
    simpan_buku(wb, buf)  # narratives and names are user text: never written as formulas
    return buf.getvalue()


def _xlsx_judul(ws: Worksheet, data: DataE81) -> None:
    from openpyxl.styles import Font

    judul = [
        ("FORMULIR E.81", True),
        ("Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten/Kota", True),
        (f"Renja Perangkat Daerah {data.unit} {data.pemda}", False),
        (f"Periode Pelaksanaan: Tahun {data.tahun} (Renstra periode {data.periode})", False),
        ("Indikator dan target kinerja Perangkat Daerah kabupaten/kota yang mengacu pada sasaran RKPD: "
         + ("; ".join(data.sasaran_rkpd) or "–"), False),
    ]
    for i, (teks, b) in enumerate(judul, start=1):
        ws.cell(i, 1, teks).font = Font(name="Arial", bold=b, size=11 if i <= 2 else 10)


def _xlsx_kepala(ws: Worksheet, gaya: _GayaXlsx, ncol: int) -> None:
    """The column titles, merged over their sub-columns, and the column numbers below."""
    h1, h2, hn = _H1, _H2, _HN
    col = 1
    for header, subs, nomor in KOLOM_XLSX:
        span = len(subs)
        ws.cell(h1, col, header)
        if span > 1:
            ws.merge_cells(start_row=h1, start_column=col, end_row=h1, end_column=col + span - 1)
            for j, s in enumerate(subs):
                ws.cell(h2, col + j, s)
        else:
            ws.merge_cells(start_row=h1, start_column=col, end_row=h2, end_column=col)
        ws.cell(hn, col, nomor)
        if span > 1:
            ws.merge_cells(start_row=hn, start_column=col, end_row=hn, end_column=col + span - 1)
        col += span
    # Permendagri 86/2017 numbers the columns 1-16 once each: Kode shares 3 with the program name and
    # Satuan shares 4 with the indicator, so their number cells are merged.
    start = 1
    for c in range(2, ncol + 2):
        same = c <= ncol and ws.cell(hn, c).value == ws.cell(hn, start).value and ws.cell(hn, c).value
        if not same:
            if c - 1 > start and ws.cell(hn, start).value and (hn, start) not in _gabungan(ws, hn):
                ws.merge_cells(start_row=hn, start_column=start, end_row=hn, end_column=c - 1)
            start = c
    for r in (h1, h2, hn):
        for c in range(1, ncol + 1):
            cell = ws.cell(r, c)
            cell.font, cell.alignment, cell.border, cell.fill = gaya.tebal, gaya.tengah, gaya.kotak, gaya.latar
    ws.row_dimensions[h1].height = 66


def _gabungan(ws: Worksheet, baris: int) -> set[tuple[int, int]]:
    """The cells of a row already inside a merged range (K/Rp pairs under one number)."""
    return {(baris, c) for rng in ws.merged_cells.ranges if rng.min_row <= baris <= rng.max_row
            for c in range(rng.min_col, rng.max_col + 1)}


def _xlsx_baris(ws: Worksheet, gaya: _GayaXlsx, data: DataE81, r: int) -> int:
    """The rows from ``r`` on, then the JUMLAH row; returns the next free row."""
    for b in data.baris:
        cells = _sel_baris(b)
        # Row heights are written, not left to the reader: Calc does not re-flow wrapped text on opening.
        ws.row_dimensions[r].height = _tinggi_baris(
            [(str(v), LEBAR_XLSX[i]) for i, (v, nf) in enumerate(cells) if nf is None and v])
        for c, (value, nf) in enumerate(cells, start=1):
            cell = ws.cell(r, c, value if value != "" else None)
            cell.border = gaya.kotak
            cell.font = gaya.tebal if b.tingkat is TingkatAnggaran.PROGRAM else gaya.biasa
            if nf:
                cell.number_format = nf
                cell.alignment = gaya.kanan
            else:
                cell.alignment = gaya.atas
        r += 1
    # Total of the Rp columns over the programs (the whole DPA).
    jumlah = BarisE81("", None, "", "", "", "", "", 2, None, data.total, "", "")
    cells = _sel_baris(jumlah)
    ws.cell(r, 1, "JUMLAH")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for c, (value, nf) in enumerate(cells, start=1):
        cell = ws.cell(r, c) if c <= 6 else ws.cell(r, c, value if value != "" else None)
        cell.border, cell.font = gaya.kotak, gaya.tebal
        if nf and c > 6:
            cell.number_format, cell.alignment = nf, gaya.kanan
    return r + 1


def _xlsx_penutup(ws: Worksheet, gaya: _GayaXlsx, data: DataE81, r: int, ncol: int) -> int:
    """The averages, the predikat and the four narratives from row ``r``; returns the next free row."""
    tebal, kotak, kanan = gaya.tebal, gaya.kotak, gaya.kanan

    def footer(label: str, k: object, rp: object, nf: str | None) -> None:
        nonlocal r
        ws.cell(r, 1, label).font = tebal
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol - 4)
        for c, v in ((ncol - 3, k), (ncol - 2, rp)):
            cell = ws.cell(r, c, v)
            cell.font, cell.border = tebal, kotak
            if nf:
                cell.number_format, cell.alignment = nf, kanan
        for c in range(1, ncol - 3):
            ws.cell(r, c).border = kotak
        r += 1

    footer("Rata-rata capaian kinerja (%)", data.rata_k.nilai, data.rata_rp.nilai, FORMAT_PERSEN)
    footer("Predikat kinerja", data.rata_k.kelas.label if data.rata_k.kelas else None,
           data.rata_rp.kelas.label if data.rata_rp.kelas else None, None)
    for label, teks in (
        ("Faktor pendorong keberhasilan pencapaian", data.faktor_pendorong),
        ("Faktor penghambat pencapaian kinerja", data.faktor_penghambat),
        ("Tindak lanjut yang diperlukan dalam triwulan berikutnya", data.tindak_lanjut_triwulan),
        ("Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah kabupaten/kota berikutnya",
         data.tindak_lanjut_renja),
    ):
        ws.cell(r, 1, label).font = tebal
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        cell = ws.cell(r, 6, teks or "–")
        cell.alignment, cell.font = gaya.atas, gaya.biasa
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = min(409, _tinggi_baris([(teks, sum(LEBAR_XLSX[5:]))]))
        for c in range(1, ncol + 1):
            ws.cell(r, c).border = kotak
        r += 1
    return r


def _xlsx_tanda_tangan(ws: Worksheet, data: DataE81, r: int, ncol: int) -> None:
    """The two signature blocks: the head of the PD (Disusun) and of Bappeda (Dievaluasi)."""
    from openpyxl.styles import Font

    tanggal = f"{data.tempat}, {fmt.tanggal(data.tanggal)}"
    blocks = [
        (2, ["Disusun", tanggal, "Kepala Perangkat Daerah", data.disusun.jabatan_kapital, "", "", "",
             data.disusun.nama, f"NIP {data.disusun.nip}" if data.disusun.nip else ""]),
        (ncol - 6, ["Dievaluasi", tanggal, "Kepala Bappeda",
                    data.dievaluasi.jabatan_kapital if data.dievaluasi else "", "", "", "",
                    data.dievaluasi.nama if data.dievaluasi else "(................................................)",
                    f"NIP {data.dievaluasi.nip}" if data.dievaluasi and data.dievaluasi.nip else "NIP"]),
    ]
    for c, lines in blocks:
        for i, teks in enumerate(lines):
            cell = ws.cell(r + i, c, teks or None)
            cell.font = Font(name="Arial", size=10, bold=i in (0, 7), underline="single" if i == 7 else None)


# -- The table in the LKjIP's Lampiran ----------------------------------------------------------

def _k(v: Decimal | None, desimal: int) -> str:
    return "" if v is None else fmt.angka(v, desimal)


def _rp(v: Decimal | None) -> str:
    return "" if v is None else fmt.angka(v, 2)


def _uraian(b: BarisE81) -> str:
    if not b.tingkat:
        return ""
    return f"{b.kode} {b.uraian}".strip()


def tulis_tabel(dok: Dokumen, data: DataE81) -> None:
    """The form as two landscape tables (it is too wide for one page): per triwulan, then the capaian."""
    lebar = dok.lebar

    def teks(b: BarisE81) -> Sel:
        return Sel(_uraian(b), tebal=b.tingkat is TingkatAnggaran.PROGRAM)

    def ind(b: BarisE81) -> str:
        if "ind" in b.belum:
            return f"Indikator {BELUM_DIISI}"
        return b.indikator + (f" ({b.satuan})" if b.satuan else "")

    # Part 1: target and realisasi per triwulan (columns 7 to 11).
    w_k, w_rp = 1.3, 2.25
    w_text = lebar - 0.8 - 5 * (w_k + w_rp)
    kolom = [Kolom("No", 0.8, Rata.TENGAH), Kolom("Program/Kegiatan/Sub Kegiatan", w_text * 0.55),
             Kolom("Indikator", w_text * 0.45)]
    for _ in range(5):
        kolom += [Kolom("K", w_k, Rata.KANAN), Kolom("Rp", w_rp, Rata.KANAN)]
    kepala: list[list[Sel | str | None]] = [
        [Sel("No", tinggi_baris=2), Sel("Program/Kegiatan/Sub Kegiatan", tinggi_baris=2),
         Sel("Indikator Kinerja (satuan)", tinggi_baris=2),
         Sel("Target Renja (7)", lebar_kolom=2), Sel("Triwulan I (8)", lebar_kolom=2),
         Sel("Triwulan II (9)", lebar_kolom=2), Sel("Triwulan III (10)", lebar_kolom=2),
         Sel("Triwulan IV (11)", lebar_kolom=2)],
        [None, None, None, *(["K", "Rp"] * 5)],
    ]
    rows: list[list[Sel | str | None]] = []
    for b in data.baris:
        k, rp = b.k, b.rp

        def isi(teks_: str, kunci: str, b: BarisE81 = b) -> str:
            return teks_ or (BELUM_DIISI if kunci in b.belum else "")

        row: list[Sel | str | None] = [b.nomor, teks(b), ind(b),
                                       isi(_k(k.target_renja if k else None, b.desimal), "k7"),
                                       _rp(rp.pagu if rp else None)]
        for tw in (1, 2, 3, 4):
            row += [isi(_k(k.triwulan.get(tw) if k else None, b.desimal), f"k{7 + tw}"),
                    isi(_rp(rp.triwulan.get(tw) if rp else None), f"rp{7 + tw}")]
        rows.append(row)
    rows.append([Sel("JUMLAH", tebal=True, lebar_kolom=3), "", Sel(_rp(data.total.pagu), tebal=True),
                 *sum(([ "", Sel(_rp(data.total.triwulan.get(tw)), tebal=True)] for tw in (1, 2, 3, 4)), [])])
    dok.tabel(kolom, rows, kepala=kepala, ukuran=6.5)

    # Part 2: realisasi and capaian (columns 5, 6, 12, 13, 14 and 12/7). The Renstra's own budget
    # (5 Rp) is not recorded in Sakip and column 15 is the PD itself but for the kelurahan lines,
    # whose names say so: both stay in the XLSX only, so the text columns can be read.
    w_p = 1.35
    w_text = lebar - 0.8 - 4 * w_k - 3 * w_rp - 4 * w_p
    kolom = [Kolom("No", 0.8, Rata.TENGAH), Kolom("Program/Kegiatan/Sub Kegiatan", w_text * 0.55),
             Kolom("Indikator", w_text * 0.45), Kolom("K", w_k, Rata.KANAN)]
    for _ in range(3):
        kolom += [Kolom("K", w_k, Rata.KANAN), Kolom("Rp", w_rp, Rata.KANAN)]
    kolom += [Kolom("K", w_p, Rata.KANAN) if i % 2 == 0 else Kolom("Rp", w_p, Rata.KANAN) for i in range(4)]
    kepala = [
        [Sel("No", tinggi_baris=2), Sel("Program/Kegiatan/Sub Kegiatan", tinggi_baris=2),
         Sel("Indikator Kinerja (satuan)", tinggi_baris=2), Sel("Target akhir Renstra (5)"),
         Sel("Realisasi Renstra s.d. tahun lalu (6)", lebar_kolom=2), Sel("Realisasi Renja (12)", lebar_kolom=2),
         Sel("Realisasi Renstra s.d. tahun ini (13)", lebar_kolom=2), Sel("Capaian Renstra % (14)", lebar_kolom=2),
         Sel("Capaian Renja % (12/7)", lebar_kolom=2)],
        [None, None, None, "K", *(["K", "Rp"] * 5)],
    ]
    rows = []
    for b in data.baris:
        k, rp = b.k, b.rp
        rows.append([
            b.nomor, teks(b), ind(b),
            _k(k.target_renstra if k else None, b.desimal),
            _k(k.realisasi_lalu if k else None, b.desimal), _rp(rp.realisasi_lalu if rp else None),
            _k(k.realisasi_renja if k else None, b.desimal), _rp(rp.realisasi_renja if rp else None),
            _k(k.realisasi_renstra if k else None, b.desimal), _rp(rp.realisasi_renstra if rp else None),
            _capaian(k.capaian_renstra if k else None), _rp(rp.capaian_renstra if rp else None),
            _capaian(k.capaian_renja if k else None), _rp(rp.capaian_renja if rp else None),
        ])
    t = data.total
    rows.append([Sel("JUMLAH", tebal=True, lebar_kolom=3), "", "", Sel(_rp(t.realisasi_lalu), tebal=True), "",
                 Sel(_rp(t.realisasi_renja), tebal=True), "", Sel(_rp(t.realisasi_renstra), tebal=True), "",
                 Sel(_rp(t.capaian_renstra), tebal=True), "", Sel(_rp(t.capaian_renja), tebal=True)])
    dok.tabel(kolom, rows, kepala=kepala, ukuran=6.5)

    kolom = [Kolom("", lebar * 0.3), Kolom("", lebar * 0.35, Rata.KANAN), Kolom("", lebar * 0.35, Rata.KANAN)]

    def pred(p: hitung.Predikat) -> str:
        return p.kelas.label if p.kelas else "–"

    rows = [
        [Sel("Rata-rata capaian kinerja (%)", tebal=True), fmt.persen(data.rata_k.nilai),
         fmt.persen(data.rata_rp.nilai)],
        [Sel("Predikat kinerja", tebal=True), pred(data.rata_k), pred(data.rata_rp)],
    ]
    for label, isi in (
        ("Faktor pendorong keberhasilan pencapaian", data.faktor_pendorong),
        ("Faktor penghambat pencapaian kinerja", data.faktor_penghambat),
        ("Tindak lanjut yang diperlukan dalam triwulan berikutnya", data.tindak_lanjut_triwulan),
        ("Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya", data.tindak_lanjut_renja),
    ):
        rows.append([Sel(label, tebal=True), Sel(isi or "–", lebar_kolom=2, rata=Rata.KIRI)])
    dok.tabel(kolom, rows, kepala=[[Sel("Uraian", tebal=True), Sel("Kinerja (K)", tebal=True, rata=Rata.TENGAH),
                                    Sel("Anggaran (Rp)", tebal=True, rata=Rata.TENGAH)]],
              ukuran=7, kunci_baris=False)


def _capaian(c: Capaian | None) -> str:
    # A narrow column: '–' where there is no capaian (no target, or no realisasi yet).
    if c is None:
        return ""
    return fmt.angka(c.persen) if c.terukur else "–"


def tanda_tangan(dok: Dokumen, data: DataE81) -> None:
    tanggal = f"{data.tempat}, {fmt.tanggal(data.tanggal)}"
    ev = data.dievaluasi
    dok.tanda_tangan([
        ["Disusun", tanggal, data.disusun.jabatan_kapital, "", data.disusun.nama,
         *([f"NIP {data.disusun.nip}"] if data.disusun.nip else [])],
        ["Dievaluasi", tanggal, ev.jabatan_kapital if ev else "KEPALA BAPPEDA", "",
         ev.nama if ev else "(........................................)",
         f"NIP {ev.nip}" if ev and ev.nip else "NIP"],
    ], spasi=3)


