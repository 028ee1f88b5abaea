"""Form E.81 arithmetic (SAKIP-rules §4.2 and the worked example of §4.4)."""

from __future__ import annotations

from decimal import Decimal

from sakip.core.aggregation import Agregasi, Bagian
from sakip.core.e81 import anggaran, kinerja, per_triwulan, predikat
from sakip.core.skala import STANDARD_SCALES

D = Decimal


def test_worked_example_of_the_rules() -> None:
    # "Jumlah dokumen perencanaan PD" (SUM): Renstra 10 / Rp 12.500.000, s.d. n-2 6 / 7.400.000,
    # Renja 2 / 2.500.000, quarters K 0,1,0,1 and Rp 500.000/700.000/400.000/800.000.
    k = kinerja(target_renstra=D("10"), realisasi_lalu=D("6"), target_renja=D("2"),
                parts={Bagian.TW1: D("0"), Bagian.TW2: D("1"), Bagian.TW3: D("0"), Bagian.TW4: D("1")},
                realisasi_tahun=None, agregasi=Agregasi.JUMLAH)
    assert (k.realisasi_renja, k.realisasi_renstra) == (D("2"), D("8"))
    assert k.capaian_renstra.persen == D("80.00")
    assert k.capaian_renja.persen == D("100.00")
    rp = anggaran(pagu=D("2500000"), target_renstra=D("12500000"), realisasi_lalu=D("7400000"),
                  triwulan={1: D("500000"), 2: D("700000"), 3: D("400000"), 4: D("800000")})
    assert (rp.realisasi_renja, rp.realisasi_renstra) == (D("2400000"), D("9800000"))
    assert (rp.capaian_renstra, rp.capaian_renja) == (D("78.40"), D("96.00"))


def test_level_indicator_reports_its_latest_value() -> None:
    # Mojosari: Persentase layanan sesuai standar, TW 25/50/75/100 of a 100% target.
    k = kinerja(target_renstra=None, realisasi_lalu=D("100"), target_renja=D("100"),
                parts={Bagian.TW1: D("25"), Bagian.TW2: D("50"), Bagian.TW3: D("75"), Bagian.TW4: D("100")},
                realisasi_tahun=D("100"), agregasi=Agregasi.TERAKHIR)
    assert k.triwulan == {1: D("25"), 2: D("50"), 3: D("75"), 4: D("100")}
    assert (k.realisasi_renja, k.realisasi_renstra) == (D("100"), D("100"))
    assert not k.capaian_renstra.terukur  # no Renstra end target stored
    assert k.capaian_renja.persen == D("100.00")


def test_semester_values_sit_in_the_closing_triwulan() -> None:
    assert per_triwulan({Bagian.S1: D("92.46"), Bagian.S2: D("94.28")}) == {2: D("92.46"), 4: D("94.28")}
    assert per_triwulan({Bagian.TAHUN: D("1")}) == {}


def test_derived_annual_value_wins_over_missing_parts() -> None:
    k = kinerja(target_renstra=None, realisasi_lalu=None, target_renja=D("83.11"), parts={},
                realisasi_tahun=D("83.78"), agregasi=Agregasi.TERAKHIR)
    assert k.realisasi_renja == D("83.78")
    assert k.capaian_renja.persen == D("100.81")


def test_budget_without_realisation() -> None:
    rp = anggaran(pagu=D("0"), triwulan={})
    assert rp.realisasi_renja == D("0") and rp.capaian_renja is None


def test_predikat_of_footer_figures() -> None:
    skala = STANDARD_SCALES["predikat_kinerja"]
    assert predikat(D("90.31"), skala).kelas.label == "Sangat Tinggi"  # type: ignore[union-attr]
    assert predikat(D("85"), skala).kelas.label == "Tinggi"  # type: ignore[union-attr]
    assert predikat(None, skala).kelas is None
