"""A user changes their own password: the old one is required, weak ones refused, the trail says so."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from sakip.audit.models import Jejak
from sakip.demo.loader import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

URL = "/akun/kata-sandi/"
BARU = "Rencana-Kinerja-2026"


def _ubah(client: Client, lama: str, baru: str, ulang: str | None = None) -> object:
    return client.post(URL, {"old_password": lama, "new_password1": baru,
                             "new_password2": baru if ulang is None else ulang})


def test_anonymous_users_are_sent_to_the_login_page() -> None:
    r = Client().get(URL)
    assert r.status_code == 302 and r["Location"] == f"/masuk/?next={URL}"
    assert Client().post(URL, {"old_password": DEMO_PASSWORD}).status_code == 302


def test_the_page_is_linked_from_the_user_menu(masuk: Callable[[str], Client]) -> None:
    client = masuk("operator.mojosari")
    assert f'href="{URL}"' in client.get("/", follow=True).content.decode()
    body = client.get(URL).content.decode()
    assert "Ubah kata sandi" in body and "Kata sandi lama" in body and "Ulangi kata sandi baru" in body
    assert "Paling sedikit 8 karakter" in body


def test_a_new_password_is_stored_the_session_stays_and_the_trail_hides_it(
        masuk: Callable[[str], Client]) -> None:
    client = masuk("operator.mojosari")
    lain = masuk("operator.mojosari")  # the same account on another device
    sebelum = Jejak.objects.count()

    r = _ubah(client, DEMO_PASSWORD, BARU)
    assert r.status_code == 302 and r["Location"] == URL
    assert "Kata sandi Anda telah diubah." in client.get(URL).content.decode()

    user = User.objects.get(username="operator.mojosari")
    assert user.check_password(BARU) and not user.check_password(DEMO_PASSWORD)
    assert client.get(URL).status_code == 200  # still logged in here
    assert lain.get(URL).status_code == 302  # the other session ended

    assert Jejak.objects.count() == sebelum + 1
    jejak = Jejak.objects.get(model="auth.user", objek_id=str(user.pk), field="password")
    assert (jejak.lama, jejak.baru, jejak.nama_pengguna, jejak.sumber) == ("", "(diubah)", "operator.mojosari", "web")
    assert jejak.objek == "Akun operator.mojosari"
    for row in Jejak.objects.filter(field="password"):
        assert BARU not in f"{row.lama} {row.baru} {row.objek} {row.alasan}"


def test_the_old_password_is_required(masuk: Callable[[str], Client]) -> None:
    client = masuk("operator.mojosari")
    r = _ubah(client, "bukan-sandi-lama", BARU)
    assert r.status_code == 422
    assert "Kata sandi lama salah." in r.content.decode()
    assert User.objects.get(username="operator.mojosari").check_password(DEMO_PASSWORD)
    assert not Jejak.objects.filter(field="password").exists()


@pytest.mark.parametrize(("baru", "pesan"), [
    ("12345678", "Kata sandi ini seluruhnya terdiri dari angka."),
    ("password", "Kata sandi ini terlalu umum."),
    ("Sk1p", "Kata sandi terlalu pendek. Harus mengandung setidaknya 8 karakter."),
])
def test_weak_new_passwords_are_refused_in_indonesian(masuk: Callable[[str], Client], baru: str,
                                                      pesan: str) -> None:
    client = masuk("operator.mojosari")
    r = _ubah(client, DEMO_PASSWORD, baru)
    assert r.status_code == 422
    assert pesan in r.content.decode()
    assert User.objects.get(username="operator.mojosari").check_password(DEMO_PASSWORD)


def test_the_new_password_must_be_typed_twice_alike(masuk: Callable[[str], Client]) -> None:
    client = masuk("kepala.mojosari")
    r = _ubah(client, DEMO_PASSWORD, BARU, ulang=BARU + "x")
    assert r.status_code == 422 and "Kedua kata sandi baru tidak sama." in r.content.decode()
    assert User.objects.get(username="kepala.mojosari").check_password(DEMO_PASSWORD)


def test_the_admin_setting_a_users_password_is_audited_too(masuk: Callable[[str], Client]) -> None:
    admin = masuk("admin")
    user = User.objects.get(username="pimpinan")
    r = admin.post(f"/pengguna/{user.pk}/", {"aksi": "sandi", "password1": BARU, "password2": BARU})
    assert r.status_code == 302
    jejak = Jejak.objects.get(model="auth.user", objek_id=str(user.pk), field="password")
    assert (jejak.baru, jejak.nama_pengguna) == ("(diubah)", "admin")


def test_guessing_the_old_password_is_throttled_like_a_login(masuk: Callable[[str], Client], settings) -> None:
    """A stolen session cannot guess the old password forever: past the login's limit it is refused."""
    from django.core.cache import cache

    settings.AXES_FAILURE_LIMIT = 3
    user = User.objects.get(username="pimpinan")
    cache.delete(f"sakip:sandi-lama-salah:{user.pk}")
    client = masuk("pimpinan")
    for _ in range(3):
        assert _ubah(client, "tebakan-salah", BARU).status_code == 422
    r = _ubah(client, DEMO_PASSWORD, BARU)  # even the right one now waits for the cool-off
    assert r.status_code == 429
    assert "Terlalu banyak percobaan" in r.content.decode()
    assert User.objects.get(pk=user.pk).check_password(DEMO_PASSWORD)
    assert not Jejak.objects.filter(field="password").exists()
    cache.delete(f"sakip:sandi-lama-salah:{user.pk}")  # the cool-off has passed
    assert _ubah(client, DEMO_PASSWORD, BARU).status_code == 302
    assert User.objects.get(pk=user.pk).check_password(BARU)
