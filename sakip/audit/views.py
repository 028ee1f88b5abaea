"""The audit trail, read-only: of a PD (optionally of one indicator), and of every PD of the Pemda.

Units are loaded through the policy module; nothing here writes.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from sakip.core import parameter
from sakip.organisasi.akses import Aksi, unit_for_user, units_for_user
from sakip.perencanaan.models import Indikator

from .models import Jejak

PER_HALAMAN = 100


@login_required
@require_GET
def jejak_pd(request: HttpRequest, slug: str) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    qs = Jejak.objects.filter(unit=unit)
    indikator = None
    if (ind := parameter.id_(request.GET.get("indikator"), "indikator")) is not None:
        indikator = Indikator.objects.filter(unit=unit, pk=ind).first()  # scoped: only this unit's
        qs = qs.filter(indikator_id=indikator.pk if indikator else -1)
    halaman = Paginator(qs.order_by("-waktu", "-pk"), PER_HALAMAN).get_page(request.GET.get("halaman"))
    # "tab" puts the PD's tabs (web/_pd_kepala.html) on the page with "Jejak" as the open one.
    return render(request, "audit/jejak.html", {"unit": unit, "tab": "jejak", "indikator": indikator,
                                                "halaman": halaman})


@login_required
@require_GET
def jejak_pemda(request: HttpRequest) -> HttpResponse:
    """Every PD's trail side by side: oversight work, so for the roles that review (Admin Pemda, Inspektorat)."""
    units = units_for_user(request.user, Aksi.REVIU)
    if not units.exists():
        raise PermissionDenied("Jejak audit seluruh perangkat daerah hanya untuk Admin Pemda dan Inspektorat.")
    qs = Jejak.objects.filter(unit_id__in=units.values("pk")).select_related("unit")
    halaman = Paginator(qs.order_by("-waktu", "-pk"), PER_HALAMAN).get_page(request.GET.get("halaman"))
    return render(request, "audit/jejak_pemda.html", {"halaman": halaman})
