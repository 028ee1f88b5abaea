"""The analysis of an indicator follows what happened: every outcome × polarity (issue 16).

A missed target is headed "belum tercapai" and gets faktor penghambat, solusi and rencana tindak
lanjut; it never prints the stored "faktor pendorong keberhasilan".
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.aggregation import Agregasi
from sakip.core.capaian import Polaritas, hitung_capaian
from sakip.core.narasi import (
    BELUM_DITULIS,
    DEFINISI_RATA_RATA,
    FaktaIndikator,
    HasilIndikator,
    NarasiTertulis,
    bagian_narasi,
    catatan_kumulatif,
    hasil_indikator,
    judul_hasil,
    kalimat_capaian,
    narasi_kosong,
    narasi_wajib,
)

D = Decimal
POS, NEG = Polaritas.POSITIF, Polaritas.NEGATIF
LENGKAP = NarasiTertulis("Keberhasilan capaian target tersebut dikarenakan A", "Penghambat B", "Solusi C",
                         "Tindak lanjut D")

# (polaritas, target, realisasi, hasil, judul, phrase of the capaian sentence)
KASUS = [
    (POS, "92", "93.15", HasilIndikator.TERCAPAI, "Target terlampaui", "melampaui target"),
    (POS, "100", "100", HasilIndikator.TERCAPAI, "Target tercapai", "tercapai sepenuhnya"),
    (POS, "91.5", "90.31", HasilIndikator.BELUM_TERCAPAI, "Target belum tercapai", "Target belum tercapai"),
    (POS, "0", "5", HasilIndikator.TIDAK_DAPAT_DIUKUR, "Capaian tidak dapat diukur", "tidak dapat dihitung"),
    (POS, "90", None, HasilIndikator.TIDAK_DAPAT_DIUKUR, "Capaian tidak dapat diukur", "belum dapat diukur"),
    (NEG, "10.5", "10.2", HasilIndikator.TERCAPAI, "Target terlampaui", "melampaui target"),
    (NEG, "10.5", "10.5", HasilIndikator.TERCAPAI, "Target tercapai", "tercapai sepenuhnya"),
    (NEG, "10.5", "11", HasilIndikator.BELUM_TERCAPAI, "Target belum tercapai", "Target belum tercapai"),
    (NEG, "4", None, HasilIndikator.TIDAK_DAPAT_DIUKUR, "Capaian tidak dapat diukur", "belum dapat diukur"),
]


def _fakta(pol: Polaritas, target: str, real: str | None) -> FaktaIndikator:
    t, r = D(target), None if real is None else D(real)
    return FaktaIndikator("Indikator X", "Sasaran Y", False, 2025, "%", 2, t, r, hitung_capaian(t, r, pol), pol)


@pytest.mark.parametrize(("pol", "target", "real", "hasil", "judul", "frasa"), KASUS)
def test_outcome_heading_and_sentence(pol, target, real, hasil, judul, frasa) -> None:
    f = _fakta(pol, target, real)
    assert hasil_indikator(f.capaian) is hasil
    assert judul_hasil(f) == judul
    assert frasa in kalimat_capaian(f)


@pytest.mark.parametrize(("pol", "target", "real", "hasil", "judul", "frasa"), KASUS)
def test_printed_narratives_follow_the_outcome(pol, target, real, hasil, judul, frasa) -> None:
    bagian = bagian_narasi(hasil_indikator(_fakta(pol, target, real).capaian), LENGKAP)
    labels = [label for label, _ in bagian]
    teks = " ".join(t for _, t in bagian)
    if hasil is HasilIndikator.TERCAPAI:
        assert labels == ["Faktor pendorong keberhasilan", "Faktor penghambat yang masih dihadapi",
                          "Rencana tindak lanjut"]
    elif hasil is HasilIndikator.BELUM_TERCAPAI:
        assert labels == ["Faktor penghambat", "Alternatif solusi yang telah dilakukan", "Rencana tindak lanjut"]
        assert "eberhasilan" not in " ".join(labels) + teks  # never success wording for a miss
    else:
        assert labels == ["Kendala pengukuran", "Rencana tindak lanjut"]
        assert "eberhasilan" not in " ".join(labels) + teks


def test_negative_polarity_says_what_below_target_means() -> None:
    good = kalimat_capaian(_fakta(NEG, "10.5", "10.2"))
    assert "makin rendah makin baik: realisasi di bawah target berarti kinerja lebih baik" in good
    bad = kalimat_capaian(_fakta(NEG, "10.5", "11"))
    assert "realisasi di atas target berarti kinerja lebih buruk" in bad
    assert "makin rendah" not in kalimat_capaian(_fakta(POS, "92", "93.15"))


@pytest.mark.parametrize(
    ("hasil", "narasi", "kosong"),
    [
        (HasilIndikator.BELUM_TERCAPAI, None, ["faktor_penghambat", "solusi", "rencana_tindak_lanjut"]),
        (HasilIndikator.BELUM_TERCAPAI, NarasiTertulis("ok", "p", " ", ""), ["solusi", "rencana_tindak_lanjut"]),
        (HasilIndikator.BELUM_TERCAPAI, LENGKAP, []),
        (HasilIndikator.TIDAK_DAPAT_DIUKUR, NarasiTertulis(faktor_penghambat="p"), ["rencana_tindak_lanjut"]),
        (HasilIndikator.TERCAPAI, None, []),
    ],
)
def test_required_narratives(hasil, narasi, kosong) -> None:
    assert narasi_kosong(hasil, narasi) == kosong
    assert set(kosong) <= set(narasi_wajib(hasil))
    printed = dict(bagian_narasi(hasil, narasi))
    assert sum(v == BELUM_DITULIS for v in printed.values()) == len(kosong)


def test_success_without_pendorong_prints_nothing() -> None:
    assert bagian_narasi(HasilIndikator.TERCAPAI, NarasiTertulis()) == []


@given(t=st.decimals("0.01", "1000", places=2), r=st.decimals("0", "1000", places=2),
       neg=st.booleans())
def test_heading_agrees_with_capaian(t: Decimal, r: Decimal, neg: bool) -> None:
    cap = hitung_capaian(t, r, NEG if neg else POS)
    hasil = hasil_indikator(cap)
    if cap.persen is None:
        assert hasil is HasilIndikator.TIDAK_DAPAT_DIUKUR
    else:
        assert (hasil is HasilIndikator.TERCAPAI) == (cap.persen >= 100)


def test_cumulative_footnote_explains_a_mean() -> None:
    # The synthetic PD case: an IKM whose 2025 realisasi is 94,57 and whose s.d. figure is the mean.
    s = catatan_kumulatif("IKM", 2025, 2021, D("94.57"), D("92.1"), Agregasi.RATA_RATA, "Nilai", 2)
    assert s == ("IKM: realisasi s.d. 2025 (92,10) berbeda dari realisasi tahun 2025 (94,57) karena realisasi "
                 "s.d. adalah rata-rata realisasi tahunan sejak 2021; progres terhadap target akhir dihitung "
                 "dari realisasi s.d.")
    assert "menjumlahkan" in catatan_kumulatif("X", 2025, 2021, D("1"), D("5"), Agregasi.JUMLAH, "Inovasi", 0)
    assert catatan_kumulatif("X", 2025, 2021, D("94.57"), D("94.570"), Agregasi.RATA_RATA, "Nilai", 2) is None
    assert catatan_kumulatif("X", 2025, 2021, None, D("1"), Agregasi.JUMLAH, "", 0) is None


def test_one_definition_of_rata_rata() -> None:
    assert "Perjanjian Kinerja terakhir" in DEFINISI_RATA_RATA
