"""The PD dashboard: a PD-year at a glance, read off its entry sheets and its measurement.

Built in a fixed number of queries (about thirty). It stays beside the entry grid because it
counts the grid's own rows and cells (what is due, filled or locked); the Pemda dashboard and
the ranking are ``sakip.pengukuran.dasbor``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q

from sakip.core import formatting as fmt
from sakip.core.budget import BudgetLine, BudgetTotal
from sakip.core.budget import total as budget_total
from sakip.core.measurement import BarisHasil, HasilPengukuran, HasilPK, Kelompok
from sakip.core.numbers import percent, round2
from sakip.core.pola import bagian_wajib
from sakip.core.skala import AturanSkala, RentangSkala
from sakip.core.summary import Ringkasan, efisiensi
from sakip.core.waktu import ROMAWI
from sakip.organisasi.models import JenisUnit, Unit
from sakip.pengukuran.dasbor import KODE_IKM, KODE_SAKIP, warna
from sakip.pengukuran.services import NilaiStandar, budget_lines_many, nilai_standar, ukur_pd_banyak
from sakip.perencanaan.models import PeriodePerencanaan
from sakip.perjanjian.models import IndikatorPK, Versi
from sakip.realisasi.models import NarasiIndikator
from sakip.web.persetujuan import StatusTW
from sakip.web.sheets import (
    STATUS_CAPAIAN,
    BarisRealisasi,
    LembarAnggaran,
    LembarRealisasi,
    lembar_anggaran,
    lembar_realisasi,
    teks_nilai,
)


def _pendek(teks: str, n: int = 38) -> str:
    return teks if len(teks) <= n else teks[: n - 1] + "…"


# -- PD dashboard -------------------------------------------------------------------------------


@dataclass
class BarisPK:
    hasil: BarisHasil
    nilai_tw: list[str]  # the four triwulan columns as text ('' where none is due)
    warna_capaian: str
    warna_kategori: str
    predikat: RentangSkala | None

    @property
    def kelompok_label(self) -> str:
        return "Sasaran strategis" if self.hasil.input.kelompok is Kelompok.UTAMA else "Kinerja lainnya"

    @property
    def status_capaian(self) -> str:
        return STATUS_CAPAIAN[self.hasil.capaian.status]


@dataclass(frozen=True)
class BarisProgram:
    """A DPA program of the PD, or (on the pemda unit's dashboard) a whole PD's DPA."""

    kode: str
    nama: str
    pagu: Decimal
    realisasi: Decimal
    persen: Decimal | None
    slug: str = ""  # the PD's, to link its dashboard

    @property
    def lebar(self) -> int:
        """Width of the absorption bar in percent (0–100)."""
        return max(0, min(100, int(self.persen or 0)))


@dataclass
class ProgresTW:
    tw: int
    indikator_terisi: int
    indikator_wajib: int
    anggaran_terisi: int
    anggaran_baris: int
    realisasi_anggaran: Decimal
    serapan_sd: Decimal | None
    status: StatusTW  # where its approval stands; the buttons are attached by the view

    @property
    def label(self) -> str:
        return f"Triwulan {ROMAWI[self.tw]}"

    @property
    def romawi(self) -> str:
        return ROMAWI[self.tw]

    @property
    def lengkap(self) -> bool:
        return self.indikator_terisi == self.indikator_wajib and self.anggaran_terisi == self.anggaran_baris

    @property
    def persen_indikator(self) -> Decimal | None:
        return round2(percent(Decimal(self.indikator_terisi), Decimal(self.indikator_wajib)))


@dataclass
class Kekurangan:
    pk_belum_ditandatangani: bool = False
    tanpa_pk: bool = False
    indikator: list[BarisRealisasi] = field(default_factory=list)
    sub_kegiatan: list[BudgetLine] = field(default_factory=list)
    narasi: list[BarisRealisasi] = field(default_factory=list)

    @property
    def ada(self) -> bool:
        return bool(self.pk_belum_ditandatangani or self.tanpa_pk or self.indikator or self.sub_kegiatan
                    or self.narasi)


@dataclass
class AnggaranPemda:
    """The pemda unit has no DPA of its own: its serapan is that of every PD's DPA."""

    baris: list[BarisProgram]  # one per unit with a DPA, up to the triwulan shown
    total: BudgetTotal  # up to the triwulan shown
    efisiensi: Decimal | None  # the IKU's capaian against the whole year's serapan, as in the LKjIP Pemda


@dataclass
class DasborPD:
    unit: Unit
    tahun: int
    tw: int
    hasil: HasilPengukuran | None
    pk: HasilPK | None  # the version in force: the latest signed one, else the latest draft
    pk_draf: bool
    baris: list[BarisPK]
    program: list[BudgetLine]
    lembar: LembarRealisasi
    anggaran: LembarAnggaran
    progres: list[ProgresTW]
    kurang: Kekurangan
    nilai: dict[str, NilaiStandar]
    predikat: AturanSkala | None
    pemda: AnggaranPemda | None = None  # set on the dashboard of the pemda unit only

    @property
    def serapan(self) -> BudgetTotal:
        """Pagu, realisasi and serapan up to the triwulan shown."""
        if self.pemda is not None:
            return self.pemda.total
        return BudgetTotal(self.anggaran.pagu, self.anggaran.realisasi, self.anggaran.persen)

    @property
    def efisiensi(self) -> Decimal | None:
        if self.pemda is not None:
            return self.pemda.efisiensi
        return self.hasil.efisiensi if self.hasil else None

    @property
    def ringkasan(self) -> Ringkasan | None:
        return self.pk.utama if self.pk else None

    @property
    def romawi(self) -> str:
        return ROMAWI[self.tw]

    @property
    def pk_judul(self) -> str:
        return Versi(self.pk.versi).label if self.pk else ""

    @property
    def program_baris(self) -> list[BarisProgram]:
        """Each DPA program (each PD, for the pemda unit) with its realisasi up to the triwulan shown."""
        if self.pemda is not None:
            return self.pemda.baris
        return [BarisProgram(b.line.kode, b.line.nama, b.line.total_pagu, b.total, b.persen)
                for b in self.anggaran.baris if b.kedalaman == 0]

    @property
    def tinggi_grafik(self) -> int:
        return 60 + 28 * len(self.baris)

    @property
    def warna_rata_rata(self) -> str:
        r = self.ringkasan
        if r is None or r.rata_rata_capaian is None or self.predikat is None:
            return "w-"
        return warna(self.predikat, self.predikat.classify(r.rata_rata_capaian))

    @property
    def sakip(self) -> NilaiStandar | None:
        return self.nilai.get(KODE_SAKIP)

    @property
    def warna_sakip(self) -> str:
        return warna(self.sakip.skala, self.sakip.kategori) if self.sakip else "w-"

    @property
    def warna_ikm(self) -> str:
        return warna(self.ikm.skala, self.ikm.kategori) if self.ikm else "w-"

    @property
    def grafik_capaian(self) -> dict[str, object]:
        """Capaian per PK indicator for the chart (json_script); tooltips carry the printed figure."""
        rows = [b for b in self.baris if b.hasil.capaian.terukur]
        return {
            "judul": "Capaian",
            "mendatar": True,
            "label": [_pendek(b.hasil.input.nama) for b in rows],
            "nilai": [float(b.hasil.capaian.persen or 0) for b in rows],
            "warna": [b.warna_capaian for b in rows],
            "teks": [f"{fmt.persen(b.hasil.capaian.persen)} — {b.hasil.input.nama}" for b in rows],
        }

    @property
    def ikm(self) -> NilaiStandar | None:
        return self.nilai.get(KODE_IKM)


def dasbor_pd(unit: Unit, tahun: int, tw: int, periode: list[PeriodePerencanaan]) -> DasborPD:
    """The PD-year at a glance (a fixed number of queries, about thirty)."""
    hasil = ukur_pd_banyak([unit], tahun).get(unit.pk)
    draf = False
    if hasil is None or not hasil.pk:
        with_draft = ukur_pd_banyak([unit], tahun, termasuk_draf=True).get(unit.pk)
        if with_draft is not None and with_draft.pk:
            hasil, draf = with_draft, True
    pk = hasil.pk[-1] if hasil and hasil.pk else None
    lembar = lembar_realisasi(unit, tahun, periode, tw, hanya_pk=True)
    anggaran = lembar_anggaran(unit, tahun, tw)
    skala = lembar.skala
    predikat = skala.get(0)
    per_indikator = {i: b for b in lembar.baris for i in b.rantai}
    ipk_indikator = dict(IndikatorPK.objects.filter(pk__in=[b.input.key for b in pk.baris] if pk else [])
                         .values_list("pk", "indikator_id"))
    rows = []
    for b in pk.baris if pk else []:
        row = per_indikator.get(ipk_indikator.get(b.input.key, 0))
        band = predikat.classify(b.capaian.persen) if predikat and b.capaian.terukur else None
        rows.append(BarisPK(
            hasil=b,
            nilai_tw=[teks_nilai(row.nilai.get(s.bagian)) if s.bagian else "" for s in row.sel] if row else [""] * 4,
            warna_capaian=warna(predikat, band),
            warna_kategori=warna(b.input.skala, b.kategori),
            predikat=band,
        ))
    program = hasil.rincian_anggaran if hasil else []
    progres = _progres(lembar, anggaran)
    kurang = _kekurangan(unit, tahun, tw, lembar, anggaran, pk, draf)
    nilai = nilai_standar([unit], tahun, [KODE_SAKIP, KODE_IKM]).get(unit.pk, {})
    pemda = _anggaran_pemda(unit, tahun, tw, hasil) if unit.jenis == JenisUnit.PEMDA else None
    return DasborPD(unit, tahun, tw, hasil, pk, draf, rows, program, lembar, anggaran, progres, kurang, nilai,
                    predikat, pemda)


def _anggaran_pemda(unit: Unit, tahun: int, tw: int, hasil: HasilPengukuran | None) -> AnggaranPemda:
    """Every PD's DPA of the year, per unit and summed by the core (three queries), the same
    lines and sums as the LKjIP Pemda (sakip.laporan.data_pemda)."""
    units = list(Unit.objects.filter(pemda_id=unit.pemda_id).tanpa_pemda().select_related("induk"))
    # A sub unit right after its PD, each level in the PDs' order.
    units.sort(key=lambda u: (u.induk.urutan, u.induk.nama, 1, u.urutan, u.nama) if u.induk
               else (u.urutan, u.nama, 0, 0, ""))
    lines = budget_lines_many([u.pk for u in units], tahun)
    rows = []
    for u in units:
        if lines.get(u.pk):
            t = budget_total(lines[u.pk], tw)
            rows.append(BarisProgram(u.kode_organisasi, u.nama, t.pagu, t.realisasi, t.persen, slug=u.slug))
    semua = [line for u in units for line in lines.get(u.pk, [])]
    capaian = hasil.capaian_kinerja if hasil else None
    return AnggaranPemda(rows, budget_total(semua, tw), efisiensi(capaian, budget_total(semua).persen))


def _progres(lembar: LembarRealisasi, anggaran: LembarAnggaran) -> list[ProgresTW]:
    subs = [b for b in anggaran.baris if b.sub_kegiatan]
    out = []
    pagu = anggaran.pagu
    for tw in (1, 2, 3, 4):
        due = [(b, bagian_wajib(b.pola, tw)) for b in lembar.baris if not b.turunan]  # derived: computed
        due = [(b, bagian) for b, bagian in due if bagian is not None]
        real = sum((b.line.realisasi_triwulan.get(tw, Decimal(0)) for b in subs), Decimal(0))
        sd = sum((b.line.realisasi_sd(tw) for b in subs), Decimal(0))
        out.append(ProgresTW(
            tw=tw,
            indikator_terisi=sum(1 for b, bagian in due if bagian in b.nilai),
            indikator_wajib=len(due),
            anggaran_terisi=sum(1 for b in subs if tw in b.line.realisasi_triwulan),
            anggaran_baris=len(subs),
            realisasi_anggaran=real,
            serapan_sd=round2(percent(sd, pagu)) if pagu else None,
            status=lembar.status[tw],
        ))
    return out


def _kekurangan(unit: Unit, tahun: int, tw: int, lembar: LembarRealisasi, anggaran: LembarAnggaran,
                pk: HasilPK | None, draf: bool) -> Kekurangan:
    out = Kekurangan(pk_belum_ditandatangani=draf, tanpa_pk=pk is None)
    for b in lembar.baris:
        bagian = bagian_wajib(b.pola, tw)
        if bagian is not None and bagian not in b.nilai and not b.turunan:
            out.indikator.append(b)
    out.sub_kegiatan = [b.line for b in anggaran.baris if b.sub_kegiatan and tw not in b.line.realisasi_triwulan]
    if tw == 4 and lembar.baris:
        ditulis = set(
            NarasiIndikator.objects.filter(indikator_id__in=[i for b in lembar.baris for i in b.rantai], tahun=tahun)
            .exclude(Q(faktor_pendorong="") & Q(faktor_penghambat=""))
            .values_list("indikator_id", flat=True)
        )
        out.narasi = [b for b in lembar.baris if not ditulis & set(b.rantai)]
    return out


