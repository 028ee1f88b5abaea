"""`sakip measure` on the two reference units gives the figures of their LKjIPs (issue #2)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def measure_json(slug: str, tahun: int = 2025) -> dict:
    out = StringIO()
    call_command("measure", "--pd", slug, "--tahun", str(tahun), "--json", stdout=out)
    return json.loads(out.getvalue())


def by_versi(data: dict, versi: str) -> dict:
    (pk,) = [p for p in data["perjanjian_kinerja"] if p["versi"] == versi]
    return pk


@pytest.fixture(scope="module")
def organisasi(django_db_setup, django_db_blocker) -> dict:  # pytest-django fixtures
    with django_db_blocker.unblock():
        return measure_json("bagian-organisasi")


@pytest.fixture(scope="module")
def mojosari(django_db_setup, django_db_blocker) -> dict:  # pytest-django fixtures
    with django_db_blocker.unblock():
        return measure_json("kecamatan-mojosari")


class TestBagianOrganisasi2025:
    @pytest.fixture
    def data(self, organisasi: dict) -> dict:
        return organisasi

    def test_identity(self, data: dict) -> None:
        assert data["pd"] == "bagian-organisasi"
        assert data["tahun"] == 2025
        assert [p["versi"] for p in data["perjanjian_kinerja"]] == ["awal", "perubahan"]
        assert [p["periode"] for p in data["perjanjian_kinerja"]] == ["2021-2025", "2025-2029"]

    def test_pk_awal_main_indicators_all_100(self, data: dict) -> None:
        utama = [i for i in by_versi(data, "awal")["indikator"] if i["kelompok"] == "utama"]
        assert [(i["target"], i["realisasi"], i["capaian"]) for i in utama] == [
            (57, 57, 100.0), (48, 48, 100.0), (48, 48, 100.0)
        ]
        assert all(i["satuan"] == "PD/UKPD" for i in utama)

    def test_pk_awal_kinerja_lainnya(self, data: dict) -> None:
        lain = [i for i in by_versi(data, "awal")["indikator"] if i["kelompok"] == "lainnya"]
        assert [i["capaian"] for i in lain] == [88.92, 97.62, 100.0]
        assert [i["realisasi"] for i in lain] == [85.72, 84.44, 3]

    def test_pk_awal_summaries(self, data: dict) -> None:
        r = by_versi(data, "awal")["ringkasan"]
        assert r["utama"] == {"di_atas_100": 0, "sama_dengan_100": 3, "di_bawah_100": 0, "tidak_terukur": 0,
                              "rata_rata_capaian": 100.0}
        assert (r["semua"]["di_atas_100"], r["semua"]["sama_dengan_100"], r["semua"]["di_bawah_100"]) == (0, 4, 2)

    def test_pk_perubahan(self, data: dict) -> None:
        pk = by_versi(data, "perubahan")
        assert [i["capaian"] for i in pk["indikator"]] == [100.81, 100.0, 100.91]
        assert [i["target"] for i in pk["indikator"]] == [83.11, 95.9, 90.05]
        assert [i["realisasi"] for i in pk["indikator"]] == [83.78, 95.9, 90.87]
        assert pk["ringkasan"]["utama"] == {"di_atas_100": 2, "sama_dengan_100": 1, "di_bawah_100": 0,
                                           "tidak_terukur": 0, "rata_rata_capaian": 100.57}

    def test_categories_follow_the_indicators_scales(self, data: dict) -> None:
        pk = by_versi(data, "perubahan")
        kategori = {i["nama"]: i["kategori"] for i in pk["indikator"]}
        assert kategori["Nilai Efektivitas Kelembagaan"] == "P-5 (Sangat Efektif)"
        ikm = [k for n, k in kategori.items() if "Kepuasan" in n]
        assert ikm == ["A (Sangat Baik)"]

    def test_budget(self, data: dict) -> None:
        a = data["anggaran"]
        assert (a["pagu"], a["realisasi"], a["persen"]) == (796858170, 683074125, 85.72)
        subs = {r["nama"]: r["persen"] for r in a["rincian"] if r["tingkat"] == "sub_kegiatan"}
        assert len(subs) == 5
        assert sorted(subs.values()) == [71.18, 72.86, 84.49, 91.28, 95.9]
        # The LKjIP prints 84,40% for this line; 85.012.295 / 100.613.435 is 84,49%.
        (fasilitasi,) = [v for n, v in subs.items() if n.startswith("Fasilitasi Pelayanan Publik")]
        assert fasilitasi == 84.49
        tingkat = [r["tingkat"] for r in a["rincian"]]
        assert tingkat[:2] == ["program", "kegiatan"]

    def test_efisiensi(self, data: dict) -> None:
        assert data["efisiensi"] == {"capaian_kinerja": 100.57, "capaian_anggaran": 85.72, "efisiensi": 14.85}


class TestKecamatanMojosari2025:
    @pytest.fixture
    def data(self, mojosari: dict) -> dict:
        return mojosari

    def test_pk_perubahan_capaian(self, data: dict) -> None:
        pk = by_versi(data, "perubahan")
        assert [i["capaian"] for i in pk["indikator"]] == [101.25, 101.59, 100.0, 100.0]
        assert pk["ringkasan"]["utama"]["di_atas_100"] == 2
        assert pk["ringkasan"]["utama"]["sama_dengan_100"] == 2
        assert pk["ringkasan"]["utama"]["di_bawah_100"] == 0
        assert pk["ringkasan"]["utama"]["tidak_terukur"] == 0
        assert pk["ringkasan"]["utama"]["rata_rata_capaian"] == 100.71

    def test_ikm_category(self, data: dict) -> None:
        ikm = by_versi(data, "perubahan")["indikator"][0]
        assert (ikm["nama"], ikm["realisasi"], ikm["kategori"]) == ("IKM Kecamatan", 93.15, "A (Sangat Baik)")

    def test_pk_awal_counts_match_the_ikhtisar(self, data: dict) -> None:
        r = by_versi(data, "awal")["ringkasan"]
        assert (r["utama"]["di_atas_100"], r["utama"]["sama_dengan_100"], r["utama"]["di_bawah_100"]) == (1, 0, 0)
        assert (r["semua"]["di_atas_100"], r["semua"]["sama_dengan_100"], r["semua"]["di_bawah_100"]) == (2, 3, 2)

    def test_budget_totals(self, data: dict) -> None:
        a = data["anggaran"]
        assert (a["pagu"], a["realisasi"], a["persen"]) == (10807365855, 9759995720, 90.31)

    @pytest.mark.parametrize(
        ("prefix", "pagu", "realisasi", "persen"),
        [
            ("PROGRAM PENUNJANG", 6697421790, 6188773896, 92.41),
            ("PROGRAM PENYELENGGARAAN PEMERINTAHAN", 23900000, 22354500, 93.53),
            ("PROGRAM PEMBERDAYAAN MASYARAKAT", 3582472065, 3134246955, 87.49),
            ("PROGRAM PEMBINAAN DAN PENGAWASAN", 503572000, 414620369, 82.34),
        ],
    )
    def test_program_lines(self, data: dict, prefix: str, pagu: int, realisasi: int, persen: float) -> None:
        (line,) = [r for r in data["anggaran"]["rincian"]
                   if r["tingkat"] == "program" and r["nama"].upper().startswith(prefix)]
        assert (line["pagu"], line["realisasi"], line["persen"]) == (pagu, realisasi, persen)

    @pytest.mark.parametrize(
        ("nama", "persen"),
        [
            ("Penyusunan Dokumen Perencanaan Perangkat Daerah", 97.77),
            ("Evaluasi Kinerja Perangkat Daerah", 80.29),
            ("Penyediaan Gaji dan Tunjangan ASN", 92.75),
            ("Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", 97.79),
            ("Penyediaan Peralatan dan Perlengkapan Kantor", 97.26),
            ("Penyediaan Bahan Logistik Kantor", 96.54),
            ("Penyediaan Barang Cetak dan Penggandaan", 61.90),
            ("Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", 61.35),
            ("Penyediaan Bahan/Material", 94.11),
            ("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 53.35),
            ("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 80.39),
            ("Penyediaan Jasa Pelayanan Umum Kantor", 98.95),
            ("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau "
             "Kendaraan Dinas Jabatan", 87.03),
            ("Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", 99.22),
            ("Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya", 95.15),
            ("Pelaksanaan Urusan Pemerintahan yang terkait dengan Pelayanan Perizinan Non Usaha", 93.53),
            ("Pembangunan Sarana dan Prasarana Kelurahan Kauman", 92.68),
            ("Pemberdayaan Masyarakat di Kelurahan Kauman", 87.68),
            ("Pembangunan Sarana dan Prasarana Kelurahan Wonokusumo", 91.76),
            ("Pemberdayaan Masyarakat di Kelurahan Wonokusumo", 86.36),
            ("Pembangunan Sarana dan Prasarana Kelurahan Sawahan", 88.58),
            ("Pemberdayaan Masyarakat di Kelurahan Sawahan", 66.69),
            ("Pembangunan Sarana dan Prasarana Kelurahan Mojosari", 94.21),
            ("Pemberdayaan Masyarakat di Kelurahan Mojosari", 85.89),
            ("Pembangunan Sarana dan Prasarana Kelurahan Sarirejo", 93.90),
            ("Pemberdayaan Masyarakat di Kelurahan Sarirejo", 72.05),
            ("Fasilitasi Administrasi Tata Pemerintahan Desa", 89.07),
            ("Fasilitasi Sinkronisasi Perencanaan Pembangunan Daerah dengan Pembangunan Desa", 74.12),
            ("Fasilitasi Penyelenggaraan Ketenteraman dan Ketertiban Umum", 80.31),
            ("Fasilitasi Pelaksanaan Tugas, Fungsi, dan Kewajiban Lembaga Kemasyarakatan", 86.76),
        ],
    )
    def test_sub_kegiatan_lines(self, data: dict, nama: str, persen: float) -> None:
        matches = [r for r in data["anggaran"]["rincian"]
                   if r["tingkat"] == "sub_kegiatan" and r["nama"].casefold() == nama.casefold()]
        assert len(matches) == 1, nama
        assert matches[0]["persen"] == persen

    def test_every_sub_kegiatan_of_tabel_iii_4_is_there(self, data: dict) -> None:
        subs = [r for r in data["anggaran"]["rincian"] if r["tingkat"] == "sub_kegiatan"]
        assert len(subs) == 30

    def test_efisiensi_uses_latest_pk(self, data: dict) -> None:
        assert data["efisiensi"] == {"capaian_kinerja": 100.71, "capaian_anggaran": 90.31, "efisiensi": 10.4}
