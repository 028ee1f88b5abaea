"""The Admin Pemda's Word templates: download the default or the current one, upload a changed copy, reset."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.laporan import services as laporan
from sakip.laporan.models import TemplatDokumen
from sakip.laporan.templat import UKURAN_MAKS, isi_baku
from sakip.laporan.templat.jenis import JENIS, Jenis
from sakip.organisasi.models import Pemda, Peran
from sakip.web import menu

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _pemda_admin(request: HttpRequest) -> Pemda:
    """The Pemda the user administers; 403 for everyone but an Admin Pemda."""
    peran = menu.peran_pemda(request.user)
    if peran is None or peran.peran != Peran.ADMIN_PEMDA:
        raise PermissionDenied("Templat dokumen hanya dikelola Admin Pemda (Bagian Organisasi).")
    return peran.pemda


def _jenis(kode: str) -> Jenis:
    jenis = JENIS.get(kode)
    if jenis is None:
        raise Http404("Jenis templat tidak dikenal.")
    return jenis


@login_required
@require_GET
def daftar(request: HttpRequest) -> HttpResponse:
    pemda = _pemda_admin(request)
    milik = {t.jenis: t for t in TemplatDokumen.objects.filter(pemda=pemda).defer("isi")
             .select_related("diunggah_oleh")}
    baris = [{"jenis": j, "unggahan": milik.get(k)} for k, j in JENIS.items()]
    return render(request, "web/templat.html", {"pemda": pemda, "baris": baris,
                                                "batas_mb": UKURAN_MAKS // (1024 * 1024)})


@login_required
@require_GET
def unduh(request: HttpRequest, kode: str, asal: str) -> HttpResponse:
    """``asal`` 'baku': the template Sakip ships; 'aktif': the one the Pemda's documents use now."""
    pemda = _pemda_admin(request)
    jenis = _jenis(kode)
    isi = isi_baku(kode)
    if asal == "aktif":
        t = TemplatDokumen.objects.filter(pemda=pemda, jenis=kode).only("isi").first()
        isi = bytes(t.isi) if t is not None else isi
    elif asal != "baku":
        raise Http404("Pilih templat baku atau aktif.")
    resp = HttpResponse(isi, content_type=DOCX)
    resp["Content-Disposition"] = f'attachment; filename="{jenis.kode}-{asal}.docx"'
    return resp


@login_required
@require_http_methods(["POST"])
def unggah(request: HttpRequest, kode: str) -> HttpResponse:
    pemda = _pemda_admin(request)
    jenis = _jenis(kode)
    if int(request.META.get("CONTENT_LENGTH") or 0) > UKURAN_MAKS + 64 * 1024:
        # Refused from the declared length, before Django spools the body.
        messages.error(request, f"Templat {jenis.judul} ditolak: berkas lebih besar dari "
                                f"{UKURAN_MAKS // (1024 * 1024)} MB. Tidak ada yang disimpan.")
        return redirect("web:templat")
    berkas = request.FILES.get("berkas")
    if berkas is None:
        messages.error(request, "Pilih berkas .docx yang akan diunggah.")
        return redirect("web:templat")
    if berkas.size and berkas.size > UKURAN_MAKS:
        messages.error(request, f"Templat {jenis.judul} ditolak: berkas lebih besar dari {UKURAN_MAKS // (1024 * 1024)} MB. "
                                "Tidak ada yang disimpan.")
        return redirect("web:templat")
    try:
        laporan.simpan_templat(pemda, kode, berkas.read(), nama_berkas=berkas.name or "", user=request.user)
    except ValidationError as exc:
        messages.error(request, f"Templat {jenis.judul} ditolak: {' '.join(exc.messages)} Tidak ada yang disimpan.")
    else:
        messages.success(request, f"Templat {jenis.judul} disimpan; dokumen berikutnya memakainya.")
    return redirect("web:templat")


@login_required
@require_POST
def kembalikan(request: HttpRequest, kode: str) -> HttpResponse:
    pemda = _pemda_admin(request)
    jenis = _jenis(kode)
    if laporan.hapus_templat(pemda, kode, user=request.user):
        messages.success(request, f"Templat {jenis.judul} kembali ke templat baku.")
    return redirect("web:templat")
