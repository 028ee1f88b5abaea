"""The neutral representation every reader produces, and the findings every check returns.

A document is a sequence of blocks (paragraphs and tables) with the place each came from
(a line of a text file, a paragraph of a DOCX, a page of a PDF), so a finding can say
where a reviewer has to look.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class BerkasTidakTerbaca(ValueError):
    """The file cannot be read at all; the message says why, in Indonesian."""


class TingkatTemuan(StrEnum):
    GALAT = "galat"  # a figure or fact that is wrong
    PERINGATAN = "peringatan"  # probably wrong, or wrong only in form
    INFO = "info"


class Sumber(StrEnum):
    TEKS_TAB = "teks-tab"  # plain text, tables tab-separated
    TEKS_OCR = "teks-ocr"  # plain text from OCR, tables flattened into lines
    DOCX = "docx"
    PDF = "pdf"


@dataclass
class Paragraf:
    teks: str  # lines joined by "\n"
    baris: int  # first line (text), paragraph number (DOCX), running line number (PDF)
    lokasi: str  # "baris 623", "paragraf 41", "halaman 3 baris 12"
    baris_akhir: int = 0
    lokasi_per_baris: list[str] = field(default_factory=list)  # one per line of ``teks``

    def lokasi_baris(self, k: int) -> str:
        """Where line ``k`` (0-based) of this paragraph is."""
        if k < len(self.lokasi_per_baris):
            return self.lokasi_per_baris[k]
        if self.lokasi.startswith("baris "):
            return f"baris {self.baris + k}"
        return self.lokasi


@dataclass
class Tabel:
    baris: list[list[str]]  # cells as printed, row by row
    lokasi: str  # where its first row is
    lokasi_per_baris: list[str] = field(default_factory=list)  # "baris 768", "halaman 3 baris 12"
    judul: str = ""  # "Tabel III.4" when a caption names it
    nama_tercampur: bool = False  # OCR: names of different columns run together

    @property
    def nama(self) -> str:
        return self.judul or f"tabel di {self.lokasi}"

    def lokasi_baris(self, i: int) -> str:
        """Where row ``i`` is: 'Tabel III.4 (baris 768)', 'tabel (paragraf 12, baris ke-3)'."""
        where = self.lokasi_per_baris[i] if i < len(self.lokasi_per_baris) else f"{self.lokasi}, baris ke-{i + 1}"
        return f"{self.judul} ({where})" if self.judul else f"tabel ({where})"


Blok = Paragraf | Tabel


@dataclass
class Dokumen:
    nama: str
    sumber: Sumber
    blok: list[Blok]
    tidak_terbaca: list[str] = field(default_factory=list)
    halaman: int = 0  # pages (PDF) or estimated pages (text, DOCX)

    @property
    def paragraf(self) -> list[Paragraf]:
        return [b for b in self.blok if isinstance(b, Paragraf)]

    @property
    def tabel(self) -> list[Tabel]:
        return [b for b in self.blok if isinstance(b, Tabel)]


@dataclass(frozen=True)
class Temuan:
    """One inconsistency: what is printed where, and what it should be."""

    kode: str
    tingkat: TingkatTemuan
    pesan: str  # Indonesian, for the reviewer
    lokasi: str
    tercetak: str
    seharusnya: str

    def as_dict(self) -> dict[str, str]:
        d = asdict(self)
        d["tingkat"] = self.tingkat.value
        return d


@dataclass
class HasilReviu:
    dokumen: str
    sumber: Sumber
    temuan: list[Temuan]
    tidak_terbaca: list[str]
    halaman: int = 0

    def as_dict(self) -> dict[str, list[dict[str, str]] | list[str]]:
        return {
            "temuan": [t.as_dict() for t in self.temuan],
            "tidak_terbaca": list(self.tidak_terbaca),
        }

    @property
    def jumlah_per_tingkat(self) -> dict[str, int]:
        out = {t.value: 0 for t in TingkatTemuan}
        for t in self.temuan:
            out[t.tingkat.value] += 1
        return out
