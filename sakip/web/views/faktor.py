"""Faktor per triwulan: pendorong, penghambat and solusi of each PK indicator, beside the realisasi."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from sakip.core.waktu import nama_triwulan
from sakip.organisasi.akses import Aksi, allowed, unit_for_user
from sakip.web.faktor import PANJANG_MAKS, KirimanFaktor, lembar_faktor
from sakip.web.muat import periode_tahun
from sakip.web.views.bantu import konteks_pd, triwulan


@login_required
@require_http_methods(["GET", "POST"])
def faktor(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode_tahun(unit, tahun)
    tw = triwulan(request, tahun)
    boleh_isi = allowed(request.user, unit, Aksi.ISI)
    lembar = lembar_faktor(unit, tahun, tw)
    status = 200
    if request.method == "POST":
        if not boleh_isi:
            raise PermissionDenied("Hanya operator PD dan Admin Pemda yang dapat mengisi faktor triwulan.")
        kiriman = KirimanFaktor.baca(lembar, request.POST)
        kiriman.simpan(lembar)
        if kiriman.tersimpan:
            messages.success(request, f"Faktor {kiriman.tersimpan} indikator tersimpan.")
        if not kiriman.galat:
            if not kiriman.tersimpan:
                messages.info(request, "Tidak ada faktor yang berubah.")
            return redirect(f"{reverse('web:faktor', args=[unit.slug, tahun])}?tw={tw}")
        messages.error(request, f"Faktor {len(kiriman.galat)} indikator belum tersimpan: periksa isian yang "
                                "bertanda merah. Teks Anda masih ada di kotaknya.")
        lembar = lembar_faktor(unit, tahun, tw)
        kiriman.tampilkan(lembar)
        status = 422
    return render(request, "web/faktor.html", {
        **konteks_pd(request, unit, "realisasi", tahun, "web:faktor"), "tw": tw, "lembar": lembar,
        "nama_tw": nama_triwulan(tw), "bisa_simpan": boleh_isi and lembar.terbuka, "panjang_maks": PANJANG_MAKS,
    }, status=status)
