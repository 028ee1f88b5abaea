"""The Kertas Kerja Evaluasi (KKE) AKIP of a PD-year: the evaluation's working papers as XLSX.

The domain notes (siklus-lanjutan.md, "Supporting working papers" and "Review chain") describe the
KKE as spreadsheets that record every verification tier with its answer and note; Pemdas and the
Inspektorat keep them as workbooks, so this is one too (openpyxl, through the formula-injection
guard ``xlsx_aman``):

- *Kertas Kerja*: each criterion of the LKE with the answer and note of every tier (penilaian
  mandiri, anggota tim, ketua tim, pengendali teknis), the answer that prevails, its value and the
  evidence (bukti dukung), grouped by komponen and sub-komponen with their scores;
- *Persetujuan*: the review chain's sign-off: per tier who is assigned, who answered, how many
  criteria and when last, and the evaluation's status (final on a date, with its total and predikat);
- *Tindak Lanjut*: KKE 6 of the notes, the previous year's LHE recommendations and their status.

The figures are the evaluation's own (``sakip.evaluasi.nilai``), never recomputed here.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from fractions import Fraction
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sakip.core import formatting as fmt
from sakip.core.lke import bulatkan
from sakip.evaluasi.models import (
    BuktiDukung,
    Evaluasi,
    JenisBukti,
    PenugasanEvaluator,
    Rekomendasi,
    Tahap,
)
from sakip.evaluasi.nilai import BarisKriteria, Lembar, lembar

from .data import nama_lengkap_unit
from .xlsx_aman import simpan_buku

# The tiers in the order of the review chain (the PD first, the pengendali teknis last).
TAHAP = (Tahap.MANDIRI, Tahap.ANGGOTA, Tahap.KETUA, Tahap.DALNIS)
PERAN_TTD = {Tahap.MANDIRI: "Disusun (penilaian mandiri PD)", Tahap.ANGGOTA: "Dievaluasi (anggota tim)",
             Tahap.KETUA: "Direviu (ketua tim)", Tahap.DALNIS: "Disetujui (pengendali teknis)"}

_TEBAL = Font(bold=True)
_JUDUL = Font(bold=True, size=13)
_GARIS = Side(style="thin", color="808080")
_KOTAK = Border(left=_GARIS, right=_GARIS, top=_GARIS, bottom=_GARIS)
_KEPALA = PatternFill("solid", fgColor="D9E2F3")
_KOMPONEN = PatternFill("solid", fgColor="EDEDED")
_BUNGKUS = Alignment(wrap_text=True, vertical="top")


def _nama(user: object) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()  # type: ignore[attr-defined]  # a User


def _tanggal(waktu: datetime | date | None) -> str:
    if waktu is None:
        return ""
    return fmt.tanggal(waktu.date() if isinstance(waktu, datetime) else waktu)


def _bukti_teks(b: BuktiDukung) -> str:
    if b.jenis == JenisBukti.TAUTAN:
        return f"{b.judul} ({b.url})" if b.url and b.url != b.judul else b.judul
    if b.jenis == JenisBukti.BERKAS:
        return f"{b.judul} (berkas unggahan)"
    return f"{b.judul} ({b.get_rekaman_display()})"


def _kepala(ws: Worksheet, baris: int, judul: list[str], lebar: list[float]) -> None:
    for c, (t, w) in enumerate(zip(judul, lebar, strict=True), 1):
        sel = ws.cell(baris, c, t)
        sel.font, sel.fill, sel.border, sel.alignment = _TEBAL, _KEPALA, _KOTAK, Alignment(wrap_text=True,
                                                                                              vertical="center")
        ws.column_dimensions[get_column_letter(c)].width = w


def _judul(ws: Worksheet, ev: Evaluasi, sub: str) -> int:
    ws.cell(1, 1, f"KERTAS KERJA EVALUASI AKIP — {sub}").font = _JUDUL
    ws.cell(2, 1, f"{nama_lengkap_unit(ev.unit)} tahun {ev.tahun}").font = _TEBAL
    ws.cell(3, 1, f"{ev.template.nama} ({ev.template.dasar_hukum}) · status: {ev.get_status_display()}")
    return 5


def _kertas_kerja(ws: Worksheet, lb: Lembar, bukti: dict[int, list[BuktiDukung]]) -> None:
    ev = lb.evaluasi
    r = _judul(ws, ev, "LEMBAR KRITERIA")
    kolom = ["Kode", "Kriteria"]
    lebar = [8.0, 48.0]
    for t in TAHAP:
        kolom += [f"{Tahap(t).label}: jawaban", f"{Tahap(t).label}: catatan"]
        lebar += [11.0, 28.0]
    kolom += ["Jawaban akhir", "Nilai", "Bukti dukung"]
    lebar += [10.0, 8.0, 44.0]
    _kepala(ws, r, kolom, lebar)
    ws.row_dimensions[r].height = 32
    ws.freeze_panes = ws.cell(r + 1, 3)
    r += 1
    n = len(kolom)
    for k, nk, subs in lb.per_komponen():
        teks = (f"{k.kode}. {k.nama} — bobot {fmt.angka(k.bobot)}, nilai {fmt.angka(bulatkan(nk.nilai))}")
        ws.cell(r, 1, k.kode)
        ws.cell(r, 2, teks)
        for c in range(1, n + 1):
            ws.cell(r, c).font, ws.cell(r, c).fill, ws.cell(r, c).border = _TEBAL, _KOMPONEN, _KOTAK
        r += 1
        for s, ns, rows in subs:
            ws.cell(r, 1, f"{k.kode}.{s.kode}").font = _TEBAL
            ws.cell(r, 2, f"{s.get_perspektif_display()}: {s.uraian} — bobot {fmt.angka(s.bobot)}, "
                          f"nilai {fmt.angka(bulatkan(ns.nilai))} ({fmt.angka(bulatkan(Fraction(ns.persen)))} %)"
                    ).font = _TEBAL
            for c in range(1, n + 1):
                ws.cell(r, c).border = _KOTAK
                ws.cell(r, c).alignment = _BUNGKUS
            r += 1
            for b in rows:
                _baris(ws, r, b, lb, bukti.get(b.kriteria.pk, []))
                r += 1
    ws.cell(r, 2, "Nilai hasil evaluasi").font = _TEBAL
    total = ev.nilai_total if ev.final and ev.nilai_total is not None else lb.total
    ws.cell(r, n - 2, f"{fmt.angka(total)} ({ev.predikat or lb.predikat.kode})").font = _TEBAL


def _baris(ws: Worksheet, r: int, b: BarisKriteria, lb: Lembar, bukti: list[BuktiDukung]) -> None:
    isi: list[object] = [b.kriteria.kode, b.kriteria.uraian]
    for t in TAHAP:
        j = b.per_tahap.get(t)
        isi += [j.opsi.huruf if j and j.opsi else "", j.catatan if j else ""]
    nilai = lb.nilai_kriteria(b)
    isi += [b.huruf or "belum", fmt.angka(nilai, 0 if nilai is not None and nilai == nilai.to_integral() else 2)
            if nilai is not None else "", "\n".join(_bukti_teks(x) for x in bukti)]
    for c, v in enumerate(isi, 1):
        sel = ws.cell(r, c, v)
        sel.border, sel.alignment = _KOTAK, _BUNGKUS


def _persetujuan(ws: Worksheet, lb: Lembar) -> None:
    ev = lb.evaluasi
    r = _judul(ws, ev, "PERSETUJUAN BERJENJANG")
    _kepala(ws, r, ["Tahap", "Peran", "Ditugaskan", "Menjawab", "Kriteria dijawab", "Terakhir diubah"],
            [26.0, 30.0, 34.0, 34.0, 14.0, 20.0])
    r += 1
    tim: dict[str, list[str]] = defaultdict(list)
    for p in PenugasanEvaluator.objects.filter(unit=ev.unit).select_related("user").order_by("user__username"):
        if p.berlaku(ev.tahun):
            tim[p.peran].append(_nama(p.user))
    jumlah = len(lb.baris)
    for t in TAHAP:
        jawab = [b.per_tahap[t] for b in lb.baris if t in b.per_tahap and b.per_tahap[t].opsi_id]
        oleh = sorted({_nama(j.oleh) for j in jawab if j.oleh is not None})
        terakhir = max((j.diubah for j in jawab), default=None)
        ditugaskan = "PD (operator)" if t == Tahap.MANDIRI else ", ".join(tim.get(t, [])) or "-"
        isi = [Tahap(t).label, PERAN_TTD[t], ditugaskan, ", ".join(oleh) or ("-" if not jawab else "(dimuat sistem)"),
               f"{len(jawab)} dari {jumlah}", _tanggal(terakhir)]
        for c, v in enumerate(isi, 1):
            sel = ws.cell(r, c, v)
            sel.border, sel.alignment = _KOTAK, _BUNGKUS
        r += 1
    r += 1
    total = ev.nilai_total if ev.final and ev.nilai_total is not None else lb.total
    ws.cell(r, 1, "Nilai hasil evaluasi").font = _TEBAL
    ws.cell(r, 2, f"{fmt.angka(total)}, predikat {ev.predikat or lb.predikat.kode} ({lb.predikat.label})")
    r += 1
    ws.cell(r, 1, "Status").font = _TEBAL
    ws.cell(r, 2, f"Final, ditetapkan {_tanggal(ev.tanggal_final)}" if ev.final and ev.tanggal_final
            else f"{ev.get_status_display()} (belum final)")
    if ev.nomor_lhe:
        r += 1
        ws.cell(r, 1, "Nomor LHE").font = _TEBAL
        ws.cell(r, 2, ev.nomor_lhe)


def _tindak_lanjut(ws: Worksheet, ev: Evaluasi, hari_ini: date) -> None:
    r = _judul(ws, ev, "TINDAK LANJUT REKOMENDASI LHE TAHUN SEBELUMNYA")
    _kepala(ws, r, ["No", "Rekomendasi LHE " + str(ev.tahun - 1), "Prioritas", "Batas waktu", "Status",
                    "Tindak lanjut", "Catatan verifikasi"], [5.0, 50.0, 11.0, 18.0, 22.0, 50.0, 30.0])
    r += 1
    rek = list(Rekomendasi.objects.filter(unit=ev.unit, evaluasi__tahun=ev.tahun - 1)
               .prefetch_related("tindak_lanjut").order_by("urutan", "pk"))
    if not rek:
        ws.cell(r, 2, f"Tidak ada rekomendasi LHE tahun {ev.tahun - 1} yang tercatat di Sakip.")
        return
    for i, x in enumerate(rek, 1):
        status = x.get_status_display()
        if x.status != "tuntas" and x.batas_waktu < hari_ini:
            status += " (terlambat)"
        tl = "\n".join(f"{fmt.tanggal(t.tanggal)}: {t.uraian}" for t in x.tindak_lanjut.all())
        for c, v in enumerate([i, x.uraian, x.get_prioritas_display(), fmt.tanggal(x.batas_waktu), status,
                               tl or "-", x.catatan_verifikasi], 1):
            sel = ws.cell(r, c, v)
            sel.border, sel.alignment = _KOTAK, _BUNGKUS
        r += 1


def _tinggi_baris(ws: Worksheet) -> None:
    """Rows as tall as their wrapped text: spreadsheets do not grow a row a file gives no height."""
    lebar = {c: (ws.column_dimensions[get_column_letter(c)].width or 10.0) for c in range(1, ws.max_column + 1)}
    for row in ws.iter_rows(min_row=5):
        baris = 1
        for sel in row:
            if isinstance(sel.value, str) and sel.alignment is not None and sel.alignment.wrap_text:
                muat = max(1, int(lebar[sel.column] * 1.1))  # characters per line at 10-11 pt
                baris = max(baris, sum(-(-max(1, len(t)) // muat) for t in sel.value.split("\n")))
        if baris > 1:
            ws.row_dimensions[row[0].row].height = 14.5 * baris


def render_kke(ev: Evaluasi, *, hari_ini: date) -> bytes:
    """The KKE of one evaluation as an XLSX workbook (three sheets, see the module docstring)."""
    lb = lembar(ev)
    bukti: dict[int, list[BuktiDukung]] = defaultdict(list)
    for b in BuktiDukung.objects.filter(evaluasi=ev).order_by("pk"):
        bukti[b.kriteria_id].append(b)
    wb = Workbook()
    ws = wb.active
    ws.title = "Kertas Kerja"
    _kertas_kerja(ws, lb, bukti)
    _persetujuan(wb.create_sheet("Persetujuan"), lb)
    _tindak_lanjut(wb.create_sheet("Tindak Lanjut"), ev, hari_ini)
    for s in wb.worksheets:
        _tinggi_baris(s)
        s.page_setup.orientation = "landscape"
        s.page_setup.paperSize = s.PAPERSIZE_A4
        s.sheet_properties.pageSetUpPr.fitToPage = True  # every column on the page's width, rows flow on
        s.page_setup.fitToWidth, s.page_setup.fitToHeight = 1, 0
    out = BytesIO()
    simpan_buku(wb, out)
    return out.getvalue()
