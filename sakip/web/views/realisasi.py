"""Entering realisasi: the indicator grid, the budget grid, narratives, and a triwulan's approval steps."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from sakip.core.aggregation import Bagian
from sakip.core.batas import JenisAngka, jenis_satuan
from sakip.core.waktu import nama_triwulan
from sakip.organisasi.akses import Aksi, allowed, unit_for_user
from sakip.organisasi.models import Unit
from sakip.realisasi.alur import BelumLengkap
from sakip.web import services
from sakip.web.forms import (
    SEMULA_RUSAK,
    HitungForm,
    IsianAnggaran,
    IsianRealisasi,
    LangkahForm,
    NarasiIndikatorForm,
    NarasiUnitForm,
    baca_angka,
)
from sakip.web.muat import periode_tahun
from sakip.web.narasi import (
    PREFIX_UNIT,
    SEMULA,
    LembarNarasi,
    isian_awal,
    lembar_narasi,
    prefix_indikator,
    simpan_narasi,
)
from sakip.web.persetujuan import LANGKAH, beri_langkah
from sakip.web.services import IsianSel
from sakip.web.sheets import (
    LembarAnggaran,
    baris_anggaran,
    baris_realisasi,
    hitung,
    lembar_anggaran,
    lembar_realisasi,
)
from sakip.web.views.bantu import konteks_pd, triwulan


def _sheet_url(name: str, unit: Unit, tahun: int, **query: object) -> str:
    base = reverse(name, args=[unit.slug, tahun])
    q = {k: v for k, v in query.items() if v}
    return f"{base}?{urlencode(q)}" if q else base


def _konfirmasi_realisasi(request: HttpRequest, isian: IsianRealisasi) -> str:
    """Attach the typed reason to the cells the user ticked to confirm (values far off their target)."""
    alasan = request.POST.get("alasan_konfirmasi", "").strip()[:1000]
    ditandai = set(request.POST.getlist("konfirmasi"))
    if ditandai and not alasan:
        messages.error(request, "Tulis alasan konfirmasi untuk isian yang Anda tandai benar.")
    if not alasan:
        return ""
    for sumber, cells in isian.perubahan.items():
        for bagian, sel in list(cells.items()):
            if f"v-{isian.baris.get(sumber, sumber)}-{bagian}" in ditandai:
                cells[bagian] = replace(sel, alasan=alasan)
    return alasan


def _ringkas_galat(request: HttpRequest, tersimpan: int, galat: int, hilang: int) -> None:
    """One message that says what was saved and what was not, and where to look."""
    if tersimpan:
        messages.success(request, f"{tersimpan} isian tersimpan.")
    if galat:
        messages.error(request, f"{galat} isian belum tersimpan: periksa sel yang bertanda merah, "
                                "perbaiki, lalu simpan lagi. Isian Anda masih ada di sel itu.")
    if hilang:
        messages.error(request, f"{hilang} isian tidak dapat disimpan karena susunan lembar berubah "
                                "(mis. indikator dipindah atau dihapus). Muat ulang halaman lalu isi lagi.")


@login_required
@require_http_methods(["GET", "POST"])
def realisasi(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode = periode_tahun(unit, tahun)
    tw = triwulan(request, tahun)
    hanya_pk = (request.POST or request.GET).get("pk") == "1"
    lembar = lembar_realisasi(unit, tahun, periode, tw, hanya_pk=hanya_pk)
    status = 200
    konfirmasi: list[tuple[str, str]] = []  # (cell, question) of values waiting for a confirmed reason
    alasan = ""
    if request.method == "POST":
        if not allowed(request.user, unit, Aksi.ISI):
            raise PermissionDenied("Hanya operator PD dan Admin Pemda yang dapat mengisi realisasi.")
        isian = IsianRealisasi.baca(lembar, request.POST)
        alasan = _konfirmasi_realisasi(request, isian)
        perlu: set[tuple[int, str]] = set()
        isian.tolak(services.simpan_realisasi(unit, tahun, isian.perubahan, perlu))
        konfirmasi = [(f"v-{isian.baris.get(i, i)}-{b}", isian.galat.get(f"v-{isian.baris.get(i, i)}-{b}", ""))
                      for i, b in sorted(perlu)]
        _ringkas_galat(request, isian.jumlah_tersimpan, len(isian.galat), isian.hilang)
        if not isian.galat and not isian.hilang:
            if not isian.jumlah_tersimpan:
                messages.info(request, "Tidak ada isian yang berubah.")
            return redirect(_sheet_url("web:realisasi", unit, tahun, tw=tw, pk="1" if hanya_pk else ""))
        lembar = lembar_realisasi(unit, tahun, periode, tw, hanya_pk=hanya_pk)
        isian.tampilkan(lembar)
        status = 422  # the page is the form again, with the refused cells marked
    kurang = request.GET.get("kurang") == "1"
    beri_langkah(request.user, unit, lembar.status.values(), kurang_tw=tw if kurang else None)
    return render(request, "web/realisasi.html", {
        **konteks_pd(request, unit, "realisasi", tahun, "web:realisasi"), "tw": tw, "lembar": lembar,
        "buka_kurang": kurang, "konfirmasi": konfirmasi, "alasan_konfirmasi": alasan,
        "hanya_pk": hanya_pk, "nama_tw": nama_triwulan(tw),
    }, status=status)


@login_required
@require_POST
def realisasi_hitung(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """Recompute one row as it is typed: value to date, capaian, category, cell errors."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    form = HitungForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("Baris atau triwulan tidak sah.")
    tw = form.cleaned_data["tw"]
    satu = baris_realisasi(unit, tahun, periode_tahun(unit, tahun), tw, form.cleaned_data["baris"])
    if satu is None:
        return HttpResponseBadRequest("Indikator tidak ada pada lembar ini.")
    baris = satu.baris
    jenis = jenis_satuan(baris.indikator.satuan)
    for sel in baris.sel_isian:
        assert sel.bagian is not None  # noqa: S101  # value cells only
        sel.teks = request.POST.get(sel.nama, sel.teks).strip()
        try:
            value = None if sel.teks == "" else baca_angka(sel.teks, jenis)
        except ValidationError as exc:
            sel.galat = exc.messages[0]
            continue
        if value is None:
            baris.nilai.pop(Bagian(sel.bagian), None)
        else:
            baris.nilai[Bagian(sel.bagian)] = value
    hitung(baris, tw, satu.aturan, satu.skala)
    return render(request, "web/_hitung_baris.html", {"b": baris, "tw": tw})


@login_required
@require_http_methods(["GET", "POST"])
def anggaran(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode_tahun(unit, tahun)
    tw = triwulan(request, tahun)
    lembar = lembar_anggaran(unit, tahun, tw)
    status = 200
    konfirmasi: list[tuple[str, str]] = []  # (cell, refusal) of amounts above pagu that a reason would let in
    alasan = ""
    if request.method == "POST":
        if not allowed(request.user, unit, Aksi.ISI):
            raise PermissionDenied("Hanya operator PD dan Admin Pemda yang dapat mengisi realisasi anggaran.")
        isian = IsianAnggaran.baca(lembar, request.POST)
        perubahan = _dengan_semula(isian, lembar, request.POST)
        alasan = _alasan_anggaran(request, perubahan)
        perlu: set[tuple[int, int]] = set()
        _tolak_sel(isian, services.simpan_realisasi_anggaran(unit, tahun, perubahan, perlu))
        konfirmasi = [(f"r-{m}-{t}", isian.galat.get(f"r-{m}-{t}", "")) for m, t in sorted(perlu)]
        _ringkas_galat(request, isian.jumlah_tersimpan, len(isian.galat), isian.hilang)
        if not isian.galat and not isian.hilang:
            if not isian.jumlah_tersimpan:
                messages.info(request, "Tidak ada isian yang berubah.")
            return redirect(_sheet_url("web:anggaran", unit, tahun, tw=tw))
        lembar = lembar_anggaran(unit, tahun, tw)
        isian.tampilkan(lembar)
        status = 422
    kurang = request.GET.get("kurang") == "1"
    beri_langkah(request.user, unit, lembar.status.values(), kurang_tw=tw if kurang else None)
    return render(request, "web/anggaran.html", {
        **konteks_pd(request, unit, "anggaran", tahun, "web:anggaran"), "tw": tw, "lembar": lembar,
        "buka_kurang": kurang, "konfirmasi": konfirmasi, "alasan_konfirmasi": alasan,
        "nama_tw": nama_triwulan(tw),
    }, status=status)


# IsianAnggaran (web/forms.py) reads the typed amounts only; these two add what IsianRealisasi
# does itself for the realisasi sheet: the loaded value of each cell, and refusals per cell.
def _dengan_semula(isian: IsianAnggaran, lembar: LembarAnggaran,
                   data: Mapping[str, str]) -> dict[int, dict[int, IsianSel]]:
    """Each changed budget cell with the amount the page showed (its hidden ``a-`` field).

    The save compares that amount with the stored one, so a colleague's save since the
    page was opened is reported at the cell instead of overwritten.
    """
    asal = {s.nama: s.asal for b in lembar.baris for s in b.sel}
    out: dict[int, dict[int, IsianSel]] = {}
    for line_id, values in isian.perubahan.items():
        for tw, nilai in values.items():
            nama = f"r-{line_id}-{tw}"
            teks = data.get(f"a-{nama}", asal.get(nama, "")).strip()
            try:
                semula = None if teks == "" else baca_angka(teks, None)
            except ValidationError:
                isian.galat[nama] = SEMULA_RUSAK
                continue
            out.setdefault(line_id, {})[tw] = IsianSel(nilai, semula)
    isian.perubahan = {line_id: {tw: c.nilai for tw, c in cells.items()} for line_id, cells in out.items()}
    return out


def _alasan_anggaran(request: HttpRequest, perubahan: dict[int, dict[int, IsianSel]]) -> str:
    """Attach the typed reason to the ticked budget cells (above pagu, where the Pemda allows it)."""
    alasan = request.POST.get("alasan_konfirmasi", "").strip()[:1000]
    ditandai = set(request.POST.getlist("konfirmasi"))
    if ditandai and not alasan:
        messages.error(request, "Tulis alasan untuk isian yang Anda tandai benar.")
    if not alasan:
        return ""
    for line_id, cells in perubahan.items():
        for tw, sel in list(cells.items()):
            if f"r-{line_id}-{tw}" in ditandai:
                cells[tw] = replace(sel, alasan=alasan)
    return alasan


def _tolak_sel(isian: IsianAnggaran, galat: Mapping[tuple[int, int], str]) -> None:
    """Mark each refused budget cell alone; the other cells of its line stay saved."""
    for (line_id, tw), pesan in galat.items():
        isian.perubahan.get(line_id, {}).pop(tw, None)
        isian.galat[f"r-{line_id}-{tw}"] = pesan


@login_required
@require_POST
def anggaran_hitung(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """Recompute one sub kegiatan as it is typed: realisasi to date and serapan."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    form = HitungForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("Baris atau triwulan tidak sah.")
    tw = form.cleaned_data["tw"]
    baris = baris_anggaran(unit, tahun, tw, form.cleaned_data["baris"])
    if baris is None:
        return HttpResponseBadRequest("Sub kegiatan tidak ada pada anggaran ini.")
    values = dict(baris.line.realisasi_triwulan)
    for sel in baris.sel:
        sel.teks = request.POST.get(sel.nama, sel.teks).strip()
        try:
            value = None if sel.teks == "" else baca_angka(sel.teks, JenisAngka.RUPIAH)
        except ValidationError as exc:
            sel.galat = exc.messages[0]
            continue
        if value is None:
            values.pop(sel.triwulan, None)
        else:
            values[sel.triwulan] = value
    baris.line.realisasi_triwulan = values
    baris.total = baris.line.realisasi_sd(tw)
    baris.persen = baris.line.persen(tw)
    return render(request, "web/_hitung_anggaran.html", {"b": baris})


@login_required
@require_http_methods(["GET", "POST"])
def narasi(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """Narratives of the PK indicators (faktor pendorong, penghambat, ...) and of the PD."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode_tahun(unit, tahun)
    data = lembar_narasi(unit, tahun)
    boleh_isi = allowed(request.user, unit, Aksi.ISI)
    post = request.POST if request.method == "POST" else None
    if post is not None and not boleh_isi:
        raise PermissionDenied("Hanya operator PD dan Admin Pemda yang dapat mengisi narasi.")
    isi = isian_awal(data, NarasiIndikatorForm, NarasiUnitForm)
    # Fields the POST omits keep their stored text: the forms see the page as stored, overlaid by the POST.
    forms_ind, form_unit = _form_narasi(data, {**isi, **post.dict()} if post is not None else None)
    status = 200
    if post is not None:
        if all(f.is_valid() for f in forms_ind) and form_unit.is_valid():
            hasil = simpan_narasi(unit, tahun, data, forms_ind, form_unit, post)
            if not hasil.galat:
                messages.success(request, f"{hasil.tersimpan} narasi tersimpan." if hasil.tersimpan
                                 else "Tidak ada narasi yang berubah.")
                return redirect("web:narasi", unit.slug, tahun)
            # The page shows what is stored now as each field's starting text, and the user's own text in the box.
            data = lembar_narasi(unit, tahun)
            isi = isian_awal(data, NarasiIndikatorForm, NarasiUnitForm)
            forms_ind, form_unit = _form_narasi(data, {**isi, **post.dict()})
            for f in [*forms_ind, form_unit]:
                f.is_valid()
                for nama in f.fields:
                    if (pesan := hasil.galat.get(f.add_prefix(nama))) is not None:
                        f.add_error(nama, pesan)
            messages.error(request, f"{hasil.tersimpan} narasi tersimpan; {len(hasil.galat)} belum tersimpan: "
                                    "periksa isian yang bertanda merah.")
            status = 409
        else:
            messages.error(request, "Narasi belum tersimpan: periksa isian yang bertanda merah.")
            status = 422
    return render(request, "web/narasi.html", {
        **konteks_pd(request, unit, "narasi", tahun, "web:narasi"), "boleh_isi": boleh_isi,
        "isian": [(b, f, _kolom(f, isi)) for b, f in zip(data.baris, forms_ind, strict=True)],
        "form_unit": form_unit, "kolom_unit": _kolom(form_unit, isi), "semula": SEMULA,
    }, status=status)


def _form_narasi(data: LembarNarasi, isi: Mapping[str, str] | None) -> tuple[list[NarasiIndikatorForm],
                                                                             NarasiUnitForm]:
    forms_ind = [NarasiIndikatorForm(isi, prefix=prefix_indikator(b.indikator), initial=b.teks)
                 for b in data.baris]
    return forms_ind, NarasiUnitForm(isi, prefix=PREFIX_UNIT, initial=data.unit_teks)


def _kolom(form: forms.Form, isi: Mapping[str, str]) -> list[tuple[forms.BoundField, str]]:
    """Each field with the stored text it starts from (sent back in a hidden field to detect a colleague's save)."""
    return [(bf, isi.get(bf.html_name, "")) for bf in form]


@login_required
@require_POST
def status_tw(request: HttpRequest, slug: str, tahun: int, langkah: str) -> HttpResponse:
    """One step of a triwulan's approval workflow (ajukan, setujui, kembalikan, kunci, buka kunci)."""
    step = LANGKAH[langkah]
    unit = unit_for_user(request.user, slug, step.aksi)  # 403 for a role that has no such button
    periode_tahun(unit, tahun)  # 404 for a year outside every period: no status row for it
    form = LangkahForm(request.POST, alasan_wajib=step.alasan)
    if not form.is_valid():
        messages.error(request, " ".join(m for errs in form.errors.values() for m in errs))
        return redirect(_kembali(unit, tahun, form))
    tw = form.cleaned_data["tw"]
    try:
        step.jalankan(request.user, unit, tahun, tw, form.cleaned_data["alasan"])
    except BelumLengkap as exc:
        # The page opens the list of what is missing, each with a link to its cell.
        messages.error(request, " ".join(exc.messages))
        return redirect(_kembali(unit, tahun, form, kurang=True))
    except (ValidationError, PermissionDenied) as exc:
        # A stale page (someone else moved the triwulan meanwhile) is a message, not an error page.
        messages.error(request, " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc))
    else:
        messages.success(request, step.berhasil.format(tw=nama_triwulan(tw), tahun=tahun))
    return redirect(_kembali(unit, tahun, form))


def _kembali(unit: Unit, tahun: int, form: LangkahForm, *, kurang: bool = False) -> str:
    """Back to the page the button was on, at the same triwulan (with the list of what is missing)."""
    data = form.cleaned_data  # after is_valid(): only the fields that were valid
    halaman = data.get("kembali") or "pd_tahun"
    url = _sheet_url(f"web:{halaman}", unit, tahun, tw=data.get("tw"), kurang="1" if kurang else "")
    return f"{url}#kurang-{data.get('tw')}" if kurang else url
