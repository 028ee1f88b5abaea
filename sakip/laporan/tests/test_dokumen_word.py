"""The LKjIP as a document a Kasubbag Perencanaan can sign (issue 16).

Indonesian Word file with real properties, a TOC field and roman front matter; tables whose
amounts and numbers fit their columns at the widths used; analysis headed by what happened;
the PD against its Pemda, Provinsi and PDs of its kind in III.3; one rata-rata capaian in the
body and the E-81; and both demo LKjIPs pass `sakip reviu-dokumen` with no finding.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from openpyxl import load_workbook

from sakip.laporan.api import render_e81, render_lkjip
from sakip.laporan.docxkit import BATAS_SEL_CM, lebar_teks_cm, uang, utuh
from sakip.organisasi.models import Unit

from .bacaan import Bacaan, baca

pytestmark = pytest.mark.django_db
TANGGAL = date(2026, 1, 30)
SLUG = {"mojosari": "kecamatan-mojosari", "organisasi": "bagian-organisasi"}


@pytest.fixture(scope="module")
def docx(django_db_setup, django_db_blocker) -> dict[str, bytes]:  # pytest-django
    with django_db_blocker.unblock():
        return {k: render_lkjip(Unit.objects.get(slug=s), 2025, "docx", tanggal=TANGGAL) for k, s in SLUG.items()}


@pytest.fixture(params=sorted(SLUG))
def nama(request: pytest.FixtureRequest) -> str:
    return request.param


def _ukuran(p: Paragraph, run: object) -> float:
    sz = run.find(qn("w:rPr") + "/" + qn("w:sz")) if run is not None else None  # type: ignore[attr-defined]
    if sz is not None:
        return int(sz.get(qn("w:val"))) / 2
    style = p.style
    while style is not None and style.font.size is None:
        style = style.base_style
    return style.font.size.pt if style is not None else 11.0


def _tebal(p: Paragraph, run: object) -> bool:
    if run is not None and run.find(qn("w:rPr") + "/" + qn("w:b")) is not None:  # type: ignore[attr-defined]
        return True
    return bool(p.style.font.bold)


def test_every_amount_and_number_fits_its_column(docx: dict[str, bytes], nama: str) -> None:
    doc = Document(io.BytesIO(docx[nama]))
    dicek = uang_dicek = 0
    terlalu_lebar = []
    for tc in doc.element.body.iter(qn("w:tc")):
        lebar = int(tc.find(qn("w:tcPr") + "/" + qn("w:tcW")).get(qn("w:w"))) / 567
        for pel in tc.findall(qn("w:p")):
            p = Paragraph(pel, doc)
            teks = p.text
            if not teks or not utuh(teks):
                continue
            run = pel.find(qn("w:r"))
            perlu = lebar_teks_cm(teks, _ukuran(p, run), _tebal(p, run)) + BATAS_SEL_CM
            dicek += 1
            uang_dicek += uang(teks)
            if perlu > lebar:
                terlalu_lebar.append((teks, round(perlu, 2), round(lebar, 2)))
    assert uang_dicek > 25 and dicek > 200  # the budget tables, the E-81 and the PKs were all checked
    assert terlalu_lebar == []


def test_table_text_is_9_pt_or_more(docx: dict[str, bytes]) -> None:
    doc = Document(io.BytesIO(docx["mojosari"]))
    assert doc.styles["Tabel Isi"].font.size.pt == 9 and doc.styles["Tabel Judul"].font.size.pt == 9


def test_indonesian_word_file_with_real_properties(docx: dict[str, bytes], nama: str) -> None:
    doc = Document(io.BytesIO(docx[nama]))
    styles = doc.styles.element
    bahasa = {lang.get(qn("w:val")) for lang in styles.iter(qn("w:lang"))}
    assert bahasa == {"id-ID"}
    cp = doc.core_properties
    unit = Unit.objects.get(slug=SLUG[nama])
    assert cp.title.startswith("Laporan Kinerja Instansi Pemerintah") and "2025" in cp.title
    assert unit.nama in cp.title and unit.nama in cp.author and cp.language == "id-ID"
    assert "python-docx" not in f"{cp.author} {cp.last_modified_by} {cp.comments}"
    assert abs((datetime.now(UTC) - cp.created).total_seconds()) < 3600 and cp.modified == cp.created
    assert cp.last_printed is None  # python-docx's template says 2013


def test_daftar_isi_is_a_toc_field_updated_on_open(docx: dict[str, bytes]) -> None:
    doc = Document(io.BytesIO(docx["mojosari"]))
    instr = [t.text for t in doc.element.body.iter(qn("w:instrText"))]
    assert sum("TOC \\o" in t for t in instr) == 1
    assert doc.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_front_matter_roman_then_bab_i_on_page_1(docx: dict[str, bytes]) -> None:
    doc = Document(io.BytesIO(docx["mojosari"]))
    pg = [s._sectPr.find(qn("w:pgNumType")) for s in doc.sections]
    formats = [(None if p is None else (p.get(qn("w:fmt")), p.get(qn("w:start")))) for p in pg]
    assert formats[1] == ("lowerRoman", "1")  # Kata Pengantar … Daftar Gambar: i, ii, iii
    assert formats[2] == ("decimal", "1")  # BAB I
    body = [p.text for p in doc.paragraphs]
    assert body.index("DAFTAR GAMBAR") < body.index("BAB I\nPENDAHULUAN") if "BAB I\nPENDAHULUAN" in body else True


def _analisis(b: Bacaan, judul: str) -> str:
    teks = b.teks
    awal = teks.index(judul)
    nxt = re.search(r"\n\d+\.\t", teks[awal + len(judul):])
    return teks[awal:awal + len(judul) + (nxt.start() if nxt else 2000)]


def test_a_missed_target_is_written_up_as_a_miss(docx: dict[str, bytes]) -> None:
    b = baca(docx["mojosari"])
    for judul in ("Persentase Realisasi Anggaran Perangkat Daerah: target belum tercapai",
                  "Indeks Profesionalitas ASN PD: target belum tercapai"):
        bagian = _analisis(b, judul)
        assert "Faktor penghambat:" in bagian and "Alternatif solusi yang telah dilakukan:" in bagian
        assert "Rencana tindak lanjut:" in bagian and "(belum ditulis)" not in bagian
        assert "eberhasilan" not in bagian
    assert "IKM Kecamatan: target terlampaui" in b.teks
    assert "(belum ditulis)" not in b.teks


def test_iii3_compares_with_pemda_provinsi_and_pds_of_its_kind(docx: dict[str, bytes]) -> None:
    b = baca(docx["mojosari"])
    (t,) = b.tabel_dengan("Perbandingan Realisasi Kinerja Kecamatan Mojosari dengan Pemerintah Kabupaten")
    assert t.label == "Tabel III.3"
    assert t.baris[0][2:] == ["Kecamatan Mojosari", "Pemerintah Kabupaten Mojokerto", "Provinsi Jawa Timur",
                              "Rata-rata Kecamatan se-Kabupaten Mojokerto"]
    ikm = next(r for r in t.baris if r[1].startswith("IKM Kecamatan"))
    assert ikm[2:5] == ["93,15", "90,87", "89,71"]
    sakip = next(r for r in t.baris if r[1].startswith("Nilai SAKIP"))
    assert sakip[2] == "84,32" and sakip[4] == "86,50"
    assert any("Perbandingan Realisasi Kinerja Kecamatan Mojosari" in k for k in b.keterangan if "Gambar" in k)
    assert "lebih rendah daripada Provinsi Jawa Timur (86,50; belum lebih baik)" in b.teks


def test_cumulative_figure_that_differs_from_the_year_is_footnoted(docx: dict[str, bytes]) -> None:
    b = baca(docx["mojosari"])
    assert ("Jumlah inovasi yang terinternalisasi dan tersosialisasi serta berkelanjutan: realisasi s.d. 2025 "
            "(5 Inovasi) berbeda dari realisasi tahun 2025 (1 Inovasi) karena realisasi s.d. menjumlahkan "
            "realisasi tahunan sejak 2021") in b.teks


def test_one_rata_rata_capaian_in_body_and_e81(docx: dict[str, bytes]) -> None:
    b = baca(docx["mojosari"])
    assert "Rata-rata capaian kinerja adalah rata-rata hitung capaian" in b.teks  # stated once
    assert b.teks.count("Rata-rata capaian kinerja adalah") == 1
    assert "Tahun 2025 adalah sebesar 100,71%" in b.teks
    ws = load_workbook(io.BytesIO(render_e81(Unit.objects.get(slug="kecamatan-mojosari"), 2025,
                                             tanggal=TANGGAL))).active
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Rata-rata capaian kinerja (%)")
    assert Decimal("100.71") in [Decimal(str(c.value)) for c in ws[row] if isinstance(c.value, (int, float))]


def test_demo_lkjips_pass_reviu_dokumen_with_no_finding(docx: dict[str, bytes], nama: str,
                                                        tmp_path: Path) -> None:
    berkas = tmp_path / f"{SLUG[nama]}.docx"
    berkas.write_bytes(docx[nama])
    out = StringIO()
    call_command("reviu-dokumen", str(berkas), stdout=out)
    assert "Temuan: 0 (tidak ada)" in out.getvalue(), out.getvalue()


def test_budgets_meet_the_dpa_pagu(docx: dict[str, bytes]) -> None:
    b = baca(docx["mojosari"])
    rows = b.tabel_berlabel("Tabel III.4.b").baris
    tanpa = next(r for r in rows if r[0].startswith("Tanpa sasaran strategis: 7.01.03"))
    assert tanpa[-3:] == ["Rp\xa03.582.472.065,00", "Rp\xa03.134.246.955,00", "87,49%"]
    jumlah = next(r for r in rows if r[0] == "Jumlah (sama dengan pagu DPA)")
    assert jumlah[-3:] == ["Rp\xa010.807.365.855,00", "Rp\xa09.759.995.720,00", "90,31%"]
    selisih = b.tabel_berlabel("Tabel III.4.c").baris
    (program,) = [r for r in selisih if r[0] == "7.01.01"]
    assert program[2:] == ["Rp\xa07.224.893.790,00", "Rp\xa06.697.421.790,00", "Rp\xa0527.472.000,00"]
    assert selisih[-1][-3:] == ["Rp\xa011.334.837.855,00", "Rp\xa010.807.365.855,00", "Rp\xa0527.472.000,00"]
    assert "tambahan belanja pegawai" in b.teks and "(belum dijelaskan)" not in b.teks


def test_page_labels_roman_before_bab_i_arabic_from_it() -> None:
    from sakip.laporan.docxkit import Dokumen, romawi_kecil

    d = Dokumen()
    d.paragraf("sampul")
    d.nomor_halaman(d.bagian_baru(), mulai=1, romawi=True)
    kp = d.judul("KATA PENGANTAR")
    di = d.judul("DAFTAR ISI")
    d.tempat_daftar("judul")
    d.mulai_isi()
    bab = d.judul("BAB I PENDAHULUAN")
    sub = d.judul("I.1 Latar Belakang", 2)
    d.selesai()
    label = d.label_halaman({kp.bookmark: 1, di.bookmark: 4, bab.bookmark: 7, sub.bookmark: 8})
    assert label == {kp.bookmark: "i", di.bookmark: "iv", bab.bookmark: "1", sub.bookmark: "2"}
    assert [romawi_kecil(n) for n in (1, 4, 9, 14, 40)] == ["i", "iv", "ix", "xiv", "xl"]
