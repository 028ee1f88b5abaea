"""`impor-lkjip` on another Kecamatan's table: summary rows are no indicators, units come from 'Satuan'."""

from __future__ import annotations

from pathlib import Path

import pytest

from sakip.impor import lkjip
from sakip.organisasi.models import Unit

pytestmark = pytest.mark.django_db

TEKS = (
    "LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN TANJUNGSARI TAHUN 2025\n\n"
    "Tabel 3.1 Capaian Kinerja Tahun 2025\n\n"
    "No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian\n"
    "1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat Tanjungsari\tIndeks\t85\t87,5\t102,94%\n"
    "2\tMeningkatnya akuntabilitas kinerja\tPersentase pengaduan yang ditindaklanjuti\tPersen\t90\t95\t105,56%\n"
    "3\tMenurunnya gangguan ketertiban\tJumlah kasus gangguan ketertiban\tKasus\t20\t15\t125,00%\n"
    "\t\tJumlah Capaian Realisasi Kinerja\tPersen\t300\t333,50\t111,17%\n"
    "\t\tRata-Rata Capaian Kinerja Sasaran\tPersen\t100\t111,17\t111,17%\n"
)


def test_summary_rows_are_left_out_and_named_and_units_come_from_the_satuan_column(tmp_path: Path) -> None:
    berkas = tmp_path / "lkjip-tanjungsari.txt"
    berkas.write_text(TEKS, encoding="utf-8")
    unit = Unit.objects.get(slug="kecamatan-pacet")
    plan = lkjip.rencana(unit, 2025, lkjip.baca(berkas))
    names = {p.nama: p for p in plan.indikator}
    assert set(names) == {"Indeks Kepuasan Masyarakat Tanjungsari", "Persentase pengaduan yang ditindaklanjuti",
                          "Jumlah kasus gangguan ketertiban"}
    assert names["Persentase pengaduan yang ditindaklanjuti"].satuan == "%"  # 'Persen', not '(Nilai)'
    assert names["Indeks Kepuasan Masyarakat Tanjungsari"].satuan == "Indeks"
    assert names["Jumlah kasus gangguan ketertiban"].satuan == "Kasus"
    assert names["Jumlah kasus gangguan ketertiban"].negatif  # lower is better, said by its name
    assert not names["Persentase pengaduan yang ditindaklanjuti"].negatif
    left = [c for c in plan.catatan if c.startswith("Baris ringkasan tidak diimpor")]
    assert len(left) == 1
    assert "'Jumlah Capaian Realisasi Kinerja'" in left[0] and "'Rata-Rata Capaian Kinerja Sasaran'" in left[0]
    teks = lkjip.teks_rencana(plan, berkas.name)
    assert "Jumlah Capaian Realisasi Kinerja" in teks  # only in the note of what was left out
    assert "(Nilai)" not in teks
