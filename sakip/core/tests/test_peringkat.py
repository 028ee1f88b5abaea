"""Ranking PDs (peringkat.py): shared ranks for ties, missing values last, change since last year."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.peringkat import beri_peringkat, naik_peringkat, selisih, urutkan

D = Decimal


def _nilai(*values: str | None) -> dict[str, Decimal | None]:
    return {chr(ord("a") + i): None if v is None else D(v) for i, v in enumerate(values)}


@pytest.mark.parametrize(
    ("values", "tinggi_baik", "ranks"),
    [
        (["90", "80", "70"], True, [1, 2, 3]),
        (["70", "80", "90"], True, [3, 2, 1]),
        (["90", "90", "80"], True, [1, 1, 3]),  # a tie shares the best rank, the next one skips
        (["80", "90", "90", "90", "70"], True, [4, 1, 1, 1, 5]),
        (["90.00", "90", "89.99"], True, [1, 1, 3]),  # equal as numbers, whatever the scale
        (["90", None, "80"], True, [1, None, 2]),  # no value, no rank, and it takes no place
        ([None, None], True, [None, None]),
        ([], True, []),
        (["9.5", "10.2", "9.5"], False, [1, 3, 1]),  # lower is better (e.g. poverty rate)
        (["0", "-1"], True, [1, 2]),
    ],
)
def test_ranks(values: list[str | None], tinggi_baik: bool, ranks: list[int | None]) -> None:
    nilai = _nilai(*values)
    assert list(beri_peringkat(nilai, makin_tinggi_makin_baik=tinggi_baik).values()) == ranks


@pytest.mark.parametrize(
    ("values", "turun", "order"),
    [
        (["80", "90", "70"], True, "bac"),
        (["80", "90", "70"], False, "cab"),
        (["80", None, "70", None], True, "acbd"),  # missing last, by name
        (["80", None, "70", None], False, "cabd"),  # still last when ascending
        (["90", "90", "80"], True, "abc"),  # ties keep alphabetical order
        (["90", "90", "80"], False, "cab"),  # ... in both directions
        ([None], True, "a"),
    ],
)
def test_order(values: list[str | None], turun: bool, order: str) -> None:
    nilai = _nilai(*values)
    assert "".join(urutkan(nilai, nilai, turun=turun, nama=str)) == order


def test_order_uses_the_name_function_for_ties_and_missing() -> None:
    nilai = {1: D("5"), 2: D("5"), 3: None, 4: None}
    nama = {1: "Zeta", 2: "alfa", 3: "Kecamatan B", 4: "kecamatan a"}
    assert urutkan(nilai, nilai, turun=True, nama=nama.__getitem__) == [2, 1, 4, 3]


@pytest.mark.parametrize(
    ("sekarang", "lalu", "hasil"),
    [("91.5", "90", "1.5"), ("88", "90.25", "-2.25"), (None, "90", None), ("90", None, None)],
)
def test_change_since_last_year(sekarang: str | None, lalu: str | None, hasil: str | None) -> None:
    def to_d(x: str | None) -> Decimal | None:
        return None if x is None else D(x)

    assert selisih(to_d(sekarang), to_d(lalu)) == to_d(hasil)


@pytest.mark.parametrize(("sekarang", "lalu", "naik"), [(2, 5, 3), (5, 2, -3), (3, 3, 0), (None, 1, None),
                                                       (1, None, None)])
def test_places_gained(sekarang: int | None, lalu: int | None, naik: int | None) -> None:
    assert naik_peringkat(sekarang, lalu) == naik


nilai_st = st.dictionaries(st.integers(0, 40), st.none() | st.decimals(-100, 200, places=2, allow_nan=False), max_size=25)


@given(nilai_st)
def test_rank_is_one_plus_the_number_of_strictly_better(nilai: dict[int, Decimal | None]) -> None:
    ranks = beri_peringkat(nilai)
    for k, v in nilai.items():
        if v is None:
            assert ranks[k] is None
        else:
            assert ranks[k] == 1 + sum(1 for w in nilai.values() if w is not None and w > v)


@given(nilai_st, st.booleans())
def test_sorting_keeps_every_key_and_puts_missing_last(nilai: dict[int, Decimal | None], turun: bool) -> None:
    order = urutkan(nilai, nilai, turun=turun, nama=lambda k: f"{k:03d}")
    assert sorted(order) == sorted(nilai)
    values = [nilai[k] for k in order]
    n = sum(1 for v in values if v is not None)
    assert all(v is not None for v in values[:n]) and all(v is None for v in values[n:])
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=turun)
    # Sorting best first puts the ranks in order.
    if turun:
        ranks = beri_peringkat(nilai)
        assert [ranks[k] for k in order[:n]] == sorted(ranks[k] for k in order[:n])  # type: ignore[type-var]
