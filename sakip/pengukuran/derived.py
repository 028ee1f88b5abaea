"""Values of derived indicators: figures over the units of a Pemda, or a unit's own serapan.

Computed on every read from the units' current data, so a change to one PD's Nilai SAKIP
shows at once in Bagian Organisasi's figures; the query count depends on the number of
distinct sources, not on the number of units or indicators.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.budget import total as budget_total
from sakip.core.derived import Fungsi, HasilTurunan, NilaiUnit, hitung
from sakip.core.numbers import quantize
from sakip.core.skala import AturanSkala
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator, IndikatorTurunan, Skala

from .tersimpan import budget_lines_many, realisasi_tersimpan


@dataclass(frozen=True)
class _UnitValue:
    unit: Unit
    nilai: Decimal | None
    skala: AturanSkala | None


def definitions(indikator_ids: Iterable[int], tahun: int) -> list[IndikatorTurunan]:
    """The derivations in force in ``tahun`` among the given indicators (one query)."""
    return list(
        IndikatorTurunan.objects.filter(indikator_id__in=list(indikator_ids), mulai_tahun__lte=tahun)
        .select_related("indikator__unit")
    )


def _unit_values(pemda_id: int, sumber: str, tahun: int, triwulan: int | None = None) -> list[_UnitValue]:
    """Each unit's value of its indicator with kode_standar ``sumber`` in ``tahun`` (four queries)."""
    src = list(
        Indikator.objects.filter(
            unit__pemda_id=pemda_id, kode_standar=sumber,
            periode__tahun_mulai__lte=tahun, periode__tahun_selesai__gte=tahun,
        ).exclude(unit__jenis="pemda")  # the Pemda's own IKU are never one of "its PDs"
        .select_related("unit").order_by("unit__urutan", "unit__nama", "-periode__tahun_mulai")
    )
    values = realisasi_tersimpan([i.pk for i in src], tahun, {i.pk: i.agregasi for i in src}, triwulan)
    chosen: dict[int, tuple[Indikator, Decimal | None]] = {}
    for ind in src:  # latest period first: its value wins when both periods have one
        v = values.get(ind.pk)
        v = None if v is None else quantize(v, ind.desimal)  # the unit's value as it prints it
        known = chosen.get(ind.unit_id)
        if known is None or (known[1] is None and v is not None):
            chosen[ind.unit_id] = (ind, v)
    skala_ids = {ind.skala_id for ind, _ in chosen.values() if ind.skala_id}
    scales = {s.pk: s.ke_aturan() for s in Skala.objects.filter(pk__in=skala_ids).prefetch_related("kelas")}
    return [_UnitValue(ind.unit, v, scales.get(ind.skala_id) if ind.skala_id else None)
            for ind, v in chosen.values()]


def _condition(d: IndikatorTurunan) -> Callable[[object, Decimal], bool] | None:
    if d.fungsi != Fungsi.HITUNG or (not d.kategori_min and d.nilai_min is None):
        return None

    def memenuhi(item: object, v: Decimal) -> bool:
        if d.nilai_min is not None and v < d.nilai_min:
            return False
        if d.kategori_min:
            scale = item.skala if isinstance(item, _UnitValue) else None
            return scale is not None and scale.at_least(v, d.kategori_min)
        return True

    return memenuhi


def compute(defs: list[IndikatorTurunan], tahun: int, triwulan: int | None = None) -> dict[int, HasilTurunan]:
    """The value (and the units behind it) of each derived indicator in ``tahun``, or as of ``triwulan``.

    Keys of the HasilTurunan rows are Unit objects.
    """
    out: dict[int, HasilTurunan] = {}
    groups: dict[tuple[int, str], list[IndikatorTurunan]] = defaultdict(list)
    serapan = [d for d in defs if d.fungsi == Fungsi.SERAPAN_ANGGARAN]
    # One read of the budgets of every unit concerned, however many units (the Pemda dashboard).
    budgets = budget_lines_many([d.indikator.unit_id for d in serapan], tahun) if serapan else {}
    for d in defs:
        if d.fungsi == Fungsi.SERAPAN_ANGGARAN:
            unit = d.indikator.unit
            lines = budgets.get(unit.pk, [])
            persen = budget_total(lines, triwulan or 4).persen if lines else None
            out[d.indikator_id] = HasilTurunan(persen, (NilaiUnit(unit, persen),))
        else:
            groups[(d.indikator.unit.pemda_id, d.sumber)].append(d)
    for (pemda_id, sumber), group in groups.items():
        values = _unit_values(pemda_id, sumber, tahun, triwulan)
        for d in group:
            scoped = [uv for uv in values if d.cakupan != "pd" or uv.unit.induk_id is None]
            result = hitung(Fungsi(d.fungsi), [(uv, uv.nilai) for uv in scoped], _condition(d))
            # Report units, not the internal holder, to callers.
            rows = tuple(NilaiUnit(r.key.unit, r.nilai, r.memenuhi) for r in result.rincian)  # type: ignore[attr-defined]  # keys are _UnitValue
            out[d.indikator_id] = HasilTurunan(result.nilai, rows)
    return out


def rincian(indikator: Indikator, tahun: int) -> HasilTurunan | None:
    """The figure of one derived indicator with the units behind it (for drill-down)."""
    defs = definitions([indikator.pk], tahun)
    return compute(defs, tahun).get(indikator.pk) if defs else None
