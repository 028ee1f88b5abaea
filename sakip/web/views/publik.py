"""Public pages, readable without logging in: only what was published."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET

from sakip.laporan.models import Publikasi
from sakip.organisasi.models import Pemda, Unit
from sakip.web.publik import (
    capaian_publik,
    capaian_publik_unit,
    grafik_capaian,
    publikasi_unit,
    ringkasan_pemda,
)
from sakip.web.views.laporan import MIME


@require_GET
def indeks(request: HttpRequest) -> HttpResponse:
    pemda = list(Pemda.objects.order_by("nama"))
    if len(pemda) == 1:
        return redirect("web:publik_pemda", pemda[0].slug)
    return render(request, "web/publik_indeks.html", {"pemda": pemda})


@require_GET
def pemda(request: HttpRequest, pemda: str) -> HttpResponse:
    obj = get_object_or_404(Pemda, slug=pemda)
    return render(request, "web/publik_pemda.html", {"pemda": obj, "tahun": ringkasan_pemda(obj),
                                                     "capaian": capaian_publik(obj)})


@require_GET
def pd(request: HttpRequest, pemda: str, slug: str) -> HttpResponse:
    unit = get_object_or_404(Unit.objects.select_related("pemda"), pemda__slug=pemda, slug=slug)
    capaian = capaian_publik_unit(unit)
    grafik = grafik_capaian(f"Rata-rata capaian kinerja {unit.nama} per tahun",
                            [(str(t), n.capaian) for t, n in capaian if n.capaian is not None])
    return render(request, "web/publik_pd.html", {"unit": unit, "pemda": unit.pemda, "baris": publikasi_unit(unit),
                                                  "capaian": capaian, "grafik": grafik if grafik.batang else None})


@require_GET
def berkas(request: HttpRequest, pub_id: int, nama: str) -> FileResponse:
    """The published file, byte for byte as stored; a withdrawn one is gone from here."""
    pub = get_object_or_404(Publikasi, pk=pub_id, ditarik=False)
    if nama != pub.berkas.name.rsplit("/", 1)[-1]:
        raise Http404("Berkas tidak ditemukan.")
    content_type = MIME.get(pub.format, "application/octet-stream")
    return FileResponse(pub.berkas.open("rb"), as_attachment=True, filename=nama, content_type=content_type)
