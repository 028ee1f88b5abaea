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
from .rencana_aksi import capaian_triwulan
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
    # As of a triwulan (``triwulan`` set): the rencana aksi's target for it and the realisasi up to it.
    triwulan: int | None = None
    target_triwulan: Decimal | None = None
    teks_triwulan: str = ""  # a qualitative target of the triwulan
    realisasi_triwulan: Decimal | None = None


@dataclass(frozen=True)
class BarisHasil:
    input: BarisInput
    realisasi: Decimal | None  # rounded to the indicator's decimals, as printed
    capaian: Capaian
    kategori: RentangSkala | None
    realisasi_triwulan: Decimal | None = None  # rounded like ``realisasi``
    capaian_triwulan: Capaian | None = None  # None outside a triwulan measurement


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
    # As of a triwulan: the budget up to it and the anggaran kas planned up to it (None when unplanned).
    triwulan: int | None = None
    anggaran_triwulan: BudgetTotal | None = None
    rencana_anggaran: Decimal | None = None


def ukur_baris(row: BarisInput, aturan: AturanCapaian = ATURAN_BAKU) -> BarisHasil:
    """One PK row: the printed realisasi, its capaian and its category."""
    # Capaian follows from the realisasi as printed, so a reader can redo the division.
    real = None if row.realisasi is None else quantize(row.realisasi, row.desimal)
    cap = hitung_capaian(row.target, real, row.polaritas, aturan)
    kategori = row.skala.classify(real) if row.skala is not None else None
    if row.triwulan is None:
        return BarisHasil(row, real, cap, kategori)
    real_tw = None if row.realisasi_triwulan is None else quantize(row.realisasi_triwulan, row.desimal)
    cap_tw = capaian_triwulan(row.target_triwulan, real_tw, row.polaritas, aturan)
    return BarisHasil(row, real, cap, kategori, real_tw, cap_tw)


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


def ringkasan_triwulan(pks: Sequence[HasilPK]) -> Ringkasan | None:
    """The sasaran strategis of the year's latest PK as of the triwulan measured: counts and the
    rata-rata of the capaian against the rencana aksi's targets (None outside a triwulan measurement).

    The triwulan twin of ``rata_rata_capaian_kinerja``: an indicator with no target by then is
    "tidak dapat diukur" and left out of the mean, never counted as 0 %.
    """
    if not pks:
        return None
    rows = [b for b in pks[-1].baris if b.input.kelompok is Kelompok.UTAMA]
    if any(b.capaian_triwulan is None for b in rows):
        return None
    return ringkas(b.capaian_triwulan for b in rows if b.capaian_triwulan is not None)


def ukur(pks: Sequence[HasilPK], anggaran: Sequence[BudgetLine], triwulan: int | None = None,
         rencana_anggaran: Decimal | None = None) -> HasilPengukuran:
    """Combine the PKs of a year (oldest version first) with its budget.

    Efisiensi compares the rata-rata capaian of the latest PK's main indicators with
    the serapan anggaran of the whole year. With ``triwulan`` the budget is also taken up to it.
    """
    total = budget_total(anggaran)
    kinerja = rata_rata_capaian_kinerja(pks)
    return HasilPengukuran(
        pk=list(pks),
        anggaran=total,
        rincian_anggaran=list(anggaran),
        capaian_kinerja=kinerja,
        efisiensi=efisiensi(kinerja, total.persen),
        triwulan=triwulan,
        anggaran_triwulan=None if triwulan is None else budget_total(anggaran, triwulan),
        rencana_anggaran=rencana_anggaran,
    )
