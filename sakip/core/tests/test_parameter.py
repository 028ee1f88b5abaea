"""Numbers from URLs: ASCII digits within bounds, everything else refused with the parameter's name."""

from __future__ import annotations

import pytest

from sakip.core import parameter
from sakip.core.parameter import ID_MAKS, KonverterId, KonverterTahun, ParameterTidakSah


@pytest.mark.parametrize(("teks", "nilai"), [(None, None), ("", None), ("  ", None), ("7", 7), (" 12 ", 12),
                                             (str(ID_MAKS), ID_MAKS)])
def test_id_yang_sah(teks: str | None, nilai: int | None) -> None:
    assert parameter.id_(teks, "induk") == nilai


@pytest.mark.parametrize("teks", ["²", "١٢", "-1", "0", "abc", "1.5", "1e3", "+3", "99999999999999999999999",
                                  str(ID_MAKS + 1), "1\x00"])
def test_id_yang_tidak_sah_ditolak_dengan_nama_parameter(teks: str) -> None:
    with pytest.raises(ParameterTidakSah, match="“induk”"):
        parameter.id_(teks, "induk")


def test_tahun_dan_triwulan_dibatasi() -> None:
    assert parameter.tahun("2025") == 2025
    assert parameter.triwulan("4") == 4
    for teks in ("1899", "2201", "99999999999", "²"):
        with pytest.raises(ParameterTidakSah, match="tahun"):
            parameter.tahun(teks)
    for teks in ("0", "5", "04"):
        with pytest.raises(ParameterTidakSah, match="“tw”"):
            parameter.triwulan(teks, "tw")


def test_konverter_menolak_yang_tidak_mungkin_ada() -> None:
    assert KonverterId().to_python("42") == 42
    assert KonverterTahun().to_python("2025") == 2025
    with pytest.raises(ValueError):
        KonverterId().to_python("0")
    with pytest.raises(ValueError):
        KonverterTahun().to_python("9999")
    assert KonverterId().to_url(42) == "42" and KonverterTahun().to_url(2025) == "2025"


def test_tanggal() -> None:
    from datetime import date

    from sakip.core.parameter import ParameterTidakSah, tanggal

    assert tanggal("2026-01-30") == date(2026, 1, 30)
    assert tanggal(None) is None and tanggal(" ") is None
    for salah in ("2026-02-30", "30-01-2026", "2026-1-3", "٢٠٢٦-01-30", "1800-01-01"):
        with pytest.raises(ParameterTidakSah, match="tanggal"):
            tanggal(salah)
