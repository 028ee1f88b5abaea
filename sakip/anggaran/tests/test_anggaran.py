"""Budget lines: only sub kegiatan carry money; codes and levels agree; parents are sums."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from sakip.anggaran.models import MataAnggaran
from sakip.anggaran.services import catat_realisasi_anggaran, tambah_mata_anggaran
from sakip.organisasi.models import Unit
from sakip.pengukuran.services import budget_lines

pytestmark = pytest.mark.django_db


@pytest.fixture
def unit() -> Unit:
    return Unit.objects.get(slug="bagian-organisasi")


def test_program_cannot_carry_a_pagu(unit: Unit) -> None:
    with pytest.raises(ValidationError) as err:
        tambah_mata_anggaran(unit, 2030, tingkat="program", kode="4.01.01", nama="Program X", pagu=Decimal(5))
    assert "Pagu hanya diisi pada sub kegiatan" in str(err.value)


def test_code_must_match_the_level(unit: Unit) -> None:
    with pytest.raises(ValidationError) as err:
        tambah_mata_anggaran(unit, 2030, tingkat="program", kode="4.01.01.2.10", nama="Program X")
    assert "bukan kode program" in str(err.value)
    with pytest.raises(ValidationError):
        tambah_mata_anggaran(unit, 2030, tingkat="program", kode="4-01-01", nama="Program X")


def test_sub_kegiatan_needs_a_kegiatan_parent(unit: Unit) -> None:
    prog = tambah_mata_anggaran(unit, 2030, tingkat="program", kode="4.01.01", nama="Program X")
    with pytest.raises(ValidationError) as err:
        tambah_mata_anggaran(unit, 2030, tingkat="sub_kegiatan", kode="4.01.01.2.10.0001", nama="S", induk=prog,
                          pagu=Decimal(1))
    assert "harus berada di bawah kegiatan" in str(err.value)


def test_two_digit_sub_kegiatan_codes_are_widened_and_roll_up(unit: Unit) -> None:
    prog = tambah_mata_anggaran(unit, 2030, tingkat="program", kode="4.01.01", nama="Program X")
    keg = tambah_mata_anggaran(unit, 2030, tingkat="kegiatan", kode="4.01.01.2.10", nama="K", induk=prog)
    sub = tambah_mata_anggaran(unit, 2030, tingkat="sub_kegiatan", kode="4.01.01.2.10.01", nama="S", induk=keg,
                            pagu=Decimal("1000000"))
    assert sub.kode == "4.01.01.2.10.0001"
    catat_realisasi_anggaran(sub, {1: Decimal("250000"), 2: Decimal("300000")})
    (root,) = budget_lines(unit, 2030)
    assert (root.total_pagu, root.total_realisasi, root.persen()) == (
        Decimal("1000000"), Decimal("550000"), Decimal("55.00"))
    assert root.realisasi_sd(1) == Decimal("250000")


def test_realisasi_is_recorded_only_on_sub_kegiatan(unit: Unit) -> None:
    prog = MataAnggaran.objects.filter(unit=unit, tahun=2025, tingkat="program").first()
    with pytest.raises(ValidationError):
        catat_realisasi_anggaran(prog, {1: Decimal(1)})
    sub = MataAnggaran.objects.filter(unit=unit, tahun=2025, tingkat="sub_kegiatan").first()
    with pytest.raises(ValidationError):
        catat_realisasi_anggaran(sub, {5: Decimal(1)})
    with pytest.raises(ValidationError):
        catat_realisasi_anggaran(sub, {1: Decimal(-1)})


def test_pelaksana_must_be_a_sub_unit(unit: Unit) -> None:
    prog = tambah_mata_anggaran(unit, 2030, tingkat="program", kode="4.01.01", nama="Program X")
    keg = tambah_mata_anggaran(unit, 2030, tingkat="kegiatan", kode="4.01.01.2.10", nama="K", induk=prog)
    kauman = Unit.objects.get(slug="kelurahan-kauman")
    with pytest.raises(ValidationError) as err:
        tambah_mata_anggaran(unit, 2030, tingkat="sub_kegiatan", kode="4.01.01.2.10.0001", nama="S", induk=keg,
                          pagu=Decimal(1), pelaksana=kauman)
    assert "bukan sub unit" in str(err.value)
