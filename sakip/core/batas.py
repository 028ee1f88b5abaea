"""The bounds of every stored number: one check used by every door (web, API, Excel, CLI, services).

A number is refused when the database column cannot hold it (digits, decimals) or when it is
outside the sane range of its kind (a percentage, an amount of Rupiah, a count). The bounds
also keep every later computation inside ``Decimal``'s default precision of 28 digits: the
largest value (10^15) divided by the smallest non-zero one (10^-4) times 100 still has room,
so capaian, sums and roll-ups never raise ``InvalidOperation``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .formatting import angka_ringkas


class JenisAngka(StrEnum):
    """What a stored number measures, which sets its range and decimals."""

    NILAI = "nilai"  # a target or realisasi of an indicator whose unit says nothing more
    PERSEN = "persen"
    RUPIAH = "rupiah"  # pagu, realisasi anggaran, anggaran PK, aset
    JUMLAH = "jumlah"  # counts of people, documents, units
    SKALA = "skala"  # bounds of a category scale (a narrower column)


@dataclass(frozen=True)
class Batas:
    desimal: int
    bawah: Decimal
    atas: Decimal
    nama: str  # how the message names the kind


_TRILIUN = Decimal(10) ** 12

BATAS: dict[JenisAngka, Batas] = {
    # Columns of indicator values hold 20 digits with 4 decimals (< 10^16).
    JenisAngka.NILAI: Batas(4, Decimal(-(10**15)), Decimal(10**15), "nilai"),
    # Growth can be negative; ten thousand percent (a hundredfold) is already implausible.
    JenisAngka.PERSEN: Batas(4, Decimal(-10000), Decimal(10000), "persentase"),
    # Money columns hold 18 digits with 2 decimals; Rp 1.000 triliun is beyond any Pemda's APBD.
    JenisAngka.RUPIAH: Batas(2, Decimal(0), 1000 * _TRILIUN, "jumlah rupiah"),
    JenisAngka.JUMLAH: Batas(4, Decimal(0), Decimal(10**15), "jumlah"),
    # AturanSkala bounds are kept in a 9-digit column with 4 decimals.
    JenisAngka.SKALA: Batas(4, Decimal("-99999.9999"), Decimal("99999.9999"), "batas skala"),
}

_SATUAN_PERSEN = {"%", "persen", "persentase", "prosentase"}
_SATUAN_RUPIAH = {"rp", "rp.", "rupiah"}
# Units that only ever count whole things; a unit not listed here is checked as a plain value.
_SATUAN_JUMLAH = {
    "orang", "jiwa", "unit", "dokumen", "laporan", "kegiatan", "buah", "paket", "kali",
    "lembaga", "desa", "kelurahan", "sekolah", "kk", "rumah", "inovasi", "pd", "opd", "pd/ukpd",
    "rekomendasi", "aplikasi", "kasus", "ekor", "bangunan", "titik", "lokasi", "perda", "perkada",
}


class AngkaDitolak(ValueError):
    """A number that cannot be stored; the message is Indonesian and names the kind."""


def jenis_satuan(satuan: str) -> JenisAngka:
    """The kind of an indicator's values, read from its unit ('%', 'Rp', 'orang', 'indeks')."""
    s = " ".join(satuan.split()).casefold()
    if s in _SATUAN_PERSEN:
        return JenisAngka.PERSEN
    if s in _SATUAN_RUPIAH or s.startswith("rp "):
        return JenisAngka.RUPIAH
    if s in _SATUAN_JUMLAH:
        return JenisAngka.JUMLAH
    return JenisAngka.NILAI


def _desimal(nilai: Decimal) -> int:
    """Significant places after the comma (trailing zeros do not count), without rounding."""
    tanda, digit, eksponen = nilai.as_tuple()
    if not isinstance(eksponen, int) or eksponen >= 0:
        return 0
    nol = len(digit) - len("".join(str(d) for d in digit).rstrip("0"))
    return max(0, -eksponen - nol)


def periksa(nilai: Decimal, jenis: JenisAngka = JenisAngka.NILAI) -> Decimal:
    """``nilai`` if it can be stored as a number of ``jenis``, else ``AngkaDitolak``.

    The value comes back with at most the kind's decimals (trailing zeros beyond them dropped),
    so that what is stored equals what was checked.
    """
    if isinstance(nilai, int) and not isinstance(nilai, bool):
        nilai = Decimal(nilai)  # exact, unlike a float
    if not isinstance(nilai, Decimal):
        raise AngkaDitolak("isian harus berupa angka")
    if not nilai.is_finite():
        raise AngkaDitolak("isian harus berupa angka (bukan NaN atau tak hingga)")
    b = BATAS[jenis]
    # Compared before any rounding: quantize() fails on values beyond the context's precision.
    if nilai > b.atas:
        raise AngkaDitolak(f"{b.nama} terlalu besar; paling besar {angka_ringkas(b.atas, b.desimal)}")
    if nilai < b.bawah:
        if b.bawah == 0:
            raise AngkaDitolak(f"{b.nama} tidak boleh negatif")
        raise AngkaDitolak(f"{b.nama} terlalu kecil; paling kecil {angka_ringkas(b.bawah, b.desimal)}")
    if _desimal(nilai) > b.desimal:
        raise AngkaDitolak(f"paling banyak {b.desimal} angka di belakang koma")
    if isinstance(nilai.as_tuple().exponent, int) and -int(nilai.as_tuple().exponent) > b.desimal:
        nilai = nilai.quantize(Decimal(1).scaleb(-b.desimal))
    return nilai + 0 if nilai == 0 else nilai  # no "-0" stored


def periksa_satuan(nilai: Decimal, satuan: str) -> Decimal:
    """``periksa`` for a value of an indicator with unit ``satuan``."""
    return periksa(nilai, jenis_satuan(satuan))
