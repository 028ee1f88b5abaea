"""The measurement (pengukuran kinerja) of one PD-year, from plain inputs.

The Django layer loads rows into these dataclasses; everything printed about a PD-year
(capaian per indicator, counts, rata-rata, budget, efisiensi) is computed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .budget import BudgetLine, BudgetTotal
from .budget import total as budget_total
from .capaian import ATURAN_BAKU, AturanCapaian, Capaian, Polaritas, hitung_capaian
from .numbers import quantize
from .skala import AturanSkala, RentangSkala
from .summary import Ringkasan, efisiensi, ringkas


class Kelompok(StrEnum):
    UTAMA = "utama"  # sasaran strategis of the PK
    LAINNYA = "lainnya"  # "kinerja lainnya" printed beside them


@dataclass(frozen=True)
class BarisInput:
    nama: str
    kelompok: Kelompok
    satuan: str
    target: Decimal | None
    realisasi: Decimal | None  # annual value, unrounded
    polaritas: Polaritas = Polaritas.POSITIF
    desimal: int = 2
    skala: AturanSkala | None = None
    sasaran: str = ""
    key: object = None


@dataclass(frozen=True)
class BarisHasil:
    input: BarisInput
    realisasi: Decimal | None  # rounded to the indicator's decimals, as printed
    capaian: Capaian
    kategori: RentangSkala | None


@dataclass(frozen=True)
class HasilPK:
    versi: str
    periode: str
    baris: list[BarisHasil]
    utama: Ringkasan
    semua: Ringkasan
    key: object = None


@dataclass(frozen=True)
class HasilPengukuran:
    pk: list[HasilPK]
    anggaran: BudgetTotal
    rincian_anggaran: list[BudgetLine]
    capaian_kinerja: Decimal | None
    efisiensi: Decimal | None
    catatan: list[str] = field(default_factory=list)


def ukur_baris(row: BarisInput, aturan: AturanCapaian = ATURAN_BAKU) -> BarisHasil:
    """One PK row: the printed realisasi, its capaian and its category."""
    # Capaian follows from the realisasi as printed, so a reader can redo the division.
    real = None if row.realisasi is None else quantize(row.realisasi, row.desimal)
    cap = hitung_capaian(row.target, real, row.polaritas, aturan)
    kategori = row.skala.classify(real) if row.skala is not None else None
    return BarisHasil(row, real, cap, kategori)


def ukur_pk(
    versi: str, periode: str, rows: Sequence[BarisInput], aturan: AturanCapaian = ATURAN_BAKU, key: object = None
) -> HasilPK:
    hasil = [ukur_baris(r, aturan) for r in rows]
    utama = ringkas(h.capaian for h in hasil if h.input.kelompok is Kelompok.UTAMA)
    semua = ringkas(h.capaian for h in hasil)
    return HasilPK(versi, periode, hasil, utama, semua, key)


def rata_rata_capaian_kinerja(pks: Sequence[HasilPK]) -> Decimal | None:
    """THE rata-rata capaian kinerja of a PD-year, printed in the LKjIP body and the E-81 alike.

    The mean of the printed (two-decimal) capaian of the sasaran strategis indicators of the
    latest PK of the year; indicators that cannot be measured are left out (narasi.DEFINISI_RATA_RATA).
    """
    return pks[-1].utama.rata_rata_capaian if pks else None


def ukur(pks: Sequence[HasilPK], anggaran: Sequence[BudgetLine]) -> HasilPengukuran:
    """Combine the PKs of a year (oldest version first) with its budget.

    Efisiensi compares the rata-rata capaian of the latest PK's main indicators with
    the serapan anggaran of the whole year.
    """
    total = budget_total(anggaran)
    kinerja = rata_rata_capaian_kinerja(pks)
    return HasilPengukuran(
        pk=list(pks),
        anggaran=total,
        rincian_anggaran=list(anggaran),
        capaian_kinerja=kinerja,
        efisiensi=efisiensi(kinerja, total.persen),
    )
