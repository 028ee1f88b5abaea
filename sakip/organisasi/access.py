"""Finding units by what a person typed, with Indonesian errors (the CLI and views share it)."""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist

from .models import Unit


class UnitTidakDitemukan(ObjectDoesNotExist):
    pass


def unit_by_slug(slug: str, pemda: str | None = None) -> Unit:
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
