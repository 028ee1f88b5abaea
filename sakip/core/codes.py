"""Permendagri 90/2019 codes of program, kegiatan and sub kegiatan (SAKIP-rules §7)."""

from __future__ import annotations

import re

from .budget import TingkatAnggaran

_PATTERNS = {
    TingkatAnggaran.PROGRAM: re.compile(r"^[1-9X]\.(\d{2}|XX)\.\d{2}$"),
    TingkatAnggaran.KEGIATAN: re.compile(r"^[1-9X]\.(\d{2}|XX)\.\d{2}\.[12]\.\d{2}$"),
    TingkatAnggaran.SUB_KEGIATAN: re.compile(r"^[1-9X]\.(\d{2}|XX)\.\d{2}\.[12]\.\d{2}\.\d{4}$"),
}


class KodeError(ValueError):
    pass


def normalise_kode(kode: str) -> str:
    """Trim, widen a 2-digit sub kegiatan number ('7.01.01.2.01.01' -> '...0001') and
    narrow a 2-digit level digit ('7.01.01.02.01' -> '7.01.01.2.01'), as some data write them."""
    k = kode.strip().rstrip(".")
    parts = k.split(".")
    if len(parts) >= 5 and parts[3] in ("01", "02"):
        parts[3] = parts[3][1]
    if len(parts) == 6 and len(parts[5]) < 4 and parts[5].isdigit():
        parts[5] = parts[5].zfill(4)
    return ".".join(parts)


def tingkat_kode(kode: str) -> TingkatAnggaran:
    """The level a code denotes; raises KodeError for a malformed code."""
    k = normalise_kode(kode)
    for tingkat, pattern in _PATTERNS.items():
        if pattern.match(k):
            return tingkat
    raise KodeError(f"kode '{kode}' bukan kode program/kegiatan/sub kegiatan Permendagri 90/2019")


def kode_induk(kode: str) -> str | None:
    """The parent's code: sub kegiatan -> kegiatan -> program -> None."""
    t = tingkat_kode(kode)
    parts = normalise_kode(kode).split(".")
    if t is TingkatAnggaran.SUB_KEGIATAN:
        return ".".join(parts[:5])
    if t is TingkatAnggaran.KEGIATAN:
        return ".".join(parts[:3])
    return None
