"""The one check of stored numbers: bounds per kind, decimals, and values Decimal cannot carry."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.batas import BATAS, AngkaDitolak, JenisAngka, jenis_satuan, periksa, periksa_satuan


@pytest.mark.parametrize(
    ("satuan", "jenis"),
    [("%", JenisAngka.PERSEN), (" Persen ", JenisAngka.PERSEN), ("Rp", JenisAngka.RUPIAH),
     ("Rupiah", JenisAngka.RUPIAH), ("Orang", JenisAngka.JUMLAH), ("Dokumen", JenisAngka.JUMLAH),
     ("Indeks", JenisAngka.NILAI), ("", JenisAngka.NILAI), ("Nilai", JenisAngka.NILAI)],
)
def test_jenis_dibaca_dari_satuan(satuan: str, jenis: JenisAngka) -> None:
    assert jenis_satuan(satuan) is jenis


@pytest.mark.parametrize(
    ("teks", "jenis", "pesan"),
    [
        ("1e16", JenisAngka.NILAI, "nilai terlalu besar"),
        ("1e400", JenisAngka.NILAI, "nilai terlalu besar"),
        ("-1e300", JenisAngka.NILAI, "nilai terlalu kecil"),
        ("99999999999999999999999", JenisAngka.JUMLAH, "jumlah terlalu besar"),
        ("1e17", JenisAngka.RUPIAH, "jumlah rupiah terlalu besar"),
        ("-5", JenisAngka.RUPIAH, "jumlah rupiah tidak boleh negatif"),
        ("-1", JenisAngka.JUMLAH, "jumlah tidak boleh negatif"),
        ("10000.5", JenisAngka.PERSEN, "persentase terlalu besar"),
        ("1.00001", JenisAngka.NILAI, "paling banyak 4 angka di belakang koma"),
        ("1.005", JenisAngka.RUPIAH, "paling banyak 2 angka di belakang koma"),
        ("NaN", JenisAngka.NILAI, "bukan NaN"),
        ("Infinity", JenisAngka.PERSEN, "bukan NaN"),
        ("100000", JenisAngka.SKALA, "batas skala terlalu besar"),
    ],
)
def test_angka_yang_ditolak(teks: str, jenis: JenisAngka, pesan: str) -> None:
    with pytest.raises(AngkaDitolak, match=pesan):
        periksa(Decimal(teks), jenis)


def test_nol_di_belakang_koma_tidak_dihitung() -> None:
    assert periksa(Decimal("93.150000"), JenisAngka.PERSEN) == Decimal("93.15")
    assert str(periksa(Decimal("93.150000"), JenisAngka.PERSEN)) == "93.1500"
    assert periksa(Decimal("-0"), JenisAngka.NILAI).is_signed() is False
    assert periksa(Decimal("1E+3"), JenisAngka.JUMLAH) == 1000


def test_bukan_decimal_ditolak() -> None:
    with pytest.raises(AngkaDitolak):
        periksa(1.5, JenisAngka.NILAI)  # type: ignore[arg-type]  # a float is refused on purpose
    assert periksa_satuan(Decimal("9759995720.00"), "Rp") == Decimal("9759995720")


@given(st.sampled_from(list(JenisAngka)), st.decimals(allow_nan=True, allow_infinity=True))
def test_yang_lolos_muat_di_kolom_dan_dapat_dihitung(jenis: JenisAngka, nilai: Decimal) -> None:
    """Whatever passes fits its column and survives the engine's arithmetic without an exception."""
    try:
        hasil = periksa(nilai, jenis)
    except AngkaDitolak:
        return
    b = BATAS[jenis]
    assert b.bawah <= hasil <= b.atas
    assert -int(hasil.as_tuple().exponent) <= b.desimal  # finite, so the exponent is an int
    terkecil = Decimal(1).scaleb(-b.desimal)
    (hasil / terkecil * 100).quantize(Decimal("0.01"))
    (hasil * 1000).quantize(Decimal("0.01"))
