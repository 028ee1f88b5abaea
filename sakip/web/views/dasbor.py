"""The Pemda dashboard (every PD side by side) and a PD's dashboard."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from sakip.core.waktu import ROMAWI, tahun_bawaan
from sakip.evaluasi.nilai import rekomendasi_terlambat
from sakip.organisasi.akses import Aksi, unit_for_user
from sakip.organisasi.models import Peran
from sakip.pengukuran.dasbor import (
    JENIS_PILIHAN,
    URUTAN,
    dasbor_pd,
    dasbor_pemda,
    skala_map,
    tahun_pemda,
    tahun_periode,
    tahun_unit,
)
from sakip.web import menu
from sakip.web.forms import FilterPemdaForm
from sakip.web.muat import periode_tahun
from sakip.web.persetujuan import beri_langkah, status_tahun
from sakip.web.views.bantu import hari_ini, konteks_pd, triwulan


@login_required
@require_GET
def pemda(request: HttpRequest, tahun: int | None = None) -> HttpResponse:
    peran = menu.peran_pemda(request.user)
    if peran is None:
        raise PermissionDenied("Dasbor Pemda hanya untuk Admin Pemda, Inspektorat dan Pimpinan.")
    pemda = peran.pemda
    if tahun is None:
        tahun = tahun_bawaan(tahun_pemda(pemda), hari_ini())
    predikat = skala_map(set()).get(0)
    form = FilterPemdaForm(request.GET or None, jenis=JENIS_PILIHAN,
                           predikat=[(b.kode, b.teks) for b in predikat.bands] if predikat else [], urut=URUTAN)
    filters = form.nilai()
    data = dasbor_pemda(pemda, tahun, **filters)
    context = {
        "d": data, "tahun": tahun, "form": form, "tahun_pilihan": tahun_periode(pemda.pk),
        "kolom": _kolom(request, tahun, filters["urut"], filters["turun"], filters["triwulan"]),
        "pilih_tw": _pilih_tw(request, tahun, filters["triwulan"]),
        # The whole-Pemda Excel import writes every PD: the Admin Pemda's alone (sakip.impor).
        "impor_pemda": peran.peran == Peran.ADMIN_PEMDA,
    }
    if request.htmx and request.htmx.target == "tabel-pd":
        return render(request, "web/_tabel_pemda.html", context)
    return render(request, "web/pemda.html", context)


@login_required
@require_GET
def pd(request: HttpRequest, slug: str, tahun: int | None = None) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    if tahun is None:
        tahun = tahun_bawaan(tahun_unit(unit), hari_ini())
    periode = periode_tahun(unit, tahun)
    tw = triwulan(request, tahun)
    data = dasbor_pd(unit, tahun, tw, periode)
    status = status_tahun(unit, tahun)
    kurang = request.GET.get("kurang") == "1"
    beri_langkah(request.user, unit, status.values(), kurang_tw=tw if kurang else None)
    return render(request, "web/pd.html", {
        **konteks_pd(request, unit, "dasbor", tahun, "web:pd_tahun"), "tw": tw, "d": data, "buka_kurang": kurang,
        "progres": [(t, status[t.tw]) for t in data.progres],  # each triwulan with its approval status
        "rekomendasi_terlambat": rekomendasi_terlambat(unit, hari_ini()),
    })


@dataclass(frozen=True)
class Kolom:
    """A sortable column header: clicking it sorts by it, clicking again reverses."""

    label: str
    url: str
    aktif: bool
    arah_aria: str
    angka: bool


def _kolom(request: HttpRequest, tahun: int, urut: str, turun: bool, tw: int | None = None) -> list[Kolom]:
    base = reverse("web:pemda_tahun", args=[tahun])
    out = []
    for key, label in URUTAN.items():
        if tw is not None and key in ("capaian", "serapan"):
            label = f"{'Capaian' if key == 'capaian' else 'Serapan'} s.d. TW {ROMAWI[tw]}"
        query = request.GET.copy()
        query["urut"] = key
        query["arah"] = "naik" if key == urut and turun else ("turun" if key == urut or key != "nama" else "naik")
        out.append(Kolom(label, f"{base}?{query.urlencode()}", key == urut,
                         "descending" if turun else "ascending", key != "nama"))
    return out


@dataclass(frozen=True)
class PilihanTW:
    """A link of the triwulan selector (the other filters kept)."""

    label: str
    url: str
    aktif: bool


def _pilih_tw(request: HttpRequest, tahun: int, tw: int | None) -> list[PilihanTW]:
    base = reverse("web:pemda_tahun", args=[tahun])
    out = []
    for nilai, label in ((None, "Setahun"), *((i, f"TW {ROMAWI[i]}") for i in (1, 2, 3, 4))):
        query = request.GET.copy()
        query.pop("triwulan", None)
        if nilai is not None:
            query["triwulan"] = str(nilai)
        out.append(PilihanTW(label, f"{base}?{query.urlencode()}" if query else base, nilai == tw))
    return out
