"""User management by the Admin Pemda."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from sakip.organisasi.models import Keanggotaan, Unit

pytestmark = pytest.mark.django_db

SANDI = "Kuat-dan-Panjang-2026"


def test_admin_creates_an_operator_who_can_then_work(admin: Client) -> None:
    dlanggu = Unit.objects.get(slug="kecamatan-dlanggu")
    r = admin.post("/pengguna/tambah/", {"username": "operator.dlanggu", "first_name": "Sri", "email": "",
                                         "peran": "operator_pd", "unit": dlanggu.pk,
                                         "password1": SANDI, "password2": SANDI})
    assert r.status_code == 302
    client = Client()
    assert client.login(username="operator.dlanggu", password=SANDI)
    assert client.get("/").url == "/pd/kecamatan-dlanggu/"
    assert client.get("/pd/kecamatan-mojosari/").status_code == 403
    assert not User.objects.get(username="operator.dlanggu").is_staff


def test_a_new_admin_pemda_sees_the_read_only_admin(admin: Client) -> None:
    r = admin.post("/pengguna/tambah/", {"username": "admin.kedua", "first_name": "", "email": "",
                                         "peran": "admin_pemda", "unit": "", "password1": SANDI, "password2": SANDI})
    assert r.status_code == 302
    assert User.objects.get(username="admin.kedua").is_staff
    client = Client()
    assert client.login(username="admin.kedua", password=SANDI)
    assert client.get("/admin/").status_code == 200


def test_user_form_explains_mistakes(admin: Client) -> None:
    r = admin.post("/pengguna/tambah/", {"username": "operator.mojosari", "peran": "operator_pd",
                                         "password1": "123", "password2": "124"})
    html = r.content.decode()
    assert r.status_code == 422
    assert "Kedua kata sandi tidak sama." in html
    r = admin.post("/pengguna/tambah/", {"username": "baru", "peran": "operator_pd", "password1": SANDI,
                                         "password2": SANDI})
    assert "harus dikaitkan dengan satu perangkat daerah" in r.content.decode()
    r = admin.post("/pengguna/tambah/", {"username": "operator.mojosari", "peran": "pimpinan", "password1": SANDI,
                                         "password2": SANDI})
    assert "sudah dipakai" in r.content.decode()


def test_admin_adds_and_removes_roles_and_deactivates(admin: Client) -> None:
    target = User.objects.get(username="pimpinan")
    url = f"/pengguna/{target.pk}/"
    admin.post(url, {"aksi": "peran", "peran": "inspektorat", "unit": ""})
    assert Keanggotaan.objects.filter(user=target, peran="inspektorat").exists()
    m = Keanggotaan.objects.get(user=target, peran="inspektorat")
    admin.post(url, {"aksi": "hapus_peran", "keanggotaan": m.pk})
    assert not Keanggotaan.objects.filter(pk=m.pk).exists()
    admin.post(url, {"aksi": "nonaktif"})
    assert not User.objects.get(pk=target.pk).is_active
    assert not Client().login(username="pimpinan", password="sakip-demo")


def test_only_the_admin_manages_users(masuk: Callable[[str], Client]) -> None:
    for username in ("operator.mojosari", "kepala.mojosari", "inspektorat", "pimpinan"):
        assert masuk(username).get("/pengguna/").status_code == 403
