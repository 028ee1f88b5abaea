"""The rencana aksi sheets of the PD workbook: read into the preview, stored through the rencana_aksi services.

``Rencana Aksi`` (targets per triwulan and whether they are cumulative), ``Aksi`` (one action per
row), ``Faktor Triwulan`` and ``Anggaran Kas`` belong to one PK version: the one the Info sheet
names (``Nomor perubahan PK``), else the one in force. They are optional, so a workbook
downloaded before they existed still imports. Every value is checked here the way the service
will check it, so the preview names the cell; the services check again when storing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from openpyxl.utils import get_column_letter

from sakip.anggaran.models import MataAnggaran
from sakip.audit.services import teks
from sakip.core.aggregation import ROMAWI, Agregasi
from sakip.core.batas import AngkaDitolak, JenisAngka, jenis_satuan, periksa
from sakip.core.budget import TingkatAnggaran
from sakip.core.formatting import ParseError, parse_angka
from sakip.core.rencana_aksi import RencanaAksiError, kumulatif_baku, periksa_anggaran_kas
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.realisasi.alur import pastikan_terbuka
from sakip.rencana_aksi.baca import (
    RencanaTerbaca,
    faktor_triwulan,
    pk_berlaku,
    rencana_baris,
    rencana_kas,
)
from sakip.rencana_aksi.models import TargetTriwulan
from sakip.rencana_aksi.services import (
    TEKS_FAKTOR,
    IsianRencana,
    pastikan_berlaku,
    simpan_faktor_triwulan,
    simpan_rencana_aksi_batch,
    simpan_rencana_sub_kegiatan,
)

from .baca_buku import (
    BerkasDitolak,
    GalatImpor,
    Pratinjau,
    Ubah,
    _angka,
    _baris,
    _baris_aman,
    _kode_sub,
    _nilai,
)
from .buku import (
    AKSI,
    ANGGARAN_KAS,
    BARIS_NOMOR_PK,
    FAKTOR,
    INFO,
    KOLOM,
    RENCANA_AKSI,
    TIDAK,
    YA,
    kunci_anggaran,
)

TW = (1, 2, 3, 4)
MAKS_TEKS_TARGET = TargetTriwulan._meta.get_field("teks").max_length or 200
MAKS_PJ = 200  # Aksi.penanggung_jawab
MAKS_URAIAN = 2000  # a sentence or two; a pasted document is not an action
_ANGKA_SAJA = re.compile(r"^[+\-]?[\d.,]")  # a text starting like a number means one; a qualitative target is words
_TRIWULAN = re.compile(r"^(?:TW|TRIWULAN)?\s*([1-4]|I{1,3}|IV)$", re.IGNORECASE)
_ROMAWI_NOMOR = {v: k for k, v in ROMAWI.items() if k in TW}


@dataclass(frozen=True)
class KasBaris:
    lembar: str
    baris: int
    mata_anggaran_id: int | None  # None: a sub kegiatan the same file adds on the Anggaran sheet
    target_k: dict[int, Decimal | None]
    anggaran_kas: dict[int, Decimal | None]
    baru: tuple[str, int | None] | None = None  # its code and pelaksana, to find it once it is added


@dataclass(frozen=True)
class FaktorBaris:
    lembar: str
    baris: int
    indikator_id: int
    triwulan: int
    isi: dict[str, str]


@dataclass
class RencanaBuku:
    """What the rencana aksi sheets of one PD would store, grouped the way the services take it."""

    perjanjian: PerjanjianKinerja
    rencana: dict[int, IsianRencana] = field(default_factory=dict)  # by IndikatorPK id
    tempat: dict[int, tuple[str, int]] = field(default_factory=dict)  # IndikatorPK id -> (sheet, row)
    kas: list[KasBaris] = field(default_factory=list)
    faktor: list[FaktorBaris] = field(default_factory=list)

    @property
    def kosong(self) -> bool:
        return not (self.rencana or self.kas or self.faktor)


def _teks_sel(nilai: Any) -> str:
    return "" if nilai is None else str(nilai).strip()


def _nomor_pk(wb: Any, p: Pratinjau, awalan: str) -> tuple[bool, int | None]:
    """Info!B5, the PK version the file was written for: (readable, nomor); (True, None) when absent."""
    ws = wb[f"{awalan}{INFO}"]
    for row in _baris_aman(ws, min_row=BARIS_NOMOR_PK, max_row=BARIS_NOMOR_PK, max_col=2):
        if not row or _teks_sel(row[0]) != "Nomor perubahan PK" or len(row) < 2 or row[1] is None:
            return True, None
        nilai = row[1]
        if isinstance(nilai, int) and not isinstance(nilai, bool) and nilai >= 0:
            return True, nilai
        if isinstance(nilai, float | str) and re.fullmatch(r"[0-9]{1,3}", _teks_sel(nilai).removesuffix(".0")):
            return True, int(_teks_sel(nilai).removesuffix(".0"))
        p.galat.append(GalatImpor(ws.title, BARIS_NOMOR_PK, "B", f"nomor perubahan PK '{nilai}' bukan bilangan "
                                                                "bulat (0 untuk PK awal)."))
        return False, None
    return True, None


def _perjanjian(wb: Any, p: Pratinjau, awalan: str) -> PerjanjianKinerja | None:
    ok, nomor = _nomor_pk(wb, p, awalan)
    if not ok:
        return None
    if nomor is None:
        pk = pk_berlaku(p.unit, p.tahun)
        if pk is None:
            p.galat.append(GalatImpor(f"{awalan}{RENCANA_AKSI}", None, None, f"{p.unit.nama} belum mempunyai "
                                      f"perjanjian kinerja tahun {p.tahun}; rencana aksi tidak dapat diimpor."))
        return pk
    pk = PerjanjianKinerja.objects.filter(unit=p.unit, tahun=p.tahun, nomor_perubahan=nomor).first()
    if pk is None:
        p.galat.append(GalatImpor(f"{awalan}{INFO}", BARIS_NOMOR_PK, "B", f"{p.unit.nama} tidak mempunyai "
                                  f"perjanjian kinerja {p.tahun} dengan nomor perubahan {nomor}; unduh templat baru."))
    return pk


def baca_rencana(wb: Any, p: Pratinjau, awalan: str = "") -> None:
    """Read the rencana aksi sheets of one PD into ``p`` (changes and errors); absent sheets change nothing."""
    ada = [s for s in (RENCANA_AKSI, AKSI, FAKTOR, ANGGARAN_KAS) if f"{awalan}{s}" in wb.sheetnames]
    if not ada:
        return
    pk = _perjanjian(wb, p, awalan)
    if pk is None:
        return
    rb = RencanaBuku(pk)
    rows = list(IndikatorPK.objects.filter(sasaran__perjanjian=pk).select_related("indikator")
                .order_by("sasaran__urutan", "urutan", "pk"))
    by_ref: dict[str, IndikatorPK] = {}
    for r in rows:
        by_ref.setdefault(r.indikator.ref, r)
    stored = rencana_baris([r.pk for r in rows])
    awal = len(p.perubahan)
    if RENCANA_AKSI in ada:
        _baca_target(wb[f"{awalan}{RENCANA_AKSI}"], p, rb, by_ref, stored)
    if AKSI in ada:
        _baca_aksi(wb[f"{awalan}{AKSI}"], p, rb, by_ref, stored)
    if FAKTOR in ada:
        _baca_faktor(wb[f"{awalan}{FAKTOR}"], p, rb, by_ref)
    if ANGGARAN_KAS in ada:
        _baca_kas(wb[f"{awalan}{ANGGARAN_KAS}"], p, rb)
    if len(p.perubahan) > awal and (rb.rencana or rb.kas):
        try:
            pastikan_berlaku(pk)  # the service's rule, said in the preview with the cell that names the version
        except ValidationError as exc:
            p.galat.append(GalatImpor(f"{awalan}{INFO}", BARIS_NOMOR_PK, "B", " ".join(exc.messages)))
    p._rencana = rb


def _ref_baris(ws: Any, p: Pratinjau, n: int, ref: str, by_ref: dict[str, IndikatorPK],
               pk: PerjanjianKinerja) -> IndikatorPK | None:
    if ref in by_ref:
        return by_ref[ref]
    p.galat.append(GalatImpor(ws.title, n, "A", f"indikator dengan Ref '{ref}' bukan indikator {pk.judul} "
                                               f"{pk.tahun} {p.unit.nama}."))
    return None


def _baris_tanpa_rumus(ws: Any, p: Pratinjau, kolom: list[str], teks_kolom: tuple[int, ...]) -> list[
        tuple[int, list[Any], bool]]:
    """The rows of a sheet; a live formula in a text column is an error at its cell, the cell reads as empty
    and the row says so (its third item), so the other cells are still checked.

    A text our export wrote starting with "=" is a text cell (quote prefix) and reads back as
    written; only a cell the spreadsheet would calculate is refused.
    """
    rows = list(_baris(ws, p, kolom))  # bounded by the row limit before the second pass
    rumus: set[tuple[int, int]] = set()
    # A formula reads as its text "=..."; only then is the sheet read again to tell it from a text cell.
    if not any(isinstance(cells[i], str) and cells[i].startswith("=") for _, cells in rows for i in teks_kolom):
        return [(n, cells, False) for n, cells in rows]
    try:
        for row in ws.iter_rows(min_row=2, max_row=rows[-1][0], max_col=len(kolom)):
            for i, c in enumerate(row):
                if getattr(c, "data_type", None) == "f":
                    rumus.add((c.row, i))
    except Exception as exc:  # the damaged parts _baris_aman refuses, read a second time
        raise BerkasDitolak(f"Lembar {ws.title} tidak dapat dibaca ({exc.__class__.__name__}); isinya rusak. "
                            "Simpan ulang berkasnya dari Excel.") from exc
    hasil = []
    for n, cells in rows:
        salah = [i for i in teks_kolom if (n, i) in rumus]
        for i in salah:
            p.galat.append(GalatImpor(ws.title, n, get_column_letter(i + 1), "sel berisi rumus; salin lalu tempel "
                                      "sebagai nilai (Paste Special → Values)."))
            cells[i] = None
        hasil.append((n, cells, bool(salah)))
    return hasil


def _target(cell: Any) -> tuple[Decimal | None, str]:
    """A target cell: a number, or a text that starts with a letter (a qualitative target)."""
    if isinstance(cell, str) and (s := cell.strip()):
        try:
            return parse_angka(s), ""
        except ParseError:
            if _ANGKA_SAJA.match(s):
                raise  # "3,5 Laporan", "93.15": meant as a number, written wrongly
        if len(s) > MAKS_TEKS_TARGET:
            raise ParseError(f"target kualitatif paling panjang {MAKS_TEKS_TARGET} karakter, bukan {len(s)}")
        return None, s
    return _angka(cell), ""


def _kumulatif(ws: Any, p: Pratinjau, n: int, cell: Any) -> tuple[bool, bool | None]:
    s = _teks_sel(cell).casefold()
    if s in ("", ):
        return True, None
    if s in ("ya", "y", "kumulatif", "1", "true"):
        return True, True
    if s in ("tidak", "t", "per periode", "0", "false"):
        return True, False
    p.galat.append(GalatImpor(ws.title, n, "F", f"Kumulatif '{cell}': isi {YA} atau {TIDAK} (kosong: mengikuti "
                                               "agregasi indikator)."))
    return False, None


def _baca_target(ws: Any, p: Pratinjau, rb: RencanaBuku, by_ref: dict[str, IndikatorPK],
                 stored: dict[int, RencanaTerbaca]) -> None:
    seen: set[str] = set()
    for n, cells, rumus in _baris_tanpa_rumus(ws, p, KOLOM[RENCANA_AKSI], (6, 7, 8, 9)):
        ref = _teks_sel(cells[0])
        if ref in seen:
            p.galat.append(GalatImpor(ws.title, n, "A", f"Ref '{ref}' muncul dua kali."))
            continue
        seen.add(ref)
        row = _ref_baris(ws, p, n, ref, by_ref, rb.perjanjian)
        if row is None:
            continue
        ind, r = row.indikator, stored.get(row.pk)
        ok, kum = _kumulatif(ws, p, n, cells[5])
        ok = ok and not rumus
        target: dict[int, Decimal | None] = {}
        teks_tw: dict[int, str] = {}
        for tw in TW:
            kolom = 5 + tw
            try:
                nilai, tulisan = _target(cells[kolom])
            except ParseError as exc:
                p.galat.append(GalatImpor(ws.title, n, get_column_letter(kolom + 1), f"{exc}."))
                ok = False
                continue
            if nilai is not None:
                try:
                    nilai = periksa(nilai, jenis_satuan(ind.satuan))  # the service's check of the unit
                except AngkaDitolak as exc:
                    p.galat.append(GalatImpor(ws.title, n, get_column_letter(kolom + 1), f"{exc}."))
                    ok = False
                    continue
            lama = (None, "") if r is None else (r.target.get(tw), r.teks.get(tw, ""))
            if (teks(nilai), tulisan) != (teks(lama[0]), lama[1]):
                target[tw], teks_tw[tw] = nilai, tulisan
                p.perubahan.append(Ubah(ws.title, n, ind.nama, f"Target TW{tw}",
                                        lama[0] if lama[0] is not None else (lama[1] or None),
                                        nilai if nilai is not None else (tulisan or None)))
        if not ok:
            continue
        efektif = kumulatif_baku(Agregasi(ind.agregasi)) if kum is None else kum
        lama_kum = None if r is None else r.kumulatif
        if (r is not None and efektif != lama_kum) or (r is None and kum is not None):
            p.perubahan.append(Ubah(ws.title, n, ind.nama, "Kumulatif", _ya(lama_kum), _ya(efektif)))
        elif not target:
            continue
        rb.rencana[row.pk] = IsianRencana(target=target, teks=teks_tw, kumulatif=kum)
        rb.tempat[row.pk] = (ws.title, n)


def _ya(nilai: bool | None) -> str | None:
    return None if nilai is None else (YA if nilai else TIDAK)


def _baca_aksi(ws: Any, p: Pratinjau, rb: RencanaBuku, by_ref: dict[str, IndikatorPK],
               stored: dict[int, RencanaTerbaca]) -> None:
    daftar: dict[int, list[tuple[str, str]]] = {}
    pertama: dict[int, int] = {}
    ok = True
    for n, cells, rumus in _baris_tanpa_rumus(ws, p, KOLOM[AKSI], (2, 3)):
        ok = ok and not rumus
        row = _ref_baris(ws, p, n, _teks_sel(cells[0]), by_ref, rb.perjanjian)
        if row is None:
            ok = False
            continue
        uraian, pj = _teks_sel(cells[2]), _teks_sel(cells[3])
        pertama.setdefault(row.pk, n)
        aksi = daftar.setdefault(row.pk, [])
        if not uraian:
            if pj:
                p.galat.append(GalatImpor(ws.title, n, "C", "uraian aksi wajib diisi bila penanggung jawab diisi."))
                ok = False
            continue  # a row with only the Ref: the indicator has no (more) aksi
        if len(uraian) > MAKS_URAIAN:
            p.galat.append(GalatImpor(ws.title, n, "C", f"uraian aksi paling panjang {MAKS_URAIAN} karakter, "
                                                       f"bukan {len(uraian)}."))
            ok = False
        if len(pj) > MAKS_PJ:
            p.galat.append(GalatImpor(ws.title, n, "D", f"penanggung jawab paling panjang {MAKS_PJ} karakter, "
                                                       f"bukan {len(pj)}."))
            ok = False
        aksi.append((uraian, pj))
    if not ok:
        return
    for row_id, aksi in daftar.items():
        lama = stored[row_id].aksi if row_id in stored else []
        if aksi == lama:
            continue
        row = next(r for r in by_ref.values() if r.pk == row_id)
        isian = rb.rencana.get(row_id) or IsianRencana(kumulatif=stored[row_id].kumulatif if row_id in stored
                                                       else None)
        isian.aksi = aksi
        rb.rencana[row_id] = isian
        rb.tempat.setdefault(row_id, (ws.title, pertama[row_id]))
        p.perubahan.append(Ubah(ws.title, pertama[row_id], row.indikator.nama, "Aksi",
                                "; ".join(f"{u} ({j})" if j else u for u, j in lama) or None,
                                "; ".join(f"{u} ({j})" if j else u for u, j in aksi) or None))


def _triwulan(cell: Any) -> int | None:
    if isinstance(cell, int) and not isinstance(cell, bool):
        return cell if cell in TW else None
    m = _TRIWULAN.match(_teks_sel(cell).removesuffix(".0"))
    if m is None:
        return None
    x = m.group(1).upper()
    return int(x) if x.isdigit() else _ROMAWI_NOMOR[x]


def _baca_faktor(ws: Any, p: Pratinjau, rb: RencanaBuku, by_ref: dict[str, IndikatorPK]) -> None:
    stored = faktor_triwulan({r.indikator_id for r in by_ref.values()}, p.tahun)
    seen: set[tuple[str, int]] = set()
    terkunci: dict[int, str] = {}
    for n, cells, rumus in _baris_tanpa_rumus(ws, p, KOLOM[FAKTOR], (3, 4, 5)):
        ref = _teks_sel(cells[0])
        row = _ref_baris(ws, p, n, ref, by_ref, rb.perjanjian)
        tw = _triwulan(cells[2])
        if tw is None:
            p.galat.append(GalatImpor(ws.title, n, "C", f"triwulan '{cells[2]}': isi TW1, TW2, TW3 atau TW4."))
        if row is None or tw is None:
            continue
        if (ref, tw) in seen:
            p.galat.append(GalatImpor(ws.title, n, "C", f"Ref '{ref}' TW{tw} muncul dua kali."))
            continue
        seen.add((ref, tw))
        isi = {f: _teks_sel(cells[3 + i]) for i, f in enumerate(TEKS_FAKTOR)}
        lama_f = stored.get(row.indikator_id, {}).get(tw)
        lama = {f: getattr(lama_f, f) if lama_f else "" for f in TEKS_FAKTOR}
        beda = [f for f in TEKS_FAKTOR if isi[f] != lama[f]]
        if rumus or not beda:
            continue
        if tw not in terkunci:
            try:
                pastikan_terbuka(p.unit, p.tahun, [tw])  # the service's rule, said here with the cell
                terkunci[tw] = ""
            except ValidationError as exc:
                terkunci[tw] = " ".join(exc.messages)
        if terkunci[tw]:
            p.galat.append(GalatImpor(ws.title, n, "C", terkunci[tw]))
            continue
        rb.faktor.append(FaktorBaris(ws.title, n, row.indikator_id, tw, isi))
        p.perubahan.extend(Ubah(ws.title, n, row.indikator.nama, f"{f.capitalize()} TW{tw}", lama[f] or None,
                                isi[f] or None) for f in beda)


def _baca_kas(ws: Any, p: Pratinjau, rb: RencanaBuku) -> None:
    semua = list(MataAnggaran.objects.filter(unit=p.unit, tahun=p.tahun, tingkat=TingkatAnggaran.SUB_KEGIATAN.value)
                 .select_related("pelaksana"))
    lines = {kunci_anggaran(m): m for m in semua}
    stored = rencana_kas([rb.perjanjian.pk]).get(rb.perjanjian.pk, {})
    dpa = f"DPA {p.unit.nama} {p.tahun}"
    pelaksana = ({u.pk: u.slug for u in Unit.objects.filter(pk__in={b.pelaksana_id for b in p._baru})}
                 if any(b.pelaksana_id for b in p._baru) else {})
    baru = {(b.kode, pelaksana.get(b.pelaksana_id, "")): b for b in p._baru}  # added by this file's Anggaran sheet
    seen: set[tuple[str, str]] = set()
    for n, cells in _baris(ws, p, KOLOM[ANGGARAN_KAS]):
        if all(_teks_sel(c) == "" for c in cells[:12]):
            continue  # only the check columns (Jumlah Kas, Selisih): nothing to read
        kode, pel = _teks_sel(cells[0]), _teks_sel(cells[2])
        key = (kode, pel)
        if key not in lines and (norm := _kode_sub(kode)) and (norm, pel) in lines:
            key = (norm, pel)
        m = lines.get(key)
        b = None if m is not None else baru.get(((_kode_sub(kode) or kode), pel))
        if m is None and b is None:
            p.galat.append(GalatImpor(ws.title, n, "A", f"sub kegiatan {kode}{' (' + pel + ')' if pel else ''} "
                                                       f"tidak ada pada {dpa} (maupun baris baru lembar Anggaran)."))
            continue
        if b is not None:
            key = (b.kode, pel)
        if key in seen:
            p.galat.append(GalatImpor(ws.title, n, "A", f"sub kegiatan {kode} muncul dua kali."))
            continue
        seen.add(key)
        if b is not None:  # then m is None: the line does not exist yet
            _baca_kas_baris(ws, p, rb, n, cells, f"{b.kode} {b.nama}", b.pagu, {}, (b.kode, b.pelaksana_id))
            continue
        pagu = p._pagu.get(m.pk, m.pagu)  # a pagu changed on the Anggaran sheet is stored first
        if pagu is None:
            p.galat.append(GalatImpor(ws.title, n, "D", f"sub kegiatan {m.kode} belum berpagu; anggaran kas hanya "
                                                       "direncanakan untuk sub kegiatan yang berpagu."))
            continue
        _baca_kas_baris(ws, p, rb, n, cells, f"{m.kode} {m.nama}".strip(), pagu, stored.get(m.pk, {}), m.pk)


def _baca_kas_baris(ws: Any, p: Pratinjau, rb: RencanaBuku, n: int, cells: list[Any], nama: str,
                    pagu: Decimal, lama: dict[int, Any], line: int | tuple[str, int | None]) -> None:
    """One row of planned K and kas; ``line`` is the DPA line's id, or (code, pelaksana) of one this file adds."""
    awal = len(p.galat)
    k: dict[int, Decimal | None] = {}
    kas: dict[int, Decimal | None] = {}
    for tw in TW:
        k[tw] = _nilai(p, ws.title, n, 3 + tw, cells[3 + tw], JenisAngka.NILAI)[1]
        kas[tw] = _nilai(p, ws.title, n, 7 + tw, cells[7 + tw], JenisAngka.RUPIAH)[1]
    if len(p.galat) > awal:
        return
    beda = [(f"K TW{tw}", lama[tw].target_k if tw in lama else None, k[tw]) for tw in TW
            if teks(k[tw]) != teks(lama[tw].target_k if tw in lama else None)]
    beda += [(f"Kas TW{tw}", lama[tw].anggaran_kas if tw in lama else None, kas[tw]) for tw in TW
             if teks(kas[tw] or (Decimal(0) if tw in lama else None))
             != teks(lama[tw].anggaran_kas if tw in lama else None)]
    if not beda:
        return
    try:
        periksa_anggaran_kas(kas, pagu, nama)
    except RencanaAksiError as exc:
        p.galat.append(GalatImpor(ws.title, n, "M", f"{exc}"))
        return
    rb.kas.append(KasBaris(ws.title, n, line, k, kas) if isinstance(line, int)
                  else KasBaris(ws.title, n, None, k, kas, baru=line))
    p.perubahan.extend(Ubah(ws.title, n, nama, f, a, b) for f, a, b in beda)


def _di(lembar: str, baris: int, exc: ValidationError) -> ValidationError:
    return ValidationError(f"lembar {lembar}, baris {baris}: {' '.join(exc.messages)}")


def tulis_rencana(p: Pratinjau) -> None:
    """Store the rencana aksi sheets of a valid preview (inside the caller's transaction, after the DPA)."""
    rb: RencanaBuku | None = p._rencana
    if rb is None or rb.kosong:
        return
    if rb.rencana:
        try:
            galat = simpan_rencana_aksi_batch(rb.perjanjian, rb.rencana)
        except ValidationError as exc:
            lembar, baris = next(iter(rb.tempat.values()))
            raise _di(lembar, baris, exc) from exc
        for row_id, pesan in galat.items():
            lembar, baris = rb.tempat[row_id]
            raise ValidationError(f"lembar {lembar}, baris {baris}: {pesan}")
    lines = MataAnggaran.objects.in_bulk({k.mata_anggaran_id for k in rb.kas if k.mata_anggaran_id})  # pagu now
    for k in rb.kas:
        line = (lines[k.mata_anggaran_id] if k.mata_anggaran_id is not None else
                MataAnggaran.objects.get(unit=p.unit, tahun=p.tahun, tingkat=TingkatAnggaran.SUB_KEGIATAN.value,
                                         kode=k.baru[0] if k.baru else "", pelaksana_id=k.baru[1] if k.baru else None))
        try:
            simpan_rencana_sub_kegiatan(rb.perjanjian, line, target_k=k.target_k, anggaran_kas=k.anggaran_kas)
        except ValidationError as exc:
            raise _di(k.lembar, k.baris, exc) from exc
    inds = Indikator.objects.in_bulk({f.indikator_id for f in rb.faktor})
    for f in rb.faktor:
        try:
            simpan_faktor_triwulan(inds[f.indikator_id], p.tahun, f.triwulan, **f.isi)
        except ValidationError as exc:
            raise _di(f.lembar, f.baris, exc) from exc
