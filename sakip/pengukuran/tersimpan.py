"""What is stored, read in bulk: annual realisasi from its parts, and the DPA trees.

The layer under both ``derived`` (figures over the units of a Pemda) and ``services`` (the
measurement, which adds the derived values): each reads these, neither reads the other's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.db.models import Q

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.core.aggregation import Agregasi, AgregasiError, Bagian, nilai_tahunan
from sakip.core.budget import BudgetLine, TingkatAnggaran
from sakip.core.rencana_aksi import realisasi_sampai_dengan
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import Realisasi


def _links(ids: list[int]) -> dict[int, list[int]]:
    """For each indicator, the indicators carrying the same measure in the adjoining periods.

    A year covered by two planning periods (2025) is measured once: its value is stored on
    one indicator and read through the ``pendahulu`` link by the other.
    """
    links: dict[int, list[int]] = {i: [] for i in ids}
    # No default ordering: it joins (and scans) every unit of the installation.
    for pk, pendahulu in (Indikator.objects.filter(Q(pk__in=ids) | Q(pendahulu_id__in=ids))
                          .order_by("periode__tahun_mulai", "pk").values_list("pk", "pendahulu_id")):
        if pendahulu is None:
            continue
        if pendahulu in links:
            links[pendahulu].append(pk)  # successor first
        if pk in links:
            links[pk].append(pendahulu)
    return links


def parts_tersimpan(indikator_ids: Iterable[int], tahun: int) -> dict[int, dict[Bagian, Decimal]]:
    """The stored parts (triwulan, semester or annual) of each indicator-year, read through the
    ``pendahulu`` link like the annual value (two queries)."""
    ids = list(indikator_ids)
    links = _links(ids)
    wanted = set(ids) | {j for js in links.values() for j in js}
    parts: dict[int, dict[Bagian, Decimal]] = defaultdict(dict)
    for ind_id, bagian, nilai in Realisasi.objects.filter(indikator_id__in=wanted, tahun=tahun).order_by().values_list(
        "indikator_id", "bagian", "nilai"
    ):
        parts[ind_id][Bagian(bagian)] = nilai
    result: dict[int, dict[Bagian, Decimal]] = {}
    for ind_id in ids:
        source = next((j for j in [ind_id, *links[ind_id]] if parts.get(j)), None)
        if source is not None:
            result[ind_id] = parts[source]
    return result


def realisasi_tersimpan(indikator_ids: Iterable[int], tahun: int,
                        agregasi: dict[int, str], triwulan: int | None = None) -> dict[int, Decimal | None]:
    """Annual realisasi (or, with ``triwulan``, the realisasi up to it) of many indicators for one year
    from their stored parts (two queries).

    Parts are aggregated by each indicator's ``agregasi``; a derived indicator's computed value
    is not here (``services.realisasi_tahunan`` adds it).
    """
    result: dict[int, Decimal | None] = {}
    for ind_id, parts in parts_tersimpan(indikator_ids, tahun).items():
        if triwulan is not None:
            result[ind_id] = realisasi_sampai_dengan(parts, triwulan, Agregasi(agregasi[ind_id]))
            continue
        try:
            result[ind_id] = nilai_tahunan(parts, Agregasi(agregasi[ind_id]))
        except AgregasiError:
            result[ind_id] = None  # mixed parts are refused on input; reviu reports old data
    return result


def budget_lines_many(unit_ids: Sequence[int], tahun: int) -> dict[int, list[BudgetLine]]:
    """The DPA trees of several PD-years as core BudgetLines, by unit id (two queries)."""
    # Plain tuples, not model instances: a Pemda's DPA has hundreds of lines per year.
    rows = list(MataAnggaran.objects.filter(unit_id__in=list(unit_ids), tahun=tahun).order_by("urutan", "pk")
                .values_list("pk", "unit_id", "induk_id", "kode", "nama", "tingkat", "pagu"))
    realised: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for line_id, tw, jumlah in RealisasiAnggaran.objects.filter(
        mata_anggaran__unit_id__in=list(unit_ids), mata_anggaran__tahun=tahun
    ).order_by().values_list("mata_anggaran_id", "triwulan", "jumlah"):  # no default ordering: see _links
        realised[line_id][tw] = jumlah
    nodes = {
        pk: BudgetLine(kode, nama, TingkatAnggaran(tingkat), pagu or Decimal(0), realised.get(pk, {}), key=pk)
        for pk, _, _, kode, nama, tingkat, pagu in rows
    }
    roots: dict[int, list[BudgetLine]] = defaultdict(list)
    for pk, unit_id, induk_id, *_ in rows:
        if induk_id is None:
            roots[unit_id].append(nodes[pk])
        else:
            nodes[induk_id].anak.append(nodes[pk])
    return roots


def budget_lines(unit: Unit, tahun: int) -> list[BudgetLine]:
    """The DPA tree of a PD-year as core BudgetLines (two queries)."""
    return budget_lines_many([unit.pk], tahun).get(unit.pk, [])
