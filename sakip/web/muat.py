"""Loading a PD's objects for a request: always through the unit the policy module gave us.

Each helper takes a unit already checked by ``sakip.organisasi.akses.unit_for_user`` and
answers 404 for an id that does not belong to it, so a URL can never reach another PD's rows.
"""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404

from sakip.anggaran.models import MataAnggaran
from sakip.laporan.models import Publikasi
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator, NodeCascade, PeriodePerencanaan
from sakip.perencanaan.periode import TahunDiLuarPeriode
from sakip.perencanaan.periode import periode_tahun as periode_pemda_tahun
from sakip.perjanjian.models import PerjanjianKinerja


def periode_unit(unit: Unit, periode_id: int) -> PeriodePerencanaan:
    return get_object_or_404(PeriodePerencanaan, pk=periode_id, pemda_id=unit.pemda_id)


def periode_tahun(unit: Unit, tahun: int) -> list[PeriodePerencanaan]:
    """The planning periods of the unit's Pemda that contain ``tahun``; 404 when none does."""
    try:
        return periode_pemda_tahun(unit.pemda_id, tahun)
    except TahunDiLuarPeriode as exc:
        raise Http404(exc.messages[0]) from None


def node_unit(unit: Unit, node_id: int) -> NodeCascade:
    return get_object_or_404(NodeCascade.objects.select_related("periode", "induk"), pk=node_id, unit=unit)


def indikator_unit(unit: Unit, indikator_id: int) -> Indikator:
    return get_object_or_404(Indikator.objects.select_related("periode", "node", "skala"), pk=indikator_id,
                             unit=unit)


def pk_unit(unit: Unit, pk_id: int) -> PerjanjianKinerja:
    return get_object_or_404(
        PerjanjianKinerja.objects.select_related("periode", "pihak_pertama__pejabat", "pihak_kedua__pejabat"),
        pk=pk_id, unit=unit,
    )


def mata_anggaran_unit(unit: Unit, line_id: int) -> MataAnggaran:
    return get_object_or_404(MataAnggaran, pk=line_id, unit=unit)


def publikasi_unit(unit: Unit, pub_id: int) -> Publikasi:
    return get_object_or_404(Publikasi, pk=pub_id, unit=unit)
