"""The one write path for realisasi, narratives and comparison values."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.aggregation import SEMESTER, TRIWULAN, Bagian
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator, IndikatorTurunan

from .models import NarasiIndikator, NarasiUnit, Pembanding, Realisasi

_GROUPS = {Bagian.TAHUN: "tahunan", **{b: "triwulan" for b in TRIWULAN}, **{b: "semester" for b in SEMESTER}}


def record_realisasi(indikator: Indikator, tahun: int, values: Mapping[str, Decimal | None]) -> None:
    """Store values for parts of one year; a None value clears that part."""
    record_realisasi_tahun(indikator, {tahun: values})


@transaction.atomic
def record_realisasi_tahun(indikator: Indikator, data: Mapping[int, Mapping[str, Decimal | None]]) -> None:
    """Store values for parts of several years of one indicator, all or nothing.

    A year holds either triwulan, semester or annual values, so that it has one annual value.
    """
    turunan = IndikatorTurunan.objects.filter(indikator=indikator).first()
    if turunan is not None:
        computed = sorted(int(t) for t, v in data.items() if int(t) >= turunan.mulai_tahun and any(
            x is not None for x in v.values()))
        if computed:
            raise ValidationError(
                f"Realisasi {indikator.nama} tahun {computed[0]} dihitung otomatis "
                f"({turunan.get_fungsi_display().lower()}); tidak diisi manual."
            )
    existing: dict[tuple[int, Bagian], Realisasi] = {
        (r.tahun, Bagian(r.bagian)): r
        for r in Realisasi.objects.filter(indikator=indikator, tahun__in=[int(t) for t in data])
    }
    new, changed, cleared = [], [], []
    for tahun, values in data.items():
        tahun = int(tahun)
        parts = {Bagian(k): v for k, v in values.items()}
        before = {b for (t, b) in existing if t == tahun}
        kept = {b for b in before if b not in parts} | {b for b, v in parts.items() if v is not None}
        groups = {_GROUPS[b] for b in kept}
        if len(groups) > 1:
            raise ValidationError(
                f"Realisasi {indikator.nama} tahun {tahun} tidak boleh mencampur nilai "
                f"{' dan '.join(sorted(groups))}; isi salah satu saja."
            )
        for bagian, nilai in parts.items():
            row = existing.get((tahun, bagian))
            if nilai is None:
                if row is not None:
                    cleared.append(row.pk)
            elif row is None:
                new.append(Realisasi(indikator=indikator, tahun=tahun, bagian=bagian.value, nilai=nilai))
            elif row.nilai != nilai:
                row.nilai = nilai
                changed.append(row)
    if cleared:
        Realisasi.objects.filter(pk__in=cleared).delete()
    Realisasi.objects.bulk_create(new)
    Realisasi.objects.bulk_update(changed, ["nilai"])


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
