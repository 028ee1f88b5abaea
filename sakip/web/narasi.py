"""The narrative page's rows: each indicator of the year's PKs with its texts, and the PD's own texts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.perjanjian.models import IndikatorPK
from sakip.realisasi.models import NarasiIndikator, NarasiUnit

BIDANG_INDIKATOR = ("faktor_pendorong", "faktor_penghambat", "solusi", "rencana_tindak_lanjut")


@dataclass
class BarisNarasi:
    indikator: Indikator
    pk: str  # the PK version the indicator is agreed in, e.g. 'Perjanjian Kinerja Perubahan'
    target: Decimal
    teks: dict[str, str]


@dataclass
class LembarNarasi:
    baris: list[BarisNarasi]
    unit_teks: dict[str, str]


def lembar_narasi(unit: Unit, tahun: int) -> LembarNarasi:
    """Every indicator of the year's PK versions (latest first) with its narrative, in three queries.

    Narratives belong to the indicator itself: the PK awal and its perubahan may agree on
    different indicators for one year, and the LKjIP analyses each.
    """
    rows: list[BarisNarasi] = []
    seen: set[int] = set()
    ipks = (IndikatorPK.objects.filter(sasaran__perjanjian__unit=unit, sasaran__perjanjian__tahun=tahun)
            .select_related("indikator", "sasaran__perjanjian")
            .order_by("-sasaran__perjanjian__nomor_perubahan", "sasaran__urutan", "urutan"))
    for ipk in ipks:
        if ipk.indikator_id in seen:
            continue
        seen.add(ipk.indikator_id)
        rows.append(BarisNarasi(ipk.indikator, ipk.sasaran.perjanjian.judul, ipk.target, {}))
    texts = {
        n.indikator_id: {f: getattr(n, f) for f in BIDANG_INDIKATOR}
        for n in NarasiIndikator.objects.filter(indikator_id__in=seen, tahun=tahun)
    }
    for r in rows:
        r.teks = texts.get(r.indikator.pk, {})
    unit_teks = dict(NarasiUnit.objects.filter(unit=unit, tahun=tahun).values_list("jenis", "teks"))
    return LembarNarasi(rows, unit_teks)
