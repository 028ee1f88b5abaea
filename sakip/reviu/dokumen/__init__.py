"""Reviu of an LKjIP written elsewhere: pure Python, no Django.

``reviu_dokumen(path)`` reads a .txt, .docx or .pdf, recognises its tables and the
sentences that state figures, and returns the inconsistencies it finds together with
the parts it could not read honestly.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import BerkasTidakTerbaca, Dokumen, HasilReviu, Temuan, TingkatTemuan

if TYPE_CHECKING:
    from .baca import baca_berkas, baca_bytes
    from .konteks import KonteksPemda, PejabatPemda, UnitPemda

# The readers and checks load on first use (PEP 562): the data reviu run before every LKjIP only
# needs ``model`` (through ``sakip.reviu.kkr``), and the checks cost a tenth of a second to import.
_MALAS = {"baca_berkas": "baca", "baca_bytes": "baca", "KonteksPemda": "konteks", "PejabatPemda": "konteks",
          "UnitPemda": "konteks"}


def __getattr__(nama: str) -> Any:
    if nama in _MALAS:
        return getattr(importlib.import_module(f"{__name__}.{_MALAS[nama]}"), nama)
    raise AttributeError(f"module {__name__!r} has no attribute {nama!r}")

__all__ = [
    "BerkasTidakTerbaca", "Dokumen", "HasilReviu", "KonteksPemda", "PejabatPemda", "Temuan", "TingkatTemuan",
    "UnitPemda", "baca_berkas", "baca_bytes", "reviu", "reviu_dokumen",
]


def reviu(doc: Dokumen, konteks: KonteksPemda | None = None) -> HasilReviu:
    """Every finding on an already read document."""
    from .kenali import kenali
    from .konteks import KonteksPemda
    from .periksa import SEMUA_PERIKSA
    from .umum import periksa_umum

    ctx = konteks or KonteksPemda.bawaan()
    fakta = kenali(doc)
    temuan: list[Temuan] = []
    seen: set[tuple[str, str, str, str]] = set()
    for check in SEMUA_PERIKSA:
        for t in check(fakta, ctx):
            key = (t.kode, t.lokasi, t.tercetak, t.pesan)
            if key not in seen:
                seen.add(key)
                temuan.append(t)
    # the general reader: any layout, prose arithmetic; a place already reported stays reported once
    sudah = {(t.lokasi, t.tercetak) for t in temuan}
    dikenali = frozenset({id(b.tabel) for b in fakta.kinerja} | {id(a.tabel) for a in fakta.anggaran}
                         | {id(r.tabel) for r in fakta.ringkasan} | {id(j.tabel) for j in fakta.jumlah})
    dikenal = [(b.nama, b.lokasi, b.target, b.realisasi, b.tahun) for b in fakta.kinerja
               if b.nama_andal and b.target is not None and b.realisasi is not None
               and b.target.ada and b.realisasi.ada and b.capaian is not None
               and (fakta.tahun is None or b.tahun == fakta.tahun)
               # a row already reported as printed differently elsewhere is not reported again
               and not any(b.lokasi in t.lokasi for t in temuan if t.kode.endswith("_BERBEDA"))]
    for t in periksa_umum(doc, dikenali, dikenal):
        key = (t.kode, t.lokasi, t.tercetak, t.pesan)
        if key not in seen and (t.lokasi, t.tercetak) not in sudah:
            seen.add(key)
            temuan.append(t)
    catatan = [*doc.tidak_terbaca, *fakta.tidak_terbaca]
    if fakta.ocr and any(t.nama_tercampur for t in doc.tabel):
        catatan.append(
            "Tabel hasil OCR: nama sasaran dan indikator tercampur antar-kolom, sehingga angka di tabel "
            "hanya diperiksa dalam barisnya sendiri dan tidak dibandingkan antar-tabel."
        )
    return HasilReviu(doc.nama, doc.sumber, temuan, list(dict.fromkeys(catatan)), doc.halaman)


def reviu_dokumen(sumber: str | Path | bytes, nama: str = "dokumen", konteks: KonteksPemda | None = None) -> HasilReviu:
    """Read and review a document given as a path or as bytes (with its file name)."""
    from .baca import baca_berkas, baca_bytes

    doc = baca_bytes(sumber, nama) if isinstance(sumber, bytes) else baca_berkas(sumber)
    return reviu(doc, konteks)
