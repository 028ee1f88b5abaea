"""Values of derived indicators: figures over the units of a Pemda, or a unit's own figure.

Computed on every read from the units' current data, so a change to one PD's Nilai SAKIP
shows at once in Bagian Organisasi's figures; the query count depends on the number of
distinct sources, not on the number of units or indicators.

A unit's own figure comes from its budget (serapan) or from another module of Sakip (the
Nilai SAKIP of its Evaluasi AKIP, the IKM of its SKM). Those modules sit beside this one, so
they register a provider here (``daftarkan_penyedia``, from their AppConfig.ready) instead of
being imported: the measurement reads their figure and never a typed copy of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.aggregation import Agregasi, AgregasiError, Bagian, nilai_tahunan
from sakip.core.budget import total as budget_total
from sakip.core.derived import DARI_MODUL, Fungsi, HasilTurunan, NilaiUnit, hitung
from sakip.core.numbers import quantize
from sakip.core.rencana_aksi import realisasi_sampai_dengan
from sakip.core.skala import AturanSkala
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator, IndikatorTurunan, Skala

from .tersimpan import budget_lines_many, realisasi_tersimpan

# A provider gets the derivations of its kind in force in a year and returns, per indicator
# id, the parts of the year it knows (e.g. {TAHUN: 84.32} or {S1: 92.1, S2: 94.2}); an
# indicator it has no figure for is left out. At most a few queries, whatever the count.
Penyedia = Callable[[Sequence[IndikatorTurunan], int], Mapping[int, Mapping[Bagian, Decimal]]]
_PENYEDIA: dict[Fungsi, Penyedia] = {}


def daftarkan_penyedia(fungsi: str, penyedia: Penyedia) -> None:
    """Make ``penyedia`` the source of the figures of derivations with ``fungsi``."""
    f = Fungsi(fungsi)
    if f not in DARI_MODUL:
        raise ValueError(f"fungsi {fungsi} tidak disediakan modul lain")
    _PENYEDIA[f] = penyedia


def bagian_dari_modul(defs: Sequence[IndikatorTurunan], tahun: int) -> dict[int, dict[Bagian, Decimal]]:
    """The parts of the year that other modules provide for these derivations (by indicator id)."""
    out: dict[int, dict[Bagian, Decimal]] = {}
    by_fungsi: dict[Fungsi, list[IndikatorTurunan]] = defaultdict(list)
    for d in defs:
        if d.fungsi in DARI_MODUL:
            by_fungsi[Fungsi(d.fungsi)].append(d)
    for fungsi, group in by_fungsi.items():
        penyedia = _PENYEDIA.get(fungsi)
        if penyedia is None:  # the module is not installed: no figure, never a typed one
            continue
        for ind_id, parts in penyedia(group, tahun).items():
            out[ind_id] = dict(parts)
    return out


def _dari_modul(defs: Sequence[IndikatorTurunan], tahun: int,
                triwulan: int | None = None) -> dict[int, HasilTurunan]:
    parts = bagian_dari_modul(defs, tahun)
    out: dict[int, HasilTurunan] = {}
    for d in defs:
        if d.fungsi not in DARI_MODUL:
            continue
        known, agregasi = parts.get(d.indikator_id), Agregasi(d.indikator.agregasi)
        if not known:
            nilai = None
        elif triwulan is not None:  # as of a triwulan: only the periods closed by then
            nilai = realisasi_sampai_dengan(known, triwulan, agregasi)
        else:
            try:
                nilai = nilai_tahunan(known, agregasi)
            except AgregasiError:
                nilai = None  # a provider mixing semesters with triwulan: no figure rather than a wrong one
        out[d.indikator_id] = HasilTurunan(nilai, (NilaiUnit(d.indikator.unit, nilai),))
    return out


@dataclass(frozen=True)
class _UnitValue:
    unit: Unit
    nilai: Decimal | None
    skala: AturanSkala | None


# The units' values of one source, kept for the length of a ``satu_bacaan`` block.
_BACAAN: ContextVar[dict[tuple[int, str, int, int | None], list[_UnitValue]] | None] = ContextVar(
    "sakip_nilai_unit", default=None)


@contextmanager
def satu_bacaan() -> Iterator[None]:
    """Within the block, the Pemda-wide values of a source are read once.

    A document reads the same figures over all units in several places (its pohon kinerja, the
    comparison with the Pemda, the lampiran); it writes nothing meanwhile, so one reading serves
    them all. Outside such a block every read is fresh, as a change must show at once.
    """
    if _BACAAN.get() is not None:  # an enclosing block already keeps them
        yield
        return
    token = _BACAAN.set({})
    try:
        yield
    finally:
        _BACAAN.reset(token)


def definitions(indikator_ids: Iterable[int], tahun: int) -> list[IndikatorTurunan]:
    """The derivations in force in ``tahun`` among the given indicators (one query)."""
    return list(
        IndikatorTurunan.objects.filter(indikator_id__in=list(indikator_ids), mulai_tahun__lte=tahun)
        .select_related("indikator__unit")
    )


def _unit_values(pemda_id: int, sumber: str, tahun: int, triwulan: int | None = None) -> list[_UnitValue]:
    """Each unit's value of its indicator with kode_standar ``sumber`` in ``tahun`` (four queries)."""
    bacaan = _BACAAN.get()
    kunci = (pemda_id, sumber, tahun, triwulan)
    if bacaan is not None and kunci in bacaan:
        return bacaan[kunci]
    hasil = _baca_unit_values(pemda_id, sumber, tahun, triwulan)
    if bacaan is not None:
        bacaan[kunci] = hasil
    return hasil


def _baca_unit_values(pemda_id: int, sumber: str, tahun: int, triwulan: int | None) -> list[_UnitValue]:
    src = list(
        Indikator.objects.filter(
            unit__pemda_id=pemda_id, kode_standar=sumber,
            periode__tahun_mulai__lte=tahun, periode__tahun_selesai__gte=tahun,
        ).exclude(unit__jenis="pemda")  # the Pemda's own IKU are never one of "its PDs"
        .select_related("unit").order_by("unit__urutan", "unit__nama", "-periode__tahun_mulai")
    )
    values = realisasi_tersimpan([i.pk for i in src], tahun, {i.pk: i.agregasi for i in src}, triwulan)
    # A unit's figure that another module provides (its Nilai SAKIP from the LKE) is read there.
    own = [d for d in definitions([i.pk for i in src], tahun) if d.fungsi in DARI_MODUL]
    values.update({k: h.nilai for k, h in _dari_modul(own, tahun, triwulan).items()})
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
    out.update(_dari_modul(defs, tahun, triwulan))
    for d in defs:
        if d.fungsi in DARI_MODUL:
            continue
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
