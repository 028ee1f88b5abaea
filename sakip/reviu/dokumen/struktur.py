"""What a table's header says about its columns, and its caption, shared by the readers and
the recognisers.

Headers come in one or two rows ("2021 | | | 2022" above "Target | Realisasi | Capaian");
a group label printed once over several sub-columns is carried to each of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from .model import Blok, Tabel

_KATA_JUDUL = (
    "no", "no.", "nomor", "sasaran", "indikator", "target", "realisasi", "capaian", "program", "kegiatan",
    "anggaran", "alokasi", "pagu", "uraian", "tujuan", "satuan", "formulasi", "penjelasan", "sumber",
    "keterangan", "kib", "rincian", "jumlah", "kinerja", "tahun", "triwulan", "%", "ket", "opd",
    "akhir", "progres",
)
# whole header words, to tell "INDIKATOR" / "KINERJA" (two words) from "INDIK" / "ATOR" (one)
KATA_KEPALA: frozenset[str] = frozenset(_KATA_JUDUL) | {
    "strategis", "utama", "lainnya", "keuangan", "fisik", "data", "awal", "perubahan", "satuan",
}
_SUB = re.compile(
    r"^(target|realisasi|capaian|%\s*capaian|%|alokasi|anggaran|pagu|k|r|rp|i|ii|iii|iv|"
    r"tw\s*[1-4i]+|triwulan\s*[1-4iv]+|semester\s*[12i]+|(19|20)\d{2}|kuantitas.*|keuangan.*)$",
    re.IGNORECASE,
)
_ANGKA = re.compile(r"^(Rp\.?\s*)?-?\d[\d.,]*\s*%?(\s+\S+)?(\s*\([^)]*\))?$")
_TAHUN = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def sel_angka(teks: str) -> bool:
    """Whether a cell holds a figure ('93,15', '101%', 'Rp. 1.000', '1 Inovasi', '82 (Tinggi)')."""
    t = teks.strip()
    if not t or _TAHUN.fullmatch(t):
        return False
    return bool(_ANGKA.match(t)) or t.casefold() in ("na", "n/a")


def baris_judul(cells: list[str]) -> bool:
    """A header row: labels only, at least one of them a usual column title."""
    isi = [c.strip() for c in cells if c.strip()]
    if len(isi) < 2:
        return False
    if any(sel_angka(c) for c in isi):
        return False
    kata = " ".join(isi).casefold()
    hits = sum(1 for c in isi if any(re.search(rf"(^|\W){re.escape(k)}(\W|$)", c.casefold()) for k in _KATA_JUDUL))
    return hits >= 2 or ("target" in kata and "realisasi" in kata)


def baris_sub_judul(cells: list[str]) -> bool:
    """The second header row: first cell empty, every filled cell a sub-label."""
    isi = [c.strip() for c in cells if c.strip()]
    if not isi or (cells and cells[0].strip()):
        return False
    return all(_SUB.match(c) for c in isi)


class Peran(StrEnum):
    NOMOR = "nomor"
    TEKS = "teks"  # sasaran, indikator, program names
    TARGET = "target"
    REALISASI = "realisasi"
    CAPAIAN = "capaian"
    TRIWULAN = "triwulan"  # realisasi of one triwulan
    PAGU = "pagu"  # anggaran, alokasi
    REALISASI_ANGGARAN = "realisasi_anggaran"
    CAPAIAN_ANGGARAN = "capaian_anggaran"
    TARGET_AKHIR = "target_akhir"
    PROGRES = "progres"
    SATUAN = "satuan"
    PENJELASAN = "penjelasan"
    JUMLAH = "jumlah"  # an amount column of a list (aset)
    KATEGORI = "kategori"  # the category (predikat) of the realisasi
    URAIAN = "uraian"  # row labels Target / Realisasi / Capaian of a table with one column per year
    REALISASI_SD = "realisasi_sd"  # realisasi up to a year (cumulative), for progress to the end target
    LAINNYA = "lainnya"


@dataclass
class Kolom:
    indeks: int
    label: str
    peran: Peran
    tahun: int | None = None


@dataclass
class Kepala:
    """A table's header: how many rows it takes and what each column holds."""

    baris: int  # header rows at the top of the table
    kolom: list[Kolom] = field(default_factory=list)
    label_pertama: str = ""

    def peran(self, p: Peran) -> list[Kolom]:
        return [k for k in self.kolom if k.peran is p]

    @property
    def punya_kinerja(self) -> bool:
        return bool(self.peran(Peran.TARGET) or self.peran(Peran.REALISASI))

    @property
    def punya_anggaran(self) -> bool:
        return bool(self.peran(Peran.PAGU))


def _gabung_judul(rows: list[list[str]]) -> list[str]:
    width = max(len(r) for r in rows)
    grid = [r + [""] * (width - len(r)) for r in rows]
    for upper, lower in zip(grid, grid[1:], strict=False):
        # a group label printed once ("2021", "Kinerja") covers the next empty columns
        # under which the lower row prints sub-labels
        for j in range(1, width):
            if not upper[j].strip() and lower[j].strip() and upper[j - 1].strip() and j - 1 > 0:
                upper[j] = upper[j - 1]
    return [" ".join(r[j].strip() for r in grid if r[j].strip()) for j in range(width)]


def _peran(label: str) -> tuple[Peran, int | None]:
    low = _label_rapat(label)
    m = _TAHUN.search(low)
    tahun = int(m.group(1)) if m else None
    if not low:
        return Peran.LAINNYA, None
    tanpa_tahun = _peran_teks(low)
    if tanpa_tahun is not None:
        return tanpa_tahun, None
    nilai = _peran_nilai(low, tahun)
    if nilai is not None:
        return nilai
    if low in ("jumlah", "nilai (rp)", "nilai"):
        return Peran.JUMLAH, None
    if low == "satuan":
        return Peran.SATUAN, None
    if "formulasi" in low or "penjelasan" in low:
        return Peran.PENJELASAN, None
    if re.fullmatch(r"(19|20)\d{2}", low):
        return Peran.REALISASI, tahun  # a bare year under a "Realisasi" group
    return Peran.TEKS, None


def _label_rapat(label: str) -> str:
    """A header label lower-cased with single spaces, a word broken by a narrow cell rejoined."""
    low = re.sub(r"\s+", " ", label.casefold()).strip()
    # a narrow PDF cell may break a header word ("Realis asi 2025"): test without spaces too
    nos = low.replace(" ", "")
    if any(k in nos and k not in low for k in ("realisasi", "capaian", "target", "anggaran", "triwulan",
                                              "alokasi", "progres")):
        low = re.sub(r"(?<=\D) (?=\D)", "", low)
    return low


def _peran_teks(low: str) -> Peran | None:
    """The roles a label names outright, never tied to a year (number, remarks, category...)."""
    if low in ("no", "no.", "nomor", "no. urut"):
        return Peran.NOMOR
    if low in ("ket", "ke t", "keterangan") or low.startswith("keterangan"):
        return Peran.LAINNYA
    if low in ("uraian", "komponen", "unsur"):
        return Peran.URAIAN
    if low.startswith(("kategori", "predikat")):
        return Peran.KATEGORI
    if re.search(r"target ?akhir", low):
        return Peran.TARGET_AKHIR
    if "progres" in low:
        return Peran.PROGRES
    return None


def _peran_nilai(low: str, tahun: int | None) -> tuple[Peran, int | None] | None:
    """The value columns: realisasi, capaian, target, pagu and triwulan, money or performance."""
    uang = low.startswith("anggaran") or "keuangan" in low or "(rp" in low or "rupiah" in low \
        or re.search(r"(^| )rp\.?$", low) is not None  # the "Rp" half of a "K | Rp" pair
    sampai = re.search(r"\bs\.?\s?d\b|s/d|sampai", low) is not None
    if "capaian" in low and "renstra" in low:
        # Form E-81: "Capaian Renstra %" is the progress towards the end-of-period target
        return (Peran.CAPAIAN_ANGGARAN if uang else Peran.PROGRES), None
    if "realisasi" in low and sampai and tahun is not None and "triwulan" not in low and not uang:
        return Peran.REALISASI_SD, tahun
    if "realisasi" in low and sampai:
        return Peran.REALISASI_ANGGARAN if uang or "triwulan" in low or "desember" in low else Peran.REALISASI_SD, tahun
    if "triwulan" in low or re.search(r"(^| )(i|ii|iii|iv|tw ?[1-4])$", low):
        return Peran.TRIWULAN, tahun
    if "alokasi" in low or "pagu" in low:
        return Peran.PAGU, tahun
    if "realisasi" in low:
        return (Peran.REALISASI_ANGGARAN if uang else Peran.REALISASI), tahun
    if "capaian" in low or low == "%":
        return (Peran.CAPAIAN_ANGGARAN if uang else Peran.CAPAIAN), tahun
    if "anggaran" in low:
        return Peran.PAGU, tahun
    if "target" in low:
        return Peran.TARGET, tahun
    return None


def baca_kepala(rows: list[list[str]]) -> Kepala | None:
    """The header of a table whose first rows are ``rows``, or None when it has none."""
    if not rows or not baris_judul(rows[0]):
        return None
    n = 1
    while n < len(rows) and n < 3 and baris_sub_judul(rows[n]):
        n += 1
    labels = _gabung_judul(rows[:n])
    kolom = []
    for j, lab in enumerate(labels):
        peran, tahun = _peran(lab)
        kolom.append(Kolom(j, lab, peran, tahun))
    # A table of money alone ("Anggaran | Realisasi | %") has no kinerja columns.
    if not any(k.peran is Peran.TARGET for k in kolom) and any(k.peran is Peran.PAGU for k in kolom):
        for k in kolom:
            if k.peran in (Peran.REALISASI, Peran.REALISASI_SD):
                k.peran = Peran.REALISASI_ANGGARAN
            elif k.peran is Peran.CAPAIAN:
                k.peran = Peran.CAPAIAN_ANGGARAN
    if not any(k.tahun for k in kolom):
        for k in kolom:
            if k.peran is Peran.URAIAN:
                k.peran = Peran.TEKS  # "Uraian" names the rows unless the table has a column per year
    _betulkan_kelompok_tahun(kolom)
    return Kepala(n, kolom, labels[0] if labels else "")


def _betulkan_kelompok_tahun(kolom: list[Kolom]) -> None:
    """In a year group printed 'Target | Realisasi | Realisasi' the third column is the capaian."""
    by_year: dict[int, list[Kolom]] = {}
    for k in kolom:
        if k.tahun is not None:
            by_year.setdefault(k.tahun, []).append(k)
    for group in by_year.values():
        roles = [k.peran for k in group]
        if roles == [Peran.TARGET, Peran.REALISASI, Peran.REALISASI]:
            group[2].peran = Peran.CAPAIAN


# -- captions (every reader names a table by the paragraph just before it) ---------------------

_JUDUL = re.compile(r"^\s*(?:\d+\.\s*)?(Tabel\s+[0-9IVXLl|\[]+(?:\.[0-9A-Za-z]+)*)", re.IGNORECASE)


def judul_dari(blok: list[Blok]) -> str:
    """The caption of the table about to be added: the paragraph just before it, if it is one."""
    for b in reversed(blok[-2:]):
        if isinstance(b, Tabel):
            return ""
        m = _JUDUL.match(b.teks)
        if m:
            return rapikan_judul(m.group(1))
    return ""


def rapikan_judul(judul: str) -> str:
    """'Tabel 111.4.A.' (OCR) -> 'Tabel III.4.A'; 'Tabel II.3.A' stays."""
    judul = re.sub(r"\s+", " ", judul).strip().rstrip(".")
    head, _, rest = judul.partition(" ")
    parts = rest.split(".")
    if parts and parts[0] and re.fullmatch(r"[1lI|\[]+", parts[0]):
        parts[0] = "I" * min(len(parts[0]), 3)
    return f"{head} {'.'.join(parts)}"
