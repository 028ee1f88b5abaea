"""Read side: load a PD-year from the database and measure it with the core engine.

Query count does not grow with the number of indicators or budget lines: PKs, their
rows, the realisasi and the budget are each fetched in one query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch, QuerySet

from sakip.core.aggregation import Agregasi
from sakip.core.capaian import ATURAN_BAKU, AturanCapaian, MetodeNegatif, Polaritas
from sakip.core.measurement import BarisInput, HasilPengukuran, Kelompok, ukur, ukur_pk
from sakip.core.numbers import quantize
from sakip.core.rencana_aksi import periksa_triwulan, target_sampai_dengan
from sakip.core.skala import AturanSkala, RentangSkala
from sakip.organisasi.models import PengaturanPemda, Unit
from sakip.perencanaan.models import Indikator, Skala
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja, SasaranPK
from sakip.rencana_aksi.baca import RencanaLine, RencanaTerbaca, rencana_baris, rencana_kas

from . import derived

# The stored-data readers live a layer down (derived reads them too); callers keep this one door.
from .tersimpan import budget_lines as budget_lines
from .tersimpan import budget_lines_many, realisasi_tersimpan


class DataTidakAda(LookupError):
    """The PD-year has nothing to measure; the message says what is missing."""


def aturan_pemda(unit: Unit) -> AturanCapaian:
    setting = PengaturanPemda.objects.filter(pemda_id=unit.pemda_id).first()
    if setting is None:
        return ATURAN_BAKU
    return AturanCapaian(MetodeNegatif(setting.metode_negatif), setting.clamp_nol)


def realisasi_tahunan(indikator_ids: Iterable[int], tahun: int, agregasi: dict[int, str],
                      triwulan: int | None = None) -> dict[int, Decimal | None]:
    """Annual realisasi of many indicators for one year (with ``triwulan``: up to that triwulan):
    the engine's one way to read it.

    Stored parts are aggregated by each indicator's ``agregasi``; a derived indicator's value
    is computed over the units it aggregates. Three queries, plus a few per distinct derivation
    source.
    """
    ids = list(indikator_ids)
    result = realisasi_tersimpan(ids, tahun, agregasi, triwulan)
    defs = derived.definitions(ids, tahun)
    if defs:
        for ind_id, hasil in derived.compute(defs, tahun, triwulan).items():
            result[ind_id] = hasil.nilai
    return result


def _pk_queryset(tahun: int, termasuk_draf: bool) -> QuerySet[PerjanjianKinerja]:
    qs = (
        PerjanjianKinerja.objects.filter(tahun=tahun)
        .select_related("periode", "pihak_pertama__pejabat", "pihak_kedua__pejabat")
        .prefetch_related(
            Prefetch("sasaran", queryset=SasaranPK.objects.order_by("urutan")),
            Prefetch(
                "sasaran__indikator",
                queryset=IndikatorPK.objects.order_by("urutan").select_related("indikator__skala"),
            ),
            "anggaran",
        )
        .order_by("unit_id", "nomor_perubahan")
    )
    if not termasuk_draf:
        qs = qs.filter(ditandatangani=True)
    return qs


def pk_tahun(unit: Unit, tahun: int, *, termasuk_draf: bool = False) -> list[PerjanjianKinerja]:
    return list(_pk_queryset(tahun, termasuk_draf).filter(unit=unit))


def ukur_pd(unit: Unit, tahun: int, *, termasuk_draf: bool = False, triwulan: int | None = None) -> HasilPengukuran:
    """The measurement of one PD-year: every PK version, the budget and efisiensi (and, with
    ``triwulan``, each indicator and the budget as of that triwulan against the rencana aksi)."""
    hasil = ukur_pd_banyak([unit], tahun, termasuk_draf=termasuk_draf, triwulan=triwulan).get(unit.pk)
    if hasil is None:
        raise DataTidakAda(
            f"{unit.nama} belum mempunyai perjanjian kinerja yang ditandatangani maupun anggaran tahun {tahun}."
        )
    return hasil


@dataclass(frozen=True)
class _IndikatorUkur:
    """The fields of an indicator the measurement reads."""

    nama: str
    satuan: str
    polaritas: str
    agregasi: str
    desimal: int
    skala_id: int | None


def ukur_pd_banyak(units: Sequence[Unit], tahun: int, *, termasuk_draf: bool = False,
                   triwulan: int | None = None) -> dict[int, HasilPengukuran]:
    """The measurement of many PD-years at once, by unit id, in as many queries as one.

    Units with neither a PK nor a budget for the year are left out. The Pemda dashboard
    measures every PD with this; ``ukur_pd`` is its one-unit case. PKs and their rows are
    read as plain values (four queries) so that fifty PDs cost no more than one.
    """
    unit_ids = [u.pk for u in units]
    pk_filter = {"unit_id__in": unit_ids, "tahun": tahun, **({} if termasuk_draf else {"ditandatangani": True})}
    pks: dict[int, list[tuple[int, str, str]]] = defaultdict(list)  # unit -> (pk, versi, periode), oldest first
    for pk_id, unit_id, versi, periode in (PerjanjianKinerja.objects.filter(**pk_filter)
                                           .order_by("unit_id", "nomor_perubahan")
                                           .values_list("pk", "unit_id", "versi", "periode__nama")):
        pks[unit_id].append((pk_id, versi, periode))
    sasaran: dict[int, list[tuple[int, str, str]]] = defaultdict(list)  # pk -> (sasaran, kelompok, uraian)
    for s_id, pk_id, kelompok, uraian in (SasaranPK.objects.filter(**{f"perjanjian__{k}": v for k, v in pk_filter.items()})
                                          .order_by("urutan", "pk")
                                          .values_list("pk", "perjanjian_id", "kelompok", "uraian")):
        sasaran[pk_id].append((s_id, kelompok, uraian))
    baris: dict[int, list[tuple[int, int, Decimal]]] = defaultdict(list)  # sasaran -> (row, indikator, target)
    for row_id, s_id, ind_id, target in (IndikatorPK.objects.filter(
            **{f"sasaran__perjanjian__{k}": v for k, v in pk_filter.items()})
            .order_by("urutan", "pk").values_list("pk", "sasaran_id", "indikator_id", "target")):
        baris[s_id].append((row_id, ind_id, target))
    ids = {ind_id for rows in baris.values() for _, ind_id, _ in rows}
    indicators = {
        pk: _IndikatorUkur(nama, satuan, polaritas, agregasi, desimal, skala_id)
        for pk, nama, satuan, polaritas, agregasi, desimal, skala_id in Indikator.objects.filter(pk__in=ids)
        .order_by().values_list("pk", "nama", "satuan", "polaritas", "agregasi", "desimal", "skala_id")
    }
    anggaran = budget_lines_many(unit_ids, tahun)
    scales = _scales({i.skala_id for i in indicators.values() if i.skala_id})
    annual = realisasi_tahunan(indicators, tahun, {k: v.agregasi for k, v in indicators.items()})
    aturan = {
        s.pemda_id: AturanCapaian(MetodeNegatif(s.metode_negatif), s.clamp_nol)
        for s in PengaturanPemda.objects.filter(pemda_id__in={u.pemda_id for u in units})
    }
    tw = _Triwulan.muat(triwulan, tahun, indicators, baris, pks) if triwulan is not None else None
    result: dict[int, HasilPengukuran] = {}
    for unit in units:
        if not pks.get(unit.pk) and not anggaran.get(unit.pk):
            continue
        hasil_pk = []
        for pk_id, versi, periode in pks.get(unit.pk, []):
            inputs = [
                BarisInput(
                    nama=indicators[ind_id].nama,
                    kelompok=Kelompok(kelompok),
                    satuan=indicators[ind_id].satuan,
                    target=target,
                    realisasi=annual.get(ind_id),
                    polaritas=Polaritas(indicators[ind_id].polaritas),
                    desimal=indicators[ind_id].desimal,
                    skala=scales.get(indicators[ind_id].skala_id) if indicators[ind_id].skala_id else None,
                    sasaran=uraian,
                    key=row_id,
                    **(tw.baris(row_id, ind_id, target) if tw is not None else {}),
                )
                for s_id, kelompok, uraian in sasaran.get(pk_id, [])
                for row_id, ind_id, target in baris.get(s_id, [])
            ]
            hasil_pk.append(ukur_pk(versi, periode, inputs, aturan.get(unit.pemda_id, ATURAN_BAKU), key=pk_id))
        result[unit.pk] = ukur(hasil_pk, anggaran.get(unit.pk, []), triwulan,
                               tw.rencana_anggaran(pks.get(unit.pk, [])) if tw is not None else None)
    return result


@dataclass
class _Triwulan:
    """What a measurement as of a triwulan adds: rencana aksi targets, realisasi s.d., anggaran kas."""

    triwulan: int
    indicators: dict[int, _IndikatorUkur]
    rencana: dict[int, RencanaTerbaca]
    realisasi: dict[int, Decimal | None]
    kas: dict[int, dict[int, dict[int, RencanaLine]]]

    @classmethod
    def muat(cls, triwulan: int, tahun: int, indicators: dict[int, _IndikatorUkur],
             baris: dict[int, list[tuple[int, int, Decimal]]],
             pks: dict[int, list[tuple[int, str, str]]]) -> _Triwulan:
        periksa_triwulan(triwulan)
        row_ids = [row_id for rows in baris.values() for row_id, _, _ in rows]
        latest = [versions[-1][0] for versions in pks.values() if versions]
        return cls(triwulan, indicators, rencana_baris(row_ids, dengan_aksi=False),
                   realisasi_tahunan(indicators, tahun, {k: v.agregasi for k, v in indicators.items()}, triwulan),
                   rencana_kas(latest))

    def baris(self, row_id: int, ind_id: int, target: Decimal) -> dict[str, object]:
        ind = self.indicators[ind_id]
        r = self.rencana.get(row_id)
        if r is not None:
            target_tw = target_sampai_dengan(r.target, self.triwulan, Agregasi(ind.agregasi), r.kumulatif)
            teks = r.teks.get(self.triwulan, "")
        else:  # no rencana aksi: only the year's end has a target, the PK's own
            target_tw, teks = (target if self.triwulan == 4 else None), ""
        return {"triwulan": self.triwulan, "target_triwulan": target_tw, "teks_triwulan": teks,
                "realisasi_triwulan": self.realisasi.get(ind_id)}

    def rencana_anggaran(self, versions: list[tuple[int, str, str]]) -> Decimal | None:
        """The anggaran kas of the version in force up to the triwulan; None when none is planned."""
        if not versions or not self.kas.get(versions[-1][0]):
            return None
        lines = self.kas[versions[-1][0]]
        return sum((r.anggaran_kas for per_tw in lines.values() for tw, r in per_tw.items() if tw <= self.triwulan),
                   Decimal(0))


@dataclass(frozen=True)
class NilaiStandar:
    """A PD-year's value of a Pemda-wide kind of indicator (``kode_standar``: nilai_sakip, ikm)."""

    indikator: Indikator
    nilai: Decimal | None  # rounded to the indicator's decimals, as printed
    kategori: RentangSkala | None
    skala: AturanSkala | None


def nilai_standar(units: Sequence[Unit], tahun: int, kode: Sequence[str]) -> dict[int, dict[str, NilaiStandar]]:
    """Per unit and kode_standar, the year's value of that indicator, in a constant number of queries.

    When the year lies in two planning periods the later period's indicator is used; its
    value may be stored on its predecessor and is read through the link.
    """
    chosen: dict[tuple[int, str], Indikator] = {}
    for ind in (
        Indikator.objects.filter(unit_id__in=[u.pk for u in units], kode_standar__in=list(kode),
                                 periode__tahun_mulai__lte=tahun, periode__tahun_selesai__gte=tahun)
        .select_related("periode")
        .order_by("periode__tahun_mulai", "urutan", "pk")
    ):
        known = chosen.get((ind.unit_id, ind.kode_standar))
        if known is None or ind.periode.tahun_mulai > known.periode.tahun_mulai:
            chosen[(ind.unit_id, ind.kode_standar)] = ind
    annual = realisasi_tahunan([i.pk for i in chosen.values()], tahun, {i.pk: i.agregasi for i in chosen.values()})
    scales = _scales({i.skala_id for i in chosen.values() if i.skala_id})
    result: dict[int, dict[str, NilaiStandar]] = defaultdict(dict)
    for (unit_id, k), ind in chosen.items():
        raw = annual.get(ind.pk)
        nilai = None if raw is None else quantize(raw, ind.desimal)
        skala = scales.get(ind.skala_id) if ind.skala_id else None
        result[unit_id][k] = NilaiStandar(ind, nilai, skala.classify(nilai) if skala else None, skala)
    return result


def _scales(ids: set[int]) -> dict[int, AturanSkala]:
    return {s.pk: s.ke_aturan() for s in Skala.objects.filter(pk__in=ids).prefetch_related("kelas")}
