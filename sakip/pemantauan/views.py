"""The ranking of the PDs and the "belum mengisi" list: load, authorize, call the services, render."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from sakip.core import parameter
from sakip.core.waktu import ROMAWI, tahun_bawaan, triwulan_berjalan
from sakip.kendali.services import jadwal_tahun
from sakip.notifikasi.services import kirim_pengingat_pd
from sakip.organisasi.models import Keanggotaan, Peran
from sakip.pengukuran.dasbor import tahun_pemda, tahun_periode

from . import services
from .akses import pemda_pemantau


@dataclass(frozen=True)
class Kolom:
    """A sortable column header: a click sorts by it, a second click reverses."""

    kode: str
    label: str
    url: str
    aktif: bool
    arah_aria: str


def _tahun(pemda_id: int, tahun: int) -> list[int]:
    years = tahun_periode(pemda_id)
    if tahun not in years:
        raise Http404(f"Tahun {tahun} tidak termasuk periode perencanaan mana pun.")
    return years


def _kolom(request: HttpRequest, tahun: int, urut: str, turun: bool) -> list[Kolom]:
    base = reverse("pemantauan:peringkat", args=[tahun])
    out = []
    for kode, label in {"nama": "Perangkat Daerah", **services.KOLOM}.items():
        query = request.GET.copy()
        query["urut"] = kode
        # Figures open best first; the name column opens A-Z; the active column flips.
        pertama = "naik" if kode == "nama" else "turun"
        query["arah"] = ("naik" if turun else "turun") if kode == urut else pertama
        out.append(Kolom(kode, label, f"{base}?{query.urlencode()}", kode == urut,
                         "descending" if turun else "ascending"))
    return out


@login_required
@require_GET
def indeks(request: HttpRequest) -> HttpResponse:
    """The ranking of the year the Pemda dashboard opens on (the latest with data up to this year)."""
    pemda = pemda_pemantau(request.user, request.GET.get("pemda"))
    return redirect("pemantauan:peringkat", tahun_bawaan(tahun_pemda(pemda), timezone.localdate()))


@login_required
@require_GET
def peringkat(request: HttpRequest, tahun: int) -> HttpResponse:
    pemda = pemda_pemantau(request.user, request.GET.get("pemda"))
    years = _tahun(pemda.pk, tahun)
    urut = request.GET.get("urut", services.URUT_BAWAAN)
    turun = request.GET.get("arah", "naik" if urut == "nama" else "turun") == "turun"
    data = services.peringkat_pd(pemda, tahun, urut=urut, turun=turun)
    context = {"d": data, "tahun": tahun, "tahun_pilihan": years, "kolom": _kolom(request, tahun, data.urut, turun),
               "kode_kolom": list(services.KOLOM)}
    if request.htmx and request.htmx.target == "tabel-peringkat":
        return render(request, "pemantauan/_tabel_peringkat.html", context)
    return render(request, "pemantauan/peringkat.html", context)


@login_required
@require_GET
def belum_mengisi(request: HttpRequest, tahun: int) -> HttpResponse:
    pemda = pemda_pemantau(request.user, request.GET.get("pemda"))
    years = _tahun(pemda.pk, tahun)
    tw = parameter.triwulan(request.GET.get("triwulan")) or triwulan_berjalan(tahun, timezone.localdate())
    data = services.belum_mengisi(pemda, tahun, tw)
    admin = Keanggotaan.objects.filter(user_id=request.user.pk, pemda=pemda, peran=Peran.ADMIN_PEMDA).exists()
    return render(request, "pemantauan/belum_mengisi.html", {
        "d": data, "tahun": tahun, "tahun_pilihan": years, "romawi": ROMAWI[tw],
        "pilihan_tw": [(t, ROMAWI[t]) for t in ROMAWI], "boleh_ingatkan": admin,
    })


@login_required
@require_POST
def kirim_pengingat(request: HttpRequest, tahun: int) -> HttpResponse:
    """The Admin Pemda reminds the operators of every PD still on the list (once a day per operator)."""
    pemda = pemda_pemantau(request.user, request.POST.get("pemda"))
    if not Keanggotaan.objects.filter(user_id=request.user.pk, pemda=pemda, peran=Peran.ADMIN_PEMDA).exists():
        raise PermissionDenied("Hanya Admin Pemda yang dapat mengirim pengingat.")
    _tahun(pemda.pk, tahun)
    tw = parameter.triwulan(request.POST.get("triwulan")) or triwulan_berjalan(tahun, timezone.localdate())
    data = services.belum_mengisi(pemda, tahun, tw)
    units = [b.unit for b in data.belum if not b.tanpa_data]
    jadwal = jadwal_tahun(pemda.pk, tahun).get(tw)
    terkirim = kirim_pengingat_pd(units, tahun, tw, tutup=jadwal.selesai if jadwal else None)
    messages.success(request, f"Pengingat Triwulan {ROMAWI[tw]} {tahun} dikirim kepada {len(terkirim)} operator "
                              f"dari {len(units)} perangkat daerah." if terkirim else
                     "Tidak ada pengingat baru: operator PD yang belum lengkap sudah diingatkan hari ini "
                     "(atau belum ada operatornya).")
    return redirect(f"{reverse('pemantauan:belum_mengisi', args=[tahun])}?triwulan={tw}")
