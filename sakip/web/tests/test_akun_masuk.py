"""Login throttling: wrong passwords lock a username from one address for the cool-off, in Indonesian."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import F
from django.test import Client

from sakip.demo.loader import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

PESAN = "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit atau hubungi Admin Pemda."
SALAH = "Nama pengguna atau kata sandi salah"


def _masuk(client: Client, username: str, password: str, url: str = "/masuk/") -> object:
    return client.post(url, {"username": username, "password": password})


def _gagal_sampai_batas(client: Client, username: str, url: str = "/masuk/", salah: str = SALAH) -> None:
    """AXES_FAILURE_LIMIT wrong passwords: refused as wrong until the last, which locks."""
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        r = _masuk(client, username, "bukan-sandinya", url)
        assert r.status_code == 200 and salah in r.content.decode() and PESAN not in r.content.decode()
    r = _masuk(client, username, "bukan-sandinya", url)
    assert r.status_code == 429
    assert PESAN in r.content.decode()


def test_wrong_passwords_lock_the_account_from_that_address_even_with_the_right_password() -> None:
    client = Client()
    _gagal_sampai_batas(client, "operator.mojosari")

    r = _masuk(client, "operator.mojosari", DEMO_PASSWORD)
    assert r.status_code == 429
    body = r.content.decode()
    assert PESAN in body
    assert "Masuk ditahan sementara" in body and 'class="kepala"' in body  # the app's layout
    assert "_auth_user_id" not in client.session
    attempt = AccessAttempt.objects.get(username="operator.mojosari")
    assert attempt.ip_address == "127.0.0.1"
    assert attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT
    assert "bukan-sandinya" not in attempt.post_data


def test_after_the_cool_off_the_right_password_works_again() -> None:
    client = Client()
    _gagal_sampai_batas(client, "operator.mojosari")
    # Time passes: the attempts are older than the cool-off.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - settings.AXES_COOLOFF_TIME - timedelta(minutes=1))

    r = _masuk(client, "operator.mojosari", DEMO_PASSWORD)
    assert r.status_code == 302
    assert client.session["_auth_user_id"]
    assert client.get("/").status_code == 302  # logged in: sent to the dashboard, not the login page


def test_a_lockout_is_per_username_and_address() -> None:
    _gagal_sampai_batas(Client(), "operator.mojosari")
    # Another user from the same address (an office behind one NAT) still logs in ...
    assert _masuk(Client(), "kepala.mojosari", DEMO_PASSWORD).status_code == 302
    # ... and the locked user from another address too.
    lain = Client(REMOTE_ADDR="10.1.2.3")
    assert _masuk(lain, "operator.mojosari", DEMO_PASSWORD).status_code == 302


def test_a_successful_login_resets_the_count() -> None:
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _masuk(client, "operator.mojosari", "bukan-sandinya").status_code == 200
    assert _masuk(client, "operator.mojosari", DEMO_PASSWORD).status_code == 302
    client.post("/keluar/")
    r = _masuk(client, "operator.mojosari", "bukan-sandinya")
    assert r.status_code == 200 and SALAH in r.content.decode()


def test_the_admin_site_login_is_throttled_too() -> None:
    client = Client()
    _gagal_sampai_batas(client, "admin", "/admin/login/", salah="Kesalahan: Masuk")
    r = _masuk(client, "admin", DEMO_PASSWORD, "/admin/login/")
    assert r.status_code == 429 and PESAN in r.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_admin_pemda_sees_the_attempts_read_only_in_the_admin(masuk: Callable[[str], Client]) -> None:
    _gagal_sampai_batas(Client(), "operator.mojosari")
    admin = masuk("admin")
    r = admin.get("/admin/axes/accessattempt/")
    assert r.status_code == 200 and "operator.mojosari" in r.content.decode()
    assert admin.get("/admin/axes/accessattempt/add/").status_code == 403


def test_a_new_password_from_the_admin_pemda_unlocks_at_once(masuk: Callable[[str], Client]) -> None:
    client = Client()
    _gagal_sampai_batas(client, "operator.mojosari")
    user = User.objects.get(username="operator.mojosari")
    r = masuk("admin").post(f"/pengguna/{user.pk}/", {"aksi": "sandi", "password1": "Sandi-Baru-Mojosari-7",
                                                       "password2": "Sandi-Baru-Mojosari-7"})
    assert r.status_code == 302
    assert not AccessAttempt.objects.filter(username="operator.mojosari").exists()
    assert _masuk(client, "operator.mojosari", "Sandi-Baru-Mojosari-7").status_code == 302
