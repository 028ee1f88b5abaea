"""A native chart right under a table, in the PDF LibreOffice makes of the DOCX.

The chart's labels (the capaian over its bars, the axis, the years, the legend) are printed
as text runs between lines that the chart draws (axes, bars). They are neither rows of the
table above nor prose: the table keeps its own rows, and the reviu finds nothing on a
document whose figures agree.
"""

from __future__ import annotations

import io
from decimal import Decimal

import pytest

from sakip.core.capaian import hitung_capaian
from sakip.core.progress import TitikSeri
from sakip.laporan import charts
from sakip.laporan.docxkit import Dokumen, Kolom, Rata
from sakip.laporan.pdf import docx_ke_pdf
from sakip.reviu.dokumen import baca_bytes, reviu

D = Decimal

# (indicator, target, realisasi, printed capaian) of 2025, and the earlier years charted with it
INDIKATOR = [("IKM Kecamatan", "92", "93,15", "101,25%"), ("Nilai SAKIP Kecamatan", "82", "84,32", "102,83%")]
RIWAYAT = {
    "IKM Kecamatan": ((2023, "85", "88.50"), (2024, "88.31", "91.75"), (2025, "92", "93.15")),
    # 104,61% and 100,84%: capaian labels over the bars that match no row of the table
    "Nilai SAKIP Kecamatan": ((2023, "76", "79.50"), (2024, "77", "77.65"), (2025, "82", "84.32")),
}


def _docx() -> bytes:
    d = Dokumen()
    d.paragraf("Pengukuran realisasi Perjanjian Kinerja Tahun 2025 untuk indikator sasaran strategis:")
    d.paragraf("1. Capaian realisasi di atas 100% sebanyak 2 indikator;")
    d.paragraf("2. Capaian realisasi tepat 100% sebanyak 0 indikator;")
    d.paragraf("3. Capaian realisasi di bawah 100% sebanyak 0 indikator;")
    d.paragraf("4. Capaian yang tidak dapat diperoleh hasil pengukurannya sebanyak 0 indikator.")
    d.keterangan("tabel", "Capaian Perjanjian Kinerja Tahun 2025")
    kolom = [Kolom("No", 1.0, Rata.TENGAH), Kolom("Indikator Kinerja", 6.0), Kolom("Target", 2.5, Rata.KANAN),
             Kolom("Realisasi", 2.5, Rata.KANAN), Kolom("Capaian", 2.5, Rata.KANAN)]
    d.tabel(kolom, [[str(n), nama, t, r, c] for n, (nama, t, r, c) in enumerate(INDIKATOR, 1)])
    seri = [charts.SeriIndikator(nama, "Nilai", [TitikSeri(y, D(t), D(r), hitung_capaian(D(t), D(r)))
                                                 for y, t, r in RIWAYAT[nama]]) for nama, *_ in INDIKATOR]
    lebar, tinggi, per_baris = charts.ukuran_panel(len(seri))
    d.grafik(charts.grafik_seri(seri), "Target, Realisasi dan Capaian Tahun 2023–2025", lebar_cm=lebar,
             tinggi_cm=tinggi, per_baris=per_baris)
    # a second table right under the chart must not take the chart's labels either
    d.keterangan("tabel", "Realisasi Kinerja Tahun 2025")
    d.tabel(kolom[:2] + [kolom[3]], [[str(n), nama, r] for n, (nama, _, r, _) in enumerate(INDIKATOR, 1)])
    d.selesai()
    buf = io.BytesIO()
    d.doc.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def pdf() -> bytes:
    # LibreOffice is a system dependency (Makefile); without it the conversion fails, it never skips.
    return docx_ke_pdf(_docx())


def test_chart_labels_are_no_rows_of_the_table_above_or_below(pdf: bytes) -> None:
    doc = baca_bytes(pdf, "grafik.pdf")
    assert [len(t.baris) for t in doc.tabel] == [3, 3]  # header + the two indicators, twice
    assert doc.tabel[0].baris[1:] == [["1", "IKM Kecamatan", "92", "93,15", "101,25%"],
                                      ["2", "Nilai SAKIP Kecamatan", "82", "84,32", "102,83%"]]
    teks = "\n".join(p.teks for p in doc.paragraf)
    assert "104,61%" not in teks and "100,84%" not in teks  # the chart's own labels: not prose either
    assert "Target, Realisasi dan Capaian" in teks  # the caption under the chart is


def test_a_consistent_document_with_a_chart_has_no_finding(pdf: bytes) -> None:
    hasil = reviu(baca_bytes(pdf, "grafik.pdf"))
    assert hasil.temuan == [] and hasil.tidak_terbaca == []


def test_a_label_between_chart_axes_under_a_table_is_no_cell() -> None:
    """Old trap: the nearest lines around a chart label (the axes, and the bottom border of the
    table above) looked like a cell sharing the table's border; a cell's borders must run
    along its whole sides."""
    from sakip.reviu.dokumen.garis import Ruas, tabel_halaman

    tabel = [Ruas(False, 100, 0, 200), Ruas(False, 80, 0, 200), Ruas(True, 0, 80, 100), Ruas(True, 100, 80, 100),
             Ruas(True, 200, 80, 100)]
    sumbu = [Ruas(True, 20, 0, 60), Ruas(False, 0, 20, 180), Ruas(True, 190, 0, 60)]  # two charts' axes
    frags = [(5, 88, "IKM", 9.0), (105, 88, "93,15", 9.0), (50, 40, "104,61%", 7.0)]
    tables, outside = tabel_halaman(frags, tabel + sumbu)
    assert [[[r[2] for r in cell] for cell in row] for row in tables[0].baris] == [[["IKM"], ["93,15"]]]
    assert outside == [2]
