"""Evaluasi AKIP screens: the worksheet (PD self-assessment and the Inspektorat team's tiers), the
Inspektorat dashboard, the PD's follow-up page, and the LHE download. Load, authorize, call
``sakip.evaluasi.services``, render."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from sakip.core import parameter
from sakip.core.formatting import angka
from sakip.core.lke import bulatkan
from sakip.evaluasi import akses
from sakip.evaluasi import services as evaluasi
from sakip.evaluasi.keluaran import terlambat
from sakip.evaluasi.models import (
    URUTAN_TIM,
    BuktiDukung,
    Evaluasi,
    KriteriaLKE,
    PenugasanEvaluator,
    PeranTim,
    Rekomendasi,
    StatusEvaluasi,
    StatusRekomendasi,
    Tahap,
)
from sakip.evaluasi.nilai import Lembar, lembar
from sakip.evaluasi.rekaman import pilihan_rekaman
from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.organisasi.models import Pemda, Unit
from sakip.web.menu import peran_pemda
from sakip.web.views.bantu import hari_ini

MIME = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "pdf": "application/pdf",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _unit(request: HttpRequest, slug: str, tahun: int) -> Unit:
    """The PD of the URL if the user may see its evaluation (404 unknown, 403 not theirs)."""
    try:
        unit = unit_by_slug(slug)
    except UnitTidakDitemukan as exc:
        raise Http404(str(exc)) from exc
    if not akses.boleh_lihat(request.user, unit, tahun):
        raise PermissionDenied(f"Anda tidak berhak melihat evaluasi {unit.nama}.")
    return unit


def _evaluasi(unit: Unit, tahun: int, buat: bool = False) -> Evaluasi:
    ev = Evaluasi.objects.filter(unit=unit, tahun=tahun).select_related("unit", "template").first()
    if ev is None:
        if not buat:
            raise Http404(f"Belum ada Evaluasi AKIP {unit.nama} tahun {tahun}.")
        ev = evaluasi.mulai_evaluasi(unit, tahun)
    return ev


def _tahap_aktif(request: HttpRequest, unit: Unit, tahun: int) -> str | None:
    """The tier this user writes: their highest team tier, else the PD's self-assessment."""
    boleh = akses.tahap_boleh(request.user, unit, tahun)
    for t in reversed(URUTAN_TIM):
        if t in boleh:
            return t
    return Tahap.MANDIRI if Tahap.MANDIRI in boleh else None


def _kemajuan(lb: Lembar) -> list[dict[str, object]]:
    """Answered criteria per component (the progress bar of the worksheet)."""
    out = []
    for k, nk, subs in lb.per_komponen():
        rows = [b for _, _, rs in subs for b in rs]
        out.append({"kode": k.kode, "nama": k.nama, "terjawab": sum(1 for b in rows if b.berlaku), "jumlah": len(rows),
                    "nilai_teks": angka(bulatkan(nk.nilai)), "bobot": k.bobot})
    return out


def _konteks(request: HttpRequest, unit: Unit, ev: Evaluasi) -> dict[str, object]:
    tahap = _tahap_aktif(request, unit, ev.tahun)
    lb = lembar(ev, Tahap.MANDIRI if tahap == Tahap.MANDIRI else None)
    bukti: dict[int, list[BuktiDukung]] = {}
    for b in BuktiDukung.objects.filter(evaluasi=ev).order_by("pk"):
        bukti.setdefault(b.kriteria_id, []).append(b)
    for b in lb.baris:
        b.bukti = bukti.get(b.kriteria.pk, [])  # type: ignore[attr-defined]  # for the template only
        b.milik = b.per_tahap.get(tahap) if tahap else None  # type: ignore[attr-defined]
        b.pilihan = lb.struktur.opsi.get(b.kriteria.skala_id, [])  # type: ignore[attr-defined]
    terbuka = ev.status != StatusEvaluasi.FINAL and tahap is not None and not (
        tahap == Tahap.MANDIRI and ev.status != StatusEvaluasi.MANDIRI)
    return {"unit": unit, "ev": ev, "lb": lb, "tahap": tahap, "label_tahap": Tahap(tahap).label if tahap else "",
            "terbuka": terbuka, "kemajuan": _kemajuan(lb), "rekaman": pilihan_rekaman(unit, ev.tahun),
            "boleh_final": akses.boleh_final(request.user, unit, ev.tahun) and ev.status != StatusEvaluasi.FINAL,
            "boleh_buka": akses.boleh_awasi(request.user, unit) and ev.final,
            "tahun": ev.tahun}


@login_required
@require_GET
def lembar_kerja(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """The worksheet: criterion, guidance, self-assessment, evidence, this tier's answer and note."""
    unit = _unit(request, slug, tahun)
    ev = _evaluasi(unit, tahun, buat=bool(akses.tahap_boleh(request.user, unit, tahun)))
    return render(request, "web/evaluasi/lembar.html", _konteks(request, unit, ev))


def _kriteria(ev: Evaluasi, kriteria_id: int | None) -> KriteriaLKE:
    if kriteria_id is None:  # a form without its criterion is a bad request, not a missing page
        raise parameter.ParameterTidakSah("Parameter “kriteria” wajib diisi.")
    return get_object_or_404(KriteriaLKE.objects.select_related("sub__komponen", "skala"), pk=kriteria_id,
                             sub__komponen__template=ev.template)


@login_required
@require_POST
def jawab(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """Save one criterion's answer and note for the user's tier; the row and the score come back (HTMX)."""
    unit = _unit(request, slug, tahun)
    ev = _evaluasi(unit, tahun)
    tahap = _tahap_aktif(request, unit, tahun)
    if tahap is None:
        raise PermissionDenied(f"Anda tidak berhak mengisi evaluasi {unit.nama}.")
    k = _kriteria(ev, parameter.id_(request.POST.get("kriteria"), "kriteria"))
    galat = ""
    try:
        evaluasi.simpan_jawaban(ev, tahap, {k.kode: (request.POST.get("jawaban", ""),
                                                     request.POST.get("catatan", "")[:2000])}, user=request.user)
    except ValidationError as exc:
        galat = "; ".join(exc.messages)
    ctx = _konteks(request, unit, ev)
    if not request.htmx:
        if galat:
            messages.error(request, galat)
        return redirect("web:evaluasi", slug, tahun)
    baris = next(b for b in ctx["lb"].baris if b.kriteria.pk == k.pk)  # type: ignore[attr-defined]
    return render(request, "web/evaluasi/_jawab.html", {**ctx, "b": baris, "galat": galat, "oob_skor": True})


@login_required
@require_POST
def bukti(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """Attach evidence to a criterion: one of the PD's records, an uploaded file, or a URL."""
    unit = _unit(request, slug, tahun)
    ev = _evaluasi(unit, tahun)
    k = _kriteria(ev, parameter.id_(request.POST.get("kriteria"), "kriteria"))
    pilihan = request.POST.get("rekaman", "")
    berkas = request.FILES.get("berkas")
    url = request.POST.get("url", "").strip()
    judul = request.POST.get("judul", "").strip()
    try:
        if pilihan:
            jenis, _, nomor = pilihan.partition(":")
            rid = parameter.id_(nomor, "rekaman")
            cocok = next((r for r in pilihan_rekaman(unit, tahun) if r.jenis == jenis and r.id == rid), None)
            if cocok is None:
                raise ValidationError("rekaman: pilihan tidak dikenal")
            evaluasi.tambah_bukti(ev, k, "rekaman", judul or cocok.judul, rekaman=jenis, rekaman_id=rid,
                                  user=request.user)
        elif berkas is not None:
            if berkas.size > evaluasi.BUKTI_MAKS_BYTE:
                raise ValidationError("berkas: lebih dari 10 MB")
            evaluasi.tambah_bukti(ev, k, "berkas", judul or berkas.name, berkas=(berkas.name, berkas.read()),
                                  user=request.user)
        elif url:
            evaluasi.tambah_bukti(ev, k, "tautan", judul or url, url=url, user=request.user)
        else:
            raise ValidationError("Pilih rekaman Sakip, unggah berkas, atau tulis tautan.")
        messages.success(request, f"Bukti dukung {k.kode} ditambahkan.")
    except ValidationError as exc:
        messages.error(request, f"Bukti dukung {k.kode}: " + "; ".join(exc.messages))
    return redirect(reverse("web:evaluasi", args=[slug, tahun]) + f"#k-{k.pk}")


@login_required
@require_GET
def unduh_bukti(request: HttpRequest, slug: str, tahun: int, bukti_id: int) -> HttpResponse:
    """An uploaded evidence file, only to those who may see the worksheet (never from /media/)."""
    unit = _unit(request, slug, tahun)
    b = get_object_or_404(BuktiDukung, pk=bukti_id, evaluasi__unit=unit, evaluasi__tahun=tahun, berkas__gt="")
    with b.berkas.open("rb") as f:
        isi = f.read()
    response = HttpResponse(isi, content_type="application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="{b.berkas.name.rsplit("/", 1)[-1]}"'
    return response


@login_required
@require_POST
def final(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    unit = _unit(request, slug, tahun)
    ev = _evaluasi(unit, tahun)
    try:
        evaluasi.tetapkan_final(ev, hari_ini(), user=request.user)
        messages.success(request, f"Evaluasi {unit.nama} {tahun} ditetapkan final.")
    except ValidationError as exc:
        messages.error(request, "; ".join(exc.messages))
    return redirect("web:evaluasi", slug, tahun)


@login_required
@require_POST
def buka(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    unit = _unit(request, slug, tahun)
    ev = _evaluasi(unit, tahun)
    try:
        evaluasi.buka_kembali(ev, request.POST.get("alasan", ""), user=request.user)
        messages.success(request, f"Evaluasi {unit.nama} {tahun} dibuka kembali.")
    except ValidationError as exc:
        messages.error(request, "; ".join(exc.messages))
    return redirect("web:evaluasi", slug, tahun)


@login_required
@require_GET
def unduh_lhe(request: HttpRequest, slug: str, tahun: int, fmt: str) -> HttpResponse:
    unit = _unit(request, slug, tahun)
    ev = _evaluasi(unit, tahun)
    # Imported on use, so the URLconf (which the reviu's links load) stays light.
    from sakip.laporan.lhe import render_lhe

    response = HttpResponse(render_lhe(ev, fmt, tanggal=hari_ini()), content_type=MIME[fmt])
    response["Content-Disposition"] = f'attachment; filename="LHE-{tahun}-{unit.slug}.{fmt}"'
    return response


@login_required
@require_GET
def unduh_kke(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """The Kertas Kerja Evaluasi (XLSX): every tier's answer and note, the evidence, the sign-off."""
    unit = _unit(request, slug, tahun)
    ev = _evaluasi(unit, tahun)
    from sakip.laporan.kke import render_kke  # openpyxl only when a workbook is written

    response = HttpResponse(render_kke(ev, hari_ini=hari_ini()), content_type=MIME["xlsx"])
    response["Content-Disposition"] = f'attachment; filename="KKE-{tahun}-{unit.slug}.xlsx"'
    return response


@login_required
@require_GET
def dasbor(request: HttpRequest, tahun: int) -> HttpResponse:
    """The Inspektorat's view: every PD's evaluation status and score, filtered by predikat."""
    m = peran_pemda(request.user)
    ditugaskan = [p for p in PenugasanEvaluator.objects.filter(user=request.user).select_related("unit")
                  if p.berlaku(tahun)]
    if m is None and not ditugaskan:
        raise PermissionDenied("Dasbor evaluasi hanya untuk Inspektorat, Admin Pemda, Pimpinan dan evaluator.")
    if m is not None:
        units = list(Unit.objects.perangkat_daerah().filter(pemda_id=m.pemda_id).order_by("urutan", "nama"))
    else:
        units = sorted({p.unit for p in ditugaskan}, key=lambda u: (u.urutan, u.nama))
    evs = {e.unit_id: e for e in Evaluasi.objects.filter(unit__in=units, tahun=tahun)}
    rek = list(Rekomendasi.objects.filter(unit__in=units).exclude(status=StatusRekomendasi.TUNTAS)
               .select_related("unit", "evaluasi"))
    today = hari_ini()
    telat: dict[int, int] = {}
    for r in rek:
        if terlambat(r, today):
            telat[r.unit_id] = telat.get(r.unit_id, 0) + 1
    predikat = request.GET.get("predikat", "")
    baris = [{"unit": u, "ev": evs.get(u.pk), "terlambat": telat.get(u.pk, 0)} for u in units]
    if predikat:
        baris = [b for b in baris if b["ev"] is not None and b["ev"].predikat == predikat]  # type: ignore[union-attr]
    final = [e for e in evs.values() if e.final]
    sebaran = {p: sum(1 for e in final if e.predikat == p) for p in ("AA", "A", "BB", "B", "CC", "C", "D")}
    return render(request, "web/evaluasi/dasbor.html", {
        "tahun": tahun, "baris": baris, "predikat": predikat, "sebaran": sebaran,
        "jumlah_final": len(final), "terlambat": sum(telat.values()),
        "boleh_tugaskan": m is not None and akses.boleh_tugaskan(request.user, m.pemda_id),
    })


@login_required
def tindak_lanjut(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """The PD's recommendations: it records follow-up with evidence, the Inspektorat verifies."""
    unit = _unit(request, slug, tahun)
    ev = _evaluasi(unit, tahun)
    if request.method == "POST":
        rek_id = parameter.id_(request.POST.get("rekomendasi"), "rekomendasi")
        if rek_id is None:
            raise parameter.ParameterTidakSah("Parameter “rekomendasi” wajib diisi.")
        r = get_object_or_404(Rekomendasi, pk=rek_id, evaluasi=ev)
        try:
            if request.POST.get("aksi") == "verifikasi":
                evaluasi.verifikasi_rekomendasi(r, request.POST.get("status", ""), tanggal=hari_ini(),
                                                catatan=request.POST.get("catatan", ""), user=request.user)
                messages.success(request, "Verifikasi disimpan.")
            else:
                tanggal = date.fromisoformat(request.POST.get("tanggal") or hari_ini().isoformat())
                berkas = request.FILES.get("berkas")
                evaluasi.catat_tindak_lanjut(r, tanggal=tanggal, uraian=request.POST.get("uraian", ""),
                                             url=request.POST.get("url", "").strip(),
                                             berkas=(berkas.name, berkas.read()) if berkas else None,
                                             user=request.user)
                messages.success(request, "Tindak lanjut dicatat.")
        except ValueError as exc:  # date.fromisoformat on a malformed date
            messages.error(request, f"Tanggal tidak sah: {exc}")
        except ValidationError as exc:
            messages.error(request, "; ".join(exc.messages))
        return redirect("web:tindak_lanjut", slug, tahun)
    rek = list(Rekomendasi.objects.filter(evaluasi=ev).select_related("kriteria__sub__komponen")
               .prefetch_related("tindak_lanjut"))
    today = hari_ini()
    for r in rek:
        r.terlambat = terlambat(r, today)  # type: ignore[attr-defined]  # for the template only
    return render(request, "web/evaluasi/tindak_lanjut.html", {
        "unit": unit, "ev": ev, "tahun": tahun, "rekomendasi": rek, "status_pilihan": StatusRekomendasi.choices,
        "boleh_isi": akses.boleh_tindak_lanjut(request.user, unit),
        "boleh_verifikasi": akses.boleh_verifikasi(request.user, unit, tahun), "hari_ini": today,
    })



def _pemda_penugasan(request: HttpRequest) -> Pemda:
    pemda = akses.pemda_penugasan(request.user)
    if pemda is None:
        raise PermissionDenied("Penugasan evaluator hanya oleh Admin Pemda atau Inspektorat.")
    return pemda


@login_required
def evaluator(request: HttpRequest, tahun: int) -> HttpResponse:
    """Who evaluates which PD, in which tier: assign and withdraw (Admin Pemda and the Inspektorat)."""
    pemda = _pemda_penugasan(request)
    # The PDs, and the sub units evaluated on their own (a Bagian of the Setda with its own PK).
    units = Unit.objects.tanpa_pemda().filter(pemda=pemda).filter(
        Q(induk__isnull=True) | Q(evaluasi_akip__isnull=False) | Q(evaluator__isnull=False)).distinct()
    calon = akses.calon_evaluator(pemda)
    if request.method == "POST":
        aksi = request.POST.get("aksi", "")
        try:
            if aksi == "cabut":
                pid = parameter.id_(request.POST.get("penugasan"), "penugasan")
                if pid is None:
                    raise parameter.ParameterTidakSah("Parameter “penugasan” wajib diisi.")
                p = get_object_or_404(PenugasanEvaluator.objects.select_related("user", "unit"), pk=pid,
                                      unit__pemda=pemda)
                evaluasi.cabut_penugasan(p, oleh=request.user)
                messages.success(request, f"Penugasan {p.user.get_username()} sebagai {p.get_peran_display()} "
                                          f"{p.unit.nama} dicabut.")
            elif aksi == "tugaskan":
                uid = parameter.id_(request.POST.get("pengguna"), "pengguna")
                unit_id = parameter.id_(request.POST.get("unit"), "unit")
                if uid is None or unit_id is None:
                    raise ValidationError("Pilih pegawai dan perangkat daerah.")
                u = get_object_or_404(calon, pk=uid)  # another Pemda's account is not found here
                unit = get_object_or_404(units, pk=unit_id)
                setiap = request.POST.get("berlaku") == "setiap"
                p = evaluasi.tugaskan_evaluator(u, unit, request.POST.get("peran", ""), oleh=request.user,
                                                tahun=None if setiap else tahun)
                messages.success(request, f"{u.get_username()} ditugaskan sebagai {p.get_peran_display()} "
                                          f"{unit.nama} {'untuk setiap tahun' if setiap else f'tahun {tahun}'}.")
            else:
                raise ValidationError("Aksi tidak dikenal.")
        except ValidationError as exc:
            messages.error(request, "; ".join(exc.messages))
        return redirect("web:evaluasi_evaluator", tahun)
    tim: dict[int, list[PenugasanEvaluator]] = {}
    for p in (PenugasanEvaluator.objects.filter(Q(tahun__isnull=True) | Q(tahun=tahun), unit__pemda=pemda)
              .select_related("user").order_by("peran", "user__username")):
        tim.setdefault(p.unit_id, []).append(p)
    urut = {t: i for i, t in enumerate(URUTAN_TIM)}
    for ps in tim.values():
        ps.sort(key=lambda p: (urut[p.peran], p.user.get_username()))
    evs = {e.unit_id: e for e in Evaluasi.objects.filter(unit__pemda=pemda, tahun=tahun)}
    daftar = [{"unit": u, "tim": tim.get(u.pk, []), "ev": evs.get(u.pk)}
              for u in units.order_by("urutan", "nama")]
    return render(request, "web/evaluasi/evaluator.html", {
        "tahun": tahun, "pemda": pemda, "daftar": daftar, "calon": list(calon),
        "peran_pilihan": PeranTim.choices, "jumlah": sum(len(v) for v in tim.values()),
    })
