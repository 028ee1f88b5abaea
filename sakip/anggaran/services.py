"""The one write path for budget lines and their realisation."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.audit.services import Perubahan, catat, pastikan_terbuka
from sakip.core.budget import Tingkat
from sakip.core.codes import KodeError, normalise_kode, tingkat_kode
from sakip.organisasi.models import Unit

from .models import MataAnggaran, RealisasiAnggaran

_PARENT = {Tingkat.KEGIATAN: Tingkat.PROGRAM, Tingkat.SUB_KEGIATAN: Tingkat.KEGIATAN}


@transaction.atomic
def add_mata_anggaran(unit: Unit, tahun: int, *, tingkat: str, nama: str, kode: str = "",
                      induk: MataAnggaran | None = None, pagu: Decimal | None = None,
                      pelaksana: Unit | None = None, urutan: int = 0) -> MataAnggaran:
    t = Tingkat(tingkat)
    if kode:
        kode = normalise_kode(kode)
        try:
            if tingkat_kode(kode) is not t:
                raise ValidationError({"kode": f"Kode {kode} bukan kode {t.value.replace('_', ' ')}."})
        except KodeError as exc:
            raise ValidationError({"kode": str(exc)}) from exc
    expected = _PARENT.get(t)
    if expected is None and induk is not None:
        raise ValidationError({"induk": "Program tidak mempunyai induk."})
    if expected is not None and (induk is None or induk.tingkat != expected.value):
        raise ValidationError({"induk": f"{t.value.replace('_', ' ').title()} harus berada di bawah "
                                        f"{expected.value.replace('_', ' ')}."})
    if induk is not None and (induk.unit_id, induk.tahun) != (unit.pk, tahun):
        raise ValidationError({"induk": "Induk harus pada unit dan tahun yang sama."})
    if pelaksana is not None and pelaksana.induk_id != unit.pk:
        raise ValidationError({"pelaksana": f"{pelaksana} bukan sub unit {unit}."})
    line = MataAnggaran(unit=unit, tahun=tahun, tingkat=t.value, nama=nama, kode=kode, induk=induk,
                        pagu=pagu, pelaksana=pelaksana, urutan=urutan)
    line.full_clean(exclude=["unit", "induk", "pelaksana"])  # passed as saved instances
    line.save()
    return line


@transaction.atomic
def record_realisasi_anggaran(line: MataAnggaran, values: Mapping[int, Decimal | None]) -> None:
    """Money spent within each triwulan of a sub kegiatan; None clears a triwulan."""
    if line.tingkat != Tingkat.SUB_KEGIATAN.value:
        raise ValidationError("Realisasi anggaran hanya dicatat pada sub kegiatan.")
    existing = {r.triwulan: r for r in RealisasiAnggaran.objects.filter(mata_anggaran=line)}
    semula = {tw: r.jumlah for tw, r in existing.items()}  # before the loop below changes the rows
    new, changed, cleared = [], [], []
    for tw, jumlah in values.items():
        tw = int(tw)
        if not 1 <= tw <= 4:
            raise ValidationError(f"Triwulan {tw} tidak ada; isi 1 sampai 4.")
        row = existing.get(tw)
        if jumlah is None:
            if row is not None:
                cleared.append(row.pk)
            continue
        if jumlah < 0:
            raise ValidationError(f"Realisasi triwulan {tw} {line.nama} tidak boleh negatif.")
        if row is None:
            new.append(RealisasiAnggaran(mata_anggaran=line, triwulan=tw, jumlah=jumlah))
        elif row.jumlah != jumlah:
            row.jumlah = jumlah
            changed.append(row)
    _jaga_dan_catat(line, semula, values)
    RealisasiAnggaran.objects.filter(pk__in=cleared).delete()
    RealisasiAnggaran.objects.bulk_create(new)
    RealisasiAnggaran.objects.bulk_update(changed, ["jumlah"])


def _jaga_dan_catat(line: MataAnggaran, semula: Mapping[int, Decimal],
                    values: Mapping[int, Decimal | None]) -> None:
    """Refuse changes to submitted/locked triwulans, then record one trail entry per changed amount."""
    berubah = [(int(tw), semula.get(int(tw)), v) for tw, v in values.items() if semula.get(int(tw)) != v]
    pastikan_terbuka(line.unit, line.tahun, [tw for tw, *_ in berubah])
    catat(Perubahan("anggaran.realisasianggaran", f"{line.pk}/{tw}", f"Realisasi anggaran {line}",
                    f"TW{tw}", old, new, unit_id=line.unit_id, tahun=line.tahun)
          for tw, old, new in berubah)
