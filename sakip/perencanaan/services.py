"""The one write path for planning data: periods, cascade, indicators, targets."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from django.db import transaction

from sakip.organisasi.models import Pemda, Unit

from .models import (
    DukunganMisi,
    Indikator,
    Misi,
    NodeCascade,
    PeriodePerencanaan,
    Target,
)


@transaction.atomic
def create_periode(pemda: Pemda, *, nama: str, tahun_mulai: int, tahun_selesai: int, visi: str,
                   misi: Iterable[str], dasar_hukum: str = "") -> PeriodePerencanaan:
    periode = PeriodePerencanaan(pemda=pemda, nama=nama, tahun_mulai=tahun_mulai, tahun_selesai=tahun_selesai,
                                 visi=visi, dasar_hukum=dasar_hukum)
    periode.full_clean()
    periode.save()
    Misi.objects.bulk_create(Misi(periode=periode, nomor=i, uraian=m) for i, m in enumerate(misi, start=1))
    return periode


@transaction.atomic
def support_misi(unit: Unit, periode: PeriodePerencanaan, nomor: Iterable[int]) -> None:
    for n in nomor:
        misi = periode.misi.get(nomor=n)
        DukunganMisi.objects.get_or_create(unit=unit, misi=misi)


@transaction.atomic
def add_node(unit: Unit, periode: PeriodePerencanaan, *, tingkat: str, nama: str, kode: str = "",
             induk: NodeCascade | None = None, urutan: int = 0) -> NodeCascade:
    node = NodeCascade(unit=unit, periode=periode, induk=induk, tingkat=tingkat, nama=nama, kode=kode,
                       urutan=urutan)
    node.full_clean()
    node.save()
    return node


@transaction.atomic
def add_indikator(unit: Unit, periode: PeriodePerencanaan, *, targets: Mapping[int, Decimal] | None = None,
                  **fields: object) -> Indikator:
    ind = Indikator(unit=unit, periode=periode, **fields)
    ind.full_clean()
    ind.save()
    if targets:
        set_targets(ind, targets)
    return ind


@transaction.atomic
def set_targets(indikator: Indikator, targets: Mapping[int, Decimal]) -> None:
    """Set (or replace) the yearly targets given; other years are left alone."""
    for tahun, nilai in targets.items():
        Target.objects.update_or_create(indikator=indikator, tahun=int(tahun), defaults={"nilai": nilai})
