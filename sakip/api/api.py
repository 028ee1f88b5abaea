"""The JSON API: thin endpoints that load through the policy module and write through the services."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from ninja import NinjaAPI, Path, Query, Status
from ninja.errors import HttpError
from ninja.errors import ValidationError as GalatSkema
from ninja.openapi.docs import DocsBase

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import (
    IsianJumlah,
    KonflikRealisasiAnggaran,
    MelebihiPagu,
    simpan_realisasi_anggaran_batch,
)
from sakip.audit.context import Sumber, pelaku
from sakip.core.batas import AngkaDitolak, JenisAngka, periksa
from sakip.core.formatting import angka_ringkas
from sakip.core.parameter import ID_MAKS, TAHUN_MAKS, TAHUN_MIN
from sakip.evaluasi import akses as akses_evaluasi
from sakip.evaluasi import services as evaluasi_services
from sakip.evaluasi.keluaran import rekomendasi_dict
from sakip.evaluasi.models import Evaluasi, Rekomendasi
from sakip.evaluasi.nilai import lembar, ringkas
from sakip.organisasi.akses import (
    Aksi,
    UnitTidakDitemukan,
    unit_by_slug,
    unit_for_user,
    units_for_user,
)
from sakip.organisasi.models import Unit
from sakip.pengukuran.keluaran import as_dict
from sakip.pengukuran.services import DataTidakAda, ukur_pd
from sakip.perencanaan.models import Indikator, NodeCascade, PeriodePerencanaan
from sakip.perencanaan.periode import periode_tahun
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.realisasi.alur import status_triwulan
from sakip.realisasi.models import Realisasi
from sakip.realisasi.services import (
    IsianNilai,
    KonflikRealisasi,
    PerluKonfirmasi,
    simpan_realisasi_batch,
)
from sakip.rencana_aksi.baca import rencana_baris
from sakip.rencana_aksi.services import IsianRencana, simpan_rencana_aksi_batch

from . import schemas as s
from .auth import TokenAuth
from .pembatas import Dibatasi


class DocsLokal(DocsBase):
    """Swagger UI from our own static files: the ninja default loads it from a CDN."""

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs: Any) -> HttpResponse:
        return render(request, "api/docs.html", {"openapi_url": self.get_openapi_url(api, kwargs),
                                                 "title": api.title})


api = NinjaAPI(title="Sakip API", version="1", auth=TokenAuth(), urls_namespace="api", docs=DocsLokal(),
               description="Data SAKIP per Perangkat Daerah. Autentikasi: header `Authorization: Bearer <token>` "
                           "(buat dengan `sakip token --user NAMA`). Hak akses sama dengan aplikasi web. "
                           "Token salah berulang dari satu alamat, atau terlalu banyak permintaan dengan satu "
                           "token, dijawab 429 dengan header `Retry-After` (detik). "
                           "Isian yang ditolak dijawab 400 (bukan JSON), 409 (sudah diubah orang lain) atau 422 "
                           "(tidak sah), dengan pesan berbahasa Indonesia yang menyebut bagiannya, mis. "
                           "`isian[2].nilai`.")

GALAT = {401: s.GalatApi, 403: s.GalatApi, 404: s.GalatApi, 422: s.GalatIsian, 429: s.GalatApi}
GALAT_TULIS = {**GALAT, 400: s.GalatIsian, 409: s.GalatIsian}
# Bounded like the web's URL converters: a year or id no row can have is refused (422) before any query.
Tahun = Annotated[int, Path(ge=TAHUN_MIN, le=TAHUN_MAKS, description=f"tahun, {TAHUN_MIN} sampai {TAHUN_MAKS}")]
IdPeriode = Annotated[int | None, Query(None, ge=1, le=ID_MAKS, description="id periode perencanaan")]
Triwulan = Annotated[int | None, Query(None, ge=1, le=4, description="ukur juga s.d. triwulan ini (1-4)")]
TULIS = ("Semua atau tidak sama sekali: bila satu isian ditolak, tidak ada yang disimpan dan jawabannya menyebut "
         "isian itu (`isian[i].medan`). Tahun di luar setiap periode perencanaan ditolak (422), seperti di aplikasi "
         "web.")


@api.exception_handler(Http404)
def _tidak_ada(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc) or "Tidak ditemukan."}, status=404)


@api.exception_handler(PermissionDenied)
def _terlarang(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc) or "Anda tidak berhak."}, status=403)


@api.exception_handler(Dibatasi)
def _dibatasi(request: HttpRequest, exc: Dibatasi) -> HttpResponse:
    response = api.create_response(request, {"detail": str(exc)}, status=429)
    response["Retry-After"] = str(exc.detik)
    return response


@api.exception_handler(KonflikRealisasiAnggaran)
@api.exception_handler(KonflikRealisasi)
def _konflik(request: HttpRequest, exc: KonflikRealisasi | KonflikRealisasiAnggaran) -> HttpResponse:
    return api.create_response(request, {"detail": " ".join(exc.messages)}, status=409)


@api.exception_handler(ValidationError)
def _tidak_sah(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return api.create_response(request, {"detail": " ".join(exc.messages)}, status=422)


class IsianDitolak(Exception):
    """A service refused one part of a request (``lokasi``: 'isian[2]', 'tahun'); nothing was stored."""

    def __init__(self, lokasi: str, asal: ValidationError) -> None:
        super().__init__(lokasi)
        medan = next(iter(asal.error_dict), None) if hasattr(asal, "error_dict") else None
        self.lokasi = f"{lokasi}.{medan}" if medan and medan != "__all__" else lokasi
        self.pesan = " ".join(asal.messages)
        self.status = 409 if isinstance(asal, KonflikRealisasi | KonflikRealisasiAnggaran) else 422
        # The caller may send the same isian again with alasan_konfirmasi.
        self.konfirmasi = isinstance(asal, PerluKonfirmasi) or (isinstance(asal, MelebihiPagu) and asal.boleh)


@api.exception_handler(IsianDitolak)
def _isian_ditolak(request: HttpRequest, exc: IsianDitolak) -> HttpResponse:
    return api.create_response(request, {"detail": f"{exc.lokasi}: {exc.pesan}",
                                         "galat": [{"lokasi": exc.lokasi, "pesan": exc.pesan,
                                                    "perlu_konfirmasi": exc.konfirmasi}]}, status=exc.status)


@contextmanager
def _butir(lokasi: str) -> Iterator[None]:
    """Name the part of the request a service refused."""
    try:
        yield
    except ValidationError as exc:
        raise IsianDitolak(lokasi, exc) from exc


def _tolak(ditolak: dict[int, ValidationError]) -> None:
    """A batch service stored nothing because of its first refusal: name that isian."""
    for i, exc in sorted(ditolak.items())[:1]:
        raise IsianDitolak(f"isian[{i}]", exc) from exc


# Pydantic's error types in Indonesian; numbers are explained by core.batas itself (below).
_PESAN_SKEMA = {
    "missing": "wajib diisi",
    "int_parsing": "harus bilangan bulat", "int_type": "harus bilangan bulat",
    "int_from_float": "harus bilangan bulat",
    "greater_than_equal": "paling kecil {ge}", "less_than_equal": "paling besar {le}",
    "decimal_parsing": "harus berupa angka", "decimal_type": "harus berupa angka",
    "enum": "harus salah satu dari {expected}",
    "bool_parsing": "harus true atau false", "bool_type": "harus true atau false",
    "list_type": "harus berupa daftar (array JSON)",
    "model_attributes_type": "harus berupa objek JSON", "dict_type": "harus berupa objek JSON",
    "model_type": "harus berupa objek JSON", "string_type": "harus berupa teks",
}
_JENIS_MEDAN = {"nilai": JenisAngka.NILAI, "semula": JenisAngka.NILAI, "jumlah": JenisAngka.RUPIAH}


def _lokasi(loc: Iterable[object]) -> str:
    """('body', 'isian', 2, 'nilai') -> 'isian[2].nilai'; ('path', 'tahun') -> 'tahun'."""
    out = ""
    for part in list(loc)[1:]:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "permintaan"


def _masukan(request: HttpRequest, loc: tuple[object, ...]) -> object:
    """What was sent at ``loc`` of the JSON body (ninja's errors leave the input out)."""
    try:
        data: Any = json.loads(request.body)
        for part in loc[2:]:  # ('body', <parameter name>, index, field)
            data = data[part]
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return data


def _pesan_skema(request: HttpRequest, e: dict[str, Any]) -> str:
    loc = tuple(e.get("loc", ()))
    medan = loc[-1] if loc else ""
    jenis = _JENIS_MEDAN.get(medan) if isinstance(medan, str) and loc[:1] == ("body",) else None
    if jenis is not None and e["type"] not in ("missing", "enum"):
        try:
            periksa(Decimal(str(_masukan(request, loc))), jenis)
        except AngkaDitolak as exc:
            return str(exc)  # the very message the services and the web give
        except (InvalidOperation, ValueError, TypeError):
            return "harus berupa angka"
    ctx = {k: angka_ringkas(v, 4) if isinstance(v, Decimal | int) else v for k, v in (e.get("ctx") or {}).items()}
    templat = _PESAN_SKEMA.get(e["type"])
    return templat.format(**ctx) if templat else "isian tidak sah"


@api.exception_handler(GalatSkema)
def _skema(request: HttpRequest, exc: GalatSkema) -> HttpResponse:
    galat = [{"lokasi": _lokasi(e.get("loc", ())), "pesan": _pesan_skema(request, e)} for e in exc.errors]
    return api.create_response(request, {"detail": "; ".join(f"{g['lokasi']}: {g['pesan']}" for g in galat),
                                         "galat": galat}, status=422)


@api.exception_handler(HttpError)
def _http(request: HttpRequest, exc: HttpError) -> HttpResponse:
    pesan = "Isi permintaan tidak dapat dibaca sebagai JSON." if exc.status_code == 400 else str(exc)
    return api.create_response(request, {"detail": pesan}, status=exc.status_code)


def _unit(request: HttpRequest, slug: str, aksi: Aksi = Aksi.LIHAT) -> Unit:
    return unit_for_user(request.user, slug, aksi)


def _tahun_tulis(unit: Unit, tahun: int) -> None:
    """Writes only into a year of a planning period, as the web's grids (perencanaan.periode)."""
    with _butir("tahun"):
        periode_tahun(unit.pemda_id, tahun)


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


@api.put("/pd/{slug}/{tahun}/realisasi", response={200: s.Hasil, **GALAT_TULIS}, tags=["realisasi"],
         description=TULIS)
def tulis_realisasi(request: HttpRequest, slug: str, tahun: Tahun, isian: list[s.IsianRealisasi]) -> dict[str, int]:
    """Store realisasi values, all or nothing; with periksa_semula a stale value gives 409."""
    unit = _unit(request, slug, Aksi.ISI)
    _tahun_tulis(unit, tahun)
    ids = {x.indikator for x in isian}
    inds = {i.pk: i for i in Indikator.objects.filter(unit=unit, pk__in=ids)}
    for x in isian:
        if x.indikator not in inds:
            raise Http404(f"Indikator {x.indikator} tidak ada pada {unit.nama}.")
    with pelaku(request.user, Sumber.API):
        _tolak(simpan_realisasi_batch(unit, tahun, [IsianNilai(x.indikator, x.bagian.value, x.nilai, x.semula,
                                                                x.periksa_semula, x.alasan_konfirmasi)
                                                     for x in isian]))
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


@api.put("/pd/{slug}/{tahun}/anggaran/realisasi", response={200: s.Hasil, **GALAT_TULIS}, tags=["anggaran"],
         description=TULIS)
def tulis_anggaran(request: HttpRequest, slug: str, tahun: Tahun, isian: list[s.IsianAnggaran]) -> dict[str, int]:
    """Store budget realisasi per triwulan, all or nothing; with periksa_semula a stale amount gives 409."""
    unit = _unit(request, slug, Aksi.ISI)
    _tahun_tulis(unit, tahun)
    lines = {m.pk: m for m in MataAnggaran.objects.filter(unit=unit, tahun=tahun,
                                                          pk__in={x.mata_anggaran for x in isian})}
    for x in isian:
        if x.mata_anggaran not in lines:
            raise Http404(f"Mata anggaran {x.mata_anggaran} tidak ada pada {unit.nama} tahun {tahun}.")
    with pelaku(request.user, Sumber.API):
        _tolak(simpan_realisasi_anggaran_batch(unit, tahun, [
            IsianJumlah(x.mata_anggaran, x.triwulan, x.jumlah, x.semula, x.periksa_semula, x.alasan_konfirmasi)
            for x in isian]))
    return {"disimpan": len(isian)}


@api.get("/pd/{slug}/{tahun}/pengukuran", response={200: dict[str, Any], **GALAT}, tags=["pengukuran"])
def pengukuran(request: HttpRequest, slug: str, tahun: Tahun, triwulan: Triwulan = None) -> dict[str, Any]:
    """The measurement of the PD-year, the same JSON as `sakip measure --json` (with ``triwulan``:
    `--triwulan N`, each indicator and the budget also as of that triwulan against the rencana aksi)."""
    unit = _unit(request, slug)
    try:
        hasil = ukur_pd(unit, tahun, triwulan=triwulan)
    except DataTidakAda as exc:
        raise Http404(str(exc)) from exc
    return as_dict(unit.slug, tahun, hasil)


def _rencana_aksi_pk(pk: PerjanjianKinerja) -> dict[str, Any]:
    rows = list(IndikatorPK.objects.filter(sasaran__perjanjian=pk).select_related("indikator")
                .order_by("sasaran__urutan", "urutan", "pk"))
    rencana = rencana_baris([r.pk for r in rows])
    out = []
    for r in rows:
        ra = rencana.get(r.pk)
        tws = sorted(set(ra.target) | set(ra.teks)) if ra else []
        out.append({"indikator_pk": r.pk, "indikator": r.indikator_id, "nama": r.indikator.nama,
                    "target_tahunan": r.target, "kumulatif": ra.kumulatif if ra else None,
                    "target": [{"triwulan": tw, "nilai": ra.target.get(tw), "teks": ra.teks.get(tw, "")}
                               for tw in tws] if ra else [],
                    "aksi": [{"uraian": u, "penanggung_jawab": p} for u, p in ra.aksi] if ra else []})
    return {"perjanjian": pk.pk, "versi": pk.versi, "nomor_perubahan": pk.nomor_perubahan,
            "ditandatangani": pk.ditandatangani, "indikator": out}


@api.get("/pd/{slug}/{tahun}/rencana-aksi", response={200: list[s.RencanaAksiPK], **GALAT}, tags=["rencana aksi"])
def rencana_aksi(request: HttpRequest, slug: str, tahun: Tahun) -> list[dict[str, Any]]:
    """The rencana aksi of every PK version of the PD-year (an earlier version's is history)."""
    unit = _unit(request, slug)
    return [_rencana_aksi_pk(pk) for pk in PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun)
            .order_by("nomor_perubahan")]


@api.put("/pd/{slug}/{tahun}/rencana-aksi", response={200: s.Hasil, **GALAT_TULIS}, tags=["rencana aksi"],
         description=TULIS)
def tulis_rencana_aksi(request: HttpRequest, slug: str, tahun: Tahun,
                       isian: list[s.IsianRencanaAksi]) -> dict[str, int]:
    """Store the rencana aksi of indicators of the latest PK version, all or nothing."""
    unit = _unit(request, slug, Aksi.ISI)
    _tahun_tulis(unit, tahun)
    pk = PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun).order_by("-nomor_perubahan").first()
    if pk is None:
        raise Http404(f"{unit.nama} belum mempunyai perjanjian kinerja tahun {tahun}.")
    rows = set(IndikatorPK.objects.filter(sasaran__perjanjian=pk).values_list("pk", flat=True))
    for x in isian:
        if x.indikator_pk not in rows:
            raise Http404(f"Indikator PK {x.indikator_pk} bukan bagian {pk.judul} {tahun} {unit.nama}.")
    data = {x.indikator_pk: IsianRencana(
        target={t.triwulan: t.nilai for t in x.target}, teks={t.triwulan: t.teks for t in x.target},
        kumulatif=x.kumulatif,
        aksi=None if x.aksi is None else [(a.uraian, a.penanggung_jawab) for a in x.aksi]) for x in isian}
    with pelaku(request.user, Sumber.API), transaction.atomic():
        galat = simpan_rencana_aksi_batch(pk, data)
        if galat:
            transaction.set_rollback(True)
            posisi = {x.indikator_pk: i for i, x in enumerate(isian)}
            _tolak({posisi[row]: ValidationError(pesan) for row, pesan in galat.items()})
    return {"disimpan": len(isian)}


def _evaluasi(request: HttpRequest, slug: str, tahun: int) -> Evaluasi:
    """The evaluation of a PD-year for whoever may see its worksheet (its evaluators too): 404/403 as the web."""
    try:
        unit = unit_by_slug(slug)
    except UnitTidakDitemukan as exc:
        raise Http404(str(exc)) from exc
    if not akses_evaluasi.boleh_lihat(request.user, unit, tahun):
        raise PermissionDenied(f"Anda tidak berhak melihat evaluasi {unit.nama}.")
    ev = Evaluasi.objects.filter(unit=unit, tahun=tahun).select_related("unit", "template").first()
    if ev is None:
        raise Http404(f"Belum ada Evaluasi AKIP {unit.nama} tahun {tahun}.")
    return ev


@api.get("/pd/{slug}/{tahun}/evaluasi", response={200: s.Evaluasi, **GALAT}, tags=["evaluasi"])
def evaluasi_pd(request: HttpRequest, slug: str, tahun: Tahun) -> dict[str, Any]:
    """The Evaluasi AKIP of the PD-year, the same JSON as `sakip lke nilai --json`."""
    return ringkas(lembar(_evaluasi(request, slug, tahun)))


def _rekomendasi(ev: Evaluasi) -> dict[str, Any]:
    rek = list(Rekomendasi.objects.filter(evaluasi=ev).select_related("unit", "kriteria__sub__komponen")
               .prefetch_related("tindak_lanjut"))
    return rekomendasi_dict(ev, rek, timezone.localdate())


@api.get("/pd/{slug}/{tahun}/rekomendasi", response={200: s.DaftarRekomendasi, **GALAT}, tags=["evaluasi"])
def rekomendasi(request: HttpRequest, slug: str, tahun: Tahun) -> dict[str, Any]:
    """The LHE's recommendations with their status and follow-up, the same JSON as `sakip tindak-lanjut --json`."""
    return _rekomendasi(_evaluasi(request, slug, tahun))


IdRekomendasi = Annotated[int, Path(ge=1, le=ID_MAKS, description="id rekomendasi (medan `id` daftar rekomendasi)")]


@api.post("/pd/{slug}/{tahun}/rekomendasi/{rekomendasi_id}/tindak-lanjut",
          response={201: s.RekomendasiKeluar, **GALAT_TULIS}, tags=["evaluasi"])
def tulis_tindak_lanjut(request: HttpRequest, slug: str, tahun: Tahun, rekomendasi_id: IdRekomendasi,
                        isian: s.IsianTindakLanjut) -> Status[dict[str, Any]]:
    """The PD records its follow-up of a recommendation (as on the web's follow-up page); the Inspektorat
    verifies it there. Only the PD's operator (and the Admin Pemda) may: others get 403."""
    ev = _evaluasi(request, slug, tahun)
    r = Rekomendasi.objects.filter(evaluasi=ev, pk=rekomendasi_id).select_related("unit", "evaluasi__unit").first()
    if r is None:
        raise Http404(f"Rekomendasi {rekomendasi_id} bukan bagian LHE {ev.unit.nama} {tahun}.")
    with pelaku(request.user, Sumber.API), _butir("isian"):
        evaluasi_services.catat_tindak_lanjut(r, tanggal=isian.tanggal or timezone.localdate(), uraian=isian.uraian,
                                              url=isian.url.strip(), user=request.user)
    semua = _rekomendasi(ev)["rekomendasi"]
    return Status(201, next(x for x in semua if x["id"] == r.pk))
