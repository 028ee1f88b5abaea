"""User management for the Admin Pemda: accounts, their roles per PD, activation, passwords."""

from __future__ import annotations

from axes.utils import reset as axes_reset
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from sakip.core import parameter
from sakip.organisasi import services as org
from sakip.organisasi.models import Keanggotaan, Pemda, Peran
from sakip.web import menu
from sakip.web.forms import KataSandiForm, PenggunaBaruForm, PeranForm


def _pemda_admin(request: HttpRequest) -> Pemda:
    """The Pemda the user administers; 403 for everyone but an Admin Pemda."""
    peran = menu.peran_pemda(request.user)
    if peran is None or peran.peran != Peran.ADMIN_PEMDA:
        raise PermissionDenied("Pengelolaan pengguna hanya untuk Admin Pemda (Bagian Organisasi).")
    return peran.pemda


def _pengguna(pemda: Pemda, user_id: int) -> User:
    """A user with a role in this Pemda (404 otherwise: other Pemdas' users are not ours to see)."""
    return get_object_or_404(User.objects.filter(keanggotaan__pemda=pemda).distinct(), pk=user_id)


def _salin(form: PeranForm | KataSandiForm, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for name, errors in exc.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error("password1" if "password1" in form.fields else None, exc.messages)


@login_required
@require_GET
def daftar(request: HttpRequest) -> HttpResponse:
    pemda = _pemda_admin(request)
    cari = request.GET.get("cari", "").strip()
    users = User.objects.filter(keanggotaan__pemda=pemda).distinct().order_by("username").prefetch_related(
        Prefetch("keanggotaan", queryset=Keanggotaan.objects.filter(pemda=pemda).select_related("unit")))
    if cari:
        users = users.filter(username__icontains=cari) | users.filter(first_name__icontains=cari)
    return render(request, "web/pengguna.html", {"users": users, "cari": cari, "pemda": pemda})


@login_required
@require_http_methods(["GET", "POST"])
def tambah(request: HttpRequest) -> HttpResponse:
    pemda = _pemda_admin(request)
    form = PenggunaBaruForm(request.POST or None, pemda=pemda)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            user = org.buat_pengguna(pemda, username=d["username"], password=d["password1"], peran=d["peran"],
                                       unit=d["unit"], first_name=d["first_name"], email=d["email"],
                                       # an Admin Pemda sees the (read-only) admin, as `sakip admin-pemda` makes it
                                       staf=d["peran"] == Peran.ADMIN_PEMDA)
        except ValidationError as exc:
            _salin(form, exc)
        else:
            messages.success(request, f"Pengguna {user.username} dibuat.")
            return redirect("web:pengguna_ubah", user.pk)
    return render(request, "web/pengguna_tambah.html", {"form": form}, status=422 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def ubah(request: HttpRequest, user_id: int) -> HttpResponse:
    """One user: add or remove roles, (de)activate, set a new password."""
    pemda = _pemda_admin(request)
    user = _pengguna(pemda, user_id)
    aksi = request.POST.get("aksi", "")
    peran_form = PeranForm(request.POST if aksi == "peran" else None, pemda=pemda)
    sandi_form = KataSandiForm(request.POST if aksi == "sandi" else None)
    if request.method == "POST":
        done = _ubah(request, pemda, user, aksi, peran_form, sandi_form)
        if done:
            return redirect("web:pengguna_ubah", user.pk)
    return render(request, "web/pengguna_ubah.html", {
        "pengguna": user, "peran_form": peran_form, "sandi_form": sandi_form,
        "keanggotaan": Keanggotaan.objects.filter(user=user, pemda=pemda).select_related("unit"),
        "diri_sendiri": user.pk == request.user.pk,
    }, status=422 if peran_form.errors or sandi_form.errors else 200)


def _ubah(request: HttpRequest, pemda: Pemda, user: User, aksi: str, peran_form: PeranForm,
          sandi_form: KataSandiForm) -> bool:
    """Apply one change to a user; True when it was made (or refused with a message)."""
    if aksi == "peran" and peran_form.is_valid():
        try:
            org.tambah_peran(user, pemda, peran_form.cleaned_data["peran"], peran_form.cleaned_data["unit"])
        except ValidationError as exc:
            _salin(peran_form, exc)
            return False
        messages.success(request, "Peran ditambahkan.")
        return True
    if aksi == "hapus_peran":
        m = get_object_or_404(Keanggotaan, pk=parameter.id_(request.POST.get("keanggotaan"), "keanggotaan"),
                              user=user, pemda=pemda)
        if user.pk == request.user.pk and m.peran == Peran.ADMIN_PEMDA:
            messages.error(request, "Anda tidak dapat mencabut peran Admin Pemda Anda sendiri.")
        else:
            org.hapus_peran(m)
            messages.success(request, "Peran dicabut.")
        return True
    if aksi in ("nonaktif", "aktif"):
        if user.pk == request.user.pk:
            messages.error(request, "Anda tidak dapat menonaktifkan akun Anda sendiri.")
        else:
            org.atur_aktif(user, aksi == "aktif")
            messages.success(request, "Akun diaktifkan." if aksi == "aktif" else "Akun dinonaktifkan.")
        return True
    if aksi == "sandi" and sandi_form.is_valid():
        try:
            org.atur_kata_sandi(user, sandi_form.cleaned_data["password1"])
        except ValidationError as exc:
            _salin(sandi_form, exc)
            return False
        axes_reset(username=user.username)  # a locked-out user can log in with it at once
        messages.success(request, "Kata sandi baru tersimpan; sampaikan kepada pengguna secara langsung.")
        return True
    return False
