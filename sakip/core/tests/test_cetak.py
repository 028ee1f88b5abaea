"""Comparing computed figures with printed ones at the printed precision."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.cetak import (
    Kecocokan,
    bandingkan_cetak,
    mungkin_tercetak,
    potong,
    rentang_cetak,
    sama_tercetak,
)


@pytest.mark.parametrize(("dihitung", "tercetak", "desimal", "hasil"), [
    (D("101.25"), D("101"), 0, Kecocokan.SAMA),        # IKM 93,15 / 92 printed 101%
    (D("101.25"), D("102"), 0, Kecocokan.BEDA),        # the same printed 102%
    (D("101.5903"), D("101"), 0, Kecocokan.DIPOTONG),  # 84,32 / 83: truncated, not rounded
    (D("100.3658"), D("100.36"), 2, Kecocokan.DIPOTONG),
    (D("98.6885"), D("99"), 0, Kecocokan.SAMA),
    (D("98.6885"), D("99.03"), 2, Kecocokan.BEDA),
    (D("102.3933"), D("102.4"), 1, Kecocokan.SAMA),
    (D("96.5"), D("97"), 0, Kecocokan.SAMA),           # half up, as Indonesian reports round
])
def test_bandingkan_cetak(dihitung: D, tercetak: D, desimal: int, hasil: Kecocokan) -> None:
    assert bandingkan_cetak(dihitung, tercetak, desimal) is hasil


def test_sama_tercetak_uses_the_coarser_precision() -> None:
    assert sama_tercetak(D("102"), 0, D("102.4"), 1)
    assert not sama_tercetak(D("101"), 0, D("102.4"), 1)
    assert sama_tercetak(D("82.3"), 1, D("82.30"), 2)


@given(st.decimals(min_value=0, max_value=1000, places=4), st.integers(min_value=0, max_value=3))
def test_a_value_always_matches_its_own_rounding(x: D, d: int) -> None:
    from sakip.core.numbers import quantize

    assert bandingkan_cetak(x, quantize(x, d), d) is Kecocokan.SAMA
    assert potong(x, d) <= x


def test_rentang_cetak_whole_numbers_are_exact() -> None:
    assert rentang_cetak(D("93.53"), 2) == (D("93.525"), D("93.535"))
    assert rentang_cetak(D("96"), 0) == (D("96"), D("96"))


def test_mungkin_tercetak_accepts_the_rounding_of_the_inputs() -> None:
    # 92,36 / 96 = 96,208...% but 92,355 / 96 = 96,203...% prints 96,20%
    lo, hi = rentang_cetak(D("92.36"), 2)
    assert mungkin_tercetak(lo / 96 * 100, hi / 96 * 100, D("96.20"), 2)
    assert mungkin_tercetak(lo / 96 * 100, hi / 96 * 100, D("96.21"), 2)
    assert not mungkin_tercetak(lo / 96 * 100, hi / 96 * 100, D("96.22"), 2)
    assert not mungkin_tercetak(lo / 96 * 100, hi / 96 * 100, D("96.19"), 2)
