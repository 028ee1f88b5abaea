"""Reviu pages: the validation rules on a PD-year, and the reviu of an uploaded LKjIP."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from sakip.kertaskerja.services import simpan_hasil_reviu_dokumen
from sakip.organisasi.akses import Aksi, allowed, unit_for_user
from sakip.organisasi.models import Unit

from .dokumen import BerkasTidakTerbaca, HasilReviu, baca_bytes, reviu
from .forms import UKURAN_MAKS, UnggahDokumen
from .kkr import LABEL_TINGKAT, bagian_dokumen, judul_temuan
from .konteks import konteks_pemda
from .rules import ATURAN, reviu_data


@login_required
@require_http_methods(["GET"])
def data(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """Every finding of the validation rules on the stored data of one PD-year."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    temuan = reviu_data(unit, tahun)
    jumlah = {t: sum(1 for x in temuan if x.tingkat.value == t) for t in ("galat", "peringatan", "info")}
    return render(request, "reviu/data.html", {
        "unit": unit, "tahun": tahun, "temuan": [(t, judul_temuan(t.kode)) for t in temuan], "jumlah": jumlah,
        "aturan": [(a, judul_temuan(a.kode)) for a in ATURAN],
        # The "where to fix" links lead to editing pages: only shown to those who may edit there.
        "boleh_ubah": allowed(request.user, unit, Aksi.ISI),
    })


@login_required
@require_http_methods(["GET", "POST"])
def dokumen(request: HttpRequest, slug: str) -> HttpResponse:
    """Upload an LKjIP written elsewhere and show its inconsistencies, compared with the PD's Pemda."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    if request.method == "POST" and int(request.META.get("CONTENT_LENGTH") or 0) > UKURAN_MAKS + 64 * 1024:
        # Refused from the request's declared length, before Django spools the body to disk.
        return render(request, "reviu/dokumen.html", {
            "unit": unit, "form": UnggahDokumen(), "hasil": None,
            "galat": f"Berkas lebih besar dari {UKURAN_MAKS // (1024 * 1024)} MB; tidak dibaca.",
        }, status=413)
    form = UnggahDokumen(request.POST or None, request.FILES or None,
                         initial={"tahun": request.GET.get("tahun", "")})
    hasil = None
    if request.method == "POST" and form.is_valid():
        berkas = form.cleaned_data["berkas"]
        try:
            doc = baca_bytes(berkas.read(), berkas.name)
        except BerkasTidakTerbaca as exc:
            form.add_error("berkas", f"Berkas tidak dapat dibaca: {exc}.")
        else:
            hasil = reviu(doc, konteks_pemda(unit.pemda))
            _simpan_ringkasan(request, unit, form.cleaned_data.get("tahun"), berkas.name, hasil)
    return render(request, "reviu/dokumen.html", {
        "unit": unit, "form": form, "hasil": hasil, "baris": _baris_dokumen(hasil),
        "tingkat": [(t.value, label) for t, label in LABEL_TINGKAT.items()],
    }, status=400 if request.method == "POST" and hasil is None else 200)


def _baris_dokumen(hasil: HasilReviu | None) -> list[dict[str, object]]:
    """The findings with their plain title and chapter, for the table and its filters."""
    if hasil is None:
        return []
    return [{"t": t, "judul": judul_temuan(t.kode), "bagian": bagian_dokumen(t.lokasi)} for t in hasil.temuan]


def _simpan_ringkasan(request: HttpRequest, unit: Unit, tahun: int | None, nama: str, hasil: HasilReviu) -> None:
    """The counts go on the Inspektorat's overview when the year is given by someone who enters or reviews."""
    if tahun is None or not (allowed(request.user, unit, Aksi.ISI) or allowed(request.user, unit, Aksi.REVIU)):
        return
    n = hasil.jumlah_per_tingkat
    simpan_hasil_reviu_dokumen(unit, tahun, nama_berkas=nama, galat=n.get("galat", 0),
                               peringatan=n.get("peringatan", 0), info=n.get("info", 0),
                               pengguna=request.user)  # type: ignore[arg-type]  # login_required: a User
