"""The web workflow's writes: saving the entry sheets cell by cell.

Values are stored through the owning apps' services (``simpan_realisasi_bersyarat``,
``simpan_realisasi_anggaran_bersyarat``), which also refuse triwulans that are no longer drafts
and values someone else changed since the page was opened; this module adds partial saving:
each cell is saved in its own savepoint, so one refused value does not undo the valid ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import KonflikRealisasiAnggaran, simpan_realisasi_anggaran_bersyarat
from sakip.audit.models import Jejak
from sakip.core import formatting as fmt
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import Realisasi
from sakip.realisasi.services import KonflikRealisasi, simpan_realisasi_bersyarat


@dataclass(frozen=True)
class IsianSel:
    """A changed cell: the value to store and the value the page showed when it was opened."""

    nilai: Decimal | None
    semula: Decimal | None


def _pesan(exc: ValidationError) -> str:
    return " ".join(exc.messages)


def _pesan_konflik(indikator: Indikator, tahun: int, bagian: str) -> str:
    """Who stored what in a cell since the page was opened, read after the refused save."""
    kini = Realisasi.objects.filter(indikator=indikator, tahun=tahun, bagian=bagian).values_list(
        "nilai", flat=True).first()
    jejak = (Jejak.objects.filter(model="realisasi.realisasi", indikator_id=indikator.pk, tahun=tahun, field=bagian)
             .order_by("-waktu", "-pk").values_list("nama_pengguna", "waktu").first())
    return _teks_konflik(kini, 4, jejak)


def _pesan_konflik_anggaran(line: MataAnggaran, triwulan: int) -> str:
    """The same for a budget cell: its amount now, and who saved it when."""
    kini = RealisasiAnggaran.objects.filter(mata_anggaran=line, triwulan=triwulan).values_list(
        "jumlah", flat=True).first()
    jejak = (Jejak.objects.filter(model="anggaran.realisasianggaran", objek_id=f"{line.pk}/{triwulan}",
                                  unit_id=line.unit_id, tahun=line.tahun)
             .order_by("-waktu", "-pk").values_list("nama_pengguna", "waktu").first())
    return _teks_konflik(kini, 2, jejak)


def _teks_konflik(kini: Decimal | None, desimal: int, jejak: tuple[str, datetime] | None) -> str:
    siapa = ""
    if jejak is not None:
        pada = timezone.localtime(jejak[1])
        siapa = f" oleh {jejak[0] or 'sistem'} ({fmt.tanggal(pada.date())} {pada:%H.%M})"
    # Written as the cell shows it, so the user can compare it with what they typed.
    nilai = "kosong" if kini is None else fmt.angka_ringkas(kini, desimal)
    return (f"Sel ini sudah diubah{siapa} menjadi {nilai} sejak halaman Anda buka; isian Anda belum disimpan. "
            "Periksa nilai itu, lalu simpan lagi bila isian Anda tetap yang benar.")


@transaction.atomic
def simpan_realisasi(unit: Unit, tahun: int,
                     perubahan: Mapping[int, Mapping[str, IsianSel]]) -> dict[tuple[int, str], str]:
    """Store changed realisasi cells of ``unit``; return the refusals by (indicator id, bagian).

    A cell is stored only if it still holds the value the page showed, so a colleague's
    save in the meantime is reported instead of overwritten.
    """
    indikator = {i.pk: i for i in Indikator.objects.filter(unit=unit, pk__in=list(perubahan))}
    galat: dict[tuple[int, str], str] = {}
    for ind_id, cells in perubahan.items():
        ind = indikator.get(ind_id)
        for bagian, isian in cells.items():
            if ind is None:
                galat[(ind_id, bagian)] = "Indikator tidak ditemukan pada perangkat daerah ini."
                continue
            try:
                with transaction.atomic():
                    simpan_realisasi_bersyarat(ind, tahun, bagian, isian.nilai, isian.semula)
            except KonflikRealisasi:
                galat[(ind_id, bagian)] = _pesan_konflik(ind, tahun, bagian)
            except ValidationError as exc:
                galat[(ind_id, bagian)] = _pesan(exc)
    return galat


@transaction.atomic
def simpan_realisasi_anggaran(unit: Unit, tahun: int,
                              perubahan: Mapping[int, Mapping[int, IsianSel]]) -> dict[tuple[int, int], str]:
    """Store changed budget cells of the PD-year; return the refusals by (line id, triwulan).

    As on the realisasi sheet, a cell is stored only if it still holds the amount the page
    showed, so a colleague's save in the meantime is reported instead of overwritten.
    """
    lines = {m.pk: m for m in MataAnggaran.objects.filter(unit=unit, tahun=tahun, pk__in=list(perubahan))}
    galat: dict[tuple[int, int], str] = {}
    for line_id, cells in perubahan.items():
        line = lines.get(line_id)
        for tw, isian in cells.items():
            if line is None:
                galat[(line_id, tw)] = "Sub kegiatan tidak ditemukan pada anggaran tahun ini."
                continue
            try:
                with transaction.atomic():
                    simpan_realisasi_anggaran_bersyarat(line, tw, isian.nilai, isian.semula)
            except KonflikRealisasiAnggaran:
                galat[(line_id, tw)] = _pesan_konflik_anggaran(line, tw)
            except ValidationError as exc:
                galat[(line_id, tw)] = _pesan(exc)
    return galat
