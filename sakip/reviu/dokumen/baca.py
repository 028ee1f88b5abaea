"""Readers: a .txt (tab-separated or OCR-flattened), .docx or .pdf into one ``Dokumen``.

Every reader keeps the place each paragraph and table row came from. What cannot be read
honestly (an OCR table whose figures were torn across lines, a table without a header)
goes to ``tidak_terbaca`` instead of being guessed.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sakip.core.zip_aman import ArsipDitolak, BatasArsip, periksa_arsip

from .model import BerkasTidakTerbaca, Blok, Dokumen, Paragraf, Sumber, Tabel
from .ocr import kepala_ocr, tabel_ocr
from .pdf import baca_pdf
from .struktur import baris_judul, judul_dari
from .teks import judul_bagian

if TYPE_CHECKING:
    from docx.table import Table as DocxTable

UKURAN_MAKS = 20 * 1024 * 1024  # 20 MB: an LKjIP with pictures stays far below
# A DOCX's pictures do not compress; its XML does, ~10x. Far more, or parts beyond these, is a zip bomb.
BATAS_DOCX = BatasArsip("DOCX", berkas=UKURAN_MAKS, terurai=150 * 1024 * 1024, bagian=60 * 1024 * 1024,
                        rasio=100)
BARIS_PER_HALAMAN = 45  # for estimating pages of a text file


def baca_berkas(path: str | Path) -> Dokumen:
    """Read a document from disk."""
    p = Path(path)
    if not p.exists():
        raise BerkasTidakTerbaca(f"berkas {p} tidak ditemukan")
    if not p.is_file():
        raise BerkasTidakTerbaca(f"{p} bukan berkas")
    if p.stat().st_size > UKURAN_MAKS:
        raise BerkasTidakTerbaca(f"berkas {p.name} lebih besar dari {UKURAN_MAKS // (1024 * 1024)} MB")
    return baca_bytes(p.read_bytes(), p.name)


def baca_bytes(data: bytes, nama: str) -> Dokumen:
    """Read a document from its bytes; the type comes from the content, the name is a hint."""
    if not data:
        raise BerkasTidakTerbaca(f"berkas {nama} kosong")
    if len(data) > UKURAN_MAKS:
        raise BerkasTidakTerbaca(f"berkas {nama} lebih besar dari {UKURAN_MAKS // (1024 * 1024)} MB")
    if data[:5] == b"%PDF-":
        return _baca_pdf(data, nama)
    if data[:2] == b"PK":
        return _baca_docx(data, nama)
    ext = Path(nama).suffix.casefold()
    if ext in (".pdf", ".docx"):
        raise BerkasTidakTerbaca(f"berkas {nama} bukan {ext[1:].upper()} yang sah (isinya tidak dikenali)")
    if ext not in ("", ".txt", ".text", ".md"):
        raise BerkasTidakTerbaca(f"jenis berkas {ext} tidak didukung; gunakan .txt, .docx atau .pdf")
    if b"\x00" in data[:4096]:
        raise BerkasTidakTerbaca(f"berkas {nama} bukan teks (berisi data biner)")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return baca_teks(data.decode(enc), nama)
        except UnicodeDecodeError:
            continue
    return baca_teks(data.decode("latin-1"), nama)


# -- plain text ----------------------------------------------------------------------------

def _bersih(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("**", "")
    # trailing tabs are empty cells of a table row, so only spaces are stripped
    return re.sub(r"</?(p|br|b|i|strong|em)\s*/?>", " ", line).rstrip(" \r")


def baca_teks(teks: str, nama: str = "dokumen.txt") -> Dokumen:
    lines = [_bersih(x) for x in teks.splitlines()]
    tabbed = sum(1 for x in lines if "\t" in x)
    halaman = max(1, len(lines) // BARIS_PER_HALAMAN)
    if tabbed >= 3:
        return Dokumen(nama, Sumber.TEKS_TAB, _teks_tab(lines), halaman=halaman)
    def pemisah(line: str) -> bool:
        # OCR runs a caption, a table header and its rows into one block of lines; split
        # there so that "2. Capaian Perjanjian Kinerja Perubahan ..." stands on its own.
        return bool(_PEMISAH_OCR.match(line)) or kepala_ocr(line) is not None or judul_bagian(line) is not None

    paragraf = _paragraf_biasa(lines, pemisah)
    tabel, catatan = tabel_ocr(lines)
    blok: list[Blok] = sorted([*paragraf, *tabel], key=_urutan)
    return Dokumen(nama, Sumber.TEKS_OCR, blok, tidak_terbaca=catatan, halaman=halaman)


def _urutan(b: Blok) -> int:
    if isinstance(b, Paragraf):
        return b.baris
    return int(b.lokasi.split()[-1]) if b.lokasi.split()[-1].isdigit() else 0


_PEMISAH_OCR = re.compile(r"^\s*(?:\d+\.\s+)?(?:Tabel\s|Capaian Perjanjian Kinerja|Perjanjian Kinerja)",
                          re.IGNORECASE)


def _paragraf_biasa(lines: list[str], pemisah: Callable[[str], bool] | None = None) -> list[Paragraf]:
    out: list[Paragraf] = []
    buf: list[str] = []
    first = 0
    for i, line in enumerate([*lines, ""], start=1):
        if buf and line.strip() and pemisah is not None and pemisah(line):
            out.append(Paragraf("\n".join(buf), first, f"baris {first}", first + len(buf) - 1))
            buf = []
        if line.strip():
            if not buf:
                first = i
            buf.append(line.strip())
        elif buf:
            out.append(Paragraf("\n".join(buf), first, f"baris {first}", first + len(buf) - 1))
            buf = []
    return out


def _hanya_garis(cells: list[str]) -> bool:
    return all(re.fullmatch(r"[-=_\s]*", c) for c in cells)


def _teks_tab(lines: list[str]) -> list[Blok]:
    """Paragraphs and tables of a text whose table rows are tab-separated lines."""
    blok: list[Blok] = []
    buf: list[str] = []
    first = 0
    raw: list[tuple[int, list[str]]] = []  # rows of the table being read
    gap = False  # blank lines since the last table row, no paragraph between

    def flush_par(end: int) -> None:
        nonlocal buf
        if buf:
            blok.append(Paragraf("\n".join(buf), first, f"baris {first}", end))
            buf = []

    def flush_tab() -> None:
        nonlocal raw
        if raw:
            _tambah_tabel(blok, raw)
            raw = []

    for i, line in enumerate(lines, start=1):
        if "\t" in line:
            cells = [c.strip() for c in line.split("\t")]
            if _hanya_garis(cells):
                continue
            flush_par(i - 1)
            if raw and gap and baris_judul(cells) and not _judul_sama(raw, cells):
                flush_tab()
            raw.append((i, cells))
            gap = False
        elif line.strip():
            if raw:
                flush_tab()
            if not buf:
                first = i
            buf.append(line.strip())
        else:
            flush_par(i - 1)
            if raw:
                gap = True
    flush_par(len(lines))
    flush_tab()
    return blok


def _judul_sama(raw: list[tuple[int, list[str]]], cells: list[str]) -> bool:
    """A header repeated after a page break continues the same table."""
    def key(row: list[str]) -> str:
        return "|".join(c.casefold() for c in row if c)
    return key(raw[0][1]) == key(cells)


def _tambah_tabel(blok: list[Blok], raw: list[tuple[int, list[str]]]) -> None:
    rows: list[list[str]] = []
    where: list[str] = []
    header = raw[0][1] if baris_judul(raw[0][1]) else None
    for n, cells in raw:
        if rows and header is not None and cells == header:
            continue  # header repeated on the next page
        rows.append(cells)
        where.append(f"baris {n}")
    blok.append(Tabel(rows, where[0], where, judul=judul_dari(blok)))


# -- DOCX ----------------------------------------------------------------------------------

def _baca_docx(data: bytes, nama: str) -> Dokumen:
    try:  # sizes, ratios and XML checked before python-docx inflates anything
        periksa_arsip(data, BATAS_DOCX, ("[Content_Types].xml", "word/document.xml"))
    except ArsipDitolak as exc:
        pesan = str(exc).rstrip(".")
        raise BerkasTidakTerbaca(f"berkas {nama} ditolak: {pesan[:1].lower()}{pesan[1:]}") from None
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        doc = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BerkasTidakTerbaca(f"berkas {nama} bukan DOCX yang sah ({exc.__class__.__name__})") from exc
    except Exception as exc:  # python-docx raises many types on a damaged package
        raise BerkasTidakTerbaca(f"berkas {nama} tidak dapat dibuka sebagai DOCX: {exc}") from exc
    blok: list[Blok] = []
    n_par = 0
    n_tab = 0
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(el, doc).text.strip()
            if text:
                n_par += 1
                blok.append(Paragraf(text, n_par, f"paragraf {n_par}", n_par))
        elif tag == "tbl":
            n_tab += 1
            rows = _sel_docx(Table(el, doc))
            if rows:
                where = [f"tabel ke-{n_tab} baris ke-{i + 1}" for i in range(len(rows))]
                blok.append(Tabel(rows, f"tabel ke-{n_tab}", where, judul=judul_dari(blok)))
    halaman = max(1, (n_par + sum(len(t.baris) for t in blok if isinstance(t, Tabel))) // 30)
    return Dokumen(nama, Sumber.DOCX, blok, halaman=halaman)


def _sel_docx(table: DocxTable) -> list[list[str]]:
    """Cell texts by grid column; a merged cell's text is printed once, as in a text export."""
    rows: list[list[str]] = []
    above: list[object] = []
    for row in table.rows:
        out: list[str] = []
        seen: set[int] = set()
        tcs = []
        for j, cell in enumerate(row.cells):
            tc = cell._tc
            tcs.append(tc)
            if id(tc) in seen or (j < len(above) and above[j] is tc):
                out.append("")  # the rest of a horizontal or vertical merge
                continue
            seen.add(id(tc))
            # lines of a cell stay lines: a signature block in a table is name / rank / NIP
            out.append("\n".join(re.sub(r"\s+", " ", x).strip() for x in cell.text.split("\n") if x.strip()))
        above = tcs
        if any(out):
            rows.append(out)
    return rows


# -- PDF -----------------------------------------------------------------------------------

def _baca_pdf(data: bytes, nama: str) -> Dokumen:
    return baca_pdf(data, nama)
