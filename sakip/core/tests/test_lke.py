"""Scoring of the LKE (lke.py): the worked examples of the domain notes, predikat boundaries
under both boundary conventions, and the roll-up property (total = sum of components)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sakip.core.lke import (
    BandPredikat,
    Jawaban,
    Komponen,
    Metode,
    SubKomponen,
    bulatkan,
    hitung_lke,
    nilai_sub,
    periksa_batas,
    tentukan_predikat,
)

D = Decimal
SKALA_88 = {"AA": 100, "A": 90, "BB": 80, "B": 70, "CC": 60, "C": 50, "D": 30, "E": 0}
# PermenPAN-RB 88/2021: Perencanaan 30, Pengukuran 30, Pelaporan 15, Evaluasi Internal 25; a/b/c 20/30/50 %.
BOBOT = {"1": D(30), "2": D(30), "3": D(15), "4": D(25)}
PERSEN_SUB = {"a": D("0.2"), "b": D("0.3"), "c": D("0.5")}
BANDS = [BandPredikat("AA", "Sangat Memuaskan", D(90)), BandPredikat("A", "Memuaskan", D(80)),
         BandPredikat("BB", "Sangat Baik", D(70)), BandPredikat("B", "Baik", D(60)),
         BandPredikat("CC", "Cukup", D(50)), BandPredikat("C", "Kurang", D(30)),
         BandPredikat("D", "Sangat Kurang", None)]


def sub(kode: str, huruf: str) -> SubKomponen:
    bobot = BOBOT[kode[0]] * PERSEN_SUB[kode[-1]]
    return SubKomponen(kode, bobot, tuple(Jawaban(f"{kode}.{i}", D(SKALA_88[h])) for i, h in enumerate(huruf.split())))


def lembar(jawaban: dict[str, str]) -> list[Komponen]:
    return [Komponen(k, BOBOT[k], tuple(sub(s, jawaban[s]) for s in sorted(jawaban) if s[0] == k)) for k in "1234"]


def test_worked_example_of_one_sub_component() -> None:
    # siklus-lanjutan 2a: 1.a A, A, BB, B, A, CC, E -> 480 / 7 = 68,571 % x 6 = 4,114 of 6
    s = nilai_sub(sub("1.a", "A A BB B A CC E"))
    assert s.persen == Fraction(480, 7)
    assert bulatkan(s.nilai, 3) == D("4.114")
    assert (s.terjawab, s.jumlah) == (7, 7)


# SAKIP-rules §6.4: sub-component means 92,86 / 75,00 / 67,50 / ... built as answers with those sums.
CONTOH_64 = {
    "1.a": "AA AA AA A A A BB", "1.b": "BB BB BB BB BB B B B B B", "1.c": "B B B B B B CC CC",
    "2.a": "AA A A", "2.b": "B B B B BB BB BB", "2.c": "CC CC CC CC CC CC C C C C",
    "3.a": "AA AA AA AA AA A", "3.b": "B B B B B B BB BB BB", "3.c": "B B B B CC CC CC",
    "4.a": "AA AA A", "4.b": "BB BB BB BB B", "4.c": "CC CC CC CC B",
}


def test_worked_example_of_a_whole_worksheet() -> None:
    hasil = hitung_lke(lembar(CONTOH_64))
    subs = {s.kode: (bulatkan(s.persen, 2), bulatkan(s.nilai, 3)) for k in hasil.komponen for s in k.sub}
    assert subs["1.a"] == (D("92.86"), D("5.571"))
    assert subs["2.b"] == (D("74.29"), D("6.686"))
    assert subs["3.c"] == (D("65.71"), D("4.929"))
    assert subs["4.a"] == (D("96.67"), D("4.833"))
    assert [bulatkan(k.nilai, 2) for k in hasil.komponen] == [D("22.45"), D("20.69"), D("11.18"), D("18.43")]
    # Rounded only at the end: the printed components add to 72,75, the total is 72,74.
    assert hasil.total == D("72.74")
    assert tentukan_predikat(hasil.total, BANDS).kode == "BB"
    assert (hasil.terjawab, hasil.jumlah) == (80, 80)


@pytest.mark.parametrize(("total", "inklusif", "predikat"), [
    ("90.00", False, "A"), ("90.00", True, "AA"), ("90.01", False, "AA"), ("89.99", True, "A"),
    ("80.00", False, "BB"), ("80.00", True, "A"), ("80.01", False, "A"), ("79.99", True, "BB"),
    ("100.00", False, "AA"), ("84.32", False, "A"), ("72.74", False, "BB"), ("70.00", False, "B"),
    ("60.00", True, "B"), ("50.00", False, "C"), ("30.00", False, "D"), ("30.00", True, "C"),
    ("0.00", False, "D"), ("0.00", True, "D"),
    ("89.995", False, "A"), ("89.995", True, "AA"),  # classified as printed (90,00), as it is stored
])
def test_predikat_boundaries_under_both_conventions(total: str, inklusif: bool, predikat: str) -> None:
    assert tentukan_predikat(D(total), BANDS, bawah_inklusif=inklusif).kode == predikat


def test_unanswered_criteria_count_as_zero_and_are_counted() -> None:
    s = nilai_sub(SubKomponen("2.a", D(6), (Jawaban("x", D(90)), Jawaban("y", None), Jawaban("z", D(30)))))
    assert (s.persen, s.terjawab, s.jumlah) == (Fraction(40), 2, 3)
    assert bulatkan(s.nilai) == D("2.40")


@pytest.mark.parametrize(("nilai", "maks", "persen"), [
    ("1", "1", 100), ("0", "1", 0),  # Y/T
    ("0.75", "1", 75), ("0.25", "1", 25),  # A-E of PermenPAN-RB 12/2015
    ("0.66", "1", 66),  # KKE A/B/C/D
])
def test_other_answer_scales_are_percentages_of_their_maximum(nilai: str, maks: str, persen: int) -> None:
    s = nilai_sub(SubKomponen("x", D(10), (Jawaban("k", D(nilai), D(maks)),)))
    assert s.persen == persen


def test_sum_method_is_capped_at_the_full_weight() -> None:
    s = SubKomponen("x", D(10), (Jawaban("k", D(100)), Jawaban("l", D(100))), Metode.JUMLAH)
    assert nilai_sub(s).nilai == 10


def test_a_value_outside_its_scale_is_refused() -> None:
    with pytest.raises(ValueError, match="di luar skala"):
        nilai_sub(SubKomponen("x", D(10), (Jawaban("k", D(101)),)))


def test_logic_rule_warns_only_when_above_what_it_depends_on() -> None:
    assert periksa_batas(Fraction(90), Fraction(80), "1.b.1", "kualitas > keberadaan") is not None
    assert periksa_batas(Fraction(80), Fraction(80), "1.b.1", "") is None
    assert periksa_batas(None, Fraction(80), "1.b.1", "") is None


@pytest.mark.parametrize(("x", "places", "out"), [
    (Fraction(72744, 1000), 2, "72.74"), (Fraction(72745, 1000), 2, "72.75"), (Fraction(-5, 1000), 2, "-0.01"),
    (Fraction(1, 3), 3, "0.333"),
])
def test_rounding_is_half_up(x: Fraction, places: int, out: str) -> None:
    assert bulatkan(x, places) == D(out)


huruf = st.sampled_from(sorted(SKALA_88))


@settings(suppress_health_check=[HealthCheck.too_slow])  # 12 nested lists: slow to draw on a busy machine
@given(st.lists(st.lists(huruf, min_size=1, max_size=10), min_size=12, max_size=12))
def test_total_is_the_sum_of_components_and_within_bounds(jawaban: list[list[str]]) -> None:
    kode = [f"{k}.{s}" for k in "1234" for s in "abc"]
    hasil = hitung_lke(lembar({kd: " ".join(j) for kd, j in zip(kode, jawaban, strict=True)}))
    assert hasil.total == bulatkan(sum((k.nilai for k in hasil.komponen), Fraction(0)))
    assert all(k.nilai == sum((s.nilai for s in k.sub), Fraction(0)) for k in hasil.komponen)
    assert all(0 <= k.nilai <= k.bobot for k in hasil.komponen)
    assert D(0) <= hasil.total <= D(100)
