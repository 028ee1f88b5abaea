"""Native Word charts: a DrawingML chart part with its data in an embedded workbook.

A chart here is a bar chart (columns or horizontal bars) of a few series over categories. It is
written as ``c:chartSpace`` XML whose series carry their values in a cache (what Word and
LibreOffice draw) and point at the cells of an embedded ``.xlsx`` (what Word's "Edit Data"
opens), so a Kasubbag can correct a figure or restyle the chart in Word. ``Dokumen.grafik``
places the parts in the DOCX (``/word/charts/chartN.xml`` → ``/word/embeddings/...xlsx``).

Both files are written as text here: no chart library, no workbook library. python-pptx's
chart writer (with XlsxWriter for the workbook) was the alternative; it would have added two
dependencies and Pillow for a few hundred lines, without the per-bar label text (capaian over
a realisasi bar) these charts need, and costs more to import than it saves.

Numbers: the values are stored as numbers and shown through format codes. OOXML stores a format
code in the en-US notation (``#,##0.00``); the ``[$-421]`` prefix gives it the Indonesian locale,
so LibreOffice prints ``1.250,50`` whatever the server's locale, and Word prints it as the
reader's regional settings say (Indonesian on an Indonesian machine). Labels that are not the
bar's own value (capaian, serapan) are written text, formatted by ``sakip.core.formatting``.
"""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from .xlsx_aman import AWALAN_RUMUS

LOKAL = "[$-421]"  # LCID 0x0421: Indonesian (id-ID)
FORMAT_2 = LOKAL + "#,##0.00"
FONT = "Arial"  # the documents' font; LibreOffice draws it with the metric-compatible Liberation Sans


@dataclass(frozen=True)
class Seri:
    """One series: its name (legend and header cell), values (None = no bar) and colour."""

    nama: str
    nilai: Sequence[float | None]
    warna: str  # RRGGBB
    label: Sequence[str | None] | None = None  # text over each bar (None: no label)
    label_nilai: bool = False  # show each bar's own value (through ``format_label``)
    warna_titik: Sequence[str] | None = None  # a colour per bar (the unit against its Pemda, …)


@dataclass(frozen=True)
class Grafik:
    """A clustered bar chart: categories on one axis, one bar per series and category."""

    judul: str
    kategori: Sequence[str]
    seri: Sequence[Seri]
    horizontal: bool = False  # bars left to right, first category on top
    format_sumbu: str = LOKAL + "#,##0"
    format_label: str = FORMAT_2
    judul_sumbu: str = ""  # the value axis's title (e.g. the unit of the amounts)
    legenda: bool = True
    ukuran_font: float = 7.0  # pt
    maks_sumbu: float | None = None  # room above the tallest bar for its label


def format_sumbu(nilai: Sequence[float | None]) -> str:
    """Whole numbers on the axis when the values are large, one decimal for small ones."""
    besar = max((abs(v) for v in nilai if v is not None and not math.isnan(v)), default=0.0)
    return LOKAL + ("#,##0" if besar >= 5 else "#,##0.0")


def maks_sumbu(nilai: Sequence[float | None], ruang: float = 1.18) -> float | None:
    """An axis maximum that leaves room for the labels over the tallest bar."""
    besar = max((v for v in nilai if v is not None and not math.isnan(v)), default=0.0)
    return besar * ruang if besar > 0 else None


# -- the embedded workbook ------------------------------------------------------------------------

def _kolom(i: int) -> str:
    huruf = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        huruf = chr(65 + r) + huruf
    return huruf


_XLSX_TETAP = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'styles" Target="styles.xml"/></Relationships>'),
    # Style 1: built-in number format 4 (#,##0.00), shown in the reader's notation; style 2: text
    # with Excel's quote prefix, for names that a spreadsheet could take for a formula (xlsx_aman).
    "xl/styles.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '</styleSheet>'),
}


def _sel_teks(ref: str, teks: str) -> str:
    gaya = ' s="2"' if teks.startswith(AWALAN_RUMUS) else ""
    return f'<c r="{ref}"{gaya} t="inlineStr"><is><t xml:space="preserve">{escape(teks)}</t></is></c>'


def xlsx(g: Grafik) -> bytes:
    """The chart's data as a one-sheet workbook: categories in column A, one column per series."""
    baris = ['<row r="1">' + _sel_teks("A1", "") + "".join(
        _sel_teks(f"{_kolom(j + 1)}1", s.nama) for j, s in enumerate(g.seri)) + "</row>"]
    for i, kat in enumerate(g.kategori, start=2):
        sel = [_sel_teks(f"A{i}", kat)]
        for j, s in enumerate(g.seri):
            v = s.nilai[i - 2]
            if v is not None and not math.isnan(v):
                sel.append(f'<c r="{_kolom(j + 1)}{i}" s="1"><v>{v!r}</v></c>')
        baris.append(f'<row r="{i}">' + "".join(sel) + "</row>")
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<cols><col min="1" max="1" width="40" customWidth="1"/>'
             f'<col min="2" max="{len(g.seri) + 1}" width="16" customWidth="1"/></cols>'
             "<sheetData>" + "".join(baris) + "</sheetData></worksheet>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, isi in _XLSX_TETAP.items():
            z.writestr(nama, isi)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return buf.getvalue()


# -- the chart part -------------------------------------------------------------------------------

NS = ('xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _teks_rpr(ukuran: float, *, tebal: bool = False) -> str:
    return (f'<a:defRPr sz="{round(ukuran * 100)}" b="{int(tebal)}"><a:solidFill><a:srgbClr val="333333"/>'
            f'</a:solidFill><a:latin typeface="{FONT}"/><a:cs typeface="{FONT}"/></a:defRPr>')


def _txpr(ukuran: float, *, tebal: bool = False) -> str:
    return ('<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>' + _teks_rpr(ukuran, tebal=tebal)
            + '</a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>')


def _rich(teks: str, ukuran: float, *, tebal: bool = False) -> str:
    return ('<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>' + _teks_rpr(ukuran, tebal=tebal)
            + f'</a:pPr><a:r><a:rPr lang="id-ID" sz="{round(ukuran * 100)}" b="{int(tebal)}"/>'
            f'<a:t>{escape(teks)}</a:t></a:r></a:p></c:rich></c:tx>')


def _isi(warna: str) -> str:
    return f'<c:spPr><a:solidFill><a:srgbClr val="{warna}"/></a:solidFill></c:spPr>'


def _str_cache(ref: str, nilai: Sequence[str]) -> str:
    pts = "".join(f'<c:pt idx="{i}"><c:v>{escape(v)}</c:v></c:pt>' for i, v in enumerate(nilai))
    return f"<c:strRef><c:f>{ref}</c:f><c:strCache><c:ptCount val=\"{len(nilai)}\"/>{pts}</c:strCache></c:strRef>"


def _dlbls(g: Grafik, s: Seri) -> str:
    posisi = '<c:dLblPos val="outEnd"/>'
    tampil = ('<c:showLegendKey val="0"/><c:showVal val="{v}"/><c:showCatName val="0"/><c:showSerName val="0"/>'
              '<c:showPercent val="0"/><c:showBubbleSize val="0"/>')
    if s.label is not None:
        # Written text per bar (capaian, serapan): what the chart says is what the tables say.
        # One c:dLbl per bar in the order of the bars (Word reads them so): its text, or none.
        titik = "".join(
            f'<c:dLbl><c:idx val="{i}"/>'
            + (_rich(teks, g.ukuran_font - 0.5) + posisi + tampil.format(v=1) if teks else '<c:delete val="1"/>')
            + "</c:dLbl>"
            for i, teks in enumerate(s.label))
        return (f"<c:dLbls>{titik}" + _txpr(g.ukuran_font - 0.5) + posisi + tampil.format(v=0)
                + "</c:dLbls>")
    if s.label_nilai:
        return (f'<c:dLbls><c:numFmt formatCode="{escape(g.format_label)}" sourceLinked="0"/>'
                + _txpr(g.ukuran_font - 0.5) + posisi + tampil.format(v=1) + "</c:dLbls>")
    return ""


def _seri(g: Grafik, j: int, s: Seri) -> str:
    kol = _kolom(j + 1)
    n = len(g.kategori)
    pts = "".join(f'<c:pt idx="{i}"><c:v>{v!r}</c:v></c:pt>' for i, v in enumerate(s.nilai)
                  if v is not None and not math.isnan(v))
    warna_titik = "".join(
        f'<c:dPt><c:idx val="{i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>{_isi(w)}</c:dPt>'
        for i, w in enumerate(s.warna_titik or ()))
    return (f'<c:ser><c:idx val="{j}"/><c:order val="{j}"/><c:tx>{_str_cache(f"Sheet1!${kol}$1", [s.nama])}</c:tx>'
            + _isi(s.warna) + '<c:invertIfNegative val="0"/>' + warna_titik + _dlbls(g, s)
            + f"<c:cat>{_str_cache(f'Sheet1!$A$2:$A${n + 1}', list(g.kategori))}</c:cat>"
            + f'<c:val><c:numRef><c:f>Sheet1!${kol}$2:${kol}${n + 1}</c:f><c:numCache>'
            + f'<c:formatCode>{escape(FORMAT_2)}</c:formatCode><c:ptCount val="{n}"/>{pts}</c:numCache></c:numRef>'
            + "</c:val></c:ser>")


def _garis(warna: str = "8C8C8C", lebar_emu: int = 6350) -> str:
    return f'<c:spPr><a:ln w="{lebar_emu}"><a:solidFill><a:srgbClr val="{warna}"/></a:solidFill></a:ln></c:spPr>'


def chart_xml(g: Grafik, rid_data: str) -> bytes:
    """The ``c:chartSpace`` of ``g``; ``rid_data`` is the relationship to its embedded workbook."""
    h = g.horizontal
    urutan = "maxMin" if h else "minMax"  # horizontal bars: first category on top, as in the tables
    maks = f'<c:max val="{g.maks_sumbu!r}"/>' if g.maks_sumbu else ""
    judul_sumbu = (f"<c:title>{_rich(g.judul_sumbu, g.ukuran_font)}<c:overlay val=\"0\"/></c:title>"
                   if g.judul_sumbu else "")
    legenda = ('<c:legend><c:legendPos val="b"/><c:overlay val="0"/>' + _txpr(g.ukuran_font) + "</c:legend>"
               if g.legenda else "")
    judul = (f'<c:title>{_rich(g.judul, g.ukuran_font + 0.5, tebal=True)}<c:overlay val="0"/></c:title>'
             '<c:autoTitleDeleted val="0"/>' if g.judul else '<c:autoTitleDeleted val="1"/>')
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace {NS}>'
        '<c:date1904 val="0"/><c:lang val="id-ID"/><c:roundedCorners val="0"/>'
        f"<c:chart>{judul}<c:plotArea><c:layout/>"
        f'<c:barChart><c:barDir val="{"bar" if h else "col"}"/><c:grouping val="clustered"/>'
        '<c:varyColors val="0"/>' + "".join(_seri(g, j, s) for j, s in enumerate(g.seri))
        + '<c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>'
        f'<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="{urutan}"/></c:scaling><c:delete val="0"/>'
        f'<c:axPos val="{"l" if h else "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        + _garis() + _txpr(g.ukuran_font)
        + '<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
        '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        f'<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>{maks}<c:min val="0"/></c:scaling>'
        f'<c:delete val="0"/><c:axPos val="{"b" if h else "l"}"/>'
        # No gridlines, as the pictures before had none: ruled lines behind the labels make a PDF
        # reader (sakip reviu-dokumen) take the chart for a table.
        + judul_sumbu
        + f'<c:numFmt formatCode="{escape(g.format_sumbu)}" sourceLinked="0"/>'
        '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        + _garis() + _txpr(g.ukuran_font - 0.5)
        # Reversed categories put the value axis at the far end unless it crosses at the maximum.
        + f'<c:crossAx val="1001"/><c:crosses val="{"max" if h else "autoZero"}"/>'
        '<c:crossBetween val="between"/></c:valAx>'
        '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>'
        + legenda + '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' + _txpr(g.ukuran_font)
        + f'<c:externalData r:id="{rid_data}"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>'
    )
    return xml.encode()
