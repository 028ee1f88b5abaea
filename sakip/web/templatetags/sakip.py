"""Template filters for Indonesian figures and the navigation.

Every number a page prints goes through ``sakip.core.formatting`` so it reads as it does in
the documents: 93,15 · 101,25% · Rp 9.759.995.720,00 · 24 Januari 2025.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django import template
from django.http import HttpRequest
from django.utils import timezone

from sakip.core import formatting as fmt
from sakip.notifikasi.services import jumlah_belum_dibaca
from sakip.web import menu

register = template.Library()

Angka = Decimal | int | str | None


def _ada(value: Angka) -> Angka:
    """A missing template variable arrives as ''; it prints as a missing figure, not an error."""
    return None if value == "" else value


@register.filter
def angka(value: Angka, desimal: int = 2) -> str:
    """{{ x|angka }} -> 93,15; {{ x|angka:0 }} -> 10.807.365.855."""
    return fmt.angka(_ada(value), int(desimal))


@register.filter
def angka_ringkas(value: Angka, maks_desimal: int = 2) -> str:
    """{{ x|angka_ringkas }} -> 92 or 91,5 (no trailing zeros)."""
    return fmt.angka_ringkas(_ada(value), int(maks_desimal))


@register.filter
def persen(value: Angka, desimal: int = 2) -> str:
    """{{ x|persen }} -> 101,25%."""
    return fmt.persen(_ada(value), int(desimal))


@register.filter
def rupiah(value: Angka, desimal: int = 2) -> str:
    """{{ x|rupiah }} -> Rp 9.759.995.720,00; {{ x|rupiah:0 }} -> Rp 9.759.995.720."""
    return fmt.rupiah(_ada(value), int(desimal))


@register.filter
def tanggal(value: date | datetime | None) -> str:
    """{{ d|tanggal }} -> 24 Januari 2025 (a datetime is shown in local time)."""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date()
    return fmt.tanggal(value or None)


@register.filter
def waktu(value: datetime | None) -> str:
    """{{ dt|waktu }} -> 24 Januari 2025 14.05 (local time)."""
    if value is None:
        return fmt.TIDAK_ADA
    local = timezone.localtime(value)
    return f"{fmt.tanggal(local.date())} {local:%H.%M}"


@register.inclusion_tag("web/_menu.html", takes_context=True)
def menu_utama(context: dict[str, Any]) -> dict[str, Any]:
    """The role-aware main navigation: only links to what the user may do."""
    request: HttpRequest = context["request"]
    belum = jumlah_belum_dibaca(request.user) if request.user.is_authenticated else 0
    return {"menu": menu.utama(request), "user": request.user, "peran": menu.label_peran(request.user),
            "belum_dibaca": belum}


@register.inclusion_tag("web/_menu_pd.html", takes_context=True)
def menu_pd(context: dict[str, Any]) -> dict[str, Any]:
    """The tabs of a PD's pages, for a page that has ``unit`` (and maybe ``tahun``) in its context."""
    request: HttpRequest = context["request"]
    return {"tabs": menu.pd(request, context["unit"], context.get("tahun"), context.get("tab", ""))}
