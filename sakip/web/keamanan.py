"""Guarding the login: the client's address behind a proxy, and django-axes' lockout check."""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpRequest

from sakip.core import alamat


def alamat_klien(request: HttpRequest) -> str:
    """The client's IP address: REMOTE_ADDR, or behind SAKIP_PROXY_COUNT proxies the one they saw."""
    return alamat.alamat_klien(request.META, settings.SAKIP_PROXY_COUNT)


def pesan_terkunci() -> str:
    """The Indonesian lockout message, with the cool-off in minutes."""
    jeda = get_cool_off()
    menit = max(1, round(jeda.total_seconds() / 60)) if jeda else 0
    waktu = f"dalam {menit} menit" if menit else "nanti"
    return (f"Terlalu banyak percobaan masuk yang gagal. Coba lagi {waktu} "
            "atau hubungi Admin Pemda.")


class PenjagaMasuk(AxesStandaloneBackend):
    """Axes' check, first of the backends: a locked-out username and address is refused.

    ``authenticate()`` without a request (Django's test client, code) is no login over HTTP and has
    no address to count, so it goes on to the next backend instead of raising as axes does. Every
    login form (ours and the admin's) passes the request.
    """

    def authenticate(self, request: HttpRequest | None, username: str | None = None,
                     password: str | None = None, **kwargs: Any) -> User | None:
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
