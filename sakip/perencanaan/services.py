"""The one write path for planning data: periods, cascade, indicators, targets."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.organisasi.models import Pemda, Unit

from .models import (
    DukunganMisi,
    Indikator,
    IndikatorTurunan,
    Misi,
    NodeCascade,
    PeriodePerencanaan,
    Skala,
    Target,
)

# Foreign keys the services receive as saved instances need no existence query.
_GIVEN = ["unit", "periode", "induk", "node", "pendahulu", "skala"]


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
    node.full_clean(exclude=_GIVEN)  # related rows are passed as saved instances
    node.save()
    return node


@transaction.atomic
def add_indikator(unit: Unit, periode: PeriodePerencanaan, *, targets: Mapping[int, Decimal] | None = None,
                  **fields: object) -> Indikator:
    ind = Indikator(unit=unit, periode=periode, **fields)
    ind.full_clean(exclude=_GIVEN)
    ind.save()
    if targets:
        set_targets(ind, targets)
    return ind


@transaction.atomic
def set_targets(indikator: Indikator, targets: Mapping[int, Decimal]) -> None:
    """Set (or replace) the yearly targets given; other years are left alone."""
    existing = {t.tahun: t for t in Target.objects.filter(indikator=indikator, tahun__in=[int(y) for y in targets])}
    new, changed = [], []
    for tahun, nilai in targets.items():
        row = existing.get(int(tahun))
        if row is None:
            new.append(Target(indikator=indikator, tahun=int(tahun), nilai=nilai))
        elif row.nilai != nilai:
            row.nilai = nilai
            changed.append(row)
    Target.objects.bulk_create(new)
    Target.objects.bulk_update(changed, ["nilai"])


@transaction.atomic
def set_turunan(indikator: Indikator, *, fungsi: str, mulai_tahun: int, sumber: str = "",
                cakupan: str = "pd", kategori_min: str = "", nilai_min: Decimal | None = None) -> IndikatorTurunan:
    """Make an indicator's realisasi computed (over the Pemda's units, or from its own budget)."""
    obj = IndikatorTurunan.objects.filter(indikator=indikator).first() or IndikatorTurunan(indikator=indikator)
    obj.fungsi, obj.mulai_tahun, obj.sumber, obj.cakupan = fungsi, mulai_tahun, sumber, cakupan
    obj.kategori_min, obj.nilai_min = kategori_min, nilai_min
    obj.full_clean(exclude=["indikator"])
    if kategori_min:
        # the category must exist on the scale of every source indicator that has one
        for skala in Skala.objects.filter(indikator__kode_standar=sumber,
                                          indikator__unit__pemda_id=indikator.unit.pemda_id).distinct():
            if skala.as_scale().band(kategori_min) is None:
                raise ValidationError({"kategori_min": f"Kategori '{kategori_min}' tidak ada pada skala {skala.nama}."})
    obj.save()
    return obj
