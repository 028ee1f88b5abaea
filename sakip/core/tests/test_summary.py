"""Counts, rata-rata capaian and efisiensi (summary.py) and the whole PD-year (measurement.py).

Reference figures: the Ikhtisar Eksekutif and Tabel III.1 / III.4.B / III.5 of both LKjIPs;
efisiensi method E1 of SAKIP-rules §3.9.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.core.budget import BudgetLine, TingkatAnggaran
from sakip.core.capaian import Capaian, Polaritas, StatusCapaian, hitung_capaian
from sakip.core.measurement import BarisInput, Kelompok, ukur, ukur_baris, ukur_pk
from sakip.core.skala import STANDARD_SCALES
from sakip.core.summary import Ringkasan, efisiensi, rata_rata, ringkas

D = Decimal


def caps(*pairs: tuple[str, str]) -> list[Capaian]:
    """Capaian of (target, realisasi) pairs, positive polarity."""
    return [hitung_capaian(D(t), D(r)) for t, r in pairs]


def counts(r: Ringkasan) -> tuple[int, int, int, int]:
    return (r.di_atas_100, r.sama_dengan_100, r.di_bawah_100, r.tidak_terukur)


# --- Bagian Organisasi ------------------------------------------------------------------

ORG_PK_PERUBAHAN = (("83.11", "83.78"), ("95.9", "95.9"), ("90.05", "90.87"))
ORG_PK_AWAL_UTAMA = (("57", "57"), ("48", "48"), ("48", "48"))
ORG_KINERJA_LAINNYA = (("96.40", "85.72"), ("86.50", "84.44"), ("3", "3"))


def test_organisasi_pk_perubahan() -> None:
    r = ringkas(caps(*ORG_PK_PERUBAHAN))
    assert counts(r) == (2, 1, 0, 0)
    assert r.rata_rata_capaian == D("100.57")  # Tabel III.4.B "Rata-rata capaian 100,57%"
    assert r.jumlah == 3


def test_organisasi_pk_awal_main_indicators() -> None:
    r = ringkas(caps(*ORG_PK_AWAL_UTAMA))
    assert counts(r) == (0, 3, 0, 0)
    assert r.rata_rata_capaian == D("100.00")


def test_organisasi_pk_awal_with_kinerja_lainnya() -> None:
    r = ringkas(caps(*ORG_PK_AWAL_UTAMA, *ORG_KINERJA_LAINNYA))
    # 88,92 and 97,62 below; 57, 48, 48 and 3 Inovasi exactly 100
    assert counts(r) == (0, 4, 2, 0)
    assert r.rata_rata_capaian == D("97.76")  # (4 x 100 + 88.92 + 97.62) / 6 = 97.7567


def test_organisasi_efisiensi() -> None:
    # Tabel III.4.B: 100,57% - 85,72% = 14,85%
    assert efisiensi(D("100.57"), D("85.72")) == D("14.85")


# --- Kecamatan Mojosari -------------------------------------------------------------------

MOJ_PK_PERUBAHAN = (("92", "93.15"), ("83", "84.32"), ("100", "100"), ("100", "100"))
MOJ_PK_AWAL_SEMUA = (
    ("92", "93.15"),  # IKM
    ("82.5", "84.32"),  # Nilai SAKIP (target of the PK awal lampiran)
    ("100", "100"),  # PATEN
    ("100", "100"),  # koordinasi
    ("91.5", "90.3"),  # realisasi anggaran
    ("82", "79.69"),  # IP ASN
    ("1", "1"),  # inovasi
)


def test_mojosari_pk_perubahan() -> None:
    r = ringkas(caps(*MOJ_PK_PERUBAHAN))
    # Ikhtisar: 2 above, 2 exactly, 0 below, 0 not measurable (Tabel III.1 prints 2/3/2: wrong)
    assert counts(r) == (2, 2, 0, 0)
    assert r.rata_rata_capaian == D("100.71")  # (101.25 + 101.59 + 100 + 100) / 4


def test_mojosari_pk_awal_with_kinerja_lainnya_matches_ikhtisar_counts() -> None:
    r = ringkas(caps(*MOJ_PK_AWAL_SEMUA))
    assert counts(r) == (2, 3, 2, 0)
    assert r.rata_rata_capaian == D("99.90")  # 699.33 / 7


def test_mojosari_efisiensi_is_not_the_printed_9_7() -> None:
    # The document computes 100 - 90,3 = 9,7 from rounded inputs; with the printed
    # two-decimal figures (rata-rata 100,71, serapan 90,31) the engine gives 10,40.
    e = efisiensi(D("100.71"), D("90.31"))
    assert e == D("10.40")
    assert e != D("9.7")
    # the document's own (rounded) inputs do give its figure
    assert efisiensi(D("100"), D("90.3")) == D("9.70")


def test_rules_efisiensi_e1_example() -> None:
    assert efisiensi(D("102.86"), D("91.20")) == D("11.66")


def test_efisiensi_negative_and_missing() -> None:
    assert efisiensi(D("88.92"), D("96.40")) == D("-7.48")
    assert efisiensi(None, D("85.72")) is None
    assert efisiensi(D("100.57"), None) is None


def test_efisiensi_rounds_half_up() -> None:
    assert efisiensi(D("100.005"), D("0")) == D("100.01")


# --- ringkas / rata_rata mechanics ---------------------------------------------------------


def test_ringkas_counts_on_the_printed_two_decimal_value() -> None:
    # 100.004 % prints as 100,00 and counts as exactly 100; 99.996 % likewise
    r = ringkas(caps(("100000", "100004"), ("100000", "99996"), ("100000", "100005")))
    assert counts(r) == (1, 2, 0, 0)


def test_ringkas_not_measurable_excluded_from_average() -> None:
    cs = [
        hitung_capaian(D(92), D("93.15")),
        hitung_capaian(D(92), None),  # belum ada data
        hitung_capaian(D(0), D(3)),  # target 0, positive: tidak dapat diukur
    ]
    r = ringkas(cs)
    assert counts(r) == (1, 0, 0, 2)
    assert r.rata_rata_capaian == D("101.25")
    assert r.jumlah == 3


def test_ringkas_average_of_printed_not_raw_values() -> None:
    # raw 0.005 % and 0.004 % print as 0,01 and 0,00; mean of printed = 0.005 -> 0,01,
    # mean of raw = 0.0045 -> 0,00
    r = ringkas(caps(("200", "0.01"), ("250", "0.01")))
    assert r.rata_rata_capaian == D("0.01")


def test_ringkas_empty() -> None:
    r = ringkas([])
    assert counts(r) == (0, 0, 0, 0)
    assert r.rata_rata_capaian is None
    assert r.jumlah == 0


def test_ringkas_only_unmeasurable_has_no_average() -> None:
    r = ringkas([Capaian(None, StatusCapaian.BELUM_ADA_DATA)])
    assert counts(r) == (0, 0, 0, 1)
    assert r.rata_rata_capaian is None


def test_rata_rata() -> None:
    assert rata_rata([D("100.81"), D("100"), D("100.91")]) == D("100.57")
    assert rata_rata([D("88.92"), None, D("97.62")]) == D("93.27")
    assert rata_rata([None, None]) is None
    assert rata_rata([]) is None
    assert rata_rata([D("1"), D("2")]) == D("1.50")


# --- measurement.py: a whole PD-year from plain inputs -----------------------------------


def _baris(nama: str, t: str, r: str, kelompok: Kelompok = Kelompok.UTAMA) -> BarisInput:
    return BarisInput(nama, kelompok, "", D(t), D(r))


def _leaf(nama: str, pagu: int, realisasi: int) -> BudgetLine:
    return BudgetLine(nama, nama, TingkatAnggaran.SUB_KEGIATAN, D(pagu), {4: D(realisasi)})


def test_ukur_organisasi_2025() -> None:
    awal = ukur_pk(
        "awal",
        "2021-2025",
        [_baris(f"u{i}", t, r) for i, (t, r) in enumerate(ORG_PK_AWAL_UTAMA)]
        + [_baris(f"l{i}", t, r, Kelompok.LAINNYA) for i, (t, r) in enumerate(ORG_KINERJA_LAINNYA)],
    )
    perubahan = ukur_pk("perubahan", "2025-2029", [_baris(f"p{i}", t, r) for i, (t, r) in enumerate(ORG_PK_PERUBAHAN)])
    assert counts(awal.utama) == (0, 3, 0, 0)
    assert counts(awal.semua) == (0, 4, 2, 0)
    assert [b.capaian.persen for b in perubahan.baris] == [D("100.81"), D("100.00"), D("100.91")]
    anggaran = [
        _leaf("Pengelolaan Kelembagaan dan Analisis Jabatan", 81_373_500, 57_921_700),
        _leaf("Fasilitasi Pelayanan Publik dan Tata Laksana", 100_613_435, 85_012_295),
        _leaf("Peningkatan Kinerja dan Reformasi Birokrasi", 437_724_565, 399_549_077),
        _leaf("Monitoring, Evaluasi dan Pengendalian Kualitas", 127_146_670, 92_641_133),
        _leaf("Koordinasi dan Penyusunan Laporan Kinerja", 50_000_000, 47_949_920),
    ]
    hasil = ukur([awal, perubahan], anggaran)
    assert hasil.anggaran.pagu == D(796_858_170)
    assert hasil.anggaran.realisasi == D(683_074_125)
    assert hasil.anggaran.persen == D("85.72")
    assert hasil.capaian_kinerja == D("100.57")  # the latest PK's main indicators
    assert hasil.efisiensi == D("14.85")


def test_ukur_mojosari_2025_efisiensi() -> None:
    perubahan = ukur_pk("perubahan", "2025-2029", [_baris(f"p{i}", t, r) for i, (t, r) in enumerate(MOJ_PK_PERUBAHAN)])
    programs = [
        _leaf("Penunjang", 6_697_421_790, 6_188_773_896),
        _leaf("Penyelenggaraan Pemerintahan", 23_900_000, 22_354_500),
        _leaf("Pemberdayaan Masyarakat", 3_582_472_065, 3_134_246_955),
        _leaf("Pembinaan Pemerintahan Desa", 503_572_000, 414_620_369),
    ]
    hasil = ukur([perubahan], programs)
    assert hasil.anggaran.persen == D("90.31")
    assert hasil.capaian_kinerja == D("100.71")
    assert hasil.efisiensi == D("10.40")


def test_ukur_efisiensi_uses_main_indicators_of_the_latest_pk_only() -> None:
    # Mojosari PK awal: IKM is the only main indicator; the kinerja lainnya must not
    # pull the rata-rata (101,25) down to the 99,90 of all seven rows.
    rows = [_baris("IKM", *MOJ_PK_AWAL_SEMUA[0])] + [
        _baris(f"l{i}", t, r, Kelompok.LAINNYA) for i, (t, r) in enumerate(MOJ_PK_AWAL_SEMUA[1:])
    ]
    awal = ukur_pk("awal", "2021-2025", rows)
    assert awal.utama.rata_rata_capaian == D("101.25")
    assert awal.semua.rata_rata_capaian == D("99.90")
    assert counts(awal.semua) == (2, 3, 2, 0)
    hasil = ukur([awal], [_leaf("PD", 10_807_365_855, 9_759_995_720)])
    assert hasil.capaian_kinerja == D("101.25")
    assert hasil.efisiensi == D("10.94")


def test_ukur_without_pk_has_no_efisiensi() -> None:
    hasil = ukur([], [_leaf("x", 100, 50)])
    assert hasil.capaian_kinerja is None
    assert hasil.efisiensi is None
    assert hasil.anggaran.persen == D("50.00")


def test_ukur_baris_rounds_realisasi_before_capaian_and_classifies() -> None:
    # IKM semester mean 93.37 with an unrounded input, printed with 2 decimals
    row = BarisInput("IKM", Kelompok.UTAMA, "Nilai", D(92), D("93.3749"), skala=STANDARD_SCALES["skm"])
    hasil = ukur_baris(row)
    assert hasil.realisasi == D("93.37")
    assert hasil.capaian.persen == D("101.49")
    assert hasil.kategori is not None and hasil.kategori.kode == "A"


def test_ukur_baris_zero_decimals_and_negative_polarity() -> None:
    row = BarisInput("temuan", Kelompok.UTAMA, "temuan", D(4), D("2.6"), polaritas=Polaritas.NEGATIF, desimal=0)
    hasil = ukur_baris(row)
    assert hasil.realisasi == D(3)  # 2.6 printed as 3
    assert hasil.capaian.persen == D("125.00")  # (8 - 3) / 4
    assert hasil.kategori is None


def test_ukur_baris_missing_realisasi() -> None:
    row = BarisInput("IKM", Kelompok.UTAMA, "Nilai", D(92), None, skala=STANDARD_SCALES["skm"])
    hasil = ukur_baris(row)
    assert hasil.realisasi is None
    assert hasil.capaian.status is StatusCapaian.BELUM_ADA_DATA
    assert hasil.kategori is None


@pytest.mark.parametrize(
    ("realisasi", "kode"),
    [("79.69", "S"), ("84.44", "T")],
    ids=["mojosari-ip-asn-sedang", "organisasi-ip-asn-tinggi"],
)
def test_ukur_baris_ip_asn_category(realisasi: str, kode: str) -> None:
    row = BarisInput("IP ASN", Kelompok.LAINNYA, "Nilai", D(82), D(realisasi), skala=STANDARD_SCALES["ip_asn"])
    kategori = ukur_baris(row).kategori
    assert kategori is not None and kategori.kode == kode
