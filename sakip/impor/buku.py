"""The PD-year workbook: layout shared by the export (template) and the import.

Sheets: ``Info`` (which PD and year), ``Cascade`` (cascade, indicators and the year's target),
``Realisasi`` (per triwulan, semester or year) and ``Anggaran`` (DPA lines laid out like an SIPD
export: Permendagri 90/2019 code, uraian, pelaksana, pagu, realisasi per triwulan).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from django.db.models import Q
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.core.aggregation import Bagian
from sakip.laporan.xlsx_aman import simpan_buku
from sakip.organisasi.models import Pemda, Unit
from sakip.perencanaan.models import Indikator, NodeCascade, Target
from sakip.realisasi.models import Realisasi

INFO, CASCADE, REALISASI, ANGGARAN = "Info", "Cascade", "Realisasi", "Anggaran"
BAGIAN = [b.value for b in Bagian]  # TW1..TW4, S1, S2, TAHUN
KOLOM = {
    CASCADE: ["Tingkat", "Kode", "Uraian", "Ref", "Indikator", "Satuan", "Target"],
    REALISASI: ["Ref", "Indikator", "Satuan", *BAGIAN],
    ANGGARAN: ["Kode", "Uraian", "Tingkat", "Pelaksana", "Pagu", "TW1", "TW2", "TW3", "TW4"],
}
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


def isi_buku(wb: Workbook, unit: Unit, tahun: int, *, awalan: str = "") -> None:
    """Add the four sheets of one PD-year (``awalan`` prefixes sheet names in a Pemda export)."""
    info = wb.create_sheet(f"{awalan}{INFO}")
    info.append(["PD", unit.slug])
    info.append(["Nama", unit.nama])
    info.append(["Tahun", tahun])
    info.append(["Petunjuk", "Isi angka pada sel angka (atau teks cara Indonesia: 93,15). Jangan menambah kolom, "
                             "menggabungkan sel atau memakai rumus. Sel kosong menghapus nilai."])

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


def ekspor(units: Iterable[Unit], tahun: int, output: Path, *, bernomor: bool | None = None) -> Path:
    """Write the workbook of one PD-year, or of many PDs (sheet names prefixed by the PD's number).

    ``bernomor`` forces the numbered layout of a whole-Pemda workbook even for a single unit.
    """
    units = list(units)
    wb = Workbook()
    wb.remove(wb.active)
    if not (len(units) != 1 if bernomor is None else bernomor):
        isi_buku(wb, units[0], tahun)
    else:
        for n, unit in enumerate(units, 1):
            isi_buku(wb, unit, tahun, awalan=f"{n:02d} ")
    output = Path(output)
    simpan_buku(wb, output)  # names and codes are user text: never written as formulas
    return output
