"""Profile pictures: the Admin Pemda's logo (on /kendali/) and a PD's peta wilayah and struktur
organisasi (its "Profil" tab), as printed on the LKjIP cover, the PK and BAB I.

Uploads go through ``organisasi.services`` (checked by content, re-encoded, audited); pictures are
served only through these views, to users of the Pemda or the PD (media is never served directly).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.laporan.gambar_profil import logo_pemda, peta_wilayah, struktur_organisasi
from sakip.organisasi import services as organisasi
from sakip.organisasi.akses import Aksi, allowed, unit_for_user
from sakip.organisasi.gambar import BATAS_BYTE
from sakip.organisasi.models import Unit
from sakip.organisasi.services import GAMBAR_UNIT
from sakip.web import menu
from sakip.web.views.kendali import _pemda_admin


def _isi_unggahan(berkas: UploadedFile | None, label: str) -> bytes:
    """The uploaded bytes, refused without reading more than the limit."""
    if berkas is None:
        raise ValidationError(f"{label}: pilih berkas gambar PNG atau JPEG.")
    if berkas.size is not None and berkas.size > BATAS_BYTE:
        raise ValidationError(f"{label}: berkas {berkas.size / 1024 / 1024:.1f} MB terlalu besar; paling besar "
                              f"{BATAS_BYTE // 1024 // 1024} MB.".replace(".", ",", 1))
    return berkas.read(BATAS_BYTE + 1)


def _gambar(isi: bytes, nama: str) -> HttpResponse:
    jenis = "image/png" if isi[:8] == b"\x89PNG\r\n\x1a\n" else "image/jpeg"
    resp = HttpResponse(isi, content_type=jenis)
    resp["Content-Disposition"] = f'inline; filename="{nama}"'
    resp["Cache-Control"] = "private, no-cache"
    resp["X-Content-Type-Options"] = "nosniff"
    return resp


@login_required
@require_POST
def logo(request: HttpRequest) -> HttpResponse:
    """The Admin Pemda uploads (``berkas``) or removes (``hapus``) the Pemda's logo."""
    pemda = _pemda_admin(request)
    try:
        if request.POST.get("hapus") == "1":
            organisasi.atur_logo_pemda(pemda, None)
            messages.success(request, "Logo Pemda dihapus.")
        else:
            organisasi.atur_logo_pemda(pemda, _isi_unggahan(request.FILES.get("berkas"), "Logo Pemda"))
            messages.success(request, "Logo Pemda tersimpan; dipakai pada sampul LKjIP dan dokumen PK.")
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("web:kendali")


@login_required
@require_GET
def logo_gambar(request: HttpRequest) -> HttpResponse:
    """The Pemda's logo, for the users of that Pemda."""
    peran = menu.peran_pemda(request.user)
    unit_saya = menu.unit_pd(request.user)
    pemda = peran.pemda if peran is not None else (unit_saya[0].pemda if unit_saya else None)
    if pemda is None:
        raise PermissionDenied("Anda tidak terdaftar pada Pemda mana pun.")
    isi = logo_pemda(pemda)
    if not isi:
        raise Http404("Pemda ini belum mempunyai logo.")
    return _gambar(isi, "logo-pemda")


def _fakta(unit: Unit) -> dict[str, object]:
    return {"wilayah": list(unit.wilayah.order_by("urutan", "pk")), "jumlah_aset": unit.aset.count(),
            "total_aset": organisasi.total_aset(unit)}


@login_required
@require_http_methods(["GET", "POST"])
def profil(request: HttpRequest, slug: str) -> HttpResponse:
    """A PD's profile as BAB I prints it; its operator or the Admin Pemda uploads or removes the pictures."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    boleh_isi = allowed(request.user, unit, Aksi.ISI)
    if request.method == "POST":
        if not boleh_isi:
            raise PermissionDenied(f"Anda tidak berhak mengisi data {unit.nama}.")
        jenis = request.POST.get("jenis", "")
        if jenis not in GAMBAR_UNIT:
            messages.error(request, "Jenis gambar tidak dikenal.")
            return redirect("web:profil", unit.slug)
        label = GAMBAR_UNIT[jenis]
        try:
            if request.POST.get("hapus") == "1":
                organisasi.atur_gambar_unit(unit, jenis, None)
                messages.success(request, f"{label} dihapus.")
            else:
                organisasi.atur_gambar_unit(unit, jenis, _isi_unggahan(request.FILES.get("berkas"), label))
                messages.success(request, f"{label} tersimpan; dipakai pada BAB I LKjIP.")
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        return redirect("web:profil", unit.slug)
    return render(request, "web/profil.html", {
        "unit": unit, "tab": "profil", "boleh_isi": boleh_isi, "batas_mb": BATAS_BYTE // 1024 // 1024,
        "ada_peta": bool(unit.peta_wilayah.name), "ada_struktur": bool(unit.gambar_struktur.name),
        **_fakta(unit),
    })


@login_required
@require_GET
def profil_gambar(request: HttpRequest, slug: str, jenis: str) -> HttpResponse:
    """The PD's peta wilayah, or its struktur organisasi (uploaded, or drawn as BAB I draws it)."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    if jenis == "peta_wilayah":
        isi = peta_wilayah(unit)
    elif jenis == "gambar_struktur":
        g = struktur_organisasi(unit, timezone.localdate())
        isi = g.isi if g else None
    else:
        raise Http404("Jenis gambar tidak dikenal.")
    if not isi:
        raise Http404("Gambar ini belum ada.")
    return _gambar(isi, f"{unit.slug}-{jenis}")
