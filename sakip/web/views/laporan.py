"""Reports of a PD-year: download the LKjIP, PK and E-81, publish them, withdraw a publication.

Documents are built by ``sakip.laporan.api``. What takes more than a second (an LKjIP, any PDF,
publishing) is never built inside the request: it goes on the job queue (``sakip.laporan.antrean``,
worked by `sakip worker`) and the browser is sent to a page that polls the job's progress and
offers the file when it is done. The quick ones (a PK as DOCX, the E-81) are still built here.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from sakip.core import parameter
from sakip.laporan import antrean, api
from sakip.laporan import services as laporan_services
from sakip.laporan.models import JenisLaporan, Publikasi
from sakip.organisasi.akses import Aksi, unit_for_user
from sakip.organisasi.models import Unit
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.web.forms import BuatDokumenForm, TerbitkanForm
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
        # The data reviu runs before the report is built: its open errors keep the LKjIP a draft.
        "temuan_draf": api.temuan_draf(unit, tahun),
    })


def _antre(request: HttpRequest, unit: Unit, tahun: int, permintaan: antrean.Permintaan) -> HttpResponse:
    """Queue a document and send the browser to the page that follows it."""
    try:
        job = antrean.kirim(permintaan)
    except antrean.AntreanTidakTersedia as exc:
        return render(request, "web/laporan_kurang.html", {
            **konteks_pd(request, unit, "laporan", tahun), "judul": "Antrean dokumen belum dapat dipakai",
            "kekurangan": [str(exc), "Unduh versi DOCX perjanjian kinerja atau E-81, atau coba lagi nanti."],
        }, status=503)
    return redirect("web:antrean", unit.slug, job)


@login_required
@require_GET
def unduh_lkjip(request: HttpRequest, slug: str, tahun: int, fmt: str) -> HttpResponse:
    """An LKjIP takes seconds to build: it is queued (a link to it stays a plain link)."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode_tahun(unit, tahun)
    tanggal = parameter.tanggal(request.GET.get("tanggal"))  # the date on the cover and signatures
    return _antre(request, unit, tahun, antrean.Permintaan("lkjip", unit.pk, tahun, fmt,
                                                           tanggal.isoformat() if tanggal else None))


@login_required
@require_POST
def buat(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """The report page's buttons: queue the LKjIP or a PK of this year as DOCX or PDF."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode_tahun(unit, tahun)
    form = BuatDokumenForm(request.POST, pks=PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun))
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect("web:laporan", unit.slug, tahun)
    pk = form.cleaned_data["perjanjian"]
    tanggal = form.cleaned_data["tanggal"]  # the date on the cover and signatures (today when empty)
    return _antre(request, unit, tahun, antrean.Permintaan(
        form.cleaned_data["jenis"], unit.pk, tahun, form.cleaned_data["format"],
        tanggal.isoformat() if tanggal else None, perjanjian_id=pk.pk if pk is not None else None))


def _status(unit: Unit, job: UUID) -> antrean.Status:
    """A job of this unit; another unit's job (or an unknown or expired one) is a 404."""
    try:
        st = antrean.status(str(job))
    except antrean.AntreanTidakTersedia as exc:
        raise Http404(str(exc)) from exc
    if st is None or st.unit_id != unit.pk:
        raise Http404("Pekerjaan tidak ditemukan (mungkin sudah kedaluwarsa).")
    return st


@login_required
@require_GET
def antrean_status(request: HttpRequest, slug: str, job: UUID) -> HttpResponse:
    """A queued document's progress; HTMX polls the fragment until the file is ready."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    st = _status(unit, job)
    konteks = {"unit": unit, "st": st}
    if request.htmx:
        return render(request, "web/_antrean.html", konteks)
    return render(request, "web/antrean.html", {**konteks_pd(request, unit, "laporan", None), **konteks})


@login_required
@require_GET
def antrean_berkas(request: HttpRequest, slug: str, job: UUID) -> HttpResponse:
    """The file a job built (for whoever may see the unit), while the job is kept."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    st = _status(unit, job)
    if st.tahap != "selesai" or not st.berkas or not st.nama:
        return redirect("web:antrean", unit.slug, job)
    fmt = st.nama.rsplit(".", 1)[-1]
    return FileResponse(default_storage.open(st.berkas, "rb"), as_attachment=True, filename=st.nama,
                        content_type=MIME.get(fmt, "application/octet-stream"))


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
    if fmt == "pdf":  # LibreOffice takes seconds: queued
        return _antre(request, unit, pk.tahun, antrean.Permintaan("pk", unit.pk, pk.tahun, fmt, perjanjian_id=pk.pk))
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
    if jenis == JenisLaporan.LKJIP or fmt == "pdf":  # seconds of work: a worker builds and publishes it
        return _antre(request, unit, tahun, antrean.Permintaan(
            jenis, unit.pk, tahun, fmt, perjanjian_id=pk.pk if jenis == JenisLaporan.PK else None,
            terbitkan_oleh=request.user.pk))
    builders: dict[str, Callable[[], bytes]] = {
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
