"""The general reader: real excerpts of other Pemdas' LKjIPs, planted errors in varied layouts, units.

The floors below may only rise: a change that lowers recall or adds false findings on a clean
control must fix the rule, not the floor.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.reviu.dokumen import TingkatTemuan, reviu_dokumen
from sakip.reviu.dokumen.umum import angka_baris, kata_ke_angka
from sakip.reviu.tests.korpus import FOLDER, KORPUS, kena, temuan_berarti, ukur_korpus
from sakip.reviu.tests.tanam_umum import JENIS_TATA, buat, kata

RECALL_KORPUS_MIN = 1.0  # 13 of 13 verified inconsistencies
RECALL_TANAM_MIN = 1.0


def test_corpus_is_large_and_documented() -> None:
    pemda = [d for d in KORPUS if "pusat" not in d.instansi and "vertikal" not in d.instansi]
    assert len(pemda) >= 20
    assert {d.tahun for d in KORPUS} >= {2015, 2019, 2021, 2022}
    for d in KORPUS:
        assert d.sumber.startswith("http"), d.berkas
        assert (FOLDER / d.berkas).is_file(), d.berkas
    assert sum(len(d.temuan) for d in KORPUS) >= 12


def test_corpus_recall_and_clean_controls() -> None:
    u = ukur_korpus()
    assert u.recall >= RECALL_KORPUS_MIN, u.luput
    assert all(n <= 1 for n in u.kontrol.values()), u.kontrol
    assert sum(u.kontrol.values()) == 0, u.kontrol


@pytest.mark.parametrize(("jenis", "tata"), [(j, t) for j, ts in JENIS_TATA.items() for t in ts])
def test_planted_errors_are_found_and_clean_texts_raise_nothing(jenis: str, tata: str) -> None:
    found = 0
    seeds = range(6)
    for seed in seeds:
        tn = buat(jenis, tata, seed)
        bersih = reviu_dokumen(tn.bersih.encode(), f"{jenis}-{tata}-{seed}.txt")
        assert temuan_berarti(bersih) == [], [t for t in bersih.temuan if t.tingkat is not TingkatTemuan.INFO]
        salah = reviu_dokumen(tn.salah.encode(), f"{jenis}-{tata}-{seed}.txt")
        found += kena(salah, tn.baris)
    assert found / len(seeds) >= RECALL_TANAM_MIN


def _temuan(teks: str) -> list[tuple[str, str, str]]:
    hasil = reviu_dokumen(teks.encode(), "uji.txt")
    return [(t.kode, t.tercetak, t.seharusnya) for t in hasil.temuan if t.tingkat is not TingkatTemuan.INFO]


def test_words_and_figures() -> None:
    assert kata_ke_angka("enam puluh tujuh") == 67
    assert kata_ke_angka("seratus dua belas") == 112
    assert kata_ke_angka("dua ribu dua puluh lima") == 2025
    assert kata_ke_angka("Tinggi") is None
    assert all(kata_ke_angka(kata(n)) == n for n in range(0, 1000))
    assert _temuan("Terdapat 15 (empat belas) indikator kinerja.\n") == [
        ("ANGKA_KATA_BEDA", "15 (empat belas)", "15 (empat belas) atau 14 (empat belas): salah satu diperbaiki")]
    assert _temuan("Terdapat 15 (lima belas) indikator dan 3 (Tinggi) kategori.\n") == []


def test_prose_arithmetic_says_what_the_figure_should_be() -> None:
    got = _temuan("Belanja operasi sebesar Rp 1.200.000 dan belanja modal sebesar Rp 300.000, "
                  "dengan total sebesar Rp 1.600.000.\n")
    assert got == [("PROSA_JUMLAH", "Rp 1.600.000", "Rp 1.500.000 (selisih Rp 100.000)")]
    got = _temuan("Dari pagu sebesar Rp 2.000.000, terserap Rp 1.500.000 atau 80% pada akhir tahun.\n")
    assert [(k, c, s[:3]) for k, c, s in got] in (  # the format reader knows this sentence too
        [("PROSA_PERSEN", "80%", "75%")], [("PERSEN_ANGGARAN_SALAH", "80%", "75%")])
    got = _temuan("Realisasi belanja mencapai Rp 1.500.000 dari pagu sebesar Rp 2.000.000, dengan sisa anggaran "
                  "sebesar Rp 500.000 atau 20%.\n")
    assert got == [("PROSA_PERSEN", "20%", "25% (Rp 500.000 / Rp 2.000.000 × 100%)")]
    got = _temuan("Realisasi 12.481 / 13.902 x 100% = 91,78%.\n")
    assert got == [("PROSA_RUMUS", "91,78%", "89,78% (12.481 / 13.902 × 100%)")]


def test_rounding_tolerance_and_truncation() -> None:
    # 2 / 3 = 66,67%: printed 66,67 is right, 66,66 truncated (info), 66,6 truncated too, 67 right
    for printed, kode in (("66,67", None), ("67", None), ("66,66", "info"), ("65,00", "galat")):
        hasil = reviu_dokumen(f"Capaian dihitung 2 / 3 x 100% = {printed}%.\n".encode(), "uji.txt")
        tingkat = {t.tingkat.value for t in hasil.temuan}
        assert tingkat == ({kode} if kode else set()), (printed, hasil.temuan)


def test_lower_is_better_capaian_is_judged_by_the_documents_formula() -> None:
    head = "Untuk indikator negatif capaian dihitung dengan rumus (2 x target - realisasi) / target x 100%.\n\n"
    rows = ("No\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian (%)\n"
            "1\tAngka kematian bayi\tper 1.000 KH\t10\t8\t{c1}\n"
            "2\tPersentase penduduk miskin\t%\t12,5\t11,2\t{c2}\n")
    ok = head + rows.format(c1="120,00", c2="110,40")
    assert _temuan(ok) == []
    salah = head + rows.format(c1="80,00", c2="110,40")  # R / T: the positive formula
    assert [k for k, _, _ in _temuan(salah)] == ["CAPAIAN_SALAH"]


def test_narrative_comparison() -> None:
    assert _temuan("IKM Kecamatan tahun 2023 sebesar 86,40 masih di bawah rata-rata Kabupaten sebesar 80,10.\n") == [
        ("NARASI_BANDING", "86,40 di bawah 80,10", "86,40 di atas 80,10")]
    assert _temuan("IKM Kecamatan tahun 2023 sebesar 76,40 masih di bawah rata-rata Kabupaten sebesar 80,10.\n") == []


def test_numbers_of_a_line_leave_glued_units_out() -> None:
    vals = [v.angka for v in angka_baris("per 100.000KH 0,15 0,21 87,10")]
    assert vals == [Decimal("0.15"), Decimal("0.21"), Decimal("87.10")]


def test_a_table_without_its_header_is_still_examined() -> None:
    rows = "".join(f"{i}. Indikator {n}\n\n% {t} {r} {c}\n\n" for i, (n, t, r, c) in enumerate([
        ("layanan tepat waktu", "80", "88", "110,00"), ("desa mandiri", "40", "42", "105,00"),
        ("kepuasan masyarakat", "85", "85", "100,00"), ("dokumen tepat waktu", "10", "9", "95,00")], start=1))
    got = _temuan(rows)
    assert got == [("CAPAIAN_BARIS", "95,00", "90,00% (R / T)")]
