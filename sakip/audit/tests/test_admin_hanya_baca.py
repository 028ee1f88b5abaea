"""The admin is no second write path: every model is read-only there, users and roles included."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import Client, RequestFactory

from sakip.organisasi.models import Keanggotaan, Unit
from sakip.perencanaan.models import Indikator

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser() -> User:
    user = User.objects.get(username="admin")
    assert user.is_superuser and user.is_staff
    return user


@pytest.fixture
def client(superuser: User) -> Client:
    c = Client()
    c.force_login(superuser)
    return c


def test_every_registered_admin_and_inline_refuses_add_change_and_delete(superuser: User) -> None:
    request = RequestFactory().get("/admin/")
    request.user = superuser
    assert len(admin.site._registry) >= 19  # every app's models, plus auth's User and Group
    for model, model_admin in admin.site._registry.items():
        obj = model.objects.first()
        label = model._meta.label
        assert model_admin.has_view_permission(request, obj), label
        assert not model_admin.has_add_permission(request), label
        assert not model_admin.has_change_permission(request, obj), label
        assert not model_admin.has_delete_permission(request, obj), label
        for inline in model_admin.get_inline_instances(request, obj):
            name = f"{label} › {inline.model._meta.label}"
            assert not inline.has_add_permission(request, obj), name
            assert not inline.has_change_permission(request, obj), name
            assert not inline.has_delete_permission(request, obj), name


def test_change_page_shows_the_indicator_without_a_save_button_and_a_post_is_refused(client: Client) -> None:
    ind = Indikator.objects.filter(unit__slug="kecamatan-mojosari", kode_standar="ikm").first()
    url = f"/admin/perencanaan/indikator/{ind.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert ind.nama in html and 'name="_save"' not in html and 'name="nama"' not in html
    nama = ind.nama
    assert client.post(url, {"nama": "Diubah lewat admin", "_save": "Simpan"}).status_code == 403
    ind.refresh_from_db()
    assert ind.nama == nama


@pytest.mark.parametrize("url", [
    "/admin/perencanaan/indikator/add/",
    "/admin/realisasi/realisasi/add/",
    "/admin/organisasi/keanggotaan/add/",
    "/admin/auth/user/add/",
    "/admin/auth/group/add/",
])
def test_add_pages_are_forbidden(client: Client, url: str) -> None:
    assert client.get(url).status_code == 403
    assert client.post(url, {}).status_code == 403


def test_delete_pages_are_forbidden_and_delete_nothing(client: Client) -> None:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    anggota = Keanggotaan.objects.filter(unit=unit).first()
    for url in (f"/admin/organisasi/unit/{unit.pk}/delete/", f"/admin/organisasi/keanggotaan/{anggota.pk}/delete/"):
        assert client.get(url).status_code == 403
        assert client.post(url, {"post": "yes"}).status_code == 403
    assert Unit.objects.filter(pk=unit.pk).exists() and Keanggotaan.objects.filter(pk=anggota.pk).exists()
    # The list offers no bulk "delete selected" action either.
    daftar = client.get("/admin/organisasi/unit/")
    assert daftar.status_code == 200 and "delete_selected" not in daftar.content.decode()


def test_users_are_shown_read_only_and_point_to_the_audited_user_management(client: Client) -> None:
    operator = User.objects.get(username="operator.mojosari")
    url = f"/admin/auth/user/{operator.pk}/change/"
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200 and "operator.mojosari" in html and 'name="_save"' not in html
    assert "Pengguna dan peran diubah lewat Kelola Pengguna (/pengguna/)" in html
    assert client.post(url, {"username": "operator.mojosari", "is_superuser": "on"}).status_code == 403
    password = f"/admin/auth/user/{operator.pk}/password/"
    assert client.get(password).status_code == 403
    assert client.post(password, {"password1": "RahasiaBaru#2025", "password2": "RahasiaBaru#2025"}).status_code == 403
    operator.refresh_from_db()
    assert not operator.is_superuser and operator.check_password("RahasiaBaru#2025") is False
    daftar = client.get("/admin/organisasi/keanggotaan/")
    assert daftar.status_code == 200 and "Kelola Pengguna (/pengguna/)" in daftar.content.decode()
