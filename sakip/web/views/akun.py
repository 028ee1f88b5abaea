"""Logging in and out, and the start page that sends each role where it works."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from sakip.web import menu
from sakip.web.forms import MasukForm


class Masuk(auth_views.LoginView):
    template_name = "web/masuk.html"
    authentication_form = MasukForm
    redirect_authenticated_user = True


class Keluar(auth_views.LogoutView):
    """POST only (Django 5): a link cannot log anyone out."""


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
