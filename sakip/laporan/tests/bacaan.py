"""Reading a generated DOCX back with python-docx, as a reviewer would: headings, captions, tables."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph


@dataclass
class Tabel:
    keterangan: str  # 'Tabel III.1.a Capaian …', or '' for an uncaptioned table
    baris: list[list[str]]
    sebelum: str  # the heading the table sits under

    @property
    def label(self) -> str:
        m = re.match(r"(Tabel [IV]+(?:\.\d+)?(?:\.[a-z])?)", self.keterangan)
        return m.group(1) if m else ""


@dataclass
class Bacaan:
    doc: object
    judul: list[tuple[str, str]] = field(default_factory=list)  # (style, text)
    paragraf: list[str] = field(default_factory=list)
    tabel: list[Tabel] = field(default_factory=list)
    keterangan: list[str] = field(default_factory=list)
    gambar: int = 0

    @property
    def teks(self) -> str:
        return "\n".join(self.paragraf)

    def tabel_berlabel(self, awal: str) -> Tabel:
        found = [t for t in self.tabel if t.keterangan.startswith(awal)]
        assert len(found) == 1, (awal, [t.keterangan for t in self.tabel])
        return found[0]

    def tabel_dengan(self, isi: str) -> list[Tabel]:
        return [t for t in self.tabel if isi in t.keterangan]


def _teks_sel(cell: object) -> str:
    return "\n".join(p.text for p in cell.paragraphs).strip()  # type: ignore[attr-defined]


def baca(data: bytes) -> Bacaan:
    doc = Document(io.BytesIO(data))
    out = Bacaan(doc)
    keterangan = ""
    judul = ""
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            p = Paragraph(el, doc)
            style = p.style.name if p.style is not None else ""
            text = p.text.strip()
            if el.findall(".//" + qn("w:drawing")):
                out.gambar += 1
            if style.startswith("Heading"):
                out.judul.append((style, " ".join(text.split())))
                judul = text
            elif style == "Keterangan":
                out.keterangan.append(text)
                keterangan = text
            if text:
                out.paragraf.append(text)
        elif el.tag == qn("w:tbl"):
            t = Table(el, doc)
            rows = [[_teks_sel(c) for c in r.cells] for r in t.rows]
            out.tabel.append(Tabel(keterangan, rows, judul))
            keterangan = ""
    return out


ANGKA = re.compile(r"-?\d{1,3}(?:\.\d{3})*(?:,\d+)?")


def angka_awal(teks: str) -> str:
    """The number a cell or phrase starts with ('100,00%' -> '100,00', '57 PD/UKPD' -> '57')."""
    m = ANGKA.search(teks)
    return m.group(0) if m else teks
