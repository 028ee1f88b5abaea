"""Everything an LKjIP prints about a PD-year, loaded once and computed by the engine.

The builders (sakip/laporan/lkjip, pk.py, e81.py) only format what is here: every capaian,
realisasi, count, sum and percentage comes from ``ukur_pd()``, ``realisasi_tahunan()`` and the
pure core, so no figure is computed twice. The number of queries does not grow with the
number of indicators or budget lines.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Protocol

from django.db.models import Q

from sakip.anggaran.models import MataAnggaran
from sakip.core.aggregation import Agregasi, AgregasiError, Bagian, nilai_tahunan
from sakip.core.aset import BarisAset, KelompokAset, kelompokkan
from sakip.core.budget import BudgetLine, BudgetTotal, TingkatAnggaran
from sakip.core.budget import total as budget_total
from sakip.core.capaian import AturanCapaian, Capaian, hitung_capaian
from sakip.core.keterkaitan import (
    Rekonsiliasi,
    SelisihProgram,
    baris_untuk_kode,
    kode_daun,
    rekonsiliasi,
    selisih_pk_dpa,
)
from sakip.core.measurement import BarisHasil, HasilPengukuran, HasilPK, Kelompok
from sakip.core.nip import NIPError, parse_nip
from sakip.core.numbers import quantize
from sakip.core.progress import TitikSeri, realisasi_sampai_tahun
from sakip.organisasi.models import FaktaWilayah, Jabatan, JenisUnit, Pemda, Unit
from sakip.pengukuran.services import (
    DataTidakAda,
    aturan_pemda,
    pk_tahun,
    realisasi_tahunan,
    ukur_pd,
)
from sakip.perencanaan.models import Indikator, Misi, NodeCascade, PeriodePerencanaan, Target
from sakip.perjanjian.models import AnggaranPK, PerjanjianKinerja
from sakip.realisasi.models import JenisNarasi, NarasiIndikator, NarasiUnit, Pembanding, Realisasi
from sakip.rencana_aksi.baca import narasi_dari_faktor

from .galat import DataKurang

TAHUN_PEMBANDING = 5  # the multi-year tables show this year and the four before it

# Where an operator enters what a document needs (the admin pages until the web forms exist).
DI_PK = "menu Admin › Perjanjian Kinerja › Perjanjian kinerja"
DI_JABATAN = "menu Admin › Organisasi › Pejabat (riwayat jabatan, centang 'kepala unit')"
DI_DPA = "menu Admin › Anggaran › Mata anggaran (DPA)"
DI_NARASI = "menu Admin › Realisasi › Narasi unit"

# Unit narratives the LKjIP cannot do without (the others have a standard text or are optional).
NARASI_WAJIB = (JenisNarasi.ISU_STRATEGIS, JenisNarasi.KESIMPULAN, JenisNarasi.UPAYA_PERBAIKAN)


def tempat(pemda: Pemda) -> str:
    """The place a document is signed: 'Mojokerto' for Kabupaten Mojokerto."""
    nama = pemda.nama
    for prefix in ("Kabupaten ", "Kota ", "Provinsi "):
        nama = nama.removeprefix(prefix)
    return nama


def nama_lengkap_unit(unit: Unit) -> str:
    """'Bagian Organisasi Sekretariat Daerah' for a sub unit, 'Pemerintah Kabupaten Mojokerto' for the
    Pemda-level unit, the unit's own name otherwise."""
    if unit.jenis == JenisUnit.PEMDA:
        return f"Pemerintah {unit.pemda.nama}"
    return f"{unit.nama} {unit.induk.nama}" if unit.induk_id else unit.nama


@dataclass(frozen=True)
class Penandatangan:
    """A signature block: name, post (with Plt.), pangkat/golongan and NIP as printed."""

    nama: str
    jabatan: str
    pangkat: str
    nip: str  # grouped '19690729 199403 1 006', or '' for officials without a NIP (Bupati)

    @property
    def jabatan_kapital(self) -> str:
        """'Plt. CAMAT MOJOSARI' as signature blocks print the post."""
        if self.jabatan.startswith("Plt. "):
            return "Plt. " + self.jabatan.removeprefix("Plt. ").upper()
        return self.jabatan.upper()


def penandatangan(jabatan: Jabatan) -> Penandatangan:
    p = jabatan.pejabat
    try:
        nip = parse_nip(p.nip).tampil if p.nip else ""
    except NIPError:
        nip = p.nip  # validated on input; print what is stored rather than hide it
    return Penandatangan(p.nama_lengkap, jabatan.judul, p.pangkat_golongan, nip)


def blok_tanda_tangan(tempat_tanggal: str, jabatan: str, p: Penandatangan | None) -> list[str]:
    """One signature block: place and date, the post, room to sign, then name, pangkat and NIP; with
    no one in post on record, a dotted line to sign on (never a wrong name)."""
    if p is None:
        return [tempat_tanggal, jabatan, "", "", "(.................................)"]
    return [tempat_tanggal, jabatan, "", "", p.nama, *([p.pangkat] if p.pangkat else []),
            *([f"NIP {p.nip}"] if p.nip else [])]


def kepala_pada(unit: Unit, tanggal: date) -> Jabatan | None:
    """The head of ``unit`` in post on ``tanggal`` (a Plt. included)."""
    return (
        Jabatan.objects.filter(unit=unit, kepala_unit=True, mulai__lte=tanggal)
        .filter(Q(selesai__isnull=True) | Q(selesai__gte=tanggal))
        .select_related("pejabat")
        .order_by("-mulai")
        .first()
    )


# -- Indicators: links between periods, parts of a year ----------------------------------------

class Tautan:
    """The unit's indicators and the ``pendahulu`` links between periods (no query of its own)."""

    def __init__(self, indikator: Iterable[Indikator]) -> None:
        self.by_id = {i.pk: i for i in indikator}
        self.penerus: dict[int, list[int]] = defaultdict(list)
        for i in self.by_id.values():
            if i.pendahulu_id:
                self.penerus[i.pendahulu_id].append(i.pk)

    def sumber(self, ind_id: int) -> list[int]:
        """Where a year's value may be stored, in the order the engine reads it (own, successor, predecessor)."""
        ind = self.by_id[ind_id]
        return [ind_id, *self.penerus.get(ind_id, []), *([ind.pendahulu_id] if ind.pendahulu_id else [])]

    def rantai(self, ind_id: int) -> list[int]:
        """The indicator, its predecessors (newest first), then its successors: one measure over time."""
        out: list[int] = []
        cur: int | None = ind_id
        while cur is not None and cur not in out and cur in self.by_id:
            out.append(cur)
            cur = self.by_id[cur].pendahulu_id
        for nxt in self.penerus.get(ind_id, []):
            if nxt not in out:
                out.append(nxt)
        return out


def parts_tahun(tautan: Tautan, ids: Sequence[int], tahun: int) -> dict[int, dict[Bagian, Decimal]]:
    """The stored triwulan/semester/annual parts behind each indicator's value in ``tahun`` (one query)."""
    wanted = {j for i in ids for j in tautan.sumber(i)}
    stored: dict[int, dict[Bagian, Decimal]] = defaultdict(dict)
    for ind_id, bagian, nilai in Realisasi.objects.filter(indikator_id__in=wanted, tahun=tahun).values_list(
        "indikator_id", "bagian", "nilai"
    ):
        stored[ind_id][Bagian(bagian)] = nilai
    out: dict[int, dict[Bagian, Decimal]] = {}
    for i in ids:
        src = next((j for j in tautan.sumber(i) if stored.get(j)), None)
        out[i] = dict(stored[src]) if src is not None else {}
    return out


def cocok(parts: dict[Bagian, Decimal], agregasi: str, nilai: Decimal | None, desimal: int) -> bool:
    """Whether the parts add up to the engine's value (a derived indicator has parts of none)."""
    if not parts or nilai is None:
        return False
    try:
        v = nilai_tahunan(parts, Agregasi(agregasi))
    except AgregasiError:
        return False
    return v is not None and quantize(v, desimal) == quantize(nilai, desimal)


# -- The cascade --------------------------------------------------------------------------------

@dataclass
class BarisMatriks:
    """One box of the penjenjangan strategis with its indicators and their target this year."""

    node: NodeCascade
    kedalaman: int
    indikator: list[tuple[Indikator, Decimal | None]]


class Cascade:
    """The unit's cascade boxes of every period (one query), walked in tree order."""

    def __init__(self, unit: Unit) -> None:
        self.nodes = list(NodeCascade.objects.filter(unit=unit).order_by("urutan", "pk"))
        self.by_id = {n.pk: n for n in self.nodes}
        self.anak: dict[int | None, list[NodeCascade]] = defaultdict(list)
        for n in self.nodes:
            self.anak[n.induk_id].append(n)

    def urut(self, periode_id: int) -> list[tuple[NodeCascade, int]]:
        out: list[tuple[NodeCascade, int]] = []

        def walk(n: NodeCascade, d: int) -> None:
            out.append((n, d))
            for c in self.anak.get(n.pk, []):
                walk(c, d + 1)

        for root in self.anak.get(None, []):
            if root.periode_id == periode_id:
                walk(root, 0)
        return out

    def kode_subtree(self, node_id: int) -> list[str]:
        node = self.by_id[node_id]
        codes = [node.kode]
        for c in self.anak.get(node_id, []):
            codes += self.kode_subtree(c.pk)
        return codes

    def sasaran_dari(self, node_id: int | None) -> str | None:
        """The name of the sasaran box at or above a box."""
        cur = self.by_id.get(node_id) if node_id else None
        while cur is not None:
            if cur.tingkat == "sasaran":
                return cur.nama
            cur = self.by_id.get(cur.induk_id) if cur.induk_id else None
        return None


def anggaran_indikator(cascade: Cascade, node_id: int | None, lines: Sequence[BudgetLine]) -> BudgetTotal | None:
    """The DPA lines behind an indicator's cascade box, summed by the core (None when none match)."""
    if not node_id:
        return None
    found = baris_untuk_kode(lines, kode_daun(cascade.kode_subtree(node_id)))
    return budget_total(found) if found else None


# -- The LKjIP data -----------------------------------------------------------------------------

def label_pembanding(pemda: Pemda) -> dict[str, str]:
    """How the comparison levels are named in sentences and table headers."""
    return {"pemda": f"Pemerintah {pemda.nama}", "provinsi": f"Provinsi {pemda.provinsi}", "nasional": "Nasional"}


@dataclass
class BarisIndikator:
    """One PK indicator row with everything BAB III says about it."""

    nomor: int
    kelompok: Kelompok
    sasaran: str
    indikator: Indikator
    hasil: BarisHasil  # target, printed realisasi, capaian and category from ukur_pd()
    parts: dict[Bagian, Decimal]  # stored parts behind this year's value (empty for derived values)
    seri: list[TitikSeri]  # the years before this one, oldest first, then this year
    realisasi_sd: Decimal | None  # up to this year, within the period (SUM or latest)
    progres: Capaian  # realisasi_sd against the end-of-period target
    pembanding: list[tuple[str, Decimal]]
    narasi: NarasiIndikator | None
    anggaran: BudgetTotal | None

    @property
    def nama(self) -> str:
        return self.hasil.input.nama

    @property
    def satuan(self) -> str:
        return self.hasil.input.satuan

    @property
    def desimal(self) -> int:
        return self.hasil.input.desimal

    @property
    def lainnya(self) -> bool:
        return self.kelompok is Kelompok.LAINNYA


class Terukur(Protocol):
    """What the chapters read of a measured group: a PK version, or the Pemda's IKU of a period."""

    @property
    def judul(self) -> str: ...
    @property
    def periode(self) -> PeriodePerencanaan: ...
    @property
    def hasil(self) -> HasilPK: ...
    @property
    def baris(self) -> list[BarisIndikator]: ...
    @property
    def utama(self) -> list[BarisIndikator]: ...
    @property
    def lainnya(self) -> list[BarisIndikator]: ...
    @property
    def tahun_seri(self) -> list[int]: ...
    def jumlah_sasaran(self, kelompok: Kelompok) -> int: ...


class BarisTerukur:
    """What a measured group derives from its rows (a PK version, or the Pemda's IKU of a period)."""

    baris: list[BarisIndikator]

    @property
    def utama(self) -> list[BarisIndikator]:
        return [b for b in self.baris if not b.lainnya]

    @property
    def lainnya(self) -> list[BarisIndikator]:
        return [b for b in self.baris if b.lainnya]

    def jumlah_sasaran(self, kelompok: Kelompok) -> int:
        return len({b.sasaran for b in self.baris if b.kelompok is kelompok})

    @property
    def tahun_seri(self) -> list[int]:
        """The years the multi-year comparison shows (those with a target or realisasi)."""
        return sorted({t.tahun for b in self.baris for t in b.seri})


@dataclass
class DataPK(BarisTerukur):
    model: PerjanjianKinerja
    hasil: HasilPK
    baris: list[BarisIndikator]
    anggaran: list[AnggaranPK]
    total_anggaran: BudgetTotal
    pihak_pertama: Penandatangan
    pihak_kedua: Penandatangan | None  # None on the Kepala Daerah's own PK

    @property
    def judul(self) -> str:
        return self.model.judul

    @property
    def periode(self) -> PeriodePerencanaan:
        return self.model.periode



@dataclass
class DataPeriode:
    model: PeriodePerencanaan
    misi: list[Misi]
    didukung: list[Misi]
    matriks: list[BarisMatriks]
    iku: list[tuple[str, Indikator]]  # (sasaran, indicator)
    lainnya: list[tuple[str, Indikator]]


@dataclass
class DataLaporan:
    unit: Unit
    pemda: Pemda
    tahun: int
    tanggal: date
    kepala: Penandatangan
    hasil: HasilPengukuran
    pk: list[DataPK]
    periode: list[DataPeriode]
    aset: list[KelompokAset]
    wilayah: list[FaktaWilayah]
    narasi: dict[str, str]
    aturan: AturanCapaian
    rekonsiliasi: Rekonsiliasi | None = None  # Tabel III.4.b against the DPA pagu
    selisih_pk: list[SelisihProgram] = field(default_factory=list)  # latest PK's budget against the DPA
    penjelasan_selisih: dict[str, str] = field(default_factory=dict)  # program code -> why they differ

    @property
    def nama(self) -> str:
        return nama_lengkap_unit(self.unit)

    @property
    def tempat(self) -> str:
        return tempat(self.pemda)

    @property
    def anggaran(self) -> list[BudgetLine]:
        return self.hasil.rincian_anggaran

    @property
    def pk_terakhir(self) -> DataPK:
        return self.pk[-1]


def anggaran_pk(rows: Sequence[AnggaranPK]) -> BudgetTotal:
    # The PK's budget rows summed by the core like any budget, so the total is the engine's.
    return budget_total(BudgetLine(a.kode, a.nama, TingkatAnggaran.PROGRAM, a.jumlah) for a in rows)


def muat_laporan(unit: Unit, tahun: int, tanggal: date) -> DataLaporan:
    """Load and compute an LKjIP; DataKurang lists everything missing at once."""
    unit = Unit.objects.select_related("pemda", "induk").get(pk=unit.pk)
    judul = f"LKjIP {nama_lengkap_unit(unit)} tahun {tahun}"
    kurang: list[str] = []
    try:
        hasil = ukur_pd(unit, tahun)
    except DataTidakAda as exc:
        raise DataKurang(judul, [f"{exc} Isi di {DI_PK} dan {DI_DPA}"]) from exc
    if not hasil.pk:
        kurang.append(f"belum ada Perjanjian Kinerja tahun {tahun} yang ditandatangani (isi di {DI_PK})")
    if not hasil.rincian_anggaran:
        kurang.append(f"DPA tahun {tahun} belum diisi (isi di {DI_DPA})")
    kepala = kepala_pada(unit, tanggal)
    if kepala is None:
        kurang.append(f"tidak ada pejabat kepala {unit.nama} yang menjabat pada tanggal {tanggal:%d-%m-%Y} "
                      f"untuk menandatangani (isi di {DI_JABATAN})")
    narasi = dict(NarasiUnit.objects.filter(unit=unit, tahun=tahun).values_list("jenis", "teks"))
    for jenis in NARASI_WAJIB:
        if not narasi.get(jenis, "").strip():
            kurang.append(f"narasi '{JenisNarasi(jenis).label}' tahun {tahun} belum diisi (isi di {DI_NARASI})")
    if kurang:
        raise DataKurang(judul, kurang)
    assert kepala is not None  # noqa: S101  # checked above

    aturan = aturan_pemda(unit)
    models = {pk.pk: pk for pk in pk_tahun(unit, tahun)}
    indikator = list(Indikator.objects.filter(unit=unit).select_related("skala", "periode")
                     .prefetch_related("skala__kelas").order_by("urutan", "pk"))
    tautan = Tautan(indikator)
    cascade = Cascade(unit)
    lines = hasil.rincian_anggaran

    # IndikatorPK rows of every PK, in ukur_pd()'s order.
    ipk = {i.pk: (s, i) for pk in models.values() for s in pk.sasaran.all() for i in s.indikator.all()}
    kelompok = []
    for hpk in hasil.pk:
        rows = [ipk[bh.input.key] for bh in hpk.baris]  # type: ignore[index]  # keyed by IndikatorPK pk
        kelompok.append((hpk, [(sasaran.uraian, row.indikator_id) for sasaran, row in rows]))
    mulai = min([tahun - TAHUN_PEMBANDING + 1, *(pk.periode.tahun_mulai for pk in models.values())])
    semua_baris = susun_baris(unit, tahun, aturan, tautan, kelompok, mulai,
                              lambda ind: anggaran_indikator(cascade, ind.node_id, lines))

    data_pk: list[DataPK] = []
    for hpk, baris in zip(hasil.pk, semua_baris, strict=True):
        model = models[hpk.key]  # type: ignore[index]  # ukur_pd() keys HasilPK by the PK's pk
        rows_anggaran = list(model.anggaran.all())
        data_pk.append(DataPK(model, hpk, baris, rows_anggaran, anggaran_pk(rows_anggaran),
                              penandatangan(model.pihak_pertama),
                              penandatangan(model.pihak_kedua) if model.pihak_kedua else None))

    periode = susun_periode(unit, tahun, data_pk, indikator, cascade)
    aset = kelompokkan(
        BarisAset(a.kelompok, a.kib, a.kode_akun, a.uraian, a.nilai) for a in unit.aset.order_by("urutan", "pk")
    )
    # The latest PK's sasaran strategis rows (with a budget) against the whole DPA.
    kode_utama = [kode_daun(cascade.kode_subtree(b.indikator.node_id)) for b in data_pk[-1].utama
                  if b.indikator.node_id and b.anggaran is not None]
    return DataLaporan(
        unit=unit, pemda=unit.pemda, tahun=tahun, tanggal=tanggal, kepala=penandatangan(kepala), hasil=hasil,
        pk=data_pk, periode=periode, aset=aset, wilayah=list(unit.wilayah.order_by("urutan", "pk")),
        narasi=narasi, aturan=aturan, rekonsiliasi=rekonsiliasi(lines, kode_utama),
        selisih_pk=selisih_pk_dpa([(a.kode, a.nama, a.jumlah) for a in data_pk[-1].anggaran], lines),
        penjelasan_selisih=dict(MataAnggaran.objects.filter(unit=unit, tahun=tahun)
                                .exclude(penjelasan_selisih_pk="").values_list("kode", "penjelasan_selisih_pk")),
    )


def susun_baris(unit: Unit, tahun: int, aturan: AturanCapaian, tautan: Tautan,
                kelompok: Sequence[tuple[HasilPK, Sequence[tuple[str, int]]]], mulai: int,
                anggaran: Callable[[Indikator], BudgetTotal | None]) -> list[list[BarisIndikator]]:
    """BAB III's rows for measured groups (PK versions or IKU sets), each row with its history.

    ``kelompok`` pairs each measured group with the (sasaran, indikator id) of each of its rows, in
    the group's order; ``mulai`` is the first year whose realisasi is read (for the series and the
    sums up to this year). A constant number of queries, whatever the number of rows.
    """
    pk_ids = sorted({ind_id for _, rows in kelompok for _, ind_id in rows})
    chain_ids = sorted({j for i in pk_ids for j in tautan.rantai(i)})
    # The years shown (this one and four before) and, for sums up to this year, the whole period.
    tahun_lalu = list(range(mulai, tahun))
    agregasi = {i: tautan.by_id[i].agregasi for i in pk_ids}
    lalu = {y: realisasi_tahunan(pk_ids, y, agregasi) for y in tahun_lalu}
    targets: dict[tuple[int, int], Decimal] = {
        (t.indikator_id, t.tahun): t.nilai
        for t in Target.objects.filter(indikator_id__in=chain_ids, tahun__in=tahun_lalu)
    }
    parts = parts_tahun(tautan, pk_ids, tahun)
    pembanding: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for p in Pembanding.objects.filter(indikator_id__in=chain_ids, tahun=tahun):
        pembanding[p.indikator_id][p.tingkat] = p.nilai
    narasi_ind = narasi_lengkap(chain_ids, tahun)
    labels = label_pembanding(unit.pemda)

    out: list[list[BarisIndikator]] = []
    for hpk, rows in kelompok:
        baris = []
        for nomor, (bh, (sasaran, ind_id)) in enumerate(zip(hpk.baris, rows, strict=True), start=1):
            ind = tautan.by_id[ind_id]
            rantai = tautan.rantai(ind.pk)
            seri = []
            history: dict[int, Decimal | None] = {}
            for y in tahun_lalu:
                t = next((targets[(j, y)] for j in rantai if (j, y) in targets), None)
                r = lalu[y].get(ind.pk)
                r = None if r is None else quantize(r, ind.desimal)  # as printed, like ukur_pd()
                history[y] = r
                if y > tahun - TAHUN_PEMBANDING and (t is not None or r is not None):
                    seri.append(TitikSeri(y, t, r, hitung_capaian(t, r, ind.polaritas_enum, aturan)))
            seri.append(TitikSeri(tahun, bh.input.target, bh.realisasi, bh.capaian))
            history[tahun] = bh.realisasi
            real_sd = realisasi_sampai_tahun(history, tahun, ind.agregasi_enum, mulai=ind.periode.tahun_mulai)
            bp = parts.get(ind.pk, {})
            banding = next((pembanding[j] for j in rantai if j in pembanding), {})
            baris.append(BarisIndikator(
                nomor=nomor,
                kelompok=bh.input.kelompok,
                sasaran=sasaran,
                indikator=ind,
                hasil=bh,
                parts=bp if cocok(bp, ind.agregasi, bh.realisasi, ind.desimal) else {},
                seri=seri,
                realisasi_sd=real_sd,
                progres=hitung_capaian(ind.target_akhir, real_sd, ind.polaritas_enum, aturan),
                pembanding=[(labels[k], banding[k]) for k in labels if k in banding],
                narasi=next((narasi_ind[j] for j in rantai if j in narasi_ind), None),
                anggaran=anggaran(ind),
            ))
        out.append(baris)
    return out


def narasi_lengkap(indikator_ids: list[int], tahun: int) -> dict[int, NarasiIndikator]:
    """The annual narrative of each indicator; a field left empty is built from the faktor per triwulan."""
    narasi = {n.indikator_id: n for n in NarasiIndikator.objects.filter(indikator_id__in=indikator_ids, tahun=tahun)}
    for ind_id, teks in narasi_dari_faktor(indikator_ids, tahun).items():
        n = narasi.get(ind_id) or NarasiIndikator(indikator_id=ind_id, tahun=tahun)  # never saved: read only
        for medan, isi in teks.items():
            if not getattr(n, medan).strip():
                setattr(n, medan, isi)
        narasi[ind_id] = n
    return narasi


def susun_periode(unit: Unit, tahun: int, pks: Sequence[Terukur], indikator: Sequence[Indikator],
             cascade: Cascade) -> list[DataPeriode]:
    """The planning periods behind the year's PKs: visi, misi, cascade matrix, IKU."""
    periods: dict[int, PeriodePerencanaan] = {}
    for pk in pks:
        periods.setdefault(pk.periode.pk, pk.periode)
    misi = defaultdict(list)
    for m in Misi.objects.filter(periode_id__in=list(periods)).order_by("nomor"):
        misi[m.periode_id].append(m)
    didukung = set(unit.dukungan_misi.filter(misi__periode_id__in=list(periods)).values_list("misi_id", flat=True))
    targets = {t.indikator_id: t.nilai for t in Target.objects.filter(indikator__unit=unit, tahun=tahun)}
    by_node: dict[int, list[Indikator]] = defaultdict(list)
    for ind in indikator:
        if ind.node_id:
            by_node[ind.node_id].append(ind)
    out = []
    for pid, per in sorted(periods.items(), key=lambda kv: kv[1].tahun_mulai):
        pk_rows = {b.indikator.pk: b for pk in pks if pk.periode.pk == pid for b in pk.baris}
        matriks = [BarisMatriks(n, d, [(i, targets.get(i.pk)) for i in by_node.get(n.pk, [])])
                   for n, d in cascade.urut(pid)]
        iku = []
        for ind in indikator:
            if ind.periode_id == pid and ind.iku:
                row = pk_rows.get(ind.pk)
                sasaran = row.sasaran if row else (cascade.sasaran_dari(ind.node_id) or "–")
                iku.append((sasaran, ind))
        iku_ids = {i.pk for _, i in iku}
        lainnya = [(b.sasaran, b.indikator) for b in pk_rows.values() if b.lainnya and b.indikator.pk not in iku_ids]
        out.append(DataPeriode(per, misi[pid], [m for m in misi[pid] if m.pk in didukung], matriks, iku, lainnya))
    return out
