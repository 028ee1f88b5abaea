"""Word documents for Sakip: styles, headings, numbered captions, tables, fields, signatures.

Built on python-docx; tables are written as WordprocessingML directly because python-docx's
cell access is slow on large tables. Headings and captions carry bookmarks, and the Daftar
Isi / Daftar Tabel / Daftar Gambar entries are PAGEREF fields pointing at them: Word and
LibreOffice compute the page numbers from their own layout. The result stored in the file is
'…' unless a layout pass supplies the pages (``isi_halaman``, see api.render_lkjip).
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import NamespacePrefixedTag, qn
from docx.oxml.parser import oxml_parser, parse_xml
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from . import grafik_word
from .grafik_word import Grafik

FONT = "Arial"  # LibreOffice substitutes the metric-compatible Liberation Sans
A4 = (Cm(21.0), Cm(29.7))
MARGIN = {"top": Cm(2.5), "bottom": Cm(2.2), "left": Cm(2.5), "right": Cm(2.0)}
MARGIN_LANDSCAPE = {"top": Cm(2.0), "bottom": Cm(1.8), "left": Cm(1.5), "right": Cm(1.5)}
LEBAR = 21.0 - 2.5 - 2.0  # cm of text width on a portrait page
BAHASA = "id-ID"
ABU = "D9E2F3"  # header shading of tables

_MARKER = re.compile(r"^((?:\d+|[a-zA-Z])[.)]|[-•–])\s+")


class Rata(StrEnum):
    KIRI = "left"
    TENGAH = "center"
    KANAN = "right"
    RATA = "both"


@dataclass
class Sel:
    """A table cell: text (lines separated by newlines) and how it is set."""

    teks: str = ""
    tebal: bool = False
    miring: bool = False
    rata: Rata | None = None
    lebar_kolom: int = 1  # gridSpan
    tinggi_baris: int = 1  # rowspan (single-column cells only); the rows below hold None there
    latar: str | None = None
    garis_bawah: bool = False
    lekat: bool = False  # keep this row on the page of the next one (group headings, signatures)
    ukuran: float | None = None  # pt; only set when a money amount cannot fit its column otherwise


@dataclass(frozen=True)
class Kolom:
    judul: str
    lebar: float  # cm
    rata: Rata = Rata.KIRI


# Advance widths of Arial / Liberation Sans (metric-compatible), in 1/1000 em, for the characters
# of money amounts; anything else counts as a wide 611. Regular and bold differ only in 'p' here.
_ARIAL = {**dict.fromkeys("0123456789", 556), ".": 278, ",": 278, " ": 278, "\u00a0": 278, "-": 333,
          "R": 722, "p": 556, "%": 889, "–": 556}
_ARIAL_TEBAL = {**_ARIAL, "p": 611, "-": 333}
BATAS_SEL_CM = 140 / 567  # left + right cell margins of every table (70 twips each)
UKURAN_TABEL = 9.0  # pt: body text of tables (issue 16: 9–10 pt)
LEBAR_MIN_TEKS = 2.2  # cm: a text column gives width to number columns down to this
UKURAN_MIN_UANG = 7.0  # pt: the smallest a money amount may shrink to when no column can give width


def lebar_teks_cm(teks: str, ukuran: float, tebal: bool = False) -> float:
    """Width of one line of text set in Arial at ``ukuran`` pt, in cm (1 pt = 2.54/72 cm)."""
    tabel = _ARIAL_TEBAL if tebal else _ARIAL
    em = sum(tabel.get(ch, 611) for ch in teks) / 1000
    return em * ukuran * 2.54 / 72


def uang(teks: str) -> bool:
    """A Rupiah amount as formatting.rupiah writes it: it must never wrap."""
    return teks.startswith(("Rp\u00a0", "-Rp\u00a0", "Rp "))


_ANGKA = re.compile(r"^-?[\d.,]+%?$")


def utuh(teks: str) -> bool:
    """Text that must stay on one line: a Rupiah amount, a number or a percentage ('101,25%')."""
    return uang(teks) or bool(_ANGKA.match(teks))


def sel(x: Sel | str | None) -> Sel | None:
    return x if isinstance(x, Sel) or x is None else Sel(x)


@dataclass
class Entri:
    """A heading or caption that a Daftar lists, with its bookmark and cached page-number runs."""

    jenis: str  # "judul" | "tabel" | "gambar"
    teks: str
    tingkat: int
    bookmark: str
    label: str = ""  # "Tabel III.1.a" once numbered
    bab: str = ""
    subbab: str = ""
    _run_label: object = None  # run holding the label text
    halaman: list[object] = field(default_factory=list)  # cached PAGEREF result runs

    @property
    def teks_lengkap(self) -> str:
        return f"{self.label} {self.teks}".strip()


def _set_fonts(rpr_parent: object, nama: str) -> None:
    """Set every script's font and drop theme fonts, which would otherwise win in Word."""
    rpr = rpr_parent.get_or_add_rPr()  # type: ignore[attr-defined]  # CT_Style / CT_R
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(script), nama)


@functools.cache
def _nama_tag(tag: str) -> tuple[str, dict[str, str]]:
    n = NamespacePrefixedTag(tag)
    return n.clark_name, n.nsmap


@functools.cache
def _qn_w(attr: str) -> str:
    return qn(f"w:{attr}")


_NS_DRAWING = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
               'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
               'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _attr(teks: str) -> str:
    from xml.sax.saxutils import escape

    return escape(teks, {'"': "&quot;"})


def _el(tag: str, **attrs: str) -> OxmlElement:
    # OxmlElement without re-parsing the prefixed tag each time: a report makes ~35 000 elements.
    clark, nsmap = _nama_tag(tag)
    e = oxml_parser.makeelement(clark, nsmap=nsmap)
    for k, v in attrs.items():
        e.set(_qn_w(k), v)
    return e


def _run(teks: str, *, tebal: bool = False, miring: bool = False, ukuran: float | None = None,
         garis_bawah: bool = False) -> OxmlElement:
    r = _el("w:r")
    if tebal or miring or ukuran or garis_bawah:
        rpr = _el("w:rPr")
        # In the order the schema requires (Word refuses a file whose rPr is out of order).
        if tebal:
            rpr.append(_el("w:b"))
        if miring:
            rpr.append(_el("w:i"))
        if ukuran:
            rpr.append(_el("w:sz", val=str(round(ukuran * 2))))
        if garis_bawah:
            rpr.append(_el("w:u", val="single"))
        r.append(rpr)
    for i, part in enumerate(teks.split("\n")):
        if i:
            r.append(_el("w:br"))
        t = _el("w:t")
        t.text = part
        t.set(qn("xml:space"), "preserve")
        r.append(t)
    return r


def _p(teks: str, *, gaya: str, rata: Rata | None = None, tebal: bool = False, miring: bool = False,
       ukuran: float | None = None, garis_bawah: bool = False, lekat: bool = False) -> OxmlElement:
    p = _el("w:p")
    ppr = _el("w:pPr")
    ppr.append(_el("w:pStyle", val=gaya))
    if lekat:
        ppr.append(_el("w:keepNext"))
    if rata:
        ppr.append(_el("w:jc", val=rata.value))
    p.append(ppr)
    if teks:
        p.append(_run(teks, tebal=tebal, miring=miring, ukuran=ukuran, garis_bawah=garis_bawah))
    return p


def _borders(tag: str, sz: int, warna: str = "000000", nilai: str = "single") -> OxmlElement:
    b = _el(tag)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(_el(f"w:{side}", val=nilai, sz=str(sz), space="0", color=warna))
    return b


_SETELAH_PGNUMTYPE = ("cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi",
                      "rtlGutter", "docGrid", "printerSettings", "sectPrChange")


def _pg_num_type(sect_pr: OxmlElement) -> OxmlElement:
    """The section's w:pgNumType, created in the place the schema gives it (before w:cols)."""
    pg = sect_pr.find(qn("w:pgNumType"))
    if pg is None:
        pg = _el("w:pgNumType")
        after = next((c for c in sect_pr if c.tag in {qn(f"w:{t}") for t in _SETELAH_PGNUMTYPE}), None)
        after.addprevious(pg) if after is not None else sect_pr.append(pg)
    return pg


def _twips(cm: float) -> str:
    return str(round(cm / 2.54 * 1440))


def _kebutuhan(kolom: Sequence[Kolom], baris: Sequence[Sequence[Sel | str | None]], ukuran: float,
               *, kepala: bool = False) -> dict[int, float]:
    """Per column: the width (cm) its longest amount or number needs on one line; in header rows,
    the longest word of a number column's title (so 'Realisasi' does not break into 'Realisas i')."""
    butuh: dict[int, float] = {}
    pending: dict[int, int] = {}
    for row in baris:
        col = i = 0
        cells = [sel(c) for c in row]
        while col < len(kolom):
            if pending.get(col):
                pending[col] -= 1
                col += 1
                continue
            c = (cells[i] if i < len(cells) else None) or Sel("")
            i += 1
            if c.tinggi_baris > 1:
                pending[col] = c.tinggi_baris - 1
            if c.lebar_kolom == 1:
                if kepala:
                    kata = [w for w in c.teks.split() if w] if kolom[col].rata is Rata.KANAN else []
                    w = max((lebar_teks_cm(k, ukuran, True) for k in kata), default=0.0)
                else:
                    w = lebar_teks_cm(c.teks, c.ukuran or ukuran, c.tebal) if utuh(c.teks) else 0.0
                if w:
                    butuh[col] = max(butuh.get(col, 0.0), w + BATAS_SEL_CM + 0.05)
            col += c.lebar_kolom
    return butuh


def muat_uang(kolom: Sequence[Kolom], baris: Sequence[Sequence[Sel | str | None]], ukuran: float,
              kepala: Sequence[Sequence[Sel | str | None]] = ()) -> tuple[list[Kolom], list[list[Sel | str | None]]]:
    """Widen the columns of amounts and numbers so none wraps, taking width from the widest text column.

    The table keeps its total width. Only when no text column can give width (none wider than
    LEBAR_MIN_TEKS remains) do the money amounts of that column get a smaller font, down to
    UKURAN_MIN_UANG.
    """
    kolom = list(kolom)
    rows = [list(r) for r in baris]
    butuh = _kebutuhan(kolom, rows, ukuran)
    for col, w in _kebutuhan(kolom, kepala, ukuran, kepala=True).items():
        butuh[col] = max(butuh.get(col, 0.0), w)
    tetap = set(butuh)
    for col, w in sorted(butuh.items(), key=lambda x: -x[1]):
        kurang = w - kolom[col].lebar
        while kurang > 0.001:
            donor = max((j for j in range(len(kolom)) if j not in tetap and kolom[j].lebar > LEBAR_MIN_TEKS),
                        key=lambda j: kolom[j].lebar, default=None)
            if donor is None:
                break
            beri = min(kurang, kolom[donor].lebar - LEBAR_MIN_TEKS)
            kolom[donor] = replace(kolom[donor], lebar=kolom[donor].lebar - beri)
            kolom[col] = replace(kolom[col], lebar=kolom[col].lebar + beri)
            kurang -= beri
        if kurang > 0.001:  # last resort: a smaller font for this column's money amounts
            bersih = w - BATAS_SEL_CM - 0.05
            skala = (kolom[col].lebar - BATAS_SEL_CM - 0.05) / bersih
            kecil = max(UKURAN_MIN_UANG, int(ukuran * skala * 4) / 4)
            rows = [_kecilkan(r, kolom, col, kecil) for r in rows]
    return kolom, rows


def _kecilkan(row: list[Sel | str | None], kolom: Sequence[Kolom], target: int, ukuran: float
              ) -> list[Sel | str | None]:
    col = 0
    out = []
    for x in row:
        c = sel(x)
        if c is not None and col == target and c.lebar_kolom == 1 and uang(c.teks):
            x = replace(c, ukuran=ukuran)
        out.append(x)
        col += c.lebar_kolom if c is not None else 1
    return out


def romawi_kecil(n: int) -> str:
    """3 -> 'iii' (page numbers of the front matter)."""
    if n <= 0:
        return str(n)
    out = []
    for nilai, huruf in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                         (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= nilai:
            out.append(huruf)
            n -= nilai
    return "".join(out)


def _bungkus_toc(pertama: Paragraph, terakhir: Paragraph) -> None:
    """Make the paragraphs from ``pertama`` to ``terakhir`` the stored result of a TOC field."""
    awal = [_el("w:r"), _el("w:r"), _el("w:r")]
    awal[0].append(_el("w:fldChar", fldCharType="begin"))
    instr = _el("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-3" \\h \\z \\u '
    awal[1].append(instr)
    awal[2].append(_el("w:fldChar", fldCharType="separate"))
    ppr = pertama._p.find(qn("w:pPr"))
    for r in reversed(awal):
        ppr.addnext(r) if ppr is not None else pertama._p.insert(0, r)
    akhir = _el("w:r")
    akhir.append(_el("w:fldChar", fldCharType="end"))
    terakhir._p.append(akhir)


class Dokumen:
    """A Word document being written top to bottom, with numbered captions and page-number lists."""

    def __init__(self, *, ukuran_isi: float = 11) -> None:
        self.doc = Document()
        self.entri: list[Entri] = []
        self._bookmark = 0
        self._grafik_n = 0  # native charts so far (their part names)
        self._daftar: dict[str, Paragraph] = {}
        self._atur_halaman(self.doc.sections[0], landscape=False)
        self._atur_gaya(ukuran_isi)
        # Style ids looked up once: python-docx searches the styles part on every lookup by name.
        self._id = {st.name: st.style_id for st in self.doc.styles}
        self.bab = ""
        self.subbab = ""
        self._isi_mulai: int | None = None
        self._toc: tuple[Paragraph, Paragraph] | None = None
        self._daftar_awal: list[Paragraph] = []  # Daftar Isi entries of the front matter
        self._bahasa()

    # -- set-up ------------------------------------------------------------------------------
    def _atur_halaman(self, section: object, *, landscape: bool) -> None:
        s = section
        w, h = A4
        s.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT  # type: ignore[attr-defined]
        s.page_width, s.page_height = (h, w) if landscape else (w, h)  # type: ignore[attr-defined]
        for side, v in (MARGIN_LANDSCAPE if landscape else MARGIN).items():
            setattr(s, f"{side}_margin", v)
        s.footer_distance = Cm(1.0)  # type: ignore[attr-defined]
        s.header_distance = Cm(1.0)  # type: ignore[attr-defined]

    def _atur_gaya(self, ukuran: float) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        _set_fonts(normal.element, FONT)
        normal.font.size = Pt(ukuran)
        pf = normal.paragraph_format
        pf.space_after = Pt(6)
        pf.space_before = Pt(0)
        pf.line_spacing = 1.15
        for nama, size, rata, before, after in (
            ("Heading 1", 14, WD_ALIGN_PARAGRAPH.CENTER, 0, 18),
            ("Heading 2", 12, WD_ALIGN_PARAGRAPH.LEFT, 12, 6),
            ("Heading 3", 11, WD_ALIGN_PARAGRAPH.LEFT, 10, 4),
        ):
            st = styles[nama]
            _set_fonts(st.element, FONT)
            st.font.size = Pt(size)
            st.font.bold = True
            st.font.italic = False
            st.font.color.rgb = RGBColor(0, 0, 0)
            st.paragraph_format.alignment = rata
            st.paragraph_format.space_before = Pt(before)
            st.paragraph_format.space_after = Pt(after)
            st.paragraph_format.keep_with_next = True
            st.paragraph_format.line_spacing = 1.0
        styles["Heading 1"].paragraph_format.page_break_before = True
        self._gaya("Tabel Isi", UKURAN_TABEL, after=0, line=1.0)
        self._gaya("Tabel Judul", UKURAN_TABEL, after=0, line=1.0, bold=True)
        self._gaya("Keterangan", 10, after=4, line=1.0, bold=True, rata=WD_ALIGN_PARAGRAPH.CENTER, keep=True)
        self._gaya("Catatan", 9, after=6, line=1.0, italic=True)
        self._gaya("Butir", ukuran, after=3)
        for level in (1, 2, 3):
            st = self._gaya(f"Daftar {level}", 11, after=2 if level > 1 else 4, line=1.0, bold=level == 1)
            # No hanging indent: a tab would stop at the indent instead of the page-number stop.
            st.paragraph_format.left_indent = Cm(0.8 * (level - 1))
            st.paragraph_format.right_indent = Cm(0.6)
            st.paragraph_format.tab_stops.add_tab_stop(Cm(LEBAR), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        st = self._gaya("Daftar Keterangan", 11, after=3, line=1.0)
        st.paragraph_format.left_indent = Cm(2.6)
        st.paragraph_format.first_line_indent = Cm(-2.6)
        st.paragraph_format.right_indent = Cm(1.0)
        st.paragraph_format.tab_stops.add_tab_stop(Cm(LEBAR), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    def _gaya(self, nama: str, size: float, *, after: float, line: float = 1.15, bold: bool = False,
              italic: bool = False, rata: WD_ALIGN_PARAGRAPH | None = None, keep: bool = False) -> object:
        st = self.doc.styles.add_style(nama, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = self.doc.styles["Normal"]
        st.font.size = Pt(size)
        st.font.bold = bold
        st.font.italic = italic
        pf = st.paragraph_format
        pf.space_after = Pt(after)
        pf.space_before = Pt(0)
        pf.line_spacing = line
        if rata is not None:
            pf.alignment = rata
        pf.keep_with_next = keep
        return st

    def _paragraf_baru(self, gaya: str | None = None) -> Paragraph:
        p = self.doc.add_paragraph()
        if gaya:
            p._p.get_or_add_pPr().style = self._id[gaya]  # by id: no search of the styles part
        return p

    # -- sections and page numbers -----------------------------------------------------------
    def nomor_halaman(self, section: object | None = None, *, mulai: int | None = None,
                      romawi: bool = False) -> None:
        """Centre the page number in the footer of a section (restarting at ``mulai``; i, ii, iii
        when ``romawi``, for the front matter)."""
        s = section or self.doc.sections[-1]
        s.footer.is_linked_to_previous = False  # type: ignore[attr-defined]
        p = s.footer.paragraphs[0]  # type: ignore[attr-defined]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.field(p, "PAGE", "i" if romawi else "1")
        pg = _pg_num_type(s._sectPr)  # type: ignore[attr-defined]  # no API
        if mulai is not None:
            pg.set(qn("w:start"), str(mulai))
        pg.set(qn("w:fmt"), "lowerRoman" if romawi else "decimal")

    def mulai_isi(self) -> None:
        """End the front matter: a new section whose pages are numbered 1, 2, 3 from here.

        The next heading's bookmark is remembered so that a layout pass can turn physical pages
        into printed numbers (``label_halaman``)."""
        s = self.bagian_baru()
        pg = _pg_num_type(s._sectPr)  # type: ignore[attr-defined]
        pg.set(qn("w:start"), "1")
        pg.set(qn("w:fmt"), "decimal")
        self._isi_mulai = len(self.entri)

    def label_halaman(self, halaman: dict[str, int]) -> dict[str, str]:
        """Printed page numbers from physical ones (cover = 0): roman before the body, arabic in it."""
        if self._isi_mulai is None or self._isi_mulai >= len(self.entri):
            return {b: str(i) for b, i in halaman.items()}
        awal = halaman.get(self.entri[self._isi_mulai].bookmark)
        out = {}
        for b, i in halaman.items():
            out[b] = str(i - awal + 1) if awal is not None and i >= awal else romawi_kecil(i)
        return out

    def bagian_baru(self, *, landscape: bool = False) -> object:
        """Start a new page section (portrait or landscape); page numbers continue."""
        s = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self._atur_halaman(s, landscape=landscape)
        pg = s._sectPr.find(qn("w:pgNumType"))  # copied from the previous section: do not restart at 1
        if pg is not None and pg.get(qn("w:start")) is not None:
            del pg.attrib[qn("w:start")]
        return s

    def _bahasa(self) -> None:
        """Indonesian (id-ID) everywhere, so Word checks the spelling in Indonesian, not English."""
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        if rpr.find(qn("w:lang")) is None:
            rpr.append(_el("w:lang"))
        for lang in styles.iter(qn("w:lang")):
            lang.set(qn("w:val"), BAHASA)
            lang.set(qn("w:eastAsia"), BAHASA)
        for st in self.doc.styles:
            if st.type == WD_STYLE_TYPE.PARAGRAPH or st.type == WD_STYLE_TYPE.CHARACTER:
                r = st.element.get_or_add_rPr()
                lang = r.find(qn("w:lang"))
                if lang is None:
                    lang = _el("w:lang")
                    r.append(lang)
                lang.set(qn("w:val"), BAHASA)
        settings = self.doc.settings.element
        theme = settings.find(qn("w:themeFontLang"))
        if theme is not None:
            theme.set(qn("w:val"), BAHASA)

    def metadata(self, *, judul: str, subjek: str, penulis: str, kata_kunci: str, dibuat: datetime) -> None:
        """Real document properties instead of python-docx's ('python-docx', 2013)."""
        cp = self.doc.core_properties
        cp.title = judul
        cp.subject = subjek
        cp.author = penulis
        cp.last_modified_by = "Sakip"
        cp.keywords = kata_kunci
        cp.language = BAHASA
        cp.comments = f"Dibuat oleh aplikasi Sakip pada {dibuat:%Y-%m-%d %H:%M} UTC."
        cp.category = "Laporan"
        cp.created = dibuat
        cp.modified = dibuat
        cp.revision = 1
        for el in list(cp._element):  # python-docx's template was "printed" in 2013
            if el.tag.endswith("}lastPrinted"):
                cp._element.remove(el)

    def halaman_baru(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    @property
    def lebar(self) -> float:
        s = self.doc.sections[-1]
        return (s.page_width - s.left_margin - s.right_margin) / 360000

    @property
    def tinggi(self) -> float:
        """Height of the text area in cm."""
        s = self.doc.sections[-1]
        return (s.page_height - s.top_margin - s.bottom_margin) / 360000

    # -- text --------------------------------------------------------------------------------
    def paragraf(self, teks: str = "", *, rata: WD_ALIGN_PARAGRAPH | None = WD_ALIGN_PARAGRAPH.JUSTIFY,
                 tebal: bool = False, miring: bool = False, ukuran: float | None = None,
                 gaya: str | None = None, setelah: float | None = None, sebelum: float | None = None,
                 lekat: bool = False) -> Paragraph:
        p = self._paragraf_baru(gaya)
        if teks:
            for i, line in enumerate(teks.split("\n")):
                if i:
                    p.runs[-1].add_break()  # a line break inside the paragraph
                r = p.add_run(line)
                r.bold = tebal or None
                r.italic = miring or None
                if ukuran:
                    r.font.size = Pt(ukuran)
        if rata is not None:
            p.alignment = rata
        if setelah is not None:
            p.paragraph_format.space_after = Pt(setelah)
        if sebelum is not None:
            p.paragraph_format.space_before = Pt(sebelum)
        if lekat:
            p.paragraph_format.keep_with_next = True
        return p

    def butir(self, penanda: str, teks: str, *, tingkat: int = 0) -> Paragraph:
        """A list item with a hanging indent: the marker as written, then the text."""
        p = self._paragraf_baru("Butir")
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pf = p.paragraph_format
        pf.left_indent = Cm(0.8 * (tingkat + 1))
        pf.first_line_indent = Cm(-0.8)
        pf.tab_stops.add_tab_stop(Cm(0.8 * (tingkat + 1)))
        p.add_run(f"{penanda}\t{teks}")
        return p

    def teks(self, teks: str, *, tingkat: int = 0) -> None:
        """Stored narrative text: a paragraph per line, numbered or lettered lines as list items."""
        for line in teks.replace("\r\n", "\n").split("\n"):
            line = line.strip()
            if not line:
                continue
            m = _MARKER.match(line)
            if m:
                penanda = m.group(1)
                self.butir("•" if penanda in "-•–" else penanda, line[m.end():], tingkat=tingkat)
            else:
                p = self.paragraf(line)
                if tingkat:
                    p.paragraph_format.left_indent = Cm(0.8 * tingkat)

    def daftar_butir(self, items: Iterable[str], *, bernomor: bool = True, tingkat: int = 0) -> None:
        for i, item in enumerate(items, start=1):
            self.butir(f"{i}." if bernomor else "•", item, tingkat=tingkat)

    # -- bookmarks, fields -------------------------------------------------------------------
    def _bookmark_baru(self, p: Paragraph) -> str:
        self._bookmark += 1
        name = f"_SakipRef{self._bookmark}"
        start = _el("w:bookmarkStart", id=str(self._bookmark), name=name)
        end = _el("w:bookmarkEnd", id=str(self._bookmark))
        ppr = p._p.pPr
        if ppr is not None:
            ppr.addnext(start)
        else:
            p._p.insert(0, start)
        p._p.append(end)
        return name

    @staticmethod
    def field(p: Paragraph, instr: str, cached: str) -> object:
        """Append a complex field (PAGE, PAGEREF ...) and return the run with its cached result."""
        for kind, text in (("begin", None), ("instr", instr), ("separate", None)):
            r = p.add_run()
            if kind == "instr":
                t = _el("w:instrText")
                t.set(qn("xml:space"), "preserve")
                t.text = f" {text} "
                r._r.append(t)
            else:
                r._r.append(_el("w:fldChar", fldCharType=kind))
        hasil = p.add_run(cached)
        r = p.add_run()
        r._r.append(_el("w:fldChar", fldCharType="end"))
        return hasil

    # -- headings and captions ---------------------------------------------------------------
    def judul(self, teks: str, tingkat: int = 1, *, daftar: bool = True, baris_kedua: str = "") -> Entri:
        """A heading (BAB with ``baris_kedua`` as its title line), bookmarked for the Daftar Isi."""
        p = self._paragraf_baru(f"Heading {tingkat}")
        p.add_run(teks)
        if baris_kedua:
            p.add_run().add_break()
            p.add_run(baris_kedua)
        e = Entri("judul", f"{teks} {baris_kedua}".strip(), tingkat, self._bookmark_baru(p))
        if daftar:
            self.entri.append(e)
        return e

    def mulai_bab(self, nomor: str, judul: str) -> Entri:
        self.bab, self.subbab = nomor, ""
        return self.judul(f"BAB {nomor}", 1, baris_kedua=judul)

    def mulai_subbab(self, nomor: str, judul: str) -> Entri:
        self.subbab = nomor
        return self.judul(f"{self.bab}.{nomor} {judul}", 2)

    def keterangan(self, jenis: str, judul: str) -> Entri:
        """A numbered caption (label set by ``selesai``): tables above the table, figures below."""
        p = self._paragraf_baru("Keterangan")
        run = p.add_run("")
        p.add_run(" " + judul)
        # A table's caption stays with the table; a figure's caption ends the figure.
        p.paragraph_format.keep_with_next = jenis == "tabel"
        e = Entri(jenis, judul, 1, self._bookmark_baru(p), bab=self.bab, subbab=self.subbab, _run_label=run)
        self.entri.append(e)
        return e

    # -- tables ------------------------------------------------------------------------------
    def tabel(self, kolom: Sequence[Kolom], baris: Sequence[Sequence[Sel | str | None]], *,
              kepala: Sequence[Sequence[Sel | str | None]] | None = None, garis: bool = True,
              ukuran: float | None = None, kunci_baris: bool = True, judul_berulang: bool = True,
              lekat: Collection[int] = ()) -> OxmlElement:
        """Append a table: ``kepala`` rows (default: the column titles) repeat on every page.

        A cell spanning columns is followed by fewer cells; a cell spanning rows leaves None in
        the rows below. Rows never split across pages; the body rows whose index is in ``lekat``
        stay on the page of the row after them (the rows of one indicator, one sasaran).
        """
        if not baris and kepala is not None and not kepala:
            raise ValueError("tabel tanpa baris")  # WordprocessingML requires at least one row
        kolom, baris = muat_uang(kolom, baris, ukuran or UKURAN_TABEL,
                                 kepala or [[Sel(k.judul, tebal=True) for k in kolom]])
        tbl = _el("w:tbl")
        tpr = _el("w:tblPr")
        tpr.append(_el("w:tblW", w=_twips(sum(k.lebar for k in kolom)), type="dxa"))
        tpr.append(_el("w:jc", val="center"))
        tpr.append(_borders("w:tblBorders", 4) if garis else _borders("w:tblBorders", 0, nilai="nil"))
        tpr.append(_el("w:tblLayout", type="fixed"))
        mar = _el("w:tblCellMar")
        for side, v in (("left", "70"), ("right", "70"), ("top", "15"), ("bottom", "15")):
            mar.append(_el(f"w:{side}", w=v, type="dxa"))
        tpr.append(mar)
        tbl.append(tpr)
        grid = _el("w:tblGrid")
        for k in kolom:
            grid.append(_el("w:gridCol", w=_twips(k.lebar)))
        tbl.append(grid)
        head = [[Sel(k.judul, tebal=True, rata=Rata.TENGAH) for k in kolom]] if kepala is None else kepala
        gaya_isi, gaya_kepala = self._id["Tabel Isi"], self._id["Tabel Judul"]
        self._baris(tbl, kolom, head, gaya_kepala, header=judul_berulang, latar=ABU, ukuran=ukuran,
                    kunci=kunci_baris)
        self._baris(tbl, kolom, baris, gaya_isi, header=False, latar=None, ukuran=ukuran, kunci=kunci_baris,
                    lekat=lekat)
        body = self.doc.element.body
        body.sectPr.addprevious(tbl) if body.sectPr is not None else body.append(tbl)
        # A table must be followed by a paragraph; a small one keeps tables apart.
        self.paragraf("", setelah=4, ukuran=4)
        return tbl

    def _baris(self, tbl: OxmlElement, kolom: Sequence[Kolom], rows: Sequence[Sequence[Sel | str | None]],
               gaya: str, *, header: bool, latar: str | None, ukuran: float | None, kunci: bool,
               lekat: Collection[int] = ()) -> None:
        pending: dict[int, int] = {}  # column -> rows still covered by a vertical merge
        for n, row in enumerate(rows):
            tr = _el("w:tr")
            trpr = _el("w:trPr")
            if kunci:
                trpr.append(_el("w:cantSplit"))
            if header:
                trpr.append(_el("w:tblHeader"))
            tr.append(trpr)
            cells = [sel(c) for c in row]
            col = i = 0
            while col < len(kolom):
                c = cells[i] if i < len(cells) else Sel("")
                i += 1
                if pending.get(col):
                    pending[col] -= 1
                    tr.append(self._sel_lanjut(kolom, col, n in lekat))
                    col += 1
                    continue
                c = c or Sel("")
                if n in lekat and not c.lekat:
                    c = replace(c, lekat=True)
                tr.append(self._sel(kolom, col, c, gaya, c.latar or latar, ukuran))
                if c.tinggi_baris > 1:
                    pending[col] = c.tinggi_baris - 1
                col += c.lebar_kolom
            tbl.append(tr)

    def _sel(self, kolom: Sequence[Kolom], col: int, c: Sel, gaya: str, latar: str | None,
             ukuran: float | None) -> OxmlElement:
        tc = _el("w:tc")
        tcpr = _el("w:tcPr")
        width = sum(k.lebar for k in kolom[col:col + c.lebar_kolom])
        tcpr.append(_el("w:tcW", w=_twips(width), type="dxa"))
        if c.lebar_kolom > 1:
            tcpr.append(_el("w:gridSpan", val=str(c.lebar_kolom)))
        if c.tinggi_baris > 1:
            tcpr.append(_el("w:vMerge", val="restart"))
        if latar:
            tcpr.append(_el("w:shd", val="clear", color="auto", fill=latar))
        tcpr.append(_el("w:vAlign", val="center" if gaya == self._id["Tabel Judul"] else "top"))
        tc.append(tcpr)
        rata = c.rata or kolom[col].rata
        for line in (c.teks or "").split("\n"):
            tc.append(_p(line, gaya=gaya, rata=rata, tebal=c.tebal, miring=c.miring, ukuran=c.ukuran or ukuran,
                         garis_bawah=c.garis_bawah, lekat=c.lekat))
        return tc

    @staticmethod
    def _sel_lanjut(kolom: Sequence[Kolom], col: int, lekat: bool) -> OxmlElement:
        """The continuation of a cell merged down from the row above."""
        tc = _el("w:tc")
        tcpr = _el("w:tcPr")
        tcpr.append(_el("w:tcW", w=_twips(kolom[col].lebar), type="dxa"))
        tcpr.append(_el("w:vMerge"))
        tc.append(tcpr)
        p = _el("w:p")
        if lekat:
            ppr = _el("w:pPr")
            ppr.append(_el("w:keepNext"))
            p.append(ppr)
        tc.append(p)
        return tc

    # -- pictures ----------------------------------------------------------------------------
    def gambar(self, png: bytes, judul: str, *, lebar_cm: float, tinggi_cm: float) -> Entri:
        """A picture at a fixed size (so a stand-in of the same size lays out the same), then its caption."""
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_after = Pt(2)
        p.add_run().add_picture(io.BytesIO(png), width=Cm(lebar_cm), height=Cm(tinggi_cm))
        return self.keterangan("gambar", judul)

    def grafik(self, grafik: Sequence[Grafik], judul: str, *, lebar_cm: float, tinggi_cm: float,
               per_baris: int = 1) -> Entri:
        """Native Word charts (``per_baris`` side by side, each ``lebar_cm`` × ``tinggi_cm``), then
        one caption. Each chart is its own part with its data in an embedded workbook (grafik_word)."""
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_after = Pt(2)
        for i, g in enumerate(grafik):
            if i and i % per_baris == 0:
                p.add_run().add_break()
            p.add_run()._r.append(self._grafik_inline(g, Cm(lebar_cm), Cm(tinggi_cm)))
        return self.keterangan("gambar", judul)

    def _grafik_inline(self, g: Grafik, cx: int, cy: int) -> object:
        from docx.opc.constants import CONTENT_TYPE as CT
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        self._grafik_n += 1
        n, paket, induk = self._grafik_n, self.doc.part.package, self.doc.part
        data = Part(PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{n}.xlsx"), CT.SML_SHEET,
                    grafik_word.xlsx(g), paket)
        bagan = Part(PackURI(f"/word/charts/chart{n}.xml"), CT.DML_CHART, b"", paket)
        bagan._blob = grafik_word.chart_xml(g, bagan.relate_to(data, RT.PACKAGE))
        rid = induk.relate_to(bagan, RT.CHART)
        shape_id = induk.next_id
        return parse_xml(
            f'<w:drawing {_NS_DRAWING}><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{shape_id}" name="Grafik {n}" descr="{_attr(g.judul)}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing>')

    # -- signature blocks ----------------------------------------------------------------------
    def tanda_tangan(self, blok: Sequence[Sequence[str]], *, lebar_cm: float | None = None,
                     spasi: int = 4, kanan: bool = False) -> None:
        """Signature blocks side by side. A block is its heading lines, "", the name, then the
        lines under the name (pangkat, NIP); the name is bold and underlined."""
        lebar = lebar_cm or self.lebar
        kolom = [Kolom("", lebar / len(blok), Rata.TENGAH) for _ in blok]
        atas, nama, bawah = [], [], []
        for b in blok:
            k = list(b).index("") if "" in b else len(b)
            atas.append(Sel("\n".join([*b[:k], *[" "] * spasi]), lekat=True))
            nama.append(Sel(b[k + 1] if k + 1 < len(b) else "", tebal=True, garis_bawah=True, lekat=True))
            bawah.append(Sel("\n".join(b[k + 2:])))
        tbl = self.tabel(kolom, [atas, nama, bawah], kepala=[], garis=False, ukuran=11, judul_berulang=False)
        if kanan:  # a single signature sits on the right, as in Indonesian letters
            tbl.find(qn("w:tblPr")).find(qn("w:jc")).set(qn("w:val"), "right")

    # -- the lists (Daftar Isi, Daftar Tabel, Daftar Gambar) ------------------------------------
    def tempat_daftar(self, jenis: str) -> None:
        """Reserve the place of a list; ``selesai`` fills it once every entry is known."""
        self._daftar[jenis] = self.doc.add_paragraph()

    def selesai(self) -> None:
        """Number the captions by chapter and write the lists with PAGEREF fields.

        ``jadikan_toc`` then makes the Daftar Isi a TOC field for a DOCX (see there)."""
        self._nomori()
        for jenis, marker in self._daftar.items():
            paragraf = []
            for e in (e for e in self.entri if e.jenis == jenis):
                p = marker.insert_paragraph_before()
                p._p.get_or_add_pPr().style = self._id[self._gaya_daftar(e)]
                if e.jenis == "judul":
                    p.add_run(e.teks)
                else:
                    p.add_run(f"{e.label}\t{e.teks}")
                p.add_run("\t")
                # The front matter's pages print as i, ii, iii in the footer: the same in the list.
                awal = self._isi_mulai is not None and self.entri.index(e) < self._isi_mulai
                roman = " \\* roman" if awal else ""
                if awal and jenis == "judul":
                    self._daftar_awal.append(p)
                e.halaman.append(self.field(p, f"PAGEREF {e.bookmark} \\h{roman}", "…"))
                paragraf.append(p)
            if jenis == "judul" and paragraf:
                self._toc = (paragraf[0], paragraf[-1])
            marker._p.getparent().remove(marker._p)
        self._daftar.clear()

    def tanpa_halaman_awal(self) -> None:
        """For a PDF: list the body only. LibreOffice prints a PAGEREF in arabic digits whatever its
        format switch, so the front matter (i, ii, iii in its footers) would be listed as 1, 2, 3."""
        for p in self._daftar_awal:
            p._p.getparent().remove(p._p)
        self._daftar_awal = []

    def jadikan_toc(self) -> None:
        """Make the Daftar Isi entries the stored result of a real TOC field (DOCX only).

        Word rebuilds the field from the headings when it updates fields on opening, so headings
        added later appear. LibreOffice shows a TOC field's stored text as it is and does not
        compute the PAGEREF fields inside it, so a PDF is converted without the wrapper (its
        PAGEREF fields give the pages) and ``--nomor-halaman`` stores the pages in a DOCX."""
        if self._toc is not None:
            _bungkus_toc(*self._toc)
            self._toc = None

    def _gaya_daftar(self, e: Entri) -> str:
        if e.jenis != "judul":
            return "Daftar Keterangan"
        return f"Daftar {min(e.tingkat, 3)}"

    def _nomori(self) -> None:
        """'Tabel III.1.a' when a sub-chapter has several tables, 'Tabel III.3' when it has one;
        figures are numbered through each chapter: 'Gambar III.1', 'Gambar III.2'."""
        tabel: dict[tuple[str, str], list[Entri]] = {}
        gambar: dict[str, list[Entri]] = {}
        for e in self.entri:
            if e.jenis == "tabel":
                tabel.setdefault((e.bab, e.subbab), []).append(e)
            elif e.jenis == "gambar":
                gambar.setdefault(e.bab, []).append(e)
        for (bab, sub), items in tabel.items():
            base = f"Tabel {bab}.{sub}" if sub else f"Tabel {bab}"
            for i, e in enumerate(items):
                e.label = f"{base}.{chr(ord('a') + i)}" if len(items) > 1 else base
        for bab, items in gambar.items():
            for i, e in enumerate(items, start=1):
                e.label = f"Gambar {bab}.{i}"
        for e in self.entri:
            if e._run_label is not None:
                e._run_label.text = e.label  # type: ignore[attr-defined]  # a python-docx Run

    def isi_halaman(self, halaman: dict[str, str]) -> None:
        """Write the page numbers found by a layout pass into the cached field results."""
        for e in self.entri:
            for run in e.halaman:
                run.text = halaman.get(e.bookmark, "…")  # type: ignore[attr-defined]  # a python-docx Run

    def perbarui_bidang(self) -> None:
        """Ask Word to refresh the fields when the file opens, so its lists show its own page numbers.

        LibreOffice computes PAGEREF fields itself; Word shows the cached result until asked.
        """
        settings = self.doc.settings.element
        if settings.find(qn("w:updateFields")) is not None:
            return
        flag = _el("w:updateFields", val="true")
        compat = settings.find(qn("w:compat"))  # the schema puts updateFields right before compat
        compat.addprevious(flag) if compat is not None else settings.append(flag)

    # -- output ------------------------------------------------------------------------------
    def simpan(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()

