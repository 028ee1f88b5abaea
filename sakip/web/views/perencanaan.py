"""The planning editor: the cascade as a tree, its indicators, IKU flags and the yearly targets."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.core import parameter
from sakip.organisasi.akses import Aksi, allowed, unit_for_user
from sakip.organisasi.models import Unit
from sakip.perencanaan import services as plan
from sakip.perencanaan.models import PeriodePerencanaan
from sakip.web.cascade import grid_target, pohon, target_periode
from sakip.web.forms import IndikatorForm, NodeForm, TargetIsian
from sakip.web.muat import indikator_unit, node_unit, periode_unit
from sakip.web.views.bantu import hari_ini, konteks_pd


def _pesan(exc: ValidationError) -> str:
    return " ".join(exc.messages)


def _ke_pohon(unit: Unit, periode_id: int, anchor: str = "") -> HttpResponse:
    url = f"{reverse('web:perencanaan', args=[unit.slug])}?periode={periode_id}"
    return redirect(f"{url}#{anchor}" if anchor else url)


def _periode_bawaan(unit: Unit, raw: str | None) -> PeriodePerencanaan | None:
    wanted = parameter.id_(raw, "periode")
    periods = list(PeriodePerencanaan.objects.filter(pemda_id=unit.pemda_id).order_by("-tahun_mulai"))
    chosen = next((p for p in periods if p.pk == wanted), None)
    if chosen is None:
        year = hari_ini().year
        chosen = next((p for p in periods if p.memuat(year)), periods[0] if periods else None)
    return chosen


def _salin_galat(form: NodeForm | IndikatorForm, exc: ValidationError) -> None:
    """Errors a service raised, shown at the field they concern (or above the form)."""
    if hasattr(exc, "error_dict"):
        for name, errors in exc.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


@login_required
@require_GET
def indeks(request: HttpRequest, slug: str) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode = _periode_bawaan(unit, request.GET.get("periode"))
    return render(request, "web/perencanaan.html", {
        **konteks_pd(request, unit, "perencanaan"), "periode": periode,
        "semua_periode": PeriodePerencanaan.objects.filter(pemda_id=unit.pemda_id).order_by("-tahun_mulai"),
        "pohon": pohon(unit, periode) if periode else [],
    })


@login_required
@require_http_methods(["GET", "POST"])
def node_tambah(request: HttpRequest, slug: str, periode_id: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    periode = periode_unit(unit, periode_id)
    induk_id = parameter.id_(request.GET.get("induk"), "induk")
    induk = node_unit(unit, induk_id) if induk_id else None
    tingkat = "tujuan" if induk is None else {"tujuan": "sasaran", "sasaran": "program", "program": "kegiatan",
                                              "kegiatan": "sub_kegiatan"}.get(induk.tingkat, "sub_kegiatan")
    form = NodeForm(request.POST or None, unit=unit, periode=periode, initial={"induk": induk, "tingkat": tingkat})
    if request.method == "POST" and form.is_valid():
        try:
            node = plan.tambah_node(unit, periode, **form.cleaned_data)
        except ValidationError as exc:
            _salin_galat(form, exc)
        else:
            messages.success(request, f"{node.get_tingkat_display()} ditambahkan.")
            return _ke_pohon(unit, periode.pk, f"node-{node.pk}")
    return render(request, "web/node_form.html", {
        **konteks_pd(request, unit, "perencanaan"), "periode": periode, "form": form, "judul": "Tambah kotak cascade",
    }, status=422 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def node_ubah(request: HttpRequest, slug: str, node_id: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    node = node_unit(unit, node_id)
    form = NodeForm(request.POST or None, unit=unit, periode=node.periode, node=node, initial={
        "tingkat": node.tingkat, "nama": node.nama, "kode": node.kode, "induk": node.induk})
    if request.method == "POST" and form.is_valid():
        try:
            plan.ubah_node(node, **form.cleaned_data)
        except ValidationError as exc:
            _salin_galat(form, exc)
        else:
            messages.success(request, "Kotak cascade tersimpan.")
            return _ke_pohon(unit, node.periode_id, f"node-{node.pk}")
    return render(request, "web/node_form.html", {
        **konteks_pd(request, unit, "perencanaan"), "periode": node.periode, "form": form, "node": node,
        "judul": f"Ubah {node.get_tingkat_display().lower()}",
    }, status=422 if form.errors else 200)


@login_required
@require_POST
def node_pindah(request: HttpRequest, slug: str, node_id: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    node = node_unit(unit, node_id)
    arah = request.POST.get("arah")
    if arah not in ("naik", "turun"):
        return HttpResponseBadRequest("Arah harus 'naik' atau 'turun'.")
    plan.pindah_node(node, arah)
    return _ke_pohon(unit, node.periode_id, f"node-{node.pk}")


@login_required
@require_http_methods(["GET", "POST"])
def node_hapus(request: HttpRequest, slug: str, node_id: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    node = node_unit(unit, node_id)
    if request.method == "POST":
        try:
            plan.hapus_node(node)
        except ValidationError as exc:
            messages.error(request, _pesan(exc))
            return _ke_pohon(unit, node.periode_id, f"node-{node.pk}")
        messages.success(request, f"{node.get_tingkat_display()} '{node.nama[:60]}' dihapus.")
        return _ke_pohon(unit, node.periode_id)
    bawah = [s for s in pohon(unit, node.periode) if s.node is not None]
    start = next(i for i, s in enumerate(bawah) if s.node and s.node.pk == node.pk)
    subtree = [bawah[start]]
    for s in bawah[start + 1:]:
        if s.kedalaman <= bawah[start].kedalaman:
            break
        subtree.append(s)
    return render(request, "web/hapus.html", {
        **konteks_pd(request, unit, "perencanaan"), "judul": f"Hapus {node.get_tingkat_display().lower()}?",
        "objek": node.nama, "rincian": subtree, "batal": reverse("web:perencanaan", args=[unit.slug]),
    })


@login_required
@require_http_methods(["GET", "POST"])
def indikator_tambah(request: HttpRequest, slug: str, periode_id: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    periode = periode_unit(unit, periode_id)
    node_id = parameter.id_(request.GET.get("node"), "node")
    node = node_unit(unit, node_id) if node_id else None
    form = IndikatorForm(request.POST or None, unit=unit, periode=periode, initial={
        "node": node, "polaritas": "positif", "agregasi": "terakhir", "desimal": 2})
    if request.method == "POST" and form.is_valid():
        try:
            ind = plan.tambah_indikator(unit, periode, **form.cleaned_data)
        except ValidationError as exc:
            _salin_galat(form, exc)
        else:
            messages.success(request, "Indikator ditambahkan. Isi targetnya di tabel target.")
            return _ke_pohon(unit, periode.pk, f"ind-{ind.pk}")
    return render(request, "web/indikator_form.html", {
        **konteks_pd(request, unit, "perencanaan"), "periode": periode, "form": form, "judul": "Tambah indikator",
    }, status=422 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def indikator_ubah(request: HttpRequest, slug: str, indikator_id: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    ind = indikator_unit(unit, indikator_id)
    initial = {name: getattr(ind, name) for name in IndikatorForm.base_fields}
    form = IndikatorForm(request.POST or None, unit=unit, periode=ind.periode, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data["ref"] = data["ref"] or ind.ref
        try:
            plan.ubah_indikator(ind, **data)
        except ValidationError as exc:
            _salin_galat(form, exc)
        else:
            messages.success(request, "Indikator tersimpan.")
            return _ke_pohon(unit, ind.periode_id, f"ind-{ind.pk}")
    return render(request, "web/indikator_form.html", {
        **konteks_pd(request, unit, "perencanaan"), "periode": ind.periode, "form": form, "indikator": ind,
        "judul": "Ubah indikator",
    }, status=422 if form.errors else 200)


@login_required
@require_POST
def indikator_iku(request: HttpRequest, slug: str, indikator_id: int) -> HttpResponse:
    """Flip the IKU flag; HTMX swaps just the button."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    ind = indikator_unit(unit, indikator_id)
    plan.atur_iku(ind, not ind.iku)
    if request.htmx:
        return render(request, "web/_iku.html", {"ind": ind, "unit": unit, "boleh_isi": True})
    return _ke_pohon(unit, ind.periode_id, f"ind-{ind.pk}")


@login_required
@require_POST
def indikator_pindah(request: HttpRequest, slug: str, indikator_id: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    ind = indikator_unit(unit, indikator_id)
    arah = request.POST.get("arah")
    if arah not in ("naik", "turun"):
        return HttpResponseBadRequest("Arah harus 'naik' atau 'turun'.")
    plan.pindah_indikator(ind, arah)
    return _ke_pohon(unit, ind.periode_id, f"ind-{ind.pk}")


@login_required
@require_http_methods(["GET", "POST"])
def indikator_hapus(request: HttpRequest, slug: str, indikator_id: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    ind = indikator_unit(unit, indikator_id)
    if request.method == "POST":
        try:
            plan.hapus_indikator(ind)
        except ValidationError as exc:
            messages.error(request, _pesan(exc))
            return _ke_pohon(unit, ind.periode_id, f"ind-{ind.pk}")
        messages.success(request, f"Indikator '{ind.nama[:60]}' dihapus.")
        return _ke_pohon(unit, ind.periode_id)
    return render(request, "web/hapus.html", {
        **konteks_pd(request, unit, "perencanaan"), "judul": "Hapus indikator?", "objek": ind.nama, "rincian": [],
        "batal": f"{reverse('web:perencanaan', args=[unit.slug])}?periode={ind.periode_id}#ind-{ind.pk}",
    })


@login_required
@require_http_methods(["GET", "POST"])
def target(request: HttpRequest, slug: str, periode_id: int) -> HttpResponse:
    """Targets per year for every indicator of the period, as a grid."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode = periode_unit(unit, periode_id)
    simpul = pohon(unit, periode)
    baris = [ind for s in simpul for ind in s.indikator]
    tahun = list(range(periode.tahun_mulai, periode.tahun_selesai + 1))
    asal = target_periode(unit, periode)
    isian: TargetIsian | None = None
    if request.method == "POST":
        if not allowed(request.user, unit, Aksi.ISI):
            raise PermissionDenied("Hanya operator PD dan Admin Pemda yang dapat mengubah target.")
        isian = TargetIsian(request.POST, baris, tahun, asal)
        by_id = {i.pk: i for i in baris}
        for ind_id, values in isian.perubahan.items():
            try:
                plan.ubah_target(by_id[ind_id], values)
            except ValidationError as exc:
                for t in values:
                    isian.galat[f"t-{ind_id}-{t}"] = _pesan(exc)
        if not isian.galat:
            messages.success(request, f"{isian.jumlah} target tersimpan." if isian.jumlah
                             else "Tidak ada target yang berubah.")
            return redirect("web:target", unit.slug, periode.pk)
        messages.error(request, f"{len(isian.galat)} target belum tersimpan: periksa sel yang bertanda merah.")
        asal = target_periode(unit, periode)
    return render(request, "web/target.html", {
        **konteks_pd(request, unit, "perencanaan"), "periode": periode, "tahun_kolom": tahun,
        "grid": grid_target(simpul, tahun, asal, isian.galat if isian else {}, isian.teks if isian else {}),
    }, status=422 if isian and isian.galat else 200)
