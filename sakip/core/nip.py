"""NIP (Nomor Induk Pegawai), 18 digits, Perka BKN 22/2007 (SAKIP-rules §8)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class JenisKelamin(StrEnum):
    LAKI_LAKI = "L"
    PEREMPUAN = "P"


@dataclass(frozen=True)
class NIP:
    nomor: str
    tanggal_lahir: date
    tmt_cpns: tuple[int, int]  # (year, month)
    jenis_kelamin: JenisKelamin
    urut: int

    @property
    def tampil(self) -> str:
        """'19660801 198803 1 001', the grouping used on signature blocks."""
        n = self.nomor
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


class NIPError(ValueError):
    pass


def parse_nip(text: str) -> NIP:
    """Validate and decode a PNS NIP; raises NIPError with an Indonesian message."""
    digits = re.sub(r"[\s.]", "", text or "")
    if not re.fullmatch(r"\d{18}", digits):
        raise NIPError("NIP harus terdiri atas 18 angka")
    try:
        born = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise NIPError(f"8 angka pertama NIP ({digits[:8]}) bukan tanggal lahir yang sah") from None
    year, month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= month <= 12:
        raise NIPError(f"bulan TMT CPNS pada NIP ({digits[12:14]}) tidak sah")
    if year < born.year:
        raise NIPError("TMT CPNS pada NIP lebih awal dari tanggal lahir")
    if digits[14] not in "12":
        raise NIPError("angka ke-15 NIP (jenis kelamin) harus 1 atau 2")
    serial = int(digits[15:])
    if serial == 0:
        raise NIPError("nomor urut NIP tidak boleh 000")
    jk = JenisKelamin.LAKI_LAKI if digits[14] == "1" else JenisKelamin.PEREMPUAN
    return NIP(digits, born, (year, month), jk, serial)


def peringatan_nip(nip: NIP) -> list[str]:
    """Plausibility warnings that do not make a NIP invalid."""
    age = nip.tmt_cpns[0] - nip.tanggal_lahir.year
    if age < 17:
        return [f"TMT CPNS pada usia {age} tahun tidak lazim"]
    return []
