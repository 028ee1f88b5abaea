"""SKM pages: the citizen's form and the published results (public), the operator's survey pages.

Spam and repeats on the public form, without an outside CAPTCHA and without storing anything
that identifies the respondent:
* a rate limit per IP address, counted in the cache under a keyed hash of the address (the
  address itself is never stored, in the cache or the database);
* a honeypot field hidden from people; a bot filling it gets a thank-you and nothing is stored;
* a signed form token naming the survey and when the form was served: a token older than a day,
  for another survey, or sent back faster than a person can read nine questions is refused;
* a signed cookie per survey after an answer: the same browser is thanked instead of asked again.
"""

from __future__ import annotations

import hashlib
import time
from datetime import date

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.audit.context import Sumber, pelaku
from sakip.core.ikm import KINERJA, KODE_UNSUR
from sakip.laporan import skm as laporan_skm
from sakip.organisasi.akses import Aksi, UnitTidakDitemukan, unit_by_slug, unit_for_user
from sakip.organisasi.models import Unit
from sakip.skm import services
from sakip.skm.hasil import bobot_pemda, hasil_survei, profil_responden, survei_terbuka
from sakip.skm.models import Kanal, RencanaTindakLanjut, StatusSurvei, Survei, Unsur
from sakip.web.skm_form import KuesionerForm, RtlForm, StatusRtlForm, SurveiForm
from sakip.web.views.bantu import konteks_pd

_GARAM = "sakip.skm.formulir"
_UMUR_TOKEN = 24 * 3600


def _unsur(survei: Survei) -> list[Unsur]:
    return list(Unsur.objects.filter(versi=survei.versi_unsur).order_by("urutan"))


def _unit_publik(slug: str) -> Unit:
    try:
        return unit_by_slug(slug)
    except UnitTidakDitemukan as exc:
        raise Http404(str(exc)) from exc


def _kunci_ip(request: HttpRequest) -> str:
    ip = request.META.get("REMOTE_ADDR", "")
    return "skm:ip:" + hashlib.sha256(f"{settings.SECRET_KEY}|{ip}".encode()).hexdigest()[:32]


def _melebihi_batas(request: HttpRequest) -> bool:
    """Count this submission against the address's hourly allowance (shared desks get a generous one)."""
    key = _kunci_ip(request)
    cache.add(key, 0, 3600)
    try:
        n = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, 3600)
        n = 1
    return n > settings.SKM_BATAS_PER_JAM


def _cookie(survei: Survei) -> str:
    return f"skm_{survei.pk}"


def _sudah_mengisi(request: HttpRequest, survei: Survei) -> bool:
    return request.get_signed_cookie(_cookie(survei), default=None, salt=_GARAM) == str(survei.pk)


def _token(survei: Survei) -> str:
    return signing.dumps({"s": survei.pk, "t": int(time.time())}, salt=_GARAM)


def _periksa_token(token: str, survei: Survei) -> str | None:
    """Why the token is refused, or None."""
    try:
        data = signing.loads(token, salt=_GARAM, max_age=_UMUR_TOKEN)
    except signing.BadSignature:
        return "Formulir sudah kedaluwarsa; silakan isi ulang."
    if not isinstance(data, dict) or data.get("s") != survei.pk:
        return "Formulir ini untuk survei lain; silakan isi ulang."
    if time.time() - float(data.get("t", 0)) < settings.SKM_WAKTU_ISI_MIN:
        return "Formulir dikirim terlalu cepat. Mohon baca dan jawab setiap pertanyaan, lalu kirim lagi."
    return None


def _halaman_form(request: HttpRequest, unit: Unit, survei: Survei, form: KuesionerForm,
                  status: int = 200) -> HttpResponse:
    return render(request, "skm/publik_form.html", {"unit": unit, "survei": survei, "form": form}, status=status)


@require_http_methods(["GET", "POST"])
def formulir(request: HttpRequest, slug: str) -> HttpResponse:
    """/skm/<unit>/: the open survey's questionnaire, for anyone, without an account."""
    unit = _unit_publik(slug)
    survei = survei_terbuka(unit.pk)
    if survei is None:
        return render(request, "skm/publik_tutup.html", {"unit": unit}, status=404)
    if _sudah_mengisi(request, survei):
        return render(request, "skm/publik_terima_kasih.html", {"unit": unit, "survei": survei, "ulang": True})
    unsur = _unsur(survei)
    if request.method == "GET":
        return _halaman_form(request, unit, survei, KuesionerForm(survei=survei, unsur=unsur,
                                                                   initial={"token": _token(survei)}))
    if _melebihi_batas(request):
        return render(request, "skm/publik_batas.html", {"unit": unit}, status=429)
    form = KuesionerForm(request.POST, survei=survei, unsur=unsur)
    if request.POST.get("situs"):  # the honeypot: thank the bot, store nothing
        return render(request, "skm/publik_terima_kasih.html", {"unit": unit, "survei": survei})
    alasan = _periksa_token(request.POST.get("token", ""), survei)
    if alasan is not None or not form.is_valid():
        if alasan:
            form.add_error(None, alasan)
        data = form.data.copy()
        data["token"] = _token(survei)
        form.data = data
        return _halaman_form(request, unit, survei, form)
    c = form.cleaned_data
    data_resp = services.DataResponden(
        jawaban={k: c[k] for k in KODE_UNSUR if k in c}, jenis_layanan=c["jenis_layanan"],
        jenis_kelamin=c["jenis_kelamin"], usia=c["usia"], pendidikan=c["pendidikan"], pekerjaan=c["pekerjaan"],
        saran=c["saran"])
    try:
        with pelaku(None, Sumber.PUBLIK, "publik"):
            services.catat_responden(survei, data_resp, kanal=Kanal.DARING)
    except ValidationError as exc:
        form.add_error(None, " ".join(exc.messages))
        return _halaman_form(request, unit, survei, form)
    response = render(request, "skm/publik_terima_kasih.html", {"unit": unit, "survei": survei})
    response.set_signed_cookie(_cookie(survei), str(survei.pk), salt=_GARAM, max_age=200 * 24 * 3600,
                               httponly=True, samesite="Lax", secure=request.is_secure())
    return response


@require_GET
def hasil_publik(request: HttpRequest, slug: str) -> HttpResponse:
    """/skm/<unit>/hasil/: the published results (PermenPAN-RB 14/2017 requires publishing them)."""
    unit = _unit_publik(slug)
    daftar = []
    bobot = bobot_pemda(unit.pemda_id)
    for s in Survei.objects.filter(unit=unit, diumumkan__isnull=False).select_related("unit").prefetch_related(
            "rencana_tindak_lanjut").order_by("-tahun", "-periode"):
        daftar.append({"survei": s, "hasil": hasil_survei(s, bobot),
                       "rtl": list(s.rencana_tindak_lanjut.all())})
    nama_unsur = dict(Unsur.objects.filter(versi="14/2017").values_list("kode", "nama"))
    return render(request, "skm/publik_hasil.html", {"unit": unit, "daftar": daftar, "nama_unsur": nama_unsur,
                                                      "terbuka": survei_terbuka(unit.pk)})


# -- operator pages ------------------------------------------------------------------------------

def _units(unit: Unit) -> list[Unit]:
    """The PD and the units under it: each may be a unit layanan with its own survey."""
    return [unit, *Unit.objects.filter(induk=unit).order_by("urutan", "nama")]


def _survei(unit: Unit, survei_id: int) -> Survei:
    s = Survei.objects.filter(Q(unit=unit) | Q(unit__induk=unit), pk=survei_id).select_related("unit").first()
    if s is None:
        raise Http404("Survei tidak ditemukan pada perangkat daerah ini.")
    return s


@login_required
@require_http_methods(["GET", "POST"])
def daftar(request: HttpRequest, slug: str) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    units = _units(unit)
    form = SurveiForm(units=[(u.slug, u.nama) for u in units],
                      initial={"tahun": date.today().year, "unit": unit.slug})  # noqa: DTZ011  # a default only
    if request.method == "POST":
        unit = unit_for_user(request.user, slug, Aksi.ISI)
        form = SurveiForm(request.POST, units=[(u.slug, u.nama) for u in units])
        if form.is_valid():
            c = form.cleaned_data
            target = next(u for u in units if u.slug == c["unit"])
            try:
                s = services.buat_survei(target, tahun=c["tahun"], periode=c["periode"],
                                         jenis_layanan=c["jenis_layanan"], metode=c["metode"], populasi=c["populasi"])
            except ValidationError as exc:
                form.add_error(None, " ".join(exc.messages))
            else:
                messages.success(request, f"{s} dibuat; sampel minimum {s.sampel_minimum} responden.")
                return redirect("web:skm_survei", unit.slug, s.pk)
    surveys = Survei.objects.filter(unit__in=units).select_related("unit").order_by("-tahun", "-periode", "unit__urutan")
    bobot = bobot_pemda(unit.pemda_id)  # one read for every survey of the list
    rows = [{"survei": s, "hasil": hasil_survei(s, bobot)} for s in surveys]
    return render(request, "skm/daftar.html", {**konteks_pd(request, unit, "skm"), "rows": rows, "form": form},
                  status=400 if form.errors else 200)


def _konteks_survei(request: HttpRequest, unit: Unit, s: Survei) -> dict[str, object]:
    h = hasil_survei(s)
    unsur = {u.kode: u for u in _unsur(s)}
    return {**konteks_pd(request, unit, "skm"), "survei": s, "hasil": h, "unsur": unsur,
            "baris_unsur": [(u, unsur.get(u.kode)) for u in h.unsur] if h else [],
            "profil": profil_responden(s), "rtl": list(s.rencana_tindak_lanjut.all()),
            "rtl_form": RtlForm(initial={"unsur_kode": h.terlemah.kode} if h else None),
            "status_form": StatusRtlForm(), "kinerja": KINERJA}


@login_required
@require_GET
def survei(request: HttpRequest, slug: str, survei_id: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    return render(request, "skm/survei.html", _konteks_survei(request, unit, _survei(unit, survei_id)))


@login_required
@require_POST
def survei_aksi(request: HttpRequest, slug: str, survei_id: int) -> HttpResponse:
    """Open/close a survey for answers, or publish/withdraw its result."""
    aksi = request.POST.get("aksi", "")
    unit = unit_for_user(request.user, slug, Aksi.SETUJUI if aksi in ("umumkan", "tarik") else Aksi.ISI)
    s = _survei(unit, survei_id)
    if aksi == "buka":
        services.ubah_survei(s, status=StatusSurvei.DIBUKA)
    elif aksi == "tutup":
        services.ubah_survei(s, status=StatusSurvei.DITUTUP)
    elif aksi == "umumkan":
        services.umumkan_hasil(s)
    elif aksi == "tarik":
        services.tarik_pengumuman(s)
    else:
        messages.error(request, "Aksi tidak dikenal.")
    return redirect("web:skm_survei", unit.slug, s.pk)


@login_required
@require_POST
def rtl_tambah(request: HttpRequest, slug: str, survei_id: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    s = _survei(unit, survei_id)
    form = RtlForm(request.POST)
    if form.is_valid():
        try:
            services.tambah_rencana_tindak_lanjut(s, **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, "Rencana tindak lanjut dicatat.")
            return redirect("web:skm_survei", unit.slug, s.pk)
    ctx = _konteks_survei(request, unit, s)
    ctx["rtl_form"] = form
    return render(request, "skm/survei.html", ctx, status=400)


@login_required
@require_POST
def rtl_status(request: HttpRequest, slug: str, survei_id: int, rtl_id: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    s = _survei(unit, survei_id)
    rtl = RencanaTindakLanjut.objects.filter(survei=s, pk=rtl_id).first()
    if rtl is None:
        raise Http404("Rencana tindak lanjut tidak ditemukan.")
    form = StatusRtlForm(request.POST)
    if form.is_valid():
        services.ubah_status_tindak_lanjut(rtl, form.cleaned_data["status"], form.cleaned_data["keterangan"])
        messages.success(request, "Status tindak lanjut diperbarui.")
    else:
        messages.error(request, "Status tidak sah.")
    return redirect("web:skm_survei", unit.slug, s.pk)


_BARIS_GRID = 10


@login_required
@require_http_methods(["GET", "POST"])
def entri(request: HttpRequest, slug: str, survei_id: int) -> HttpResponse:
    """The grid for paper questionnaires: up to ten respondents at a time, all stored or none."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    s = _survei(unit, survei_id)
    galat: list[str] = []
    if request.method == "POST":
        rows, galat = _baca_grid(request)
        if not galat and not rows:
            galat.append("Tidak ada baris yang diisi.")
        if not galat:
            try:
                services.impor_responden(s, rows, kanal=Kanal.KERTAS,
                                         keterangan=f"{len(rows)} kuesioner kertas dientri")
            except ValidationError as exc:
                galat = list(exc.messages)
            else:
                messages.success(request, f"{len(rows)} responden kuesioner kertas disimpan.")
                return redirect("web:skm_entri", unit.slug, s.pk)
    return render(request, "skm/entri.html", {
        **konteks_pd(request, unit, "skm"), "survei": s, "baris": range(1, _BARIS_GRID + 1), "kode": KODE_UNSUR,
        "galat": galat, "post": request.POST if galat else {},
    }, status=400 if galat else 200)


def _baca_grid(request: HttpRequest) -> tuple[list[services.DataResponden], list[str]]:
    rows: list[services.DataResponden] = []
    galat: list[str] = []
    for i in range(1, _BARIS_GRID + 1):
        sel = {k: request.POST.get(f"r{i}-{k}", "").strip() for k in KODE_UNSUR}
        if not any(sel.values()):
            continue
        jawaban: dict[str, int | None] = {}
        for k, v in sel.items():
            if v == "":
                jawaban[k] = None
            elif v in ("1", "2", "3", "4"):
                jawaban[k] = int(v)
            else:
                galat.append(f"Baris {i}, kolom {k}: \"{v}\" bukan 1, 2, 3 atau 4.")
        rows.append(services.DataResponden(
            jawaban=jawaban, jenis_kelamin=request.POST.get(f"r{i}-jk", ""),
            usia=request.POST.get(f"r{i}-usia", ""), pendidikan=request.POST.get(f"r{i}-pendidikan", ""),
            pekerjaan=request.POST.get(f"r{i}-pekerjaan", "")))
    return rows, galat


@login_required
@require_GET
def unduh_laporan(request: HttpRequest, slug: str, survei_id: int, fmt: str) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    s = _survei(unit, survei_id)
    try:
        content = laporan_skm.render_laporan_skm(s, fmt)
    except laporan_skm.LaporanSkmGagal as exc:
        messages.error(request, str(exc))
        return redirect("web:skm_survei", unit.slug, s.pk)
    return _berkas(content, fmt, f"Laporan-SKM-{s.tahun}-{s.periode}-{s.unit.slug}.{fmt}")


@login_required
@require_GET
def unduh_kuesioner(request: HttpRequest, slug: str, survei_id: int, fmt: str) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    s = _survei(unit, survei_id)
    try:
        content = laporan_skm.render_kuesioner(s, fmt)
    except laporan_skm.LaporanSkmGagal as exc:
        messages.error(request, str(exc))
        return redirect("web:skm_survei", unit.slug, s.pk)
    return _berkas(content, fmt, f"Kuesioner-SKM-{s.tahun}-{s.periode}-{s.unit.slug}.{fmt}")


def _berkas(content: bytes, fmt: str, filename: str) -> HttpResponse:
    mime = {"pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}[fmt]
    response = HttpResponse(content, content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
