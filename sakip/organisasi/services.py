"""The one write path for organisation data."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.db import transaction

from .models import Aset, FaktaWilayah, Jabatan, Pejabat, Pemda, PengaturanPemda, Unit


@transaction.atomic
def create_pemda(*, slug: str, nama: str, provinsi: str, ibukota: str = "") -> Pemda:
    pemda = Pemda(slug=slug, nama=nama, provinsi=provinsi, ibukota=ibukota)
    pemda.full_clean()
    pemda.save()
    PengaturanPemda.objects.create(pemda=pemda)
    return pemda


@transaction.atomic
def create_unit(pemda: Pemda, *, induk: Unit | None = None, wilayah: Iterable[tuple[str, str]] = (),
                **fields: object) -> Unit:
    unit = Unit(pemda=pemda, induk=induk, **fields)
    unit.full_clean()
    unit.save()
    FaktaWilayah.objects.bulk_create(
        FaktaWilayah(unit=unit, label=label, nilai=nilai, urutan=i) for i, (label, nilai) in enumerate(wilayah)
    )
    return unit


@transaction.atomic
def set_aset(unit: Unit, rows: Iterable[dict[str, object]]) -> int:
    """Replace the unit's aset table with ``rows`` (kelompok, kib, kode_akun, uraian, nilai)."""
    unit.aset.all().delete()
    objs = [Aset(unit=unit, urutan=i, **row) for i, row in enumerate(rows)]
    for obj in objs:
        obj.full_clean(exclude=["unit"])
    Aset.objects.bulk_create(objs)
    return len(objs)


@transaction.atomic
def add_pejabat(pemda: Pemda, **fields: object) -> Pejabat:
    pejabat = Pejabat(pemda=pemda, **fields)
    pejabat.full_clean()
    pejabat.save()
    return pejabat


@transaction.atomic
def assign_jabatan(pejabat: Pejabat, *, nama: str, mulai: date, unit: Unit | None = None,
                   selesai: date | None = None, plt: bool = False, kepala_unit: bool = True) -> Jabatan:
    jabatan = Jabatan(pejabat=pejabat, unit=unit, nama=nama, mulai=mulai, selesai=selesai, plt=plt,
                      kepala_unit=kepala_unit)
    jabatan.full_clean(exclude=["pejabat", "unit"])  # passed as saved instances
    jabatan.save()
    return jabatan


def total_aset(unit: Unit) -> Decimal:
    return sum((a.nilai for a in unit.aset.all()), Decimal(0))
