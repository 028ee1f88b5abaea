"""The one write path for realisasi, narratives and comparison values."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.aggregation import SEMESTER, TRIWULAN, Bagian
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator

from .models import NarasiIndikator, NarasiUnit, Pembanding, Realisasi

_GROUPS = {Bagian.TAHUN: "tahunan", **{b: "triwulan" for b in TRIWULAN}, **{b: "semester" for b in SEMESTER}}


def _check_mix(indikator: Indikator, tahun: int, incoming: set[Bagian]) -> None:
    existing = {Bagian(b) for b in Realisasi.objects.filter(indikator=indikator, tahun=tahun)
                .values_list("bagian", flat=True)}
    groups = {_GROUPS[b] for b in existing | incoming}
    if len(groups) > 1:
        raise ValidationError(
            f"Realisasi {indikator.nama} tahun {tahun} tidak boleh mencampur nilai "
            f"{' dan '.join(sorted(groups))}; isi salah satu saja."
        )


@transaction.atomic
def record_realisasi(indikator: Indikator, tahun: int, values: Mapping[str, Decimal | None]) -> None:
    """Store values for parts of one year; a None value clears that part."""
    parts = {Bagian(k): v for k, v in values.items()}
    _check_mix(indikator, tahun, {b for b, v in parts.items() if v is not None})
    for bagian, nilai in parts.items():
        if nilai is None:
            Realisasi.objects.filter(indikator=indikator, tahun=tahun, bagian=bagian.value).delete()
        else:
            Realisasi.objects.update_or_create(
                indikator=indikator, tahun=tahun, bagian=bagian.value, defaults={"nilai": nilai}
            )


@transaction.atomic
def set_narasi_indikator(indikator: Indikator, tahun: int, **teks: str) -> NarasiIndikator:
    obj, _ = NarasiIndikator.objects.update_or_create(indikator=indikator, tahun=tahun, defaults=teks)
    return obj


@transaction.atomic
def set_narasi_unit(unit: Unit, tahun: int, jenis: str, teks: str) -> NarasiUnit:
    obj = NarasiUnit(unit=unit, tahun=tahun, jenis=jenis, teks=teks)
    obj.full_clean(validate_unique=False)
    obj, _ = NarasiUnit.objects.update_or_create(unit=unit, tahun=tahun, jenis=jenis, defaults={"teks": teks})
    return obj


@transaction.atomic
def set_pembanding(indikator: Indikator, tahun: int, tingkat: str, nilai: Decimal, keterangan: str = "") -> None:
    Pembanding.objects.update_or_create(
        indikator=indikator, tahun=tahun, tingkat=tingkat, defaults={"nilai": nilai, "keterangan": keterangan}
    )
