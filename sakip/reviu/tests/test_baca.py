"""Readers: text with tabs, OCR text, DOCX and PDF into one representation; honest failures."""

from __future__ import annotations

import io

import pytest
from docx import Document

from sakip.reviu.dokumen import BerkasTidakTerbaca, baca_bytes
from sakip.reviu.dokumen.angka import baca_nilai
from sakip.reviu.dokumen.baca import baca_teks
from sakip.reviu.dokumen.model import Blok, Paragraf, Sumber, Tabel
from sakip.reviu.dokumen.struktur import rapikan_judul


@pytest.mark.parametrize(("teks", "angka", "desimal", "persen", "label", "cacat"), [
    ("93,15", "93.15", 2, False, "", ""),
    ("102,4 %", "102.4", 1, True, "", ""),
    ("82 (Tinggi)", "82", 0, False, "Tinggi", ""),
    ("82,5(A)", "82.5", 1, False, "A", ""),
    ("Rp. 7.224.893.790", "7224893790", 0, False, "", ""),
    ("Rp 6.188.773.896,00", "6188773896.00", 2, False, "", ""),
    ("90.3%", "90.3", 1, True, "", "memakai titik sebagai pemisah desimal"),
    ("Rp. 4.038.790.0000", None, 0, False, "", "pengelompokan ribuan tidak sah"),
    ("1 Inovasi", "1", 0, False, "", ""),
])
def test_baca_nilai(teks: str, angka: str | None, desimal: int, persen: bool, label: str, cacat: str) -> None:
    from decimal import Decimal

    v = baca_nilai(teks)
    assert v.angka == (None if angka is None else Decimal(angka))
    assert (v.desimal, v.persen, v.label, v.cacat) == (desimal, persen, label, cacat)


def test_na_is_not_a_value_but_is_remembered() -> None:
    v = baca_nilai("N/A")
    assert v.angka is None and v.na and v.kosong


def test_tab_text_tables_continue_over_blank_lines_and_repeated_headers() -> None:
    teks = "\n".join([
        "Tabel III.1.b Capaian",
        "",
        "No\tIndikator\tTarget\tRealisasi\tCapaian",
        "1\tIKM\t92\t93,15\t101%",
        "",
        "No\tIndikator\tTarget\tRealisasi\tCapaian",
        "2\tSAKIP\t83\t84,32\t102%",
        "",
        "Paragraf sesudah tabel.",
    ])
    doc = baca_teks(teks, "x.txt")
    assert doc.sumber is Sumber.TEKS_TAB
    (tabel,) = doc.tabel
    assert tabel.judul == "Tabel III.1.b"
    assert [r[1] for r in tabel.baris] == ["Indikator", "IKM", "SAKIP"]
    assert tabel.lokasi_baris(2) == "Tabel III.1.b (baris 7)"


def test_ocr_text_keeps_the_figures_of_flattened_rows() -> None:
    teks = "\n".join([
        "Tabel 111.4.A. Realisasi Anggaran Tahun 2025",
        "No Sub Kegiatan Anggaran Realisasi Capaian",
        "1 | Pengelolaan Kelembagaan dan Rp. 81.373.500 Rp. 57.921.700 | 71,18%",
        "Analisis Jabatan",
    ])
    doc = baca_teks(teks, "ocr.txt")
    assert doc.sumber is Sumber.TEKS_OCR
    (tabel,) = doc.tabel
    assert tabel.judul == "Tabel III.4.A" and tabel.nama_tercampur
    # the wrapped rest of the single name column joins its row
    assert tabel.baris[1] == ["Pengelolaan Kelembagaan dan Analisis Jabatan", "Rp 81.373.500", "Rp 57.921.700",
                              "71,18%"]


def test_rapikan_judul_ocr() -> None:
    assert rapikan_judul("Tabel 111.4.A.") == "Tabel III.4.A"
    assert rapikan_judul("Tabel [II.1.B.") == "Tabel III.1.B"
    assert rapikan_judul("Tabel II.3.A") == "Tabel II.3.A"


def test_docx_paragraphs_and_tables_in_order_with_merged_header() -> None:
    doc = Document()
    doc.add_paragraph("Tabel III.2 Perbandingan")
    t = doc.add_table(rows=3, cols=5)
    t.cell(0, 0).text = "No"
    t.cell(0, 1).text = "Indikator"
    merged = t.cell(0, 2).merge(t.cell(0, 4))
    merged.text = "2025"
    for j, v in enumerate(["", "", "Target", "Realisasi", "Capaian"]):
        t.cell(1, j).text = v
    for j, v in enumerate(["1", "IKM", "92", "93,15", "101,25%"]):
        t.cell(2, j).text = v
    doc.add_paragraph("Sesudah.")
    buf = io.BytesIO()
    doc.save(buf)
    hasil = baca_bytes(buf.getvalue(), "x.docx")
    assert hasil.sumber is Sumber.DOCX
    assert [type(b) for b in hasil.blok] == [Paragraf, Tabel, Paragraf]
    tabel = hasil.tabel[0]
    assert tabel.judul == "Tabel III.2"
    assert tabel.baris[0] == ["No", "Indikator", "2025", "", ""]  # a merged cell is printed once


@pytest.mark.parametrize(("data", "nama", "pesan"), [
    (b"", "kosong.txt", "kosong"),
    (b"%PDF-1.4 rusak", "x.pdf", "bukan PDF"),
    (b"PK\x03\x04rusak", "x.docx", "DOCX"),
    (b"bukan pdf", "x.pdf", "bukan PDF yang sah"),
    (b"\x89PNG\r\n", "gambar.png", "tidak didukung"),
])
def test_unreadable_files_say_why(data: bytes, nama: str, pesan: str) -> None:
    with pytest.raises(BerkasTidakTerbaca, match=pesan):
        baca_bytes(data, nama)


def test_pdf_without_text_layer_is_refused() -> None:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(BerkasTidakTerbaca, match="lapisan teks"):
        baca_bytes(buf.getvalue(), "pindaian.pdf")


def test_pdf_table_broken_by_a_page_is_joined_again() -> None:
    """A row cut by the page break ("Menin" / "gkatnya", "101,53" / "%") and a header cell
    cut the same way ("INDIKATOR" / "KINERJA") are rejoined before the figures are read."""
    from sakip.reviu.dokumen.pdf import _TabelSiap, _taruh_tabel

    kepala = ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian"]
    blok: list[Blok] = []
    xs = [10.0, 40.0, 150.0, 260.0, 320.0, 380.0]
    kolom: dict[int, list[float]] = {}
    _taruh_tabel(blok, _TabelSiap(4, 100, [kepala, ["1", "Menin", "Nilai", "72,0", "73,1", "101,53"]],
                                  ["halaman 4 baris 40", "halaman 4 baris 44"], xs), kolom)
    _taruh_tabel(blok, _TabelSiap(5, 700, [["", "gkatnya Akuntabilitas", "SAKIP", "", "", "%"],
                                           ["2", "Meningkatnya Mutu", "IKM", "88,00", "90,12", "102,41%"]],
                                  ["halaman 5 baris 1", "halaman 5 baris 5"], xs), kolom)
    assert len(blok) == 1
    assert blok[0].baris[1] == ["1", "Meningkatnya Akuntabilitas", "Nilai SAKIP", "72,0", "73,1", "101,53%"]
    assert blok[0].lokasi_per_baris == ["halaman 4 baris 40", "halaman 4 baris 44", "halaman 5 baris 5"]

    blok, kolom = [], {}
    _taruh_tabel(blok, _TabelSiap(8, 60, [["No", "Sasaran", "INDIKATOR", "Target", "Realisasi", "Capaian"]],
                                  ["halaman 8 baris 50"], xs), kolom)
    _taruh_tabel(blok, _TabelSiap(9, 700, [["", "", "KINERJA", "", "", ""],
                                           ["1", "Meningkatnya Mutu", "IKM", "88,00", "90,12", "102,41%"]],
                                  ["halaman 9 baris 1", "halaman 9 baris 3"], xs), kolom)
    assert len(blok) == 1
    assert blok[0].baris == [["No", "Sasaran", "INDIKATOR KINERJA", "Target", "Realisasi", "Capaian"],
                             ["1", "Meningkatnya Mutu", "IKM", "88,00", "90,12", "102,41%"]]


@pytest.mark.parametrize(("parts", "teks"), [
    (["Realisasi", "s.d. 2025"], "Realisasi s.d. 2025"),  # a header cell's second line: its own word
    (["Realisasi", "s/d Triwulan IV"], "Realisasi s/d Triwulan IV"),
    (["Menin", "gkatnya"], "Meningkatnya"),  # a word broken by a narrow cell
    (["102,41", "%"], "102,41%"),
])
def test_pdf_cell_lines_are_glued_as_the_cell_wrapped_them(parts: list[str], teks: str) -> None:
    from sakip.reviu.dokumen.pdf import _gabung

    assert _gabung(parts) == teks
