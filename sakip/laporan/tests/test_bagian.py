"""The building blocks: caption numbering, merged cells, fields, charts, atomic writes, query counts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from docx.oxml.ns import qn

from sakip.core.capaian import hitung_capaian
from sakip.core.progress import TitikSeri
from sakip.laporan import charts
from sakip.laporan.berkas import TidakDapatMenulis, tulis_atomik
from sakip.laporan.data import Penandatangan, muat_laporan, tempat
from sakip.laporan.docxkit import Dokumen, Kolom, Sel
from sakip.organisasi.models import Pemda, Unit

from .bacaan import baca

D = Decimal


def test_captions_are_numbered_by_chapter_and_sub_chapter() -> None:
    d = Dokumen()
    d.mulai_bab("I", "PENDAHULUAN")
    d.mulai_subbab("2", "Gambaran Umum")
    d.keterangan("tabel", "Aset")
    d.mulai_bab("III", "AKUNTABILITAS KINERJA")
    d.mulai_subbab("1", "Pengukuran Kinerja")
    d.keterangan("tabel", "Capaian PK")
    d.keterangan("gambar", "Grafik satu")
    d.keterangan("tabel", "Capaian PK Perubahan")
    d.mulai_subbab("4", "Anggaran")
    d.keterangan("gambar", "Grafik dua")
    d.selesai()
    assert [e.teks_lengkap for e in d.entri if e.jenis != "judul"] == [
        "Tabel I.2 Aset", "Tabel III.1.a Capaian PK", "Gambar III.1 Grafik satu", "Tabel III.1.b Capaian PK Perubahan",
        "Gambar III.2 Grafik dua",
    ]


def test_lists_hold_one_page_reference_per_entry() -> None:
    d = Dokumen()
    d.judul("DAFTAR ISI")
    d.tempat_daftar("judul")
    d.judul("DAFTAR TABEL")
    d.tempat_daftar("tabel")
    d.mulai_bab("I", "PENDAHULUAN")
    d.mulai_subbab("1", "Latar Belakang")
    d.keterangan("tabel", "Satu")
    d.selesai()
    d.isi_halaman({e.bookmark: str(i + 3) for i, e in enumerate(d.entri)})
    b = baca(d.simpan())
    isi = b.paragraf[b.paragraf.index("DAFTAR ISI") + 1:b.paragraf.index("DAFTAR TABEL")]
    assert isi == ["DAFTAR ISI\t3", "DAFTAR TABEL\t4", "BAB I PENDAHULUAN\t5", "I.1 Latar Belakang\t6"]
    assert b.paragraf[b.paragraf.index("DAFTAR TABEL") + 1] == "Tabel I.1\tSatu\t7"


def test_merged_cells_read_back() -> None:
    d = Dokumen()
    kolom = [Kolom("No", 1), Kolom("Sasaran", 4), Kolom("Indikator", 4)]
    d.tabel(kolom, [[Sel("1", tinggi_baris=2), Sel("S", tinggi_baris=2), "A"], [None, None, "B"],
                    [Sel("Kinerja Lainnya", lebar_kolom=3)]],
            kepala=[[Sel("No"), Sel("Sasaran dan indikator", lebar_kolom=2)]])
    t = baca(d.simpan()).tabel[0]
    assert t.baris == [["No", "Sasaran dan indikator", "Sasaran dan indikator"], ["1", "S", "A"], ["1", "S", "B"],
                       ["Kinerja Lainnya"] * 3]
    tbl = d.doc.element.body.find(qn("w:tbl"))
    assert tbl.find(qn("w:tr")).find(qn("w:trPr")).find(qn("w:tblHeader")) is not None  # repeats on each page


def test_signature_post_in_capitals_keeps_plt() -> None:
    p = Penandatangan("YULIUS BAKHTIAR, S.P., M.M.", "Plt. Camat Mojosari", "Pembina (IV/a)", "19690729 199403 1 006")
    assert p.jabatan_kapital == "Plt. CAMAT MOJOSARI"


def test_place_of_signing() -> None:
    assert tempat(Pemda(nama="Kabupaten Mojokerto")) == "Mojokerto"
    assert tempat(Pemda(nama="Kota Mojokerto")) == "Mojokerto"


def _seri() -> list[TitikSeri]:
    return [TitikSeri(y, D(t), D(r), hitung_capaian(D(t), D(r)))
            for y, t, r in ((2024, "88.31", "91.75"), (2025, "92", "93.15"))]


def _bagian(data: bytes) -> dict[str, bytes]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_charts_are_native_word_charts_with_their_data_in_a_workbook() -> None:
    import io
    import re

    from lxml import etree
    from openpyxl import load_workbook

    d = Dokumen()
    d.grafik(charts.grafik_seri([charts.SeriIndikator("IKM Kecamatan", "Nilai", _seri())] * 2), "Seri",
             lebar_cm=charts.PANEL_CM, tinggi_cm=charts.TINGGI_PANEL_CM, per_baris=2)
    d.grafik([charts.grafik_anggaran([charts.BarAnggaran("PROGRAM", D("6697421790"), D("6188773896"), D("92.41"))])],
             "Anggaran", lebar_cm=charts.LEBAR_CM, tinggi_cm=charts.tinggi_anggaran(1))
    d.selesai()
    buf = io.BytesIO()
    d.doc.save(buf)
    parts = _bagian(buf.getvalue())
    tipe = parts["[Content_Types].xml"].decode()
    for n in (1, 2, 3):
        assert (f'<Override PartName="/word/charts/chart{n}.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>') in tipe
        rels = parts[f"word/charts/_rels/chart{n}.xml.rels"].decode()
        assert f'relationships/package" Target="../embeddings/Microsoft_Excel_Worksheet{n}.xlsx"' in rels
    assert ('<Default Extension="xlsx" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>') in tipe
    assert parts["word/_rels/document.xml.rels"].decode().count("relationships/chart\"") == 3
    # Two panels on one line, the caption after them; inline charts, not pictures.
    body = parts["word/document.xml"].decode()
    assert body.count("<c:chart ") == 3 and "<pic:pic" not in body

    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
          "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    seri = etree.fromstring(parts["word/charts/chart1.xml"])
    ws = load_workbook(io.BytesIO(parts["word/embeddings/Microsoft_Excel_Worksheet1.xlsx"])).active
    assert [c.value for c in ws[1]][1:] == ["Target", "Realisasi"]
    assert [ws.cell(r, 1).value for r in (2, 3)] == ["2024", "2025"]
    assert [ws.cell(r, 3).value for r in (2, 3)] == [91.75, 93.15]
    # The chart's cache is the workbook's cells, referred to by address.
    real = seri.findall(".//c:ser", ns)[1]
    assert real.findtext("c:val/c:numRef/c:f", namespaces=ns) == "Sheet1!$C$2:$C$3"
    assert [float(v.text) for v in real.findall("c:val//c:pt/c:v", ns)] == [91.75, 93.15]
    # Indonesian notation through the id-ID locale of the format code; capaian written per bar.
    assert seri.find(".//c:valAx/c:numFmt", ns).get("formatCode") == "[$-421]#,##0"
    assert [t.text for t in real.findall("c:dLbls/c:dLbl//a:t", ns)] == ["103,90%", "101,25%"]
    assert seri.find("c:lang", ns).get("val") == "id-ID"
    anggaran = etree.fromstring(parts["word/charts/chart3.xml"])
    assert anggaran.find(".//c:barDir", ns).get("val") == "bar"
    assert anggaran.findtext(".//c:valAx/c:title//a:t", namespaces=ns) == "Miliar rupiah"
    assert [t.text for t in anggaran.findall(".//c:dLbl//a:t", ns)] == ["92,41%"]
    assert re.search(r"<c:v>6\.69742179</c:v>", parts["word/charts/chart3.xml"].decode())


def test_chart_ticks_are_indonesian() -> None:
    assert charts._angka(1250.5) == "1.250,5"
    assert charts._angka(100.0) == "100"


def test_atomic_write_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    tulis_atomik(target, b"satu")
    tulis_atomik(target, b"dua")
    assert target.read_bytes() == b"dua"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]
    with pytest.raises(TidakDapatMenulis):
        tulis_atomik(tmp_path / "x" / "a.docx", b"")


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_document() -> None:
    counts = []
    for slug in ("bagian-organisasi", "kecamatan-mojosari"):
        with CaptureQueriesContext(connection) as ctx:
            muat_laporan(Unit.objects.get(slug=slug), 2025, date(2026, 1, 30))
        counts.append(len(ctx.captured_queries))
    # Mojosari has three times the indicators and eight times the budget lines of Bagian Organisasi;
    # Bagian Organisasi's derived indicators cost a few queries per source.
    assert max(counts) <= 70
    assert counts[1] <= counts[0]


def test_libreoffice_draws_the_charts_with_indonesian_numbers() -> None:
    """The PDF shows the bars' values and the axis in Indonesian notation whatever the server's
    locale (the format codes carry id-ID), and the capaian written over the bars."""
    import io

    from pypdf import PdfReader

    from sakip.laporan.pdf import docx_ke_pdf

    d = Dokumen()
    pembanding = charts.Pembanding("IKM", "Nilai", [("Kecamatan Mojosari", D("1250.5")), ("Kabupaten", D("93.15"))])
    d.grafik(charts.grafik_pembanding([pembanding]), "Pembanding", lebar_cm=charts.LEBAR_CM, tinggi_cm=6.4)
    d.grafik(charts.grafik_seri([charts.SeriIndikator("IKM Kecamatan", "Nilai", _seri())]), "Seri",
             lebar_cm=charts.LEBAR_CM, tinggi_cm=6.4)
    buf = io.BytesIO()
    d.doc.save(buf)
    teks = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(docx_ke_pdf(buf.getvalue()))).pages)
    assert "1.250,50" in teks and "93,15" in teks  # value labels, #.##0,00
    assert "1.400" in teks or "1.200" in teks  # an axis tick above a thousand, #.##0
    assert "1,250.50" not in teks and "1250.5" not in teks
    assert "101,25%" in teks and "Realisasi" in teks  # capaian over the bars, the legend
