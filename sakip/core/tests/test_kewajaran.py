"""Plausibility rules at the door: whole counts, shares up to 100 %, far-off values, pagu."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.kewajaran import (
    KALI_LOMPATAN,
    KALI_TARGET,
    SATUAN_BULAT_AWAL,
    galat_bulat,
    galat_persen,
    melebihi_pagu,
    persen_bagian,
    pertanyaan_kewajaran,
)

D = Decimal


@pytest.mark.parametrize(("nilai", "ditolak"), [
    (D("3.5"), True), (D("3"), False), (D("3.0000"), False), (D("0.25"), True), (None, False), (D(0), False),
])
def test_satuan_bulat_menolak_pecahan(nilai: Decimal | None, ditolak: bool) -> None:
    pesan = galat_bulat(nilai, "Laporan")
    assert (pesan is not None) is ditolak
    if ditolak:
        assert "Laporan" in pesan and "bilangan bulat" in pesan


@pytest.mark.parametrize(("nama", "satuan", "tanda", "bagian"), [
    ("Persentase Realisasi Anggaran PD", "%", False, True),
    ("Proporsi desa mandiri", "persen", False, True),
    ("Cakupan pelayanan administrasi kependudukan", "%", False, True),
    ("Persentase pertumbuhan PAD", "%", False, False),  # a change may exceed 100 %
    ("Persentase peningkatan IKM", "%", False, False),
    ("Persentase sekolah terakreditasi", "Dokumen", False, False),  # not a % unit
    ("Indeks Kepuasan Masyarakat", "%", False, False),
    ("Indeks Kepuasan Masyarakat", "%", True, True),  # the explicit flag
])
def test_persen_bagian(nama: str, satuan: str, tanda: bool, bagian: bool) -> None:
    assert persen_bagian(nama, satuan, tanda=tanda) is bagian


@pytest.mark.parametrize(("nilai", "ditolak"), [(D(100), False), (D("100.01"), True), (D(262), True), (None, False)])
def test_persen_di_atas_seratus(nilai: Decimal | None, ditolak: bool) -> None:
    assert (galat_persen(nilai) is not None) is ditolak


@pytest.mark.parametrize(("nilai", "target", "sebelumnya", "tanya"), [
    (D(1_250_000), D(40), None, "lebih dari 10 kali target 40"),  # the user's example
    (D(1200), D(40), None, "lebih dari 10 kali target 40"),  # 30x target
    (D(400), D(40), None, None),  # exactly 10x passes
    (D(401), D(40), None, "lebih dari 10 kali target"),
    (D(500), None, D(5), None),  # exactly 100x passes
    (D(501), None, D(5), "lebih dari 100 kali nilai sebelumnya 5"),
    (D(501), D(0), D(5), "lebih dari 100 kali nilai sebelumnya"),  # a zero target says nothing
    (D(0), D(40), D(5), None),
    (D(-3), D(1), None, None),
    (None, D(1), D(1), None),
    (D(39), D(40), D(38), None),
])
def test_pertanyaan_kewajaran(nilai: Decimal | None, target: Decimal | None, sebelumnya: Decimal | None,
                              tanya: str | None) -> None:
    pesan = pertanyaan_kewajaran(nilai, target, sebelumnya)
    if tanya is None:
        assert pesan is None
    else:
        assert pesan is not None and tanya in pesan


@given(st.decimals(min_value=D("0.0001"), max_value=D(10**9), places=4),
       st.decimals(min_value=D("0.0001"), max_value=D(10**6), places=4))
def test_dalam_sepuluh_kali_target_tak_ditanya(target: Decimal, faktor: Decimal) -> None:
    nilai = target * min(faktor, KALI_TARGET)
    assert pertanyaan_kewajaran(nilai, target, None) is None
    assert pertanyaan_kewajaran(target * KALI_TARGET + D("0.0001"), target, None) is not None


@given(st.decimals(min_value=D("0.0001"), max_value=D(10**9), places=4))
def test_lompatan_seratus_kali_ditanya(sebelumnya: Decimal) -> None:
    assert pertanyaan_kewajaran(sebelumnya * KALI_LOMPATAN, None, sebelumnya) is None
    assert pertanyaan_kewajaran(sebelumnya * KALI_LOMPATAN + D("0.0001"), None, sebelumnya) is not None


@pytest.mark.parametrize(("jumlah", "pagu", "lebih"), [
    (D(110), D(100), True), (D(100), D(100), False), (D(5), None, False), (D(0), D(0), False),
])
def test_melebihi_pagu(jumlah: Decimal, pagu: Decimal | None, lebih: bool) -> None:
    assert melebihi_pagu(jumlah, pagu) is lebih


@pytest.mark.parametrize(("satuan", "utuh"), [
    ("Orang", True), ("orang/bulan", True), ("Dokumen / Tahun", True), ("Indeks", False), ("%", False),
    ("Paket", False),  # the Admin Pemda allowed fractions of a Paket
    ("Nilai/Orang", False), ("Jam/Orang", False),
])
def test_aturan_satuan(satuan: str, utuh: bool) -> None:
    from sakip.core.kewajaran import AturanSatuan, kunci_satuan
    aturan = AturanSatuan(frozenset(kunci_satuan(s) for s in SATUAN_BULAT_AWAL) - {"paket"}, frozenset({"paket"}))
    assert aturan.dihitung_utuh(satuan) is utuh
