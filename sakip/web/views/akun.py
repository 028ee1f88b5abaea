"""Logging in and out, one's own password, and the start page that sends each role where it works."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from sakip.organisasi import services as org
from sakip.web import menu
from sakip.web.forms import MasukForm, UbahKataSandiForm
from sakip.web.keamanan import pesan_terkunci


class Masuk(auth_views.LoginView):
    template_name = "web/masuk.html"
    authentication_form = MasukForm
    redirect_authenticated_user = True


class Keluar(auth_views.LogoutView):
    """POST only (Django 5): a link cannot log anyone out."""


def terkunci(request: HttpRequest, response: HttpResponse | None = None, credentials: Any = None) -> HttpResponse:
    """The answer to a login refused by django-axes (AXES_LOCKOUT_CALLABLE), ours and the admin's."""
    return render(request, "web/masuk_terkunci.html", {"pesan": pesan_terkunci()}, status=429)


def _kunci_sandi_lama(user_pk: int) -> str:
    return f"sakip:sandi-lama-salah:{user_pk}"


@login_required
@require_http_methods(["GET", "POST"])
def kata_sandi(request: HttpRequest) -> HttpResponse:
    """Change one's own password; the session stays logged in, other sessions end.

    The old password is guessed like a login's (a stolen session could try), so wrong ones are
    counted per account and refused past the login's limit for the login's cool-off (axes settings).
    """
    kunci = _kunci_sandi_lama(request.user.pk)
    if request.method == "POST" and cache.get(kunci, 0) >= settings.AXES_FAILURE_LIMIT:
        return render(request, "web/kata_sandi.html", {"form": UbahKataSandiForm(request.user),
                                                        "terkunci": pesan_terkunci()}, status=429)
    form = UbahKataSandiForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        org.atur_kata_sandi(request.user, form.cleaned_data["new_password1"])
        update_session_auth_hash(request, request.user)
        cache.delete(kunci)
        messages.success(request, "Kata sandi Anda telah diubah.")
        return redirect("web:kata_sandi")
    if request.method == "POST" and "old_password" in form.errors:
        cache.add(kunci, 0, timeout=int(settings.AXES_COOLOFF_TIME.total_seconds()))
        cache.incr(kunci)
    return render(request, "web/kata_sandi.html", {"form": form}, status=422 if form.errors else 200)


def beranda(request: HttpRequest) -> HttpResponse:
    """Anonymous visitors see the published reports; users go to their dashboard."""
    user = request.user
    if not user.is_authenticated:
        return redirect("web:publik")
    if menu.peran_pemda(user) is not None:
        return redirect("web:pemda")
    units = menu.unit_pd(user)
    if len(units) == 1:
        return redirect("web:pd", units[0].slug)
    return render(request, "web/beranda.html", {"units": units, "publik": reverse("web:publik")})
