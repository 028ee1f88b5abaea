"""The JSON API: thin endpoints that load through the policy module and write through the services."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Annotated, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from ninja import NinjaAPI, Path, Query
from ninja.openapi.docs import DocsBase

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import (
    KonflikRealisasiAnggaran,
    record_realisasi_anggaran,
    simpan_realisasi_anggaran_bersyarat,
)
from sakip.audit.context import Sumber, pelaku
from sakip.audit.services import status_triwulan
from sakip.core.aggregation import Bagian
from sakip.core.parameter import ID_MAKS, TAHUN_MAKS, TAHUN_MIN
from sakip.organisasi.access import Aksi, unit_for_user, units_for_user
from sakip.organisasi.models import Unit
from sakip.pengukuran.output import as_dict
from sakip.pengukuran.services import DataTidakAda, measure
from sakip.perencanaan.models import Indikator, NodeCascade, PeriodePerencanaan
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.realisasi.models import Realisasi
from sakip.realisasi.services import (
    KonflikRealisasi,
    record_realisasi_tahun,
    simpan_realisasi_bersyarat,
)

from . import schemas as s
from .auth import TokenAuth


class DocsLokal(DocsBase):
    """Swagger UI from our own static files: the ninja default loads it from a CDN."""

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs: Any) -> HttpResponse:
        return render(request, "api/docs.html", {"openapi_url": self.get_openapi_url(api, kwargs),
                                                 "title": api.title})


api = NinjaAPI(title="Sakip API", version="1", auth=TokenAuth(), urls_namespace="api", docs=DocsLokal(),
               description="Data SAKIP per Perangkat Daerah. Autentikasi: header `Authorization: Bearer <token>` "
                           "(buat dengan `sakip token --user NAMA`). Hak akses sama dengan aplikasi web.")

# Bounded like the web's URL converters: a year or id no row can have is refused (422) before any query.
Tahun = Annotated[int, Path(ge=TAHUN_MIN, le=TAHUN_MAKS)]
IdPeriode = Annotated[int | None, Query(ge=1, le=ID_MAKS)]

GALAT = {401: s.Galat, 403: s.Galat, 404: s.Galat}
GALAT_TULIS = {**GALAT, 409: s.Galat, 422: s.GalatIsian}


@api.exception_handler(Http404)
def _tidak_ada(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc) or "Tidak ditemukan."}, status=404)


@api.exception_handler(PermissionDenied)
def _terlarang(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc) or "Anda tidak berhak."}, status=403)


@api.exception_handler(KonflikRealisasiAnggaran)
@api.exception_handler(KonflikRealisasi)
def _konflik(request: HttpRequest, exc: KonflikRealisasi | KonflikRealisasiAnggaran) -> HttpResponse:
    return api.create_response(request, {"detail": " ".join(exc.messages)}, status=409)


@api.exception_handler(ValidationError)
def _tidak_sah(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return api.create_response(request, {"detail": " ".join(exc.messages)}, status=422)


def _unit(request: HttpRequest, slug: str, aksi: Aksi = Aksi.LIHAT) -> Unit:
    return unit_for_user(request.user, slug, aksi)


def _periode(unit: Unit, periode: int | None) -> Iterable[PeriodePerencanaan]:
    qs = PeriodePerencanaan.objects.filter(pemda_id=unit.pemda_id)
    return qs.filter(pk=periode) if periode is not None else qs


@api.get("/pd", response={200: list[s.PD], **GALAT}, tags=["organisasi"])
def daftar_pd(request: HttpRequest) -> list[dict[str, Any]]:
    """Every unit the caller may read."""
    units = units_for_user(request.user).select_related("induk").order_by("pemda_id", "urutan", "pk").distinct()
    return [_pd(u) for u in units]


def _pd(u: Unit) -> dict[str, Any]:
    return {"slug": u.slug, "nama": u.nama, "singkatan": u.singkatan, "jenis": u.jenis,
            "induk": u.induk.slug if u.induk_id else None}


@api.get("/pd/{slug}", response={200: s.PD, **GALAT}, tags=["organisasi"])
def detail_pd(request: HttpRequest, slug: str) -> dict[str, Any]:
    return _pd(_unit(request, slug))


@api.get("/pd/{slug}/periode", response={200: list[s.Periode], **GALAT}, tags=["perencanaan"])
def periode(request: HttpRequest, slug: str) -> list[PeriodePerencanaan]:
    """The planning periods (RPJMD/Renstra) of the unit's Pemda."""
    return list(_periode(_unit(request, slug), None))


@api.get("/pd/{slug}/cascade", response={200: list[s.Node], **GALAT}, tags=["perencanaan"])
def cascade(request: HttpRequest, slug: str, periode: IdPeriode = None) -> list[dict[str, Any]]:
    """The unit's cascade (tujuan → sub kegiatan); optionally of one period."""
    unit = _unit(request, slug)
    qs = NodeCascade.objects.filter(unit=unit, periode__in=_periode(unit, periode)).order_by("periode", "urutan")
    return [{"id": n.pk, "induk": n.induk_id, "tingkat": n.tingkat, "kode": n.kode, "nama": n.nama} for n in qs]


@api.get("/pd/{slug}/indikator", response={200: list[s.Indikator], **GALAT}, tags=["perencanaan"])
def indikator(request: HttpRequest, slug: str, periode: IdPeriode = None) -> list[dict[str, Any]]:
    """The unit's indicators with their yearly targets."""
    unit = _unit(request, slug)
    qs = (Indikator.objects.filter(unit=unit, periode__in=_periode(unit, periode))
          .prefetch_related("target").order_by("periode", "urutan"))
    return [{"id": i.pk, "ref": i.ref, "node": i.node_id, "nama": i.nama, "satuan": i.satuan, "iku": i.iku,
             "polaritas": i.polaritas, "agregasi": i.agregasi, "kode_standar": i.kode_standar,
             "target": {str(t.tahun): t.nilai for t in i.target.all()}} for i in qs]


@api.get("/pd/{slug}/{tahun}/pk", response={200: list[s.PK], **GALAT}, tags=["perjanjian"])
def perjanjian(request: HttpRequest, slug: str, tahun: Tahun) -> list[dict[str, Any]]:
    """Every PK version of the PD-year with its agreed targets."""
    unit = _unit(request, slug)
    qs = (PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun)
          .prefetch_related("sasaran__indikator__indikator").order_by("nomor_perubahan"))
    return [{"id": pk.pk, "versi": pk.versi, "nomor_perubahan": pk.nomor_perubahan,
             "tanggal": pk.tanggal.isoformat(), "ditandatangani": pk.ditandatangani,
             "sasaran": [{"kelompok": sa.kelompok, "uraian": sa.uraian,
                          "indikator": [{"indikator": ip.indikator_id, "nama": ip.indikator.nama,
                                         "target": ip.target} for ip in sa.indikator.all()]}
                         for sa in pk.sasaran.all()]} for pk in qs]


@api.get("/pd/{slug}/{tahun}/realisasi", response={200: list[s.Realisasi], **GALAT}, tags=["realisasi"])
def realisasi(request: HttpRequest, slug: str, tahun: Tahun) -> list[dict[str, Any]]:
    """Stored realisasi of the unit's indicators in a year (per triwulan, semester or year)."""
    unit = _unit(request, slug)
    qs = Realisasi.objects.filter(indikator__unit=unit, tahun=tahun).select_related("indikator")
    return [{"indikator": r.indikator_id, "ref": r.indikator.ref, "bagian": r.bagian, "nilai": r.nilai} for r in qs]


@api.get("/pd/{slug}/{tahun}/status", response={200: list[s.StatusTW], **GALAT}, tags=["realisasi"])
def status(request: HttpRequest, slug: str, tahun: Tahun) -> list[dict[str, Any]]:
    """Approval status of each triwulan (draft, diajukan, disetujui, terkunci)."""
    return [{"triwulan": tw, "status": st.value} for tw, st in status_triwulan(_unit(request, slug), tahun).items()]


@api.put("/pd/{slug}/{tahun}/realisasi", response={200: s.Hasil, **GALAT_TULIS}, tags=["realisasi"])
def tulis_realisasi(request: HttpRequest, slug: str, tahun: Tahun, isian: list[s.IsianRealisasi]) -> dict[str, int]:
    """Store realisasi values, all or nothing; with periksa_semula a stale value gives 409."""
    unit = _unit(request, slug, Aksi.ISI)
    valid = {b.value for b in Bagian}
    ids = {x.indikator for x in isian}
    inds = {i.pk: i for i in Indikator.objects.filter(unit=unit, pk__in=ids)}
    for x in isian:
        if x.indikator not in inds:
            raise Http404(f"Indikator {x.indikator} tidak ada pada {unit.nama}.")
        if x.bagian not in valid:
            raise ValidationError(f"Bagian {x.bagian} tidak dikenal; pakai {', '.join(sorted(valid))}.")
    with pelaku(request.user, Sumber.API), transaction.atomic():
        for x in isian:
            if x.periksa_semula:
                simpan_realisasi_bersyarat(inds[x.indikator], tahun, x.bagian, x.nilai, x.semula)
            else:
                record_realisasi_tahun(inds[x.indikator], {tahun: {x.bagian: x.nilai}})
    return {"disimpan": len(isian)}


@api.get("/pd/{slug}/{tahun}/anggaran", response={200: list[s.MataAnggaran], **GALAT}, tags=["anggaran"])
def anggaran(request: HttpRequest, slug: str, tahun: Tahun) -> list[dict[str, Any]]:
    """The DPA lines of the PD-year with pagu (sub kegiatan) and realisasi per triwulan."""
    unit = _unit(request, slug)
    lines = list(MataAnggaran.objects.filter(unit=unit, tahun=tahun).order_by("urutan", "pk"))
    real: dict[int, dict[str, Decimal]] = {}
    for r in RealisasiAnggaran.objects.filter(mata_anggaran__in=lines):
        real.setdefault(r.mata_anggaran_id, {})[str(r.triwulan)] = r.jumlah
    return [{"id": m.pk, "induk": m.induk_id, "tingkat": m.tingkat, "kode": m.kode, "nama": m.nama,
             "pagu": m.pagu, "realisasi": real.get(m.pk, {})} for m in lines]


@api.put("/pd/{slug}/{tahun}/anggaran/realisasi", response={200: s.Hasil, **GALAT_TULIS}, tags=["anggaran"])
def tulis_anggaran(request: HttpRequest, slug: str, tahun: Tahun, isian: list[s.IsianAnggaran]) -> dict[str, int]:
    """Store budget realisasi per triwulan, all or nothing; with periksa_semula a stale amount gives 409."""
    unit = _unit(request, slug, Aksi.ISI)
    lines = {m.pk: m for m in MataAnggaran.objects.filter(unit=unit, tahun=tahun,
                                                          pk__in={x.mata_anggaran for x in isian})}
    for x in isian:
        if x.mata_anggaran not in lines:
            raise Http404(f"Mata anggaran {x.mata_anggaran} tidak ada pada {unit.nama} tahun {tahun}.")
    with pelaku(request.user, Sumber.API), transaction.atomic():
        for x in isian:
            if x.periksa_semula:
                simpan_realisasi_anggaran_bersyarat(lines[x.mata_anggaran], x.triwulan, x.jumlah, x.semula)
            else:
                record_realisasi_anggaran(lines[x.mata_anggaran], {x.triwulan: x.jumlah})
    return {"disimpan": len(isian)}


@api.get("/pd/{slug}/{tahun}/pengukuran", response={200: dict[str, Any], **GALAT}, tags=["pengukuran"])
def pengukuran(request: HttpRequest, slug: str, tahun: Tahun) -> dict[str, Any]:
    """The measurement of the PD-year, the same JSON as `sakip measure --json`."""
    unit = _unit(request, slug)
    try:
        hasil = measure(unit, tahun)
    except DataTidakAda as exc:
        raise Http404(str(exc)) from exc
    return as_dict(unit.slug, tahun, hasil)
