"""What a triwulan still lacks: the one rule the "Ajukan" gate, the approval page and the
"belum mengisi" monitoring share (issue #13).

A PK indicator expects a value in triwulan N when it is on a PK of the year and its entry
pattern has a column there (``sakip.core.pola``: per triwulan every triwulan, per semester TW II
and IV, once a year TW IV), narrowed by its rencana aksi when it has one: then only where the
part of the year closing at N covers a triwulan with a target (``bagian_wajib_rencana``; the
rencana aksi of its row in the PK version in force). Derived indicators (serapan, Nilai SAKIP
from the LKE, IKM from the SKM, figures over PDs) are computed, never due; a value on the
predecessor/successor of the indicator in the other planning period of the year counts. A sub
kegiatan with a pagu expects a budget realisasi row for the triwulan (zero counts as entered).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.urls import NoReverseMatch, reverse

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.core.aggregation import ROMAWI, Bagian
from sakip.core.budget import TingkatAnggaran
from sakip.core.pola import bagian_wajib_rencana, isian_tahun
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator, IndikatorTurunan
from sakip.rencana_aksi.baca import target_pk_tahun, target_rantai

from .models import Realisasi


@dataclass(frozen=True)
class Kurang:
    """One missing value: what it is and the link to its cell."""

    jenis: str  # "indikator" or "sub_kegiatan"
    nama: str
    tautan: str


@dataclass
class Kelengkapan:
    """What one unit has and lacks for a triwulan."""

    unit: Unit
    tahun: int
    triwulan: int
    indikator_wajib: int = 0
    indikator_belum: list[Indikator] = field(default_factory=list)
    sub_kegiatan: int = 0  # sub kegiatan with a pagu
    sub_kegiatan_belum: list[MataAnggaran] = field(default_factory=list)

    @property
    def lengkap(self) -> bool:
        return not self.indikator_belum and not self.sub_kegiatan_belum

    @property
    def kurang(self) -> list[Kurang]:
        """Every missing value with the link to its cell in the entry grids."""
        out = [Kurang("indikator", i.nama, _tautan("web:realisasi", self, f"baris-{i.pk}"))
               for i in self.indikator_belum]
        out += [Kurang("sub_kegiatan", f"{s.kode} {s.nama}".strip(), _tautan("web:anggaran", self, f"mata-{s.pk}"))
                for s in self.sub_kegiatan_belum]
        return out

    @property
    def ringkasan(self) -> str:
        """One Indonesian sentence naming what is missing (the refusal of "Ajukan")."""
        bagian = []
        if self.indikator_belum:
            bagian.append(f"{len(self.indikator_belum)} dari {self.indikator_wajib} indikator PK "
                          f"({'; '.join(i.nama for i in self.indikator_belum[:5])}"
                          f"{'; …' if len(self.indikator_belum) > 5 else ''})")
        if self.sub_kegiatan_belum:
            bagian.append(f"{len(self.sub_kegiatan_belum)} dari {self.sub_kegiatan} sub kegiatan berpagu "
                          f"({'; '.join(s.kode or s.nama for s in self.sub_kegiatan_belum[:5])}"
                          f"{'; …' if len(self.sub_kegiatan_belum) > 5 else ''})")
        return (f"Realisasi {self.unit.nama} tahun {self.tahun} Triwulan {ROMAWI.get(self.triwulan, self.triwulan)} "
                f"belum lengkap: belum diisi {' dan '.join(bagian)}.")


def _tautan(nama: str, k: Kelengkapan, jangkar: str) -> str:
    try:
        return f"{reverse(nama, args=[k.unit.slug, k.tahun])}?tw={k.triwulan}#{jangkar}"
    except NoReverseMatch:  # a deployment without the web app (commands only)
        return ""


def _wajib(units: Sequence[Unit], tahun: int, tw: int) -> dict[int, tuple[int, list[Indikator]]]:
    """Per unit: the PK indicators due in triwulan ``tw`` and those without a value yet (four queries)."""
    unit_ids = [u.pk for u in units]
    # Every read below clears the models' default ordering (.order_by()): it would join the units
    # table for the sort, a scan of every Pemda's units on a national installation.
    di_pk = target_pk_tahun(unit_ids, tahun)  # the PK rows with their rencana aksi's triwulans
    # Plain rows, not model instances: a Pemda holds thousands of indicators, few of them due and
    # empty; those few become (deferred, like .only()) Indikator instances at the end.
    kolom = ["id", "unit_id", "pendahulu_id", "nama", "urutan"]
    qs = Indikator.objects.filter(unit_id__in=unit_ids, periode__tahun_mulai__lte=tahun,
                                  periode__tahun_selesai__gte=tahun).order_by("urutan", "pk")
    rows = list(qs.values_list(*kolom))
    pendahulu = {r[0]: r[2] for r in rows}
    values: dict[tuple[int, int], dict[Bagian, Decimal]] = defaultdict(dict)
    for ind_id, th, bagian, nilai in Realisasi.objects.filter(
        indikator__unit_id__in=unit_ids, tahun__in=[tahun - 1, tahun]
    ).order_by().values_list("indikator_id", "tahun", "bagian", "nilai"):
        values[(ind_id, th)][Bagian(bagian)] = nilai
    turunan = set(IndikatorTurunan.objects.filter(indikator__unit_id__in=unit_ids, mulai_tahun__lte=tahun)
                  .order_by().values_list("indikator_id", flat=True))
    # As the realisasi sheet: a measure carried into the next period is one row, the newer indicator.
    diganti = {p for p in pendahulu.values() if p in pendahulu}
    wajib_per_unit: dict[int, int] = defaultdict(int)
    belum: dict[int, list[Indikator]] = defaultdict(list)
    for row in rows:
        ind_id, unit_id = row[0], row[1]
        if ind_id in diganti or ind_id in turunan:
            continue
        isian = isian_tahun(ind_id, pendahulu, values, tahun)
        pk_row = target_rantai(isian.rantai, di_pk)
        if pk_row is None:
            continue
        wajib = bagian_wajib_rencana(isian.pola, tw, pk_row.bertarget)
        if wajib is None:
            continue
        wajib_per_unit[unit_id] += 1
        if wajib not in isian.nilai:
            belum[unit_id].append(Indikator.from_db(qs.db, kolom, row))
    return {uid: (n, belum.get(uid, [])) for uid, n in wajib_per_unit.items()}


def indikator_belum(units: Sequence[Unit], tahun: int, tw: int) -> dict[int, tuple[int, list[Indikator]]]:
    """Per unit id: (PK indicators due in triwulan ``tw``, those of them without a value); four queries."""
    return _wajib(units, tahun, tw)


def kelengkapan_banyak(units: Sequence[Unit], tahun: int, tw: int) -> dict[int, Kelengkapan]:
    """Per unit id, what it lacks for triwulan ``tw`` of ``tahun`` (six queries, whatever the number
    of units or their size): the Pemda dashboard's status of a triwulan, one PD at a time the gate's."""
    indikator = _wajib(units, tahun, tw)
    subs: dict[int, list[MataAnggaran]] = defaultdict(list)
    lines = MataAnggaran.objects.filter(unit_id__in=[u.pk for u in units], tahun=tahun,
                                        tingkat=TingkatAnggaran.SUB_KEGIATAN.value, pagu__gt=0)
    for line in lines.order_by("urutan", "pk"):
        subs[line.unit_id].append(line)
    ada = set(RealisasiAnggaran.objects.filter(mata_anggaran__in=lines.order_by().values("pk"), triwulan=tw)
              .order_by().values_list("mata_anggaran_id", flat=True))
    out = {}
    for u in units:
        wajib, belum = indikator.get(u.pk, (0, []))
        own = subs.get(u.pk, [])
        out[u.pk] = Kelengkapan(u, tahun, tw, wajib, belum, len(own), [s for s in own if s.pk not in ada])
    return out


def kelengkapan(unit: Unit, tahun: int, tw: int) -> Kelengkapan:
    """What ``unit`` lacks for triwulan ``tw`` of ``tahun`` (six queries, whatever the size of the PD)."""
    return kelengkapan_banyak([unit], tahun, tw)[unit.pk]
