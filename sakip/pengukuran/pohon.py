"""Load the pohon kinerja of a Pemda-year (or one PD's branch) for ``sakip.core.pohon``.

A fixed number of queries whatever the number of PDs, boxes and indicators: boxes, indicators,
targets, PK targets, realisasi, misi and declared support are each read in one query, and the
capaian of every indicator comes from the engine (``ukur_baris``), as the measurement prints it.
The pohon pages (``sakip.pohon``) and the LKjIP (``sakip.laporan``) both draw from it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from decimal import Decimal

from django.db.models import Q

from sakip.core.capaian import Polaritas
from sakip.core.measurement import BarisInput, Kelompok, ukur_baris
from sakip.core.pohon import IndikatorPohon, NodeInput, Pohon, TingkatPohon, bangun, cabang
from sakip.core.skala import AturanSkala
from sakip.organisasi.models import JenisUnit, Pemda, Unit
from sakip.pengukuran.services import aturan_pemda, realisasi_tahunan
from sakip.perencanaan.models import (
    DukunganMisi,
    Indikator,
    NodeCascade,
    PeriodePerencanaan,
    Skala,
    Target,
)
from sakip.perjanjian.models import IndikatorPK

SKALA_WARNA = "predikat_kinerja"  # capaian is coloured on the predikat kinerja bands, as on the dashboards
KUNCI_VISI = "visi"


def kunci_node(pk: int) -> str:
    return f"n{pk}"


def kunci_misi(pk: int) -> str:
    return f"m{pk}"


def pk_dari_kunci(key: str) -> int | None:
    """The NodeCascade id of a box key ('n123' -> 123); None for the visi and misi."""
    return int(key[1:]) if key.startswith("n") and key[1:].isdigit() else None


def unit_pemda(pemda: Pemda | int) -> Unit | None:
    """The Kabupaten/Kota's own unit, holder of the RPJMD (one query)."""
    pemda_id = pemda if isinstance(pemda, int) else pemda.pk
    return Unit.objects.filter(pemda_id=pemda_id, jenis=JenisUnit.PEMDA).first()


def _target_pk(tahun: int, where: dict[str, object]) -> dict[int, Decimal]:
    """Each indicator's agreed target in the year's PKs: signed before draft, then the latest perubahan."""
    best: dict[int, tuple[tuple[bool, int], Decimal]] = {}
    for ind, target, nomor, signed in IndikatorPK.objects.filter(sasaran__perjanjian__tahun=tahun, **where).values_list(
            "indikator_id", "target", "sasaran__perjanjian__nomor_perubahan", "sasaran__perjanjian__ditandatangani"):
        rank = (signed, nomor)
        if ind not in best or rank > best[ind][0]:
            best[ind] = (rank, target)
    return {ind: target for ind, (_, target) in best.items()}


def _skala() -> AturanSkala | None:
    s = Skala.objects.filter(kode=SKALA_WARNA).prefetch_related("kelas").first()
    return s.ke_aturan() if s else None


def muat(pemda: Pemda, periode: PeriodePerencanaan, tahun: int, *, unit_ids: Collection[int] | None = None,
         tingkat: Sequence[str] | None = None) -> list[NodeInput]:
    """The flat boxes of the pohon: visi, misi, RPJMD boxes and the PDs' boxes with their indicators.

    ``unit_ids`` limits the PD boxes to those units (a branch); ``tingkat`` limits the PD boxes
    to those levels (the Pemda page shows tujuan and sasaran, programs load on demand).
    Twelve queries, plus a few per kind of derived indicator.
    """
    pemda_unit = unit_pemda(pemda)
    units = {u.pk: u for u in Unit.objects.filter(pemda=pemda).only("pk", "nama", "slug", "jenis", "urutan")}
    boxes = NodeCascade.objects.filter(periode=periode, unit__pemda=pemda)
    if unit_ids is not None:
        boxes = boxes.filter(unit_id__in=[*unit_ids, *([pemda_unit.pk] if pemda_unit else [])])
    if tingkat is not None:
        boxes = boxes.filter(Q(unit__jenis=JenisUnit.PEMDA) | Q(tingkat__in=list(tingkat)))
    rows = list(boxes.order_by("unit__urutan", "unit__nama", "unit_id", "urutan", "pk").values_list(
        "pk", "induk_id", "unit_id", "tingkat", "nama", "kode", "misi_id", "mendukung_id"))
    node_ids = [r[0] for r in rows]

    where: dict[str, object] = {"node__periode": periode, "node__unit__pemda": pemda}
    if unit_ids is not None or tingkat is not None:
        where["node_id__in"] = node_ids
    via = {f"indikator__{k}": v for k, v in where.items()}
    indikator = list(Indikator.objects.filter(**where).order_by("urutan", "pk").values_list(
        "pk", "node_id", "nama", "satuan", "polaritas", "agregasi", "desimal"))
    targets = dict(Target.objects.filter(tahun=tahun, **via).values_list("indikator_id", "nilai"))
    targets.update(_target_pk(tahun, via))  # the agreed target wins, as on the realisasi sheet
    annual = realisasi_tahunan([i[0] for i in indikator], tahun, {i[0]: i[5] for i in indikator})
    # aturan_pemda reads only the unit's pemda_id: an unsaved Unit serves a Pemda without RPJMD unit
    aturan = aturan_pemda(pemda_unit or Unit(pemda=pemda))

    per_box: dict[int, list[IndikatorPohon]] = defaultdict(list)
    for pk, node_id, nama, satuan, polaritas, _, desimal in indikator:
        hasil = ukur_baris(BarisInput(nama, Kelompok.UTAMA, satuan, targets.get(pk), annual.get(pk),
                                      Polaritas(polaritas), desimal), aturan)
        per_box[node_id].append(IndikatorPohon(nama, satuan, targets.get(pk), hasil.realisasi,
                                               hasil.capaian.persen, desimal))

    declared: dict[int, set[str]] = defaultdict(set)
    for unit_id, misi_id in DukunganMisi.objects.filter(misi__periode=periode).values_list("unit_id", "misi_id"):
        declared[unit_id].add(kunci_misi(misi_id))

    out = [NodeInput(KUNCI_VISI, None, TingkatPohon.VISI, periode.visi, rpjmd=True, kode=periode.nama)]
    out += [NodeInput(kunci_misi(m.pk), KUNCI_VISI, TingkatPohon.MISI, m.uraian, rpjmd=True, kode=f"Misi {m.nomor}")
            for m in periode.misi.order_by("nomor")]
    for pk, induk_id, unit_id, tingkat_node, nama, kode, misi_id, mendukung_id in rows:
        unit = units[unit_id]
        rpjmd = unit.jenis == JenisUnit.PEMDA
        if rpjmd and induk_id is None:
            induk = kunci_misi(misi_id) if misi_id else None
        else:
            induk = kunci_node(induk_id) if induk_id else None
        out.append(NodeInput(
            kunci_node(pk), induk, TingkatPohon(tingkat_node), nama, rpjmd=rpjmd, unit="" if rpjmd else unit.nama,
            unit_key=unit.slug, kode=kode, indikator=tuple(per_box.get(pk, ())),
            mendukung=kunci_node(mendukung_id) if mendukung_id else None,
            misi_unit=frozenset(declared.get(unit_id, ())),
        ))
    return out


def pohon_pemda(pemda: Pemda, periode: PeriodePerencanaan, tahun: int, *,
                tingkat: Sequence[str] | None = None) -> Pohon:
    """The whole Pemda's pohon kinerja of a period, capaian of ``tahun``."""
    return bangun(muat(pemda, periode, tahun, tingkat=tingkat), _skala())


def unit_cabang(unit: Unit) -> list[Unit]:
    """The unit and its sub units (Bagian, UPT, Kelurahan): a PD's branch holds their boxes too.

    One query for any depth: the Pemda's units are few, their tree is walked here.
    """
    children: dict[int | None, list[Unit]] = defaultdict(list)
    for u in Unit.objects.filter(pemda_id=unit.pemda_id).only("pk", "induk_id", "slug", "nama"):
        children[u.induk_id].append(u)
    found, frontier = [unit], [unit.pk]
    while frontier:
        kids = [c for pk in frontier for c in children.get(pk, []) if c not in found]
        found += kids
        frontier = [c.pk for c in kids]
    return found


def pohon_unit(unit: Unit, periode: PeriodePerencanaan, tahun: int, *, sampai: TingkatPohon | None = None) -> Pohon:
    """One PD's branch: the RPJMD boxes it supports up to the visi, then its own boxes down to ``sampai``."""
    units = unit_cabang(unit)
    tingkat = None
    if sampai is not None:
        order = list(TingkatPohon)
        tingkat = [t.value for t in order[order.index(TingkatPohon.TUJUAN): order.index(sampai) + 1]]
    nodes = muat(unit.pemda, periode, tahun, unit_ids=[u.pk for u in units], tingkat=tingkat)
    return cabang(bangun(nodes, _skala()), [u.slug for u in units])


def berisi_turunan(periode: PeriodePerencanaan, node_ids: Collection[int]) -> set[int]:
    """Which of these boxes have boxes below them (one query): the page offers to load them."""
    return set(NodeCascade.objects.filter(periode=periode, induk_id__in=list(node_ids))
               .values_list("induk_id", flat=True).distinct())


def periode_tahun(pemda_id: int, tahun: int) -> list[PeriodePerencanaan]:
    """The planning periods that contain ``tahun``, newest first (2025 lies in two)."""
    return list(PeriodePerencanaan.objects.filter(pemda_id=pemda_id, tahun_mulai__lte=tahun,
                                                  tahun_selesai__gte=tahun).order_by("-tahun_mulai"))
