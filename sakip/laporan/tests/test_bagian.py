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


def test_charts_are_png_at_the_size_the_layout_reserved() -> None:
    from io import BytesIO

    from PIL import Image

    png = charts.grafik_seri([charts.SeriIndikator("IKM Kecamatan", "Nilai", _seri())] * 3)
    assert png.startswith(b"\x89PNG")
    w, h = Image.open(BytesIO(png)).size
    assert round(w / charts.DPI * 2.54, 1) == charts.LEBAR_CM
    assert round(h / charts.DPI * 2.54, 1) == round(charts.tinggi_seri(3), 1)
    png = charts.grafik_anggaran([charts.BarAnggaran("PROGRAM", D("6697421790"), D("6188773896"), D("92.41"))])
    assert png.startswith(b"\x89PNG")


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
