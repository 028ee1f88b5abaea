"""Capaian as of a triwulan against the rencana aksi (core/rencana_aksi.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.core.aggregation import Agregasi, Bagian, nilai_tahunan
from sakip.core.capaian import (
    AturanCapaian,
    MetodeNegatif,
    Polaritas,
    StatusCapaian,
    hitung_capaian,
)
from sakip.core.measurement import BarisInput, Kelompok, ringkasan_triwulan, ukur_pk
from sakip.core.rencana_aksi import (
    RencanaAksiError,
    capaian_triwulan,
    kumulatif_baku,
    periksa_anggaran_kas,
    periksa_target_tahunan,
    realisasi_sampai_dengan,
    rencana_sampai_dengan,
    target_sampai_dengan,
)

D = Decimal
JUMLAH, TERAKHIR, RATA = Agregasi.JUMLAH, Agregasi.TERAKHIR, Agregasi.RATA_RATA
POS, NEG = Polaritas.POSITIF, Polaritas.NEGATIF
TW = (Bagian.TW1, Bagian.TW2, Bagian.TW3, Bagian.TW4)
PROPS = settings(max_examples=150, deadline=None, database=None)


def tw(*values: str | None) -> dict[int, Decimal | None]:
    return {i + 1: (None if v is None else D(v)) for i, v in enumerate(values)}


def parts(*values: str | None) -> dict[Bagian, Decimal | None]:
    return {TW[i]: (None if v is None else D(v)) for i, v in enumerate(values) if v is not None}


# --- the reference series: Tabel III.1.b of LKjIP Kecamatan Mojosari 2025 -------------------------
# "Persentase layanan yang diselenggarakan sesuai standar": target 100 %, rencana aksi 25/50/75/100
# (cumulative progress, agregasi terakhir), realisasi 25/50/75/100 -> 100 % in every triwulan.

@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_reference_series_25_50_75_100_is_on_track_every_triwulan(n: int) -> None:
    rencana = tw("25", "50", "75", "100")
    target = target_sampai_dengan(rencana, n, TERAKHIR, kumulatif_baku(TERAKHIR))
    real = realisasi_sampai_dengan(parts("25", "50", "75", "100"), n, TERAKHIR)
    assert target == D(25 * n) and real == D(25 * n)
    assert capaian_triwulan(target, real).persen == D("100.00")


def test_reference_series_behind_plan_in_tw2() -> None:
    target = target_sampai_dengan(tw("25", "50", "75", "100"), 2, TERAKHIR, True)
    assert capaian_triwulan(target, realisasi_sampai_dengan(parts("25", "40"), 2, TERAKHIR)).persen == D("80.00")


def test_nilai_sakip_targeted_only_in_tw3_is_not_measured_before() -> None:
    rencana = tw(None, None, "83", None)
    real = parts(None, None, "84.32")
    assert target_sampai_dengan(rencana, 2, TERAKHIR, True) is None
    assert capaian_triwulan(None, realisasi_sampai_dengan(real, 2, TERAKHIR)).status is StatusCapaian.BELUM_ADA_DATA
    assert target_sampai_dengan(rencana, 4, TERAKHIR, True) == D(83)  # the TW III level stands in TW IV
    assert capaian_triwulan(D(83), realisasi_sampai_dengan(real, 4, TERAKHIR)).persen == D("101.59")


def test_ikm_per_semester_reads_semester_values_at_the_closing_triwulan() -> None:
    semesters = {Bagian.S1: D("92.46"), Bagian.S2: D("94.28")}
    assert realisasi_sampai_dengan(semesters, 1, TERAKHIR) is None
    assert realisasi_sampai_dengan(semesters, 2, TERAKHIR) == D("92.46")
    assert realisasi_sampai_dengan(semesters, 3, TERAKHIR) == D("92.46")
    assert realisasi_sampai_dengan(semesters, 4, TERAKHIR) == D("94.28")
    assert realisasi_sampai_dengan(semesters, 4, RATA) == D("93.37")


def test_annual_only_history_counts_only_in_tw4() -> None:
    assert realisasi_sampai_dengan({Bagian.TAHUN: D(7)}, 3, JUMLAH) is None
    assert realisasi_sampai_dengan({Bagian.TAHUN: D(7)}, 4, JUMLAH) == D(7)


# --- every aggregation x polarity x cumulative flag -------------------------------------------------
# rencana, realisasi parts (TW I-IV), triwulan, agregasi, kumulatif, polaritas -> target, realisasi, capaian
KASUS = [
    # per period sums: 1 dokumen per triwulan
    (("1", "1", "1", "1"), ("1", "0", "2"), 3, JUMLAH, False, POS, "3", "3", "100.00"),
    (("1", "1", "1", "1"), ("1", "0"), 2, JUMLAH, False, POS, "2", "1", "50.00"),
    # cumulative sums: targets written as the running total
    (("1", "2", "3", "4"), ("1", "0", "2"), 3, JUMLAH, True, POS, "3", "3", "100.00"),
    (("1", "2", "3", "4"), ("2",), 1, JUMLAH, True, POS, "1", "2", "200.00"),
    # levels
    (("25", "50", "75", "100"), ("30", "45"), 2, TERAKHIR, True, POS, "50", "45", "90.00"),
    (("25", "50", "75", "100"), ("30", "45"), 2, TERAKHIR, False, POS, "50", "45", "90.00"),
    # means (waktu layanan, per period)
    (("4", "4", "2", "2"), ("4", "2"), 2, RATA, False, POS, "4", "3", "75.00"),
    (("4", "3", "3", "2"), ("4", "2", "3"), 3, RATA, True, POS, "3", "3", "100.00"),
    # negative polarity (angka kemiskinan, 2T - R)
    (("10.5", "10.5", "10.5", "10.5"), ("10.2",), 1, TERAKHIR, True, NEG, "10.5", "10.2", "102.86"),
    (("10.5", "10.4", "10.3", "10.2"), ("10.5", "11"), 2, TERAKHIR, True, NEG, "10.4", "11", "94.23"),
    (("2", "2", "2", "2"), ("1", "2", "3"), 3, JUMLAH, False, NEG, "6", "6", "100.00"),
    (("2", "4", "6", "8"), ("3",), 1, JUMLAH, True, NEG, "2", "3", "50.00"),
    (("5", "5", "5", "5"), ("4", "6"), 2, RATA, False, NEG, "5", "5", "100.00"),
    (("5", "4", "4", "3"), ("6",), 1, RATA, True, NEG, "5", "6", "80.00"),
    (("0", "0", "0", "0"), ("0", "0"), 2, JUMLAH, False, NEG, "0", "0", "100.00"),
]


@pytest.mark.parametrize(("rencana", "real", "n", "agregasi", "kumulatif", "polaritas", "target", "realisasi",
                          "capaian"), KASUS)
def test_capaian_triwulan_table(rencana: tuple[str, ...], real: tuple[str, ...], n: int, agregasi: Agregasi,
                                kumulatif: bool, polaritas: Polaritas, target: str, realisasi: str,
                                capaian: str) -> None:
    t = target_sampai_dengan(tw(*rencana), n, agregasi, kumulatif)
    r = realisasi_sampai_dengan(parts(*real), n, agregasi)
    assert t == D(target) and r == D(realisasi)
    assert capaian_triwulan(t, r, polaritas).persen == D(capaian)


def test_method_b_for_negative_polarity_follows_the_pemda_setting() -> None:
    b = AturanCapaian(metode_negatif=MetodeNegatif.T_PER_R)
    assert capaian_triwulan(D(10), D(8), NEG, b).persen == D("125.00")


def test_nothing_realised_yet_is_no_data_not_zero() -> None:
    c = capaian_triwulan(D(25), realisasi_sampai_dengan({}, 1, TERAKHIR))
    assert c.status is StatusCapaian.BELUM_ADA_DATA and c.nilai is None


def test_default_cumulative_flag_follows_the_aggregation() -> None:
    assert kumulatif_baku(TERAKHIR) and not kumulatif_baku(JUMLAH) and not kumulatif_baku(RATA)


def test_triwulan_out_of_range_is_refused() -> None:
    with pytest.raises(RencanaAksiError, match="Triwulan harus 1 sampai 4"):
        target_sampai_dengan(tw("1"), 5, JUMLAH, False)


def test_triwulan_targets_that_miss_the_annual_target_are_named() -> None:
    assert periksa_target_tahunan(tw("1", "1", "1", "1"), JUMLAH, False, D(4)) == ""
    pesan = periksa_target_tahunan(tw("1", "1", "1", "0"), JUMLAH, False, D(4))
    assert "(3)" in pesan and "(4)" in pesan


def test_anggaran_kas_must_add_up_to_pagu() -> None:
    periksa_anggaran_kas(tw("2500000", "2500000", "2500000", "2500000"), D(10_000_000))
    with pytest.raises(RencanaAksiError, match=r"berjumlah Rp\xa09\.000\.000,00, harus sama dengan pagu "
                                               r"Rp\xa010\.000\.000,00 \(selisih Rp\xa01\.000\.000,00\)"):
        periksa_anggaran_kas(tw("2500000", "2500000", "2500000", "1500000"), D(10_000_000), "Penyusunan Dokumen")
    with pytest.raises(RencanaAksiError, match="tidak boleh negatif"):
        periksa_anggaran_kas(tw("-1", "1"), D(0))
    assert rencana_sampai_dengan(tw("1", "2", None, "4"), 3) == D(3)


# --- properties --------------------------------------------------------------------------------------

nilai = st.decimals(min_value=D("0.01"), max_value=D("100000"), places=2, allow_nan=False, allow_infinity=False)
empat = st.lists(nilai, min_size=4, max_size=4)


@PROPS
@given(rencana=empat, real=empat, agregasi=st.sampled_from(list(Agregasi)), polaritas=st.sampled_from(list(Polaritas)))
def test_tw4_per_period_plan_equals_the_annual_measurement(rencana: list[Decimal], real: list[Decimal],
                                                           agregasi: Agregasi, polaritas: Polaritas) -> None:
    """Per-period targets aggregated like the realisasi: TW IV measures exactly the year."""
    targets = dict(enumerate(rencana, start=1))
    annual_target = nilai_tahunan(dict(zip(TW, rencana, strict=True)), agregasi)
    t4 = target_sampai_dengan(targets, 4, agregasi, kumulatif=False)
    r4 = realisasi_sampai_dengan(dict(zip(TW, real, strict=True)), 4, agregasi)
    assert t4 == annual_target
    assert r4 == nilai_tahunan(dict(zip(TW, real, strict=True)), agregasi)
    assert capaian_triwulan(t4, r4, polaritas) == hitung_capaian(annual_target, r4, polaritas)


@PROPS
@given(rencana=empat, real=empat, n=st.integers(1, 4))
def test_sum_targets_and_realisasi_never_decrease_over_the_year(rencana: list[Decimal], real: list[Decimal],
                                                               n: int) -> None:
    targets = dict(enumerate(rencana, start=1))
    parts_ = dict(zip(TW, real, strict=True))
    if n > 1:
        assert target_sampai_dengan(targets, n, JUMLAH, False) >= target_sampai_dengan(targets, n - 1, JUMLAH, False)
        assert realisasi_sampai_dengan(parts_, n, JUMLAH) >= realisasi_sampai_dengan(parts_, n - 1, JUMLAH)


@PROPS
@given(rencana=empat, n=st.integers(1, 4), agregasi=st.sampled_from(list(Agregasi)))
def test_cumulative_target_is_the_one_written_for_the_triwulan(rencana: list[Decimal], n: int,
                                                                agregasi: Agregasi) -> None:
    assert target_sampai_dengan(dict(enumerate(rencana, start=1)), n, agregasi, kumulatif=True) == rencana[n - 1]


@PROPS
@given(kas=empat)
def test_anggaran_kas_equal_to_its_sum_is_accepted_and_rises_to_pagu(kas: list[Decimal]) -> None:
    rencana = dict(enumerate(kas, start=1))
    pagu = sum(kas, D(0))
    periksa_anggaran_kas(rencana, pagu)
    assert rencana_sampai_dengan(rencana, 4) == pagu
    assert all(rencana_sampai_dengan(rencana, i) <= rencana_sampai_dengan(rencana, i + 1) for i in (1, 2, 3))


def test_annual_narrative_from_the_triwulan_faktor() -> None:
    from sakip.core.rencana_aksi import gabung_faktor

    assert gabung_faktor({1: "Anggaran memadai", 2: "Anggaran memadai", 4: "SDM cukup"}) == (
        "Triwulan I, II: Anggaran memadai\nTriwulan IV: SDM cukup")
    assert gabung_faktor({tw: "Sama" for tw in (1, 2, 3, 4)}) == "Sama"
    assert gabung_faktor({1: " ", 3: ""}) == ""


# -- A PD as of a triwulan: the mean of its sasaran strategis against the rencana aksi ----------

def _baris(nama: str, kelompok: str, target_tw: str | None, real_tw: str | None) -> BarisInput:
    return BarisInput(nama=nama, kelompok=Kelompok(kelompok), satuan="%", target=Decimal(100),
                      realisasi=None, triwulan=2, target_triwulan=None if target_tw is None else Decimal(target_tw),
                      realisasi_triwulan=None if real_tw is None else Decimal(real_tw))


@pytest.mark.parametrize(("rows", "rata", "terukur", "tidak"), [
    # The reference series at TW II: 50 of 50 and 45 of 50.
    ([("A", "utama", "50", "50"), ("B", "utama", "50", "45")], "95.00", 2, 0),
    # Nilai SAKIP planned in TW III only: not measurable at TW II, left out of the mean (never 0 %).
    ([("A", "utama", "50", "50"), ("SAKIP", "utama", None, "80")], "100.00", 1, 1),
    # Kinerja lainnya never enters the sasaran strategis mean.
    ([("A", "utama", "50", "25"), ("L", "lainnya", "50", "50")], "50.00", 1, 0),
    # Nothing realised yet: no data, no mean.
    ([("A", "utama", "50", None)], None, 0, 1),
])
def test_ringkasan_triwulan_of_the_latest_pk(rows: list[tuple[str, str, str | None, str | None]], rata: str | None,
                                             terukur: int, tidak: int) -> None:
    lama = ukur_pk("awal", "2021-2026", [_baris("X", "utama", "50", "0")])
    baru = ukur_pk("perubahan", "2025-2029", [_baris(*r) for r in rows])
    r = ringkasan_triwulan([lama, baru])
    assert r is not None
    assert r.rata_rata_capaian == (None if rata is None else Decimal(rata))
    assert (r.jumlah - r.tidak_terukur, r.tidak_terukur) == (terukur, tidak)


def test_ringkasan_triwulan_outside_a_triwulan_measurement_is_none() -> None:
    annual = ukur_pk("awal", "2025-2029", [BarisInput("A", Kelompok.UTAMA, "%", Decimal(100), Decimal(90))])
    assert ringkasan_triwulan([annual]) is None and ringkasan_triwulan([]) is None
