"""Generated sentences (narasi.py): the figures are the engine's, in Indonesian notation.

Reference sentences: BAB III.2 and III.4 of both LKjIPs (Capaian indikator …, efisiensi …).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.core.aggregation import Agregasi
from sakip.core.capaian import Polaritas, hitung_capaian
from sakip.core.narasi import (
    FaktaIndikator,
    daftar_ringkasan,
    kalimat_anggaran,
    kalimat_capaian,
    kalimat_efisiensi,
    kalimat_pembanding,
    kalimat_target_akhir,
    kalimat_tren,
    nilai_satuan,
    teks_capaian,
    teks_kelas,
    teks_skala,
)
from sakip.core.progress import progres_target_akhir
from sakip.core.skala import STANDARD_SCALES
from sakip.core.summary import Ringkasan

D = Decimal


@pytest.mark.parametrize(
    ("nilai", "satuan", "desimal", "expected"),
    [
        (D("92"), "Nilai", None, "92"),
        (D("82.5000"), "Nilai", None, "82,5"),
        (D("93.15"), "Nilai", 2, "93,15"),
        (D("100"), "%", None, "100%"),
        (D("90.31"), "%", 2, "90,31%"),
        (D("1"), "Inovasi", 0, "1 Inovasi"),
        (D("57"), "PD/UKPD", None, "57 PD/UKPD"),
        (D("40"), "Orang/Bulan", None, "40 Orang/Bulan"),
        (None, "%", 2, "–"),
    ],
)
def test_nilai_satuan(nilai: Decimal | None, satuan: str, desimal: int | None, expected: str) -> None:
    assert nilai_satuan(nilai, satuan, desimal) == expected


def ikm_mojosari() -> FaktaIndikator:
    return FaktaIndikator(
        nama="IKM Kecamatan", sasaran="Meningkatnya Kinerja Layanan Kecamatan", lainnya=False, tahun=2025,
        satuan="Nilai", desimal=2, target=D("92"), realisasi=D("93.15"),
        capaian=hitung_capaian(D("92"), D("93.15")), kategori=STANDARD_SCALES["skm"].classify(D("93.15")),
        tahun_lalu=2024, realisasi_lalu=D("91.75"),
    )


def test_capaian_sentence_of_mojosari_ikm() -> None:
    text = kalimat_capaian(ikm_mojosari())
    assert text.startswith(
        "Capaian indikator “IKM Kecamatan” pada sasaran strategis “Meningkatnya Kinerja Layanan Kecamatan” "
        "tahun 2025 sebesar 101,25%, dari realisasi 93,15 dengan kategori A (Sangat Baik) terhadap target 92."
    )
    assert text.endswith("melampaui target.")


def test_capaian_sentence_below_target_names_the_gap() -> None:
    f = FaktaIndikator("Persentase Realisasi Anggaran Bagian Organisasi", "Meningkatnya Tatakelola", True, 2025,
                       "%", 2, D("96.40"), D("85.72"), hitung_capaian(D("96.40"), D("85.72")))
    text = kalimat_capaian(f)
    assert "pada kinerja lainnya “Meningkatnya Tatakelola”" in text
    assert "sebesar 88,92%, dari realisasi 85,72% terhadap target 96,4%." in text
    assert text.endswith("capaian kurang 11,08 poin dari 100%.")


def test_capaian_sentence_without_realisasi() -> None:
    f = FaktaIndikator("X", "S", False, 2025, "%", 2, D("90"), None, hitung_capaian(D("90"), None))
    assert "belum dapat diukur karena realisasinya belum tersedia (target 90%)" in kalimat_capaian(f)
    assert teks_capaian(f.capaian) == "belum ada data"


def test_trend_respects_polarity() -> None:
    assert kalimat_tren(ikm_mojosari()) == (
        "Dibandingkan tahun 2024, realisasi naik dari 91,75 menjadi 93,15 (kinerja membaik).")
    neg = FaktaIndikator("Angka kemiskinan", "S", False, 2025, "%", 2, D("10.5"), D("10.2"),
                         hitung_capaian(D("10.5"), D("10.2"), Polaritas.NEGATIF), Polaritas.NEGATIF,
                         tahun_lalu=2024, realisasi_lalu=D("11"))
    assert kalimat_tren(neg) == "Dibandingkan tahun 2024, realisasi turun dari 11,00% menjadi 10,20% (kinerja membaik)."


def test_end_of_period_target() -> None:
    # Mojosari Tabel III.2.c: IKM 2021-2025 against the RPJMD end target 88 (latest value counts).
    real = {2021: D("86.02"), 2022: D("90"), 2023: D("88.5"), 2024: D("91.75"), 2025: D("93.15")}
    prog = progres_target_akhir(D("88"), real, 2025, Agregasi.TERAKHIR)
    text = kalimat_target_akhir("2021-2025", D("88"), D("93.15"), prog, 2025, "Nilai", 2)
    assert text == ("Terhadap target akhir periode 2021-2025 sebesar 88, realisasi sampai dengan tahun 2025 "
                    "sebesar 93,15 atau 105,85% dari target akhir.")
    assert kalimat_target_akhir("2021-2025", None, D("1"), prog, 2025, "Nilai", 2) is None


def test_comparison_with_provinsi() -> None:
    # Bagian Organisasi Tabel III.3: IKM Pemda 90,87 against Provinsi Jawa Timur 89,71.
    text = kalimat_pembanding("Bagian Organisasi", D("90.87"), 2, "Nilai", [("Provinsi", D("89.71"))],
                              Polaritas.POSITIF)
    assert text == "Realisasi Bagian Organisasi (90,87) lebih tinggi daripada Provinsi (89,71; lebih baik)."
    assert kalimat_pembanding("X", None, 2, "", [("Provinsi", D("1"))], Polaritas.POSITIF) is None


def test_budget_and_efficiency_sentences() -> None:
    assert kalimat_anggaran("Kecamatan Mojosari", 2025, D("10807365855"), D("9759995720"), D("90.31")) == (
        "Kinerja keuangan Kecamatan Mojosari tahun 2025 menunjukkan realisasi sebesar Rp\u00a09.759.995.720,00 "
        "atau 90,31% dari total pagu anggaran sebesar Rp\u00a010.807.365.855,00.")
    text = kalimat_efisiensi("Bagian Organisasi", 2025, D("100.57"), D("85.72"), D("14.85"))
    assert "rata-rata capaian kinerja sebesar 100,57% dan capaian anggaran sebesar 85,72%" in text
    assert "efisiensi Bagian Organisasi tahun 2025 sebesar 14,85%" in text
    assert "efisien: capaian kinerja lebih tinggi" in text
    assert "belum efisien" in kalimat_efisiensi("X", 2025, D("80"), D("90"), D("-10"))
    assert "belum dapat dihitung" in kalimat_efisiensi("X", 2025, None, D("90"), None)


def test_summary_lines() -> None:
    lines = daftar_ringkasan(Ringkasan(2, 3, 2, 0, D("99.91")))
    assert lines[0] == "Capaian realisasi di atas 100% sebanyak 2 indikator;"
    assert lines[3] == "Capaian yang tidak dapat diperoleh hasil pengukurannya sebanyak 0 indikator."


def test_scale_bands_print_as_the_regulation_does() -> None:
    # PermenPAN-RB 14/2017: Tidak Baik 25,00-64,99 ... Sangat Baik 88,31-100,00.
    assert teks_skala(STANDARD_SCALES["skm"]) == [
        "A (Sangat Baik): ≥ 88,31",
        "B (Baik): 76,61 – 88,30",
        "C (Kurang Baik): 65,00 – 76,60",
        "D (Tidak Baik): ≤ 64,99",
    ]
    sakip = STANDARD_SCALES["sakip"]
    assert teks_kelas(sakip.band("A")) == "A (Memuaskan): 80,01 – 90,00"  # type: ignore[arg-type]  # band exists
