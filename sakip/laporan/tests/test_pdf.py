"""The LKjIP as PDF (LibreOffice): real page numbers in the lists, and the conversion's failure modes.

LibreOffice takes seconds, so only one LKjIP is converted (plus one DOCX laid out for its page numbers).
"""

from __future__ import annotations

import io
import re
import stat
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from sakip.laporan import pdf as konversi
from sakip.laporan.api import KonversiGagal, render_lkjip
from sakip.organisasi.models import Unit

from .bacaan import baca

pytestmark = pytest.mark.django_db

TANGGAL = date(2026, 1, 30)
ENTRI = re.compile(r"^(?P<teks>.+?)\s*\.{4,}\s*(?P<hal>\d+|[ivxlc]+)$")
ROMAWI = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def fisik(label: str, halaman: list[str]) -> int:
    """The page index (cover = 0) of a printed page number: i, ii, … before BAB I, then 1, 2, …"""
    if label.isdigit():
        bab1 = next(i for i, t in enumerate(halaman) if t.startswith("BAB I PENDAHULUAN"))
        return bab1 + int(label) - 1
    nilai = [ROMAWI[c] for c in label]
    return sum(-v if i + 1 < len(nilai) and v < nilai[i + 1] else v for i, v in enumerate(nilai))


@pytest.fixture(scope="module")
def pdf(django_db_setup, django_db_blocker) -> PdfReader:  # pytest-django fixtures
    with django_db_blocker.unblock():
        data = render_lkjip(Unit.objects.get(slug="kecamatan-mojosari"), 2025, "pdf", tanggal=TANGGAL)
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


@pytest.fixture(scope="module")
def halaman(pdf: PdfReader) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in pdf.pages]


def daftar_isi(halaman: list[str], pdf: PdfReader) -> list[tuple[str, str]]:
    """The (title, page) entries of the Daftar Isi as LibreOffice printed them."""
    start = next(i for i, t in enumerate(halaman) if t.startswith("DAFTAR ISI"))
    entries = []
    for i in range(start, len(halaman)):
        lines = pdf.pages[i].extract_text().splitlines()
        if i > start and lines and lines[0].startswith("DAFTAR TABEL"):
            break
        for line in lines:
            m = ENTRI.match(line.strip())
            if m:
                entries.append((m.group("teks").strip(), m.group("hal")))
    return entries


def test_the_pdf_holds_the_documents_figures(pdf: PdfReader, halaman: list[str]) -> None:
    assert len(pdf.pages) > 30
    teks = " ".join(halaman)
    for figure in ("101,25%", "93,15", "90,31%", "Rp 10.807.365.855,00", "Rp 9.759.995.720,00", "30 Januari 2026",
                   "Tabel III.1.a", "Gambar III.1", "FORMULIR E-81".title()[:8]):
        assert figure in teks.replace("\u00a0", " "), figure


def test_daftar_isi_numbers_are_the_pages_of_the_headings(pdf: PdfReader, halaman: list[str]) -> None:
    entries = daftar_isi(halaman, pdf)
    titles = [t for t, _ in entries]
    assert "BAB I PENDAHULUAN" in titles and "III.4 Akuntabilitas Anggaran" in titles and "LAMPIRAN" in titles
    for title, label in entries:
        # The front matter is numbered i, ii, iii after the cover; BAB I starts again at 1.
        text = halaman[fisik(label, halaman)]
        assert " ".join(title.split()[:3]) in text, (title, label)
    bab = dict(entries)
    # LibreOffice prints every PAGEREF in arabic digits: the PDF lists the body, from BAB I on page 1.
    assert "KATA PENGANTAR" not in bab and bab["BAB I PENDAHULUAN"] == "1"
    assert halaman[fisik(bab["BAB III AKUNTABILITAS KINERJA"], halaman)].startswith("BAB III AKUNTABILITAS KINERJA")
    assert int(bab["BAB I PENDAHULUAN"]) < int(bab["BAB II PERENCANAAN KINERJA"]) < int(bab["BAB IV PENUTUP"]) \
        < int(bab["LAMPIRAN"])


def test_page_numbers_continue_through_the_landscape_e81(pdf: PdfReader, halaman: list[str]) -> None:
    last = halaman[-1].split()
    assert fisik(last[-1], halaman) == len(pdf.pages) - 1  # the footer of the last page, in the arabic part
    assert halaman[1].split()[-1] == "i"  # Kata Pengantar
    landscape = [p for p in pdf.pages if p.mediabox.width > p.mediabox.height]
    assert landscape, "the E-81 lampiran is landscape"


def test_docx_can_carry_the_laid_out_page_numbers(pdf: PdfReader, halaman: list[str]) -> None:
    data = render_lkjip(Unit.objects.get(slug="kecamatan-mojosari"), 2025, "docx", tanggal=TANGGAL,
                        nomor_halaman=True)
    lines = [p for p in baca(data).paragraf]
    start = lines.index("DAFTAR ISI")
    cached = []
    for line in lines[start + 1:]:
        if line == "DAFTAR TABEL":
            break
        teks, _, nomor = line.rpartition("\t")
        cached.append((" ".join(teks.split()), nomor))
    printed = daftar_isi(halaman, pdf)
    assert [n for _, n in cached][:5] == ["i", "ii", "iv", "v", "vi"]  # the DOCX lists the front matter too
    cached = cached[5:]
    assert [n for _, n in cached] == [n for _, n in printed]  # a wrapped title is read back split
    assert [t for t, _ in cached][:10] == [t for t, _ in printed][:10]


def _fake(tmp_path: Path, script: str) -> str:
    exe = tmp_path / "soffice"
    exe.write_text("#!/bin/sh\n" + script + "\n")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    return str(exe)


def test_soffice_exiting_without_a_pdf_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(konversi, "soffice", lambda: _fake(tmp_path, "exit 0"))
    with pytest.raises(KonversiGagal, match="gagal mengonversi"):
        konversi.docx_ke_pdf(b"PK")


def test_a_hanging_soffice_is_killed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(konversi, "soffice", lambda: _fake(tmp_path, "sleep 30"))
    with pytest.raises(KonversiGagal, match="tidak selesai"):
        konversi.docx_ke_pdf(b"PK", batas_waktu=0.5)


def test_missing_libreoffice_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(konversi.shutil, "which", lambda name: None)
    with pytest.raises(KonversiGagal, match="libreoffice-writer-nogui"):
        konversi.soffice()


def test_bookmark_names_as_libreoffice_writes_them() -> None:
    assert konversi.nama_tujuan("_SakipRef12") == "5FSakipRef12"
