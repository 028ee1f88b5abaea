"""Which year and triwulan a page opens on, from the date (passed in, so tests set it)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sakip.core.aggregation import ROMAWI


def triwulan_dari_tanggal(d: date) -> int:
    """January–March is triwulan 1, ..., October–December triwulan 4."""
    return (d.month - 1) // 3 + 1


def triwulan_berjalan(tahun: int, hari_ini: date) -> int:
    """The triwulan whose realisasi is due now: every one for a past year, today's for this year."""
    if tahun < hari_ini.year:
        return 4
    if tahun > hari_ini.year:
        return 1
    return triwulan_dari_tanggal(hari_ini)


def tahun_bawaan(tersedia: Iterable[int], hari_ini: date) -> int:
    """The latest year with data up to this year; this year when there is none."""
    years = sorted(set(tersedia))
    past = [y for y in years if y <= hari_ini.year]
    if past:
        return past[-1]
    return years[0] if years else hari_ini.year


def nama_triwulan(tw: int) -> str:
    return f"Triwulan {ROMAWI[tw]}"
