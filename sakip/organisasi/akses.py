"""Who may do what on which unit: the one policy module for views, API, exports and commands.

Django's permissions are per model; SAKIP's are per Perangkat Daerah. Every view loads a unit
through ``unit_for_user`` (404 for an unknown slug, 403 for a unit the user may not act on).
"""

from __future__ import annotations

from enum import StrEnum

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from .models import Keanggotaan, Peran, Unit


class UnitTidakDitemukan(ObjectDoesNotExist):
    pass


class Aksi(StrEnum):
    LIHAT = "lihat"  # read everything of the unit (not only what is published)
    ISI = "isi"  # enter plans, realisasi, budget, narratives
    SETUJUI = "setujui"  # approve realisasi, sign the PK
    REVIU = "reviu"  # write review notes
    KELOLA = "kelola"  # Pemda administration: users, unlocks

    @property
    def kata_kerja(self) -> str:
        """The verb for messages: "Anda tidak berhak <mengisi> data ..."."""
        return _KATA_KERJA[self]


_KATA_KERJA = {Aksi.LIHAT: "melihat", Aksi.ISI: "mengisi", Aksi.SETUJUI: "menyetujui", Aksi.REVIU: "mereviu",
               Aksi.KELOLA: "mengelola"}


# Pemda-wide roles and the actions they have on every unit of their Pemda.
_PEMDA_WIDE = {
    Peran.ADMIN_PEMDA: {Aksi.LIHAT, Aksi.ISI, Aksi.SETUJUI, Aksi.REVIU, Aksi.KELOLA},
    Peran.INSPEKTORAT: {Aksi.LIHAT, Aksi.REVIU},
    Peran.PIMPINAN: {Aksi.LIHAT},
}
# PD roles and their actions on their own unit and its sub units (Bagian, Kelurahan).
_PD = {
    Peran.OPERATOR_PD: {Aksi.LIHAT, Aksi.ISI},
    Peran.KEPALA_PD: {Aksi.LIHAT, Aksi.SETUJUI},
}


def _memberships(user: User | AnonymousUser) -> list[Keanggotaan]:
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_sakip_keanggotaan", None)
    if cached is None:
        cached = list(Keanggotaan.objects.filter(user=user).select_related("unit"))
        user._sakip_keanggotaan = cached  # type: ignore[union-attr]  # per-request cache on the user object
    return cached


def _lineage(unit: Unit) -> set[int]:
    """The unit and its ancestors: a PD role on an ancestor covers its sub units."""
    ids: set[int] = set()
    cur: Unit | None = unit
    while cur is not None and cur.pk not in ids:
        ids.add(cur.pk)
        cur = cur.induk
    return ids


def allowed(user: User | AnonymousUser, unit: Unit, aksi: Aksi) -> bool:
    """Whether the user may perform ``aksi`` on ``unit``."""
    lineage: set[int] | None = None
    for m in _memberships(user):
        if m.pemda_id != unit.pemda_id:
            continue
        peran = Peran(m.peran)
        if peran in _PEMDA_WIDE:
            if aksi in _PEMDA_WIDE[peran]:
                return True
            continue
        if lineage is None:
            lineage = _lineage(unit)
        if m.unit_id in lineage and aksi in _PD.get(peran, set()):
            return True
    return False


def units_for_user(user: User | AnonymousUser, aksi: Aksi = Aksi.LIHAT) -> QuerySet[Unit]:
    """Every unit the user may perform ``aksi`` on (top-level PDs and their sub units)."""
    ids: set[int] = set()
    pemda_ids: set[int] = set()
    for m in _memberships(user):
        peran = Peran(m.peran)
        if peran in _PEMDA_WIDE and aksi in _PEMDA_WIDE[peran]:
            pemda_ids.add(m.pemda_id)
        elif m.unit_id and aksi in _PD.get(peran, set()):
            ids.add(m.unit_id)
    if ids:
        frontier = set(ids)
        while frontier:  # the tree is shallow (PD → Bagian/Kelurahan → UPT)
            frontier = set(Unit.objects.filter(induk_id__in=frontier).values_list("pk", flat=True)) - ids
            ids |= frontier
    return Unit.objects.filter(pemda_id__in=pemda_ids) | Unit.objects.filter(pk__in=ids)


def unit_by_slug(slug: str, pemda: str | None = None) -> Unit:
    """Find a unit by slug for a command line, with an Indonesian error."""
    qs = Unit.objects.select_related("pemda").filter(slug=slug)
    if pemda:
        qs = qs.filter(pemda__slug=pemda)
    units = list(qs[:2])
    if not units:
        hint = ", ".join(Unit.objects.order_by("slug").values_list("slug", flat=True)[:8])
        more = f" Contoh yang ada: {hint}." if hint else " Basis data belum berisi unit; jalankan 'sakip demo --no-serve'."
        raise UnitTidakDitemukan(f"Perangkat daerah '{slug}' tidak ditemukan.{more}")
    if len(units) > 1:
        raise UnitTidakDitemukan(f"Slug '{slug}' ada di lebih dari satu Pemda; sebutkan --pemda.")
    return units[0]


def unit_for_user(user: User | AnonymousUser, slug: str, aksi: Aksi = Aksi.LIHAT,
                  pemda: str | None = None) -> Unit:
    """Load a unit for a request: 404 when it does not exist, 403 when the user may not act on it."""
    try:
        unit = unit_by_slug(slug, pemda)
    except UnitTidakDitemukan as exc:
        raise Http404(str(exc)) from exc
    if not allowed(user, unit, aksi):
        raise PermissionDenied(f"Anda tidak berhak {aksi.kata_kerja} data {unit.nama}.")
    return unit
