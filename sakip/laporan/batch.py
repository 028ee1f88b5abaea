"""Every PD's LKjIP of a year into one folder, in parallel worker processes, with a progress bar.

Each worker is a process of its own (documents are CPU-bound Python and LibreOffice): it opens
its own database connection and takes its own LibreOffice profile (pdf.py). Failures of one PD
(missing data) are collected and reported; they do not stop the others.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from django.db import connections

from sakip.organisasi.models import Unit
from sakip.perjanjian.models import PerjanjianKinerja

from .api import render_lkjip, susun_lkjip, temuan_draf
from .berkas import TidakDapatMenulis, tulis_atomik
from .galat import DataKurang, KonversiGagal
from .pdf import docx_ke_pdf, docx_ke_pdf_banyak


@dataclass(frozen=True)
class Hasil:
    slug: str
    berkas: str | None  # written file, or None on failure
    galat: str | None
    detik: float


def unit_dengan_pk(tahun: int, pemda: str | None = None) -> list[Unit]:
    """Units that signed a Perjanjian Kinerja for ``tahun``: each reports its own LKjIP.

    Top-level PDs and sub units alike (a Bagian of the Sekretariat Daerah signs and reports its own).
    """
    ids = PerjanjianKinerja.objects.filter(tahun=tahun, ditandatangani=True).values("unit_id")
    qs = Unit.objects.filter(pk__in=ids).select_related("pemda").order_by("pemda__slug", "urutan", "slug")
    if pemda:
        qs = qs.filter(pemda__slug=pemda)
    return list(qs)


def nama_berkas(unit: Unit, tahun: int, fmt: str) -> str:
    return f"lkjip-{tahun}-{unit.slug}.{fmt}"


def buat_kelompok(unit_pks: Sequence[int], tahun: int, fmt: str, folder: str, tanggal: date) -> list[Hasil]:
    """Write the LKjIPs of a few units (runs in a worker process).

    PDFs of the group are converted in one LibreOffice run: its start-up costs about as much
    as laying out a whole LKjIP. One unit's missing data or failed conversion fails that unit only.
    """
    hasil: list[Hasil] = []
    siap: list[tuple[Unit, Path, bytes, float]] = []
    for pk in unit_pks:
        start = time.perf_counter()
        unit = Unit.objects.get(pk=pk)
        path = Path(folder) / nama_berkas(unit, tahun, fmt)
        try:
            if fmt == "docx":
                tulis_atomik(path, render_lkjip(unit, tahun, fmt, tanggal=tanggal))
                hasil.append(Hasil(unit.slug, str(path), None, time.perf_counter() - start))
            else:
                dok = susun_lkjip(unit, tahun, tanggal, draf=len(temuan_draf(unit, tahun)))
                siap.append((unit, path, dok.simpan(), time.perf_counter() - start))
        except (DataKurang, KonversiGagal, TidakDapatMenulis) as exc:
            hasil.append(Hasil(unit.slug, None, str(exc), time.perf_counter() - start))
    if siap:
        start = time.perf_counter()
        try:
            pdfs: list[bytes | KonversiGagal] = list(docx_ke_pdf_banyak([d for _, _, d, _ in siap]))
        except KonversiGagal:
            pdfs = []
            for _, _, docx, _ in siap:  # convert one by one to find the document LibreOffice refuses
                try:
                    pdfs.append(docx_ke_pdf(docx))
                except KonversiGagal as exc:
                    pdfs.append(exc)
        bagian = (time.perf_counter() - start) / len(siap)
        for (unit, path, _, detik), pdf in zip(siap, pdfs, strict=True):
            try:
                if isinstance(pdf, KonversiGagal):
                    raise pdf
                tulis_atomik(path, pdf)
            except (KonversiGagal, TidakDapatMenulis) as exc:
                hasil.append(Hasil(unit.slug, None, str(exc), detik + bagian))
                continue
            hasil.append(Hasil(unit.slug, str(path), None, detik + bagian))
    order = {pk: i for i, pk in enumerate(unit_pks)}
    slug_pk = {u.slug: u.pk for u in Unit.objects.filter(pk__in=unit_pks)}
    return sorted(hasil, key=lambda h: order[slug_pk[h.slug]])


class Keluaran(Protocol):
    def write(self, text: str, /) -> object: ...
    def flush(self) -> None: ...
    def isatty(self) -> bool: ...


class Progres:
    """A progress bar on stderr: redrawn in place on a terminal, one line per item otherwise."""

    def __init__(self, total: int, out: Keluaran = sys.stderr, lebar: int = 30) -> None:
        self.total, self.out, self.lebar = total, out, lebar
        self.selesai = 0
        self.mulai = time.perf_counter()
        self.tty = out.isatty()

    def maju(self, label: str) -> None:
        self.selesai += 1
        isi = round(self.lebar * self.selesai / self.total) if self.total else self.lebar
        bar = "█" * isi + "░" * (self.lebar - isi)
        detik = time.perf_counter() - self.mulai
        line = f"[{bar}] {self.selesai}/{self.total} {label} ({detik:.0f} dtk)"
        if self.tty:
            self.out.write("\r\033[K" + line + ("\n" if self.selesai == self.total else ""))
        else:
            self.out.write(line + "\n")
        self.out.flush()


def _init_worker() -> None:
    # A forked worker must not use (or close: that would end the parent's session) the
    # connection it inherited; forgetting it makes Django open a fresh one on first use.
    for conn in connections.all(initialized_only=True):
        conn.connection = None


def buat_semua(units: Sequence[Unit], tahun: int, fmt: str, folder: Path, tanggal: date, *, jobs: int,
               progres: Callable[[str], None], kelompok: int = 4) -> list[Hasil]:
    """Write every unit's LKjIP; ``jobs`` > 1 runs groups of ``kelompok`` units in that many processes."""
    pks = [u.pk for u in units]
    groups = [pks[i:i + kelompok] for i in range(0, len(pks), kelompok)] if fmt == "pdf" else [[p] for p in pks]
    hasil: list[Hasil] = []
    if jobs <= 1:
        for g in groups:
            for h in buat_kelompok(g, tahun, fmt, str(folder), tanggal):
                hasil.append(h)
                progres(h.slug)
        return hasil
    # Forked from the command, workers start with Django set up and the modules imported.
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker) as pool:
        futures = [pool.submit(buat_kelompok, g, tahun, fmt, str(folder), tanggal) for g in groups]
        for f in as_completed(futures):
            for h in f.result():
                hasil.append(h)
                progres(h.slug)
    order = {u.slug: i for i, u in enumerate(units)}
    return sorted(hasil, key=lambda h: order[h.slug])
