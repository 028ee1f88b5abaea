"""Targets and realisasi as documents write them (targets.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.core.formatting import ParseError
from sakip.core.targets import NilaiTertulis, parse_nilai

D = Decimal


@pytest.mark.parametrize(
    ("text", "angka", "satuan", "label"),
    [
        pytest.param("82 (Tinggi)", "82", "", "Tinggi", id="ip-asn-target"),
        pytest.param("82(Tinggi)", "82", "", "Tinggi", id="no-space-before-label"),
        pytest.param("79,69 (Sedang)", "79.69", "", "Sedang", id="ip-asn-realisasi"),
        pytest.param("1 Inovasi", "1", "Inovasi", "", id="inovasi"),
        pytest.param("1 inovasi", "1", "inovasi", "", id="inovasi-lowercase"),
        pytest.param("57 PD/UKPD", "57", "PD/UKPD", "", id="pd-ukpd"),
        pytest.param("91,5%", "91.5", "%", "", id="percent"),
        pytest.param("91,50%", "91.50", "%", "", id="percent-two-decimals"),
        pytest.param("100 %", "100", "%", "", id="percent-space"),
        pytest.param("4.590.777.000,00", "4590777000.00", "", "", id="rupiah-amount"),
        pytest.param("82,5(A)", "82.5", "", "A", id="sakip-with-predikat"),
        pytest.param("40 Orang/Bulan", "40", "Orang/Bulan", "", id="orang-per-bulan"),
        pytest.param("975 Layanan", "975", "Layanan", "", id="layanan"),
        pytest.param("5 Kelurahan", "5", "Kelurahan", "", id="kelurahan"),
        pytest.param("88,5", "88.5", "", "", id="bare-number"),
        pytest.param("92,00", "92.00", "", "", id="bare-two-decimals"),
        pytest.param("82.5", "82.5", "", "", id="dot-decimal-in-a-document"),
        pytest.param("1.000 Dokumen", "1000", "Dokumen", "", id="grouped-thousand"),
        pytest.param("  90,05  ", "90.05", "", "", id="whitespace"),
        pytest.param("12 Laporan (Tercapai)", "12", "Laporan", "Tercapai", id="unit-and-label"),
        pytest.param("92\u00a0Paket", "92", "Paket", "", id="nbsp"),
    ],
)
def test_parse_nilai(text: str, angka: str, satuan: str, label: str) -> None:
    assert parse_nilai(text) == NilaiTertulis(D(angka), satuan, label)


@pytest.mark.parametrize(
    "text",
    ["", "abc", "Tinggi (82)", "-", "N/A", "NA", "(82)", "Rp. 7.485.930.000", "4.038.790.0000"],
)
def test_garbage_is_refused(text: str) -> None:
    with pytest.raises(ParseError):
        parse_nilai(text)
