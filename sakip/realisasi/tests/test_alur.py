"""Approval: draft → diajukan → disetujui → terkunci, writes refused until an audited unlock."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError

from sakip.anggaran.models import MataAnggaran
from sakip.anggaran.services import catat_realisasi_anggaran
from sakip.audit.models import Jejak
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.realisasi import alur
from sakip.realisasi.models import Status
from sakip.realisasi.services import catat_realisasi

# The demo's triwulans are incomplete: the "Ajukan" gate warns here (it is tested in test_kelengkapan).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("kelengkapan_peringatan")]

TAHUN = 2026


def u(name: str) -> User:
    return User.objects.get(username=name)


@pytest.fixture
def mojosari() -> Unit:
    return Unit.objects.get(slug="kecamatan-mojosari")


def diketik() -> Indikator:
    """A Mojosari indicator whose realisasi is typed (its IKM is read from the SKM, never typed)."""
    return (Indikator.objects.filter(unit__slug="kecamatan-mojosari", periode__nama="2025-2029", kode_standar="",
                                     turunan__isnull=True).order_by("pk").first())


def test_full_workflow_locks_and_unlock_needs_admin_and_reason(mojosari: Unit) -> None:
    alur.ajukan(u("operator.mojosari"), mojosari, TAHUN, 1)
    with pytest.raises(ValidationError) as err:
        catat_realisasi(diketik(), TAHUN, {"TW1": Decimal("80")})
    msg = " ".join(err.value.messages)
    assert "Kecamatan Mojosari" in msg and "2026" in msg and "Triwulan I" in msg and "diajukan" in msg
    catat_realisasi(diketik(), TAHUN, {"TW2": Decimal("80")})  # another triwulan stays open
    alur.setujui(u("kepala.mojosari"), mojosari, TAHUN, 1)
    alur.kunci(u("kepala.mojosari"), mojosari, TAHUN, 1)
    assert alur.status_triwulan(mojosari, TAHUN)[1] is Status.TERKUNCI
    with pytest.raises(PermissionDenied):
        alur.buka_kunci(u("kepala.mojosari"), mojosari, TAHUN, 1, "salah ketik")
    with pytest.raises(ValidationError, match="Alasan"):
        alur.buka_kunci(u("admin"), mojosari, TAHUN, 1, "  ")
    alur.buka_kunci(u("admin"), mojosari, TAHUN, 1, "salah ketik TW I")
    catat_realisasi(diketik(), TAHUN, {"TW1": Decimal("81")})
    j = Jejak.objects.filter(model="audit.statustriwulan", unit=mojosari, tahun=TAHUN).order_by("pk")
    assert [(x.lama, x.baru, x.nama_pengguna) for x in j] == [
        ("draft", "diajukan", "operator.mojosari"), ("diajukan", "disetujui", "kepala.mojosari"),
        ("disetujui", "terkunci", "kepala.mojosari"), ("terkunci", "draft", "admin")]
    assert j.last().alasan == "salah ketik TW I"


def test_roles_are_checked_through_the_policy(mojosari: Unit) -> None:
    with pytest.raises(PermissionDenied):
        alur.ajukan(u("kepala.mojosari"), mojosari, TAHUN, 2)  # Kepala does not enter data
    with pytest.raises(PermissionDenied):
        alur.ajukan(u("operator.organisasi"), mojosari, TAHUN, 2)  # another PD
    alur.ajukan(u("operator.mojosari"), mojosari, TAHUN, 2)
    for name in ("operator.mojosari", "inspektorat", "pimpinan"):
        with pytest.raises(PermissionDenied):
            alur.setujui(u(name), mojosari, TAHUN, 2)


def test_steps_must_follow_the_order(mojosari: Unit) -> None:
    with pytest.raises(ValidationError, match="berstatus draf"):
        alur.setujui(u("kepala.mojosari"), mojosari, TAHUN, 3)
    with pytest.raises(ValidationError, match="berstatus draf"):
        alur.kunci(u("admin"), mojosari, TAHUN, 3)
    with pytest.raises(ValidationError, match="Triwulan 5 tidak ada"):
        alur.ajukan(u("operator.mojosari"), mojosari, TAHUN, 5)


def test_budget_realisasi_of_a_locked_triwulan_is_refused(mojosari: Unit) -> None:
    line = MataAnggaran.objects.filter(unit=mojosari, tahun=TAHUN - 1, tingkat="sub_kegiatan").first()
    alur.ajukan(u("operator.mojosari"), mojosari, TAHUN - 1, 4)
    with pytest.raises(ValidationError, match="Triwulan IV"):
        catat_realisasi_anggaran(line, {4: Decimal("1")})
