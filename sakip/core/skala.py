"""Category scales (IKM mutu, predikat SAKIP, IP ASN, kematangan, komposit, predikat kinerja).

A scale is data: bands with explicit bounds and inclusivity (SAKIP-rules §11), so the
boundary conventions can be changed per Pemda without touching code. ``STANDARD_SCALES``
are the defaults seeded into the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from .numbers import quantize


@dataclass(frozen=True)
class RentangSkala:
    kode: str
    label: str
    bawah: Decimal | None  # None: unbounded below
    bawah_inklusif: bool
    atas: Decimal | None  # None: unbounded above
    atas_inklusif: bool
    peringkat: int  # higher is better; used for "at least Baik" conditions

    def memuat(self, x: Decimal) -> bool:
        if self.bawah is not None:
            if x < self.bawah or (x == self.bawah and not self.bawah_inklusif):
                return False
        if self.atas is not None:
            if x > self.atas or (x == self.atas and not self.atas_inklusif):
                return False
        return True

    @property
    def teks(self) -> str:
        return self.label if self.kode == self.label else f"{self.kode} ({self.label})"


@dataclass(frozen=True)
class AturanSkala:
    kode: str
    nama: str
    bands: tuple[RentangSkala, ...]
    desimal_klasifikasi: int | None = 2  # classify on the printed (rounded) value

    def classify(self, value: Decimal | None) -> RentangSkala | None:
        """The band a value falls in, or None (no value, or outside every band)."""
        if value is None:
            return None
        x = value if self.desimal_klasifikasi is None else quantize(value, self.desimal_klasifikasi)
        for band in self.bands:
            if band.memuat(x):
                return band
        return None

    def band(self, kode_or_label: str) -> RentangSkala | None:
        key = kode_or_label.strip().casefold()
        for band in self.bands:
            if key in (band.kode.casefold(), band.label.casefold()):
                return band
        return None

    def at_least(self, value: Decimal | None, minimum: str) -> bool:
        """Whether value's band ranks at or above the band named ``minimum``."""
        floor = self.band(minimum)
        if floor is None:
            raise KeyError(f"kategori {minimum!r} tidak ada pada skala {self.kode}")
        got = self.classify(value)
        return got is not None and got.peringkat >= floor.peringkat


def _d(x: str | None) -> Decimal | None:
    return None if x is None else Decimal(x)


def _scale(kode: str, nama: str, rows: Sequence[tuple[str, str, str | None, bool, str | None, bool]]) -> AturanSkala:
    # rows are listed worst first so that peringkat grows with quality
    bands = tuple(
        RentangSkala(k, label, _d(lo), lo_inc, _d(hi), hi_inc, peringkat=i + 1)
        for i, (k, label, lo, lo_inc, hi, hi_inc) in enumerate(rows)
    )
    return AturanSkala(kode, nama, bands)


STANDARD_SCALES: dict[str, AturanSkala] = {
    # PermenPAN-RB 14/2017: classify the 2-dp nilai konversi; >= lower bound.
    "skm": _scale(
        "skm",
        "Mutu pelayanan (SKM, PermenPAN-RB 14/2017)",
        [
            ("D", "Tidak Baik", None, True, "65.00", False),
            ("C", "Kurang Baik", "65.00", True, "76.61", False),
            ("B", "Baik", "76.61", True, "88.31", False),
            ("A", "Sangat Baik", "88.31", True, None, True),
        ],
    ),
    # PermenPAN-RB 88/2021 predikat: lower bound exclusive, so exactly 90.00 is A.
    "sakip": _scale(
        "sakip",
        "Predikat Evaluasi AKIP (PermenPAN-RB 88/2021)",
        [
            ("D", "Sangat Kurang", None, True, "30", True),
            ("C", "Kurang", "30", False, "50", True),
            ("CC", "Cukup", "50", False, "60", True),
            ("B", "Baik", "60", False, "70", True),
            ("BB", "Sangat Baik", "70", False, "80", True),
            ("A", "Memuaskan", "80", False, "90", True),
            ("AA", "Sangat Memuaskan", "90", False, None, True),
        ],
    ),
    # Peraturan BKN 8/2019: integer bands 61-70 ...; half-open at the integer cut-offs.
    "ip_asn": _scale(
        "ip_asn",
        "Tingkat Profesionalitas ASN (Peraturan BKN 8/2019)",
        [
            ("SR", "Sangat Rendah", None, True, "61", False),
            ("R", "Rendah", "61", True, "71", False),
            ("S", "Sedang", "71", True, "81", False),
            ("T", "Tinggi", "81", True, "91", False),
            ("ST", "Sangat Tinggi", "91", True, None, True),
        ],
    ),
    # As printed in the Bagian Organisasi LKjIP (10-19, 19,1-28, 28,1-37, 37,1-46, 46,1-55).
    "kematangan": _scale(
        "kematangan",
        "Tingkat Kematangan Kelembagaan",
        [
            ("SR", "Sangat Rendah", None, True, "19.1", False),
            ("R", "Rendah", "19.1", True, "28.1", False),
            ("S", "Sedang", "28.1", True, "37.1", False),
            ("T", "Tinggi", "37.1", True, "46.1", False),
            ("ST", "Sangat Tinggi", "46.1", True, None, True),
        ],
    ),
    # PermenPAN-RB 20/2018 peringkat komposit; P-5 is the best.
    "komposit": _scale(
        "komposit",
        "Peringkat Komposit Evaluasi Kelembagaan (PermenPAN-RB 20/2018)",
        [
            ("P-1", "Tidak Efektif", None, True, "21", False),
            ("P-2", "Kurang Efektif", "21", True, "41", False),
            ("P-3", "Cukup Efektif", "41", True, "61", False),
            ("P-4", "Efektif", "61", True, "81", False),
            ("P-5", "Sangat Efektif", "81", True, None, True),
        ],
    ),
    # Permendagri 86/2017 predikat kinerja of capaian, half-open (SAKIP-rules §3.7).
    "predikat_kinerja": _scale(
        "predikat_kinerja",
        "Predikat Kinerja (Permendagri 86/2017)",
        [
            ("SR", "Sangat Rendah", None, True, "50", True),
            ("R", "Rendah", "50", False, "65", True),
            ("S", "Sedang", "65", False, "75", True),
            ("T", "Tinggi", "75", False, "90", True),
            ("ST", "Sangat Tinggi", "90", False, None, True),
        ],
    ),
}
