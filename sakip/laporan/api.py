"""The documents a PD hands in, as bytes: what the web app, the command line and other apps call.

    render_lkjip(unit, tahun, "docx" | "pdf") -> bytes
    render_pk(perjanjian, "docx" | "pdf") -> bytes
    render_e81(unit, tahun) -> bytes (xlsx)

Missing data raises ``DataKurang`` (Indonesian message naming each item and where to enter it);
a PDF that LibreOffice cannot produce raises ``KonversiGagal``. The PDF is the DOCX converted by
LibreOffice, so both have one layout.

Page numbers of the Daftar Isi / Tabel / Gambar: every entry is a PAGEREF field pointing at a
bookmark on its heading or caption, so the page number is computed by the program that lays
the document out, from its own layout:
- PDF: LibreOffice computes the fields while converting; one conversion gives real numbers.
- DOCX: LibreOffice computes the fields when it opens the file, and Word is asked to refresh
  them on opening (w:updateFields), so both show the page where each heading really falls,
  even after the document is edited. ``nomor_halaman=True`` additionally lays the DOCX out once
  with LibreOffice and writes the page of every bookmark (read from the PDF's named
  destinations) as the fields' stored result, for readers that show stored results only.
"""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from sakip.organisasi.models import JenisUnit, Unit
from sakip.pengukuran.derived import satu_bacaan
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.reviu.kkr import ButirKKR, kertas_kerja

from . import e81 as formulir
from .data import muat_laporan
from .data_pemda import muat_laporan_pemda
from .docxkit import Dokumen
from .draf import tandai_draf
from .galat import DataKurang, KonversiGagal
from .lkjip import susun, susun_pemda
from .pdf import docx_ke_pdf, halaman_bookmark
from .pk import dokumen_pk, muat_pk

__all__ = ["DataKurang", "KonversiGagal", "render_e81", "render_lkjip", "render_pk", "temuan_draf"]

FORMAT = ("docx", "pdf")


def _cek_format(fmt: str) -> None:
    if fmt not in FORMAT:
        raise ValueError(f"Format {fmt!r} tidak dikenal; pilih docx atau pdf.")


def temuan_draf(unit: Unit, tahun: int) -> list[ButirKKR]:
    """The data reviu's errors on a PD-year that the Inspektorat has not resolved or explained:
    while there are any, the LKjIP is a draft and cannot be published."""
    return kertas_kerja(unit, tahun).galat_terbuka


def susun_lkjip(unit: Unit, tahun: int, tanggal: date, *, draf: int = 0) -> Dokumen:
    """The LKjIP written as a Word document (not yet saved): a PD's, or the Pemda's own for its
    Pemda-level unit (jenis pemda); ``draf`` open reviu errors put the draft mark on it."""
    if unit.jenis == JenisUnit.PEMDA:
        dok = susun_pemda(muat_laporan_pemda(unit, tahun, tanggal))
    else:
        dok = susun(muat_laporan(unit, tahun, tanggal), formulir.muat_e81(unit, tahun, tanggal))
    tandai_draf(dok, draf)
    return dok


def render_lkjip(unit: Unit, tahun: int, fmt: str, *, tanggal: date | None = None,
                 nomor_halaman: bool = False, draf: int | None = None) -> bytes:
    """The LKjIP of a PD-year (or of the Pemda, for its Pemda-level unit), dated ``tanggal`` (today by
    default) and signed by the head in post then (the Bupati for the Pemda). The data reviu runs
    first (unless the caller ran it and passes ``draf``, the number of open errors): open errors make it
    a draft ("DRAF — n temuan" on the cover and every page)."""
    _cek_format(fmt)
    with satu_bacaan():  # the pohon, III.3 and the lampiran read the same Pemda-wide figures
        if draf is None:
            draf = len(temuan_draf(unit, tahun))
        dok = susun_lkjip(unit, tahun, tanggal or timezone.localdate(), draf=draf)
    if fmt == "pdf":
        dok.tanpa_halaman_awal()
        return docx_ke_pdf(dok.simpan())
    dok.jadikan_toc()
    dok.perbarui_bidang()
    if nomor_halaman:
        halaman = halaman_bookmark(docx_ke_pdf(dok.simpan()), [e.bookmark for e in dok.entri])
        dok.isi_halaman(dok.label_halaman(halaman))  # cover 0, front matter i, ii, …, BAB I on 1
    return dok.simpan()


def render_pk(perjanjian: PerjanjianKinerja, fmt: str) -> bytes:
    """One version of a Perjanjian Kinerja (a draft is marked as such)."""
    _cek_format(fmt)
    docx = dokumen_pk(muat_pk(perjanjian)).simpan()
    return docx if fmt == "docx" else docx_ke_pdf(docx)


def render_e81(unit: Unit, tahun: int, *, tanggal: date | None = None) -> bytes:
    """Form E-81 of a PD-year as an XLSX workbook."""
    return formulir.xlsx(formulir.muat_e81(unit, tahun, tanggal or timezone.localdate()))
