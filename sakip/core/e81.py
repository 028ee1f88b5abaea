"""Arithmetic of form E.81 (evaluasi hasil Renja Perangkat Daerah, Permendagri 86/2017).

Column numbers follow SAKIP-rules §4.2: 5 target Renstra akhir periode, 6 realisasi Renstra
s.d. tahun lalu, 7 target Renja tahun ini, 8-11 realisasi triwulan I-IV, 12 realisasi Renja
(8+9+10+11), 13 realisasi Renstra s.d. tahun ini (6+12), 14 tingkat capaian Renstra (13/5),
and the Renja capaian 12/7 of the provincial variant. Rp columns always add up; K columns add
up only for cumulative indicators: a level indicator (an index, a percentage) reports its
latest value (SAKIP-rules §4.2, aggregation caveat).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from .aggregation import Agregasi, Bagian, nilai_tahunan
from .capaian import ATURAN_BAKU, AturanCapaian, Capaian, Polaritas, hitung_capaian
from .numbers import ZERO, percent, round2
from .skala import AturanSkala, RentangSkala

TRIWULAN_KOLOM = {Bagian.TW1: 1, Bagian.TW2: 2, Bagian.TW3: 3, Bagian.TW4: 4,
                  # a semester value is reported in the triwulan that closes the semester
                  Bagian.S1: 2, Bagian.S2: 4}


@dataclass(frozen=True)
class Kinerja:
    """The K side of one E.81 row (one indicator)."""

    target_renstra: Decimal | None  # 5
    realisasi_lalu: Decimal | None  # 6
    target_renja: Decimal | None  # 7
    triwulan: Mapping[int, Decimal]  # 8-11, by triwulan number
    realisasi_renja: Decimal | None  # 12
    realisasi_renstra: Decimal | None  # 13
    capaian_renstra: Capaian  # 14
    capaian_renja: Capaian  # 12/7


@dataclass(frozen=True)
class Anggaran:
    """The Rp side of one E.81 row (one DPA line)."""

    target_renstra: Decimal | None
    realisasi_lalu: Decimal | None
    pagu: Decimal  # 7
    triwulan: Mapping[int, Decimal]
    realisasi_renja: Decimal  # 12
    realisasi_renstra: Decimal  # 13
    capaian_renstra: Decimal | None  # 14, two decimals
    capaian_renja: Decimal | None  # 12/7, two decimals


def per_triwulan(parts: Mapping[Bagian, Decimal]) -> dict[int, Decimal]:
    """Stored triwulan or semester values placed in the triwulan columns 8-11."""
    return {TRIWULAN_KOLOM[b]: v for b, v in parts.items() if b in TRIWULAN_KOLOM}


def kinerja(*, target_renstra: Decimal | None, realisasi_lalu: Decimal | None, target_renja: Decimal | None,
            parts: Mapping[Bagian, Decimal], realisasi_tahun: Decimal | None, agregasi: Agregasi,
            polaritas: Polaritas = Polaritas.POSITIF, aturan: AturanCapaian = ATURAN_BAKU) -> Kinerja:
    """The K columns of one indicator row.

    ``realisasi_tahun`` is the engine's annual value (derived indicators have no parts);
    without it the annual value is aggregated from ``parts``.
    """
    renja = realisasi_tahun if realisasi_tahun is not None else (nilai_tahunan(parts, agregasi) if parts else None)
    if agregasi is Agregasi.JUMLAH:
        renstra = None if renja is None and realisasi_lalu is None else (realisasi_lalu or ZERO) + (renja or ZERO)
    else:
        renstra = renja if renja is not None else realisasi_lalu
    return Kinerja(
        target_renstra=target_renstra,
        realisasi_lalu=realisasi_lalu,
        target_renja=target_renja,
        triwulan=per_triwulan(parts),
        realisasi_renja=renja,
        realisasi_renstra=renstra,
        capaian_renstra=hitung_capaian(target_renstra, renstra, polaritas, aturan),
        capaian_renja=hitung_capaian(target_renja, renja, polaritas, aturan),
    )


def anggaran(*, pagu: Decimal, triwulan: Mapping[int, Decimal], target_renstra: Decimal | None = None,
             realisasi_lalu: Decimal | None = None) -> Anggaran:
    """The Rp columns of one DPA line (realisasi within each triwulan)."""
    renja = sum(triwulan.values(), ZERO)
    renstra = (realisasi_lalu or ZERO) + renja
    return Anggaran(
        target_renstra=target_renstra,
        realisasi_lalu=realisasi_lalu,
        pagu=pagu,
        triwulan=dict(triwulan),
        realisasi_renja=renja,
        realisasi_renstra=renstra,
        capaian_renstra=None if target_renstra is None else round2(percent(renstra, target_renstra)),
        capaian_renja=round2(percent(renja, pagu)),
    )


@dataclass(frozen=True)
class Predikat:
    nilai: Decimal | None
    kelas: RentangSkala | None


def predikat(nilai: Decimal | None, skala: AturanSkala) -> Predikat:
    """A footer figure with its predikat kinerja (SAKIP-rules §3.7)."""
    return Predikat(nilai, skala.classify(nilai))

