"""Property tests of the calculation core (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sakip.core.aggregation import SEMESTER, TRIWULAN, Agregasi, Bagian, nilai_tahunan
from sakip.core.budget import BudgetLine, TingkatAnggaran, total
from sakip.core.capaian import (
    AturanCapaian,
    MetodeNegatif,
    Polaritas,
    StatusCapaian,
    hitung_capaian,
)
from sakip.core.numbers import quantize
from sakip.core.summary import ringkas

D = Decimal
NEG = Polaritas.NEGATIF
METODE_B = AturanCapaian(metode_negatif=MetodeNegatif.T_PER_R)
TANPA_CLAMP = AturanCapaian(clamp_nol=False)
PROPS = settings(max_examples=200, deadline=None, database=None)


def amounts(lo: str = "0", hi: str = "1000000", places: int = 2) -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=D(lo), max_value=D(hi), places=places, allow_nan=False, allow_infinity=False)


positive_targets = amounts("0.01")


# --- capaian ---------------------------------------------------------------------------------------


@PROPS
@given(positive_targets, amounts(), amounts())
def test_positive_capaian_strictly_increasing_in_realisasi(t: Decimal, r1: Decimal, r2: Decimal) -> None:
    assume(r1 != r2)
    lo, hi = sorted((r1, r2))
    c_lo, c_hi = hitung_capaian(t, lo).nilai, hitung_capaian(t, hi).nilai
    assert c_lo is not None and c_hi is not None
    assert c_lo < c_hi


@PROPS
@given(positive_targets, amounts())
def test_positive_capaian_is_100_iff_realisasi_equals_target(t: Decimal, r: Decimal) -> None:
    c = hitung_capaian(t, r)
    assert c.status is StatusCapaian.TERUKUR
    assert (c.nilai == 100) == (r == t)
    assert hitung_capaian(t, t).nilai == D(100)


@PROPS
@given(positive_targets, amounts(), amounts())
def test_negative_method_a_decreasing_in_realisasi(t: Decimal, r1: Decimal, r2: Decimal) -> None:
    assume(r1 != r2)
    lo, hi = sorted((r1, r2))
    c_lo, c_hi = hitung_capaian(t, lo, NEG).nilai, hitung_capaian(t, hi, NEG).nilai
    assert c_lo is not None and c_hi is not None
    assert c_lo >= c_hi
    # strictly, before the clamp
    raw_lo = hitung_capaian(t, lo, NEG, TANPA_CLAMP).nilai
    raw_hi = hitung_capaian(t, hi, NEG, TANPA_CLAMP).nilai
    assert raw_lo is not None and raw_hi is not None
    assert raw_lo > raw_hi


@PROPS
@given(amounts(), amounts())
def test_negative_method_a_never_below_zero_with_clamp(t: Decimal, r: Decimal) -> None:
    c = hitung_capaian(t, r, NEG)
    assert c.status is StatusCapaian.TERUKUR
    assert c.nilai is not None and c.nilai >= 0
    raw = hitung_capaian(t, r, NEG, TANPA_CLAMP).nilai
    assert raw is not None
    if raw >= 0:
        assert c.nilai == raw
    else:
        assert c.nilai == 0 and r > 2 * t


@PROPS
@given(positive_targets)
def test_methods_agree_at_target(t: Decimal) -> None:
    a = hitung_capaian(t, t, NEG)
    b = hitung_capaian(t, t, NEG, METODE_B)
    pos = hitung_capaian(t, t)
    assert a.nilai == b.nilai == pos.nilai == D(100)


@PROPS
@given(positive_targets, positive_targets)
def test_method_b_is_reciprocal_of_positive(t: Decimal, r: Decimal) -> None:
    b = hitung_capaian(t, r, NEG, METODE_B).nilai
    p = hitung_capaian(r, t).nilai  # T/R x 100 is the positive formula with roles swapped
    assert b == p


# --- ringkas -----------------------------------------------------------------------------------------

pairs = st.lists(
    st.tuples(st.one_of(st.none(), amounts("0", "1000")), st.one_of(st.none(), amounts("0", "1000"))),
    max_size=30,
)


@PROPS
@given(pairs)
def test_ringkas_counts_add_up_and_mean_is_bounded(rows: list[tuple[Decimal | None, Decimal | None]]) -> None:
    cs = [hitung_capaian(t, r) for t, r in rows]
    s = ringkas(cs)
    assert s.jumlah == len(rows)
    assert s.di_atas_100 + s.sama_dengan_100 + s.di_bawah_100 + s.tidak_terukur == len(rows)
    printed = [c.persen for c in cs if c.persen is not None]
    assert s.tidak_terukur == len(rows) - len(printed)
    assert s.di_atas_100 == sum(1 for p in printed if p > 100)
    assert s.sama_dengan_100 == sum(1 for p in printed if p == 100)
    if printed:
        assert s.rata_rata_capaian is not None
        assert min(printed) <= s.rata_rata_capaian <= max(printed)
    else:
        assert s.rata_rata_capaian is None


# --- budget ------------------------------------------------------------------------------------------

leaf_lines = st.builds(
    lambda pagu, tw: BudgetLine("k", "sub", TingkatAnggaran.SUB_KEGIATAN, pagu, tw),
    amounts("0", "1000000000", 0),
    st.dictionaries(st.integers(min_value=1, max_value=4), amounts("0", "1000000000", 0), max_size=4),
)


def _extend(children: st.SearchStrategy[BudgetLine]) -> st.SearchStrategy[BudgetLine]:
    return st.builds(
        lambda anak: BudgetLine("k", "induk", TingkatAnggaran.KEGIATAN, D(0), anak=anak),
        st.lists(children, min_size=1, max_size=4),
    )


trees = st.lists(st.recursive(leaf_lines, _extend, max_leaves=20), max_size=5)


def _leaves(lines: list[BudgetLine]) -> list[BudgetLine]:
    return [x for line in lines for x in line.walk() if not x.anak]


@PROPS
@given(trees, st.integers(min_value=1, max_value=4))
def test_budget_total_is_sum_of_leaves(lines: list[BudgetLine], triwulan: int) -> None:
    leaves = _leaves(lines)
    t = total(lines, triwulan)
    assert t.pagu == sum((x.pagu for x in leaves), D(0))
    expected_real = sum((v for x in leaves for tw, v in x.realisasi_triwulan.items() if tw <= triwulan), D(0))
    assert t.realisasi == expected_real
    if t.pagu == 0:
        assert t.persen is None
    else:
        assert t.persen == quantize(expected_real / t.pagu * 100, 2)


@PROPS
@given(trees)
def test_realisasi_sd_is_cumulative(lines: list[BudgetLine]) -> None:
    for line in lines:
        values = [line.realisasi_sd(tw) for tw in (1, 2, 3, 4)]
        assert values == sorted(values)
        assert values[-1] == line.total_realisasi


# --- aggregation -------------------------------------------------------------------------------------

values = amounts("-1000", "1000")


@PROPS
@given(st.sampled_from([TRIWULAN, SEMESTER]), st.data())
def test_nilai_tahunan_sum_last_mean(parts: tuple[Bagian, ...], data: st.DataObject) -> None:
    present = data.draw(st.lists(st.sampled_from(parts), min_size=1, unique=True))
    recorded = {p: data.draw(values) for p in present}
    in_order = [recorded[p] for p in parts if p in recorded]
    assert nilai_tahunan(recorded, Agregasi.JUMLAH) == sum(in_order, D(0))
    assert nilai_tahunan(recorded, Agregasi.TERAKHIR) == in_order[-1]
    mean = nilai_tahunan(recorded, Agregasi.RATA_RATA)
    assert mean is not None and min(in_order) <= mean <= max(in_order)


# --- numbers -----------------------------------------------------------------------------------------


@PROPS
@given(
    st.decimals(min_value=D("-1e12"), max_value=D("1e12"), allow_nan=False, allow_infinity=False, places=8),
    st.integers(min_value=0, max_value=6),
)
def test_quantize_is_idempotent(x: Decimal, places: int) -> None:
    once = quantize(x, places)
    assert quantize(once, places) == once
    assert abs(once - x) <= D(1).scaleb(-places) / 2
    assert -once.as_tuple().exponent == places  # type: ignore[operator]
