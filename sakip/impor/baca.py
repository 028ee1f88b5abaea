"""Import of a PD-year workbook: check the file, parse read-only, preview every change, commit atomically.

Nothing is stored unless the whole file is valid: errors are collected per sheet, row and
column, and the commit runs all writes through the services in one transaction.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any

from defusedxml import ElementTree
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import ValidationError
from django.db import transaction
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.xml import DEFUSEDXML

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import record_realisasi_anggaran
from sakip.audit.context import Sumber, pelaku
from sakip.audit.services import teks
from sakip.core.formatting import ParseError, parse_angka
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator, Target
from sakip.perencanaan.services import ubah_target
from sakip.realisasi.models import Realisasi
from sakip.realisasi.services import record_realisasi_tahun

from .buku import ANGGARAN, BAGIAN, CASCADE, INFO, KOLOM, REALISASI, indikator_tahun, kunci_anggaran

MAKS_BYTE_TERURAI = 50 * 1024 * 1024  # uncompressed XML of a real PD-year is a few MB
MAKS_RASIO = 200  # ordinary XLSX parts compress ~5-20x; far more is a zip bomb
MAKS_BARIS = 5000  # a PD has a few hundred indicators or DPA lines
_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "p": "http://schemas.openxmlformats.org/package/2006/relationships"}


class BerkasDitolak(ValueError):
    """The file as a whole is unusable (not an XLSX, too large, a zip bomb, wrong PD or year)."""


@dataclass(frozen=True)
class Galat:
    lembar: str
    baris: int | None
    kolom: str | None
    pesan: str

    def __str__(self) -> str:
        tempat = f"lembar {self.lembar}"
        if self.baris:
            tempat += f", baris {self.baris}"
        if self.kolom:
            tempat += f", kolom {self.kolom}"
        return f"{tempat}: {self.pesan}"


@dataclass(frozen=True)
class Ubah:
    """One value the import would change: where, what, old → new."""

    lembar: str
    baris: int
    objek: str
    field: str
    lama: Decimal | None
    baru: Decimal | None


@dataclass
class Pratinjau:
    unit: Unit
    tahun: int
    perubahan: list[Ubah] = field(default_factory=list)
    galat: list[Galat] = field(default_factory=list)
    # What commit() writes, grouped the way the services take it.
    _target: dict[int, Decimal | None] = field(default_factory=dict)
    _realisasi: dict[int, dict[str, Decimal | None]] = field(default_factory=dict)
    _anggaran: dict[int, dict[int, Decimal | None]] = field(default_factory=dict)

    @property
    def sah(self) -> bool:
        return not self.galat


def periksa_zip(berkas: Path | IO[bytes]) -> None:
    """Refuse what is not an XLSX, and zip bombs, before any XML is parsed."""
    if not DEFUSEDXML:  # openpyxl parses with defusedxml only when it is installed
        raise BerkasDitolak("Pustaka defusedxml tidak terpasang; impor dimatikan demi keamanan.")
    if not zipfile.is_zipfile(berkas):
        raise BerkasDitolak("Berkas bukan XLSX (bukan arsip Office Open XML); simpan ulang sebagai Excel .xlsx.")
    with zipfile.ZipFile(berkas) as zf:
        infos = zf.infolist()
        if "xl/workbook.xml" not in {i.filename for i in infos}:
            raise BerkasDitolak("Berkas zip ini bukan buku kerja Excel (xl/workbook.xml tidak ada).")
        total = sum(i.file_size for i in infos)
        if total > MAKS_BYTE_TERURAI:
            raise BerkasDitolak(f"Isi berkas terlalu besar setelah diurai ({total // (1024 * 1024)} MB; "
                                f"batas {MAKS_BYTE_TERURAI // (1024 * 1024)} MB).")
        for i in infos:
            if i.file_size > 1024 * 1024 and i.file_size > MAKS_RASIO * max(i.compress_size, 1):
                raise BerkasDitolak(f"Bagian {i.filename} memuai {i.file_size // max(i.compress_size, 1)} kali "
                                    "saat diurai (zip bomb); berkas ditolak.")


def _lembar_bergabung(berkas: Path | IO[bytes]) -> dict[str, int]:
    """Sheets with merged cells (read-only openpyxl does not report them), by sheet name."""
    hasil: dict[str, int] = {}
    with zipfile.ZipFile(berkas) as zf:
        wb = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels.findall("p:Relationship", _NS)}
        for sheet in wb.findall("m:sheets/m:sheet", _NS):
            path = target.get(sheet.get(f"{{{_NS['r']}}}id"), "")
            path = path.lstrip("/") if path.startswith("/") else posixpath.normpath(f"xl/{path}")
            if path in zf.namelist():
                n = zf.read(path).count(b"<mergeCell ")
                if n:
                    hasil[sheet.get("name")] = n
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


def baca(berkas: Path | IO[bytes], unit: Unit, tahun: int) -> Pratinjau:
    """Parse the workbook of ``unit``/``tahun`` into a preview of every change (nothing is stored)."""
    periksa_zip(berkas)
    p = Pratinjau(unit, tahun)
    for nama, n in _lembar_bergabung(berkas).items():
        p.galat.append(Galat(nama, None, None, f"{n} sel gabungan (merged cells); pisahkan dulu, satu nilai per sel."))
    try:
        wb = load_workbook(berkas, read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001  # any parser failure means the same to the user
        raise BerkasDitolak(f"Berkas XLSX tidak dapat dibaca: {exc.__class__.__name__}.") from exc
    try:
        hilang = [s for s in (INFO, CASCADE, REALISASI, ANGGARAN) if s not in wb.sheetnames]
        if hilang:
            raise BerkasDitolak(f"Lembar {', '.join(hilang)} tidak ada; pakai templat unduhan Sakip.")
        info = {str(r[0]).strip(): r[1] for r in wb[INFO].iter_rows(max_row=3, max_col=2, values_only=True) if r[0]}
        if str(info.get("PD", "")).strip() != unit.slug or str(info.get("Tahun", "")).strip() != str(tahun):
            raise BerkasDitolak(f"Berkas ini untuk {info.get('PD')} tahun {info.get('Tahun')}, bukan {unit.slug} "
                                f"tahun {tahun}.")
        _baca_cascade(wb[CASCADE], p)
        _baca_realisasi(wb[REALISASI], p)
        _baca_anggaran(wb[ANGGARAN], p)
    finally:
        wb.close()
    return p


def _baris(ws: Any, p: Pratinjau, kolom: list[str]) -> Any:
    """Yield (row number, cells) after checking the header; stop at the row limit."""
    rows = ws.iter_rows(values_only=True)
    header = [("" if c is None else str(c).strip()) for c in next(rows, ())]
    while header and header[-1] == "":
        header.pop()
    for i, (got, want) in enumerate(zip(header, kolom, strict=False)):
        if got != want and not (want.startswith("Target") and got.startswith("Target")):
            p.galat.append(Galat(ws.title, 1, get_column_letter(i + 1), f"judul kolom '{got}', seharusnya '{want}'."))
            return
    if len(header) > len(kolom):
        extra = ", ".join(f"'{h}'" for h in header[len(kolom):])
        p.galat.append(Galat(ws.title, 1, get_column_letter(len(kolom) + 1),
                             f"kolom tambahan {extra}; hapus kolom yang tidak ada di templat."))
        return
    if len(header) < len(kolom):
        p.galat.append(Galat(ws.title, 1, get_column_letter(len(header) + 1),
                             f"kolom '{kolom[len(header)]}' tidak ada."))
        return
    for n, row in enumerate(rows, start=2):
        if n > MAKS_BARIS + 1:
            p.galat.append(Galat(ws.title, n, None, f"lebih dari {MAKS_BARIS} baris; lembar ini bukan templat PD."))
            return
        cells = list(row) + [None] * (len(kolom) - len(row))
        if any(c is not None and str(c).strip() for c in cells[len(kolom):]):
            p.galat.append(Galat(ws.title, n, get_column_letter(len(kolom) + 1), "isian di luar kolom templat."))
            continue
        if all(c is None or not str(c).strip() for c in cells):
            continue
        yield n, cells[:len(kolom)]


def _nilai(p: Pratinjau, ws: str, n: int, kolom: int, cell: Any) -> tuple[bool, Decimal | None]:
    try:
        return True, _angka(cell)
    except ParseError as exc:
        p.galat.append(Galat(ws, n, get_column_letter(kolom + 1), f"{exc}."))
        return False, None


def _baca_cascade(ws: Any, p: Pratinjau) -> None:
    inds = {i.ref: i for i in indikator_tahun(p.unit, p.tahun)}
    lama = {t.indikator_id: t.nilai for t in Target.objects.filter(indikator__in=inds.values(), tahun=p.tahun)}
    seen: set[str] = set()
    for n, cells in _baris(ws, p, KOLOM[CASCADE]):
        ref = "" if cells[3] is None else str(cells[3]).strip()
        if not ref:
            continue  # a cascade box: shown for reading, not imported
        if ref not in inds:
            p.galat.append(Galat(ws.title, n, "D", f"indikator dengan Ref '{ref}' tidak ada pada {p.unit.nama}."))
            continue
        if ref in seen:
            p.galat.append(Galat(ws.title, n, "D", f"Ref '{ref}' muncul dua kali."))
            continue
        seen.add(ref)
        ok, baru = _nilai(p, ws.title, n, 6, cells[6])
        ind = inds[ref]
        if ok and teks(baru) != teks(lama.get(ind.pk)):
            p._target[ind.pk] = baru
            p.perubahan.append(Ubah(ws.title, n, ind.nama, f"Target {p.tahun}", lama.get(ind.pk), baru))


def _baca_realisasi(ws: Any, p: Pratinjau) -> None:
    inds = {i.ref: i for i in indikator_tahun(p.unit, p.tahun)}
    lama: dict[int, dict[str, Decimal]] = {}
    for r in Realisasi.objects.filter(indikator__in=inds.values(), tahun=p.tahun):
        lama.setdefault(r.indikator_id, {})[r.bagian] = r.nilai
    seen: set[str] = set()
    for n, cells in _baris(ws, p, KOLOM[REALISASI]):
        ref = "" if cells[0] is None else str(cells[0]).strip()
        if ref not in inds:
            p.galat.append(Galat(ws.title, n, "A", f"indikator dengan Ref '{ref}' tidak ada pada {p.unit.nama}."))
            continue
        if ref in seen:
            p.galat.append(Galat(ws.title, n, "A", f"Ref '{ref}' muncul dua kali."))
            continue
        seen.add(ref)
        ind = inds[ref]
        for j, bagian in enumerate(BAGIAN, start=3):
            ok, baru = _nilai(p, ws.title, n, j, cells[j])
            sebelum = lama.get(ind.pk, {}).get(bagian)
            if ok and teks(baru) != teks(sebelum):
                p._realisasi.setdefault(ind.pk, {})[bagian] = baru
                p.perubahan.append(Ubah(ws.title, n, ind.nama, bagian, sebelum, baru))


def _baca_anggaran(ws: Any, p: Pratinjau) -> None:
    lines = {kunci_anggaran(m): m for m in MataAnggaran.objects.filter(
        unit=p.unit, tahun=p.tahun, tingkat="sub_kegiatan").select_related("pelaksana")}
    lama: dict[int, dict[int, Decimal]] = {}
    for r in RealisasiAnggaran.objects.filter(mata_anggaran__in=lines.values()):
        lama.setdefault(r.mata_anggaran_id, {})[r.triwulan] = r.jumlah
    kode_semua = set(MataAnggaran.objects.filter(unit=p.unit, tahun=p.tahun).values_list("kode", flat=True))
    seen: set[tuple[str, str]] = set()
    for n, cells in _baris(ws, p, KOLOM[ANGGARAN]):
        kode = "" if cells[0] is None else str(cells[0]).strip()
        key = (kode, "" if cells[3] is None else str(cells[3]).strip())
        if key not in lines:
            if kode in kode_semua and key[1] == "":
                continue  # a program or kegiatan row: its sums are computed, not imported
            p.galat.append(Galat(ws.title, n, "A", f"kode '{kode}'{' (' + key[1] + ')' if key[1] else ''} tidak ada "
                                                   f"pada DPA {p.unit.nama} {p.tahun}."))
            continue
        if key in seen:
            p.galat.append(Galat(ws.title, n, "A", f"sub kegiatan {kode} muncul dua kali."))
            continue
        seen.add(key)
        m = lines[key]
        ok, pagu = _nilai(p, ws.title, n, 4, cells[4])
        if ok and teks(pagu) != teks(m.pagu):
            p.galat.append(Galat(ws.title, n, "E", "pagu mengikuti DPA dan tidak diubah lewat impor; "
                                                  f"kembalikan ke {teks(m.pagu)}."))
        for tw in (1, 2, 3, 4):
            ok, baru = _nilai(p, ws.title, n, 4 + tw, cells[4 + tw])
            if ok and baru is not None and baru < 0:
                p.galat.append(Galat(ws.title, n, get_column_letter(5 + tw), "realisasi tidak boleh negatif."))
                continue
            sebelum = lama.get(m.pk, {}).get(tw)
            if ok and teks(baru) != teks(sebelum):
                p._anggaran.setdefault(m.pk, {})[tw] = baru
                p.perubahan.append(Ubah(ws.title, n, f"{m.kode} {m.nama}", f"TW{tw}", sebelum, baru))


def simpan(p: Pratinjau, user: User | AnonymousUser | None = None) -> int:
    """Store every change of a valid preview through the services, all or nothing; audit sumber "impor"."""
    if not p.sah:
        raise ValidationError("Berkas masih berisi galat; tidak ada yang disimpan.")
    inds = Indikator.objects.in_bulk(set(p._target) | set(p._realisasi))
    lines = MataAnggaran.objects.in_bulk(set(p._anggaran))
    with pelaku(user, Sumber.IMPOR), transaction.atomic():
        for pk, nilai in p._target.items():
            ubah_target(inds[pk], {p.tahun: nilai})
        # Clearing first: a year holds triwulan or semester or annual values, never a mix.
        for pk, values in p._realisasi.items():
            kosong = {b: v for b, v in values.items() if v is None}
            if kosong:
                record_realisasi_tahun(inds[pk], {p.tahun: kosong})
        for pk, values in p._realisasi.items():
            isi = {b: v for b, v in values.items() if v is not None}
            if isi:
                record_realisasi_tahun(inds[pk], {p.tahun: isi})
        for pk, values in p._anggaran.items():
            record_realisasi_anggaran(lines[pk], values)
    return len(p.perubahan)
