"""Upload pages: download the template, upload → preview (old → new, errors) → confirm → summary.

Per PD-year (``/impor/<pd>/<tahun>/``, entry rights on the PD) and for the whole Pemda
(``/impor/pemda/<tahun>/``, the Admin Pemda only: every PD in one transaction).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from sakip.organisasi.akses import Aksi, unit_for_user
from sakip.organisasi.models import Keanggotaan, Pemda, Peran

from .baca_buku import (
    MAKS_BYTE_BERKAS,
    MAKS_BYTE_BERKAS_PEMDA,
    BerkasDitolak,
    baca,
    baca_semua,
    simpan,
    simpan_semua,
)
from .buku import ekspor, unit_berkas_pemda
from .unggahan import bersihkan, folder

_TOKEN = re.compile(r"^[0-9a-f]{32}$")


def _berkas(request: HttpRequest, pemilik: str, tahun: int, token: str) -> Path:
    """An uploaded file belongs to the user, unit (or Pemda) and year it was uploaded for; nobody else can confirm it."""
    if not _TOKEN.match(token):
        raise Http404("Berkas unggahan tidak ditemukan.")
    path = folder() / f"{request.user.pk}-{pemilik}-{tahun}-{token}.xlsx"
    if not path.is_file():
        raise Http404("Berkas unggahan tidak ditemukan atau sudah diproses; unggah ulang.")
    return path


def _simpan_unggahan(request: HttpRequest, upload: UploadedFile, pemilik: str, tahun: int) -> tuple[str, Path]:
    bersihkan()  # cheap: abandoned previews of other users go after a day
    token = uuid.uuid4().hex
    path = folder() / f"{request.user.pk}-{pemilik}-{tahun}-{token}.xlsx"
    with path.open("wb") as f:
        for chunk in upload.chunks():
            f.write(chunk)
    return token, path


def _pemda_admin(user: User | AnonymousUser) -> Pemda:
    """The Pemda the user administers: the whole-Pemda import writes every PD, so only an Admin Pemda may."""
    m = (Keanggotaan.objects.filter(user_id=user.pk, peran=Peran.ADMIN_PEMDA).select_related("pemda")
         .order_by("pk").first() if user.is_authenticated else None)
    if m is None:
        raise PermissionDenied("Impor seluruh Pemda hanya untuk Admin Pemda.")
    return m.pemda


@login_required
def templat(request: HttpRequest, slug: str, tahun: int) -> FileResponse:
    """The pre-filled workbook of the PD-year."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    path = ekspor([unit], tahun, folder() / f"templat-{uuid.uuid4().hex}.xlsx")
    response = FileResponse(path.open("rb"), as_attachment=True, filename=f"sakip-{unit.slug}-{tahun}.xlsx")
    path.unlink()  # the open handle keeps the data readable until the response is sent
    return response


@login_required
def unggah(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """Upload a workbook and show the preview of every change before anything is stored."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    konteks: dict[str, object] = {"unit": unit, "tahun": tahun}
    status = _pratinjau(request, konteks, tahun, str(unit.pk), MAKS_BYTE_BERKAS, "satu PD-tahun",
                        lambda path: baca(path, unit, tahun))
    return render(request, "impor/unggah.html", konteks, status=status)


@login_required
@require_POST
def simpan_unggahan(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """Store the confirmed upload: parsed again, so the stored data is exactly what the file says now."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    path = _berkas(request, str(unit.pk), tahun, request.POST.get("token", ""))
    try:
        p = baca(path, unit, tahun)
        n = simpan(p, request.user, request.POST.get("alasan_konfirmasi", "").strip()[:1000])
    except (BerkasDitolak, ValidationError) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])) + " Tidak ada yang disimpan.")
        return redirect("impor:unggah", unit.slug, tahun)
    finally:
        path.unlink(missing_ok=True)
    messages.success(request, f"{n} perubahan dari {unit.nama} tahun {tahun} disimpan.")
    return redirect("impor:unggah", unit.slug, tahun)


@login_required
def templat_pemda(request: HttpRequest, tahun: int) -> FileResponse:
    """The pre-filled workbook of every PD of the Admin Pemda's Pemda (sheets "01 Info", "01 Cascade", ...)."""
    pemda = _pemda_admin(request.user)
    path = ekspor(unit_berkas_pemda(tahun, pemda), tahun, folder() / f"templat-{uuid.uuid4().hex}.xlsx",
                  bernomor=True)
    response = FileResponse(path.open("rb"), as_attachment=True, filename=f"sakip-{pemda.slug}-{tahun}.xlsx")
    path.unlink()
    return response


@login_required
def unggah_pemda(request: HttpRequest, tahun: int) -> HttpResponse:
    """Upload the whole-Pemda workbook and preview every PD's changes; nothing is stored yet."""
    pemda = _pemda_admin(request.user)
    konteks: dict[str, object] = {"pemda": pemda, "tahun": tahun}
    status = _pratinjau(request, konteks, tahun, f"pemda{pemda.pk}", MAKS_BYTE_BERKAS_PEMDA, "satu Pemda",
                        lambda path: baca_semua(path, tahun, pemda))
    return render(request, "impor/unggah_pemda.html", konteks, status=status)


def _pratinjau(request: HttpRequest, konteks: dict[str, object], tahun: int, pemilik: str, maks: int,
               cakupan: str, baca_berkas: Callable[[Path], Any]) -> int:
    """Keep a POSTed workbook and put its preview (or why it was refused) into ``konteks``; the HTTP status.

    A refused or invalid file is deleted at once; a valid one waits, under its token, for the confirmation.
    """
    if request.method == "POST" and int(request.META.get("CONTENT_LENGTH") or 0) > maks + 64 * 1024:
        # Refused from the declared length, before Django spools the body to disk.
        konteks["galat_berkas"] = f"Berkas terlalu besar untuk {cakupan} (batas {maks // (1024 * 1024)} MB)."
        return 413
    if request.method == "POST":
        upload = request.FILES.get("berkas")
        if upload is None:
            konteks["galat_berkas"] = "Pilih berkas XLSX untuk diunggah."
        elif upload.size > maks:
            konteks["galat_berkas"] = f"Berkas terlalu besar untuk {cakupan} (batas {maks // (1024 * 1024)} MB)."
        else:
            token, path = _simpan_unggahan(request, upload, pemilik, tahun)
            try:
                p = baca_berkas(path)
            except BerkasDitolak as exc:
                path.unlink(missing_ok=True)  # a refused file is not kept
                konteks["galat_berkas"] = str(exc)
            except BaseException:
                path.unlink(missing_ok=True)  # nor is one that broke the reader
                raise
            else:
                if not p.sah:
                    path.unlink(missing_ok=True)
                konteks.update(pratinjau=p, token=token)
    pratinjau = konteks.get("pratinjau")
    return 422 if konteks.get("galat_berkas") or (pratinjau is not None and not pratinjau.sah) else 200


@login_required
@require_POST
def simpan_unggahan_pemda(request: HttpRequest, tahun: int) -> HttpResponse:
    """Store the confirmed whole-Pemda upload, parsed again, in one transaction."""
    pemda = _pemda_admin(request.user)
    path = _berkas(request, f"pemda{pemda.pk}", tahun, request.POST.get("token", ""))
    try:
        p = baca_semua(path, tahun, pemda)
        n = simpan_semua(p, request.user, request.POST.get("alasan_konfirmasi", "").strip()[:1000])
    except (BerkasDitolak, ValidationError) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])) + " Tidak ada yang disimpan.")
        return redirect("impor:unggah_pemda", tahun)
    finally:
        path.unlink(missing_ok=True)
    messages.success(request, f"{n} perubahan dari {len(p.bagian)} PD {pemda.nama} tahun {tahun} disimpan.")
    return redirect("impor:unggah_pemda", tahun)
