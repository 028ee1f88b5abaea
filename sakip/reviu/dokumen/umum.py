"""The general reader: every printed number with its context, and the relations between them.

The recogniser of ``kenali`` knows the tables of the LKjIP format Sakip itself prints. This
module reads what any Pemda writes: lines and sentences, whatever the layout (tab tables,
OCR-flattened tables, prose). A line's numbers are read with the words before them (the
row's name) and the header lines above them; a sentence's numbers with the words between
them ("Rp X atau Y persen dari Rp Z"). A relation is only checked when the words say which
relation holds, and a table's layout is only trusted when most of its rows agree with it:
a rule that cannot tell what a number means stays silent.

Every comparison is made at the precision of the print: a value that some unrounded inputs
would print is no error, a value that is the truncation of the right one is reported as
info, not as an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from sakip.core.cetak import Kecocokan, bandingkan_cetak, mungkin_tercetak, rentang_cetak
from sakip.core.numbers import HUNDRED, ZERO, quantize

from .angka import Nilai, angka_teks, baca_nilai, rupiah_teks
from .model import Dokumen, Paragraf, Tabel, Temuan, TingkatTemuan

# -- the document as lines and sentences ---------------------------------------------------------


@dataclass(frozen=True)
class Baris:
    teks: str
    lokasi: str
    tabel: bool = False  # a row of a recognised table (cells joined by tabs)
    awal: bool = False  # the first line of a paragraph
    dikenali: bool = False  # a row of a table the format reader has examined


def baris_dokumen(doc: Dokumen, dikenali: frozenset[int] = frozenset()) -> list[Baris]:
    """Every line of the document in reading order, with the place it came from.

    Rows of the tables in ``dikenali`` (ids of tables the format reader already examined) are
    kept for the sentences around them but not read again as rows.
    """
    out: list[Baris] = []
    for b in doc.blok:
        if isinstance(b, Paragraf):
            for k, line in enumerate(b.teks.split("\n")):
                out.append(Baris(line, b.lokasi_baris(k), awal=k == 0))
        elif isinstance(b, Tabel):
            for i, row in enumerate(b.baris):
                loc = b.lokasi_per_baris[i] if i < len(b.lokasi_per_baris) else f"{b.lokasi}, baris ke-{i + 1}"
                out.append(Baris("\t".join(row), loc, tabel=True, dikenali=id(b) in dikenali))
    return out


@dataclass(frozen=True)
class Kalimat:
    teks: str
    lokasi: str
    indeks: int  # index of its first line in the document's lines


_AKHIR_KALIMAT = re.compile(r"(?<=[a-z0-9%)\]”\"])(?<!\bRp)(?<!\bNo)(?<!\bNo)[.;]\s+(?=[A-Z(“\"])")


def kalimat_dokumen(lines: list[Baris]) -> list[Kalimat]:
    """Sentences of running text (table rows excluded), each where it starts."""
    out: list[Kalimat] = []
    buf: list[tuple[str, int]] = []

    def flush() -> None:
        if not buf:
            return
        text = " ".join(t.strip() for t, _ in buf)
        starts = [0]
        for m in _AKHIR_KALIMAT.finditer(text):
            starts.append(m.end())
        starts.append(len(text) + 1)
        offsets = []
        pos = 0
        for t, i in buf:
            offsets.append((pos, i))
            pos += len(t.strip()) + 1
        for a, b in zip(starts, starts[1:], strict=False):
            piece = text[a:b].strip()
            if not piece:
                continue
            first = max((i for off, i in offsets if off <= a), default=buf[0][1])
            out.append(Kalimat(piece, lines[first].lokasi, first))
        buf.clear()

    for i, ln in enumerate(lines):
        lanjut = bool(buf) and ln.awal and not re.search(r"[.!?:;]\s*$", buf[-1][0]) \
            and bool(re.match(r"\s*[a-z0-9(]", ln.teks))  # OCR: one sentence over several "paragraphs"
        if ln.tabel or not ln.teks.strip() or (ln.awal and not lanjut):
            flush()
        if ln.tabel or not ln.teks.strip():
            continue
        buf.append((ln.teks, i))
        if len(buf) > 12:  # a runaway paragraph (OCR without blank lines): cut it
            flush()
    flush()
    return out


# -- numbers -------------------------------------------------------------------------------------

_ANGKA = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}(?!\d)"
_RE_ANGKA = re.compile(rf"(?<![\w.,/])(?P<n>{_ANGKA})(?P<p>\s*(?:%|persen\b))?(?![\w/]|[.,]\d)")
_RE_RUPIAH = re.compile(
    r"Rp\.?\s*(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s*(?P<m>miliar|milyar|juta|M\b)?",
    re.IGNORECASE,
)
_TAHUN = re.compile(r"^(19|20)\d{2}$")
_SATUAN_MELEKAT = re.compile(r"per\s*[\d.]+\s*[A-Za-z]*|\d[\d.,]*[A-Za-z]+\w*|\b[A-Z]{1,3}\d+\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _nilai(teks: str, persen: bool = False) -> Nilai | None:
    v = baca_nilai(teks.strip() + ("%" if persen else ""))
    return v if v.angka is not None else None


def angka_baris(teks: str, bersih: bool = False) -> list[Nilai]:
    """The numbers of a line, in order; units glued to a number ('100.000KH', 'per 1.000') left out."""
    clean = teks if bersih else _SATUAN_MELEKAT.sub(" ", teks)
    out = []
    for m in _RE_ANGKA.finditer(clean):
        v = _nilai(m.group("n"), bool(m.group("p")))
        if v is not None:
            out.append(v)
    return out


def _rupiah(m: re.Match[str]) -> Decimal | None:
    raw = m.group("n")
    v = baca_nilai(raw)
    if v.angka is None:
        return None
    mult = (m.group("m") or "").casefold()
    if mult in ("miliar", "milyar", "m"):
        return v.angka * Decimal(10) ** 9
    if mult == "juta":
        return v.angka * Decimal(10) ** 6
    return v.angka


def _pct(value: Decimal, d: int) -> str:
    return angka_teks(quantize(value, d), d) + "%"


def _cocok(hitung: Decimal, cetak: Nilai, bawah: Decimal | None = None, atas: Decimal | None = None) -> str:
    """'sama', 'bulat' (some unrounded inputs print it), 'potong' (truncated) or 'beda'."""
    c = cetak.angka
    if c is None:
        return "beda"
    k = bandingkan_cetak(hitung, c, cetak.desimal)
    if k is Kecocokan.SAMA:
        return "sama"
    if bawah is not None and atas is not None and mungkin_tercetak(bawah, atas, c, cetak.desimal):
        return "bulat"
    return "potong" if k is Kecocokan.DIPOTONG else "beda"


def _rasio(a: Nilai, b: Nilai) -> tuple[Decimal, Decimal, Decimal] | None:
    """a / b × 100 and the range unrounded inputs allow."""
    av, bv = a.angka, b.angka
    if av is None or bv is None or bv == 0:
        return None
    al, ah = rentang_cetak(av, a.desimal)
    bl, bh = rentang_cetak(bv, b.desimal)
    if bl <= 0:
        return None
    return av / bv * HUNDRED, al / bh * HUNDRED, ah / bl * HUNDRED


# -- numbers in words ----------------------------------------------------------------------------

_DIGIT = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
          "delapan": 8, "sembilan": 9}
_SE = {"sepuluh": 10, "sebelas": 11, "seratus": 100}


def kata_ke_angka(teks: str) -> int | None:
    """'enam puluh tujuh' -> 67, 'seribu dua ratus' -> 1200; None when the words are no number."""
    tokens = re.sub(r"[-–]", " ", teks.casefold()).split()
    if not tokens:
        return None
    total, acc, d = 0, 0, None
    for t in tokens:
        if t in _DIGIT:
            if d is not None:
                return None
            d = _DIGIT[t]
        elif t in _SE:
            acc += _SE[t]
        elif t == "belas" and d is not None:
            acc, d = acc + 10 + d, None
        elif t == "puluh" and d is not None:
            acc, d = acc + 10 * d, None
        elif t == "ratus" and d is not None:
            acc, d = acc + 100 * d, None
        elif t == "seribu":
            total += 1000
        elif t in ("ribu", "juta"):
            acc += d or 0
            if not acc:
                return None
            total, acc, d = total + acc * (1000 if t == "ribu" else 1_000_000), 0, None
        else:
            return None
    return total + acc + (d or 0)


# -- the findings of one document ----------------------------------------------------------------

@dataclass
class Pembaca:
    """Reads one document's lines and sentences and collects findings."""

    lines: list[Baris]
    kalimat: list[Kalimat] = field(default_factory=list)
    temuan: list[Temuan] = field(default_factory=list)
    rumus_negatif: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.kalimat = kalimat_dokumen(self.lines)
        self._kecil = [k.teks.casefold() for k in self.kalimat]  # sentences in lower case, once
        text = "\n".join(b.teks for b in self.lines).casefold()
        if re.search(r"2\s*[x×*]?\s*target\s*[-–−]\s*realisasi|\(\s*2\s*t\s*[-–−]\s*r\s*\)", text):
            self.rumus_negatif.add("(2T − R) / T")
        if re.search(r"target\s*(?:/|dibagi)\s*realisasi|\bt\s*/\s*r\b", text):
            self.rumus_negatif.add("T / R")

    def _dengan(self, *kata: str) -> list[tuple[int, Kalimat]]:
        """The sentences holding one of ``kata`` (lower case): a cheap filter before the patterns."""
        return [(i, k) for i, (k, low) in enumerate(zip(self.kalimat, self._kecil, strict=True))
                if any(w in low for w in kata)]

    def tambah(self, kode: str, tingkat: TingkatTemuan, pesan: str, lokasi: str, tercetak: str,
               seharusnya: str) -> None:
        self.temuan.append(Temuan(kode, tingkat, pesan, lokasi, tercetak, seharusnya))

    def periksa(self) -> list[Temuan]:
        for check in (self._angka_kata, self._prosa_jumlah, self._prosa_persen, self._prosa_rumus,
                      self._hitung_indikator, self._narasi_banding, self._tahun_judul, self._tabel_baris):
            check()
        return self.temuan

    # -- "15 (empat belas)" -----------------------------------------------------------------------

    def _angka_kata(self) -> None:
        rx = re.compile(r"(?<![\d.,])(\d{1,4})\s*\(\s*([A-Za-z][A-Za-z \-]{2,60}?)\s*\)")
        for _, k in self._dengan("("):
            for m in rx.finditer(k.teks):
                kata = kata_ke_angka(m.group(2))
                if kata is None or kata == int(m.group(1)):
                    continue
                self.tambah(
                    "ANGKA_KATA_BEDA", TingkatTemuan.GALAT,
                    f"Bilangan {m.group(1)} ditulis dengan huruf '{m.group(2)}' ({kata}); keduanya harus sama.",
                    k.lokasi, m.group(0), f"{m.group(1)} ({m.group(2)}) atau {kata} ({m.group(2)}): salah satu diperbaiki",
                )

    # -- "belanja operasi Rp A dan belanja modal Rp B, jumlah Rp C" --------------------------------

    def _prosa_jumlah(self) -> None:
        rinci = re.compile(r"terdiri\s+(?:atas|dari)|terbagi\s+(?:dalam|atas|menjadi|ke\s+dalam)|"
                           r"dengan\s+rincian|meliputi", re.IGNORECASE)
        total_cue = re.compile(r"(?:total(?:nya)?|jumlah(?:nya)?|seluruhnya|keseluruhan)[^.\d]{0,25}$", re.IGNORECASE)
        prev_amounts: list[Decimal] = []
        for _, k in self._dengan("rp"):
            ms = [(m, v) for m in _RE_RUPIAH.finditer(k.teks) if (v := _rupiah(m)) is not None]
            cue = rinci.search(k.teks)
            start = cue.start() if cue else 0
            tot = [j for j, (m, _) in enumerate(ms)
                   if m.start() > start and total_cue.search(k.teks[max(0, m.start() - 40):m.start()])]
            if tot:
                parts = [(m, v) for m, v in ms[:tot[0]] if m.start() > start]
                if len(parts) >= 2:
                    self._cek_jumlah(ms[tot[0]][1], parts, k)
            elif cue and len(ms) >= 2:
                before = [v for m, v in ms if m.start() < cue.start()]
                parts = [(m, v) for m, v in ms if m.start() > cue.start()]
                total = before[-1] if before else (prev_amounts[-1] if prev_amounts else None)
                if total is not None and len(parts) >= 2:
                    self._cek_jumlah(total, parts, k)
            if ms:
                prev_amounts = [v for _, v in ms]

    def _cek_jumlah(self, total: Decimal, parts: list[tuple[re.Match[str], Decimal]], k: Kalimat) -> None:
        s = sum((v for _, v in parts), ZERO)
        if s == total or abs(s - total) >= total:  # equal, or not a breakdown of it at all
            return
        teks = " + ".join(m.group(0).strip() for m, _ in parts)
        self.tambah(
            "PROSA_JUMLAH", TingkatTemuan.GALAT,
            f"Rincian {teks} berjumlah {rupiah_teks(s)}, bukan {rupiah_teks(total)} seperti tercetak.",
            k.lokasi, rupiah_teks(total), f"{rupiah_teks(s)} (selisih {rupiah_teks(abs(s - total))})",
        )

    # -- "terserap Rp X atau Y% dari Rp Z", "sisa Rp S atau P%" ------------------------------------

    _BASIS = re.compile(r"(?:dari|pagu|anggaran|alokasi|total|menjadi)\s*[^.\d]{0,40}$", re.IGNORECASE)
    _PASANGAN = re.compile(
        rf"(?P<rp>Rp\.?\s*(?:{_ANGKA})(?:\s*,-)?)\s*\)?\s*,?\s*(?:atau|\(|yaitu|yakni|=)\s*(?:sebesar\s*|mencapai\s*)?"
        rf"(?P<p>{_ANGKA})\s*(?:%|persen)"
        rf"|(?P<p2>{_ANGKA})\s*(?:%|persen)\s*\)?\s*(?:yaitu|yakni|atau|senilai|sebesar)\s*(?:sebesar\s*)?"
        rf"(?P<rp2>Rp\.?\s*(?:{_ANGKA}))",
        re.IGNORECASE,
    )

    def _prosa_persen(self) -> None:
        basis_terakhir: list[tuple[Decimal, int]] = []  # (amount, sentence index)
        for idx, k in self._dengan("rp"):
            t = k.teks
            amounts = [(m, v) for m in _RE_RUPIAH.finditer(t) if (v := _rupiah(m)) is not None]
            bases = [v for m, v in amounts if self._BASIS.search(t[max(0, m.start() - 50):m.start()])
                     and not _BUKAN_BASIS.search(t[max(0, m.start() - 30):m.start()])]
            sisa = [v for m, v in amounts if _SISA.search(t[max(0, m.start() - 40):m.start()])]
            for m in self._PASANGAN.finditer(t):
                rp_raw = m.group("rp") or m.group("rp2")
                p = _nilai(m.group("p") or m.group("p2") or "", persen=True)
                rm = _RE_RUPIAH.match(rp_raw.strip())
                x = _rupiah(rm) if rm else None
                if p is None or x is None or p.angka is None:
                    continue
                adalah_sisa = x in sisa
                cands = [z for z in bases if z > x]
                if sisa and not adalah_sisa:
                    cands += [x + s for s in sisa]
                cands += [z for z, i in reversed(basis_terakhir) if idx - i <= 4 and z > x][:3]
                if not cands:
                    continue
                hasil = {z: _cocok(x / z * HUNDRED, p) for z in cands}
                if any(h in ("sama", "bulat") for h in hasil.values()):
                    continue
                z = cands[0]
                benar = x / z * HUNDRED
                tingkat = TingkatTemuan.INFO if hasil[z] == "potong" else TingkatTemuan.GALAT
                self.tambah(
                    "PROSA_PERSEN", tingkat,
                    f"{rupiah_teks(x)} dari {rupiah_teks(z)} adalah {_pct(benar, 2)}, bukan {p.teks}"
                    + (" (dipotong, bukan dibulatkan)." if tingkat is TingkatTemuan.INFO else "."),
                    k.lokasi, p.teks, f"{_pct(benar, p.desimal)} ({rupiah_teks(x)} / {rupiah_teks(z)} × 100%)",
                )
            basis_terakhir.extend((z, idx) for z in bases)

    # -- "12.481 / 13.902 × 100% = 89,78%", "... dibagi ... dikali seratus persen sama dengan ..." --

    def _prosa_rumus(self) -> None:
        slash = re.compile(rf"(?P<a>{_ANGKA})\s*[/:]\s*(?P<b>{_ANGKA})\s*[x×X*]\s*100\s*%?\s*=\s*(?P<c>{_ANGKA})\s*(?P<p>%)?")
        words = re.compile(
            rf"(?P<a>{_ANGKA})\s*%?[^\d]{{0,60}}?dibagi(?:kan)?\b[^\d]{{0,60}}?(?P<b>{_ANGKA})\s*%?[^\d]{{0,60}}?"
            rf"(?:dikali(?:kan)?|[x×])[^\d]{{0,30}}?(?:100|seratus)\s*(?:%|persen)?[^\d]{{0,40}}?"
            rf"(?:=|sama dengan|hasilnya|menjadi|adalah)\s*(?P<c>{_ANGKA})\s*(?P<p>%|persen)?",
            re.IGNORECASE,
        )
        for _, k in self._dengan("100", "seratus"):
            plain = re.sub(r"\([^)]*\)", " ", k.teks)
            for rx, src in ((slash, k.teks), (words, plain)):
                for m in rx.finditer(src):
                    a, b = _nilai(m.group("a")), _nilai(m.group("b"))
                    c = _nilai(m.group("c"), persen=True)
                    if a is None or b is None or c is None:
                        continue
                    r = _rasio(a, b)
                    if r is None:
                        continue
                    hasil = _cocok(r[0], c, r[1], r[2])
                    if hasil in ("sama", "bulat"):
                        continue
                    tingkat = TingkatTemuan.INFO if hasil == "potong" else TingkatTemuan.GALAT
                    self.tambah(
                        "PROSA_RUMUS", tingkat,
                        f"Perhitungan di teks: {a.teks} / {b.teks} × 100% = {_pct(r[0], 2)}, bukan {c.teks}.",
                        k.lokasi, c.teks, f"{_pct(r[0], c.desimal)} ({a.teks} / {b.teks} × 100%)",
                    )

    # -- "dari 12 indikator, 9 tercapai (75%) dan 4 tidak tercapai" ---------------------------------

    _IND = r"(?:indikator|IKU|sasaran|kegiatan|program)"

    def _hitung_indikator(self) -> None:
        total_rx = re.compile(rf"(?:dari|terhadap|pada|seluruh|total)\s+(?P<n>\d{{1,3}})\s*"
                              rf"(?:\([a-z ]+\)\s*)?{self._IND}", re.IGNORECASE)
        item_rx = re.compile(rf"(?P<a>\d{{1,3}})\s*(?:\([a-z ]+\)\s*)?{self._IND}(?:\s+[a-z]+){{0,3}}?\s*"
                             rf"(?:\(|atau|yaitu)\s*(?:sebesar\s*|sebanyak\s*)?"
                             rf"(?P<p>{_ANGKA})\s*(?:%|persen)", re.IGNORECASE)
        count_rx = re.compile(rf"(?P<a>\d{{1,3}})\s*(?:\([a-z ]+\)\s*)?{self._IND}[^.;\d]{{0,60}}?"
                              r"(?P<s>tidak\s+(?:mencapai|tercapai|memenuhi)|belum\s+(?:mencapai|tercapai|memenuhi)|"
                              r"(?:telah\s+|sudah\s+)?(?:mencapai|tercapai|memenuhi|melampaui|berhasil))",
                              re.IGNORECASE)
        for i, k in self._dengan("indikator", "iku", "sasaran", "kegiatan", "program"):
            tm = total_rx.search(k.teks)
            if not tm:
                continue
            window = " ".join(x.teks for x in self.kalimat[i:i + 3])
            n = int(tm.group("n"))
            if n == 0:
                continue
            rest = window[tm.end():]
            for m in item_rx.finditer(rest):
                a, p = int(m.group("a")), _nilai(m.group("p"), persen=True)
                if p is None or p.angka is None or a > n or p.angka > HUNDRED:
                    continue
                hasil = _cocok(Decimal(a) / Decimal(n) * HUNDRED, p)
                if hasil in ("sama", "bulat"):
                    continue
                benar = Decimal(a) / Decimal(n) * HUNDRED
                self.tambah(
                    "HITUNG_INDIKATOR", TingkatTemuan.INFO if hasil == "potong" else TingkatTemuan.GALAT,
                    f"{a} dari {n} adalah {_pct(benar, 2)}, bukan {p.teks}.", k.lokasi, p.teks,
                    f"{_pct(benar, p.desimal)} ({a} / {n} × 100%)",
                )
            counts: dict[bool, int] = {}
            for m in count_rx.finditer(rest):
                gagal = bool(re.match(r"tidak|belum", m.group("s"), re.IGNORECASE))
                if gagal in counts:
                    break  # a second list of the same kind: another paragraph's counting
                counts[gagal] = int(m.group("a"))
            if len(counts) == 2 and sum(counts.values()) != n:
                self.tambah(
                    "HITUNG_INDIKATOR", TingkatTemuan.GALAT,
                    f"{counts[False]} tercapai dan {counts[True]} tidak tercapai berjumlah "
                    f"{sum(counts.values())}, bukan {n}.",
                    k.lokasi, str(n), f"{counts[False]} + {counts[True]} = {sum(counts.values())}",
                )

    # -- "masih di bawah rata-rata Kabupaten sebesar 80,10" ----------------------------------------

    def _narasi_banding(self) -> None:
        rx = re.compile(
            # The subject's figure and the comparison stand in one clause: a figure before a ';' is
            # another comparator's ("lebih tinggi daripada A (91,01; ...), lebih rendah daripada B").
            rf"(?P<y>{_ANGKA})\s*(?P<py>%|persen)?(?P<gap>[^.;\d]{{0,80}}?)"
            r"(?P<arah>di\s*bawah|di\s*atas|lebih\s+rendah|lebih\s+tinggi|melebihi|melampaui)"
            r"(?P<gap2>[^.\d]{0,70}?(?:rata-?rata|target|standar|nasional|provinsi|kabupaten|kota|capaian|nilai|angka)"
            rf"[^.\d]{{0,40}}?)(?P<x>{_ANGKA})\s*(?P<px>%|persen)?",
            re.IGNORECASE,
        )
        for _, k in self._dengan("bawah", "atas", "rendah", "tinggi", "melebihi", "melampaui"):
            for m in rx.finditer(k.teks):
                ys, xs = m.group("y"), m.group("x")
                if _TAHUN.match(ys) or _TAHUN.match(xs):
                    continue
                if bool(m.group("py")) != bool(m.group("px")) and m.group("px") and m.group("py"):
                    continue
                y, x = _nilai(ys), _nilai(xs)
                if y is None or x is None or y.angka is None or x.angka is None:
                    continue
                bawah = bool(re.match(r"di\s*bawah|lebih\s+rendah", m.group("arah"), re.IGNORECASE))
                salah = y.angka > x.angka if bawah else y.angka < x.angka
                if not salah:
                    continue
                benar = "di atas" if bawah else "di bawah"
                self.tambah(
                    "NARASI_BANDING", TingkatTemuan.GALAT,
                    f"Teks menyebut {ys} {m.group('arah')} {xs}, padahal {ys} "
                    f"{'lebih tinggi' if bawah else 'lebih rendah'} dari {xs}.",
                    k.lokasi, f"{ys} {m.group('arah')} {xs}", f"{ys} {benar} {xs}",
                )

    # -- "Tabel 3.1 ... Tahun 2019" above "Target Tahun 2020 | Realisasi Tahun 2020" ---------------

    def _tahun_judul(self) -> None:
        lines = self.lines
        kol = re.compile(r"(?:target|realisasi|capaian)\s*(?:tahun|th\.?|ta\.?)?\s*((?:19|20)\d{2})\b", re.IGNORECASE)
        for i, ln in enumerate(lines):
            if not re.match(r"\s*tabel\b", ln.teks, re.IGNORECASE):
                continue
            judul = [ln.teks]
            j = i + 1
            while j < len(lines) and len(judul) < 3 and not kol.search(lines[j].teks) \
                    and not re.search(r"target|realisasi", lines[j].teks, re.IGNORECASE):
                if lines[j].teks.strip():
                    judul.append(lines[j].teks)
                j += 1
            cap = " ".join(judul)
            if re.search(r"(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2}|s\.?\s*d\.?|sampai", cap, re.IGNORECASE):
                continue  # a period, not a year
            ym = re.findall(r"tahun\s*(?:anggaran\s*)?((?:19|20)\d{2})", cap, re.IGNORECASE)
            if not ym:
                continue
            th = ym[-1]
            header = " ".join(x.teks for x in lines[j:j + 6])
            years = set(kol.findall(header))
            if len(years) == 1 and th not in years and th not in header:
                kolom = years.pop()
                self.tambah(
                    "TAHUN_JUDUL_BEDA", TingkatTemuan.GALAT,
                    f"Judul tabel menyebut tahun {th}, sedangkan kolom target/realisasinya tahun {kolom}.",
                    ln.lokasi, f"Tahun {th}", f"Tahun {kolom} (sesuai kolom), atau kolom yang diperbaiki",
                )

    # -- table rows: capaian = R/T (or the negative formulas), anggaran, sums and means ------------

    def _tabel_baris(self) -> None:
        rows = _baris_angka(self.lines)
        for blok in _blok(rows):
            self._blok_capaian(blok)
            sendiri = [r for r in blok if not r.dikenali]
            if sendiri:
                self._blok_jumlah(sendiri)
        self._blok_anggaran([r for r in rows if not r.dikenali])


    def _header(self, blok: list[BarisAngka], jauh: int = 10) -> str:
        start = blok[0].indeks
        rows = {r.indeks for r in blok}
        return " ".join(self.lines[i].teks for i in range(max(0, start - jauh), start) if i not in rows)

    def _rumus(self, nama: str) -> tuple[list[str], bool]:
        """The formulas a row's capaian may follow, and whether the name says lower is better."""
        if negatif_menurut_nama(nama):
            return (sorted(self.rumus_negatif) if self.rumus_negatif else ["R / T", "T / R", "(2T − R) / T"]), True
        return ["R / T"], False

    def _blok_capaian(self, blok: list[BarisAngka]) -> None:
        header = self._header(blok)
        hlow = header.casefold()
        if re.search(r"perubahan|kenaikan|pertumbuhan\s*\(?%", hlow) and not re.search(r"target", hlow):
            self._blok_perubahan(blok)
            return
        punya_header = bool(re.search(r"realisasi", hlow) and re.search(r"capai|%", hlow))
        eval_rows = [r for r in blok if not r.ringkasan and len(r.angka) >= 3]
        best: tuple[int, int] = (0, -1)
        for e in range(0, 3):
            rows = [r for r in eval_rows if len(r.angka) >= 3 + e and _kecil(r.angka[-3 - e])]
            score = sum(1 for r in rows if self._cek_capaian(r, e)[0] in ("sama", "bulat"))
            if score > best[0]:
                best = (score, e)
        score, e = best
        if e < 0:
            return
        rows = [r for r in eval_rows if len(r.angka) >= 3 + e and _kecil(r.angka[-3 - e])]
        if not ((punya_header and score >= 1 and score * 2 >= len(rows)) or (score >= 2 and score * 5 >= 3 * len(rows))):
            return
        for r in rows:
            hasil, rumus, nilai, negatif = self._cek_capaian(r, e)
            t, rr, c = r.angka[-3 - e], r.angka[-2 - e], r.angka[-1 - e]
            if hasil in ("sama", "bulat"):
                self._teks_vs_tabel(r, t, rr)  # the row's columns are known for sure only when they agree
            if hasil in ("sama", "bulat") or nilai is None or r.dikenali:
                continue
            if hasil == "negatif?":
                self.tambah("CAPAIAN_POLARITAS", TingkatTemuan.INFO,
                            f"Capaian {r.nama} {c.teks} mengikuti rumus indikator negatif ({rumus}); "
                            f"pastikan polaritas indikator ini memang 'semakin rendah semakin baik'.",
                            r.lokasi, c.teks, f"{_pct(nilai, c.desimal)} bila polaritas positif (R / T)")
                continue
            tingkat = TingkatTemuan.INFO if hasil == "potong" else TingkatTemuan.GALAT
            ket = " (indikator negatif)" if negatif else ""
            self.tambah(
                "CAPAIAN_BARIS", tingkat,
                f"Capaian {r.nama or 'baris ini'}{ket} tercetak {c.teks}, padahal {rumus} dengan target {t.teks} "
                f"dan realisasi {rr.teks} = {_pct(nilai, 2)}"
                + ("; nilai itu dipotong, bukan dibulatkan." if hasil == "potong" else "."),
                r.lokasi, c.teks, f"{_pct(nilai, c.desimal)} ({rumus})",
            )
        self._blok_rata([r for r in blok if not r.dikenali], e)

    def _cek_capaian(self, r: BarisAngka, e: int) -> tuple[str, str, Decimal | None, bool]:
        t, rr, c = r.angka[-3 - e], r.angka[-2 - e], r.angka[-1 - e]
        if t.angka is None or rr.angka is None or c.angka is None or t.angka <= 0 or c.angka > 1000:
            return "beda", "", None, False
        rumus, negatif = self._rumus(r.nama)
        hasil = {k: _hitung(k, t, rr) for k in rumus}
        cocok = {k: _cocok(v[0], c, v[1], v[2]) for k, v in hasil.items() if v is not None}
        for want in ("sama", "bulat"):
            for k, h in cocok.items():
                if h == want:
                    return h, k, hasil[k][0] if hasil[k] else None, negatif  # type: ignore[index]
        if not negatif:
            for k in ("T / R", "(2T − R) / T"):
                v = _hitung(k, t, rr)
                if v is not None and _cocok(v[0], c, v[1], v[2]) in ("sama", "bulat"):
                    pos = _hitung("R / T", t, rr)
                    return "negatif?", k, pos[0] if pos else None, False
        k0 = rumus[0] if not negatif or "(2T − R) / T" not in rumus else "(2T − R) / T"
        v0 = hasil.get(k0)
        return (cocok.get(k0, "beda"), k0, v0[0] if v0 else None, negatif)

    def _blok_perubahan(self, blok: list[BarisAngka]) -> None:
        for r in blok:
            if len(r.angka) < 3 or r.ringkasan:
                continue
            a, b, c = r.angka[-3], r.angka[-2], r.angka[-1]
            if a.angka is None or b.angka is None or c.angka is None or a.angka == 0:
                continue
            rel = (b.angka - a.angka) / a.angka * HUNDRED
            ok = any(_cocok(abs(v), Nilai(c.teks, abs(c.angka), c.desimal)) in ("sama", "bulat", "potong")
                     for v in (rel, b.angka - a.angka))
            if ok:
                continue
            self.tambah(
                "PERUBAHAN_SALAH", TingkatTemuan.GALAT,
                f"Perubahan {r.nama or 'baris ini'} dari {a.teks} ke {b.teks} tercetak {c.teks}, padahal "
                f"({b.teks} − {a.teks}) / {a.teks} × 100% = {_pct(rel, 2)} (selisih {angka_teks(b.angka - a.angka, max(a.desimal, b.desimal))}).",
                r.lokasi, c.teks, _pct(rel, max(c.desimal, 2)),
            )

    def _blok_rata(self, blok: list[BarisAngka], e: int) -> None:
        """A 'Rata-rata' row: the mean of the capaian column above it (aligned from the right)."""
        data = [r for r in blok if not r.ringkasan]
        for r in blok:
            if r.nomor or not re.match(r"^\W*(?:rata-?\s*rata|rerata)", r.nama, re.IGNORECASE) or not r.angka:
                continue
            above = [x for x in data if x.indeks < r.indeks and len(x.angka) >= 1 + e]
            cvals = [x.angka[-1 - e].angka for x in above if _kecil(x.angka[-1 - e])]
            printed = r.angka[-1]
            if len(cvals) < 2 or printed.angka is None or any(v is None for v in cvals):
                continue
            vals = [v for v in cvals if v is not None]
            mean = sum(vals, ZERO) / len(vals)
            if mean <= 0 or not (Decimal("0.33") < printed.angka / mean < 3):
                continue
            hasil = _cocok(mean, printed)
            if hasil == "sama":
                continue
            tingkat = TingkatTemuan.INFO if hasil == "potong" else TingkatTemuan.GALAT
            self.tambah(
                "RATA_RATA_BARIS", tingkat,
                f"Rata-rata {len(vals)} capaian di atasnya = {_pct(mean, 3)}, tercetak {printed.teks}"
                + ("; nilai itu dipotong, bukan dibulatkan." if hasil == "potong" else "."),
                r.lokasi, printed.teks, angka_teks(quantize(mean, printed.desimal), printed.desimal),
            )

    def _teks_vs_tabel(self, r: BarisAngka, t: Nilai, rr: Nilai, tahun: int | None = None) -> None:
        """The same target or realisasi printed differently in the table and in the text about it.

        With the row's year known, a sentence naming other years only speaks of those years.
        """
        inti = _inti_nama(r.nama)
        if not inti:
            return
        pakai = [k for k, low in zip(self.kalimat, self._kecil, strict=True) if inti in low]
        if tahun is not None:
            pakai = [k for k in pakai if not (ys := set(re.findall(r"\b(?:19|20)\d{2}\b", k.teks)))
                     or str(tahun) in ys]
        if not pakai or len(pakai) > 6:
            return  # not in the text, or words the whole document uses (the unit's own name)
        num = rf"(?P<n>{_ANGKA})(?=\s*(?:%|persen|/|\s|,\s|\.\s|\.$|$))"
        pola = {
            "target": re.compile(rf"target\s*(?:capai\w*\s*|kinerja\s*|tahun\s*(?:19|20)\d{{2}}\s*)?"
                                 rf"(?:sebesar|yaitu|adalah|yakni)?\s*{num}", re.IGNORECASE),
            "realisasi": re.compile(rf"realisasi(?:\s+[a-z]+){{0,3}}?\s*(?:sebesar|mencapai|yaitu|adalah)\s*{num}",
                                    re.IGNORECASE),
        }
        tabel = {"target": t, "realisasi": rr}
        for medan, rx in pola.items():
            sebut: list[tuple[Nilai, Kalimat]] = []
            for k in pakai:
                for m in rx.finditer(k.teks):
                    v = _nilai(m.group("n"))
                    if v is not None and not _TAHUN.match(m.group("n")):
                        sebut.append((v, k))
            tv = tabel[medan].angka
            if not sebut or tv is None or any(v.angka == tv for v, _ in sebut):
                continue
            v, k = sebut[0]
            self.tambah(
                "TABEL_TEKS_BEDA", TingkatTemuan.GALAT,
                f"{medan.capitalize()} {r.nama} tercetak {tabel[medan].teks} di tabel ({r.lokasi}) "
                f"tetapi {v.teks} di teks.",
                k.lokasi, v.teks, f"{tabel[medan].teks} (seperti di tabel), atau tabel yang diperbaiki",
            )

    def _blok_anggaran(self, blok: list[BarisAngka]) -> None:
        """Budget rows (pagu, realisasi, %) and the program rows they belong to.

        The figure after the two amounts is read as the percentage only when most such rows
        agree with that reading: wide tables put a target volume or a triwulan there.
        """
        prog_rx = re.compile(r"^\W*(?:\d+[.)]?\s*)?program\b", re.IGNORECASE)
        groups: dict[int, list[tuple[BarisAngka, Decimal, Decimal]]] = {}
        calon: list[tuple[BarisAngka, Decimal, Decimal, Nilai, str]] = []
        for r in blok:
            big = [v for v in r.angka if v.angka is not None and v.angka >= 100_000]
            if len(big) < 2 or prog_rx.match(r.nama) or r.ringkasan:
                continue
            a, b = big[0], big[1]
            if a.angka is None or b.angka is None or a.angka <= 0:
                continue
            after = r.angka[r.angka.index(b) + 1:]
            if after and _kecil(after[0]):
                calon.append((r, a.angka, b.angka, after[0], _cocok(b.angka / a.angka * HUNDRED, after[0])))
            for j in range(r.indeks - 1, max(-1, r.indeks - 40), -1):
                tx = self.lines[j].teks
                if prog_rx.match(tx):
                    groups.setdefault(j, []).append((r, a.angka, b.angka))
                    break
                if re.match(r"\s*tabel\b", tx, re.IGNORECASE) or _RINGKAS.match(tx):
                    break
        cocok = sum(1 for *_, h in calon if h in ("sama", "bulat", "potong"))
        if cocok >= 2 and cocok * 5 >= 3 * len(calon):
            for r, a_, b_, p, hasil in calon:
                if hasil in ("sama", "bulat"):
                    continue
                benar = b_ / a_ * HUNDRED
                self.tambah(
                    "ANGGARAN_PERSEN_BARIS", TingkatTemuan.INFO if hasil == "potong" else TingkatTemuan.GALAT,
                    f"Realisasi anggaran {r.nama or 'baris ini'}: {rupiah_teks(b_)} dari {rupiah_teks(a_)} = "
                    f"{_pct(benar, 2)}, tercetak {p.teks}.", r.lokasi, p.teks, _pct(benar, p.desimal),
                )
        for j, rows in groups.items():
            self._cek_program(j, rows)

    def _cek_program(self, j: int, rows: list[tuple[BarisAngka, Decimal, Decimal]]) -> None:
        sub = [x for x in rows if re.match(r"^\W*(?:\d+[.)]?\s*)?sub\s*kegiatan", x[0].nama, re.IGNORECASE)]
        if sub:  # kegiatan rows repeat the sum of their sub kegiatan
            rows = [x for x in rows if not re.match(r"^\W*(?:\d+[.)]?\s*)?kegiatan", x[0].nama, re.IGNORECASE)]
        if len(rows) < 2:
            return
        ln = self.lines[j]
        nama, nums = _nama_dan_angka(ln.teks)
        big = [v for v in nums if v.angka is not None and v.angka >= 100_000]
        sa = sum((a for _, a, _ in rows), ZERO)
        sr = sum((b for _, _, b in rows), ZERO)
        if len(big) >= 2:
            after = [v for v in nums[nums.index(big[1]) + 1:] if _kecil(v)]
            if after and big[0].angka and big[1].angka is not None:
                self._persen_program(ln, nama, big[1].angka, big[0].angka, after[0], rows)
            for label, v, s in (("pagu", big[0], sa), ("realisasi", big[1], sr)):
                if v.angka != s:
                    self.tambah("ANGGARAN_PROGRAM", TingkatTemuan.GALAT,
                                f"{label.capitalize()} {nama} tercetak {v.teks}, padahal jumlah {len(rows)} rinciannya "
                                f"{rupiah_teks(s)}.", ln.lokasi, v.teks, rupiah_teks(s))
            return
        pcts = [v for v in nums if _kecil(v) and not (v.desimal == 0 and not v.persen and _TAHUN.match(v.teks))]
        if len(pcts) != 1 or sa <= 0:
            return
        self._persen_program(ln, nama, sr, sa, pcts[0], rows)

    def _persen_program(self, ln: Baris, nama: str, sr: Decimal, sa: Decimal, p: Nilai,
                        rows: list[tuple[BarisAngka, Decimal, Decimal]]) -> None:
        """A program's percentage: its realisasi over its pagu, weighted by amount, not a mean of rows."""
        benar = sr / sa * HUNDRED
        hasil = _cocok(benar, p)
        if hasil in ("sama", "bulat"):
            return
        rata = [b / a * HUNDRED for _, a, b in rows if a]
        sederhana = sum(rata, ZERO) / len(rata) if rata else ZERO
        ket = (" Angka tercetak adalah rata-rata sederhana persentase rinciannya, bukan rata-rata tertimbang "
               "menurut anggaran." if rata and _cocok(sederhana, p) == "sama" else "")
        self.tambah(
            "ANGGARAN_PROGRAM", TingkatTemuan.INFO if hasil == "potong" else TingkatTemuan.GALAT,
            f"Realisasi {nama}: {rupiah_teks(sr)} dari {rupiah_teks(sa)} = {_pct(benar, 2)}, tercetak {p.teks}.{ket}",
            ln.lokasi, p.teks, f"{_pct(benar, p.desimal)} ({rupiah_teks(sr)} / {rupiah_teks(sa)} × 100%)",
        )

    def _blok_jumlah(self, blok: list[BarisAngka]) -> None:
        """A 'Jumlah'/'Total' row: the sum of each column of the rows above it."""
        start = 0
        for i, r in enumerate(blok):
            if r.nomor or not re.match(r"^\W*(?:jumlah|total|sub\s*total)\b", r.nama, re.IGNORECASE):
                continue
            above = [x for x in blok[start:i] if not x.ringkasan and len(x.angka) == len(r.angka)]
            start = i + 1
            if len(above) < 2:
                continue
            for col, printed in enumerate(r.angka):
                vals = [x.angka[col] for x in above]
                if printed.angka is None or printed.persen or any(v.persen or v.angka is None for v in vals):
                    continue
                s = sum((v.angka for v in vals if v.angka is not None), ZERO)
                if s <= 0 or not (Decimal("0.33") < printed.angka / s < 3):
                    continue
                if quantize(s, printed.desimal) == printed.angka:
                    continue
                self.tambah("JUMLAH_BARIS", TingkatTemuan.GALAT,
                            f"{r.nama} kolom ke-{col + 1} tercetak {printed.teks}, padahal jumlah {len(vals)} baris "
                            f"di atasnya {angka_teks(s, max(v.desimal for v in vals))}.",
                            r.lokasi, printed.teks, angka_teks(s, max(v.desimal for v in vals)))


# -- rows with numbers ---------------------------------------------------------------------------

_NEGATIF = re.compile(
    r"miskin|pengangguran|kematian|mortalit|kesakitan|prevalensi|stunting|temuan|kasus|gizi buruk|"
    r"kecelakaan|kebakaran|genangan|banjir|kemacetan|lama\s+waktu|waktu\s+(?:rata-rata\s+)?(?:pelayanan|"
    r"penyelesaian|tanggap)|kumuh|rawan|risiko|pelanggaran|kerusakan|korban|kerugian|putus sekolah|"
    r"tidak layak|buta aksara|tunggakan|inflasi|penyalahgunaan|ketimpangan|gini|kriminal",
    re.IGNORECASE,
)
# a lower-is-better word as the object of an improvement: 'kawasan kumuh yang tertangani', 'penurunan temuan'
ARAH_POSITIF = re.compile(
    r"tertangani|ditangani|penanganan|pencegahan|penanggulangan|tertanggulangi|pengurangan|penurunan|menurun|"
    r"berkurang|capaian|teratasi|terselesaikan|ditindaklanjuti|tindak lanjut|rehabilitasi|mitigasi|bebas|"
    r"perlindungan|terlindungi",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_BUKAN_BASIS = re.compile(r"sisa|realisasi|terserap|serapan", re.IGNORECASE)
_SISA = re.compile(r"sisa[^.\d]{0,30}$", re.IGNORECASE)
_EKOR_KATA = re.compile(r"[A-Za-z]{2,}")
_NAMA_ATAS = re.compile(r"target|realisasi|tabel|[.:;]$", re.IGNORECASE)
_NOMOR = re.compile(r"\s*\d{1,2}(?:[.)]|\s|\t)\s*[A-Za-z]")
_RINGKAS = re.compile(r"^\W*(?:rata-?\s*rata|rerata|jumlah|total|sub\s*total)\b", re.IGNORECASE)


@dataclass
class BarisAngka:
    indeks: int
    lokasi: str
    nama: str
    angka: list[Nilai]
    nomor: bool = False  # the row carries a number ("3.", "3"): an indicator, not a summary row
    dikenali: bool = False  # the format reader examined its table: only compared with the text here

    @property
    def ringkasan(self) -> bool:
        return not self.nomor and bool(_RINGKAS.match(self.nama))


def _nama_dan_angka(teks: str) -> tuple[str, list[Nilai]]:
    clean = _SATUAN_MELEKAT.sub(" ", teks)
    lead = re.match(r"\s*(?:\d{1,2}[.)]?|[a-z][.)])\s*(?=[A-Za-z])|\s*\d{1,2}\t", clean)
    skip = lead.end() if lead else 0
    first = _RE_ANGKA.search(clean, skip)
    nama = clean[skip:first.start()] if first else clean[skip:]
    nama = nama.strip(" \t:;-")
    nums = angka_baris(clean[first.start():], bersih=True) if first else []
    return nama, nums


def _baris_angka(lines: list[Baris]) -> list[BarisAngka]:
    """Lines that are table rows: a name, then a run of numbers with at most a few unit words between."""
    out = []
    for i, ln in enumerate(lines):
        if ln.dikenali or (len(ln.teks) > 300 and "\t" not in ln.teks) or len(_DIGITS.findall(ln.teks)) < 2:
            continue  # a long untabbed line is a paragraph, a line without two figures no row
        nama, nums = _nama_dan_angka(ln.teks)
        nums = [v for v in nums if not (v.desimal == 0 and not v.persen and _TAHUN.match(v.teks))]
        if len(nums) < 2:
            continue
        ekor = _RE_ANGKA.sub(" ", _SATUAN_MELEKAT.sub(" ", ln.teks))[len(nama):]
        if len(_EKOR_KATA.findall(ekor)) > 4 or len(nama.split()) > 25:
            continue  # prose that happens to hold numbers
        nomor = bool(_NOMOR.match(ln.teks))
        if len(nama.split()) < 3 and i > 0:
            # the name sits on the line above (OCR puts a long name on its own line)
            prev = lines[i - 1].teks.strip()
            pn, pnums = _nama_dan_angka(prev)
            if prev and not pnums and len(prev) < 80 and not _NAMA_ATAS.search(prev):
                nama = f"{pn} {nama}".strip()
                nomor = nomor or bool(_NOMOR.match(prev))
        out.append(BarisAngka(i, ln.lokasi, nama, nums, nomor, ln.dikenali))
    return out


def _blok(rows: list[BarisAngka]) -> Iterable[list[BarisAngka]]:
    cur: list[BarisAngka] = []
    for r in rows:
        if cur and r.indeks - cur[-1].indeks > 8:
            yield cur
            cur = []
        cur.append(r)
    if cur:
        yield cur


def _kecil(v: Nilai) -> bool:
    """A percentage-like figure, not an amount of money."""
    return v.angka is not None and v.angka < 100_000


def _hitung(rumus: str, t: Nilai, r: Nilai) -> tuple[Decimal, Decimal, Decimal] | None:
    if t.angka is None or r.angka is None or t.angka <= 0:
        return None
    tl, th = rentang_cetak(t.angka, t.desimal)
    rl, rh = rentang_cetak(r.angka, r.desimal)
    if rumus == "R / T":
        return _rasio(r, t)
    if rumus == "T / R":
        return _rasio(t, r)
    if tl <= 0:
        return None
    def neg(tt: Decimal, rr: Decimal) -> Decimal:
        return max((2 * tt - rr) / tt * HUNDRED, ZERO)
    vals = [neg(a, b) for a in (tl, th) for b in (rl, rh)]
    return neg(t.angka, r.angka), min(vals), max(vals)


_UMUM = {"angka", "persentase", "prosentase", "jumlah", "tingkat", "indeks", "rasio", "cakupan", "nilai",
         "rata-rata", "capaian", "presentase"}


def _inti_nama(nama: str) -> str:
    """The words that name an indicator in the text: 'Angka Kematian Bayi per 1.000KH' -> 'kematian bayi'."""
    low = re.sub(r"\([^)]*\)|per\s*[\d.]+\s*\w*|[^a-z\s-]", " ", nama.casefold())
    words = [w for w in low.split() if w not in _UMUM]
    inti = " ".join(words[:2])
    return inti if len(words) >= 2 and len(inti) >= 8 else ""


def periksa_umum(doc: Dokumen, dikenali: frozenset[int] = frozenset(),
                 baris_dikenal: Iterable[tuple[str, str, Nilai, Nilai, int]] = ()) -> list[Temuan]:
    """Every finding of the general reader on one document.

    ``dikenali``: see ``baris_dokumen``; ``baris_dikenal``: (name, place, target, realisasi, year) of
    the rows the format reader read in those tables, compared here with what the text says of them.
    """
    p = Pembaca(baris_dokumen(doc, dikenali))
    p.periksa()
    for nama, lokasi, t, r, tahun in baris_dikenal:
        p._teks_vs_tabel(BarisAngka(-1, lokasi, nama, [t, r]), t, r, tahun)
    return p.temuan


# -- shared with the LKjIP importer: which rows are indicators, their unit and polarity ----------

_RINGKASAN_NAMA = re.compile(
    r"^\W*(?:jumlah|total|sub\s*total|rata-?\s*rata|rerata)\b\W*"
    r"(?:$|capaian|realisasi|kinerja|nilai|skor|persentase\s+capaian|seluruh|keseluruhan|akhir)",
    re.IGNORECASE,
)


def baris_ringkasan(nama: str) -> bool:
    """'Jumlah Capaian Realisasi Kinerja', 'Rata-Rata Capaian', 'Total': a summary row, not an indicator.

    'Jumlah kasus DBD' and 'Rata-rata lama waktu pelayanan' are indicators: the word after
    'jumlah' or 'rata-rata' says what is counted.
    """
    return bool(_RINGKASAN_NAMA.match(nama.strip()))


def negatif_menurut_nama(nama: str) -> bool:
    """Whether the indicator's name says lower is better (kematian, kemiskinan, waktu pelayanan …)."""
    return bool(_NEGATIF.search(nama)) and not ARAH_POSITIF.search(nama)


_SATUAN_BAKU = {"persen": "%", "%": "%", "persentase": "%", "prosen": "%"}


def satuan_baris(tabel: Tabel, indeks: int) -> str:
    """The unit the table's 'Satuan' column prints for row ``indeks`` ('Persen' -> '%'); '' when none."""
    for head in tabel.baris[:min(indeks, 4)]:
        cols = [j for j, c in enumerate(head) if re.fullmatch(r"\s*satuan\s*", c, re.IGNORECASE)]
        if cols and indeks < len(tabel.baris) and cols[0] < len(tabel.baris[indeks]):
            teks = tabel.baris[indeks][cols[0]].strip()
            return _SATUAN_BAKU.get(teks.casefold(), teks)
    return ""
