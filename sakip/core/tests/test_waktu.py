"""Which year and triwulan a page opens on, from a date passed in."""

from __future__ import annotations

from datetime import date

import pytest

from sakip.core.waktu import nama_triwulan, tahun_bawaan, triwulan_berjalan, triwulan_dari_tanggal


@pytest.mark.parametrize(("d", "tw"), [
    (date(2025, 1, 1), 1), (date(2025, 3, 31), 1), (date(2025, 4, 1), 2), (date(2025, 9, 30), 3),
    (date(2025, 12, 31), 4),
])
def test_triwulan_dari_tanggal(d: date, tw: int) -> None:
    assert triwulan_dari_tanggal(d) == tw


@pytest.mark.parametrize(("tahun", "tw"), [(2024, 4), (2025, 2), (2026, 1)])
def test_triwulan_berjalan_past_year_all_this_year_today_next_year_first(tahun: int, tw: int) -> None:
    assert triwulan_berjalan(tahun, date(2025, 5, 15)) == tw


@pytest.mark.parametrize(("tersedia", "expected"), [
    ([2023, 2024, 2026], 2024),  # the latest year up to this one
    ([2025, 2023], 2025),
    ([2027, 2026], 2026),  # only future years: the first of them
    ([], 2025),  # no data: this year
])
def test_tahun_bawaan(tersedia: list[int], expected: int) -> None:
    assert tahun_bawaan(tersedia, date(2025, 5, 15)) == expected


def test_nama_triwulan_in_roman_numerals() -> None:
    assert [nama_triwulan(t) for t in (1, 2, 3, 4)] == ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]
