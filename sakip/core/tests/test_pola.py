"""Entry patterns: how a year is entered, what is due at the end of each triwulan, the value to date."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.core.aggregation import Agregasi, Bagian
from sakip.core.pola import (
    CAKUPAN_BAGIAN,
    SEMESTER_POLA,
    TAHUNAN_POLA,
    TRIWULAN_POLA,
    bagian_kolom,
    bagian_sampai,
    bagian_wajib,
    bagian_wajib_rencana,
    isian_tahun,
    nilai_sd,
    pola_dari,
)

B = Bagian


@pytest.mark.parametrize(("sekarang", "sebelumnya", "expected"), [
    ((), (), TRIWULAN_POLA),  # nothing anywhere: per triwulan
    ((B.S1,), (), SEMESTER_POLA),
    ((B.TW2,), (B.S1, B.S2), TRIWULAN_POLA),  # what the year holds wins over the year before
    ((B.TAHUN,), (), TAHUNAN_POLA),
    ((), (B.S1, B.S2), SEMESTER_POLA),  # an empty year follows last year's semesters
    ((), (B.TAHUN,), TRIWULAN_POLA),  # an annual value alone last year is history, not a pattern
    ((), (B.TW1, B.TW4), TRIWULAN_POLA),
])
def test_pola_dari(sekarang: tuple[Bagian, ...], sebelumnya: tuple[Bagian, ...], expected: str) -> None:
    assert pola_dari(sekarang, sebelumnya) == expected


@pytest.mark.parametrize(("pola", "expected"), [
    (TRIWULAN_POLA, [B.TW1, B.TW2, B.TW3, B.TW4]),
    (SEMESTER_POLA, [None, B.S1, None, B.S2]),
    (TAHUNAN_POLA, [None, None, None, B.TAHUN]),
])
def test_bagian_wajib_per_triwulan(pola: str, expected: list[Bagian | None]) -> None:
    assert [bagian_wajib(pola, tw) for tw in (1, 2, 3, 4)] == expected
    assert bagian_kolom(pola) == expected  # the grid's four columns hold what is due under them


@pytest.mark.parametrize(("pola", "bertarget", "expected"), [
    # No rencana aksi: the entry pattern alone decides (the rule before the rencana aksi).
    (TRIWULAN_POLA, None, [B.TW1, B.TW2, B.TW3, B.TW4]),
    (SEMESTER_POLA, None, [None, B.S1, None, B.S2]),
    (TAHUNAN_POLA, None, [None, None, None, B.TAHUN]),
    # The reference series 25/50/75/100: due every triwulan.
    (TRIWULAN_POLA, frozenset({1, 2, 3, 4}), [B.TW1, B.TW2, B.TW3, B.TW4]),
    # Nilai SAKIP planned only in TW III: due then and never else.
    (TRIWULAN_POLA, frozenset({3}), [None, None, B.TW3, None]),
    # IKM per semester (targets in TW II and IV), entered per triwulan or per semester.
    (TRIWULAN_POLA, frozenset({2, 4}), [None, B.TW2, None, B.TW4]),
    (SEMESTER_POLA, frozenset({2, 4}), [None, B.S1, None, B.S2]),
    # A semester closes the triwulans it covers: a target in TW I or III is due with S1 or S2.
    (SEMESTER_POLA, frozenset({1}), [None, B.S1, None, None]),
    (SEMESTER_POLA, frozenset({3}), [None, None, None, B.S2]),
    # A count planned in TW II but entered once a year is due with the year's value.
    (TAHUNAN_POLA, frozenset({2}), [None, None, None, B.TAHUN]),
    # A rencana aksi without any triwulan target (the caller passes None then) vs an empty set.
    (TRIWULAN_POLA, frozenset(), [None, None, None, None]),
])
def test_bagian_wajib_with_the_rencana_aksi(pola: str, bertarget: frozenset[int] | None,
                                            expected: list[Bagian | None]) -> None:
    assert [bagian_wajib_rencana(pola, tw, bertarget) for tw in (1, 2, 3, 4)] == expected


@pytest.mark.parametrize(("pola", "expected"), [
    (TRIWULAN_POLA, [B.TW1, B.TW2, B.TW3, B.TW4]),
    (SEMESTER_POLA, [None, B.S1, B.S1, B.S2]),  # at TW III the first semester is still the latest known
    (TAHUNAN_POLA, [None, None, None, B.TAHUN]),
])
def test_bagian_sampai_per_triwulan(pola: str, expected: list[Bagian | None]) -> None:
    assert [bagian_sampai(pola, tw) for tw in (1, 2, 3, 4)] == expected


def test_every_part_covers_the_triwulans_it_spans() -> None:
    assert CAKUPAN_BAGIAN[B.S1] == (1, 2) and CAKUPAN_BAGIAN[B.S2] == (3, 4)
    assert CAKUPAN_BAGIAN[B.TAHUN] == (1, 2, 3, 4) and CAKUPAN_BAGIAN[B.TW3] == (3,)
    assert set(CAKUPAN_BAGIAN) == set(Bagian)


TW = {B.TW1: Decimal(10), B.TW2: Decimal(20), B.TW3: Decimal(30)}


@pytest.mark.parametrize(("nilai", "pola", "tw", "agregasi", "expected"), [
    (TW, TRIWULAN_POLA, 2, Agregasi.JUMLAH, Decimal(30)),  # 10 + 20
    (TW, TRIWULAN_POLA, 3, Agregasi.TERAKHIR, Decimal(30)),
    (TW, TRIWULAN_POLA, 3, Agregasi.RATA_RATA, Decimal(20)),
    (TW, TRIWULAN_POLA, 4, Agregasi.JUMLAH, Decimal(60)),  # TW IV not entered yet: what is known
    ({B.S1: Decimal("80.5")}, SEMESTER_POLA, 1, Agregasi.TERAKHIR, None),  # nothing due yet
    ({B.S1: Decimal("80.5")}, SEMESTER_POLA, 3, Agregasi.TERAKHIR, Decimal("80.5")),
    ({B.TAHUN: Decimal(7)}, TAHUNAN_POLA, 3, Agregasi.JUMLAH, None),
    ({B.TAHUN: Decimal(7)}, TAHUNAN_POLA, 4, Agregasi.JUMLAH, Decimal(7)),
    ({}, TRIWULAN_POLA, 2, Agregasi.JUMLAH, None),
])
def test_nilai_sd(nilai: dict[Bagian, Decimal], pola: str, tw: int, agregasi: Agregasi,
                  expected: Decimal | None) -> None:
    assert nilai_sd(nilai, pola, tw, agregasi) == expected


def test_nilai_sd_counts_only_the_parts_of_its_own_pattern() -> None:
    nilai = {B.TAHUN: Decimal(5), B.S1: Decimal(3), B.TW1: Decimal(1), B.TW2: Decimal(2)}
    assert nilai_sd(nilai, TRIWULAN_POLA, 2, Agregasi.JUMLAH) == Decimal(3)
    assert nilai_sd(nilai, SEMESTER_POLA, 2, Agregasi.JUMLAH) == Decimal(3)


# Indicator 3 carries on 2 (both among the year's indicators: the year lies in two periods), and
# 2 carries on 1, from a period before the year's.
PENDAHULU: dict[int, int | None] = {3: 2, 2: 1, 9: None}


def test_isian_tahun_reads_the_year_wherever_the_chain_stored_it() -> None:
    nilai = {(2, 2025): {B.TW1: Decimal(4)}, (1, 2024): {B.S1: Decimal(1), B.S2: Decimal(2)}}
    isian = isian_tahun(3, PENDAHULU, nilai, 2025)
    assert isian.rantai == [3, 2]  # 1 is outside the year's periods
    assert isian.sumber == 2 and isian.nilai == {B.TW1: Decimal(4)}
    assert isian.pola == TRIWULAN_POLA  # what the year holds wins over last year's semesters


def test_isian_tahun_follows_the_year_before_even_from_the_previous_period() -> None:
    isian = isian_tahun(3, PENDAHULU, {(1, 2024): {B.S1: Decimal(1)}}, 2025)
    assert isian.sumber == 3 and isian.nilai == {}  # nothing stored yet: it will be stored on itself
    assert isian.pola == SEMESTER_POLA


def test_isian_tahun_stops_at_a_loop_of_predecessors() -> None:
    assert isian_tahun(5, {5: 6, 6: 5}, {}, 2025).rantai == [5, 6]
    assert isian_tahun(9, PENDAHULU, {}, 2025).rantai == [9]
