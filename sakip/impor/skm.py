"""SKM answers in a workbook: the template (`sakip skm templat`) and its import (`sakip skm impor`).

One row per respondent, columns headed U1…U9 holding 1-4 (by code, whatever order the columns
are in). Any other value refuses the whole file, naming the row and the column; nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from django.core.exceptions import ValidationError
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from sakip.core.ikm import KODE_UNSUR
from sakip.core.zip_aman import ArsipDitolak, BatasArsip, periksa_arsip
from sakip.laporan.xlsx_aman import simpan_buku
from sakip.skm.models import JenisKelamin, Pekerjaan, Pendidikan, Survei, Unsur, Usia
from sakip.skm.services import DataResponden, impor_responden

LEMBAR = "Responden"
PROFIL = [("Tanggal", "tanggal"), ("Jenis layanan", "jenis_layanan"), ("Jenis kelamin", "jenis_kelamin"),
          ("Usia", "usia"), ("Pendidikan", "pendidikan"), ("Pekerjaan", "pekerjaan")]
SARAN = "Saran"
MAKS_BARIS = 50_000
_BATAS = BatasArsip("XLSX", berkas=20 * 1024 * 1024, terurai=100 * 1024 * 1024, bagian=80 * 1024 * 1024, rasio=200)
_WAJIB = ("[Content_Types].xml", "xl/workbook.xml")
_PILIHAN = {"jenis_kelamin": JenisKelamin, "usia": Usia, "pendidikan": Pendidikan, "pekerjaan": Pekerjaan}


class BerkasSkmDitolak(ValueError):
    """The file is refused as a whole; ``galat`` lists each cell (row, column, message)."""

    def __init__(self, pesan: str, galat: Iterable[str] = ()) -> None:
        self.galat = list(galat)
        super().__init__(pesan + ("" if not self.galat else ":\n" + "\n".join(self.galat)))


def buat_templat(tujuan: Path | IO[bytes], versi: str = "14/2017") -> None:
    """The empty workbook to fill: a row per respondent, with the unsur and scale explained."""
    wb = Workbook()
    ws = wb.active
    ws.title = LEMBAR
    judul = ["No", *(h for h, _ in PROFIL), *KODE_UNSUR, SARAN]
    ws.append(judul)
    for c in ws[1]:
        c.font = Font(bold=True)
    for i in range(1, len(judul) + 1):
        ws.column_dimensions[get_column_letter(i)].width = 14
    p = wb.create_sheet("Petunjuk")
    p.append(["Kode", "Unsur", "Pertanyaan", "1", "2", "3", "4"])
    for u in Unsur.objects.filter(versi=versi).order_by("urutan"):
        p.append([u.kode, u.nama, u.pertanyaan, *u.label_skala])
    p.append([])
    p.append(["Isi satu baris per responden. Kolom U1–U9 berisi 1, 2, 3 atau 4; kosongkan bila tidak dijawab."])
    for f, choices in _PILIHAN.items():
        p.append([dict(PROFIL_LABEL)[f], ", ".join(f"{v} ({lbl})" for v, lbl in choices.choices)])
    simpan_buku(wb, tujuan)


PROFIL_LABEL = [(f, h) for h, f in PROFIL]


@dataclass(frozen=True)
class HasilBaca:
    rows: list[DataResponden]


def _skor(v: Any) -> int | None | str:
    """1-4, None for an empty cell, or the text shown in a refusal."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int | float) and float(v).is_integer() and int(v) in (1, 2, 3, 4):
        return int(v)
    if isinstance(v, str) and v.strip() in ("1", "2", "3", "4"):
        return int(v.strip())
    return str(v)


def _pilihan(field: str, v: Any) -> str | None:
    """The stored code of a profile answer given as code or label (case-insensitive); None if unknown."""
    teks = str(v).strip()
    if not teks:
        return ""
    if field not in _PILIHAN:
        return teks
    for kode, label in _PILIHAN[field].choices:
        if teks.lower() in (str(kode).lower(), str(label).lower()):
            return str(kode)
    return None


def _tanggal(v: Any) -> date | None | str:
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v).strip())
    except ValueError:
        return str(v)


def _kolom(header: list[Any]) -> dict[str, int]:
    names = [str(h).strip() if h is not None else "" for h in header]
    hilang = [k for k in KODE_UNSUR if k not in names]
    if hilang:
        raise BerkasSkmDitolak(f"Bukan templat SKM: kolom {', '.join(hilang)} tidak ada pada baris judul "
                               f"lembar {LEMBAR} (unduh templat dengan 'sakip skm templat').")
    return {n: i for i, n in enumerate(names) if n}


def _baris(no: int, row: tuple[Any, ...], kolom: dict[str, int], galat: list[str]) -> DataResponden | None:
    def sel(nama: str) -> Any:
        i = kolom.get(nama)
        return row[i] if i is not None and i < len(row) else None

    jawaban: dict[str, int | None] = {}
    for k in KODE_UNSUR:
        v = _skor(sel(k))
        if isinstance(v, str):
            galat.append(f"Baris {no}, kolom {k}: nilai \"{v}\" bukan 1, 2, 3 atau 4")
        else:
            jawaban[k] = v
    profil: dict[str, Any] = {}
    for judul, f in PROFIL:
        v = sel(judul)
        if f == "tanggal":
            t = _tanggal(v)
            if isinstance(t, str):
                galat.append(f"Baris {no}, kolom {judul}: \"{t}\" bukan tanggal (TTTT-BB-HH)")
            profil[f] = t if not isinstance(t, str) else None
            continue
        kode = _pilihan(f, v if v is not None else "")
        if kode is None:
            galat.append(f"Baris {no}, kolom {judul}: \"{v}\" tidak dikenal")
        profil[f] = kode or ""
    if len(jawaban) == len(KODE_UNSUR) and all(v is None for v in jawaban.values()):
        galat.append(f"Baris {no}: tidak ada jawaban U1–U9")
    saran = sel(SARAN)
    return DataResponden(jawaban=jawaban, saran=str(saran).strip() if saran else "", **profil)


def baca_responden(berkas: Path | IO[bytes]) -> list[DataResponden]:
    """Every respondent row of a filled template, or BerkasSkmDitolak naming each bad cell."""
    try:
        periksa_arsip(berkas, _BATAS, _WAJIB)
    except ArsipDitolak as exc:
        raise BerkasSkmDitolak(str(exc)) from None
    if hasattr(berkas, "seek"):
        berkas.seek(0)
    try:
        wb = load_workbook(berkas, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001  # any parser failure is "not a workbook" to the user
        raise BerkasSkmDitolak(f"Berkas bukan XLSX yang dapat dibaca ({exc.__class__.__name__}).") from None
    try:
        if LEMBAR not in wb.sheetnames:
            raise BerkasSkmDitolak(f"Bukan templat SKM: lembar \"{LEMBAR}\" tidak ada.")
        it = wb[LEMBAR].iter_rows(values_only=True)
        header = next(it, None)
        if header is None:
            raise BerkasSkmDitolak(f"Lembar {LEMBAR} kosong.")
        kolom = _kolom(list(header))
        rows: list[DataResponden] = []
        galat: list[str] = []
        for no, row in enumerate(it, start=2):
            if all(c is None or (isinstance(c, str) and not c.strip()) for c in row):
                continue
            if len(rows) >= MAKS_BARIS:
                raise BerkasSkmDitolak(f"Lebih dari {MAKS_BARIS} responden dalam satu berkas.")
            d = _baris(no, row, kolom, galat)
            if d is not None:
                rows.append(d)
            if len(galat) > 200:
                break
    finally:
        wb.close()
    if galat:
        raise BerkasSkmDitolak("Berkas ditolak, tidak ada yang disimpan", galat)
    if not rows:
        raise BerkasSkmDitolak(f"Tidak ada responden pada lembar {LEMBAR}.")
    return rows


def impor_berkas(berkas: Path | IO[bytes], survei: Survei) -> int:
    """Read and store all respondents of a file in one transaction; nothing on any error."""
    rows = baca_responden(berkas)
    try:
        return impor_responden(survei, rows, keterangan=f"{len(rows)} responden diimpor dari berkas XLSX")
    except ValidationError as exc:
        raise BerkasSkmDitolak("Berkas ditolak, tidak ada yang disimpan",
                               [f"{k}: {'; '.join(v)}" for k, v in exc.message_dict.items()]) from None
