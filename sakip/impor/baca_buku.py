"""Import of a PD-year workbook: check the file, parse read-only, preview every change, commit atomically.

Nothing is stored unless the whole file is valid: errors are collected per sheet, row and
column, and the commit runs all writes through the services in one transaction. The
whole-Pemda workbook (``ekspor --semua``: the four sheets of every PD behind a number
prefix, "01 Info", "01 Cascade", ...) is read by ``baca_semua`` and stored by
``simpan_semua`` in ONE transaction: a bad row of any PD stores nothing of any PD.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any

from defusedxml import DefusedXmlException, ElementTree
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import ValidationError
from django.db import transaction
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.xml import DEFUSEDXML

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import (
    IsianJumlah,
    MelebihiPagu,
    periksa_pagu,
    simpan_realisasi_anggaran_batch,
    tambah_sub_kegiatan,
    ubah_pagu,
)
from sakip.audit.context import Sumber, pelaku
from sakip.audit.services import teks
from sakip.core.batas import BATAS, AngkaDitolak, JenisAngka, jenis_satuan, periksa
from sakip.core.budget import TingkatAnggaran
from sakip.core.codes import KodeError, kode_induk, normalise_kode, tingkat_kode
from sakip.core.formatting import ParseError, parse_angka, rupiah
from sakip.core.zip_aman import ArsipDitolak, BatasArsip, baca_bagian, periksa_arsip
from sakip.organisasi.models import Pemda, Unit
from sakip.perencanaan.models import Indikator, Target
from sakip.perencanaan.services import ubah_target
from sakip.realisasi.models import Realisasi
from sakip.realisasi.services import IsianNilai, PerluKonfirmasi, simpan_realisasi_batch

from .buku import (
    ANGGARAN,
    BAGIAN,
    CASCADE,
    INFO,
    KOLOM,
    LEMBAR_RENCANA,
    LEMBAR_WAJIB,
    REALISASI,
    indikator_tahun,
    kunci_anggaran,
)

MAKS_BYTE_TERURAI = 50 * 1024 * 1024  # uncompressed XML of a real PD-year is a few MB
MAKS_BYTE_TERURAI_PEMDA = 200 * 1024 * 1024  # the demo Pemda (58 units) is 2 MB; room for a large Kabupaten
MAKS_BYTE_BERKAS = 20 * 1024 * 1024  # the packed file: a PD-year workbook is tens of KB
MAKS_BYTE_BERKAS_PEMDA = 100 * 1024 * 1024
MAKS_RASIO = 200  # ordinary XLSX parts compress ~5-20x; far more is a zip bomb
MAKS_BARIS = 5000  # a PD has a few hundred indicators or DPA lines
MAKS_KOLOM = 60  # the widest sheet has 10 columns; a sheet claiming thousands is refused before reading
_BAGIAN_WAJIB = ("[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels")
_AWALAN_INFO = re.compile(rf"^(\d+ ){INFO}$")  # "01 Info": one PD of a whole-Pemda workbook
_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "p": "http://schemas.openxmlformats.org/package/2006/relationships"}


class BerkasDitolak(ValueError):
    """The file as a whole is unusable (not an XLSX, too large, a zip bomb, wrong PD or year)."""


@dataclass(frozen=True)
class GalatImpor:
    lembar: str
    baris: int | None
    kolom: str | None
    pesan: str
    pd: str = ""  # the PD's slug in a whole-Pemda workbook

    def __str__(self) -> str:
        tempat = f"PD {self.pd}, lembar {self.lembar}" if self.pd else f"lembar {self.lembar}"
        if self.baris:
            tempat += f", baris {self.baris}"
        if self.kolom:
            tempat += f", kolom {self.kolom}"
        return f"{tempat}: {self.pesan}"

    @property
    def sel(self) -> str:
        """Where, the way a spreadsheet writes it: "Realisasi!F12", "'01 Realisasi'!F12", or the sheet."""
        lembar = f"'{self.lembar}'" if re.search(r"[^A-Za-z0-9_]", self.lembar) else self.lembar
        if self.kolom and self.baris:
            return f"{lembar}!{self.kolom}{self.baris}"
        return lembar if not self.kolom and not self.baris else f"{lembar}!{self.kolom or ''}{self.baris or ''}"


@dataclass(frozen=True)
class Ubah:
    """One value the import would change: where, what, old → new."""

    lembar: str
    baris: int
    objek: str
    field: str
    lama: Decimal | str | None  # text: a qualitative target, an action, a faktor
    baru: Decimal | str | None
    pd: str = ""


@dataclass(frozen=True)
class SubKegiatanBaru:
    """A sheet row whose code is not in the DPA yet, to be added under its existing kegiatan."""

    baris: int
    kegiatan_id: int
    kode: str
    nama: str
    pelaksana_id: int | None
    pagu: Decimal
    realisasi: dict[int, Decimal]


@dataclass
class Pratinjau:
    unit: Unit
    tahun: int
    perubahan: list[Ubah] = field(default_factory=list)
    galat: list[GalatImpor] = field(default_factory=list)
    # What commit() writes, grouped the way the services take it.
    _target: dict[int, Decimal | None] = field(default_factory=dict)
    _realisasi: dict[int, dict[str, Decimal | None]] = field(default_factory=dict)
    _anggaran: dict[int, dict[int, Decimal | None]] = field(default_factory=dict)
    _pagu: dict[int, Decimal] = field(default_factory=dict)
    _baru: list[SubKegiatanBaru] = field(default_factory=list)
    _rencana: Any = None  # baca_rencana.RencanaBuku: the rencana aksi sheets, stored after the DPA

    @property
    def sah(self) -> bool:
        return not self.galat


@dataclass
class PratinjauPemda:
    """The preview of a whole-Pemda workbook: one Pratinjau per PD plus errors of the file itself."""

    tahun: int | None
    bagian: list[Pratinjau] = field(default_factory=list)
    galat_berkas: list[GalatImpor] = field(default_factory=list)

    @property
    def galat(self) -> list[GalatImpor]:
        return [*self.galat_berkas, *(g for p in self.bagian for g in p.galat)]

    @property
    def perubahan(self) -> list[Ubah]:
        return [u for p in self.bagian for u in p.perubahan]

    @property
    def sah(self) -> bool:
        return not self.galat


def _batas(maks: int) -> BatasArsip:
    # The packed file may be at most as large as its unpacked content, bounded by the upload limit.
    berkas = MAKS_BYTE_BERKAS_PEMDA if maks > MAKS_BYTE_TERURAI else MAKS_BYTE_BERKAS
    return BatasArsip("XLSX", berkas=berkas, terurai=maks, bagian=maks // 2, rasio=MAKS_RASIO)


def periksa_zip(berkas: Path | IO[bytes], maks: int = MAKS_BYTE_TERURAI) -> None:
    """Refuse what is not a whole XLSX, zip bombs and XML bombs, before openpyxl parses anything.

    The one guard of every workbook upload: the CLI and the web pages both reach it through
    ``baca``/``baca_semua``.
    """
    if not DEFUSEDXML:  # openpyxl parses with defusedxml only when it is installed
        raise BerkasDitolak("Pustaka defusedxml tidak terpasang; impor dimatikan demi keamanan.")
    try:
        periksa_arsip(berkas, _batas(maks), _BAGIAN_WAJIB)
    except ArsipDitolak as exc:
        raise BerkasDitolak(str(exc)) from None


def _hitung_gabung(zf: zipfile.ZipFile, nama: str, maks: int) -> int:
    """How many <mergeCell> a sheet part holds, read in bounded chunks (a tag may straddle two)."""
    tag = b"<mergeCell "
    n, sisa, dibaca = 0, b"", 0
    with zf.open(nama) as f:
        while potongan := f.read(64 * 1024):
            dibaca += len(potongan)
            if dibaca > maks:
                raise BerkasDitolak(f"Bagian {nama} lebih besar dari batasnya setelah diurai.")
            data = sisa + potongan
            n += data.count(tag)
            # keep a tail shorter than the tag: it cannot hold a whole tag already counted
            sisa = data[-(len(tag) - 1):]
    return n


def _lembar_bergabung(berkas: Path | IO[bytes], maks: int = MAKS_BYTE_TERURAI) -> dict[str, int]:
    """Sheets with merged cells (read-only openpyxl does not report them), by sheet name."""
    hasil: dict[str, int] = {}
    try:
        with zipfile.ZipFile(berkas) as zf:
            wb = ElementTree.fromstring(baca_bagian(zf, "xl/workbook.xml", maks))
            rels = ElementTree.fromstring(baca_bagian(zf, "xl/_rels/workbook.xml.rels", maks))
            target = {r.get("Id"): r.get("Target") or "" for r in rels.findall("p:Relationship", _NS)}
            for sheet in wb.findall("m:sheets/m:sheet", _NS):
                path = target.get(sheet.get(f"{{{_NS['r']}}}id"), "")
                path = path.lstrip("/") if path.startswith("/") else posixpath.normpath(f"xl/{path}")
                if path in zf.namelist():
                    n = _hitung_gabung(zf, path, maks)
                    if n:
                        hasil[str(sheet.get("name"))] = n
    except (ElementTree.ParseError, DefusedXmlException, zipfile.BadZipFile, KeyError, OSError, zlib.error,
            ArsipDitolak) as exc:
        raise BerkasDitolak(f"Daftar lembar berkas ini tidak dapat dibaca ({exc.__class__.__name__}); simpan "
                            "ulang berkasnya dari Excel.") from None
    if not isinstance(berkas, Path | str):
        berkas.seek(0)  # an open file goes on to openpyxl
    return hasil


def _angka(nilai: Any) -> Decimal | None:
    """A cell as a number: numeric cells are numbers; text cells are read the Indonesian way."""
    if nilai is None or (isinstance(nilai, str) and not nilai.strip()):
        return None
    if isinstance(nilai, bool) or isinstance(nilai, datetime | date):
        raise ParseError("sel berisi tanggal/logika, harus berupa angka")
    if isinstance(nilai, int | float):
        try:
            return Decimal(str(nilai))  # str() gives the shortest repr, so 93.15 stays 93.15
        except InvalidOperation:
            raise ParseError(f"{nilai} bukan angka") from None
    s = str(nilai).strip()
    if s.startswith("="):
        raise ParseError("sel berisi rumus; salin lalu tempel sebagai nilai (Paste Special → Values)")
    return parse_angka(s)


@contextmanager
def _buku(berkas: Path | IO[bytes]) -> Iterator[Any]:
    try:
        wb = load_workbook(berkas, read_only=True, data_only=False)
    except Exception as exc:  # any parser failure means the same to the user
        raise BerkasDitolak(f"Berkas XLSX tidak dapat dibaca ({exc.__class__.__name__}); simpan ulang "
                            "berkasnya dari Excel sebagai .xlsx.") from exc
    try:
        ganda = sorted({n for n in wb.sheetnames if wb.sheetnames.count(n) > 1})
        if ganda:
            raise BerkasDitolak(f"Nama lembar {', '.join(ganda)} dipakai lebih dari sekali; berkas ini rusak.")
        yield wb
    finally:
        wb.close()


def _baris_aman(ws: Any, **batas: int) -> Iterator[tuple[Any, ...]]:
    """The rows of a sheet; a part openpyxl cannot read (bad XML, a shared string that does not
    exist, a number cell holding text) refuses the file instead of escaping as a traceback."""
    rows = ws.iter_rows(values_only=True, **batas)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except BerkasDitolak:
            raise
        except Exception as exc:  # openpyxl raises many types on a damaged sheet part
            raise BerkasDitolak(f"Lembar {ws.title} tidak dapat dibaca ({exc.__class__.__name__}); isinya rusak. "
                                "Simpan ulang berkasnya dari Excel.") from exc
        yield row


def _info(ws: Any) -> dict[str, Any]:
    return {str(r[0]).strip(): r[1] for r in _baris_aman(ws, max_row=3, max_col=2) if r and r[0]}


_TAHUN = re.compile(r"[0-9]{4}")  # ASCII only: '２０２５' and '2025²' are digits to str.isdigit()


def _tahun(nilai: Any) -> int | None:
    """The year of an Info sheet: a whole number cell, or four ASCII digits; otherwise None."""
    if isinstance(nilai, bool):
        return None
    if isinstance(nilai, int):
        return nilai
    if isinstance(nilai, float) and nilai.is_integer() and 1000 <= nilai <= 9999:
        return int(nilai)
    teks_ = str(nilai if nilai is not None else "").strip()
    return int(teks_) if _TAHUN.fullmatch(teks_) else None


def _baca_lembar(wb: Any, p: Pratinjau, awalan: str = "") -> None:
    from .baca_rencana import baca_rencana  # it reads cells with this module's helpers

    _baca_cascade(wb[f"{awalan}{CASCADE}"], p)
    _baca_realisasi(wb[f"{awalan}{REALISASI}"], p)
    _baca_anggaran(wb[f"{awalan}{ANGGARAN}"], p)
    baca_rencana(wb, p, awalan)  # after the Anggaran: the kas adds up to the pagu this file sets


def baca(berkas: Path | IO[bytes], unit: Unit, tahun: int) -> Pratinjau:
    """Parse the workbook of ``unit``/``tahun`` into a preview of every change (nothing is stored)."""
    periksa_zip(berkas)
    p = Pratinjau(unit, tahun)
    for nama, n in _lembar_bergabung(berkas).items():
        p.galat.append(GalatImpor(nama, None, None, f"{n} sel gabungan (merged cells); pisahkan dulu, satu nilai per sel."))
    with _buku(berkas) as wb:
        hilang = [s for s in LEMBAR_WAJIB if s not in wb.sheetnames]
        if hilang:
            if any(_AWALAN_INFO.match(s) for s in wb.sheetnames):
                raise BerkasDitolak("Berkas ini berisi seluruh Pemda (lembar '01 Info', ...); impor dengan --semua "
                                    "atau lewat halaman impor seluruh Pemda.")
            raise BerkasDitolak(f"Lembar {', '.join(hilang)} tidak ada; pakai templat unduhan Sakip.")
        info = _info(wb[INFO])
        th = _tahun(info.get("Tahun"))
        if th is None:
            raise BerkasDitolak(f"Lembar Info, sel B3: tahun '{info.get('Tahun')}' bukan angka tahun; tulis "
                                "dengan angka 0-9 biasa, misalnya 2025.")
        if str(info.get("PD", "")).strip() != unit.slug or th != tahun:
            raise BerkasDitolak(f"Berkas ini untuk {info.get('PD')} tahun {info.get('Tahun')}, bukan {unit.slug} "
                                f"tahun {tahun}.")
        _baca_lembar(wb, p)
    return p


def baca_semua(berkas: Path | IO[bytes], tahun: int | None = None, pemda: Pemda | None = None) -> PratinjauPemda:
    """Parse a whole-Pemda workbook (``ekspor --semua``) into one preview per PD (nothing is stored).

    ``tahun``, when given, must be the year of every Info sheet; ``pemda`` limits the PDs to
    one Pemda (the web page of an Admin Pemda). Errors carry the PD's slug.
    """
    periksa_zip(berkas, MAKS_BYTE_TERURAI_PEMDA)
    pp = PratinjauPemda(tahun)
    gabung = _lembar_bergabung(berkas, MAKS_BYTE_TERURAI_PEMDA)
    with _buku(berkas) as wb:
        awalan = [m.group(1) for s in wb.sheetnames if (m := _AWALAN_INFO.match(s))]
        if not awalan:
            if INFO in wb.sheetnames:
                raise BerkasDitolak("Berkas ini berisi satu PD (lembar Info tanpa nomor); impor dengan --pd SLUG "
                                    "--tahun TAHUN atau lewat halaman impor PD tersebut.")
            raise BerkasDitolak("Lembar '01 Info' tidak ada; pakai berkas ekspor seluruh Pemda "
                                "(sakip ekspor-xlsx --semua atau unduhan halaman impor seluruh Pemda).")
        milik = {f"{a}{s}" for a in awalan for s in (*LEMBAR_WAJIB, *LEMBAR_RENCANA)}
        for nama in wb.sheetnames:
            if nama not in milik:
                pp.galat_berkas.append(GalatImpor(nama, None, None, "lembar ini bukan bagian templat seluruh Pemda "
                                                               "(tidak ada lembar Info bernomor yang sama); hapus."))
        infos = {a: _info(wb[f"{a}{INFO}"]) for a in awalan}
        qs = Unit.objects.filter(slug__in=[str(i.get("PD", "")).strip() for i in infos.values()])
        if pemda is not None:
            qs = qs.filter(pemda=pemda)
        units: dict[str, list[Unit]] = {}
        for u in qs.select_related("pemda"):
            units.setdefault(u.slug, []).append(u)
        dibaca: dict[str, str] = {}
        for a in awalan:
            info_ws = f"{a}{INFO}"
            salah = len(pp.galat_berkas)
            slug, th, calon = _cek_info_pd(pp, wb.sheetnames, a, infos[a], units, dibaca, pemda)
            if len(pp.galat_berkas) > salah:
                continue
            dibaca[slug] = info_ws
            p = Pratinjau(calon[0], int(th or 0))
            for nama in (f"{a}{s}" for s in (*LEMBAR_WAJIB, *LEMBAR_RENCANA)):
                if gabung.get(nama):
                    p.galat.append(GalatImpor(nama, None, None, f"{gabung[nama]} sel gabungan (merged cells); pisahkan "
                                                           "dulu, satu nilai per sel."))
            _baca_lembar(wb, p, a)
            p.galat = [replace(g, pd=slug) for g in p.galat]
            p.perubahan = [replace(u, pd=slug) for u in p.perubahan]
            pp.bagian.append(p)
    return pp


def _cek_info_pd(pp: PratinjauPemda, sheetnames: list[str], a: str, info: dict[str, Any],
                 units: dict[str, list[Unit]], dibaca: dict[str, str],
                 pemda: Pemda | None) -> tuple[str, int | None, list[Unit]]:
    """The PD, year and units named by one numbered Info sheet; what is wrong goes to the file's errors.

    The first valid year becomes the import's year when none was given.
    """
    info_ws = f"{a}{INFO}"
    slug, th = str(info.get("PD", "")).strip(), _tahun(info.get("Tahun"))
    if th is None:
        pp.galat_berkas.append(GalatImpor(info_ws, 3, "B", f"tahun '{info.get('Tahun')}' bukan angka tahun; "
                                                      "tulis dengan angka 0-9 biasa.", slug))
    elif pp.tahun is None:
        pp.tahun = th
    elif th != pp.tahun:
        pp.galat_berkas.append(GalatImpor(info_ws, 3, "B", f"tahun {th} berbeda dengan tahun impor {pp.tahun}; "
                                                      "satu berkas memuat satu tahun.", slug))
    calon = units.get(slug, [])
    if len(calon) != 1:
        di = f" pada {pemda.nama}" if pemda is not None else ""
        pesan = (f"PD '{slug}' tidak ditemukan{di}." if not calon else
                 f"slug '{slug}' ada di lebih dari satu Pemda; impor per PD dengan --pd dan --pemda.")
        pp.galat_berkas.append(GalatImpor(info_ws, 1, "B", pesan, slug))
    elif slug in dibaca:
        pp.galat_berkas.append(GalatImpor(info_ws, 1, "B", f"PD '{slug}' sudah ada pada lembar {dibaca[slug]}.", slug))
    hilang = [f"{a}{s}" for s in (CASCADE, REALISASI, ANGGARAN) if f"{a}{s}" not in sheetnames]
    if hilang:
        pp.galat_berkas.append(GalatImpor(info_ws, None, None, f"lembar {', '.join(hilang)} tidak ada.", slug))
    return slug, th, calon


def _baris(ws: Any, p: Pratinjau, kolom: list[str]) -> Iterator[tuple[int, list[Any]]]:
    """Yield (row number, cells) after checking the header; stop at the row limit."""
    # The <dimension> a file declares is checked, then not trusted: a smaller one would hide rows.
    if (ws.max_row or 0) > MAKS_BARIS + 1 or (ws.max_column or 0) > MAKS_KOLOM:
        p.galat.append(GalatImpor(ws.title, None, None, f"lembar ini menyatakan {ws.max_row or 0} baris dan "
                                                   f"{ws.max_column or 0} kolom; paling banyak {MAKS_BARIS} baris "
                                                   f"dan {MAKS_KOLOM} kolom (lebih dari {MAKS_BARIS} baris "
                                                   "bukan templat PD)."))
        return
    ws.reset_dimensions()
    rows = _baris_aman(ws)
    header = [("" if c is None else str(c).strip()) for c in next(rows, ())[:MAKS_KOLOM + 1]]
    while header and header[-1] == "":
        header.pop()
    for i, (got, want) in enumerate(zip(header, kolom, strict=False)):
        if got != want and not (want == "Target" and got.startswith("Target")):  # Cascade's "Target 2025"
            p.galat.append(GalatImpor(ws.title, 1, get_column_letter(i + 1), f"judul kolom '{got}', seharusnya '{want}'."))
            return
    if len(header) > len(kolom):
        extra = ", ".join(f"'{h}'" for h in header[len(kolom):])
        p.galat.append(GalatImpor(ws.title, 1, get_column_letter(len(kolom) + 1),
                             f"kolom tambahan {extra}; hapus kolom yang tidak ada di templat."))
        return
    if len(header) < len(kolom):
        p.galat.append(GalatImpor(ws.title, 1, get_column_letter(len(header) + 1),
                             f"kolom '{kolom[len(header)]}' tidak ada."))
        return
    for n, row in enumerate(rows, start=2):
        if n > MAKS_BARIS + 1:
            p.galat.append(GalatImpor(ws.title, n, None, f"lebih dari {MAKS_BARIS} baris; lembar ini bukan templat PD."))
            return
        cells = list(row) + [None] * (len(kolom) - len(row))
        lebih = cells[len(kolom):]
        # count() runs in C: a row whose only cell sits in column XFD is 16384 cells long
        if lebih.count(None) != len(lebih) and any(c is not None and str(c).strip() for c in lebih):
            p.galat.append(GalatImpor(ws.title, n, get_column_letter(len(kolom) + 1), "isian di luar kolom templat."))
            continue
        if all(c is None or not str(c).strip() for c in cells):
            continue
        yield n, cells[:len(kolom)]


def _nilai(p: Pratinjau, ws: str, n: int, kolom: int, cell: Any,
           jenis: JenisAngka | None = JenisAngka.NILAI) -> tuple[bool, Decimal | None]:
    """A number cell, checked against the bounds of its kind (``jenis`` None: the caller checks)."""
    try:
        nilai = _angka(cell)
        return True, (nilai if nilai is None or jenis is None else periksa(nilai, jenis))
    except (ParseError, AngkaDitolak) as exc:
        p.galat.append(GalatImpor(ws, n, get_column_letter(kolom + 1), f"{exc}."))
        return False, None


def _baca_cascade(ws: Any, p: Pratinjau) -> None:
    inds = {i.ref: i for i in indikator_tahun(p.unit, p.tahun)}
    lama = {t.indikator_id: t.nilai for t in Target.objects.filter(indikator__in=inds.values(), tahun=p.tahun)}
    seen: set[str] = set()
    for n, cells in _baris(ws, p, KOLOM[CASCADE]):
        ref = "" if cells[3] is None else str(cells[3]).strip()
        if not ref:
            continue  # a cascade box: shown for reading, not imported
        ind = _indikator_baris(ws, p, n, "D", ref, inds, seen)
        if ind is None:
            continue
        ok, baru = _nilai(p, ws.title, n, 6, cells[6], jenis_satuan(ind.satuan))
        if ok and teks(baru) != teks(lama.get(ind.pk)):
            p._target[ind.pk] = baru
            p.perubahan.append(Ubah(ws.title, n, ind.nama, f"Target {p.tahun}", lama.get(ind.pk), baru))


def _indikator_baris(ws: Any, p: Pratinjau, n: int, kolom: str, ref: str, inds: Mapping[str, Indikator],
                     seen: set[str]) -> Indikator | None:
    """The indicator a row's Ref names, once per sheet; None (with the refusal noted) otherwise."""
    if ref not in inds:
        p.galat.append(GalatImpor(ws.title, n, kolom, f"indikator dengan Ref '{ref}' tidak ada pada {p.unit.nama}."))
        return None
    if ref in seen:
        p.galat.append(GalatImpor(ws.title, n, kolom, f"Ref '{ref}' muncul dua kali."))
        return None
    seen.add(ref)
    return inds[ref]


def _baca_realisasi(ws: Any, p: Pratinjau) -> None:
    inds = {i.ref: i for i in indikator_tahun(p.unit, p.tahun)}
    lama: dict[int, dict[str, Decimal]] = {}
    for r in Realisasi.objects.filter(indikator__in=inds.values(), tahun=p.tahun):
        lama.setdefault(r.indikator_id, {})[r.bagian] = r.nilai
    seen: set[str] = set()
    for n, cells in _baris(ws, p, KOLOM[REALISASI]):
        ref = "" if cells[0] is None else str(cells[0]).strip()
        ind = _indikator_baris(ws, p, n, "A", ref, inds, seen)
        if ind is None:
            continue
        jenis = jenis_satuan(ind.satuan)  # the stored unit: the sheet's Satuan column is only for reading
        for j, bagian in enumerate(BAGIAN, start=3):
            ok, baru = _nilai(p, ws.title, n, j, cells[j], jenis)
            sebelum = lama.get(ind.pk, {}).get(bagian)
            if ok and teks(baru) != teks(sebelum):
                p._realisasi.setdefault(ind.pk, {})[bagian] = baru
                p.perubahan.append(Ubah(ws.title, n, ind.nama, bagian, sebelum, baru))


def _kode_sub(kode: str) -> str | None:
    """The normalised code when it is a sub kegiatan code, else None."""
    try:
        norm = normalise_kode(kode)
        return norm if tingkat_kode(norm) is TingkatAnggaran.SUB_KEGIATAN else None
    except KodeError:
        return None


def _galat_pagu(pagu: Decimal | None) -> str | None:
    """Why a pagu cannot be stored: the service's own check first (its wording), then the bounds."""
    try:
        if pagu is not None and pagu.is_finite() and pagu > BATAS[JenisAngka.RUPIAH].atas:
            periksa(pagu, JenisAngka.RUPIAH)  # first: the service's message cannot format 1e300
        periksa_pagu(pagu)
        if pagu is not None:
            periksa(pagu, JenisAngka.RUPIAH)
    except ValidationError as exc:
        return " ".join(exc.messages)
    except AngkaDitolak as exc:
        return f"pagu: {exc}."
    return None


def _baca_tw(p: Pratinjau, ws: Any, n: int, cells: list[Any]) -> dict[int, Decimal | None] | None:
    """The four triwulan cells of a DPA row; None when one of them is wrong (the error is listed)."""
    hasil: dict[int, Decimal | None] = {}
    for tw in (1, 2, 3, 4):
        ok, nilai = _nilai(p, ws.title, n, 4 + tw, cells[4 + tw], JenisAngka.RUPIAH)
        if not ok:
            return None
        hasil[tw] = nilai
    return hasil


def _baca_anggaran(ws: Any, p: Pratinjau) -> None:
    semua = list(MataAnggaran.objects.filter(unit=p.unit, tahun=p.tahun).select_related("pelaksana"))
    lines = {kunci_anggaran(m): m for m in semua if m.tingkat == TingkatAnggaran.SUB_KEGIATAN.value}
    kegiatan: dict[str, list[MataAnggaran]] = {}
    for m in semua:
        if m.tingkat == TingkatAnggaran.KEGIATAN.value:
            kegiatan.setdefault(m.kode, []).append(m)
    kode_jumlah = {m.kode for m in semua if m.tingkat != TingkatAnggaran.SUB_KEGIATAN.value}
    lama: dict[int, dict[int, Decimal]] = {}
    for r in RealisasiAnggaran.objects.filter(mata_anggaran__in=lines.values()):
        lama.setdefault(r.mata_anggaran_id, {})[r.triwulan] = r.jumlah
    sub_unit: dict[str, Unit] | None = None  # loaded only when a new row names a pelaksana
    seen: set[tuple[str, str]] = set()
    for n, cells in _baris(ws, p, KOLOM[ANGGARAN]):
        kode = "" if cells[0] is None else str(cells[0]).strip()
        pel = "" if cells[3] is None else str(cells[3]).strip()
        key = (kode, pel)
        if key not in lines and (norm := _kode_sub(kode)) and (norm, pel) in lines:
            key = (norm, pel)  # "7.01.01.2.01.01" written for "...0001"
        if key not in lines:
            if kode in kode_jumlah and pel == "":
                continue  # a program or kegiatan row: its sums are computed, not imported
            if sub_unit is None and pel:
                sub_unit = {u.slug: u for u in Unit.objects.filter(induk=p.unit)}
            _baca_baru(ws, p, n, cells, kegiatan, sub_unit or {}, seen)
            continue
        if key in seen:
            p.galat.append(GalatImpor(ws.title, n, "A", f"sub kegiatan {kode} muncul dua kali."))
            continue
        seen.add(key)
        m = lines[key]
        tw_baru = _baca_tw(p, ws, n, cells)
        _baca_pagu(ws, p, n, cells[4], m, {**lama.get(m.pk, {}), **(tw_baru or {})})
        for tw, baru in (tw_baru or {}).items():
            sebelum = lama.get(m.pk, {}).get(tw)
            if teks(baru) != teks(sebelum):
                p._anggaran.setdefault(m.pk, {})[tw] = baru
                p.perubahan.append(Ubah(ws.title, n, f"{m.kode} {m.nama}", f"TW{tw}", sebelum, baru))


def _baca_pagu(ws: Any, p: Pratinjau, n: int, cell: Any, m: MataAnggaran, sesudah: dict[int, Decimal | None]) -> None:
    """A changed pagu of sub kegiatan ``m``; ``sesudah`` is its realisasi per triwulan after the import."""
    ok, pagu = _nilai(p, ws.title, n, 4, cell, None)  # checked by _galat_pagu when it changes
    if not ok or teks(pagu) == teks(m.pagu):
        return
    salah = _galat_pagu(pagu)
    terpakai = sum((v for v in sesudah.values() if v is not None), Decimal(0))
    if salah:
        p.galat.append(GalatImpor(ws.title, n, "E", salah))
    elif pagu is not None and pagu < terpakai:
        # ubah_pagu refuses it too; said here so that the preview lists it with its cell.
        p.galat.append(GalatImpor(ws.title, n, "E", f"pagu baru {rupiah(pagu)} lebih kecil daripada realisasi "
                                               f"TW1–TW4 ({rupiah(terpakai)}); pagu tidak boleh di bawah "
                                               "realisasi yang sudah dibelanjakan."))
    elif pagu is not None:
        p._pagu[m.pk] = pagu
        p.perubahan.append(Ubah(ws.title, n, f"{m.kode} {m.nama}", "Pagu", m.pagu, pagu))


def _baca_baru(ws: Any, p: Pratinjau, n: int, cells: list[Any], kegiatan: dict[str, list[MataAnggaran]],
               sub_unit: dict[str, Unit], seen: set[tuple[str, str]]) -> None:
    """A row whose code is not in the DPA: a new sub kegiatan under an existing kegiatan, or an error."""
    kode = "" if cells[0] is None else str(cells[0]).strip()
    pel = "" if cells[3] is None else str(cells[3]).strip()
    dpa = f"DPA {p.unit.nama} {p.tahun}"
    norm = _kode_sub(kode)
    if norm is None or str(cells[2] or "").strip() != "Sub Kegiatan":
        p.galat.append(GalatImpor(ws.title, n, "A", f"kode '{kode}'{' (' + pel + ')' if pel else ''} tidak ada pada {dpa}; "
                                               "baris baru hanya dapat berupa sub kegiatan (kolom Tingkat 'Sub "
                                               "Kegiatan', kode seperti 7.01.01.2.01.0001)."))
        return
    induk_kode = kode_induk(norm) or ""
    kegs = kegiatan.get(induk_kode, [])
    if len(kegs) != 1:
        sebab = (f"kegiatan {induk_kode} juga tidak ada; sub kegiatan baru hanya dapat ditambahkan di bawah "
                 "kegiatan yang sudah ada" if not kegs else f"kegiatan {induk_kode} ada {len(kegs)} kali pada DPA")
        p.galat.append(GalatImpor(ws.title, n, "A", f"kode '{kode}' tidak ada pada {dpa} dan {sebab}."))
        return
    awal = len(p.galat)
    if (norm, pel) in seen:
        p.galat.append(GalatImpor(ws.title, n, "A", f"sub kegiatan {norm} muncul dua kali."))
        return
    seen.add((norm, pel))
    nama = "" if cells[1] is None else str(cells[1]).strip()
    if not nama:
        p.galat.append(GalatImpor(ws.title, n, "B", f"uraian sub kegiatan baru {norm} wajib diisi."))
    if pel and pel not in sub_unit:
        p.galat.append(GalatImpor(ws.title, n, "D", f"pelaksana '{pel}' bukan sub unit {p.unit.nama}; kosongkan atau "
                                               "isi slug kelurahan/bagian di bawahnya."))
    ok, pagu = _nilai(p, ws.title, n, 4, cells[4], None)
    if ok and (salah := _galat_pagu(pagu)):
        p.galat.append(GalatImpor(ws.title, n, "E", salah))
    tw = _baca_tw(p, ws, n, cells)
    if len(p.galat) > awal or pagu is None or tw is None:
        return
    isi = {k: v for k, v in tw.items() if v is not None}
    terpakai = sum(isi.values(), Decimal(0))
    if terpakai > pagu:
        p.galat.append(GalatImpor(ws.title, n, "E", f"pagu {rupiah(pagu)} lebih kecil daripada realisasi TW1–TW4 "
                                               f"({rupiah(terpakai)}) yang diisi pada baris ini."))
        return
    p._baru.append(SubKegiatanBaru(n, kegs[0].pk, norm, nama, sub_unit[pel].pk if pel else None, pagu, isi))
    objek = f"{norm} {nama} (sub kegiatan baru{', ' + pel if pel else ''})"
    p.perubahan.append(Ubah(ws.title, n, objek, "Pagu", None, pagu))
    p.perubahan.extend(Ubah(ws.title, n, objek, f"TW{k}", None, v) for k, v in isi.items())


class PerluKonfirmasiImpor(ValidationError):
    """Values far outside their target/history (or above pagu where allowed) that need a confirmed reason."""


def _bisa_dikonfirmasi(exc: ValidationError) -> bool:
    return isinstance(exc, PerluKonfirmasi) or (isinstance(exc, MelebihiPagu) and exc.boleh)


def _dengan_konfirmasi(isian: list[Any], simpan_batch: Any, unit: Unit, tahun: int, alasan: str) -> None:
    """Store a batch; the values that only ask a confirmation are listed together, or stored with ``alasan``.

    The valid values are stored first, then (with a reason) the questioned ones with that
    reason in the trail; any other refusal, or a question without a reason, rolls back the
    caller's transaction.
    """
    ditolak = simpan_batch(unit, tahun, isian, sebagian=True)
    lain = [exc for _, exc in sorted(ditolak.items()) if not _bisa_dikonfirmasi(exc)]
    if lain:
        raise lain[0]
    if not ditolak:
        return
    if not alasan.strip():
        daftar = "; ".join(" ".join(exc.messages) for _, exc in sorted(ditolak.items()))
        raise PerluKonfirmasiImpor(
            f"{len(ditolak)} isian perlu dikonfirmasi: {daftar}. Bila semuanya benar, simpan lagi dengan alasan "
            "konfirmasi (web: kolom Alasan konfirmasi; perintah: --konfirmasi \"ALASAN\").", code="konfirmasi")
    _semua_atau_tidak(simpan_batch(unit, tahun, [replace(isian[i], alasan=alasan.strip()) for i in sorted(ditolak)]))


def _tulis(p: Pratinjau, alasan: str = "") -> None:
    """Every write of one PD's preview, through the services (inside the caller's transaction)."""
    inds = Indikator.objects.in_bulk(set(p._target))
    lines = MataAnggaran.objects.in_bulk(set(p._pagu))
    for pk, nilai in p._target.items():
        ubah_target(inds[pk], {p.tahun: nilai})
    # Clearing first: a year holds triwulan or semester or annual values, never a mix.
    realisasi = sorted(((pk, b, v) for pk, values in p._realisasi.items() for b, v in values.items()),
                       key=lambda x: x[2] is not None)
    _dengan_konfirmasi([IsianNilai(pk, b, v) for pk, b, v in realisasi], simpan_realisasi_batch, p.unit, p.tahun,
                       alasan)
    # A higher pagu before the realisasi, which must not exceed the pagu (sakip.core.kewajaran).
    for pk, pagu in p._pagu.items():
        if lines[pk].pagu is not None and pagu > lines[pk].pagu:
            ubah_pagu(lines[pk], pagu)
    anggaran: list[IsianJumlah] = []
    if p._baru:
        kegiatan = MataAnggaran.objects.select_related("unit").in_bulk({b.kegiatan_id for b in p._baru})
        pelaksana = Unit.objects.in_bulk({b.pelaksana_id for b in p._baru if b.pelaksana_id})
        for b in p._baru:
            line = tambah_sub_kegiatan(kegiatan[b.kegiatan_id], kode=b.kode, nama=b.nama, pagu=b.pagu,
                                    pelaksana=pelaksana.get(b.pelaksana_id) if b.pelaksana_id else None)
            anggaran.extend(IsianJumlah(line.pk, tw, v) for tw, v in b.realisasi.items())
    anggaran.extend(IsianJumlah(pk, tw, v) for pk, values in p._anggaran.items() for tw, v in values.items())
    _dengan_konfirmasi(anggaran, simpan_realisasi_anggaran_batch, p.unit, p.tahun, alasan)
    # A lower pagu after the realisasi (ubah_pagu checks it against the realisasi this file leaves).
    for pk, pagu in p._pagu.items():
        if lines[pk].pagu is None or pagu < lines[pk].pagu:
            ubah_pagu(lines[pk], pagu)
    if p._rencana is not None:
        from .baca_rencana import tulis_rencana  # it imports this module's helpers

        tulis_rencana(p)  # last: the anggaran kas must add up to the pagu stored above


def _semua_atau_tidak(ditolak: dict[int, ValidationError]) -> None:
    """A batch service refused a value and stored nothing: so the whole import stores nothing."""
    for _, exc in sorted(ditolak.items())[:1]:
        raise exc


def simpan(p: Pratinjau, user: User | AnonymousUser | None = None, alasan_konfirmasi: str = "") -> int:
    """Store every change of a valid preview through the services, all or nothing; audit sumber "impor".

    Values far outside their target or history are stored only with ``alasan_konfirmasi``.
    """
    if not p.sah:
        raise ValidationError("Berkas masih berisi galat; tidak ada yang disimpan.")
    with pelaku(user, Sumber.IMPOR), transaction.atomic():
        _tulis(p, alasan_konfirmasi)
    return len(p.perubahan)


def simpan_semua(pp: PratinjauPemda, user: User | AnonymousUser | None = None, alasan_konfirmasi: str = "") -> int:
    """Store every PD of a valid whole-Pemda preview in ONE transaction; a refused write stores nothing."""
    if not pp.sah:
        raise ValidationError("Berkas masih berisi galat; tidak ada yang disimpan.")
    with pelaku(user, Sumber.IMPOR), transaction.atomic():
        for p in pp.bagian:
            try:
                _tulis(p, alasan_konfirmasi)
            except ValidationError as exc:  # name the PD: the service's message names only the line
                raise ValidationError([f"{p.unit.nama} ({p.unit.slug}): {m}" for m in exc.messages]) from exc
    return len(pp.perubahan)
