"""Per-PD rights: who may see, enter, approve and review what (the demo cast)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied
from django.http import Http404

from sakip.organisasi.akses import Aksi, allowed, unit_for_user, units_for_user
from sakip.organisasi.models import Unit

pytestmark = pytest.mark.django_db


def user(name: str) -> User:
    return User.objects.get(username=name)


@pytest.mark.parametrize(
    ("username", "slug", "aksi", "expected"),
    [
        ("operator.mojosari", "kecamatan-mojosari", Aksi.ISI, True),
        ("operator.mojosari", "kelurahan-kauman", Aksi.ISI, True),  # a sub unit of Mojosari
        ("operator.mojosari", "kecamatan-mojosari", Aksi.SETUJUI, False),
        ("operator.mojosari", "bagian-organisasi", Aksi.LIHAT, False),
        ("operator.mojosari", "dinas-pendidikan", Aksi.LIHAT, False),
        ("operator.organisasi", "kecamatan-mojosari", Aksi.ISI, False),
        ("operator.organisasi", "bagian-organisasi", Aksi.ISI, True),
        ("operator.organisasi", "sekretariat-daerah", Aksi.LIHAT, False),  # parent, not child
        ("kepala.mojosari", "kecamatan-mojosari", Aksi.SETUJUI, True),
        ("kepala.mojosari", "kecamatan-mojosari", Aksi.ISI, False),
        ("inspektorat", "dinas-pendidikan", Aksi.LIHAT, True),
        ("inspektorat", "dinas-pendidikan", Aksi.REVIU, True),
        ("inspektorat", "dinas-pendidikan", Aksi.ISI, False),
        ("pimpinan", "kecamatan-mojosari", Aksi.LIHAT, True),
        ("pimpinan", "kecamatan-mojosari", Aksi.SETUJUI, False),
        ("admin", "kecamatan-mojosari", Aksi.KELOLA, True),
    ],
)
def test_rights_of_the_demo_cast(username: str, slug: str, aksi: Aksi, expected: bool) -> None:
    assert allowed(user(username), Unit.objects.get(slug=slug), aksi) is expected


def test_anonymous_has_no_rights() -> None:
    assert not allowed(AnonymousUser(), Unit.objects.get(slug="kecamatan-mojosari"), Aksi.LIHAT)
    assert not units_for_user(AnonymousUser()).exists()


def test_units_for_operator_are_own_unit_and_sub_units() -> None:
    slugs = set(units_for_user(user("operator.mojosari"), Aksi.ISI).values_list("slug", flat=True))
    assert slugs == {"kecamatan-mojosari", "kelurahan-kauman", "kelurahan-wonokusumo", "kelurahan-sawahan",
                     "kelurahan-mojosari", "kelurahan-sarirejo"}
    assert units_for_user(user("inspektorat")).count() == Unit.objects.count()
    assert not units_for_user(user("inspektorat"), Aksi.ISI).exists()


def test_unit_for_user_404_and_403() -> None:
    with pytest.raises(Http404):
        unit_for_user(user("admin"), "kecamatan-atlantis")
    with pytest.raises(PermissionDenied):
        unit_for_user(user("operator.organisasi"), "kecamatan-mojosari", Aksi.ISI)
    assert unit_for_user(user("operator.mojosari"), "kecamatan-mojosari", Aksi.ISI).slug == "kecamatan-mojosari"


def test_a_role_in_another_pemda_gives_nothing() -> None:
    from sakip.organisasi.models import Keanggotaan, Peran
    from sakip.organisasi.services import buat_pemda

    other = buat_pemda(slug="kabupaten-lain", nama="Kabupaten Lain", provinsi="Jawa Timur")
    u = User.objects.create_user("admin.lain")
    Keanggotaan.objects.create(user=u, pemda=other, peran=Peran.ADMIN_PEMDA)
    assert not allowed(u, Unit.objects.get(slug="kecamatan-mojosari"), Aksi.LIHAT)
