"""The mark of an LKjIP whose data reviu still has open errors: "DRAF — n temuan".

Printed on the cover (above the title) and as the header line of every page, so a printed or
forwarded copy cannot pass for the final report. The builder of the chapters does not know
about it: the mark is laid over the finished document.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from .docxkit import Dokumen

MERAH = RGBColor(0xB0, 0x00, 0x20)


def teks_draf(n: int) -> str:
    return f"DRAF — {n} temuan reviu belum diselesaikan"


def tandai_draf(dok: Dokumen, n: int) -> None:
    """Put the draft mark on the cover and in the header of every section."""
    if n <= 0:
        return
    teks = teks_draf(n)
    body = dok.doc.paragraphs
    sampul = body[0].insert_paragraph_before() if body else dok.doc.add_paragraph()
    sampul.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = sampul.add_run(teks.upper())
    run.bold, run.font.size, run.font.color.rgb = True, Pt(16), MERAH
    for s in dok.doc.sections:
        s.header.is_linked_to_previous = False
        p = s.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(teks)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(9), MERAH
