"""The Admin Pemda's in-year control page (entry windows, count units, gates) and everyone's inbox."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.core import parameter
from sakip.core.aggregation import ROMAWI
from sakip.kendali import services as kendali
from sakip.notifikasi.models import Notifikasi
from sakip.notifikasi.services import kotak_masuk as daftar_notifikasi
from sakip.notifikasi.services import tandai_dibaca
from sakip.organisasi.gambar import BATAS_BYTE
from sakip.organisasi.models import Pemda, Peran
from sakip.perencanaan.models import Indikator
from sakip.web import menu
from sakip.web.views.bantu import hari_ini


def _pemda_admin(request: HttpRequest) -> Pemda:
    """The Pemda the user administers; 403 for every other role."""
    peran = menu.peran_pemda(request.user)
    if peran is None or peran.peran != Peran.ADMIN_PEMDA:
        raise PermissionDenied("Halaman ini hanya untuk Admin Pemda.")
    return peran.pemda


def _tanggal(teks: str, nama: str) -> date | None:
    teks = teks.strip()
    if not teks:
        return None
    try:
        return date.fromisoformat(teks)
    except ValueError:
        raise ValidationError(f"{nama}: tanggal '{teks[:20]}' tidak sah; tulis seperti 2025-04-01.") from None


@login_required
@require_http_methods(["GET", "POST"])
def halaman(request: HttpRequest) -> HttpResponse:
    """Entry windows per triwulan of a year, the count units, and the gates' settings."""
    pemda = _pemda_admin(request)
    tahun = parameter.tahun(request.GET.get("tahun") or request.POST.get("tahun")) or hari_ini().year
    if request.method == "POST":
        try:
            _simpan(request, pemda, tahun)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        return redirect(f"{reverse('web:kendali')}?tahun={tahun}")
    jadwal = kendali.jadwal_tahun(pemda.pk, tahun)
    dipakai = Indikator.objects.filter(unit__pemda=pemda).order_by().values_list("satuan", flat=True).distinct()
    return render(request, "web/kendali.html", {
        "pemda": pemda, "tahun": tahun, "pengaturan": kendali.pengaturan(pemda.pk),
        "jadwal": [(tw, f"Triwulan {r}", jadwal.get(tw)) for tw, r in ROMAWI.items()],
        "satuan": kendali.daftar_satuan(pemda, list(dipakai)),
        "batas_logo_mb": BATAS_BYTE // 1024 // 1024,
    })


def _simpan(request: HttpRequest, pemda: Pemda, tahun: int) -> None:
    bagian = request.POST.get("bagian", "")
    if bagian == "pengaturan":
        try:
            hari = int(request.POST.get("hari_pengingat", "7"))
        except ValueError:
            raise ValidationError("Hari pengingat harus bilangan bulat.") from None
        if not 0 <= hari <= 90:
            raise ValidationError("Hari pengingat harus 0 sampai 90.")
        kendali.atur_pengaturan_kendali(
            pemda, izin_melebihi_pagu=request.POST.get("izin_melebihi_pagu") == "1",
            kelengkapan_peringatan=request.POST.get("kelengkapan_peringatan") == "1",
            izin_di_luar_jadwal=request.POST.get("izin_di_luar_jadwal") == "1", hari_pengingat=hari)
        messages.success(request, "Pengaturan kendali tersimpan.")
    elif bagian == "jadwal":
        for tw, r in ROMAWI.items():
            if f"mulai-{tw}" not in request.POST and f"selesai-{tw}" not in request.POST:
                continue  # a triwulan the form did not send keeps its window
            kendali.atur_jadwal_pengisian(
                pemda, tahun, tw, _tanggal(request.POST.get(f"mulai-{tw}", ""), f"Mulai Triwulan {r}"),
                _tanggal(request.POST.get(f"selesai-{tw}", ""), f"Selesai Triwulan {r}"))
        messages.success(request, f"Jadwal pengisian {tahun} tersimpan.")
    elif bagian == "satuan":
        nama = request.POST.get("nama", "")[:60]
        kendali.atur_satuan(pemda, nama, request.POST.get("bulat") == "1")
        messages.success(request, f"Satuan {nama.strip()} tersimpan.")
    else:
        raise ValidationError("Bagian yang disimpan tidak dikenal.")


@login_required
@require_http_methods(["GET", "POST"])
def kotak_masuk(request: HttpRequest) -> HttpResponse:
    """The user's notifications; POST marks them all as read."""
    if request.method == "POST":
        n = tandai_dibaca(request.user)  # type: ignore[arg-type]  # login_required: a User
        messages.success(request, f"{n} notifikasi ditandai sudah dibaca.")
        return redirect("web:kotak_masuk")
    daftar = list(daftar_notifikasi(request.user)[:200])  # type: ignore[arg-type]  # login_required: a User
    return render(request, "web/kotak_masuk.html", {"notifikasi": daftar})


@login_required
@require_GET
def buka_notifikasi(request: HttpRequest, notif_id: int) -> HttpResponse:
    """Open one notification: marked read, then its page (only the recipient's own; 404 otherwise)."""
    n = get_object_or_404(Notifikasi, pk=notif_id, penerima=request.user)
    if n.dibaca is None:
        tandai_dibaca(request.user, [n.pk])  # type: ignore[arg-type]  # login_required: a User
    if n.tautan and url_has_allowed_host_and_scheme(n.tautan, allowed_hosts=None):
        return redirect(n.tautan)
    return redirect("web:kotak_masuk")


@login_required
@require_POST
def tandai(request: HttpRequest, notif_id: int) -> HttpResponse:
    """Mark one notification as read."""
    n = get_object_or_404(Notifikasi, pk=notif_id, penerima=request.user)
    tandai_dibaca(request.user, [n.pk])  # type: ignore[arg-type]  # login_required: a User
    return redirect("web:kotak_masuk")
