"""The audit trail of a PD, optionally of one indicator: read-only, loaded through the policy module."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from sakip.organisasi.access import Aksi, unit_for_user
from sakip.perencanaan.models import Indikator

from .models import Jejak


@login_required
def jejak_pd(request: HttpRequest, slug: str) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    qs = Jejak.objects.filter(unit=unit)
    indikator = None
    if (ind := request.GET.get("indikator", "")).isdigit():
        indikator = Indikator.objects.filter(unit=unit, pk=int(ind)).first()  # scoped: only this unit's
        qs = qs.filter(indikator_id=indikator.pk if indikator else -1)
    halaman = Paginator(qs.order_by("-waktu", "-pk"), 100).get_page(request.GET.get("halaman"))
    return render(request, "audit/jejak.html", {"unit": unit, "indikator": indikator, "halaman": halaman})
