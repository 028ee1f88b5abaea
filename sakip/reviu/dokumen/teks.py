"""Running text of a document: sections, PK context, sentences across paragraph breaks.

A sentence broken by a page break ("... disemester 1 yakni" / "sebesar 92,46 dan ...")
is one sentence again here, and every character still knows the line it came from.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from .model import Dokumen, Paragraf, Tabel

_JUDUL_BAGIAN = (
    "kata pengantar", "ikhtisar eksekutif", "daftar isi", "daftar tabel", "daftar gambar", "pendahuluan",
    "latar belakang", "gambaran umum", "isu-isu strategis", "isu strategis", "sistematika penulisan",
    "perencanaan kinerja", "penjenjangan strategis", "indikator kinerja utama", "perjanjian kinerja",
    "akuntabilitas kinerja", "pengukuran kinerja", "analisis kinerja", "prestasi kinerja",
    "akuntabilitas anggaran", "realisasi anggaran", "penutup", "lampiran", "kesimpulan", "upaya perbaikan",
)
# numbering before a heading: "II.3 ", "Il.3" (OCR), "A. ", "1. "; it always has a dot or digits
_PREFIX = re.compile(
    r"^\s*(?:[\[(|]?[\dIVXLl|\[\]]*(?:\.(?:\d+|[A-Za-z](?![a-z]))?)+|[A-Za-z]\.|\d+\.?)\s*"
)
_PERIODE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*\n?\s*((?:19|20)\d{2})(?!\d)")
_TAHUN_LAPORAN = re.compile(r"\btahun\s+(?:anggaran\s+)?((?:19|20)\d{2})\b", re.IGNORECASE)


def rapat(teks: str) -> str:
    """Whitespace collapsed to single spaces."""
    return re.sub(r"\s+", " ", teks).strip()


def judul_bagian(teks: str) -> str | None:
    """The section a heading opens ('pengukuran kinerja'), or None for ordinary text.

    A heading is short: a section title with at most three more words ("III.3 Prestasi
    Kinerja Lainnya"), or a title in capitals ("PERJANJIAN KINERJA TAHUN 2025 ...").
    """
    flat = rapat(teks)
    if not flat or len(flat.split()) > 10:
        return None
    rest = _PREFIX.sub("", flat)
    low = rest.casefold()
    capitals = rest.upper() == rest and any(c.isalpha() for c in rest)
    if low.startswith("bab ") or low == "bab":
        return "bab"
    for title in _JUDUL_BAGIAN:
        if low.startswith(title) and (capitals or len(low[len(title):].split()) <= 3):
            return title
    return None


@dataclass
class InfoBlok:
    bagian: str  # the section the block is in
    pk: str | None  # "awal", "perubahan" or None: which Perjanjian Kinerja the block is about
    lampiran_pk: bool  # inside the signed PK document appended to the report


def tahun_laporan(doc: Dokumen) -> int | None:
    """The reporting year: the year the title and first pages name most."""
    counts: Counter[int] = Counter()
    for p in doc.paragraf[:60]:
        for m in _TAHUN_LAPORAN.finditer(p.teks):
            counts[int(m.group(1))] += 1
    if not counts:
        for p in doc.paragraf:
            for m in _TAHUN_LAPORAN.finditer(p.teks):
                counts[int(m.group(1))] += 1
    return counts.most_common(1)[0][0] if counts else None


def _periode_perubahan(doc: Dokumen) -> dict[str, str]:
    """Which printed planning period belongs to which PK ('2025-2029' -> 'perubahan')."""
    seen: list[str] = []
    perubahan: str | None = None
    for p in doc.paragraf:
        flat = rapat(p.teks)
        if "perjanjian kinerja" not in flat.casefold() or len(flat.split()) > 45:
            continue
        periods = {f"{a}-{b}" for a, b in _PERIODE.findall(flat)}
        seen.extend(periods)
        if "perubahan" in flat.casefold() and len(periods) == 1:
            perubahan = next(iter(periods))
    return {p: ("perubahan" if p == perubahan else "awal") for p in set(seen)}


def _sinyal_pk(teks: str, peta: dict[str, str], judul: str | None) -> str | None:
    flat = rapat(teks)
    low = flat.casefold()
    if len(flat.split()) > 45:
        return None
    if judul == "perjanjian kinerja" and "tahun" in low:
        return "perubahan" if "perubahan" in low else "awal"
    if "perjanjian kinerja perubahan" in low or "pk perubahan" in low:
        return "perubahan"
    periods = {f"{a}-{b}" for a, b in _PERIODE.findall(flat)}
    found = {peta[p] for p in periods if p in peta}
    if len(found) == 1:
        return found.pop()
    return None


def info_blok(doc: Dokumen) -> list[InfoBlok]:
    """Section and PK context of every block, in document order."""
    peta = _periode_perubahan(doc)
    out: list[InfoBlok] = []
    bagian = "awal dokumen"
    pk: str | None = None
    lampiran = False
    for b in doc.blok:
        if isinstance(b, Paragraf):
            judul = judul_bagian(b.teks)
            if judul:
                # a new section speaks of no PK until its captions say which
                bagian = rapat(b.teks).casefold() if judul == "bab" else judul
                pk = None
                lampiran = judul == "perjanjian kinerja" and "tahun" in b.teks.casefold()
            sinyal = _sinyal_pk(b.teks, peta, judul)
            if sinyal:
                pk = sinyal
        out.append(InfoBlok(bagian, pk, lampiran))
    return out


@dataclass
class TeksGabung:
    """Paragraphs joined into running text, with the place of every line."""

    teks: str
    _awal: list[int] = field(default_factory=list)
    _lokasi: list[str] = field(default_factory=list)
    blok: int = 0  # index of the first block in ``Dokumen.blok``

    def lokasi(self, offset: int) -> str:
        i = bisect.bisect_right(self._awal, offset) - 1
        return self._lokasi[max(i, 0)]


def _tersambung(prev: str, nxt: str) -> bool:
    """A paragraph broken mid-sentence by a page or OCR: no end mark, continues in lowercase."""
    p, n = prev.rstrip(), nxt.lstrip()
    if not p or not n or p[-1] in ".;:!?":
        return False
    return n[0].islower() or n[0].isdigit()


def teks_berjalan(doc: Dokumen) -> list[TeksGabung]:
    """The running text: paragraphs, with sentences broken across paragraphs rejoined."""
    runs: list[TeksGabung] = []
    cur: TeksGabung | None = None
    last = ""
    for idx, b in enumerate(doc.blok):
        if isinstance(b, Tabel):
            cur, last = None, ""
            continue
        if cur is None or not _tersambung(last, b.teks):
            cur = TeksGabung("", blok=idx)
            runs.append(cur)
        for k, line in enumerate(b.teks.split("\n")):
            if cur.teks:
                cur.teks += " "
            cur._awal.append(len(cur.teks))
            cur._lokasi.append(b.lokasi_baris(k))
            cur.teks += line.strip()
        last = b.teks
    return runs


@dataclass(frozen=True)
class BarisTeks:
    """One printed line of running text (signature blocks are read line by line)."""

    teks: str
    lokasi: str
    blok: int
    sel: tuple[int, int] | None = None  # (row, column) when the line is inside a layout table


def semua_baris(doc: Dokumen) -> list[BarisTeks]:
    out: list[BarisTeks] = []
    for idx, b in enumerate(doc.blok):
        if isinstance(b, Paragraf):
            for k, line in enumerate(b.teks.split("\n")):
                if line.strip():
                    out.append(BarisTeks(line.strip(), b.lokasi_baris(k), idx))
    return out
