"""Everything the LKjIP of the Pemda itself (the Kabupaten) prints, loaded once and computed by the engine.

The Pemda-level unit (jenis ``pemda``) holds the RPJMD cascade and the IKU Pemda. Its LKjIP
measures those indicators against the Bupati's signed Perjanjian Kinerja when there is one, else
against the RPJMD targets of the year, and reports every Perangkat Daerah: its capaian
(``ukur_pd_banyak``) and its budget (the DPA lines ``ukur_pd_banyak`` reads with ``budget_lines_many``),
summed by the core. No figure is computed here that the core does not compute.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Q

from sakip.core.budget import BudgetTotal
from sakip.core.budget import total as budget_total
from sakip.core.capaian import AturanCapaian, Polaritas
from sakip.core.measurement import BarisInput, HasilPengukuran, HasilPK, Kelompok, ukur_pk
from sakip.core.skala import AturanSkala, RentangSkala
from sakip.core.summary import Ringkasan, efisiensi, rata_rata
from sakip.organisasi.models import FaktaWilayah, Jabatan, Pemda, Unit
from sakip.pengukuran.services import aturan_pemda, pk_tahun, realisasi_tahunan, ukur_pd_banyak
from sakip.perencanaan.models import Indikator, PeriodePerencanaan, Skala, Target
from sakip.realisasi.models import NarasiUnit

from .data import (
    DI_JABATAN,
    DI_PK,
    TAHUN_PEMBANDING,
    BarisIndikator,
    BarisTerukur,
    Cascade,
    DataPeriode,
    DataPK,
    Penandatangan,
    Tautan,
    anggaran_pk,
    kepala_pada,
    nama_lengkap_unit,
    penandatangan,
    susun_baris,
    susun_periode,
    tempat,
)
from .galat import DataKurang

DI_IKU = "menu Perencanaan unit Pemda (indikator tujuan/sasaran RPJMD, centang IKU, isi target tahunan)"
PREDIKAT = "predikat_kinerja"
VERSI_IKU = "iku"  # HasilPK.versi of an IKU set measured against the RPJMD targets (no PK)


def kepala_daerah_pada(unit: Unit, tanggal: date) -> Jabatan | None:
    """The Bupati/Wali Kota in post on ``tanggal``: the head of the Pemda-level unit, or the
    Pemda's head post recorded without a unit (how Kepala Daerah posts are entered)."""
    kepala = kepala_pada(unit, tanggal)
    if kepala is not None:
        return kepala
    return (
        Jabatan.objects.filter(unit__isnull=True, kepala_unit=True, pejabat__pemda_id=unit.pemda_id,
                               mulai__lte=tanggal)
        .filter(Q(selesai__isnull=True) | Q(selesai__gte=tanggal))
        .select_related("pejabat")
        .order_by("-mulai")
        .first()
    )


@dataclass
class KelompokIKU(BarisTerukur):
    """The IKU Pemda measured together: one signed PK version, or the RPJMD IKU of one period."""

    judul: str  # 'Perjanjian Kinerja', 'Perjanjian Kinerja Perubahan' or 'Indikator Kinerja Utama'
    periode: PeriodePerencanaan
    hasil: HasilPK
    baris: list[BarisIndikator]
    pk: DataPK | None  # the PK behind it, None when measured against the RPJMD targets



@dataclass(frozen=True)
class BarisPD:
    """One Perangkat Daerah in the Pemda's report: its measurement of the year."""

    unit: Unit
    nama: str
    hasil: HasilPengukuran
    predikat: RentangSkala | None  # of its rata-rata capaian on the predikat kinerja scale

    @property
    def ringkasan(self) -> Ringkasan | None:
        """The latest signed PK's sasaran strategis: counts and rata-rata capaian."""
        return self.hasil.pk[-1].utama if self.hasil.pk else None

    @property
    def anggaran(self) -> BudgetTotal:
        return self.hasil.anggaran


@dataclass
class DataLaporanPemda:
    unit: Unit
    pemda: Pemda
    tahun: int
    tanggal: date
    kepala: Penandatangan
    kelompok: list[KelompokIKU]
    pk: list[DataPK]
    periode: list[DataPeriode]
    pd: list[BarisPD]
    tanpa_data: list[Unit]  # top-level PDs with neither a signed PK nor a DPA this year
    anggaran: BudgetTotal  # every PD's DPA, summed by the core
    rata_rata_pd: Decimal | None  # mean of the PDs' rata-rata capaian
    efisiensi: Decimal | None  # IKU capaian against the serapan of every PD's budget
    wilayah: list[FaktaWilayah]
    narasi: dict[str, str]
    aturan: AturanCapaian
    skala_predikat: AturanSkala | None
    tingkat_pemda = True

    @property
    def nama(self) -> str:
        return nama_lengkap_unit(self.unit)

    @property
    def tempat(self) -> str:
        return tempat(self.pemda)

    @property
    def pk_terakhir(self) -> KelompokIKU:
        """The group the year is judged on: the latest PK version, or the latest period's IKU."""
        return self.kelompok[-1]

    @property
    def capaian_kinerja(self) -> Decimal | None:
        return self.pk_terakhir.hasil.utama.rata_rata_capaian


def _target_tahun(tautan: Tautan, ids: list[int], tahun: int) -> dict[int, Decimal]:
    """Each indicator's RPJMD target of the year, read through the pendahulu links (one query)."""
    chain = {i: tautan.rantai(i) for i in ids}
    stored = {t.indikator_id: t.nilai for t in
              Target.objects.filter(indikator_id__in={j for js in chain.values() for j in js}, tahun=tahun)}
    return {i: next(stored[j] for j in js if j in stored) for i, js in chain.items()
            if any(j in stored for j in js)}


def _kelompok_iku(unit: Unit, tahun: int, aturan: AturanCapaian, indikator: list[Indikator], tautan: Tautan,
                  cascade: Cascade) -> list[tuple[str, PeriodePerencanaan, HasilPK, list[tuple[str, int]]]]:
    """The RPJMD IKU of each period containing the year, measured against the year's targets."""
    per_periode: dict[int, list[Indikator]] = defaultdict(list)
    for ind in indikator:
        if ind.periode.tahun_mulai <= tahun <= ind.periode.tahun_selesai:
            per_periode[ind.periode_id].append(ind)
    chosen = {pid: [i for i in inds if i.iku] or [i for i in inds if i.node_id]  # no IKU flag: the RPJMD ones
              for pid, inds in per_periode.items()}
    ids = [i.pk for inds in chosen.values() for i in inds]
    nilai = realisasi_tahunan(ids, tahun, {i.pk: i.agregasi for inds in chosen.values() for i in inds})
    target = _target_tahun(tautan, ids, tahun)
    skala = {s.pk: s.ke_aturan() for s in Skala.objects.filter(
        pk__in={i.skala_id for inds in chosen.values() for i in inds if i.skala_id}).prefetch_related("kelas")}
    out = []
    for inds in sorted(chosen.values(), key=lambda xs: xs[0].periode.tahun_mulai):
        if not inds:
            continue
        periode = inds[0].periode
        rows = [(cascade.sasaran_dari(i.node_id) or (cascade.by_id[i.node_id].nama if i.node_id else "–"), i)
                for i in inds]
        inputs = [BarisInput(nama=i.nama, kelompok=Kelompok.UTAMA, satuan=i.satuan, target=target.get(i.pk),
                             realisasi=nilai.get(i.pk), polaritas=Polaritas(i.polaritas), desimal=i.desimal,
                             skala=skala.get(i.skala_id) if i.skala_id else None, sasaran=sasaran, key=i.pk)
                  for sasaran, i in rows]
        hasil = ukur_pk(VERSI_IKU, periode.nama, inputs, aturan, key=periode.pk)
        out.append(("Indikator Kinerja Utama", periode, hasil, [(s, i.pk) for s, i in rows]))
    return out


def muat_laporan_pemda(unit: Unit, tahun: int, tanggal: date) -> DataLaporanPemda:
    """Load and compute the Pemda's LKjIP; DataKurang lists everything missing at once."""
    unit = Unit.objects.select_related("pemda").get(pk=unit.pk)
    nama = nama_lengkap_unit(unit)
    kurang: list[str] = []
    kepala = kepala_daerah_pada(unit, tanggal)
    if kepala is None:
        kurang.append(f"tidak ada Kepala Daerah yang menjabat pada tanggal {tanggal:%d-%m-%Y} untuk "
                      f"menandatangani (isi di {DI_JABATAN})")
    aturan = aturan_pemda(unit)
    indikator = list(Indikator.objects.filter(unit=unit).select_related("skala", "periode")
                     .prefetch_related("skala__kelas").order_by("urutan", "pk"))
    tautan = Tautan(indikator)
    cascade = Cascade(unit)

    # The Bupati's signed PK when there is one; otherwise the RPJMD targets of the year.
    models = {pk.pk: pk for pk in pk_tahun(unit, tahun)}
    sendiri = ukur_pd_banyak([unit], tahun).get(unit.pk) if models else None
    grup: list[tuple[str, PeriodePerencanaan, HasilPK, list[tuple[str, int]]]] = []
    if sendiri is not None and sendiri.pk:
        ipk = {i.pk: (s, i) for pk in models.values() for s in pk.sasaran.all() for i in s.indikator.all()}
        for hpk in sendiri.pk:
            model = models[hpk.key]  # type: ignore[index]  # ukur_pd_banyak keys HasilPK by the PK's pk
            rows = [ipk[bh.input.key] for bh in hpk.baris]  # type: ignore[index]  # keyed by IndikatorPK pk
            grup.append((model.judul, model.periode, hpk, [(s.uraian, row.indikator_id) for s, row in rows]))
    else:
        grup = _kelompok_iku(unit, tahun, aturan, indikator, tautan, cascade)
    if not grup:
        kurang.append(f"belum ada Indikator Kinerja Utama Pemda untuk tahun {tahun} maupun Perjanjian Kinerja "
                      f"Kepala Daerah yang ditandatangani (isi di {DI_IKU} atau {DI_PK})")
    if kurang:
        raise DataKurang(f"LKjIP {nama} tahun {tahun}", kurang)
    assert kepala is not None  # noqa: S101  # checked above

    mulai = min([tahun - TAHUN_PEMBANDING + 1, *(p.tahun_mulai for _, p, _, _ in grup)])
    semua_baris = susun_baris(unit, tahun, aturan, tautan, [(h, rows) for _, _, h, rows in grup], mulai,
                              lambda ind: None)  # the Pemda has no DPA of its own: budgets are the PDs'
    kelompok: list[KelompokIKU] = []
    data_pk: list[DataPK] = []
    for (judul, periode, hpk, _), baris in zip(grup, semua_baris, strict=True):
        dpk = None
        if hpk.versi != VERSI_IKU:
            model = models[hpk.key]  # type: ignore[index]  # keyed by the PK's pk
            rows_anggaran = list(model.anggaran.all())
            dpk = DataPK(model, hpk, baris, rows_anggaran, anggaran_pk(rows_anggaran),
                         penandatangan(model.pihak_pertama),
                         penandatangan(model.pihak_kedua) if model.pihak_kedua else None)
            data_pk.append(dpk)
        kelompok.append(KelompokIKU(judul, periode, hpk, baris, dpk))

    # Every PD of the Pemda (sub units with their own PK or DPA included), measured at once.
    units = list(Unit.objects.filter(pemda_id=unit.pemda_id).tanpa_pemda().select_related("induk", "pemda"))
    hasil_pd = ukur_pd_banyak(units, tahun)
    skala_predikat = next((s.ke_aturan() for s in Skala.objects.filter(kode=PREDIKAT).prefetch_related("kelas")),
                          None)
    pd = []
    for u in units:
        h = hasil_pd.get(u.pk)
        if h is None:
            continue
        band = skala_predikat.classify(h.capaian_kinerja) if skala_predikat and h.capaian_kinerja is not None \
            else None
        pd.append(BarisPD(u, nama_lengkap_unit(u), h, band))
    anggaran = budget_total(line for b in pd for line in b.hasil.rincian_anggaran)
    rata_pd = rata_rata(b.hasil.capaian_kinerja for b in pd)
    capaian_iku = kelompok[-1].hasil.utama.rata_rata_capaian
    return DataLaporanPemda(
        unit=unit, pemda=unit.pemda, tahun=tahun, tanggal=tanggal, kepala=penandatangan(kepala),
        kelompok=kelompok, pk=data_pk, periode=susun_periode(unit, tahun, kelompok, indikator, cascade), pd=pd,
        tanpa_data=[u for u in units if u.induk_id is None and u.pk not in hasil_pd],
        anggaran=anggaran, rata_rata_pd=rata_pd, efisiensi=efisiensi(capaian_iku, anggaran.persen),
        wilayah=list(unit.wilayah.order_by("urutan", "pk")),
        narasi=dict(NarasiUnit.objects.filter(unit=unit, tahun=tahun).values_list("jenis", "teks")),
        aturan=aturan, skala_predikat=skala_predikat,
    )

