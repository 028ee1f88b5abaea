"""The checks on small documents written for one rule each."""

from __future__ import annotations

from sakip.reviu.dokumen import KonteksPemda, UnitPemda, reviu
from sakip.reviu.dokumen.baca import baca_teks


def temuan(*lines: str, konteks: KonteksPemda | None = None) -> list[tuple[str, str, str]]:
    h = reviu(baca_teks("\n".join(lines), "uji.txt"), konteks)
    return [(t.kode, t.tercetak, t.seharusnya) for t in h.temuan]


PK = "Tabel II.3.A Perjanjian Kinerja Tahun 2025"
HEAD = "No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian"


def test_capaian_of_a_declared_negative_indicator() -> None:
    iku = ["Tabel II.2 IKU", "", "No\tSasaran\tIndikator Kinerja\tSatuan\tPenjelasan/Formulasi",
           "1\tTertib\tAngka Aduan\t%\tSemakin rendah semakin baik", ""]
    ok = temuan(*iku, PK, "", HEAD, "1\tTertib\tAngka Aduan\t5%\t4%\t120%")
    assert ok == []
    wrong = temuan(*iku, PK, "", HEAD, "1\tTertib\tAngka Aduan\t5%\t4%\t80%")
    assert wrong == [("CAPAIAN_SALAH", "80%", "120% ((2 × 5 − 4) / 5 × 100% = 120,00%)")]


def test_capaian_compared_at_its_own_precision() -> None:
    assert temuan(PK, "", HEAD, "1\tLayanan\tIKM\t92\t93,15\t101%") == []
    assert temuan(PK, "", HEAD, "1\tLayanan\tIKM\t92\t93,15\t101,25%") == []
    assert temuan(PK, "", HEAD, "1\tLayanan\tIKM\t92\t93,15\t101,2%") == [
        ("CAPAIAN_SALAH", "101,2%", "101,3% (93,15 / 92 × 100% = 101,25%)")]


def test_counts_against_the_table_they_summarise() -> None:
    lines = ["III.1 Pengukuran Kinerja", "",
             "1. Capaian realisasi di atas 100% sebanyak 1 indikator;",
             "2. Capaian realisasi tepat 100% sebanyak 1 indikator;",
             "3. Capaian realisasi di bawah 100% sebanyak 0 indikator;", "",
             "Tabel III.1 Capaian", "", HEAD, "1\tA\tIKM\t92\t93,15\t101,25%", "2\tB\tLayanan\t100%\t90%\t90%"]
    assert temuan(*lines) == [("JUMLAH_CAPAIAN_SALAH", "di atas 100% 1, tepat 100% 1, di bawah 100% 0",
                               "di atas 100% 1, tepat 100% 0, di bawah 100% 1")]


def test_average_and_efisiensi_sentences() -> None:
    assert temuan("Nilai IKM adalah sebesar 93,15 yang didapat dari rata-rata nilai semester 1 yakni sebesar "
                  "92,46 dan nilai semester 2 yakni sebesar 94,28.") == [
        ("RATA_RATA_SALAH", "93,15", "93,37 (rata-rata 92,46 dan 94,28)")]
    assert temuan("Dengan capaian kinerja sebesar 100,57% dan capaian keuangan sebesar 85,72%, efisiensi "
                  "kinerja sebesar 14,85%.") == []
    assert temuan("Dengan capaian kinerja sebesar 100,57% dan capaian keuangan sebesar 85,72%, efisiensi "
                  "kinerja sebesar 15,85%.") == [("EFISIENSI_SALAH", "15,85%", "14,85%")]


def test_budget_children_and_percentages() -> None:
    lines = ["Tabel III.4 Realisasi Anggaran", "", "URAIAN\tANGGARAN (Rp)\tREALISASI S/D DESEMBER (Rp)\t%",
             "KECAMATAN X\t300.000\t250.000\t83,33%",
             "PROGRAM A\t200.000\t150.000\t75,00%",
             "Sub satu\t100.000\t50.000\t50,00%",
             "Sub dua\t90.000\t100.000\t111,11%",
             "PROGRAM B\t100.000\t100.000\t100,00%",
             "Sub tiga\t100.000\t100.000\t100,00%"]
    got = temuan(*lines)
    assert ("JUMLAH_ANGGARAN_SALAH", "200.000", "Rp 190.000") in got
    assert len(got) == 1


def test_malformed_amount_date_and_period() -> None:
    got = temuan("Tabel II.3.D Anggaran", "", "No\tProgram\tAnggaran", "1\tProgram A\tRp. 4.038.790.0000", "",
                 "Mojokerto, 31 September 2025", "", "Renstra Tahun 2021-2015 berlaku.")
    assert [g[0] for g in got] == ["FORMAT_RUPIAH", "TANGGAL_TIDAK_SAH", "PERIODE_TIDAK_SAH"]


def test_another_unit_but_not_a_neighbour_or_a_parent() -> None:
    konteks = KonteksPemda(unit=[UnitPemda("Kecamatan Pacet", "kecamatan"), UnitPemda("Kecamatan Trawas", "kecamatan"),
                                 UnitPemda("Kelurahan Pacet", "kelurahan", "Kecamatan Pacet")])
    lines = ["Laporan Kinerja Kecamatan Pacet.", "Kecamatan Pacet melayani.", "Kecamatan Pacet berkembang.",
             "- Sebelah Timur : Kecamatan Trawas", "Kelurahan Pacet aktif.", "Prestasi Kecamatan Trawas meningkat."]
    assert temuan(*lines, konteks=konteks) == [("NAMA_UNIT_LAIN", "Kecamatan Trawas", "Kecamatan Pacet")]


def test_one_person_two_nips() -> None:
    lines = ["BUDI SANTOSO, S.Sos.", "Pembina", "NIP. 197203151998031005", "", "Lampiran", "",
             "Budi Santoso, S.Sos.", "NIP 197203151998031015", "", "BUDI SANTOSO, S.Sos.", "NIP 197203151998031005"]
    (nip,) = temuan(*lines)
    assert nip[0] == "NIP_GANDA" and "197203151998031015" in nip[1]


def test_label_outside_the_documents_scale() -> None:
    iku = ["Tabel II.2 IKU", "", "No\tSasaran\tIndikator Kinerja\tSatuan\tPenjelasan/Formulasi",
           "1\tASN\tIndeks Profesionalitas ASN\tNilai\tKategori Sangat Rendah : =< 60 Kategori Rendah : 61 – 70 "
           "Kategori Sedang : 71 – 80 Kategori Tinggi : 81 – 90 Kategori Sangat Tinggi : 91 – 100", ""]
    assert temuan(*iku, PK, "", HEAD, "1\tASN\tIndeks Profesionalitas ASN\t82 (Tinggi)\t79,13 (Tinggi)\t96,50%") == [
        ("KATEGORI_SALAH", "79,13 (Tinggi)", "79,13 (Sedang)")]


def test_a_difference_explained_by_rounded_inputs_is_only_noted() -> None:
    # 93,53 / 91,89 = 101,7847% but a realisasi of 93,534 (printed 93,53) gives 101,79%
    h = reviu(baca_teks("\n".join([PK, "", HEAD, "1\tLayanan\tIKM\t91,89\t93,53\t101,79%"]), "uji.txt"))
    assert [(t.kode, t.tingkat.value) for t in h.temuan] == [("CAPAIAN_SALAH", "info")]
    # a whole-number realisasi is a count: nothing to round, so the same gap is an error
    h = reviu(baca_teks("\n".join([PK, "", HEAD, "1\tLayanan\tJumlah Desa\t96\t92\t95,84%"]), "uji.txt"))
    assert [(t.kode, t.tingkat.value) for t in h.temuan] == [("CAPAIAN_SALAH", "galat")]


def test_progres_of_a_negative_indicator_counts_the_other_way() -> None:
    head = "No\tSasaran Strategis\tIndikator Kinerja\tTarget Akhir 2025\tRealisasi s.d. 2025\tProgres Capaian"
    rows = ["Tabel III.2.b Progres", "", head, "1\tSehat\tIKM Dinas\t90,00\t90,00\t100,00%",
            "2\tSehat\tAngka Kematian Ibu per 100.000 Kelahiran Hidup\t83,44\t84,79\t{}"]
    assert temuan(*rows[:-1], rows[-1].format("98,38%")) == []
    assert temuan(*rows[:-1], rows[-1].format("95,00%")) == [
        ("PROGRES_SALAH", "95,00%", "101,62% (84,79 / 83,44 × 100% = 101,62%)")]


def test_renja_evaluation_rows_are_not_compared_with_the_pk() -> None:
    """Form E-81 prints capaian against the Renja target of another table; its progress
    against the Renstra end target is still checked."""
    e81 = ["Tabel E.81 Evaluasi Renja", "",
           "No\tProgram/Kegiatan\tIndikator Kinerja (satuan)\tTarget akhir Renstra (5)\t"
           "Realisasi Renstra s.d. tahun lalu (6)\tRealisasi Renja (12)\tRealisasi Renstra s.d. tahun ini (13)\t"
           "Capaian Renstra % (14)\tCapaian Renja % (12/7)",
           "1\tProgram X\tIKM\t100,00\t\t93,15\t93,15\t{}\t97,00"]
    pk = [PK, "", HEAD, "1\tLayanan\tIKM\t92\t93,15\t101,25%", ""]
    assert temuan(*pk, *e81[:-1], e81[-1].format("93,15")) == []
    assert temuan(*pk, *e81[:-1], e81[-1].format("95,15")) == [
        ("PROGRES_SALAH", "95,15", "93,15% (93,15 / 100,00 × 100% = 93,15%)")]
