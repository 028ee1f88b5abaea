"""Pagu changes and new DPA lines: validated, one transaction, every change in the audit trail."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

from sakip.anggaran.models import MataAnggaran
from sakip.anggaran.services import (
    catat_realisasi_anggaran,
    tambah_mata_anggaran,
    tambah_sub_kegiatan,
    ubah_pagu,
)
from sakip.audit.context import Sumber, pelaku
from sakip.audit.models import Jejak
from sakip.organisasi.models import Unit
from sakip.pengukuran.services import budget_lines

pytestmark = pytest.mark.django_db


@pytest.fixture
def unit() -> Unit:
    return Unit.objects.get(slug="bagian-organisasi")


@pytest.fixture
def dpa(unit: Unit) -> dict[str, MataAnggaran]:
    """A small DPA of a year the demo does not use: program → kegiatan → two sub kegiatan."""
    prog = tambah_mata_anggaran(unit, 2031, tingkat="program", kode="4.01.01", nama="Program X", urutan=1)
    keg = tambah_mata_anggaran(unit, 2031, tingkat="kegiatan", kode="4.01.01.2.10", nama="K", induk=prog, urutan=2)
    s1 = tambah_mata_anggaran(unit, 2031, tingkat="sub_kegiatan", kode="4.01.01.2.10.0001", nama="S1", induk=keg,
                           pagu=Decimal("1000000"), urutan=3)
    s2 = tambah_mata_anggaran(unit, 2031, tingkat="sub_kegiatan", kode="4.01.01.2.10.0002", nama="S2", induk=keg,
                           pagu=Decimal("500000"), urutan=4)
    tambah_mata_anggaran(unit, 2031, tingkat="program", kode="4.01.02", nama="Program Y", urutan=5)
    return {"prog": prog, "keg": keg, "s1": s1, "s2": s2}


def jejak_pagu(line: MataAnggaran) -> list[tuple[str, str, str, str]]:
    return [(j.field, j.lama, j.baru, j.alasan) for j in
            Jejak.objects.filter(model="anggaran.mataanggaran", objek_id=str(line.pk)).order_by("pk")]


def test_every_created_line_leaves_one_trail_row(dpa: dict[str, MataAnggaran]) -> None:
    assert jejak_pagu(dpa["prog"]) == [("nama", "", "Program X", "")]
    assert jejak_pagu(dpa["keg"]) == [("nama", "", "K", "")]
    assert jejak_pagu(dpa["s1"]) == [("pagu", "", "1000000", "")]
    j = Jejak.objects.get(model="anggaran.mataanggaran", objek_id=str(dpa["s1"].pk))
    assert (j.unit_id, j.tahun, j.objek) == (dpa["s1"].unit_id, 2031, "Sub Kegiatan 4.01.01.2.10.0001 S1")


def test_set_pagu_stores_and_audits_old_to_new_with_reason(dpa: dict[str, MataAnggaran]) -> None:
    s1 = dpa["s1"]
    user = User.objects.get(username="operator.organisasi")
    with pelaku(user, Sumber.WEB):
        assert ubah_pagu(s1, Decimal("1250000.50"), alasan="DPA perubahan")
    s1.refresh_from_db()
    assert s1.pagu == Decimal("1250000.50")
    j = Jejak.objects.filter(model="anggaran.mataanggaran", objek_id=str(s1.pk)).latest("pk")
    assert (j.field, j.lama, j.baru, j.alasan, j.sumber, j.nama_pengguna) == (
        "pagu", "1000000", "1250000.5", "DPA perubahan", "web", "operator.organisasi")
    (root, _) = budget_lines(s1.unit, 2031)
    assert root.total_pagu == Decimal("1750000.50")  # parents stay sums of their leaves


def test_unchanged_pagu_writes_nothing(dpa: dict[str, MataAnggaran]) -> None:
    before = Jejak.objects.count()
    assert not ubah_pagu(dpa["s1"], Decimal("1000000.00"))
    assert Jejak.objects.count() == before


@pytest.mark.parametrize(("pagu", "pesan"), [
    (Decimal("-1"), "tidak boleh negatif"),
    (Decimal("10.005"), "Pagu 4.01.01.2.10.0001 S1: paling banyak 2 angka di belakang koma"),
    (Decimal("1E16"), "terlalu besar"),
])
def test_invalid_pagu_is_refused(dpa: dict[str, MataAnggaran], pagu: Decimal, pesan: str) -> None:
    with pytest.raises(ValidationError, match=pesan):
        ubah_pagu(dpa["s1"], pagu)
    dpa["s1"].refresh_from_db()
    assert dpa["s1"].pagu == Decimal("1000000")


def test_pagu_only_on_sub_kegiatan(dpa: dict[str, MataAnggaran]) -> None:
    for line in (dpa["prog"], dpa["keg"]):
        with pytest.raises(ValidationError, match="Pagu hanya diisi pada sub kegiatan"):
            ubah_pagu(line, Decimal(5))


def test_pagu_below_recorded_realisasi_is_refused_and_stores_nothing(dpa: dict[str, MataAnggaran]) -> None:
    s1 = dpa["s1"]
    catat_realisasi_anggaran(s1, {1: Decimal("300000"), 2: Decimal("200000")})
    before = Jejak.objects.count()
    with pytest.raises(ValidationError) as err:
        ubah_pagu(s1, Decimal("499999.99"))
    assert "lebih kecil daripada realisasi yang sudah dicatat (Rp\u00a0500.000,00)" in err.value.messages[0]
    s1.refresh_from_db()
    assert s1.pagu == Decimal("1000000") and Jejak.objects.count() == before
    assert ubah_pagu(s1, Decimal("500000"))  # exactly what was spent is allowed


def test_new_sub_kegiatan_goes_after_its_siblings_and_is_audited(dpa: dict[str, MataAnggaran]) -> None:
    with pelaku(None, Sumber.IMPOR):
        s3 = tambah_sub_kegiatan(dpa["keg"], kode="4.01.01.2.10.3", nama="S3", pagu=Decimal("250000"))
    assert s3.kode == "4.01.01.2.10.0003" and s3.induk_id == dpa["keg"].pk
    prog, lain = budget_lines(dpa["keg"].unit, 2031)
    assert [s.nama for s in prog.anak[0].anak] == ["S1", "S2", "S3"] and lain.nama == "Program Y"
    assert prog.total_pagu == Decimal("1750000")
    j = Jejak.objects.get(model="anggaran.mataanggaran", objek_id=str(s3.pk))
    assert (j.field, j.lama, j.baru, j.sumber) == ("pagu", "", "250000", "impor")


def test_new_sub_kegiatan_code_must_sit_under_its_kegiatan_and_be_new(dpa: dict[str, MataAnggaran]) -> None:
    with pytest.raises(ValidationError, match="tidak berada di bawah kegiatan 4.01.01.2.10"):
        tambah_sub_kegiatan(dpa["keg"], kode="4.01.01.2.11.0001", nama="S", pagu=Decimal(1))
    with pytest.raises(ValidationError, match="sudah ada"):
        tambah_sub_kegiatan(dpa["keg"], kode="4.01.01.2.10.0001", nama="S", pagu=Decimal(1))
    with pytest.raises(ValidationError, match="harus berada di bawah kegiatan"):
        tambah_sub_kegiatan(dpa["prog"], kode="4.01.01.2.10.0009", nama="S", pagu=Decimal(1))
    with pytest.raises(ValidationError, match="bukan kode"):
        tambah_sub_kegiatan(dpa["keg"], kode="4.01.01.2.10", nama="S", pagu=Decimal(1))
