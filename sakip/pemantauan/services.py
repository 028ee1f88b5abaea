"""Comparing the PDs of one Pemda: the ranking (peringkat) and who has not entered a triwulan yet.

Read-only. Both are built in a fixed number of queries whatever the number of PDs: the ranking
reuses the Pemda dashboard's per-PD figures (``dasbor_pemda``: ``ukur_pd_banyak`` and
``nilai_standar``) for this year and the one before; the "belum mengisi" list reads the year's
PK indicators, realisasi, budget lines, statuses and operators of every PD at once.

What "entered" means for a triwulan (the PD dashboard's "Yang belum diisi" uses the same rule,
``sakip.core.pola``): an indicator on one of the year's PKs is due in triwulan N when its
entry pattern has a column there. The pattern is what the year already holds, else what the
year before held for semesters, else triwulan:
- triwulan pattern: a value for every triwulan (TW I-IV) is due;
- semester pattern: Semester I is due at TW II, Semester II at TW IV, nothing at TW I and III;
- annual pattern (the year already holds an annual value): only TW IV, as the annual value.
The indicator's ``agregasi`` does not change what is due: a cumulative (jumlah) indicator's
triwulan value is that triwulan's own output and a "terakhir" one its position at the end of
the triwulan; either must be typed for each triwulan due. An annual value alone in the
previous year is history from before Sakip and does not make the new year annual, so an
indicator measured once a year is "belum diisi" at TW I-III until its pattern is set by a
first value (or it is entered per triwulan). Derived indicators are computed, never due. A
value stored on the predecessor/successor of the indicator in the other planning period of
the year counts. A sub kegiatan has entered a triwulan when a budget realisasi row exists for
it (zero included).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.models import User

from sakip.core import formatting as fmt
from sakip.core.budget import TingkatAnggaran
from sakip.core.peringkat import beri_peringkat, naik_peringkat, selisih, urutkan
from sakip.organisasi.models import Keanggotaan, Pemda, Peran, Unit
from sakip.pengukuran.dasbor import KODE_IKM, KODE_SAKIP, BarisPD, dasbor_pemda, unit_pelapor
from sakip.pengukuran.services import budget_lines_many
from sakip.perencanaan.models import Indikator
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.realisasi.kelengkapan import indikator_belum
from sakip.realisasi.models import Status, StatusTriwulan

# -- Peringkat ------------------------------------------------------------------------------------

# The ranked figures, each higher-is-better, with how they are printed.
KOLOM: dict[str, str] = {
    "capaian": "Rata-rata capaian PK",
    "serapan": "Serapan anggaran",
    KODE_SAKIP: "Nilai SAKIP",
    KODE_IKM: "IKM",
}
PERSEN = {"capaian", "serapan"}
URUT_BAWAAN = "capaian"


def _nilai(row: BarisPD, kode: str) -> Decimal | None:
    """The figure as the dashboard prints it (two decimals, from the engine)."""
    if kode == "capaian":
        return row.rata_rata
    if kode == "serapan":
        return row.serapan
    n = row.sakip if kode == KODE_SAKIP else row.ikm
    return n.nilai if n else None


@dataclass(frozen=True)
class Nilai:
    """One figure of a PD this year: its rank among the PDs and its change since last year."""

    kode: str
    nilai: Decimal | None
    peringkat: int | None
    lalu: Decimal | None
    peringkat_lalu: int | None

    @property
    def teks(self) -> str:
        return fmt.persen(self.nilai) if self.kode in PERSEN else fmt.angka(self.nilai)

    @property
    def selisih(self) -> Decimal | None:
        return selisih(self.nilai, self.lalu)

    @property
    def teks_selisih(self) -> str:
        """'+1,25' / '−0,50' points (percentage points for percentages); '' without last year."""
        d = self.selisih
        if d is None:
            return ""
        tanda = "+" if d > 0 else ("−" if d < 0 else "±")
        return f"{tanda}{fmt.angka(abs(d))}" + (" poin" if self.kode in PERSEN else "")

    @property
    def naik(self) -> int | None:
        return naik_peringkat(self.peringkat, self.peringkat_lalu)

    @property
    def langkah(self) -> int:
        """How many places the rank moved, whichever way."""
        return abs(self.naik or 0)

    @property
    def arah(self) -> str:
        """'naik', 'turun', 'tetap' or '' (no ranking last year), for the arrow and its CSS class."""
        n = self.naik
        return "" if n is None else ("naik" if n > 0 else "turun" if n < 0 else "tetap")


@dataclass(frozen=True)
class BarisPeringkat:
    unit: Unit
    nilai: dict[str, Nilai]


@dataclass
class Peringkat:
    pemda: Pemda
    tahun: int
    urut: str
    turun: bool
    baris: list[BarisPeringkat]
    ada_tahun_lalu: bool  # whether the previous year has any figure to compare with


def peringkat_pd(pemda: Pemda, tahun: int, *, urut: str = URUT_BAWAAN, turun: bool = True) -> Peringkat:
    """Every PD ranked on each figure (ties share a rank), ordered by one column, missing values last."""
    urut = urut if urut in KOLOM or urut == "nama" else URUT_BAWAAN
    ini = {r.unit.pk: r for r in dasbor_pemda(pemda, tahun).baris}
    lalu = {r.unit.pk: r for r in dasbor_pemda(pemda, tahun - 1).baris}
    nilai = {k: {uid: _nilai(r, k) for uid, r in ini.items()} for k in KOLOM}
    nilai_lalu = {k: {uid: _nilai(r, k) for uid, r in lalu.items()} for k in KOLOM}
    rank = {k: beri_peringkat(v) for k, v in nilai.items()}
    rank_lalu = {k: beri_peringkat(v) for k, v in nilai_lalu.items()}
    rows = {
        uid: BarisPeringkat(r.unit, {k: Nilai(k, nilai[k][uid], rank[k][uid], nilai_lalu[k].get(uid),
                                              rank_lalu[k].get(uid)) for k in KOLOM})
        for uid, r in ini.items()
    }
    nama = {uid: r.unit.nama for uid, r in ini.items()}
    if urut == "nama":
        order = sorted(rows, key=lambda uid: nama[uid].casefold(), reverse=turun)
    else:
        order = urutkan(rows, nilai[urut], turun=turun, nama=nama.__getitem__)
    ada_lalu = any(v is not None for per in nilai_lalu.values() for v in per.values())
    return Peringkat(pemda, tahun, urut, turun, [rows[uid] for uid in order], ada_lalu)


# -- Belum mengisi --------------------------------------------------------------------------------

URUTAN_STATUS = {Status.DRAFT: 0, Status.DIAJUKAN: 1, Status.DISETUJUI: 2, Status.TERKUNCI: 3}


@dataclass
class BarisBelum:
    """What one PD has not entered for the triwulan yet."""

    unit: Unit
    indikator_wajib: int  # PK indicators due this triwulan
    indikator_belum: list[Indikator]  # ... of which no value is stored yet
    sub_kegiatan: int
    sub_kegiatan_belum: list[str]  # 'kode nama' of the sub kegiatan without budget realisasi
    status: Status
    operator: list[User] = field(default_factory=list)
    ada_pk: bool = True

    @property
    def jumlah_indikator_belum(self) -> int:
        return len(self.indikator_belum)

    @property
    def jumlah_sub_kegiatan_belum(self) -> int:
        return len(self.sub_kegiatan_belum)

    @property
    def tanpa_data(self) -> bool:
        """Neither a PK nor a DPA this year: nothing could be entered."""
        return not self.ada_pk and not self.sub_kegiatan

    @property
    def lengkap(self) -> bool:
        return not self.tanpa_data and not self.indikator_belum and not self.sub_kegiatan_belum

    @property
    def label_status(self) -> str:
        return self.status.label

    def kunci(self) -> tuple[bool, int, bool, int, str]:
        """Worst first: most missing, then PDs with nothing to enter, then the least advanced status."""
        return (self.lengkap, -(self.jumlah_indikator_belum + self.jumlah_sub_kegiatan_belum), not self.tanpa_data,
                URUTAN_STATUS[self.status], self.unit.nama.casefold())


@dataclass
class BelumMengisi:
    pemda: Pemda
    tahun: int
    triwulan: int
    baris: list[BarisBelum]

    @property
    def belum(self) -> list[BarisBelum]:
        return [b for b in self.baris if not b.lengkap]

    @property
    def jumlah_lengkap(self) -> int:
        return sum(1 for b in self.baris if b.lengkap)


def _indikator_belum(units: Sequence[Unit], tahun: int, tw: int) -> dict[int, tuple[int, list[Indikator]]]:
    """Per unit: the PK indicators due in triwulan ``tw`` and those without a value yet (the rule of
    ``sakip.realisasi.kelengkapan``, which the "Ajukan" gate also applies)."""
    return indikator_belum(units, tahun, tw)


def _operator(units: Sequence[Unit]) -> dict[int, list[User]]:
    """The operators who may enter each unit's data: its own, then those of its parent PD (one query)."""
    ids = {u.pk for u in units} | {u.induk_id for u in units if u.induk_id}
    per_unit: dict[int, list[User]] = defaultdict(list)
    for m in (Keanggotaan.objects.filter(unit_id__in=ids, peran=Peran.OPERATOR_PD).select_related("user")
              .order_by("user__username")):
        per_unit[m.unit_id].append(m.user)  # type: ignore[index]  # unit is set for PD roles
    out = {}
    for u in units:
        own = per_unit.get(u.pk, [])
        induk = per_unit.get(u.induk_id, []) if u.induk_id else []
        out[u.pk] = own + [x for x in induk if x not in own]
    return out


def belum_mengisi(pemda: Pemda, tahun: int, triwulan: int) -> BelumMengisi:
    """Every PD with what it has not entered for the triwulan, worst first (a fixed number of queries)."""
    units = unit_pelapor(pemda, tahun)
    unit_ids = [u.pk for u in units]
    indikator = _indikator_belum(units, tahun, triwulan)
    lines = budget_lines_many(unit_ids, tahun)
    status = dict(StatusTriwulan.objects.filter(unit_id__in=unit_ids, tahun=tahun, triwulan=triwulan)
                  .order_by().values_list("unit_id", "status"))  # no row: draft, as realisasi.alur.status_triwulan
    ada_pk = set(PerjanjianKinerja.objects.filter(unit_id__in=unit_ids, tahun=tahun)
                 .order_by().values_list("unit_id", flat=True))
    operator = _operator(units)
    rows = []
    for u in units:
        subs = [line for root in lines.get(u.pk, []) for line in root.walk() if line.tingkat is TingkatAnggaran.SUB_KEGIATAN]
        wajib, belum = indikator.get(u.pk, (0, []))
        rows.append(BarisBelum(
            unit=u, indikator_wajib=wajib, indikator_belum=belum, sub_kegiatan=len(subs),
            sub_kegiatan_belum=[f"{s.kode} {s.nama}".strip() for s in subs if triwulan not in s.realisasi_triwulan],
            status=Status(status.get(u.pk, Status.DRAFT)), operator=operator.get(u.pk, []), ada_pk=u.pk in ada_pk,
        ))
    rows.sort(key=BarisBelum.kunci)
    return BelumMengisi(pemda, tahun, triwulan, rows)
