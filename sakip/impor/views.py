"""Upload pages: download the template, upload → preview (old → new, errors) → confirm → summary."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from sakip.organisasi.access import Aksi, unit_for_user

from .baca import MAKS_BYTE_TERURAI, BerkasDitolak, baca, simpan
from .buku import ekspor

_TOKEN = re.compile(r"^[0-9a-f]{32}$")


def _folder() -> Path:
    path = Path(settings.MEDIA_ROOT) / "impor"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _berkas(request: HttpRequest, unit_pk: int, tahun: int, token: str) -> Path:
    """An uploaded file belongs to the user, unit and year it was uploaded for; nobody else can confirm it."""
    if not _TOKEN.match(token):
        raise Http404("Berkas unggahan tidak ditemukan.")
    path = _folder() / f"{request.user.pk}-{unit_pk}-{tahun}-{token}.xlsx"
    if not path.is_file():
        raise Http404("Berkas unggahan tidak ditemukan atau sudah diproses; unggah ulang.")
    return path


@login_required
def templat(request: HttpRequest, slug: str, tahun: int) -> FileResponse:
    """The pre-filled workbook of the PD-year."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    path = ekspor([unit], tahun, _folder() / f"templat-{uuid.uuid4().hex}.xlsx")
    response = FileResponse(path.open("rb"), as_attachment=True, filename=f"sakip-{unit.slug}-{tahun}.xlsx")
    path.unlink()  # the open handle keeps the data readable until the response is sent
    return response


@login_required
def unggah(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """Upload a workbook and show the preview of every change before anything is stored."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    konteks: dict[str, object] = {"unit": unit, "tahun": tahun}
    if request.method == "POST":
        upload = request.FILES.get("berkas")
        if upload is None:
            konteks["galat_berkas"] = "Pilih berkas XLSX untuk diunggah."
        elif upload.size > MAKS_BYTE_TERURAI:
            konteks["galat_berkas"] = "Berkas terlalu besar untuk satu PD-tahun."
        else:
            token = uuid.uuid4().hex
            path = _folder() / f"{request.user.pk}-{unit.pk}-{tahun}-{token}.xlsx"
            with path.open("wb") as f:
                for chunk in upload.chunks():
                    f.write(chunk)
            try:
                p = baca(path, unit, tahun)
            except BerkasDitolak as exc:
                path.unlink()
                konteks["galat_berkas"] = str(exc)
            else:
                if not p.sah:
                    path.unlink()
                konteks.update(pratinjau=p, token=token)
    status = 422 if konteks.get("galat_berkas") or (konteks.get("pratinjau") and not konteks["pratinjau"].sah) else 200
    return render(request, "impor/unggah.html", konteks, status=status)


@login_required
@require_POST
def simpan_unggahan(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """Store the confirmed upload: parsed again, so the stored data is exactly what the file says now."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    path = _berkas(request, unit.pk, tahun, request.POST.get("token", ""))
    try:
        p = baca(path, unit, tahun)
        n = simpan(p, request.user)
    except (BerkasDitolak, ValidationError) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])) + " Tidak ada yang disimpan.")
        return redirect("impor:unggah", unit.slug, tahun)
    finally:
        path.unlink(missing_ok=True)
    messages.success(request, f"{n} perubahan dari {unit.nama} tahun {tahun} disimpan.")
    return redirect("impor:unggah", unit.slug, tahun)
