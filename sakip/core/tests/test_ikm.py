"""IKM of a Survei Kepuasan Masyarakat: NRR, weights, mutu table, Krejcie-Morgan, answer sets."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.core.ikm import (
    KODE_UNSUR,
    Bobot,
    Mutu,
    Ringkasan,
    SkorTidakSah,
    hitung_ikm,
    jawaban_untuk_ikm,
    mutu,
    ringkas,
    sampel_minimum,
)

CONTOH_JUMLAH = (105, 101, 100, 116, 102, 105, 106, 105, 115)  # SAKIP-rules §5.7, 29 respondents


def _contoh() -> Ringkasan:
    return Ringkasan(dict(zip(KODE_UNSUR, CONTOH_JUMLAH, strict=True)), dict.fromkeys(KODE_UNSUR, 29), 29)


def test_the_worked_example_of_29_respondents_gives_91_48_a() -> None:
    h = hitung_ikm(_contoh())
    assert h is not None
    assert [round(v, 4) for v in h.nrr.values()] == [D(x) for x in (
        "3.6207", "3.4828", "3.4483", "4.0000", "3.5172", "3.6207", "3.6552", "3.6207", "3.9655")]
    assert round(h.ikm_interval, 4) == D("3.6590")
    assert (h.ikm, h.mutu, h.kinerja) == (D("91.48"), Mutu.A, "Sangat baik")
    assert h.terlemah.kode == "U3"


@pytest.mark.parametrize(("bobot", "ikm"), [(Bobot.TEPAT, "91.48"), (Bobot.TIGA_DESIMAL, "91.38"),
                                            (Bobot.DUA_DESIMAL, "90.56")])
def test_legacy_weights_reproduce_old_spreadsheets(bobot: Bobot, ikm: str) -> None:
    h = hitung_ikm(_contoh(), bobot)
    assert h is not None and h.ikm == D(ikm)


@pytest.mark.parametrize(("nilai", "expected"), [
    ("100", Mutu.A), ("88.31", Mutu.A), ("88.305", Mutu.A), ("88.30", Mutu.B), ("88.304", Mutu.B),
    ("76.61", Mutu.B), ("76.60", Mutu.C), ("65.00", Mutu.C), ("64.995", Mutu.C), ("64.99", Mutu.D),
    ("25", Mutu.D),
])
def test_mutu_table_boundaries_on_the_rounded_value(nilai: str, expected: Mutu) -> None:
    assert mutu(D(nilai)) is expected


@pytest.mark.parametrize(("populasi", "sampel"), [
    (10, 10), (20, 19), (30, 28), (50, 44), (75, 63), (100, 80), (150, 108), (200, 132),
    (300, 169), (400, 196), (500, 217), (1000, 278), (1500, 306), (2000, 322), (3000, 341),
    (5000, 357), (10000, 370), (20000, 377), (100000, 383), (1000000, 384), (0, 0), (1, 1),
])
def test_krejcie_morgan_sample(populasi: int, sampel: int) -> None:
    assert sampel_minimum(populasi) == sampel


@pytest.mark.parametrize("bad", [0, 5, "4", True, 3.0])
def test_a_score_outside_1_to_4_is_refused(bad: object) -> None:
    with pytest.raises(SkorTidakSah):
        ringkas([{"U1": bad}])  # type: ignore[dict-item]


def test_an_unanswered_unsur_leaves_no_ikm_and_unanswered_cells_are_not_counted() -> None:
    assert hitung_ikm(ringkas([{"U1": 4}])) is None
    r = ringkas([dict.fromkeys(KODE_UNSUR, 4), {**dict.fromkeys(KODE_UNSUR, 2), "U9": None}])
    assert (r.banyak["U9"], r.jumlah["U9"], r.responden) == (1, 4, 2)
    h = hitung_ikm(r)
    assert h is not None and h.nrr["U9"] == 4 and h.nrr["U1"] == 3


answers = st.lists(st.fixed_dictionaries({k: st.integers(1, 4) for k in KODE_UNSUR}), min_size=1, max_size=60)


@settings(max_examples=200, deadline=None)
@given(answers)
def test_ikm_is_within_25_and_100_and_25_times_the_mean_nrr(rows: list[dict[str, int]]) -> None:
    h = hitung_ikm(ringkas(rows))
    assert h is not None
    assert D(25) <= h.ikm <= D(100)
    mean = sum(h.nrr.values(), D(0)) / 9
    assert h.ikm == (mean * 25).quantize(D("0.01"), rounding="ROUND_HALF_UP")
    assert h.mutu is mutu(h.ikm)


@settings(max_examples=150, deadline=None)
@given(st.integers(2500, 10000), st.integers(1, 150))
def test_an_answer_set_gives_exactly_the_ikm_asked(hundredths: int, minimum: int) -> None:
    target = D(hundredths) / 100
    rows = jawaban_untuk_ikm(target, minimum)
    assert len(rows) >= minimum
    h = hitung_ikm(ringkas(rows))
    assert h is not None and h.ikm == target
    assert jawaban_untuk_ikm(target, minimum) == rows  # deterministic


def test_an_answer_set_for_93_15_has_a_distinct_weakest_unsur() -> None:
    rows = jawaban_untuk_ikm(D("93.15"), 80)
    h = hitung_ikm(ringkas(rows))
    assert h is not None and h.ikm == D("93.15") and h.terlemah.kode == "U8"
