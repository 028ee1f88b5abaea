"""The reviu on the two reference LKjIPs: exactly the true findings, nothing false."""

from __future__ import annotations

from pathlib import Path

import pytest

from sakip.reviu.dokumen import HasilReviu, reviu_dokumen

from .temuan_mojosari import TEMUAN, TIDAK_TERBACA

# Copies of the reference LKjIPs live beside the tests (files/README.md says where they come from).
REFERENSI = Path(__file__).resolve().parent / "files"
MOJOSARI = REFERENSI / "lkjip-2025-kecamatan-mojosari.txt"
ORGANISASI = REFERENSI / "lkjip-2025-bagian-organisasi-setda.txt"


@pytest.fixture(scope="module")
def mojosari() -> HasilReviu:
    return reviu_dokumen(MOJOSARI)


@pytest.fixture(scope="module")
def organisasi() -> HasilReviu:
    return reviu_dokumen(ORGANISASI)


def _rows(h: HasilReviu) -> list[tuple[str, str, str, str, str]]:
    return sorted((t.kode, t.tingkat.value, t.lokasi, t.tercetak, t.seharusnya) for t in h.temuan)


class TestMojosari:
    def test_findings_are_exactly_the_hand_checked_list(self, mojosari: HasilReviu) -> None:
        got, want = _rows(mojosari), sorted(TEMUAN)
        missed = [t for t in want if t not in got]
        false = [t for t in got if t not in want]
        assert not missed and not false, {"terlewat": missed, "tidak_benar": false}
        assert len(mojosari.temuan) == 71

    def test_ikm_capaian_printed_102_where_93_15_over_92_is_101_25(self, mojosari: HasilReviu) -> None:
        ikm = [t for t in mojosari.temuan if t.kode == "CAPAIAN_SALAH" and t.tercetak == "102%"
               and "93,15 / 92 " in t.seharusnya]
        assert {t.lokasi for t in ikm} == {"Tabel II.3.A (baris 483)", "Tabel II.3.C (baris 508)",
                                          "Tabel III.1.a (baris 541)"}
        assert all(t.seharusnya == "101% (93,15 / 92 × 100% = 101,25%)" for t in ikm)
        assert all(t.tingkat.value == "galat" for t in ikm)

    def test_trowulan_is_named(self, mojosari: HasilReviu) -> None:
        lain = [t for t in mojosari.temuan if t.kode == "NAMA_UNIT_LAIN"]
        assert [(t.lokasi, t.tercetak) for t in lain] == [("baris 749", "Kecamatan Trowulan"),
                                                          ("baris 818", "Kecamatan Trowulan")]

    def test_neighbours_in_the_batas_wilayah_are_not_findings(self, mojosari: HasilReviu) -> None:
        assert not [t for t in mojosari.temuan if "Pungging" in t.tercetak or "Bangsal" in t.tercetak]

    def test_the_camat_has_two_nips(self, mojosari: HasilReviu) -> None:
        (nip,) = [t for t in mojosari.temuan if t.kode == "NIP_GANDA"]
        assert "196607131986031007" in nip.tercetak and nip.lokasi == "baris 31"
        assert nip.seharusnya.startswith("196907291994031006")

    def test_unreadable_parts_are_named(self, mojosari: HasilReviu) -> None:
        assert mojosari.tidak_terbaca == TIDAK_TERBACA  # the two E-81 fragments

    def test_json_has_the_promised_shape(self, mojosari: HasilReviu) -> None:
        data = mojosari.as_dict()
        assert set(data) == {"temuan", "tidak_terbaca"}
        assert set(data["temuan"][0]) == {"kode", "tingkat", "pesan", "lokasi", "tercetak", "seharusnya"}


class TestBagianOrganisasi:
    def test_only_the_true_misprints(self, organisasi: HasilReviu) -> None:
        assert _rows(organisasi) == sorted([
            ("PERSEN_ANGGARAN_SALAH", "galat", "Tabel III.4.A (baris 1476)", "84,40%", "84,49%"),
            ("RUJUKAN_TAHUN_BEDA", "peringatan", "baris 784", "Nomor 53 Tahun 2024", "Nomor 53 Tahun 2014 (baris 7)"),
        ])

    def test_table_iii_4_b_is_reported_unreadable_not_guessed(self, organisasi: HasilReviu) -> None:
        notes = [x for x in organisasi.tidak_terbaca if x.startswith("Tabel III.4.B")]
        assert [x.split(":")[0] for x in notes] == ["Tabel III.4.B (baris 1500)", "Tabel III.4.B (baris 1505)",
                                                    "Tabel III.4.B (baris 1510)"]
        assert "78,68%" in notes[0] and "93,59%" in notes[2]
        assert any("OCR" in x and "tercampur" in x for x in organisasi.tidak_terbaca)

    def test_ocr_counts_with_the_letter_o_are_read(self, organisasi: HasilReviu) -> None:
        from sakip.reviu.dokumen import baca_berkas
        from sakip.reviu.dokumen.kenali import kenali

        fakta = kenali(baca_berkas(ORGANISASI))
        assert [b.jumlah for b in fakta.blok_jumlah] == [
            {"atas": 0, "tepat": 3, "bawah": 0, "tidak": 0}, {"atas": 2, "tepat": 1, "bawah": 0, "tidak": 0},
            {"atas": 0, "tepat": 3, "bawah": 0, "tidak": 0}, {"atas": 2, "tepat": 1, "bawah": 0, "tidak": 0},
        ]
        # and the checks that found nothing did run: capaian sentences, efisiensi, budget totals
        jenis = [k.jenis for k in fakta.kalimat]
        assert jenis.count("capaian") >= 9 and "efisiensi" in jenis and jenis.count("anggaran") == 2
