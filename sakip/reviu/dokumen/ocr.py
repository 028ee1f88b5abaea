"""Tables flattened by OCR: recover what can be recovered honestly, report the rest.

In an OCR text a table row becomes several lines: the first holds the start of every
column and, at its end, the figures (``57 57 100%``); the next lines hold the wrapped rest
of the names, interleaved. The figures at the end of a row line are reliable, the names
are not; so the rows read here carry their figures and a mixed label, and the table is
marked ``nama_tercampur`` so that no check compares names across tables.
"""

from __future__ import annotations

import re

from .model import Tabel
from .struktur import rapikan_judul

_N = r"\d[\d.,]*\d|\d"
_V = rf"(?:{_N})\s*%?(?:\s+[A-Za-z][A-Za-z/]*)?"
_KINERJA = re.compile(
    rf"^(?P<label>.*?)\s*\|?\s*(?P<t>{_V})\s+\|?\s*(?P<r>{_V})\s+\|?\s*(?P<c>(?:{_N})\s*%)\s*(?P<rest>.*)$"
)
_ANGGARAN_SISA = re.compile(
    rf"^Rp\.?\s*(?:(?P<p>{_N})\s+)?\|?\s*Rp\.?\s*(?:(?P<ra>{_N})\s+)?\|?\s*(?P<pa>(?:{_N})\s*%)\s*$"
)
_ANGGARAN = re.compile(
    rf"^(?P<label>.*?)\s*\|?\s*Rp\.?\s*(?P<p>{_N})\s*\|?\s*Rp\.?\s*(?P<ra>{_N})\s*\|?\s*(?P<pa>(?:{_N})\s*%)\s*$"
)
_RINGKAS = re.compile(rf"Rata-?\s*rata capaian\s*(?P<rata>(?:{_N})\s*%)(?:.*?Total capaian\s*(?P<total>(?:{_N})\s*%))?",
                      re.IGNORECASE)
_JUDUL = re.compile(r"^\s*(Tabel\s+\S+)", re.IGNORECASE)
_AKHIR = re.compile(r"^\s*(Capaian realisasi|Berdasarkan|Dengan capaian|Selain|Untuk mendukung)", re.IGNORECASE)


def kepala_ocr(line: str) -> str | None:
    """The kind of table a header line opens: 'kinerja', 'anggaran', 'kinerja_anggaran'."""
    low = line.casefold()
    if "sebesar" in low or len(line.split()) > 16:
        return None
    kinerja = "target" in low and ("realisasi" in low or "capaian" in low)
    anggaran = "anggaran" in low or "aloka" in low
    if kinerja and anggaran:
        return "kinerja_anggaran"
    if kinerja:
        return "kinerja"
    if anggaran and "realisasi" in low and ("capaian" in low or "%" in low):
        return "anggaran"
    return None


_HEADERS = {
    "kinerja": [["URAIAN (NAMA TERCAMPUR)", "TARGET", "REALISASI", "% CAPAIAN"]],
    "kinerja_lainnya": [["KINERJA LAINNYA (NAMA TERCAMPUR)", "TARGET", "REALISASI", "% CAPAIAN"]],
    "anggaran": [["SUB KEGIATAN (NAMA TERCAMPUR)", "ANGGARAN", "REALISASI (Rp)", "%"]],
    "kinerja_anggaran": [
        ["URAIAN (NAMA TERCAMPUR)", "KINERJA", "", "", "ANGGARAN", "", ""],
        ["", "TARGET", "REALISASI", "CAPAIAN", "ALOKASI", "REALISASI", "CAPAIAN"],
    ],
}


def tabel_ocr(lines: list[str]) -> tuple[list[Tabel], list[str]]:
    """The flattened tables of an OCR text, and notes on what could not be read."""
    tables: list[Tabel] = []
    notes: list[str] = []
    caption = ""
    caption_at = -99
    kind: str | None = None
    rows: list[list[str]] = []
    where: list[str] = []
    idle = 0
    recent: list[str] = []  # the last lines: a header may spread over two or three
    sambung = False  # the last line was a budget row whose name may wrap onto the next

    def close() -> None:
        nonlocal rows, where, kind
        if kind and rows:
            head = _HEADERS[kind]
            tables.append(Tabel([*head, *rows], where[0], [where[0]] * len(head) + where,
                                judul=caption, nama_tercampur=True))
        rows, where, kind = [], [], None

    for n, raw in enumerate(lines, start=1):
        line = raw.strip()
        if line:
            recent = [*recent[-2:], line]
        m = _JUDUL.match(line)
        if m:
            close()
            caption, caption_at = rapikan_judul(m.group(1)), n
            continue
        wanted = _jenis_tabel(line, recent)
        if wanted:
            if kind != wanted:
                close()
                kind = wanted
                if n - caption_at > 12:
                    caption = ""
            idle = 0
            continue
        if kind is None:
            continue
        if not line:
            sambung = False  # the wrapped rest of a name follows its row directly
            continue
        if _AKHIR.match(line) or line.endswith(":"):
            close()
            continue
        row = _baris(kind, line, n, notes, caption)
        if row is not None:
            rows.append(row)
            where.append(f"baris {n}")
            idle = 0
            sambung = kind == "anggaran"
        elif sambung and not re.search(r"\d", line) and len(line.split()) <= 8:
            # a budget table has one name column: a line of words under a row is its wrapped rest
            rows[-1][0] = f"{rows[-1][0]} {line.strip(' |')}"
            sambung = False
        else:
            sambung = False
            idle += 1
            if idle > 25:
                close()
    close()
    return tables, notes


def _jenis_tabel(line: str, recent: list[str]) -> str | None:
    """The table a header line opens (a key of ``_HEADERS``), given the lines just before it."""
    found = kepala_ocr(line)
    if found == "kinerja" and any("anggaran" in x.casefold() or "aloka" in x.casefold() for x in recent[:-1]):
        return "kinerja_anggaran"  # the budget half of the header is on a line above
    if found == "kinerja" and "lainnya" in line.casefold():
        return "kinerja_lainnya"
    return found


def _label(teks: str) -> str:
    """The start of a row's mixed names, without its row number ('2 | Fasilitasi ...')."""
    return re.sub(r"^\s*\d+\s*\|?\s*", "", teks).strip(" |")


def _baris(kind: str, line: str, n: int, notes: list[str], caption: str) -> list[str] | None:
    ring = _RINGKAS.search(line)
    if ring:
        if kind == "kinerja_anggaran":
            return ["Rata-rata capaian", "", "", ring.group("rata"), "Total capaian", "", ring.group("total") or ""]
        return ["Rata-rata capaian", "", "", ring.group("rata")]
    if kind == "anggaran":
        m = _ANGGARAN.match(line)
        if m:
            return [_label(m.group("label")), "Rp " + m.group("p"), "Rp " + m.group("ra"), m.group("pa")]
        return None
    m = _KINERJA.match(line)
    if not m:
        return None
    label, t, r, c, rest = (m.group(x).strip(" |") for x in ("label", "t", "r", "c", "rest"))
    label = _label(label)
    if kind == "kinerja_anggaran":
        a = _ANGGARAN_SISA.match(rest)
        if a is None:
            return None
        if a.group("p") and a.group("ra"):
            return [label, t, r, c, "Rp " + a.group("p"), "Rp " + a.group("ra"), a.group("pa")]
        where = f"{caption} (baris {n})" if caption else f"baris {n}"
        notes.append(
            f"{where}: alokasi dan realisasi anggaran terpecah ke beberapa baris oleh OCR dan angkanya "
            f"tidak lengkap; persentase anggaran {a.group('pa').replace(' ', '')} tidak dapat diperiksa."
        )
        return [label, t, r, c, "", "", a.group("pa")]
    if rest:
        return None
    return [label, t, r, c]
