"""Perjanjian Kinerja: list, draft from the cascade, change a draft, make a perubahan, sign, print."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.core import formatting as fmt
from sakip.core.batas import JenisAngka
from sakip.organisasi.akses import Aksi, unit_for_user
from sakip.organisasi.models import Jabatan, Pejabat, Unit
from sakip.perencanaan.models import PeriodePerencanaan
from sakip.perjanjian.models import AnggaranPK, IndikatorPK, PerjanjianKinerja
from sakip.perjanjian.services import (
    BarisAnggaranPK,
    PilihanIndikator,
    anggaran_dari_dpa,
    atur_anggaran_pk,
    buat_pk_dari_cascade,
    buat_pk_perubahan,
    hapus_pk,
    tambah_indikator_pk,
    tandatangani_pk,
    ubah_pk_draf,
)
from sakip.web.cascade import Simpul, pohon, target_periode
from sakip.web.forms import DrafPKForm, PerubahanForm, PihakForm, PilihIndikatorForm, baca_angka
from sakip.web.muat import periode_tahun, pk_unit
from sakip.web.views.bantu import hak, hari_ini, konteks_pd

UTAMA = {"tujuan", "sasaran"}


def _pesan(exc: ValidationError) -> str:
    return " ".join(exc.messages)


def _pihak_awal(unit: Unit, tanggal: date) -> dict[str, Pejabat]:
    """Who signed last time, else the unit's head and the Kepala Daerah in post on the date."""
    last = PerjanjianKinerja.objects.filter(unit=unit).select_related(
        "pihak_pertama__pejabat", "pihak_kedua__pejabat").order_by("-tahun", "-nomor_perubahan").first()
    if last is not None:
        pihak = {"pihak_pertama": last.pihak_pertama.pejabat}
        if last.pihak_kedua is not None:  # the Kepala Daerah's own PK has none
            pihak["pihak_kedua"] = last.pihak_kedua.pejabat
        return pihak
    found: dict[str, Pejabat] = {}
    for j in Jabatan.objects.filter(mulai__lte=tanggal, kepala_unit=True, pejabat__pemda_id=unit.pemda_id).select_related(
            "pejabat").order_by("-mulai"):
        if j.selesai is not None and j.selesai < tanggal:
            continue
        if j.unit_id == unit.pk:
            found.setdefault("pihak_pertama", j.pejabat)
        elif j.unit_id is None:
            found.setdefault("pihak_kedua", j.pejabat)
    return found


def _pemilih(post: dict[str, str] | None, simpul: list[Simpul], tahun: int, target: dict[tuple[int, int], object],
             bawaan: bool) -> list[tuple[Simpul, list[tuple[object, PilihIndikatorForm]]]]:
    """The cascade with a 'choose' form per indicator; by default the IKU and sasaran indicators."""
    out = []
    for s in simpul:
        tingkat = s.node.tingkat if s.node else ""
        rows = []
        for ind in s.indikator:
            initial = {
                "pilih": bawaan and (ind.iku or tingkat == "sasaran"),
                "kelompok": "utama" if tingkat in UTAMA else "lainnya",
                "target": target.get((ind.pk, tahun)),
            }
            rows.append((ind, PilihIndikatorForm(post, prefix=f"i{ind.pk}", initial=initial, satuan=ind.satuan)))
        out.append((s, rows))
    return out


def _dipilih(pemilih: list[tuple[Simpul, list[tuple[object, PilihIndikatorForm]]]]) -> list[PilihanIndikator]:
    return [
        PilihanIndikator(ind, f.cleaned_data["target"], f.cleaned_data["kelompok"])  # type: ignore[arg-type]
        for _, rows in pemilih for ind, f in rows if f.cleaned_data.get("pilih")
    ]


def _semua_valid(pemilih: list[tuple[Simpul, list[tuple[object, PilihIndikatorForm]]]]) -> bool:
    results = [f.is_valid() for _, rows in pemilih for _, f in rows]  # every form, so each shows its errors
    return all(results)


@login_required
@require_GET
def daftar(request: HttpRequest, slug: str) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    pks = list(PerjanjianKinerja.objects.filter(unit=unit).select_related(
        "periode", "pihak_pertama__pejabat", "pihak_kedua__pejabat").order_by("-tahun", "-nomor_perubahan"))
    per_tahun: dict[int, list[PerjanjianKinerja]] = {}
    for pk in pks:
        per_tahun.setdefault(pk.tahun, []).append(pk)
    terbaru = {t: v[0] for t, v in per_tahun.items()}
    return render(request, "web/pk_daftar.html", {
        **konteks_pd(request, unit, "pk"), "per_tahun": per_tahun,
        "bisa_perubahan": {pk.pk for pk in terbaru.values() if pk.ditandatangani},
        "tahun_baru": _tahun_tanpa_pk(unit),
    })


def _tahun_tanpa_pk(unit: Unit) -> list[tuple[int, PeriodePerencanaan]]:
    """(year, period) pairs for which a PK awal can still be drafted, newest first."""
    have = set(PerjanjianKinerja.objects.filter(unit=unit, nomor_perubahan=0).values_list("tahun", flat=True))
    out = []
    for p in PeriodePerencanaan.objects.filter(pemda_id=unit.pemda_id).order_by("-tahun_mulai"):
        out += [(t, p) for t in range(p.tahun_selesai, p.tahun_mulai - 1, -1) if t not in have]
    return sorted(out, key=lambda x: (-x[0], -x[1].tahun_mulai))


@login_required
@require_http_methods(["GET", "POST"])
def buat(request: HttpRequest, slug: str) -> HttpResponse:
    """Draft the PK awal of a year from the cascade."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    pilihan = _tahun_tanpa_pk(unit)
    key = request.POST.get("untuk") or request.GET.get("untuk", "")
    chosen = next(((t, p) for t, p in pilihan if f"{t}-{p.pk}" == key), None)
    context = {**konteks_pd(request, unit, "pk"), "pilihan": pilihan}
    if chosen is None:
        return render(request, "web/pk_buat_pilih.html", context)
    tahun, periode = chosen
    post = request.POST if request.method == "POST" else None
    today = hari_ini()
    tanggal = date(tahun, 1, 2) if today.year != tahun else today
    pihak = PihakForm(post, unit=unit, initial={"tanggal": tanggal, **_pihak_awal(unit, tanggal)})
    pemilih = _pemilih(post, pohon(unit, periode), tahun, target_periode(unit, periode), bawaan=True)
    status = 200
    if post is not None:
        pihak_ok, pilihan_ok = pihak.is_valid(), _semua_valid(pemilih)
        if pihak_ok and pilihan_ok:
            try:
                pk = buat_pk_dari_cascade(unit, tahun=tahun, periode=periode, pilihan=_dipilih(pemilih),
                                            **pihak.cleaned_data)
            except ValidationError as exc:
                messages.error(request, _pesan(exc))
            else:
                messages.success(request, f"Draf {pk.judul} {tahun} dibuat. Periksa target, lalu minta Kepala PD "
                                          "menandatanganinya.")
                return redirect("web:pk_detail", unit.slug, pk.pk)
        else:
            messages.error(request, "Draf belum dibuat: periksa isian yang bertanda merah.")
        status = 422
    context.update({"tahun": tahun, "periode": periode, "untuk": key, "pihak": pihak, "pemilih": pemilih})
    return render(request, "web/pk_buat.html", context, status=status)


def _baris_pk(pk: PerjanjianKinerja) -> list[IndikatorPK]:
    return list(IndikatorPK.objects.filter(sasaran__perjanjian=pk).select_related("indikator", "sasaran")
                .order_by("sasaran__urutan", "urutan"))


@login_required
@require_http_methods(["GET", "POST"])
def detail(request: HttpRequest, slug: str, pk_id: int) -> HttpResponse:
    """A PK as agreed; an unsigned one can have its targets changed and rows taken out."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    pk = pk_unit(unit, pk_id)
    rights = hak(request.user, unit)
    baris = _baris_pk(pk)
    post = request.POST if request.method == "POST" else None
    if post is not None and (pk.ditandatangani or not rights.isi):
        raise PermissionDenied("Perjanjian kinerja ini tidak dapat diubah oleh Anda.")
    form = DrafPKForm(post, baris=baris) if not pk.ditandatangani else None
    status = 200
    if post is not None and form is not None:
        if form.is_valid():
            try:
                ubah_pk_draf(pk, target=form.target(), hapus=form.hapus())
            except ValidationError as exc:
                messages.error(request, _pesan(exc))
            else:
                messages.success(request, "Perubahan draf tersimpan.")
                return redirect("web:pk_detail", unit.slug, pk.pk)
        else:
            messages.error(request, "Draf belum tersimpan: periksa target yang bertanda merah.")
        status = 422
    anggaran = list(pk.anggaran.all())
    return render(request, "web/pk_detail.html", {
        **konteks_pd(request, unit, "pk"), "pk": pk, "baris": baris, "form": form, "tahun": pk.tahun,
        "anggaran": anggaran, "baris_anggaran": _baris_anggaran(anggaran),
    }, status=status)


@dataclass(frozen=True)
class _BarisIsianAnggaran:
    kode: str = ""
    nama: str = ""
    teks_jumlah: str = ""
    sumber: str = ""


def _baris_anggaran(anggaran: list[AnggaranPK]) -> list[_BarisIsianAnggaran]:
    """The PK's budget rows as the form shows them, and three empty rows to add programs."""
    return [*(_BarisIsianAnggaran(a.kode, a.nama, fmt.angka_ringkas(a.jumlah, 2), a.sumber) for a in anggaran),
            *[_BarisIsianAnggaran()] * 3]


@login_required
@require_POST
def anggaran_pk(request: HttpRequest, slug: str, pk_id: int) -> HttpResponse:
    """The budget per program of an unsigned PK: typed rows, or the DPA's programs with their pagu."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    pk = pk_unit(unit, pk_id)
    if pk.ditandatangani:
        raise PermissionDenied("Perjanjian kinerja yang sudah ditandatangani tidak dapat diubah.")
    try:
        if request.POST.get("dari_dpa"):
            baris = anggaran_dari_dpa(pk)
            if not baris:
                raise ValidationError(f"DPA {unit.nama} tahun {pk.tahun} belum mempunyai program.")
        else:
            baris = _baca_anggaran(request.POST)
        atur_anggaran_pk(pk, baris)
    except ValidationError as exc:
        messages.error(request, _pesan(exc))
    else:
        messages.success(request, f"Anggaran {pk.judul} tersimpan ({len(baris)} program).")
    return redirect(reverse("web:pk_detail", args=[unit.slug, pk.pk]) + "#anggaran")


def _baca_anggaran(data: Mapping[str, str]) -> list[BarisAnggaranPK]:
    """The typed budget rows; a row without a program name is dropped, a bad amount names its row."""
    try:
        n = min(int(data.get("baris", "0")), 200)
    except ValueError:
        n = 0
    out = []
    for i in range(max(n, 0)):
        nama = data.get(f"a-{i}-nama", "").strip()
        if not nama:
            continue
        teks = data.get(f"a-{i}-jumlah", "").strip()
        try:
            jumlah = baca_angka(teks, JenisAngka.RUPIAH) if teks else None
        except ValidationError as exc:
            raise ValidationError(f"Anggaran baris {i + 1} ({nama}): {exc.messages[0]}") from None
        if jumlah is None:
            raise ValidationError(f"Anggaran baris {i + 1} ({nama}): jumlah wajib diisi.")
        out.append(BarisAnggaranPK(nama[:500], jumlah, data.get(f"a-{i}-kode", "").strip()[:30],
                                   data.get(f"a-{i}-sumber", "").strip()[:80]))
    return out


@login_required
@require_http_methods(["GET", "POST"])
def tambah(request: HttpRequest, slug: str, pk_id: int) -> HttpResponse:
    """Add cascade indicators to an unsigned PK (e.g. a perubahan into a new planning period)."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    pk = pk_unit(unit, pk_id)
    if pk.ditandatangani:
        raise PermissionDenied("Perjanjian kinerja yang sudah ditandatangani tidak dapat diubah.")
    already = set(IndikatorPK.objects.filter(sasaran__perjanjian=pk).values_list("indikator_id", flat=True))
    simpul = [Simpul(s.node, s.kedalaman, [i for i in s.indikator if i.pk not in already]) for s in pohon(unit, pk.periode)]
    post = request.POST if request.method == "POST" else None
    pemilih = _pemilih(post, [s for s in simpul if s.indikator], pk.tahun, target_periode(unit, pk.periode),
                       bawaan=False)
    status = 200
    if post is not None:
        if _semua_valid(pemilih):
            chosen = _dipilih(pemilih)
            try:
                tambah_indikator_pk(pk, chosen)
            except ValidationError as exc:
                messages.error(request, _pesan(exc))
            else:
                messages.success(request, f"{len(chosen)} indikator ditambahkan.")
                return redirect("web:pk_detail", unit.slug, pk.pk)
        else:
            messages.error(request, "Indikator belum ditambahkan: periksa isian yang bertanda merah.")
        status = 422
    return render(request, "web/pk_tambah.html", {
        **konteks_pd(request, unit, "pk"), "pk": pk, "pemilih": pemilih, "tahun": pk.tahun,
    }, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def perubahan(request: HttpRequest, slug: str, pk_id: int) -> HttpResponse:
    """A new version from the signed one; its rows are copied to be edited before signing."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    sebelumnya = pk_unit(unit, pk_id)
    periode = periode_tahun(unit, sebelumnya.tahun)
    post = request.POST if request.method == "POST" else None
    form = PerubahanForm(post, unit=unit, periode=periode, initial={
        "tanggal": hari_ini() if hari_ini().year == sebelumnya.tahun else date(sebelumnya.tahun, 6, 30),
        "pihak_pertama": sebelumnya.pihak_pertama.pejabat,
        "pihak_kedua": sebelumnya.pihak_kedua.pejabat if sebelumnya.pihak_kedua else None,
        "periode": periode[0],
    })
    draf = PerjanjianKinerja.objects.filter(unit=unit, tahun=sebelumnya.tahun, ditandatangani=False).first()
    status = 200
    if post is not None:
        if draf is not None:
            messages.error(request, f"Masih ada draf {draf.judul} {draf.tahun}; selesaikan atau hapus dulu.")
        elif form.is_valid():
            try:
                baru = buat_pk_perubahan(sebelumnya, **form.cleaned_data)
            except ValidationError as exc:
                messages.error(request, _pesan(exc))
            else:
                messages.success(request, f"Draf {baru.judul} dibuat dari versi yang ditandatangani.")
                return redirect("web:pk_detail", unit.slug, baru.pk)
        else:
            messages.error(request, "Perubahan belum dibuat: periksa isian yang bertanda merah.")
        status = 422
    return render(request, "web/pk_perubahan.html", {
        **konteks_pd(request, unit, "pk"), "pk": sebelumnya, "form": form, "draf": draf,
        "tahun": sebelumnya.tahun,
    }, status=status)


@login_required
@require_POST
def tandatangani(request: HttpRequest, slug: str, pk_id: int) -> HttpResponse:
    """The Kepala PD (or Admin Pemda) signs: the version is locked for good."""
    unit = unit_for_user(request.user, slug, Aksi.SETUJUI)
    pk = pk_unit(unit, pk_id)
    if pk.ditandatangani:
        messages.info(request, "Perjanjian kinerja ini sudah ditandatangani.")
    else:
        try:
            tandatangani_pk(pk)
        except ValidationError as exc:
            messages.error(request, _pesan(exc))
        else:
            messages.success(request, f"{pk.judul} {pk.tahun} ditandatangani dan dikunci.")
    return redirect("web:pk_detail", unit.slug, pk.pk)


@login_required
@require_POST
def hapus(request: HttpRequest, slug: str, pk_id: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    pk = pk_unit(unit, pk_id)
    try:
        hapus_pk(pk)
    except ValidationError as exc:
        messages.error(request, _pesan(exc))
        return redirect("web:pk_detail", unit.slug, pk.pk)
    messages.success(request, f"Draf {pk.judul} {pk.tahun} dihapus.")
    return redirect("web:pk_daftar", unit.slug)


@login_required
@require_GET
def cetak(request: HttpRequest, slug: str, pk_id: int) -> HttpResponse:
    """A printable page of the PK (the browser's print; the DOCX/PDF come from the Laporan tab)."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    pk = pk_unit(unit, pk_id)
    return render(request, "web/pk_cetak.html", {
        "unit": unit, "pk": pk, "sasaran": list(pk.sasaran.prefetch_related("indikator__indikator")),
        "anggaran": list(pk.anggaran.all()),
    })

