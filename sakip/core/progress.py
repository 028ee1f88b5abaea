"""Comparisons over several years: series, trend and progress to the end-of-period target."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from .aggregation import Agregasi
from .capaian import ATURAN_BAKU, AturanCapaian, Capaian, Polaritas, hitung_capaian


@dataclass(frozen=True)
class TitikSeri:
    tahun: int
    target: Decimal | None
    realisasi: Decimal | None
    capaian: Capaian


def seri(
    targets: Mapping[int, Decimal | None],
    realisasi: Mapping[int, Decimal | None],
    polaritas: Polaritas = Polaritas.POSITIF,
    aturan: AturanCapaian = ATURAN_BAKU,
) -> list[TitikSeri]:
    """Target, realisasi and capaian per year, oldest first, for every year with either."""
    years = sorted(set(targets) | set(realisasi))
    return [
        TitikSeri(
            y,
            targets.get(y),
            realisasi.get(y),
            hitung_capaian(targets.get(y), realisasi.get(y), polaritas, aturan),
        )
        for y in years
    ]


def realisasi_sampai_tahun(
    realisasi: Mapping[int, Decimal | None], tahun: int, agregasi: Agregasi, mulai: int | None = None
) -> Decimal | None:
    """Realisasi from ``mulai`` up to ``tahun``: summed for flow indicators, latest for stocks."""
    values = [
        v for y, v in sorted(realisasi.items()) if v is not None and y <= tahun and (mulai is None or y >= mulai)
    ]
    if not values:
        return None
    if agregasi is Agregasi.JUMLAH:
        return sum(values, Decimal(0))
    if agregasi is Agregasi.RATA_RATA:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]


def progres_target_akhir(
    target_akhir: Decimal | None,
    realisasi: Mapping[int, Decimal | None],
    tahun: int,
    agregasi: Agregasi,
    polaritas: Polaritas = Polaritas.POSITIF,
    mulai: int | None = None,
    aturan: AturanCapaian = ATURAN_BAKU,
) -> Capaian:
    """Capaian of the realisasi up to ``tahun`` against the Renstra/RPJMD end target."""
    r = realisasi_sampai_tahun(realisasi, tahun, agregasi, mulai)
    return hitung_capaian(target_akhir, r, polaritas, aturan)


def selisih(sekarang: Decimal | None, sebelumnya: Decimal | None, polaritas: Polaritas) -> Decimal | None:
    """Change against the previous year, signed so that positive always means better."""
    if sekarang is None or sebelumnya is None:
        return None
    d = sekarang - sebelumnya
    return d if polaritas is Polaritas.POSITIF else -d
