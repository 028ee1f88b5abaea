"""Sakip's own records an evaluator can pick as a criterion's evidence (bukti dukung).

Each kind of record (``JenisRekaman``) has a provider listing the unit's records of that kind
for an evaluated year. The records of the domain apps below are listed here; the modules built
on top (the published LKjIP and its reviu in ``laporan``, the rencana aksi) register theirs
with ``daftarkan_rekaman`` from their AppConfig.ready, as the Nilai SAKIP provider does for
the measurement. A kind without a provider simply offers nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sakip.core.waktu import ROMAWI
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import PeriodePerencanaan
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.realisasi.models import StatusTriwulan

from .models import JenisRekaman, Rekomendasi


@dataclass(frozen=True)
class Rekaman:
    jenis: str
    id: int
    judul: str


PenyediaRekaman = Callable[[Unit, int], list[Rekaman]]
_PENYEDIA: dict[str, PenyediaRekaman] = {}


def daftarkan_rekaman(jenis: str, penyedia: PenyediaRekaman) -> None:
    """Make ``penyedia`` list the unit's records of ``jenis`` (e.g. rencana_aksi, lkjip)."""
    _PENYEDIA[JenisRekaman(jenis)] = penyedia


def _renstra(unit: Unit, tahun: int) -> list[Rekaman]:
    return [Rekaman(JenisRekaman.RENSTRA, p.pk, f"Renstra dan cascade kinerja {p.nama}")
            for p in PeriodePerencanaan.objects.filter(pemda_id=unit.pemda_id, tahun_mulai__lte=tahun,
                                                       tahun_selesai__gte=tahun)]


def _pk(unit: Unit, tahun: int) -> list[Rekaman]:
    return [Rekaman(JenisRekaman.PK, p.pk, f"Perjanjian Kinerja {p.tahun} "
                    f"{'awal' if p.nomor_perubahan == 0 else f'perubahan {p.nomor_perubahan}'} (ditandatangani)")
            for p in PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun, ditandatangani=True)
            .order_by("nomor_perubahan")]


def _realisasi(unit: Unit, tahun: int) -> list[Rekaman]:
    return [Rekaman(JenisRekaman.REALISASI, s.pk, f"Realisasi Triwulan {ROMAWI[s.triwulan]} {tahun} "
                    f"({s.get_status_display().lower()})")
            for s in StatusTriwulan.objects.filter(unit=unit, tahun=tahun).order_by("triwulan")]


def _tindak_lanjut(unit: Unit, tahun: int) -> list[Rekaman]:
    return [Rekaman(JenisRekaman.TINDAK_LANJUT, r.pk, f"Tindak lanjut rekomendasi LHE {tahun - 1}: {r.uraian[:80]} "
                    f"({r.get_status_display().lower()})")
            for r in Rekomendasi.objects.filter(unit=unit, evaluasi__tahun=tahun - 1).order_by("urutan", "pk")]


daftarkan_rekaman(JenisRekaman.RENSTRA, _renstra)
daftarkan_rekaman(JenisRekaman.PK, _pk)
daftarkan_rekaman(JenisRekaman.REALISASI, _realisasi)
daftarkan_rekaman(JenisRekaman.TINDAK_LANJUT, _tindak_lanjut)


def pilihan_rekaman(unit: Unit, tahun: int) -> list[Rekaman]:
    """Every record of the unit an evaluator may link for the evaluated year, kind by kind."""
    out: list[Rekaman] = []
    for jenis in JenisRekaman.values:
        penyedia = _PENYEDIA.get(jenis)
        if penyedia is not None:
            out.extend(penyedia(unit, tahun))
    return out


def rekaman_ada(unit: Unit, tahun: int, jenis: str, rekaman_id: int | None) -> bool:
    """Whether a record picked by an evaluator is one of this unit's (never another PD's row)."""
    penyedia = _PENYEDIA.get(jenis)
    return penyedia is not None and any(r.id == rekaman_id for r in penyedia(unit, tahun))
