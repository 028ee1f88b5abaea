"""A warm LibreOffice (UNO listener): the same PDF as a one-shot run, bookmarks kept, and a
fallback to the one-shot run whenever the warm instance is gone or broken."""

from __future__ import annotations

import io
import os
import signal
from collections.abc import Iterator

import pytest
from docx import Document
from pypdf import PdfReader

from sakip.laporan import pdf as konversi


def _docx(judul: str) -> bytes:
    """A small DOCX with a bookmark, built with python-docx like the reports."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    p = doc.add_heading(judul, level=1)
    mulai, akhir = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    mulai.set(qn("w:id"), "1")
    mulai.set(qn("w:name"), "_Toc_uji")
    akhir.set(qn("w:id"), "1")
    p._p.insert(0, mulai)
    p._p.append(akhir)
    doc.add_paragraph("Isi halaman pertama.")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


@pytest.fixture
def hangat() -> Iterator[konversi.LibreOfficeHangat]:
    h = konversi.LibreOfficeHangat().mulai()
    konversi.pakai_hangat(h)
    yield h
    konversi.pakai_hangat(None)
    h.berhenti()


def test_this_machine_can_keep_libreoffice_warm() -> None:
    # Debian's python3-uno is in the Makefile's packages: CI and production have it.
    assert konversi.python_uno() is not None


def test_the_warm_instance_converts_several_documents_with_their_bookmarks(hangat) -> None:
    assert hangat.hidup
    pdfs = hangat.konversi([_docx("Bab Pertama"), _docx("Bab Kedua")], batas_waktu=120)
    teks = [PdfReader(io.BytesIO(p)).pages[0].extract_text() for p in pdfs]
    assert "Bab Pertama" in teks[0] and "Bab Kedua" in teks[1]
    assert konversi.halaman_bookmark(pdfs[0], ["_Toc_uji"]) == {"_Toc_uji": 0}
    assert hangat.hidup  # kept for the next document


def test_a_dead_warm_instance_falls_back_to_a_one_shot_run(hangat) -> None:
    assert hangat.proses is not None
    os.killpg(hangat.proses.pid, signal.SIGKILL)
    hangat.proses.wait()
    assert not hangat.hidup
    data = konversi.docx_ke_pdf(_docx("Tetap Jadi"))
    assert data.startswith(b"%PDF-") and "Tetap Jadi" in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_a_failing_listener_is_stopped_and_the_one_shot_run_used(hangat, monkeypatch) -> None:
    monkeypatch.setattr(konversi, "UNO_KONVERSI", konversi.UNO_KONVERSI.with_name("tidak-ada.py"))
    data = konversi.docx_ke_pdf(_docx("Cadangan"))
    assert data.startswith(b"%PDF-")
    assert not hangat.hidup  # not trusted again


def test_a_prestarted_uno_client_converts_the_first_document() -> None:
    """The command's bridge: started beside soffice, it is connected when the DOCX arrives (issue #16)."""
    h = konversi.LibreOfficeHangat().mulai(jembatan=True)
    try:
        jembatan = h.jembatan
        assert jembatan is not None and jembatan.poll() is None  # waiting for the paths on stdin
        pdf = h.konversi([_docx("Lewat Jembatan")], batas_waktu=120)
        assert "Lewat Jembatan" in PdfReader(io.BytesIO(pdf[0])).pages[0].extract_text()
        assert h.jembatan is None and jembatan.returncode == 0  # used once, then gone
        pdf = h.konversi([_docx("Tanpa Jembatan")], batas_waktu=120)  # later ones start their own client
        assert "Tanpa Jembatan" in PdfReader(io.BytesIO(pdf[0])).pages[0].extract_text()
    finally:
        h.berhenti()
    assert not h.hidup


def test_an_unused_uno_client_is_stopped_with_its_listener() -> None:
    h = konversi.LibreOfficeHangat().mulai(jembatan=True)
    jembatan = h.jembatan
    assert jembatan is not None
    h.berhenti()
    assert jembatan.returncode is not None and h.jembatan is None and not h.hidup


def test_the_early_instance_is_handed_over_once() -> None:
    konversi.mulai_dini()
    try:
        h = konversi.ambil_dini()
        assert h is not None and h.hidup and h.jembatan is not None
        assert konversi.ambil_dini() is None
    finally:
        if h is not None:
            h.berhenti()
