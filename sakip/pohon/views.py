"""Pohon kinerja pages: the whole Pemda (Pemda-wide roles) and one PD's branch (its roles too).

Every view loads its unit through ``sakip.organisasi.akses``: the Pemda-level unit (holder of
the RPJMD) may be read only by the Pemda-wide roles, a PD by them and by its own roles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from sakip.core import parameter
from sakip.core.pohon import (
    LABEL_JENIS,
    JenisTidakSelaras,
    Pohon,
    Simpul,
    TingkatPohon,
    saring_tidak_selaras,
)
from sakip.core.waktu import tahun_bawaan
from sakip.laporan.gambar_pohon import pohon_png
from sakip.organisasi.akses import Aksi, allowed, unit_for_user, units_for_user
from sakip.organisasi.models import JenisUnit, Keanggotaan, Peran, Unit
from sakip.pengukuran import pohon as data
from sakip.pengukuran.dasbor import tahun_periode
from sakip.perencanaan.models import NodeCascade, PeriodePerencanaan

from .tampilan import BarisPohon, baris

TAMPIL_TIDAK_SELARAS = "tidak-selaras"
PERAN_PEMDA = [Peran.ADMIN_PEMDA, Peran.INSPEKTORAT, Peran.PIMPINAN]


@dataclass(frozen=True)
class Temuan:
    pesan: str
    anchor: str


@dataclass(frozen=True)
class KelompokTemuan:
    jenis: JenisTidakSelaras
    label: str
    temuan: list[Temuan]


def _unit_pemda(user: User | AnonymousUser) -> Unit:
    """The Pemda-level unit the user may read: 403 for PD roles, 404 when the Pemda has no RPJMD unit."""
    unit = units_for_user(user).filter(jenis=JenisUnit.PEMDA).select_related("pemda").first()
    if unit is not None and allowed(user, unit, Aksi.LIHAT):
        return unit
    if unit is None and Keanggotaan.objects.filter(user_id=user.pk, peran__in=PERAN_PEMDA).exists():
        raise Http404("Pemda belum mempunyai unit tingkat Pemda yang memuat RPJMD.")
    raise PermissionDenied("Pohon kinerja seluruh Pemda hanya untuk Admin Pemda, Inspektorat dan Pimpinan.")


def _periode(request: HttpRequest, pemda_id: int, tahun: int) -> tuple[PeriodePerencanaan, list[PeriodePerencanaan]]:
    """The period shown (?periode=id, else the newest containing the year) and the choices."""
    pilihan = data.periode_tahun(pemda_id, tahun)
    if not pilihan:
        raise Http404(f"Tahun {tahun} tidak termasuk periode perencanaan mana pun.")
    wanted = parameter.id_(request.GET.get("periode"), "periode")
    chosen = next((p for p in pilihan if p.pk == wanted), pilihan[0])
    return chosen, pilihan


def _temuan(pohon: Pohon) -> list[KelompokTemuan]:
    groups: dict[JenisTidakSelaras, list[Temuan]] = {}
    for t in pohon.tidak_selaras:
        groups.setdefault(t.jenis, []).append(Temuan(t.pesan, f"k-{t.key}"))
    return [KelompokTemuan(j, LABEL_JENIS[j], groups[j]) for j in JenisTidakSelaras if j in groups]


def _context(request: HttpRequest, pohon: Pohon, tahun: int, periode: PeriodePerencanaan,
             pilihan: list[PeriodePerencanaan], rows: list[BarisPohon], lepas: list[BarisPohon]) -> dict[str, object]:
    saring = request.GET.get("tampil") == TAMPIL_TIDAK_SELARAS
    return {
        "tahun": tahun, "periode": periode, "periode_pilihan": pilihan, "rows": rows, "lepas": lepas,
        "temuan": _temuan(pohon), "jumlah_temuan": len(pohon.tidak_selaras), "saring": saring,
        "tampil": TAMPIL_TIDAK_SELARAS, "tahun_pilihan": tahun_periode(periode.pemda_id),
    }


def hari_ini() -> date:
    return timezone.localdate()


@login_required
@require_GET
def indeks(request: HttpRequest) -> HttpResponse:
    """The user's pohon: the whole Pemda for Pemda-wide roles, else the first own PD's branch."""
    units = units_for_user(request.user)
    unit = (units.filter(jenis=JenisUnit.PEMDA).first()
            or units.filter(induk__isnull=True).order_by("urutan", "pk").first()
            or units.order_by("urutan", "pk").first())
    if unit is None:
        raise PermissionDenied("Akun ini tidak mempunyai peran pada Pemda mana pun.")
    tahun = tahun_bawaan(tahun_periode(unit.pemda_id), hari_ini())
    if unit.jenis == JenisUnit.PEMDA:
        return redirect("pohon:pemda", tahun)
    return redirect("pohon:unit", tahun, unit.slug)


@login_required
@require_GET
def pemda(request: HttpRequest, tahun: int) -> HttpResponse:
    """The whole Pemda down to the PDs' sasaran; programs and below load when opened."""
    unit = _unit_pemda(request.user)
    periode, pilihan = _periode(request, unit.pemda_id, tahun)
    full = data.pohon_pemda(unit.pemda, periode, tahun, tingkat=[TingkatPohon.TUJUAN.value, TingkatPohon.SASARAN.value])
    pohon = saring_tidak_selaras(full) if request.GET.get("tampil") == TAMPIL_TIDAK_SELARAS else full
    pd_boxes = [data.pk_dari_kunci(k) for k, s in pohon.simpul.items() if not s.input.rpjmd]
    deeper = data.berisi_turunan(periode, [pk for pk in pd_boxes if pk is not None])

    def muat(s: Simpul) -> str:
        pk = data.pk_dari_kunci(s.key)
        if s.input.rpjmd or pk not in deeper:
            return ""
        return reverse("pohon:simpul", args=[tahun, s.input.unit_key, pk])

    saring = request.GET.get("tampil") == TAMPIL_TIDAK_SELARAS
    rows = baris(pohon.akar, muat=muat, semua_buka=saring)
    lepas = baris(pohon.lepas, muat=muat, semua_buka=saring)
    context = _context(request, full, tahun, periode, pilihan, rows, lepas)
    return render(request, "pohon/pemda.html", {**context, "pemda": unit.pemda, "unit_pemda": unit})


@login_required
@require_GET
def unit(request: HttpRequest, tahun: int, slug: str) -> HttpResponse:
    """One PD's branch: the RPJMD boxes it supports, then its own boxes down to the sub kegiatan."""
    pd = unit_for_user(request.user, slug, Aksi.LIHAT)
    if pd.jenis == JenisUnit.PEMDA:
        return redirect("pohon:pemda", tahun)
    periode, pilihan = _periode(request, pd.pemda_id, tahun)
    full = data.pohon_unit(pd, periode, tahun)
    saring = request.GET.get("tampil") == TAMPIL_TIDAK_SELARAS
    pohon = saring_tidak_selaras(full) if saring else full
    rows = baris(pohon.akar, buka_pd=(TingkatPohon.TUJUAN, TingkatPohon.SASARAN), semua_buka=saring)
    lepas = baris(pohon.lepas, buka_pd=(TingkatPohon.TUJUAN, TingkatPohon.SASARAN), semua_buka=saring)
    context = _context(request, full, tahun, periode, pilihan, rows, lepas)
    return render(request, "pohon/unit.html", {**context, "unit": pd, "pemda_boleh": _boleh_pemda(request.user)})


def _boleh_pemda(user: User | AnonymousUser) -> bool:
    unit = units_for_user(user).filter(jenis=JenisUnit.PEMDA).first()
    return unit is not None and allowed(user, unit, Aksi.LIHAT)


@login_required
@require_GET
def simpul(request: HttpRequest, tahun: int, slug: str, node_id: int) -> HttpResponse:
    """The boxes below one box of a PD (HTMX): what the Pemda page loads when a sasaran is opened."""
    pd = unit_for_user(request.user, slug, Aksi.LIHAT)
    node = get_object_or_404(NodeCascade.objects.select_related("periode"), pk=node_id, unit=pd)
    pohon = data.pohon_unit(pd, node.periode, tahun)
    found = pohon.simpul.get(data.kunci_node(node.pk))
    if found is None:
        raise Http404("Kotak tidak termasuk pohon kinerja tahun ini.")
    rows = baris(found.anak, buka_pd=())
    return render(request, "pohon/_baris.html", {"rows": rows, "tahun": tahun})


@login_required
@require_GET
def gambar(request: HttpRequest, tahun: int, slug: str) -> HttpResponse:
    """The PD's branch as the PNG the LKjIP prints."""
    pd = unit_for_user(request.user, slug, Aksi.LIHAT)
    if pd.jenis == JenisUnit.PEMDA:
        raise Http404("Gambar pohon kinerja dibuat per perangkat daerah.")
    periode, _ = _periode(request, pd.pemda_id, tahun)
    png = pohon_png(pd, periode, tahun, kegiatan=request.GET.get("kegiatan") == "1")
    response = HttpResponse(png, content_type="image/png")
    response["Content-Disposition"] = f'inline; filename="pohon-kinerja-{tahun}-{pd.slug}.png"'
    return response
