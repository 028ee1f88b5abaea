"""The audit trail: every change through the services leaves old → new, and the trail cannot be rewritten."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory

from sakip.anggaran.models import MataAnggaran
from sakip.anggaran.services import catat_realisasi_anggaran
from sakip.audit.context import Sumber, pelaku
from sakip.audit.models import Jejak
from sakip.perencanaan.models import Indikator
from sakip.perencanaan.services import ubah_target
from sakip.realisasi.services import catat_realisasi, simpan_narasi_unit

pytestmark = pytest.mark.django_db


def diketik() -> Indikator:
    """A Mojosari indicator whose realisasi is typed (its IKM is read from the SKM, never typed)."""
    return (Indikator.objects.filter(unit__slug="kecamatan-mojosari", periode__nama="2025-2029", kode_standar="",
                                     turunan__isnull=True).order_by("pk").first())


def test_realisasi_change_records_who_where_and_old_to_new() -> None:
    ind = diketik()
    user = User.objects.get(username="operator.mojosari")
    with pelaku(user, Sumber.API):
        catat_realisasi(ind, 2026, {"TW1": Decimal("90.10"), "TW2": Decimal("91.30")})
        catat_realisasi(ind, 2026, {"TW1": Decimal("90.1"), "TW2": Decimal("92")})  # TW1 unchanged
    rows = list(Jejak.objects.filter(indikator_id=ind.pk, tahun=2026, sumber="api").order_by("pk"))
    assert [(j.field, j.lama, j.baru) for j in rows] == [
        ("TW1", "", "90.1"), ("TW2", "", "91.3"), ("TW2", "91.3", "92")]
    assert {(j.pengguna_id, j.nama_pengguna, j.sumber, j.unit_id) for j in rows} == {
        (user.pk, "operator.mojosari", "api", ind.unit_id)}


def test_without_a_context_the_change_is_the_systems() -> None:
    ind = diketik()
    catat_realisasi(ind, 2027, {"TW1": Decimal("1")})
    j = Jejak.objects.filter(indikator_id=ind.pk, tahun=2027).latest("pk")
    assert (j.sumber, j.pengguna_id) == ("sistem", None)


def test_targets_budget_and_narratives_are_audited() -> None:
    ind = diketik()
    lama = ind.target.get(tahun=2026).nilai if ind.target.filter(tahun=2026).exists() else None
    with pelaku(None, Sumber.PERINTAH):
        ubah_target(ind, {2026: Decimal("97.5")})
        line = MataAnggaran.objects.filter(unit=ind.unit, tahun=2025, tingkat="sub_kegiatan").first()
        catat_realisasi_anggaran(line, {1: Decimal("1234.5")})
        simpan_narasi_unit(ind.unit, 2025, "kesimpulan", "Kesimpulan baru.")
    t = Jejak.objects.get(model="perencanaan.target", indikator_id=ind.pk, tahun=2026, sumber="perintah")
    assert (t.lama, t.baru, t.sumber) == ("" if lama is None else format(lama.normalize(), "f"), "97.5", "perintah")
    b = Jejak.objects.get(model="anggaran.realisasianggaran", objek_id=f"{line.pk}/1", sumber="perintah")
    assert b.baru == "1234.5" and b.unit_id == ind.unit_id
    n = Jejak.objects.get(model="realisasi.narasiunit", field="kesimpulan", unit=ind.unit, tahun=2025,
                          sumber="perintah")
    assert n.baru == "Kesimpulan baru."


def test_trail_cannot_be_changed_or_deleted() -> None:
    catat_realisasi(diketik(), 2028, {"TW1": Decimal("5")})
    j = Jejak.objects.filter(tahun=2028).first()
    j.baru = "palsu"
    with pytest.raises(PermissionDenied):
        j.save()
    with pytest.raises(PermissionDenied):
        j.delete()
    with pytest.raises(PermissionDenied):
        Jejak.objects.filter(tahun=2028).update(baru="palsu")
    with pytest.raises(PermissionDenied):
        Jejak.objects.filter(tahun=2028).delete()


def test_admin_shows_the_trail_read_only() -> None:
    model_admin = admin.site._registry[Jejak]
    request = RequestFactory().get("/admin/")
    request.user = User.objects.get(username="admin")
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)
    assert not model_admin.has_delete_permission(request)


def test_web_middleware_attributes_writes_to_the_request_user() -> None:
    from sakip.audit.context import saat_ini
    from sakip.audit.middleware import PelakuMiddleware

    seen = []
    mw = PelakuMiddleware(lambda r: seen.append(saat_ini()) or None)  # type: ignore[func-returns-value]
    request = RequestFactory().get("/")
    request.user = User.objects.get(username="kepala.mojosari")
    mw(request)
    assert (seen[0].user.username, seen[0].sumber) == ("kepala.mojosari", "web")
    assert saat_ini().sumber == "sistem"
