"""The web workflow's writes: saving entry sheets, approving and unlocking a triwulan.

Values are stored through the owning apps' services (``record_realisasi_tahun``,
``record_realisasi_anggaran``); this module adds the approval lock and partial saving:
each indicator (or sub kegiatan) is saved in its own savepoint, so one refused row does
not undo the rows that were valid.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.anggaran.models import MataAnggaran
from sakip.anggaran.services import record_realisasi_anggaran
from sakip.core.aggregation import Bagian
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.realisasi.services import record_realisasi_tahun
from sakip.web.models import PersetujuanRealisasi
from sakip.web.sheets import TRIWULAN_BAGIAN
from sakip.web.waktu import ROMAWI


def _pesan(exc: ValidationError) -> str:
    return " ".join(exc.messages)


def _terkunci(unit: Unit, tahun: int) -> set[int]:
    return set(PersetujuanRealisasi.objects.filter(unit=unit, tahun=tahun).values_list("triwulan", flat=True))


def _galat_kunci(tws: set[int]) -> str:
    names = ", ".join(ROMAWI[t] for t in sorted(tws))
    return (f"Triwulan {names} sudah disetujui Kepala PD, isian tidak disimpan; "
            "minta Admin Pemda membuka kuncinya bila perlu diubah.")


@transaction.atomic
def simpan_realisasi(unit: Unit, tahun: int, perubahan: Mapping[int, Mapping[str, Decimal | None]]) -> dict[int, str]:
    """Store changed realisasi per indicator of ``unit``; return the refusals by indicator id.

    Indicators not belonging to the unit are refused, as are parts of approved triwulans.
    """
    kunci = _terkunci(unit, tahun)
    indikator = {i.pk: i for i in Indikator.objects.filter(unit=unit, pk__in=list(perubahan))}
    galat: dict[int, str] = {}
    for ind_id, values in perubahan.items():
        ind = indikator.get(ind_id)
        if ind is None:
            galat[ind_id] = "Indikator tidak ditemukan pada perangkat daerah ini."
            continue
        locked = {TRIWULAN_BAGIAN[Bagian(b)] for b in values} & kunci
        if locked:
            galat[ind_id] = _galat_kunci(locked)
            continue
        try:
            with transaction.atomic():
                record_realisasi_tahun(ind, {tahun: values})
        except ValidationError as exc:
            galat[ind_id] = _pesan(exc)
    return galat


@transaction.atomic
def simpan_realisasi_anggaran(unit: Unit, tahun: int,
                              perubahan: Mapping[int, Mapping[int, Decimal | None]]) -> dict[int, str]:
    """Store changed budget realisasi per sub kegiatan of the PD-year; return refusals by line id."""
    kunci = _terkunci(unit, tahun)
    lines = {m.pk: m for m in MataAnggaran.objects.filter(unit=unit, tahun=tahun, pk__in=list(perubahan))}
    galat: dict[int, str] = {}
    for line_id, values in perubahan.items():
        line = lines.get(line_id)
        if line is None:
            galat[line_id] = "Sub kegiatan tidak ditemukan pada anggaran tahun ini."
            continue
        locked = set(values) & kunci
        if locked:
            galat[line_id] = _galat_kunci(locked)
            continue
        try:
            with transaction.atomic():
                record_realisasi_anggaran(line, values)
        except ValidationError as exc:
            galat[line_id] = _pesan(exc)
    return galat


@transaction.atomic
def setujui_triwulan(unit: Unit, tahun: int, triwulan: int, user: User) -> PersetujuanRealisasi:
    """Approve (and lock) a triwulan's realisasi of a PD-year."""
    if triwulan not in ROMAWI:
        raise ValidationError(f"Triwulan {triwulan} tidak ada; pilih 1 sampai 4.")
    earlier = set(range(1, triwulan)) - _terkunci(unit, tahun)
    if earlier:
        raise ValidationError(
            f"Setujui dulu Triwulan {', '.join(ROMAWI[t] for t in sorted(earlier))}: triwulan disetujui berurutan."
        )
    obj, created = PersetujuanRealisasi.objects.get_or_create(
        unit=unit, tahun=tahun, triwulan=triwulan, defaults={"disetujui_oleh": user}
    )
    if not created:
        raise ValidationError(f"Triwulan {ROMAWI[triwulan]} tahun {tahun} sudah disetujui.")
    return obj


@transaction.atomic
def buka_kunci_triwulan(unit: Unit, tahun: int, triwulan: int) -> None:
    """Unlock an approved triwulan (and the later ones, which rest on it)."""
    deleted, _ = PersetujuanRealisasi.objects.filter(unit=unit, tahun=tahun, triwulan__gte=triwulan).delete()
    if not deleted:
        raise ValidationError(f"Triwulan {ROMAWI.get(triwulan, triwulan)} tahun {tahun} belum disetujui.")
