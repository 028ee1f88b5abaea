"""Reading rencana aksi in bulk: a fixed number of queries however many indicators or lines."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.core.rencana_aksi import gabung_faktor
from sakip.perjanjian.models import IndikatorPK

from .models import Aksi, FaktorTriwulan, RencanaAksi, RencanaSubKegiatan, TargetTriwulan


@dataclass
class RencanaTerbaca:
    """One PK indicator's rencana aksi as plain values."""

    id: int
    kumulatif: bool
    target: dict[int, Decimal | None] = field(default_factory=dict)
    teks: dict[int, str] = field(default_factory=dict)
    aksi: list[tuple[str, str]] = field(default_factory=list)


def rencana_baris(indikator_pk_ids: Iterable[int], *, dengan_aksi: bool = True) -> dict[int, RencanaTerbaca]:
    """The rencana aksi of PK indicator rows, by IndikatorPK id (two or three queries)."""
    ids = list(indikator_pk_ids)
    out: dict[int, RencanaTerbaca] = {}
    by_rencana: dict[int, RencanaTerbaca] = {}
    for r_id, row_id, kumulatif in (RencanaAksi.objects.filter(indikator_pk_id__in=ids).order_by()
                                    .values_list("pk", "indikator_pk_id", "kumulatif")):
        out[row_id] = by_rencana[r_id] = RencanaTerbaca(r_id, kumulatif)
    if not by_rencana:
        return out
    for r_id, tw, nilai, teks in (TargetTriwulan.objects.filter(rencana_id__in=list(by_rencana)).order_by()
                                  .values_list("rencana_id", "triwulan", "nilai", "teks")):
        by_rencana[r_id].target[tw] = nilai
        if teks:
            by_rencana[r_id].teks[tw] = teks
    if dengan_aksi:
        for r_id, uraian, pj in (Aksi.objects.filter(rencana_id__in=list(by_rencana)).order_by("urutan", "pk")
                                 .values_list("rencana_id", "uraian", "penanggung_jawab")):
            by_rencana[r_id].aksi.append((uraian, pj))
    return out


@dataclass(frozen=True)
class TargetPK:
    """An indicator's row on a PK of the year and the triwulans its rencana aksi plans a target for."""

    versi: tuple[bool, int, int]  # (signed, nomor perubahan, row id): the highest is the version in force
    bertarget: frozenset[int] | None  # None: no rencana aksi, or one without any triwulan target


def target_pk_tahun(unit_ids: Sequence[int], tahun: int) -> dict[int, TargetPK]:
    """Per indicator on any PK version of the units' year, its row in the latest version holding it
    (signed before draft) with that row's planned triwulans (one query).

    A target is a number or a qualitative text; a rencana aksi with actions only plans no triwulan.
    """
    rows: dict[int, tuple[tuple[bool, int, int], set[int]]] = {}
    for row_id, ind_id, signed, nomor, tw, nilai, teks in (
        IndikatorPK.objects.filter(sasaran__perjanjian__unit_id__in=list(unit_ids), sasaran__perjanjian__tahun=tahun)
        .order_by().values_list("pk", "indikator_id", "sasaran__perjanjian__ditandatangani",
                                "sasaran__perjanjian__nomor_perubahan", "rencana_aksi__target__triwulan",
                                "rencana_aksi__target__nilai", "rencana_aksi__target__teks")):
        versi = (bool(signed), nomor, row_id)
        known = rows.get(ind_id)
        if known is None or versi > known[0]:
            known = rows[ind_id] = (versi, set())
        if versi == known[0] and tw is not None and (nilai is not None or teks):
            known[1].add(tw)
    return {ind_id: TargetPK(versi, frozenset(tws) or None) for ind_id, (versi, tws) in rows.items()}


def target_rantai(rantai: Iterable[int], per_indikator: dict[int, TargetPK]) -> TargetPK | None:
    """The PK row of a measure whose indicator changed with the planning period (the indicator and its
    predecessors): the one of the latest version; None when none of them is on a PK of the year."""
    found = [per_indikator[i] for i in rantai if i in per_indikator]
    return max(found, key=lambda t: t.versi) if found else None


@dataclass(frozen=True)
class RencanaLine:
    target_k: Decimal | None
    anggaran_kas: Decimal


def rencana_kas(perjanjian_ids: Iterable[int]) -> dict[int, dict[int, dict[int, RencanaLine]]]:
    """Per PK, per DPA line (MataAnggaran id), per triwulan: the planned K and anggaran kas (one query)."""
    out: dict[int, dict[int, dict[int, RencanaLine]]] = defaultdict(lambda: defaultdict(dict))
    for pk_id, line_id, tw, k, kas in (RencanaSubKegiatan.objects.filter(perjanjian_id__in=list(perjanjian_ids))
                                       .order_by().values_list("perjanjian_id", "mata_anggaran_id", "triwulan",
                                                               "target_k", "anggaran_kas")):
        out[pk_id][line_id][tw] = RencanaLine(k, kas)
    return out


@dataclass(frozen=True)
class Faktor:
    pendorong: str
    penghambat: str
    solusi: str


def faktor_triwulan(indikator_ids: Iterable[int], tahun: int) -> dict[int, dict[int, Faktor]]:
    """Per indicator and triwulan, the faktor entered with the realisasi (one query)."""
    out: dict[int, dict[int, Faktor]] = defaultdict(dict)
    for ind_id, tw, a, b, c in (FaktorTriwulan.objects.filter(indikator_id__in=list(indikator_ids), tahun=tahun)
                                .order_by("triwulan").values_list("indikator_id", "triwulan", "pendorong",
                                                                  "penghambat", "solusi")):
        out[ind_id][tw] = Faktor(a, b, c)
    return out


# The annual narrative's fields each faktor feeds (NarasiIndikator).
MEDAN_NARASI = {"faktor_pendorong": "pendorong", "faktor_penghambat": "penghambat", "solusi": "solusi"}


def narasi_dari_faktor(indikator_ids: Iterable[int], tahun: int) -> dict[int, dict[str, str]]:
    """Per indicator, the annual narrative's texts built from its faktor per triwulan (one query).

    Callers use them where the annual narrative (NarasiIndikator) leaves a field empty.
    """
    out: dict[int, dict[str, str]] = {}
    for ind_id, per_tw in faktor_triwulan(indikator_ids, tahun).items():
        teks = {medan: gabung_faktor({tw: getattr(f, attr) for tw, f in per_tw.items()})
                for medan, attr in MEDAN_NARASI.items()}
        out[ind_id] = {k: v for k, v in teks.items() if v}
    return out
