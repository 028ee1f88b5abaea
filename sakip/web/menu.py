"""Navigation built from the user's roles: a link appears only when the user may follow it."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, User
from django.http import HttpRequest
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import timezone

from sakip.core.waktu import tahun_bawaan
from sakip.evaluasi.models import Evaluasi, PenugasanEvaluator
from sakip.organisasi.akses import Aksi, allowed
from sakip.organisasi.models import Keanggotaan, Peran, Unit
from sakip.pengukuran.dasbor import tahun_unit

PERAN_PEMDA = {Peran.ADMIN_PEMDA, Peran.INSPEKTORAT, Peran.PIMPINAN}


@dataclass(frozen=True)
class Tautan:
    label: str
    url: str
    aktif: bool = False


def keanggotaan(user: User | AnonymousUser) -> list[Keanggotaan]:
    """The user's roles, loaded once per request (cached on the user object)."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_sakip_menu_keanggotaan", None)
    if cached is None:
        cached = list(Keanggotaan.objects.filter(user=user).select_related("unit", "pemda").order_by("pk"))
        user._sakip_menu_keanggotaan = cached  # type: ignore[union-attr]  # per-request cache
    return cached


def peran_pemda(user: User | AnonymousUser) -> Keanggotaan | None:
    """The user's first Pemda-wide role (admin, inspektorat, pimpinan), if any."""
    return next((m for m in keanggotaan(user) if m.peran in PERAN_PEMDA), None)


def unit_pd(user: User | AnonymousUser) -> list[Unit]:
    """The units a PD role (operator, kepala) attaches the user to."""
    seen: dict[int, Unit] = {}
    for m in keanggotaan(user):
        if m.unit is not None and m.unit_id not in seen:
            seen[m.unit_id] = m.unit
    return list(seen.values())


def label_peran(user: User | AnonymousUser) -> str:
    """'Operator PD — Kecamatan Mojosari' for the header."""
    parts = []
    for m in keanggotaan(user):
        label = Peran(m.peran).label
        parts.append(f"{label} — {m.unit.nama}" if m.unit else label)
    return "; ".join(parts)


def reviu_tersedia() -> bool:
    """Whether the reviu app serves an index page yet (it is built beside this app)."""
    try:
        resolve("/reviu/")
    except Resolver404:
        return False
    return True


def utama(request: HttpRequest) -> list[Tautan]:
    path = request.path
    user = request.user
    links: list[Tautan] = []
    pemda = peran_pemda(user)
    if pemda is not None:
        url = reverse("web:pemda")
        links.append(Tautan("Dasbor Pemda", url, path.startswith(url)))
        url = reverse("pemantauan:indeks")  # the PD ranking and the "belum mengisi" list
        links.append(Tautan("Pemantauan", url, path.startswith(url)))
        url = reverse("pohon:indeks")
        links.append(Tautan("Pohon kinerja", url, path.startswith(url)))
    if pemda is not None or _evaluator(user):
        tahun = tahun_bawaan(Evaluasi.objects.values_list("tahun", flat=True).distinct(), timezone.localdate())
        url = reverse("web:evaluasi_dasbor", args=[tahun])
        links.append(Tautan("Evaluasi AKIP", url, path.startswith("/evaluasi/")))
    for unit in unit_pd(user):
        url = reverse("web:pd", args=[unit.slug])
        links.append(Tautan(unit.singkatan or unit.nama, url, path.startswith(url)))
    if pemda is not None and pemda.peran in (Peran.ADMIN_PEMDA, Peran.INSPEKTORAT):
        if reviu_tersedia():
            links.append(Tautan("Reviu", "/reviu/", path.startswith("/reviu/")))
        if url := _jejak_pemda():
            links.append(Tautan("Jejak audit", url, path == url))
    if pemda is not None and pemda.peran == Peran.ADMIN_PEMDA:
        url = reverse("web:pengguna")
        links.append(Tautan("Pengguna", url, path.startswith(url)))
        url = reverse("web:kendali")  # entry windows, count units, the gates' settings
        links.append(Tautan("Kendali", url, path.startswith(url)))
        url = reverse("web:templat")  # the Word templates of the documents' fixed wording
        links.append(Tautan("Templat", url, path.startswith(url)))
    url = reverse("web:publik")
    links.append(Tautan("Publikasi", url, path.startswith(url)))
    return links


def pd(request: HttpRequest, unit: Unit, tahun: int | None, tab: str) -> list[Tautan]:
    """Tabs of a PD: what the user may see and do on this unit."""
    if tahun is None:
        tahun = tahun_bawaan(tahun_unit(unit), timezone.localdate())
    # Everyone who reaches a PD page may read every tab; the pages offer editing only to
    # those allowed to enter data (Aksi.ISI) or approve (Aksi.SETUJUI).
    tabs = [
        ("dasbor", "Dasbor", reverse("web:pd_tahun", args=[unit.slug, tahun])),
        ("profil", "Profil", reverse("web:profil", args=[unit.slug])),
        ("perencanaan", "Perencanaan", reverse("web:perencanaan", args=[unit.slug])),
        ("pk", "Perjanjian Kinerja", reverse("web:pk_daftar", args=[unit.slug])),
        ("rencana_aksi", "Rencana Aksi", reverse("web:rencana_aksi", args=[unit.slug, tahun])),
        ("realisasi", "Realisasi", reverse("web:realisasi", args=[unit.slug, tahun])),
        ("anggaran", "Anggaran", reverse("web:anggaran", args=[unit.slug, tahun])),
        ("narasi", "Narasi", reverse("web:narasi", args=[unit.slug, tahun])),
        ("laporan", "Laporan", reverse("web:laporan", args=[unit.slug, tahun])),
        ("skm", "SKM", reverse("web:skm", args=[unit.slug])),
        ("pohon", "Pohon kinerja", reverse("pohon:unit", args=[tahun, unit.slug])),
    ]
    reviu = _reviu_pd(unit.slug, tahun)
    if reviu:
        tabs.append(("reviu", "Reviu", reviu))
    tabs.append(("evaluasi", "Evaluasi AKIP", reverse("web:evaluasi", args=[unit.slug, tahun])))
    # The trail is read-only and open to whoever reads the PD; the import writes, so it needs Aksi.ISI.
    tabs.append(("jejak", "Jejak", reverse("audit:jejak_pd", args=[unit.slug])))
    if allowed(request.user, unit, Aksi.ISI):
        tabs.append(("impor", "Impor Excel", reverse("impor:unggah", args=[unit.slug, tahun])))
    # Pages of other apps do not set ``tab``; their tab is the open one when the path is theirs.
    return [Tautan(label, url, key == tab or (key in ("reviu", "impor", "pohon") and request.path == url)
                    or (key == "evaluasi" and "/evaluasi/" in request.path))
            for key, label, url in tabs]


def _evaluator(user: User | AnonymousUser) -> bool:
    """Inspektorat staff assigned to evaluate a PD (their grant is per PD, not a Pemda role)."""
    return user.is_authenticated and PenugasanEvaluator.objects.filter(user=user).exists()


def _jejak_pemda() -> str:
    """The audit app's trail of every PD, when that app routes one (it is built beside this one)."""
    try:
        return reverse("audit:jejak_pemda")
    except NoReverseMatch:
        return ""


def _reviu_pd(slug: str, tahun: int) -> str:
    """The reviu app's page of this PD-year, when that app serves one (it is built beside this one)."""
    try:
        return reverse("reviu:data", args=[slug, tahun])
    except NoReverseMatch:
        return ""
