"""III.3 of the LKjIP in figures: the PD against its Pemda, the Provinsi and PDs of its kind.

For every indicator of the year's latest PK that is an IKM or a Nilai SAKIP (``kode_standar``),
or that has stored comparison values (``realisasi.Pembanding``), one row: the PD's realisasi,
the Pemda's (its Pemda-level unit's indicator of the same ``kode_standar``), the Provinsi's and
the national figure (Pembanding of either indicator), and the mean over the units of the same
jenis in the Pemda (each unit's value as printed, mean by core.summary.rata_rata).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sakip.core.capaian import Polaritas
from sakip.core.numbers import quantize
from sakip.core.summary import rata_rata
from sakip.organisasi.models import JenisUnit, Unit
from sakip.pengukuran.services import realisasi_tahunan
from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import Pembanding

from .data import DataLaporan, label_pembanding

KODE_BANDING = ("ikm", "nilai_sakip")  # always compared, even without stored Pembanding values


@dataclass(frozen=True)
class BarisBanding:
    nama: str
    satuan: str
    desimal: int
    polaritas: Polaritas
    nilai: list[tuple[str, Decimal | None]]  # (label, value); the PD's own first


def _ind_tahun(qs: object, tahun: int) -> list[Indikator]:
    return list(qs.filter(periode__tahun_mulai__lte=tahun, periode__tahun_selesai__gte=tahun)  # type: ignore[attr-defined]
                .select_related("unit", "periode").order_by("unit_id", "-periode__tahun_mulai", "pk"))


def muat_perbandingan(data: DataLaporan) -> list[BarisBanding]:
    """The comparison rows of a PD-year (a constant number of queries per kode_standar)."""
    unit, tahun = data.unit, data.tahun
    labels = label_pembanding(data.pemda)
    sejenis = JenisUnit(unit.jenis).label if unit.jenis in JenisUnit.values else "perangkat daerah"
    label_rata = f"Rata-rata {sejenis} se-{data.pemda.nama}"
    rows: list[BarisBanding] = []
    seen: set[str] = set()
    for b in data.pk_terakhir.baris:
        kode = b.indikator.kode_standar
        key = kode or b.nama
        if key in seen or not (kode in KODE_BANDING or b.pembanding):
            continue
        seen.add(key)
        nilai: dict[str, Decimal | None] = {"pemda": None, "provinsi": None, "nasional": None}
        nilai.update({k: v for k, v in ((k, dict(b.pembanding).get(lbl)) for k, lbl in labels.items()) if v})
        rata = None
        if kode:
            pemda_ind = _ind_tahun(Indikator.objects.filter(unit__pemda=unit.pemda, unit__jenis=JenisUnit.PEMDA,
                                                            kode_standar=kode), tahun)
            if pemda_ind:
                i = pemda_ind[0]
                v = realisasi_tahunan([i.pk], tahun, {i.pk: i.agregasi}).get(i.pk)
                nilai["pemda"] = nilai["pemda"] or (None if v is None else quantize(v, i.desimal))
                for p in Pembanding.objects.filter(indikator__in=pemda_ind, tahun=tahun):
                    nilai[p.tingkat] = nilai.get(p.tingkat) or p.nilai
            rata = _rata_sejenis(unit, kode, tahun)
        rows.append(BarisBanding(
            b.nama, b.satuan, b.desimal, b.indikator.polaritas_enum,
            [(unit.nama, b.hasil.realisasi), (labels["pemda"], nilai["pemda"]),
             (labels["provinsi"], nilai["provinsi"]), (labels["nasional"], nilai["nasional"]), (label_rata, rata)],
        ))
    # Levels with no value in any row are left out of the table and chart.
    ada = [j for j in range(5) if j == 0 or any(r.nilai[j][1] is not None for r in rows)]
    return [BarisBanding(r.nama, r.satuan, r.desimal, r.polaritas, [r.nilai[j] for j in ada]) for r in rows]


def _rata_sejenis(unit: Unit, kode: str, tahun: int) -> Decimal | None:
    """Mean realisasi of the units of the same jenis (this one included), one value per unit."""
    inds = _ind_tahun(Indikator.objects.filter(unit__pemda=unit.pemda, unit__jenis=unit.jenis, kode_standar=kode),
                      tahun)
    if not inds:
        return None
    nilai = realisasi_tahunan([i.pk for i in inds], tahun, {i.pk: i.agregasi for i in inds})
    per_unit: dict[int, Decimal] = {}
    for i in inds:  # latest period first: a year in two periods is one value per unit
        v = nilai.get(i.pk)
        if v is not None and i.unit_id not in per_unit:
            per_unit[i.unit_id] = quantize(v, i.desimal)
    return rata_rata(per_unit.values()) if len(per_unit) > 1 else None
