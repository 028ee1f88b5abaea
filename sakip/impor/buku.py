"""The PD-year workbook: layout shared by the export (template) and the import.

Sheets: ``Info`` (which PD and year), ``Cascade`` (cascade, indicators and the year's target),
``Realisasi`` (per triwulan, semester or year) and ``Anggaran`` (DPA lines laid out like an SIPD
export: Permendagri 90/2019 code, uraian, pelaksana, pagu, realisasi per triwulan). The rencana
aksi of the PK version in force follows: ``Rencana Aksi`` (one row per PK indicator: target per
triwulan, a number or a text), ``Aksi`` (one row per action with its penanggung jawab),
``Faktor Triwulan`` (pendorong, penghambat, solusi per indicator and triwulan) and ``Anggaran
Kas`` (per sub kegiatan with pagu: planned K and kas per triwulan, with a SUM check column).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from django.db.models import Q
from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.core.aggregation import Bagian
from sakip.core.budget import TingkatAnggaran
from sakip.laporan.xlsx_aman import simpan_buku
from sakip.organisasi.models import Pemda, Unit
from sakip.perencanaan.models import Indikator, NodeCascade, Target
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.realisasi.models import Realisasi
from sakip.rencana_aksi.baca import faktor_triwulan, pk_berlaku, rencana_baris, rencana_kas

INFO, CASCADE, REALISASI, ANGGARAN = "Info", "Cascade", "Realisasi", "Anggaran"
RENCANA_AKSI, AKSI, FAKTOR, ANGGARAN_KAS = "Rencana Aksi", "Aksi", "Faktor Triwulan", "Anggaran Kas"
LEMBAR_WAJIB = (INFO, CASCADE, REALISASI, ANGGARAN)
# Added with the rencana aksi: a workbook downloaded before them (or without them) still imports.
LEMBAR_RENCANA = (RENCANA_AKSI, AKSI, FAKTOR, ANGGARAN_KAS)
BAGIAN = [b.value for b in Bagian]  # TW1..TW4, S1, S2, TAHUN
TW = ("TW1", "TW2", "TW3", "TW4")
KOLOM = {
    CASCADE: ["Tingkat", "Kode", "Uraian", "Ref", "Indikator", "Satuan", "Target"],
    REALISASI: ["Ref", "Indikator", "Satuan", *BAGIAN],
    ANGGARAN: ["Kode", "Uraian", "Tingkat", "Pelaksana", "Pagu", *TW],
    RENCANA_AKSI: ["Ref", "Sasaran", "Indikator", "Satuan", "Target Tahunan", "Kumulatif",
                   *(f"Target {t}" for t in TW)],
    AKSI: ["Ref", "Indikator", "Uraian Aksi", "Penanggung Jawab"],
    FAKTOR: ["Ref", "Indikator", "Triwulan", "Pendorong", "Penghambat", "Solusi"],
    ANGGARAN_KAS: ["Kode", "Uraian", "Pelaksana", "Pagu", *(f"K {t}" for t in TW), *(f"Kas {t}" for t in TW),
                   "Jumlah Kas", "Selisih"],
}
BARIS_NOMOR_PK = 5  # Info!B5: the PK version whose rencana aksi the file holds
YA, TIDAK = "Ya", "Tidak"
FORMAT_ANGKA = "#,##0.####"  # Excel shows the separators of the user's locale (Indonesian: 93,15)
FORMAT_RUPIAH = "#,##0.00"


def indikator_tahun(unit: Unit, tahun: int) -> list[Indikator]:
    """Every indicator of the unit in a period that holds the year (2025 sits in two periods)."""
    return list(Indikator.objects.filter(unit=unit, periode__tahun_mulai__lte=tahun, periode__tahun_selesai__gte=tahun)
                .select_related("node", "periode").order_by("periode__tahun_mulai", "urutan", "pk"))


def unit_berkas_pemda(tahun: int, pemda: Pemda | None = None) -> list[Unit]:
    """The units of a whole-Pemda workbook: every top-level unit (the Pemda level too) and every sub unit
    with its own indicators or DPA that year (a Bagian of the Setda, a UPT), whose data no PD sheet holds."""
    qs = Unit.objects.all() if pemda is None else Unit.objects.filter(pemda=pemda)
    sendiri = (Q(indikator__periode__tahun_mulai__lte=tahun, indikator__periode__tahun_selesai__gte=tahun)
               | Q(mata_anggaran__tahun=tahun))
    ids = set(qs.filter(Q(induk__isnull=True) | sendiri).values_list("pk", flat=True))
    return list(Unit.objects.filter(pk__in=ids).order_by("pemda", "urutan", "pk"))


def kunci_anggaran(m: MataAnggaran) -> tuple[str, str]:
    """How a DPA line is found again: its code and its pelaksana (kelurahan lines share codes)."""
    return (m.kode, m.pelaksana.slug if m.pelaksana_id else "")


def _header(ws: Worksheet, kolom: list[str]) -> None:
    ws.append(kolom)
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.freeze_panes = "A2"


def _angka(ws: Worksheet, fmt: str, cols: Iterable[int]) -> None:
    for row in ws.iter_rows(min_row=2):
        for i in cols:
            if isinstance(row[i].value, Decimal | int | float):
                row[i].number_format = fmt


def _lebar(ws: Worksheet, lebar: dict[str, int]) -> None:
    for kol, n in lebar.items():
        ws.column_dimensions[kol].width = n


def _pilihan(ws: Worksheet, kol: str, isi: list[str]) -> None:
    """A drop-down of the values a column takes (the import still checks every cell)."""
    if ws.max_row > 1:
        dv = DataValidation(type="list", formula1=f'"{",".join(isi)}"', allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(f"{kol}2:{kol}{ws.max_row}")


def isi_buku(wb: Workbook, unit: Unit, tahun: int, *, awalan: str = "") -> list[tuple[Worksheet, str, str]]:
    """Add the sheets of one PD-year (``awalan`` prefixes sheet names in a Pemda export).

    Returns Sakip's own formulas (the Anggaran Kas check column), for ``simpan_buku``.
    """
    info = wb.create_sheet(f"{awalan}{INFO}")
    info.append(["PD", unit.slug])
    info.append(["Nama", unit.nama])
    info.append(["Tahun", tahun])
    info.append(["Petunjuk", "Isi angka pada sel angka (atau teks cara Indonesia: 93,15). Jangan menambah kolom, "
                             "menggabungkan sel atau memakai rumus. Sel kosong menghapus nilai."])
    pk = pk_berlaku(unit, tahun)
    info.append(["Nomor perubahan PK", pk.nomor_perubahan if pk is not None else None])
    info.append(["Rencana aksi", (f"{pk.judul} {tahun}: target per triwulan berupa angka, atau teks untuk target "
                                  "kualitatif; Kumulatif Ya/Tidak (kosong: mengikuti agregasi indikator). Lembar "
                                  "Aksi: satu baris per aksi; baris dengan Ref tetapi tanpa uraian mengosongkan aksi "
                                  "indikator itu. Anggaran Kas: jumlah kas TW1-TW4 harus sama dengan pagu; kolom "
                                  "Jumlah Kas dan Selisih hanya pemeriksa."
                                  if pk is not None else f"Perjanjian kinerja {tahun} belum dibuat.")])

    inds = indikator_tahun(unit, tahun)
    target = {t.indikator_id: t.nilai for t in Target.objects.filter(indikator__in=inds, tahun=tahun)}
    ws = wb.create_sheet(f"{awalan}{CASCADE}")
    _header(ws, [*KOLOM[CASCADE][:-1], f"Target {tahun}"])
    by_node: dict[int | None, list[Indikator]] = {}
    for i in inds:
        by_node.setdefault(i.node_id, []).append(i)
    periode_ids = {i.periode_id for i in inds}
    for node in NodeCascade.objects.filter(unit=unit, periode_id__in=periode_ids).order_by("periode", "urutan"):
        ws.append([node.get_tingkat_display(), node.kode, node.nama, None, None, None, None])
        for i in by_node.pop(node.pk, []):
            ws.append([None, None, None, i.ref, i.nama, i.satuan, target.get(i.pk)])
    for rest in by_node.values():  # "kinerja lainnya" and indicators of nodes of other periods
        for i in rest:
            ws.append(["Kinerja lainnya", None, None, i.ref, i.nama, i.satuan, target.get(i.pk)])
    _angka(ws, FORMAT_ANGKA, [6])

    nilai: dict[int, dict[str, Decimal]] = {}
    for r in Realisasi.objects.filter(indikator__in=inds, tahun=tahun):
        nilai.setdefault(r.indikator_id, {})[r.bagian] = r.nilai
    ws = wb.create_sheet(f"{awalan}{REALISASI}")
    _header(ws, KOLOM[REALISASI])
    for i in inds:
        ws.append([i.ref, i.nama, i.satuan, *(nilai.get(i.pk, {}).get(b) for b in BAGIAN)])
    _angka(ws, FORMAT_ANGKA, range(3, 3 + len(BAGIAN)))

    lines = list(MataAnggaran.objects.filter(unit=unit, tahun=tahun).select_related("pelaksana")
                 .order_by("urutan", "pk"))
    real: dict[int, dict[int, Decimal]] = {}
    for ra in RealisasiAnggaran.objects.filter(mata_anggaran__in=lines):
        real.setdefault(ra.mata_anggaran_id, {})[ra.triwulan] = ra.jumlah
    ws = wb.create_sheet(f"{awalan}{ANGGARAN}")
    _header(ws, KOLOM[ANGGARAN])
    for m in lines:
        ws.append([m.kode, m.nama, m.get_tingkat_display(), kunci_anggaran(m)[1], m.pagu,
                   *(real.get(m.pk, {}).get(tw) for tw in (1, 2, 3, 4))])
    _angka(ws, FORMAT_RUPIAH, range(4, 9))
    return _isi_rencana(wb, pk, awalan, lines) if pk is not None else []


def _isi_rencana(wb: Workbook, pk: PerjanjianKinerja, awalan: str, lines: list[MataAnggaran]) -> list[
        tuple[Worksheet, str, str]]:
    """The rencana aksi sheets of the PK version in force; returns the check column's formulas."""
    per_ref: dict[str, IndikatorPK] = {}
    for r in (IndikatorPK.objects.filter(sasaran__perjanjian=pk).select_related("indikator", "sasaran")
              .order_by("sasaran__urutan", "urutan", "pk")):
        per_ref.setdefault(r.indikator.ref, r)  # rows are found again by Ref: an indicator listed twice, once
    rows = list(per_ref.values())
    rencana = rencana_baris([r.pk for r in rows])
    ws = wb.create_sheet(f"{awalan}{RENCANA_AKSI}")
    _header(ws, KOLOM[RENCANA_AKSI])
    for row in rows:
        ind, r = row.indikator, rencana.get(row.pk)
        target = [None if r is None else (r.target.get(tw) if r.target.get(tw) is not None else r.teks.get(tw))
                  for tw in (1, 2, 3, 4)]
        ws.append([ind.ref, row.sasaran.uraian, ind.nama, ind.satuan, row.target,
                   None if r is None else (YA if r.kumulatif else TIDAK), *target])
    _angka(ws, FORMAT_ANGKA, [4, 6, 7, 8, 9])
    _pilihan(ws, "F", [YA, TIDAK])
    _lebar(ws, {"B": 40, "C": 45, "G": 14, "H": 14, "I": 14, "J": 14})

    ws = wb.create_sheet(f"{awalan}{AKSI}")
    _header(ws, KOLOM[AKSI])
    for row in rows:
        aksi = rencana[row.pk].aksi if row.pk in rencana else []
        for uraian, pj in aksi or [("", "")]:  # an empty row to fill in for an indicator without aksi
            ws.append([row.indikator.ref, row.indikator.nama, uraian or None, pj or None])
    _lebar(ws, {"B": 45, "C": 60, "D": 30})

    ws = wb.create_sheet(f"{awalan}{FAKTOR}")
    _header(ws, KOLOM[FAKTOR])
    faktor = faktor_triwulan({r.indikator_id for r in rows}, pk.tahun)
    for row in rows:
        for tw in (1, 2, 3, 4):
            f = faktor.get(row.indikator_id, {}).get(tw)
            ws.append([row.indikator.ref, row.indikator.nama, f"TW{tw}",
                       *((f.pendorong or None, f.penghambat or None, f.solusi or None) if f else (None,) * 3)])
    _pilihan(ws, "C", list(TW))
    _lebar(ws, {"B": 45, "D": 40, "E": 40, "F": 40})
    for kol in "DEF":
        for c in ws[kol][1:]:
            c.alignment = Alignment(wrap_text=True, vertical="top")

    ws = wb.create_sheet(f"{awalan}{ANGGARAN_KAS}")
    _header(ws, KOLOM[ANGGARAN_KAS])
    kas = rencana_kas([pk.pk]).get(pk.pk, {})
    rumus: list[tuple[Worksheet, str, str]] = []
    for m in lines:
        if m.tingkat != TingkatAnggaran.SUB_KEGIATAN.value or m.pagu is None:
            continue
        plan = kas.get(m.pk, {})
        ws.append([m.kode, m.nama, kunci_anggaran(m)[1], m.pagu,
                   *(plan[tw].target_k if tw in plan else None for tw in (1, 2, 3, 4)),
                   *(plan[tw].anggaran_kas if tw in plan else None for tw in (1, 2, 3, 4))])
        n = ws.max_row
        rumus += [(ws, f"M{n}", f"=SUM(I{n}:L{n})"), (ws, f"N{n}", f"=D{n}-M{n}")]
        for kol in "MN":
            ws[f"{kol}{n}"].number_format = FORMAT_RUPIAH
    _angka(ws, FORMAT_ANGKA, range(4, 8))
    _angka(ws, FORMAT_RUPIAH, [3, *range(8, 12)])
    _lebar(ws, {"A": 20, "B": 45, **{k: 16 for k in "DIJKLMN"}})
    if ws.max_row > 1:  # a kas that does not add up to the pagu shows red before the import says so
        ws.conditional_formatting.add(f"N2:N{ws.max_row}", CellIsRule(
            operator="notEqual", formula=["0"], fill=PatternFill("solid", start_color="F4CCCC", end_color="F4CCCC")))
    return rumus


def ekspor(units: Iterable[Unit], tahun: int, output: Path, *, bernomor: bool | None = None) -> Path:
    """Write the workbook of one PD-year, or of many PDs (sheet names prefixed by the PD's number).

    ``bernomor`` forces the numbered layout of a whole-Pemda workbook even for a single unit.
    """
    units = list(units)
    wb = Workbook()
    wb.remove(wb.active)
    rumus: list[tuple[Worksheet, str, str]] = []
    if not (len(units) != 1 if bernomor is None else bernomor):
        rumus += isi_buku(wb, units[0], tahun)
    else:
        for n, unit in enumerate(units, 1):
            rumus += isi_buku(wb, unit, tahun, awalan=f"{n:02d} ")
    output = Path(output)
    simpan_buku(wb, output, rumus)  # names and codes are user text: only our check column is a formula
    return output
