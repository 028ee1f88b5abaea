"""Category scales (skala.py): every band boundary of every STANDARD_SCALES entry.

Sources: SKM PermenPAN-RB 14/2017 (SAKIP-rules §5.5), predikat SAKIP PermenPAN-RB 88/2021
(§6.3), IP ASN Peraturan BKN 8/2019 (§9.3), kematangan kelembagaan as printed in the Bagian
Organisasi LKjIP, peringkat komposit PermenPAN-RB 20/2018 (§10.2), predikat kinerja
Permendagri 86/2017 (§3.7).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.core.skala import STANDARD_SCALES, AturanSkala, RentangSkala

D = Decimal


def kode(scale: str, value: str) -> str | None:
    band = STANDARD_SCALES[scale].classify(D(value))
    return None if band is None else band.kode


BOUNDARIES = [
    # SKM (mutu pelayanan): D < 65,00 <= C <= 76,60 < B <= 88,30 < A
    ("skm", "25.00", "D"),
    ("skm", "64.99", "D"),
    ("skm", "65.00", "C"),
    ("skm", "76.60", "C"),
    ("skm", "76.61", "B"),
    ("skm", "88.30", "B"),
    ("skm", "88.31", "A"),
    ("skm", "100.00", "A"),
    ("skm", "93.15", "A"),  # IKM Kecamatan Mojosari
    ("skm", "90.87", "A"),  # IKM Pemda (Bagian Organisasi)
    ("skm", "91.48", "A"),  # SAKIP-rules §5.7 worked example
    # predikat SAKIP: lower bound exclusive
    ("sakip", "0", "D"),
    ("sakip", "30.00", "D"),
    ("sakip", "30.01", "C"),
    ("sakip", "50.00", "C"),
    ("sakip", "50.01", "CC"),
    ("sakip", "60.00", "CC"),
    ("sakip", "60.01", "B"),
    ("sakip", "70.00", "B"),
    ("sakip", "70.01", "BB"),
    ("sakip", "72.74", "BB"),  # SAKIP-rules §6.4 worked example
    ("sakip", "80.00", "BB"),
    ("sakip", "80.01", "A"),
    ("sakip", "84.32", "A"),  # Mojosari: "predikat A dengan nilai sebesar 84,32"
    ("sakip", "86.19", "A"),  # Sekretariat Daerah: "predikat A dengan nilai sebesar 86,19"
    ("sakip", "90.00", "A"),
    ("sakip", "90.01", "AA"),
    ("sakip", "100", "AA"),
    # IP ASN: half-open at the integer cut-offs
    ("ip_asn", "60", "SR"),
    ("ip_asn", "60.99", "SR"),
    ("ip_asn", "61", "R"),
    ("ip_asn", "70.99", "R"),
    ("ip_asn", "71", "S"),
    ("ip_asn", "75", "S"),  # SAKIP-rules §9.3 worked example
    ("ip_asn", "79.69", "S"),  # Mojosari realisasi 2025: "79,69 (Sedang)"
    ("ip_asn", "80.99", "S"),
    ("ip_asn", "81", "T"),
    ("ip_asn", "82", "T"),  # Mojosari target "82 (Tinggi)"
    ("ip_asn", "84.44", "T"),
    ("ip_asn", "90.99", "T"),
    ("ip_asn", "91", "ST"),
    ("ip_asn", "100", "ST"),
    # kematangan kelembagaan: 10-19, 19,1-28, 28,1-37, 37,1-46, 46,1-55
    ("kematangan", "10", "SR"),
    ("kematangan", "19", "SR"),
    ("kematangan", "19.09", "SR"),
    ("kematangan", "19.1", "R"),
    ("kematangan", "28", "R"),
    ("kematangan", "28.1", "S"),
    ("kematangan", "37", "S"),
    ("kematangan", "37.09", "S"),
    ("kematangan", "37.1", "T"),
    ("kematangan", "46", "T"),
    ("kematangan", "46.1", "ST"),
    ("kematangan", "49.5", "ST"),  # target Indeks Kematangan Organisasi
    ("kematangan", "55", "ST"),
    # peringkat komposit: P-5 is the best
    ("komposit", "0", "P-1"),
    ("komposit", "20.99", "P-1"),
    ("komposit", "21", "P-2"),
    ("komposit", "40", "P-2"),
    ("komposit", "41", "P-3"),
    ("komposit", "60", "P-3"),
    ("komposit", "61", "P-4"),
    ("komposit", "68.25", "P-4"),  # SAKIP-rules §10.2 worked example
    ("komposit", "80", "P-4"),
    ("komposit", "80.99", "P-4"),
    ("komposit", "81", "P-5"),
    ("komposit", "95.9", "P-5"),  # Nilai Efektivitas Kelembagaan
    # predikat kinerja (capaian): x > 90 ST; x > 75 T; x > 65 S; x > 50 R; else SR
    ("predikat_kinerja", "0", "SR"),
    ("predikat_kinerja", "50", "SR"),
    ("predikat_kinerja", "50.01", "R"),
    ("predikat_kinerja", "65", "R"),
    ("predikat_kinerja", "65.01", "S"),
    ("predikat_kinerja", "75", "S"),
    ("predikat_kinerja", "75.01", "T"),
    ("predikat_kinerja", "88.92", "T"),
    ("predikat_kinerja", "90", "T"),  # §3.8 example 4: 90.00 % -> Tinggi
    ("predikat_kinerja", "90.01", "ST"),
    ("predikat_kinerja", "96.84", "ST"),  # §3.8 example 1
    ("predikat_kinerja", "100", "ST"),
    ("predikat_kinerja", "120.26", "ST"),  # above 100 is Sangat Tinggi
]


@pytest.mark.parametrize(
    ("scale", "value", "expected"),
    [pytest.param(s, v, k, id=f"{s}-{v}-{k}") for s, v, k in BOUNDARIES],
)
def test_band_boundaries(scale: str, value: str, expected: str) -> None:
    assert kode(scale, value) == expected


def test_every_standard_scale_is_covered_by_the_boundary_table() -> None:
    covered = {(s, k) for s, _, k in BOUNDARIES}
    for name, scale in STANDARD_SCALES.items():
        assert scale.kode == name
        for band in scale.bands:
            assert (name, band.kode) in covered, f"{name} {band.kode}"


def test_mojosari_labels_79_13_tinggi_but_its_own_scale_says_sedang() -> None:
    # Tabel II.3.A prints "79,13 (Tinggi)"; the IKU table's scale (71-80 Sedang) says Sedang.
    band = STANDARD_SCALES["ip_asn"].classify(D("79.13"))
    assert band is not None
    assert (band.kode, band.label) == ("S", "Sedang")
    assert band.label != "Tinggi"


@pytest.mark.parametrize(
    ("scale", "value", "expected"),
    [
        ("skm", "88.305", "A"),  # rounds half up to 88.31
        ("skm", "88.3049", "B"),  # rounds to 88.30
        ("skm", "76.605", "B"),
        ("skm", "64.995", "C"),
        ("sakip", "90.004", "A"),  # 90.00
        ("sakip", "90.005", "AA"),  # 90.01
        ("sakip", "60.005", "B"),
        ("ip_asn", "80.995", "T"),  # 81.00
        ("ip_asn", "80.994", "S"),
        ("predikat_kinerja", "90.004", "T"),
    ],
)
def test_classification_uses_the_two_decimal_printed_value(scale: str, value: str, expected: str) -> None:
    assert kode(scale, value) == expected


def test_classification_without_rounding_when_configured() -> None:
    skm = STANDARD_SCALES["skm"]
    raw = AturanSkala(skm.kode, skm.nama, skm.bands, desimal_klasifikasi=None)
    band = raw.classify(D("88.305"))
    assert band is not None and band.kode == "B"
    assert kode("skm", "88.305") == "A"


def test_classify_none_and_outside_every_band() -> None:
    assert STANDARD_SCALES["skm"].classify(None) is None
    narrow = AturanSkala("x", "x", (RentangSkala("OK", "Oke", D(0), True, D(10), False, 1),))
    assert narrow.classify(D(10)) is None
    assert narrow.classify(D(-1)) is None
    ok = narrow.classify(D(0))
    assert ok is not None and ok.kode == "OK"


@pytest.mark.parametrize(
    ("scale", "value", "minimum", "expected"),
    [
        ("skm", "76.61", "Baik", True),
        ("skm", "76.60", "Baik", False),
        ("skm", "93.15", "Baik", True),
        ("skm", "76.605", "Baik", True),  # printed 76,61
        ("skm", "88.31", "B", True),
        ("skm", "88.30", "A", False),
        ("skm", "88.31", "sangat baik", True),
        ("sakip", "60.01", "Baik", True),
        ("sakip", "60.00", "Baik", False),
        ("sakip", "84.32", "Baik", True),
        ("sakip", "84.32", "BB", True),
        ("sakip", "84.32", "AA", False),
        ("ip_asn", "81", "Tinggi", True),
        ("ip_asn", "79.69", "Tinggi", False),
        ("kematangan", "37.1", "Tinggi", True),
        ("kematangan", "37.09", "Tinggi", False),
    ],
)
def test_at_least(scale: str, value: str, minimum: str, expected: bool) -> None:
    assert STANDARD_SCALES[scale].at_least(D(value), minimum) is expected


def test_at_least_without_value_is_false() -> None:
    assert STANDARD_SCALES["skm"].at_least(None, "Baik") is False


def test_at_least_unknown_category_raises() -> None:
    with pytest.raises(KeyError, match="Istimewa"):
        STANDARD_SCALES["skm"].at_least(D(90), "Istimewa")


def test_band_lookup_by_kode_or_label() -> None:
    skm = STANDARD_SCALES["skm"]
    a = skm.band("A")
    assert a is not None and a.label == "Sangat Baik"
    sb = skm.band("  sangat baik ")
    assert sb is not None and sb.kode == "A"
    b = skm.band("Baik")
    assert b is not None and b.kode == "B"
    assert skm.band("Luar Biasa") is None
    p5 = STANDARD_SCALES["komposit"].band("p-5")
    assert p5 is not None and p5.label == "Sangat Efektif"
    aa = STANDARD_SCALES["sakip"].band("Sangat Memuaskan")
    assert aa is not None and aa.kode == "AA"


def test_ranks_grow_with_quality() -> None:
    for scale in STANDARD_SCALES.values():
        assert [b.peringkat for b in scale.bands] == list(range(1, len(scale.bands) + 1))
    sakip = STANDARD_SCALES["sakip"]
    assert [b.kode for b in sakip.bands] == ["D", "C", "CC", "B", "BB", "A", "AA"]
    komposit = STANDARD_SCALES["komposit"]
    p1, p5 = komposit.band("P-1"), komposit.band("P-5")
    assert p1 is not None and p5 is not None and p5.peringkat > p1.peringkat


def test_band_teks() -> None:
    a = STANDARD_SCALES["skm"].band("A")
    assert a is not None and a.teks == "A (Sangat Baik)"
    same = RentangSkala("Baik", "Baik", None, True, None, True, 1)
    assert same.teks == "Baik"


def test_band_memuat_inclusivity() -> None:
    band = RentangSkala("X", "X", D(10), False, D(20), True, 1)
    assert not band.memuat(D(10))
    assert band.memuat(D("10.01"))
    assert band.memuat(D(20))
    assert not band.memuat(D("20.01"))
    unbounded = RentangSkala("U", "U", None, True, None, True, 1)
    assert unbounded.memuat(D(-1_000_000)) and unbounded.memuat(D(1_000_000))
