"""PDF with a text layer: rebuild paragraphs and tables from the position of every text run.

A PDF made from a DOCX writes each line of each table cell as its own run at the cell's
left edge; those x positions are the columns, stable across pages, and a cell's
following lines sit a line-height below. A word broken inside a narrow cell ends its
first run without a space ("Menin" / "gkatny" / "a "), so runs are glued back exactly.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .garis import gambar_halaman, tabel_halaman
from .model import BerkasTidakTerbaca, Blok, Dokumen, Paragraf, Sumber, Tabel
from .struktur import (
    KATA_KEPALA,
    Peran,
    baca_kepala,
    baris_judul,
    baris_sub_judul,
    judul_dari,
    sel_angka,
)

if TYPE_CHECKING:
    from pypdf import PageObject

_TOL_Y = 1.5  # points: runs on one printed line
_TOL_X = 3.0  # points: a run starting at a column's left edge


@dataclass
class Frag:
    x: float
    y: float
    teks: str
    ukuran: float


@dataclass
class BarisPdf:
    halaman: int
    nomor: int  # line number on its page
    y: float
    frags: list[Frag]

    @property
    def ukuran(self) -> float:
        return max((f.ukuran for f in self.frags), default=10.0)

    @property
    def teks(self) -> str:
        """The printed line; runs far apart on it (table cells) are separated by a space."""
        out = ""
        prev: Frag | None = None
        for f in self.frags:
            if prev is not None and not out.endswith(" ") and f.x - (prev.x + _lebar(prev) * 0.8) > 0:
                out += " "
            out += f.teks
            prev = f
        return out.strip()

    @property
    def lokasi(self) -> str:
        return f"halaman {self.halaman} baris {self.nomor}"


def _gabung(parts: list[str]) -> str:
    """Glue the runs of one cell, line after line.

    A run that ends without a space usually stopped inside a word ("INDIK" / "ATOR",
    "102,41" / "%"), so runs are concatenated; but a lower-case end followed by a capital
    ("yang" / "Belum") is a line broken between two words of a title-case name.
    """
    out = ""
    for p in parts:
        if out and p and not out[-1].isspace() and not p[0].isspace() and out[-1].isalpha() \
                and (p[0].isupper() and out[-1].islower() or _SINGKATAN.match(p)):
            out += " "
        out += p
    return out


# an abbreviation opening a line ("Realisasi" / "s.d. 2025", "s/d") is a word of its own,
# never the rest of one broken by a narrow cell
_SINGKATAN = re.compile(r"[a-z]{1,2}[./][a-z]\b", re.IGNORECASE)


def _frags(page: PageObject) -> list[Frag]:
    found: list[Frag] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[0] * cm[0]) or 1.0
        found.append(Frag(x, y, text.replace("\u00a0", " "), (size or 10.0) * scale))

    page.extract_text(visitor_text=visit)
    return found


def _baris_halaman(frags: list[Frag], halaman: int) -> list[BarisPdf]:
    frags = sorted(frags, key=lambda f: (-f.y, f.x))
    lines: list[BarisPdf] = []
    for f in frags:
        if lines and abs(lines[-1].y - f.y) <= _TOL_Y:
            lines[-1].frags.append(f)
        else:
            lines.append(BarisPdf(halaman, len(lines) + 1, f.y, [f]))
    for line in lines:
        line.frags.sort(key=lambda f: f.x)
    return lines


def _lebar(f: Frag) -> float:
    """A generous estimate of a run's printed width (proportional fonts average ~0.5 em)."""
    return len(f.teks) * f.ukuran * 0.55


@dataclass
class _Terbuka:
    """A table being read."""

    kolom: list[float]
    kepala: list[dict[int, list[str]]]  # header levels: column -> runs
    baris: list[dict[int, list[str]]] = field(default_factory=list)
    lokasi: list[str] = field(default_factory=list)
    y_akhir: float = 0.0
    halaman: int = 0
    judul: str = ""
    dalam_kepala: bool = True
    _nilai: set[int] | None = None  # value columns, known once the header is complete

    def kol(self, x: float) -> int | None:
        if x < self.kolom[0] - _TOL_X:
            return None
        idx = 0
        for i, c in enumerate(self.kolom):
            if c <= x + _TOL_X:
                idx = i
        return idx

    def muat(self, line: BarisPdf) -> dict[int, list[Frag]] | None:
        """The line's runs by column, or None when the line is no part of this table."""
        out: dict[int, list[Frag]] = {}
        for f in line.frags:
            k = self.kol(f.x)
            if k is None:
                return None
            end = self.kolom[k + 1] if k + 1 < len(self.kolom) else self.kolom[k] + 400
            if f.x + _lebar(f) * 0.75 > end + 2 * f.ukuran:
                return None  # running text crossing column edges
            out.setdefault(k, []).append(f)
        return out


def _nomor_pendek(teks: str) -> bool:
    return bool(re.fullmatch(r"\s*(\d+(\.\d+)*\.?|[A-Za-z]\.?|[IVX]+\.?)\s*", teks))


def _satu_baris(fs: list[Frag]) -> str:
    """Runs of one printed line inside one cell (some producers write word by word)."""
    out = ""
    for f in fs:
        if out and not out.endswith(" ") and not f.teks.startswith(" "):
            out += " "
        out += f.teks
    return out


def _isi(fs: list[Frag] | list[str]) -> str:
    return _gabung([f.teks if isinstance(f, Frag) else f for f in fs]).strip()


def _kolom_nilai(t: _Terbuka) -> set[int]:
    """Columns whose header names a figure (target, realisasi, capaian, pagu, ...)."""
    if t._nilai is None:
        width = len(t.kolom)
        rows = [[_isi(level.get(j, [])) for j in range(width)] for level in t.kepala]
        kepala = baca_kepala(rows)
        t._nilai = set() if kepala is None else {
            k.indeks for k in kepala.kolom if k.peran not in (Peran.TEKS, Peran.LAINNYA, Peran.NOMOR,
                                                                Peran.SATUAN, Peran.PENJELASAN)}
    return t._nilai


def _baris_baru(t: _Terbuka, cols: dict[int, list[Frag]], punya_no: bool, rapat: bool) -> bool:
    """Whether a line opens a new row (its cells' first lines) or continues the last one.

    ``rapat``: the line sits one line-height under the previous one, so a figure on it can
    be the rest of a number broken by a narrow cell ("5.282.5" / "00.000").
    """
    if not t.baris:
        return True
    if punya_no and 0 in cols and _nomor_pendek(_isi(cols[0])):
        return True
    current = t.baris[-1]
    nilai = _kolom_nilai(t)
    angka = [k for k, fs in cols.items() if k in nilai and sel_angka(_isi(fs))]

    def sambungan(k: int) -> bool:
        parts = current.get(k, [])
        return rapat and bool(parts) and parts[-1][-1:] in "0123456789.," and cols[k][0].teks[:1].isdigit()

    if angka and any(sel_angka(_isi(current.get(k, []))) and not sambungan(k) for k in angka):
        return True  # a second figure in one cell: the previous row is complete
    if not punya_no and 0 in cols and angka:
        return True
    return False


# A PDF is refused, not read, beyond these: an LKjIP has tens of pages of a few KB of text each.
MAKS_HALAMAN = 1000
MAKS_ALIRAN = 20 * 1024 * 1024  # bytes one stream may inflate to (pypdf's default is 75 MB)
MAKS_ISI = 100 * 1024 * 1024  # bytes all pages' content streams may inflate to together
_BATAS_PYPDF = {
    "zlib_maximum_output_length": MAKS_ALIRAN, "lzw_maximum_output_length": MAKS_ALIRAN,
    "run_length_maximum_output_length": MAKS_ALIRAN, "array_based_stream_maximum_output_length": MAKS_ALIRAN,
    "stream_decoding_work_maximum_length": MAKS_ISI,
}


def baca_pdf(data: bytes, nama: str) -> Dokumen:
    """Read a PDF's text layer, in bounded memory: a stream or the whole file inflating beyond the
    limits (a PDF bomb) is refused with the pages read so far thrown away."""
    from pypdf import apply_configuration
    from pypdf.errors import LimitReachedError

    bom = (f"isi PDF {nama} memuai melebihi batas saat diurai (lebih dari {MAKS_ALIRAN // (1024 * 1024)} MB "
           f"per aliran atau {MAKS_ISI // (1024 * 1024)} MB seluruhnya; PDF bomb?); berkas ditolak")
    try:
        with apply_configuration(**_BATAS_PYPDF):  # a context variable: other requests keep their limits
            return _baca_pdf_terbatas(data, nama, bom)
    except LimitReachedError as exc:
        raise BerkasTidakTerbaca(bom) from exc


def _baca_pdf_terbatas(data: bytes, nama: str, bom: str) -> Dokumen:
    from pypdf.errors import LimitReachedError

    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise BerkasTidakTerbaca(f"PDF {nama} terkunci kata sandi")
        if len(reader.pages) > MAKS_HALAMAN:
            raise BerkasTidakTerbaca(f"PDF {nama} berisi {len(reader.pages)} halaman; paling banyak {MAKS_HALAMAN}")
        pages = list(reader.pages)
    except (BerkasTidakTerbaca, LimitReachedError):
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise BerkasTidakTerbaca(f"berkas {nama} bukan PDF yang dapat dibaca ({exc})") from exc
    items: list[BarisPdf | _TabelSiap] = []
    total = 0
    terurai = 0
    for n, page in enumerate(pages, start=1):
        try:
            isi = page.get_contents()
            terurai += len(isi.get_data()) if isi is not None else 0
            if terurai > MAKS_ISI:
                raise BerkasTidakTerbaca(bom)
            page_items = _halaman(page, n)
        except (BerkasTidakTerbaca, LimitReachedError):
            raise
        except Exception as exc:  # a damaged page must not stop the whole reviu
            raise BerkasTidakTerbaca(f"halaman {n} PDF {nama} tidak dapat dibaca: {exc}") from exc
        total += sum(len(x.teks) if isinstance(x, BarisPdf) else sum(len(c) for r in x.baris for c in r)
                     for x in page_items)
        items.extend(page_items)
    if total < 20 * max(1, len(pages)):
        raise BerkasTidakTerbaca(
            f"PDF {nama} tidak mempunyai lapisan teks (hasil pindaian); jalankan OCR lebih dahulu atau "
            f"unggah DOCX/teksnya"
        )
    return Dokumen(nama, Sumber.PDF, _susun(items), halaman=len(pages))


@dataclass
class _TabelSiap:
    """A table read from its rulings, ready to be placed among the page's lines."""

    halaman: int
    y: float
    baris: list[list[str]]
    lokasi: list[str]
    x_kolom: list[float]


def _halaman(page: PageObject, n: int) -> list[BarisPdf | _TabelSiap]:
    """A page's lines and ruled tables, top to bottom."""
    box = page.mediabox
    gambar = gambar_halaman(page, float(box.width), float(box.height))
    ruas = gambar.ruas
    semua = _frags(page)
    all_lines = _baris_halaman(semua, n)  # numbered as printed, a chart's labels included
    # the labels of a chart (categories, values, legend) are neither prose nor table cells
    frags = [f for f in semua if not gambar.di_grafik(f.x, f.y)]
    nomor = {id(f): line.nomor for line in all_lines for f in line.frags}
    tables, outside = tabel_halaman([(f.x, f.y, f.teks, f.ukuran) for f in frags], ruas)
    keep = {id(frags[i]) for i in outside}
    lines = [BarisPdf(line.halaman, line.nomor, line.y, [f for f in line.frags if id(f) in keep]) for line in all_lines]
    lines = [line for line in lines if line.frags]
    by_pos = {(round(f.y, 2), round(f.x, 2), f.teks): nomor[id(f)] for f in frags}
    out: list[BarisPdf | _TabelSiap] = list(lines)
    for tg in tables:
        rows: list[list[str]] = []
        where: list[str] = []
        last = f"halaman {n}"
        for row in tg.baris:
            runs = [r for cell in row for r in cell]
            if runs:
                top = max(runs, key=lambda r: r[0])
                last = f"halaman {n} baris {by_pos.get((round(top[0], 2), round(top[1], 2), top[2]), 0)}"
            rows.append([_sel_pdf(cell) for cell in row])
            where.append(last)
        if any(any(c for c in r) for r in rows):
            out.append(_TabelSiap(n, tg.atas, rows, where, tg.x_kolom))
    out.sort(key=lambda x: -x.y)
    return out


def _sel_pdf(runs: list[tuple[float, float, str]]) -> str:
    """A ruled cell's text: its lines glued as the cell wrapped them ("Menin|gkatny|a")."""
    lines: list[list[tuple[float, float, str]]] = []
    for y, x, teks in runs:
        if lines and abs(lines[-1][0][0] - y) <= _TOL_Y:
            lines[-1].append((y, x, teks))
        else:
            lines.append([(y, x, teks)])
    texts = [" ".join(t for _, _, t in sorted(line, key=lambda r: r[1])) for line in lines]
    # keep line breaks when the lines are separate items (a signature: name / rank / NIP)
    if len(texts) > 1 and any(re.match(r"\s*NIP\b", t) for t in texts):
        return "\n".join(t.strip() for t in texts)
    return _gabung(texts).strip()


def _masuk_tabel(t: _Terbuka, line: BarisPdf, gap: float | None, punya_no: bool) -> bool:
    """Add ``line`` to the open table (a repeated header, a header line, a row or its wrapped
    rest) and say so; False when the line is not the table's and the table ends above it."""
    cols = t.muat(line)
    if cols is None:
        return False
    new_page = line.halaman != t.halaman
    if new_page and t.kepala and _sama_kepala(t, cols):
        t.halaman = line.halaman  # header repeated on the next page
        t.dalam_kepala = True
        return True
    if not t.dalam_kepala and len(line.frags) >= 2 and 0 in cols \
            and not _ada_baris(cols, punya_no) and baris_judul([f.teks.strip() for f in line.frags]):
        return False  # a new table's header right under this one
    if t.dalam_kepala and not _ada_baris(cols, punya_no) and (gap or 0) < 3 * line.ukuran:
        _tambah_kepala(t, line, cols)
        return True
    rapat = gap is not None and gap <= 1.3 * line.ukuran
    baru = _baris_baru(t, cols, punya_no, rapat)
    near = new_page or gap is None or gap <= 1.45 * line.ukuran
    if not (baru or near):
        return False
    t.dalam_kepala = False
    if baru:
        t.baris.append({})
        t.lokasi.append(line.lokasi)
    for k, fs in cols.items():
        t.baris[-1].setdefault(k, []).append(_satu_baris(fs))
    t.y_akhir, t.halaman = line.y, line.halaman
    return True


def _susun(items: list[BarisPdf | _TabelSiap]) -> list[Blok]:
    blok: list[Blok] = []
    par: list[BarisPdf] = []
    t: _Terbuka | None = None
    punya_no = False
    lines = [x for x in items if isinstance(x, BarisPdf)]
    index = {id(x): i for i, x in enumerate(lines)}
    kolom_x: dict[int, list[float]] = {}

    def tutup_par() -> None:
        nonlocal par
        if par:
            teks = "\n".join(x.teks for x in par)
            blok.append(Paragraf(teks, par[0].nomor, par[0].lokasi, par[-1].nomor, [x.lokasi for x in par]))
            par = []

    def tutup_tab() -> None:
        nonlocal t
        if t is not None and t.baris:
            width = len(t.kolom)
            rows = [[_gabung(level.get(j, [])).strip() for j in range(width)] for level in t.kepala]
            rows += [[_gabung(r.get(j, [])).strip() for j in range(width)] for r in t.baris]
            where = [t.lokasi[0]] * len(t.kepala) + t.lokasi
            blok.append(Tabel(rows, t.lokasi[0], where, judul=t.judul))
        t = None

    prev: BarisPdf | None = None
    for item in items:
        if isinstance(item, _TabelSiap):
            tutup_tab()
            tutup_par()
            _taruh_tabel(blok, item, kolom_x)
            prev = None
            continue
        line = item
        idx = index[id(line)]
        gap = (prev.y - line.y) if prev is not None and prev.halaman == line.halaman else None
        if t is not None:
            if _masuk_tabel(t, line, gap, punya_no):
                prev = line
                continue
            tutup_tab()
        texts = _teks_kepala(line, lines, idx)
        if len(line.frags) >= 2 and baris_judul(texts):
            tutup_par()
            t = _Terbuka([f.x for f in line.frags], [{}], halaman=line.halaman, judul=judul_dari(blok))
            for f in line.frags:
                t.kepala[0].setdefault(t.kol(f.x) or 0, []).append(f.teks)
            punya_no = bool(re.fullmatch(r"no\.?|nomor", texts[0].strip().casefold()))
            prev = line
            continue
        # a paragraph's lines sit one line-height apart; a larger gap, or an indented line with
        # more than a line's gap, starts a new one (centred captions keep their wrapped lines)
        if par and (gap is None or gap > 1.45 * line.ukuran or line.halaman != par[-1].halaman
                    or (abs(par[-1].frags[0].x - line.frags[0].x) > 10 and gap > 1.25 * line.ukuran)):
            tutup_par()
        par.append(line)
        prev = line
    tutup_tab()
    tutup_par()
    return blok


def _taruh_tabel(blok: list[Blok], item: _TabelSiap, kolom_x: dict[int, list[float]]) -> None:
    """Place a ruled table; one continued from the previous page joins it."""
    # page furniture between the two halves (a page number, a running header) is skipped
    k = len(blok) - 1
    while k >= 0 and _perabot(blok[k]):
        k -= 1
    prev = blok[k] if k >= 0 else None
    if isinstance(prev, Tabel) and prev.lokasi_per_baris and \
            prev.lokasi_per_baris[-1].startswith(f"halaman {item.halaman - 1} "):
        kepala = baca_kepala(prev.baris)
        rows, where = item.baris, item.lokasi
        if kepala is not None and len(prev.baris[0]) == len(rows[0]):
            if rows[: kepala.baris] == prev.baris[: kepala.baris]:
                rows, where = rows[kepala.baris:], where[kepala.baris:]  # header repeated on the new page
            while rows and len(prev.baris) <= kepala.baris and _sisa_kepala(prev.baris[-1], rows[0]):
                # a header cell broken by the page ("INDIKATOR" / "KINERJA")
                prev.baris[-1] = [_sambung_kata(a, b) for a, b in zip(prev.baris[-1], rows[0], strict=False)]
                rows, where = rows[1:], where[1:]
            patah = bool(rows) and len(prev.baris) > kepala.baris and _sisa_baris(prev.baris[-1], rows[0])
            if patah or not rows or not baris_judul(rows[0]):
                if patah:
                    # a row broken by the page: its rest ("%", the end of a name) joins it
                    last = prev.baris[-1]
                    prev.baris[-1] = [_gabung([a, b]) for a, b in zip(last, rows[0], strict=False)]
                    rows, where = rows[1:], where[1:]
                prev.baris.extend(rows)
                prev.lokasi_per_baris.extend(where)
                return
        prev_x = kolom_x.get(id(prev))
        if kepala is not None and kepala.baris >= len(prev.baris) and prev_x:
            # only the header fitted on the previous page: spread its cells over the columns
            # of the rest by their left borders (a group label stands over its first sub-column)
            width = len(item.x_kolom)
            spread = []
            for row in prev.baris:
                new = [""] * width
                for x, cell in zip(prev_x, row, strict=False):
                    j = min(range(width), key=lambda i: abs(item.x_kolom[i] - x))
                    if abs(item.x_kolom[j] - x) <= 3:
                        new[j] = cell
                spread.append(new)
            while rows and _sisa_kepala(spread[-1], rows[0]):
                spread[-1] = [_sambung_kata(a, b) for a, b in zip(spread[-1], rows[0], strict=False)]
                rows, where = rows[1:], where[1:]
            prev.baris[:] = spread + rows
            prev.lokasi_per_baris.extend(where)
            kolom_x[id(prev)] = item.x_kolom
            return
    tabel = Tabel(item.baris, item.lokasi[0], item.lokasi, judul=judul_dari(blok))
    blok.append(tabel)
    kolom_x[id(tabel)] = item.x_kolom


def _perabot(b: Blok) -> bool:
    """A page number or running header: a few words that are not a table caption."""
    return isinstance(b, Paragraf) and len(b.teks.split()) <= 6 and not b.teks.strip().casefold().startswith("tabel")


def _sisa_baris(last: list[str], frag: list[str]) -> bool:
    """Whether ``frag`` (the top row of a page) is the rest of the data row ``last``.

    The rest of a broken row has no number and no row number, and every piece of it lies
    under a filled cell of the row it continues ("Menin" / "gkatnya ...", "101,53" / "%").
    """
    if not frag or frag[0].strip() or any(sel_angka(c) for c in frag):
        return False
    if not any(sel_angka(c) for c in last) or baris_sub_judul(frag):
        return False
    isi = [(a, b) for a, b in zip(last, frag, strict=False) if b.strip()]
    return bool(isi) and all(a.strip() for a, _ in isi)


def _sisa_kepala(last: list[str], frag: list[str]) -> bool:
    """Whether ``frag`` is the rest of the header row ``last``: words only, each under a word."""
    isi = [(a, b) for a, b in zip(last, frag, strict=False) if b.strip()]
    if not isi or any(sel_angka(b) for _, b in isi) or baris_sub_judul(frag):
        return False
    return all(a.strip() for a, _ in isi)


def _sambung_kata(a: str, b: str) -> str:
    """Two pieces of a header cell: whole words get a space, a split word is glued."""
    if not a or not b:
        return a + b
    kiri, kanan = a.split()[-1].casefold(), b.split()[0].casefold()
    if kiri in KATA_KEPALA and kanan in KATA_KEPALA:
        return f"{a} {b}"
    return _gabung([a, b])


def _teks_kepala(line: BarisPdf, lines: list[BarisPdf], idx: int) -> list[str]:
    """The cell texts of a possible header line, with the wrapped rest of each cell.

    Narrow header cells break words ("SAS" / "ARAN"); the header is recognised on the
    reassembled words.
    """
    xs = [f.x for f in line.frags]
    cells: dict[int, list[str]] = {i: [f.teks] for i, f in enumerate(line.frags)}
    last = line
    for nxt in lines[idx + 1: idx + 8]:
        if nxt.halaman != line.halaman or last.y - nxt.y > 1.3 * nxt.ukuran:
            break
        matched = [min(range(len(xs)), key=lambda i: abs(xs[i] - f.x)) for f in nxt.frags]
        if any(abs(xs[i] - f.x) > _TOL_X for i, f in zip(matched, nxt.frags, strict=True)):
            break
        if any(sel_angka(f.teks.strip()) or (i == 0 and _nomor_pendek(f.teks))
               for i, f in zip(matched, nxt.frags, strict=True)):
            break  # the first data row
        for i, f in zip(matched, nxt.frags, strict=True):
            cells[i].append(f.teks)
        last = nxt
    return [_isi(cells[i]) for i in range(len(xs))]


def _ada_baris(cols: dict[int, list[Frag]], punya_no: bool) -> bool:
    """Whether a line under the header already holds data (a row number or a figure)."""
    if punya_no and 0 in cols and _nomor_pendek(_isi(cols[0])):
        return True
    return any(sel_angka(_isi(fs)) for k, fs in cols.items() if k > 0)


def _tambah_kepala(t: _Terbuka, line: BarisPdf, cols: dict[int, list[Frag]]) -> None:
    """A header line: either the wrapped rest of the header cells or a row of sub-labels."""
    t._nilai = None
    fresh = [f.x for f in line.frags if all(abs(f.x - c) > _TOL_X for c in t.kolom)]
    if fresh:
        # sub-labels under a group label: new columns, and a new header level
        old = list(t.kolom)
        t.kolom = sorted(old + fresh)
        t.kepala = [{t.kolom.index(old[k]): v for k, v in level.items()} for level in t.kepala]
        t.kepala.append({})
        for f in line.frags:
            t.kepala[-1].setdefault(t.kol(f.x) or 0, []).append(f.teks)
        return
    level = t.kepala[-1]
    for k, fs in cols.items():
        level.setdefault(k, []).extend(f.teks for f in fs)


def _sama_kepala(t: _Terbuka, cols: dict[int, list[Frag]]) -> bool:
    first = {k: _gabung(v).strip().casefold() for k, v in t.kepala[0].items()}
    got = {k: _gabung([f.teks for f in fs]).strip().casefold() for k, fs in cols.items()}
    return bool(got) and all(first.get(k, "").startswith(v) for k, v in got.items())
