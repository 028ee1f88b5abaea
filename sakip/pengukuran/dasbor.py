"""The Pemda dashboard and the ranking of its PDs: every PD of a Pemda side by side.

Built in a fixed number of queries: ``ukur_pd_banyak`` measures all PDs at once, so adding PDs or
indicators adds rows, not queries. The web's Pemda dashboard and ``sakip.pemantauan`` (ranking,
reminders) both read it; they only render what it returns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q

from sakip.anggaran.models import MataAnggaran
from sakip.core.measurement import HasilPengukuran
from sakip.core.numbers import percent, round2
from sakip.core.pohon import tingkat_warna
from sakip.core.skala import AturanSkala, RentangSkala
from sakip.core.summary import rata_rata
from sakip.organisasi.models import JenisUnit, Pemda, Unit
from sakip.pengukuran.services import NilaiStandar, nilai_standar, ukur_pd_banyak
from sakip.perencanaan.models import PeriodePerencanaan, Skala
from sakip.perjanjian.models import PerjanjianKinerja

PREDIKAT = "predikat_kinerja"

KODE_SAKIP = "nilai_sakip"
KODE_IKM = "ikm"


def tahun_unit(unit: Unit) -> list[int]:
    """Years with a PK or a DPA for the unit (two queries)."""
    years = set(PerjanjianKinerja.objects.filter(unit=unit).values_list("tahun", flat=True))
    years |= set(MataAnggaran.objects.filter(unit=unit).values_list("tahun", flat=True))
    return sorted(years)


def tahun_pemda(pemda: Pemda) -> list[int]:
    years = set(PerjanjianKinerja.objects.filter(unit__pemda=pemda).values_list("tahun", flat=True))
    years |= set(MataAnggaran.objects.filter(unit__pemda=pemda).values_list("tahun", flat=True))
    return sorted(years)


def tahun_periode(pemda_id: int) -> list[int]:
    """Every year of the Pemda's planning periods (one query)."""
    years: set[int] = set()
    for a, b in PeriodePerencanaan.objects.filter(pemda_id=pemda_id).values_list("tahun_mulai", "tahun_selesai"):
        years |= set(range(a, b + 1))
    return sorted(years)


# -- Colours and scales -------------------------------------------------------------------------


def warna(skala: AturanSkala | None, band: RentangSkala | None) -> str:
    """A CSS class w0 (worst) … w4 (best) from a band's rank on its scale; 'w-' when unknown."""
    level = tingkat_warna(skala, band) if skala is not None else None
    return "w-" if level is None else f"w{level}"


def skala_map(ids: set[int]) -> dict[int, AturanSkala]:
    """Scales by id, plus the predikat kinerja scale (for capaian colours) under key 0; two queries."""
    qs = (Skala.objects.filter(pk__in=ids) | Skala.objects.filter(kode=PREDIKAT)).prefetch_related("kelas")
    out: dict[int, AturanSkala] = {}
    for s in qs:
        scale = s.ke_aturan()
        out[s.pk] = scale
        if s.kode == PREDIKAT:
            out[0] = scale
    return out


# -- Pemda dashboard ----------------------------------------------------------------------------

URUTAN = {
    "nama": "Perangkat Daerah",
    "capaian": "Rata-rata capaian",
    "serapan": "Serapan anggaran",
    "sakip": "Nilai SAKIP",
    "ikm": "IKM",
}


@dataclass
class BarisPD:
    unit: Unit
    hasil: HasilPengukuran | None
    rata_rata: Decimal | None
    predikat: RentangSkala | None
    warna_capaian: str
    serapan: Decimal | None
    sakip: NilaiStandar | None
    ikm: NilaiStandar | None
    versi_pk: str

    def kunci(self, urut: str) -> Decimal | str | None:
        if urut == "nama":
            return self.unit.nama.casefold()
        if urut == "capaian":
            return self.rata_rata
        if urut == "serapan":
            return self.serapan
        if urut == "sakip":
            return self.sakip.nilai if self.sakip else None
        return self.ikm.nilai if self.ikm else None

    @property
    def warna_sakip(self) -> str:
        return warna(self.sakip.skala, self.sakip.kategori) if self.sakip else "w-"

    @property
    def warna_ikm(self) -> str:
        return warna(self.ikm.skala, self.ikm.kategori) if self.ikm else "w-"


@dataclass
class Sebaran:
    """How many PDs fall in each category of a scale (best first), for a chart and its table."""

    kode: str
    judul: str
    kelas: list[tuple[RentangSkala, int, str]]  # band, count, colour class
    tanpa_nilai: int

    @property
    def grafik_id(self) -> str:
        return f"grafik-{self.kode}"

    @property
    def ada_nilai(self) -> bool:
        return any(n for _, n, _ in self.kelas)

    @property
    def grafik(self) -> dict[str, object]:
        """Data for the chart (json_script): labels, counts, colour classes, tooltip texts."""
        return {
            "judul": self.judul,
            "label": [b.kode for b, _, _ in self.kelas],
            "nilai": [n for _, n, _ in self.kelas],
            "warna": [w for _, _, w in self.kelas],
            "teks": [f"{b.teks}: {n} PD" for b, n, _ in self.kelas],
        }


@dataclass
class DasborPemda:
    pemda: Pemda
    tahun: int
    baris: list[BarisPD]
    jumlah_pd: int
    rata_rata_capaian: Decimal | None
    pagu: Decimal
    realisasi: Decimal
    serapan: Decimal | None
    rata_rata_sakip: Decimal | None
    rata_rata_ikm: Decimal | None
    sebaran: list[Sebaran]


def unit_pelapor(pemda: Pemda, tahun: int) -> list[Unit]:
    """The PDs on the Pemda dashboard: top-level units, and any unit with a PK or a DPA that year."""
    reporting = Q(perjanjian_kinerja__tahun=tahun) | Q(mata_anggaran__tahun=tahun)
    ids = set(Unit.objects.filter(pemda=pemda).tanpa_pemda().filter(Q(induk__isnull=True) | reporting)
              .values_list("pk", flat=True))
    return list(Unit.objects.filter(pk__in=ids).order_by("urutan", "nama"))


def dasbor_pemda(pemda: Pemda, tahun: int, *, urut: str = "nama", turun: bool = False, jenis: str = "",
                 cari: str = "", predikat: str = "") -> DasborPemda:
    """Every PD of the Pemda side by side, filtered and sorted (a fixed number of queries)."""
    units = unit_pelapor(pemda, tahun)
    hasil = ukur_pd_banyak(units, tahun)
    nilai = nilai_standar(units, tahun, [KODE_SAKIP, KODE_IKM])
    scales = skala_map(set())
    skala_predikat = scales.get(0)
    versi = _versi_pk(units, tahun)
    rows = []
    for u in units:
        h = hasil.get(u.pk)
        rata = h.capaian_kinerja if h else None
        band = skala_predikat.classify(rata) if skala_predikat and rata is not None else None
        rows.append(BarisPD(
            unit=u, hasil=h, rata_rata=rata, predikat=band, warna_capaian=warna(skala_predikat, band),
            serapan=h.anggaran.persen if h else None, sakip=nilai.get(u.pk, {}).get(KODE_SAKIP),
            ikm=nilai.get(u.pk, {}).get(KODE_IKM), versi_pk=versi.get(u.pk, ""),
        ))
    if jenis:
        rows = [r for r in rows if r.unit.jenis == jenis]
    if cari:
        needle = cari.casefold()
        rows = [r for r in rows if needle in r.unit.nama.casefold() or needle in r.unit.singkatan.casefold()]
    if predikat:
        rows = [r for r in rows if (r.predikat.kode if r.predikat else "-") == predikat]
    rows = _urutkan(rows, urut if urut in URUTAN else "nama", turun)
    pagu = sum((r.hasil.anggaran.pagu for r in rows if r.hasil), Decimal(0))
    real = sum((r.hasil.anggaran.realisasi for r in rows if r.hasil), Decimal(0))
    sebaran = [
        _sebaran("predikat", "Predikat kinerja (rata-rata capaian)", skala_predikat, [r.predikat for r in rows]),
        _sebaran("sakip", "Predikat SAKIP", _skala_dari(rows, "sakip"),
                 [r.sakip.kategori if r.sakip else None for r in rows]),
        _sebaran("ikm", "Mutu pelayanan (IKM)", _skala_dari(rows, "ikm"),
                 [r.ikm.kategori if r.ikm else None for r in rows]),
    ]
    return DasborPemda(
        pemda=pemda, tahun=tahun, baris=rows, jumlah_pd=len(rows),
        rata_rata_capaian=rata_rata(r.rata_rata for r in rows), pagu=pagu, realisasi=real,
        serapan=round2(percent(real, pagu)) if pagu else None,
        rata_rata_sakip=rata_rata(r.sakip.nilai for r in rows if r.sakip),
        rata_rata_ikm=rata_rata(r.ikm.nilai for r in rows if r.ikm),
        sebaran=[s for s in sebaran if s.kelas],
    )


def _urutkan(rows: list[BarisPD], urut: str, turun: bool) -> list[BarisPD]:
    """Sort by a column; PDs without a value always come last."""
    have = [r for r in rows if r.kunci(urut) is not None]
    missing = [r for r in rows if r.kunci(urut) is None]
    have.sort(key=lambda r: (r.kunci(urut), r.unit.nama), reverse=turun)  # type: ignore[arg-type,return-value]
    return have + sorted(missing, key=lambda r: r.unit.nama)


def _versi_pk(units: Sequence[Unit], tahun: int) -> dict[int, str]:
    """The PK version in force per unit, as a short label (one query)."""
    out: dict[int, tuple[int, str]] = {}
    for uid, nomor, signed in PerjanjianKinerja.objects.filter(unit__in=units, tahun=tahun).values_list(
        "unit_id", "nomor_perubahan", "ditandatangani"
    ):
        label = ("PK awal" if nomor == 0 else f"Perubahan {nomor}") + ("" if signed else " (draf)")
        rank = nomor * 2 + (1 if signed else 0)
        if uid not in out or rank > out[uid][0]:
            out[uid] = (rank, label)
    return {uid: label for uid, (_, label) in out.items()}


def _skala_dari(rows: list[BarisPD], attr: str) -> AturanSkala | None:
    for r in rows:
        n: NilaiStandar | None = getattr(r, attr)
        if n is not None and n.skala is not None:
            return n.skala
    return None


def _sebaran(kode: str, judul: str, skala: AturanSkala | None, bands: list[RentangSkala | None]) -> Sebaran:
    if skala is None:
        return Sebaran(kode, judul, [], 0)
    counts = Counter(b.kode for b in bands if b is not None)
    kelas = [(b, counts.get(b.kode, 0), warna(skala, b)) for b in sorted(skala.bands, key=lambda b: -b.peringkat)]
    return Sebaran(kode, judul, kelas, sum(1 for b in bands if b is None))


JENIS_PILIHAN = [(j.value, j.label) for j in JenisUnit if j is not JenisUnit.KELURAHAN]

