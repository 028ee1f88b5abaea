"""Derived indicators over units: mean, sum, count meeting a condition, min/max."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from sakip.core.derived import Fungsi, hitung
from sakip.core.skala import STANDARD_SCALES

VALUES = [("a", D("86.19")), ("b", D("84.32")), ("c", D("59.99")), ("d", None)]


@pytest.mark.parametrize(
    ("fungsi", "expected"),
    [
        (Fungsi.RATA_RATA, (D("86.19") + D("84.32") + D("59.99")) / 3),
        (Fungsi.JUMLAH, D("230.50")),
        (Fungsi.MINIMUM, D("59.99")),
        (Fungsi.MAKSIMUM, D("86.19")),
        (Fungsi.HITUNG, D(3)),
    ],
)
def test_aggregates_skip_units_without_a_value(fungsi: Fungsi, expected: D) -> None:
    hasil = hitung(fungsi, VALUES)
    assert hasil.nilai == expected
    assert hasil.jumlah_unit == 3
    assert [r.key for r in hasil.rincian] == ["a", "b", "c", "d"]


def test_count_of_units_with_sakip_at_least_baik() -> None:
    sakip = STANDARD_SCALES["sakip"]
    hasil = hitung(Fungsi.HITUNG, VALUES, lambda _key, v: sakip.at_least(v, "B"))
    assert hasil.nilai == 2
    assert [r.memenuhi for r in hasil.rincian] == [True, True, False, None]


def test_reference_pemda_means() -> None:
    # Bagian Organisasi 2025: 48 PDs average 83,78 (sum 4021,44); 57 units' IKM average 90,87.
    sakip = [("pd", D("83.78"))] * 47 + [("x", D("83.78"))]
    assert hitung(Fungsi.RATA_RATA, sakip).nilai == D("83.78")
    ikm = [(i, D("90.87")) for i in range(57)]
    assert hitung(Fungsi.RATA_RATA, ikm).nilai == D("90.87")


def test_no_values() -> None:
    assert hitung(Fungsi.RATA_RATA, [("a", None)]).nilai is None
    assert hitung(Fungsi.HITUNG, []).nilai == 0
    with pytest.raises(ValueError, match="tidak berlaku"):
        hitung(Fungsi.SERAPAN_ANGGARAN, [("a", D(1))])
