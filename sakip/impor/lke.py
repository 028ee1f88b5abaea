"""The LKE worksheet as an XLSX workbook, for evaluators who work offline, and its import.

Export: one row per criterion (kode, kriteria, panduan, the PD's self-assessment, this tier's
answer and note), written formula-safe (``laporan.xlsx_aman``). Import is two-phase like the
Excel import of realisasi: the file is checked (zip and XML bombs refused before openpyxl reads
anything), every cell read into a preview with an error naming its cell (``LKE!E12``), and only
an error-free preview is stored, through ``evaluasi.services.simpan_jawaban`` (all or nothing).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from sakip.core.lke import Peringatan
from sakip.evaluasi import services as evaluasi
from sakip.evaluasi.models import Evaluasi, Tahap
from sakip.evaluasi.nilai import lembar, semua_jawaban, struktur
from sakip.laporan.xlsx_aman import simpan_buku

from .baca_buku import BerkasDitolak, _baris_aman, _buku, periksa_zip

LEMBAR = "LKE"
BARIS_JUDUL = 6  # the header row; criteria start below it
KOLOM = ["Kode", "Kriteria", "Panduan", "Penilaian mandiri (PD)", "Jawaban", "Catatan"]


def ekspor(ev: Evaluasi, tahap: str) -> bytes:
    """The worksheet of one evaluation for one tier, with that tier's answers filled in."""
    st = struktur(ev.template)
    jawab = semua_jawaban(ev)
    wb = Workbook()
    ws = wb.active
    ws.title = LEMBAR
    for i, (k, v) in enumerate([("PD", ev.unit.slug), ("Tahun", ev.tahun), ("Tahap", tahap),
                                ("LKE", ev.template.versi)], 1):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    for c, judul in enumerate(KOLOM, 1):
        ws.cell(BARIS_JUDUL, c, judul).font = Font(bold=True)
    huruf: set[str] = set()
    for r, k in enumerate(st.kriteria, BARIS_JUDUL + 1):
        per = jawab.get(k.pk, {})
        mandiri, milik = per.get(Tahap.MANDIRI), per.get(tahap)
        huruf.update(o.huruf for o in st.opsi.get(k.skala_id, []))
        for c, v in enumerate([k.kode, k.uraian, k.panduan,
                               mandiri.opsi.huruf if mandiri and mandiri.opsi else "",
                               milik.opsi.huruf if milik and milik.opsi else "",
                               milik.catatan if milik else ""], 1):
            ws.cell(r, c, v)
    dv = DataValidation(type="list", formula1='"' + ",".join(sorted(huruf)) + '"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"E{BARIS_JUDUL + 1}:E{BARIS_JUDUL + len(st.kriteria)}")
    for kol, lebar in zip("ABCDEF", (8, 60, 40, 12, 10, 40), strict=True):
        ws.column_dimensions[kol].width = lebar
    buf = io.BytesIO()
    simpan_buku(wb, buf)
    return buf.getvalue()


@dataclass
class PratinjauLKE:
    isian: dict[str, tuple[str, str]] = field(default_factory=dict)  # kode -> (huruf, catatan)
    perubahan: list[str] = field(default_factory=list)
    galat: list[str] = field(default_factory=list)

    @property
    def sah(self) -> bool:
        return not self.galat


def _teks(v: object) -> str:
    return "" if v is None else str(v).strip()


def baca(berkas: Path | IO[bytes], ev: Evaluasi, tahap: str) -> PratinjauLKE:
    """Read a returned worksheet into a preview; nothing is stored."""
    periksa_zip(berkas)
    p = PratinjauLKE()
    st = struktur(ev.template)
    by_kode = {k.kode: k for k in st.kriteria}
    lama = {k: j for k, per in semua_jawaban(ev).items() if (j := per.get(tahap))}
    with _buku(berkas) as wb:
        if LEMBAR not in wb.sheetnames:
            raise BerkasDitolak(f"Lembar {LEMBAR} tidak ada; gunakan berkas hasil 'sakip ekspor-lke'.")
        rows = list(_baris_aman(wb[LEMBAR], max_col=len(KOLOM)))
    info = {_teks(r[0]): _teks(r[1]) for r in rows[:BARIS_JUDUL - 1] if r and len(r) > 1}
    for kunci, harus in (("PD", ev.unit.slug), ("Tahun", str(ev.tahun)), ("Tahap", tahap)):
        if info.get(kunci) != harus:
            p.galat.append(f"{LEMBAR}!B{['PD', 'Tahun', 'Tahap'].index(kunci) + 1}: {kunci} '{info.get(kunci, '')}' "
                           f"bukan '{harus}'")
    for n, r in enumerate(rows[BARIS_JUDUL:], BARIS_JUDUL + 1):
        kode, huruf, catatan = _teks(r[0]), _teks(r[4]).upper(), _teks(r[5])[:2000]
        if not kode and not huruf:
            continue
        k = by_kode.get(kode)
        if k is None:
            p.galat.append(f"{LEMBAR}!A{n}: kriteria '{kode}' tidak ada pada {ev.template.nama}")
            continue
        if huruf and st.opsi_huruf(k, huruf) is None:
            pilihan = ", ".join(o.huruf for o in st.opsi.get(k.skala_id, []))
            p.galat.append(f"{LEMBAR}!E{n}: jawaban '{huruf}' untuk {kode} tidak ada pada skala ({pilihan})")
            continue
        j = lama.get(k.pk)
        sebelum = (j.opsi.huruf if j and j.opsi else "", j.catatan if j else "")
        if (huruf, catatan) != sebelum:
            p.isian[kode] = (huruf, catatan)
            p.perubahan.append(f"{kode}: {sebelum[0] or '–'} → {huruf or '–'}")
    return p


def simpan(ev: Evaluasi, tahap: str, p: PratinjauLKE) -> list[Peringatan]:
    """Store an error-free preview (one transaction, audited, checked by the service)."""
    if not p.sah:
        raise BerkasDitolak("; ".join(p.galat))
    if not p.isian:
        return lembar(ev).peringatan
    return evaluasi.simpan_jawaban(ev, tahap, p.isian)
