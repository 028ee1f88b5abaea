"""The rencana aksi sheets of the PK in force: triwulan targets and actions of each indicator, and
the planned output (K) and anggaran kas of each sub kegiatan."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, QueryDict
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from sakip.core import formatting as fmt
from sakip.core import parameter
from sakip.core.aggregation import ROMAWI, Agregasi
from sakip.core.rencana_aksi import TRIWULAN_NOMOR, kumulatif_baku
from sakip.organisasi.akses import Aksi, allowed, unit_for_user
from sakip.organisasi.models import Unit
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.rencana_aksi.baca import RencanaTerbaca, rencana_baris
from sakip.rencana_aksi.services import IsianRencana, simpan_rencana_aksi_batch
from sakip.web.muat import periode_tahun
from sakip.web.rencana_kas import IsianKas, baris_hitung, lembar_kas
from sakip.web.views.bantu import konteks_pd


@dataclass
class BarisRA:
    """One row of the grid: the PK indicator, its stored rencana aksi, the text in its cells."""

    row: IndikatorPK
    rencana: RencanaTerbaca | None
    sel: dict[int, str]
    kumulatif: bool
    aksi: str
    galat: str = ""

    @property
    def tw(self) -> list[tuple[int, str, str]]:
        return [(tw, ROMAWI[tw], self.sel.get(tw, "")) for tw in TRIWULAN_NOMOR]


def pk_berlaku(unit: Unit, tahun: int) -> PerjanjianKinerja | None:
    """The latest PK version of the year (a draft perubahan takes its rencana aksi as it is prepared)."""
    return (PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun).select_related("periode")
            .order_by("-nomor_perubahan").first())


def _teks_sel(r: RencanaTerbaca | None, tw: int, desimal: int) -> str:
    if r is None:
        return ""
    if r.target.get(tw) is not None:
        return fmt.angka_ringkas(r.target[tw], max(desimal, 2))
    return r.teks.get(tw, "")


def _baris(pk: PerjanjianKinerja) -> list[BarisRA]:
    rows = list(IndikatorPK.objects.filter(sasaran__perjanjian=pk).select_related("indikator", "sasaran")
                .order_by("sasaran__urutan", "urutan", "pk"))
    rencana = rencana_baris([r.pk for r in rows])
    out = []
    for row in rows:
        r = rencana.get(row.pk)
        kum = r.kumulatif if r is not None else kumulatif_baku(Agregasi(row.indikator.agregasi))
        out.append(BarisRA(row, r, {tw: _teks_sel(r, tw, row.indikator.desimal) for tw in TRIWULAN_NOMOR}, kum,
                           "\n".join(f"{u} | {p}" if p else u for u, p in (r.aksi if r else []))))
    return out


def _baca_isian(baris: BarisRA, post: QueryDict) -> IsianRencana:
    """The row as typed: a number is a target, any other text a qualitative target; aksi "uraian | pj"."""
    target: dict[int, Decimal | None] = {}
    teks: dict[int, str] = {}
    for tw in TRIWULAN_NOMOR:
        isi = post.get(f"t{baris.row.pk}_{tw}", "").strip()
        baris.sel[tw] = isi
        if not isi:
            target[tw], teks[tw] = None, ""
            continue
        try:
            target[tw], teks[tw] = fmt.parse_angka(isi), ""
        except fmt.ParseError:
            target[tw], teks[tw] = None, isi
    baris.kumulatif = post.get(f"k{baris.row.pk}") == "1"
    baris.aksi = post.get(f"a{baris.row.pk}", "")
    aksi = []
    for line in baris.aksi.splitlines():
        uraian, _, pj = line.partition("|")
        if uraian.strip():
            aksi.append((uraian.strip(), pj.strip()))
    return IsianRencana(target=target, teks=teks, kumulatif=baris.kumulatif, aksi=aksi)


@login_required
@require_http_methods(["GET", "POST"])
def rencana_aksi(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode_tahun(unit, tahun)
    boleh_isi = allowed(request.user, unit, Aksi.ISI)
    pk = pk_berlaku(unit, tahun)
    baris = _baris(pk) if pk is not None else []
    status = 200
    if request.method == "POST":
        if not boleh_isi:
            raise PermissionDenied("Hanya operator PD dan Admin Pemda yang dapat mengisi rencana aksi.")
        if pk is None:
            messages.error(request, f"Perjanjian kinerja {tahun} belum dibuat.")
            return redirect("web:rencana_aksi", unit.slug, tahun)
        isian = {b.row.pk: _baca_isian(b, request.POST) for b in baris if f"ada{b.row.pk}" in request.POST}
        try:
            galat = simpan_rencana_aksi_batch(pk, isian)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            status = 409
        else:
            if not galat:
                messages.success(request, f"Rencana aksi {len(isian)} indikator tersimpan.")
                return redirect("web:rencana_aksi", unit.slug, tahun)
            for b in baris:
                b.galat = galat.get(b.row.pk, "")
            messages.error(request, f"{len(galat)} baris belum tersimpan: periksa baris yang bertanda merah.")
            status = 422
    return render(request, "web/rencana_aksi.html", {
        **konteks_pd(request, unit, "rencana_aksi", tahun, "web:rencana_aksi"), "boleh_isi": boleh_isi,
        "pk": pk, "baris": baris, "romawi": [ROMAWI[tw] for tw in TRIWULAN_NOMOR],
    }, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def rencana_kas(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """Planned K and anggaran kas per sub kegiatan and triwulan; each row's kas adds up to its pagu."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    periode_tahun(unit, tahun)
    boleh_isi = allowed(request.user, unit, Aksi.ISI)
    pk = pk_berlaku(unit, tahun)
    lembar = lembar_kas(unit, tahun, pk, salin=boleh_isi)
    status = 200
    ringkasan: list[tuple[int, str]] = []
    if request.method == "POST":
        if not boleh_isi:
            raise PermissionDenied("Hanya operator PD dan Admin Pemda yang dapat mengisi anggaran kas.")
        if pk is None:
            messages.error(request, f"Perjanjian kinerja {tahun} belum dibuat.")
            return redirect("web:rencana_kas", unit.slug, tahun)
        isian = IsianKas.baca(lembar, request.POST)
        isian.simpan(lembar)
        if isian.tersimpan:
            messages.success(request, f"Rencana {isian.tersimpan} sub kegiatan tersimpan.")
        if not isian.ada_galat and not isian.hilang:
            if not isian.tersimpan:
                messages.info(request, "Tidak ada isian yang berubah.")
            return redirect("web:rencana_kas", unit.slug, tahun)
        if isian.ada_galat:
            jumlah = len({i for i, _ in isian.ringkasan})
            messages.error(request, f"{jumlah} sub kegiatan belum tersimpan: periksa baris yang bertanda merah, "
                                    "perbaiki, lalu simpan lagi. Isian Anda masih ada di selnya.")
        if isian.hilang:
            messages.error(request, f"{isian.hilang} isian tidak dapat disimpan karena susunan DPA berubah. "
                                    "Muat ulang halaman lalu isi lagi.")
        lembar = lembar_kas(unit, tahun, pk, salin=boleh_isi)
        isian.tampilkan(lembar)
        ringkasan = isian.ringkasan
        status = 422  # the page is the form again, with the refused rows as typed
    return render(request, "web/rencana_kas.html", {
        **konteks_pd(request, unit, "rencana_aksi", tahun, "web:rencana_kas"), "boleh_isi": boleh_isi,
        "lembar": lembar, "ringkasan": ringkasan, "romawi": [ROMAWI[tw] for tw in TRIWULAN_NOMOR],
    }, status=status)


@login_required
@require_http_methods(["POST"])
def rencana_kas_hitung(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """One sub kegiatan as it is typed: the kas summed against the pagu, and cell errors."""
    unit = unit_for_user(request.user, slug, Aksi.ISI)
    line_id = parameter.id_(request.POST.get("baris"), "baris")
    b = baris_hitung(unit, tahun, line_id, request.POST) if line_id is not None else None
    if b is None:
        return HttpResponseBadRequest("Sub kegiatan tidak ada pada DPA ini.")
    return render(request, "web/_hitung_kas.html", {"b": b})
