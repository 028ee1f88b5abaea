"""Read side: load a PD-year from the database and measure it with the core engine.

Query count does not grow with the number of indicators or budget lines: PKs, their
rows, the realisasi and the budget are each fetched in one query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from django.db.models import Prefetch, Q

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.core.aggregation import Agregasi, AgregasiError, Bagian, nilai_tahunan
from sakip.core.budget import BudgetLine, Tingkat
from sakip.core.capaian import ATURAN_BAKU, AturanCapaian, MetodeNegatif
from sakip.core.measurement import BarisInput, HasilPengukuran, Kelompok, ukur, ukur_pk
from sakip.core.scales import Scale
from sakip.organisasi.models import PengaturanPemda, Unit
from sakip.pengukuran import derived
from sakip.perencanaan.models import Indikator, Skala
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja, SasaranPK
from sakip.realisasi.models import Realisasi


class DataTidakAda(LookupError):
    """The PD-year has nothing to measure; the message says what is missing."""


def aturan_pemda(unit: Unit) -> AturanCapaian:
    setting = PengaturanPemda.objects.filter(pemda_id=unit.pemda_id).first()
    if setting is None:
        return ATURAN_BAKU
    return AturanCapaian(MetodeNegatif(setting.metode_negatif), setting.clamp_nol)


def _links(ids: list[int]) -> dict[int, list[int]]:
    """For each indicator, the indicators carrying the same measure in the adjoining periods.

    A year covered by two planning periods (2025) is measured once: its value is stored on
    one indicator and read through the ``pendahulu`` link by the other.
    """
    links: dict[int, list[int]] = {i: [] for i in ids}
    for pk, pendahulu in Indikator.objects.filter(Q(pk__in=ids) | Q(pendahulu_id__in=ids)).values_list(
        "pk", "pendahulu_id"
    ):
        if pendahulu is None:
            continue
        if pendahulu in links:
            links[pendahulu].append(pk)  # successor first
        if pk in links:
            links[pk].append(pendahulu)
    return links


def realisasi_tahunan(indikator_ids: Iterable[int], tahun: int, agregasi: dict[int, str], *,
                      turunan: bool = True) -> dict[int, Decimal | None]:
    """Annual realisasi of many indicators for one year: the engine's one way to read it.

    Stored parts are aggregated by each indicator's ``agregasi``; a derived indicator's value
    is computed over the units it aggregates (``turunan=False`` reads stored values only).
    Three queries, plus a few per distinct derivation source.
    """
    ids = list(indikator_ids)
    links = _links(ids)
    wanted = set(ids) | {j for js in links.values() for j in js}
    parts: dict[int, dict[Bagian, Decimal]] = defaultdict(dict)
    for ind_id, bagian, nilai in Realisasi.objects.filter(indikator_id__in=wanted, tahun=tahun).values_list(
        "indikator_id", "bagian", "nilai"
    ):
        parts[ind_id][Bagian(bagian)] = nilai
    result: dict[int, Decimal | None] = {}
    for ind_id in ids:
        source = next((j for j in [ind_id, *links[ind_id]] if parts.get(j)), None)
        if source is None:
            continue
        try:
            result[ind_id] = nilai_tahunan(parts[source], Agregasi(agregasi[ind_id]))
        except AgregasiError:
            result[ind_id] = None  # mixed parts are refused on input; reviu reports old data
    if turunan:
        defs = derived.definitions(ids, tahun)
        if defs:
            for ind_id, hasil in derived.compute(defs, tahun).items():
                result[ind_id] = hasil.nilai
    return result


def pk_tahun(unit: Unit, tahun: int, *, termasuk_draf: bool = False) -> list[PerjanjianKinerja]:
    qs = (
        PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun)
        .select_related("periode", "pihak_pertama__pejabat", "pihak_kedua__pejabat")
        .prefetch_related(
            Prefetch("sasaran", queryset=SasaranPK.objects.order_by("urutan")),
            Prefetch(
                "sasaran__indikator",
                queryset=IndikatorPK.objects.order_by("urutan").select_related("indikator__skala"),
            ),
            "anggaran",
        )
        .order_by("nomor_perubahan")
    )
    if not termasuk_draf:
        qs = qs.filter(ditandatangani=True)
    return list(qs)


def budget_lines(unit: Unit, tahun: int) -> list[BudgetLine]:
    """The DPA tree of a PD-year as core BudgetLines (two queries)."""
    rows = list(MataAnggaran.objects.filter(unit=unit, tahun=tahun).order_by("urutan", "pk"))
    realised: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for line_id, tw, jumlah in RealisasiAnggaran.objects.filter(
        mata_anggaran__unit=unit, mata_anggaran__tahun=tahun
    ).values_list("mata_anggaran_id", "triwulan", "jumlah"):
        realised[line_id][tw] = jumlah
    nodes = {
        r.pk: BudgetLine(r.kode, r.nama, Tingkat(r.tingkat), r.pagu or Decimal(0), realised.get(r.pk, {}), key=r.pk)
        for r in rows
    }
    roots: list[BudgetLine] = []
    for r in rows:
        if r.induk_id is None:
            roots.append(nodes[r.pk])
        else:
            nodes[r.induk_id].anak.append(nodes[r.pk])
    return roots


def measure(unit: Unit, tahun: int, *, termasuk_draf: bool = False) -> HasilPengukuran:
    """The measurement of one PD-year: every PK version, the budget and efisiensi."""
    pks = pk_tahun(unit, tahun, termasuk_draf=termasuk_draf)
    anggaran = budget_lines(unit, tahun)
    if not pks and not anggaran:
        raise DataTidakAda(
            f"{unit.nama} belum mempunyai perjanjian kinerja yang ditandatangani maupun anggaran tahun {tahun}."
        )
    rows_pk = [
        (pk, [(s, ipk) for s in pk.sasaran.all() for ipk in s.indikator.all()]) for pk in pks
    ]
    indicators: dict[int, Indikator] = {ipk.indikator_id: ipk.indikator for _, rows in rows_pk for _, ipk in rows}
    scales = _scales({i.skala_id for i in indicators.values() if i.skala_id})
    annual = realisasi_tahunan(indicators, tahun, {k: v.agregasi for k, v in indicators.items()})
    aturan = aturan_pemda(unit)
    hasil_pk = []
    for pk, rows in rows_pk:
        inputs = [
            BarisInput(
                nama=ipk.indikator.nama,
                kelompok=Kelompok(s.kelompok),
                satuan=ipk.indikator.satuan,
                target=ipk.target,
                realisasi=annual.get(ipk.indikator_id),
                polaritas=ipk.indikator.polaritas_enum,
                desimal=ipk.indikator.desimal,
                skala=scales.get(ipk.indikator.skala_id) if ipk.indikator.skala_id else None,
                sasaran=s.uraian,
                key=ipk.pk,
            )
            for s, ipk in rows
        ]
        hasil_pk.append(ukur_pk(pk.versi, pk.periode.nama, inputs, aturan, key=pk.pk))
    return ukur(hasil_pk, anggaran)


def _scales(ids: set[int]) -> dict[int, Scale]:
    return {s.pk: s.as_scale() for s in Skala.objects.filter(pk__in=ids).prefetch_related("kelas")}
