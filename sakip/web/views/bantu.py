"""Small pieces every PD page uses: the user's rights on the unit, the year and triwulan asked for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AnonymousUser, User
from django.http import HttpRequest
from django.utils import timezone

from sakip.core import parameter
from sakip.core.waktu import triwulan_berjalan
from sakip.organisasi.akses import Aksi, allowed
from sakip.organisasi.models import Unit
from sakip.pengukuran.dasbor import tahun_periode


@dataclass(frozen=True)
class Hak:
    """What the user may do on one unit, for templates to show or hide buttons."""

    lihat: bool
    isi: bool
    setujui: bool
    reviu: bool
    kelola: bool


def hak(user: User | AnonymousUser, unit: Unit) -> Hak:
    return Hak(*(allowed(user, unit, a) for a in (Aksi.LIHAT, Aksi.ISI, Aksi.SETUJUI, Aksi.REVIU, Aksi.KELOLA)))


def hari_ini() -> date:
    return timezone.localdate()


def triwulan(request: HttpRequest, tahun: int) -> int:
    """The triwulan asked for (?tw=1..4), else the one due now."""
    tw = parameter.triwulan(request.GET.get("tw") or request.POST.get("tw"), "tw")
    return tw or triwulan_berjalan(tahun, hari_ini())


def konteks_pd(request: HttpRequest, unit: Unit, tab: str, tahun: int | None = None,
               tahun_url: str = "") -> dict[str, object]:
    """What every PD page's header needs: the unit, the user's rights, the year and its picker."""
    return {
        "unit": unit, "tab": tab, "hak": hak(request.user, unit), "tahun": tahun, "tahun_url": tahun_url,
        "tahun_pilihan": tahun_periode(unit.pemda_id) if tahun_url else [],
    }
