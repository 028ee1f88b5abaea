"""Reports of a PD-year: download the LKjIP, PK and E-81, publish them, withdraw a publication.

Documents are built by ``sakip.laporan.api``; publishing stores the exact bytes built here.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from sakip.core import parameter
from sakip.laporan import api
from sakip.laporan import services as laporan_services
from sakip.laporan.models import JenisLaporan, Publikasi
from sakip.organisasi.akses import Aksi, unit_for_user
from sakip.organisasi.models import Unit
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.web.forms import TerbitkanForm
from sakip.web.muat import periode_tahun, pk_unit, publikasi_unit
from sakip.web.publik import berkas
from sakip.web.views.bantu import konteks_pd

MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def nama_berkas(unit: Unit, tahun: int, jenis: str, fmt: str, pk: PerjanjianKinerja | None = None) -> str:
    """'LKjIP-2025-kecamatan-mojosari.pdf', 'PK-Perubahan-2025-...docx', 'E-81-2025-....xlsx'."""
    if jenis == JenisLaporan.PK and pk is not None:
        versi = "Awal" if pk.nomor_perubahan == 0 else f"Perubahan-{pk.nomor_perubahan}"
        return f"PK-{versi}-{tahun}-{unit.slug}.{fmt}"
    label = {"lkjip": "LKjIP", "e81": "E-81"}[jenis]
    return f"{label}-{tahun}-{unit.slug}.{fmt}"


def _berkas(content: bytes, fmt: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=MIME[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _bangun(request: HttpRequest, unit: Unit, tahun: int, build: Callable[[], bytes]) -> bytes | HttpResponse:
    """Build a document, or the page that says what data it still needs."""
    try:
        return build()
    except api.DataKurang as exc:
        return render(request, "web/laporan_kurang.html", {
            **konteks_pd(request, unit, "laporan", tahun), "judul": exc.judul, "kekurangan": exc.kekurangan,
        }, status=409)
    except api.KonversiGagal as exc:
        return render(request, "web/laporan_kurang.html", {
            **konteks_pd(request, unit, "laporan", tahun), "judul": "PDF belum dapat dibuat",
            "kekurangan": [str(exc), "Unduh versi DOCX, atau coba lagi sebentar lagi."],
        }, status=503)


@login_required
@require_GET
def laporan(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode_tahun(unit, tahun)
    pks = PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun).select_related("periode").order_by("nomor_perubahan")
    return render(request, "web/laporan.html", {
        **konteks_pd(request, unit, "laporan", tahun, "web:laporan"), "pks": list(pks),
        "form": TerbitkanForm(pks=pks.filter(ditandatangani=True), initial={"jenis": "lkjip", "format": "pdf"}),
        "publikasi": [berkas(p) for p in Publikasi.objects.filter(unit=unit, tahun=tahun).select_related(
            "diterbitkan_oleh", "perjanjian")],
    })


@login_required
@require_GET
def unduh_lkjip(request: HttpRequest, slug: str, tahun: int, fmt: str) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode_tahun(unit, tahun)
    tanggal = parameter.tanggal(request.GET.get("tanggal"))  # the date on the cover and signatures
    built = _bangun(request, unit, tahun, lambda: api.render_lkjip(unit, tahun, fmt, tanggal=tanggal))
    if isinstance(built, HttpResponse):
        return built
    return _berkas(built, fmt, nama_berkas(unit, tahun, JenisLaporan.LKJIP, fmt))


@login_required
@require_GET
def unduh_e81(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode_tahun(unit, tahun)
    built = _bangun(request, unit, tahun, lambda: api.render_e81(unit, tahun))
    if isinstance(built, HttpResponse):
        return built
    return _berkas(built, "xlsx", nama_berkas(unit, tahun, JenisLaporan.E81, "xlsx"))


@login_required
@require_GET
def unduh_pk(request: HttpRequest, slug: str, pk_id: int, fmt: str) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    pk = pk_unit(unit, pk_id)
    built = _bangun(request, unit, pk.tahun, lambda: api.render_pk(pk, fmt))
    if isinstance(built, HttpResponse):
        return built
    return _berkas(built, fmt, nama_berkas(unit, pk.tahun, JenisLaporan.PK, fmt, pk))


@login_required
@require_POST
def terbitkan(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """Kepala PD or Admin Pemda publishes a report: the file built now is stored as it is."""
    unit = unit_for_user(request.user, slug, Aksi.SETUJUI)
    periode_tahun(unit, tahun)
    form = TerbitkanForm(request.POST, pks=PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun,
                                                                             ditandatangani=True))
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect("web:laporan", unit.slug, tahun)
    jenis, fmt, pk = form.cleaned_data["jenis"], form.cleaned_data["format"], form.cleaned_data["perjanjian"]
    builders: dict[str, Callable[[], bytes]] = {
        JenisLaporan.LKJIP: lambda: api.render_lkjip(unit, tahun, fmt),
        JenisLaporan.PK: lambda: api.render_pk(pk, fmt),
        JenisLaporan.E81: lambda: api.render_e81(unit, tahun),
    }
    built = _bangun(request, unit, tahun, builders[jenis])
    if isinstance(built, HttpResponse):
        return built
    try:
        pub = laporan_services.terbitkan_laporan(unit, tahun, jenis, built, format=fmt, user=request.user,
                                       filename=nama_berkas(unit, tahun, jenis, fmt, pk),
                                       perjanjian=pk if jenis == JenisLaporan.PK else None)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"{pub.get_jenis_display()} {tahun} diterbitkan; kini dapat diunduh publik.")
    return redirect("web:laporan", unit.slug, tahun)


@login_required
@require_POST
def tarik(request: HttpRequest, slug: str, pub_id: int) -> HttpResponse:
    """The Admin Pemda takes a publication off the public pages (the file is kept)."""
    unit = unit_for_user(request.user, slug, Aksi.KELOLA)
    pub = publikasi_unit(unit, pub_id)
    laporan_services.tarik_laporan(pub)
    messages.success(request, f"{pub.get_jenis_display()} {pub.tahun} ditarik dari halaman publik.")
    return redirect("web:laporan", unit.slug, pub.tahun)
