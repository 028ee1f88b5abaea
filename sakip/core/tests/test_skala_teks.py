"""Category scales as the reference LKjIPs print them."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from sakip.core.skala import STANDARD_SCALES
from sakip.core.skala_teks import baca_kelas, cari_kelas, kunci_label, label_sesuai, skala_dari_teks

IP_ASN = ("Ket IP ASN : Kategori Sangat Rendah : =< 60 Kategori Rendah : 61 – 70 Kategori Sedang : 71 – 80 "
          "Kategori Tinggi : 81 – 90 Kategori Sangat Tinggi : 91 – 100")
SAKIP = ("Ket Nilai SAKIP : Kategori Sangat Kurang : 0 – 30 Kategori Kurang : 30 – 50 Kategori Cukup : 50 – 60 "
         "Kategori Baik : 60 -70 Kategori Sangat Baik : 70 – 80 Kategori Memuaskan : 80 -90 Kategori Sangat "
         "Memuaskan : 90 – 100")
KEMATANGAN_OCR = "Kategori Sangat Rendah\n:10-19\n\nKategori Rendah :\n19,1-28\nKategori Sedang :\n\n28,1 -37"
KOMPOSIT = "Peringkat Komposit 1\n(P1) : Skor 0-20\nPeringkat Komposit 2\n(P2) : Skor 21-40\n(P3) : Skor 41-60"


def test_reads_bands_with_open_lower_end() -> None:
    kelas = baca_kelas(IP_ASN)
    assert [(k.label, k.a, k.b) for k in kelas][:2] == [("Sangat Rendah", None, D(60)), ("Rendah", D(61), D(70))]


def test_reads_ocr_lines_and_decimal_commas() -> None:
    assert [(k.label, k.a) for k in baca_kelas(KEMATANGAN_OCR)] == [
        ("Sangat Rendah", D(10)), ("Rendah", D("19.1")), ("Sedang", D("28.1"))]


def test_reads_komposit_codes() -> None:
    assert [k.label for k in baca_kelas(KOMPOSIT)][:2] == ["P1", "P2"]


@pytest.mark.parametrize(("label", "nilai", "sesuai"), [
    ("Tinggi", D("82"), True), ("Sedang", D("79.69"), True), ("Tinggi", D("79.13"), False),
    ("Sedang", D("80.5"), True),  # between the printed 80 and 81: the half-open rule
    ("Cemerlang", D("90"), None),
])
def test_label_against_the_documents_own_scale(label: str, nilai: D, sesuai: bool | None) -> None:
    scale = skala_dari_teks("ip_asn", IP_ASN)
    assert scale is not None
    assert label_sesuai(scale, label, nilai, tertulis=baca_kelas(IP_ASN)) is sesuai


def test_a_value_on_a_printed_bound_fits_both_neighbours() -> None:
    scale = skala_dari_teks("sakip", SAKIP)
    assert scale is not None
    tertulis = baca_kelas(SAKIP)
    assert label_sesuai(scale, "Kurang", D(50), tertulis=tertulis)
    assert label_sesuai(scale, "Cukup", D(50), tertulis=tertulis)


def test_standard_codes_are_found_loosely() -> None:
    assert cari_kelas(STANDARD_SCALES["komposit"], "P5") is not None
    assert kunci_label("Sangat  Baik") == "sangatbaik"
    assert label_sesuai(STANDARD_SCALES["sakip"], "A", D("82.5")) is True


def test_too_few_bands_is_no_scale() -> None:
    assert skala_dari_teks("x", "Kategori Baik : 60 - 70") is None
