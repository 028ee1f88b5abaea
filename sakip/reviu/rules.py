"""Reviu of stored data: validation rules over one PD-year, in the spirit of DHIS2's rules.

Each rule has a code, a severity, an Indonesian description and yields findings that say
where to fix the data. ``muat`` reads everything a PD-year needs in a fixed number of
queries; the rules themselves are plain functions over that snapshot, so the cost does
not grow with the number of indicators.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from django.db.models import Prefetch
from django.urls import NoReverseMatch, reverse

from sakip.core.aggregation import TRIWULAN, Bagian
from sakip.core.budget import BudgetLine, TingkatAnggaran
from sakip.core.capaian import AturanCapaian, Polaritas, StatusCapaian, hitung_capaian
from sakip.core.narasi import HasilIndikator, NarasiTertulis, hasil_indikator, narasi_kosong
from sakip.core.skala import AturanSkala
from sakip.core.skala_teks import baca_kelas, cari_kelas, kunci_label
from sakip.organisasi.models import Unit
from sakip.pengukuran.services import aturan_pemda, budget_lines, pk_tahun, realisasi_tahunan
from sakip.perencanaan.models import Indikator, PeriodePerencanaan, Skala, Target
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.realisasi.models import NarasiIndikator, NarasiUnit, Realisasi

from .dokumen.angka import angka_teks, persen_teks, rupiah_teks
from .dokumen.model import TingkatTemuan


@dataclass(frozen=True)
class TemuanData:
    """A finding on stored data and the place to fix it."""

    kode: str
    tingkat: TingkatTemuan
    pesan: str
    lokasi: str  # "Perencanaan › Indikator 'IKM Kecamatan' › Target 2025"
    url: Tautan | str | None = None  # where to fix it: a page of the web app (reversed when read)
    nilai: str = ""
    seharusnya: str = ""

    def as_dict(self) -> dict[str, str | None]:
        d = asdict(self)
        d["tingkat"] = self.tingkat.value
        d["url"] = str(self.url) if self.url else None
        return d


@dataclass
class DataReviu:
    """Everything the rules read about one PD-year."""

    unit: Unit
    tahun: int
    pk: list[PerjanjianKinerja]
    indikator: dict[int, Indikator]  # on a PK of the year, or IKU of a period covering it
    periode: list[PeriodePerencanaan]
    target: dict[int, Decimal]  # plan target of the year
    realisasi: dict[int, Decimal | None]  # annual realisasi (through pendahulu links)
    bagian: dict[int, dict[Bagian, Decimal]]  # the indicator's own parts of the year
    anggaran: list[BudgetLine]
    narasi: dict[int, NarasiIndikator]
    narasi_unit: dict[str, str]
    skala: dict[int, AturanSkala]
    aturan: AturanCapaian
    pk_indikator: list[tuple[PerjanjianKinerja, IndikatorPK]] = field(default_factory=list)


def muat(unit: Unit, tahun: int) -> DataReviu:
    """Load a PD-year for the rules; the number of queries is fixed."""
    pks = pk_tahun(unit, tahun, termasuk_draf=True)
    periode = list(PeriodePerencanaan.objects.filter(pemda_id=unit.pemda_id, tahun_mulai__lte=tahun,
                                                     tahun_selesai__gte=tahun))
    rows = [(pk, ipk) for pk in pks for s in pk.sasaran.all() for ipk in s.indikator.all()]
    indikator: dict[int, Indikator] = {}
    for pk, ipk in rows:
        ipk.indikator.periode = pk.periode  # a PK holds indicators of its own period
        indikator[ipk.indikator_id] = ipk.indikator
    for ind in Indikator.objects.filter(unit=unit, iku=True, periode__in=periode).select_related("skala", "periode"):
        indikator.setdefault(ind.pk, ind)
    ids = list(indikator)
    target = dict(Target.objects.filter(indikator_id__in=ids, tahun=tahun).values_list("indikator_id", "nilai"))
    realisasi = realisasi_tahunan(ids, tahun, {k: v.agregasi for k, v in indikator.items()})
    bagian: dict[int, dict[Bagian, Decimal]] = defaultdict(dict)
    for ind_id, b, nilai in Realisasi.objects.filter(indikator_id__in=ids, tahun=tahun).values_list(
            "indikator_id", "bagian", "nilai"):
        bagian[ind_id][Bagian(b)] = nilai
    narasi = {n.indikator_id: n for n in NarasiIndikator.objects.filter(indikator_id__in=ids, tahun=tahun)}
    narasi_unit = dict(NarasiUnit.objects.filter(unit=unit, tahun=tahun).values_list("jenis", "teks"))
    skala_ids = {i.skala_id for i in indikator.values() if i.skala_id}
    skala = {s.pk: s.ke_aturan() for s in Skala.objects.filter(pk__in=skala_ids).prefetch_related(
        Prefetch("kelas"))}
    return DataReviu(
        unit=unit, tahun=tahun, pk=pks, indikator=indikator, periode=periode, target=target, realisasi=realisasi,
        bagian=dict(bagian), anggaran=budget_lines(unit, tahun), narasi=narasi, narasi_unit=narasi_unit,
        skala=skala, aturan=aturan_pemda(unit), pk_indikator=rows,
    )


# -- places ----------------------------------------------------------------------------------

class Tautan:
    """A page of the web app, reversed when first read (as text, or to ask whether there is one).

    A document's data reviu (run before every LKjIP) only counts its errors: reversing every link
    would import the web app's URLconf, a tenth of a second of the PDF command, for nothing.
    """

    __slots__ = ("_args", "_nama", "_nilai")
    _BELUM = object()

    def __init__(self, nama: str, *args: object) -> None:
        self._nama, self._args, self._nilai = nama, args, Tautan._BELUM

    def nilai(self) -> str | None:
        if self._nilai is Tautan._BELUM:
            try:
                # The web pages' URLconf alone: the whole one would load the API and the importer.
                self._nilai = str(reverse(f"web:{self._nama}", args=self._args, urlconf="sakip.urls_web"))
            except NoReverseMatch:
                self._nilai = None
        return self._nilai  # type: ignore[return-value]

    def __str__(self) -> str:
        return self.nilai() or ""

    def __bool__(self) -> bool:
        return self.nilai() is not None

    def __eq__(self, other: object) -> bool:
        return self.nilai() == (other.nilai() if isinstance(other, Tautan) else other)

    def __hash__(self) -> int:
        return hash(self.nilai())

    def __repr__(self) -> str:
        return f"Tautan({self.nilai()!r})"

    def __reduce__(self) -> tuple[object, ...]:  # copies and pickles are built again from the route
        return (Tautan, (self._nama, *self._args))


def _web(name: str, *args: object) -> Tautan:
    """A page of the web app for this place (falsy when the web app has none)."""
    return Tautan(name, *args)


def _url(d: DataReviu, web: tuple[str, ...]) -> Tautan:
    """Where to fix a finding: the PD's own page in the web app (the admin only shows data)."""
    name, *rest = web
    args: list[object] = [d.unit.slug]
    for a in rest:
        args.append(d.tahun if a == "tahun" else a)
    return _web(name, *args)


def _ind(ind: Indikator) -> str:
    return f"Indikator '{ind.nama}' ({ind.periode.nama})"


def _pk(pk: PerjanjianKinerja) -> str:
    draf = "" if pk.ditandatangani else " (draf)"
    return f"{pk.judul} {pk.tahun}{draf}"


def _a(x: Decimal | None, desimal: int = 2) -> str:
    return "-" if x is None else angka_teks(x, desimal)


# -- rules -------------------------------------------------------------------------------------

Aturan = Callable[[DataReviu], Iterable[TemuanData]]


@dataclass(frozen=True)
class AturanValidasi:
    kode: str
    tingkat: TingkatTemuan
    uraian: str
    periksa: Aturan


def pk_tidak_ada(d: DataReviu) -> Iterable[TemuanData]:
    if not any(pk.ditandatangani for pk in d.pk):
        yield TemuanData(
            "PK_TIDAK_ADA", TingkatTemuan.PERINGATAN,
            f"{d.unit.nama} belum mempunyai perjanjian kinerja {d.tahun} yang ditandatangani.",
            f"Perjanjian Kinerja › {d.tahun}", None,
        )


def pk_tanpa_target(d: DataReviu) -> Iterable[TemuanData]:
    for pk, ipk in d.pk_indikator:
        ind = ipk.indikator
        where = f"{_pk(pk)} › {_ind(ind)} › Target"
        if ipk.target == 0 and ind.polaritas_enum is Polaritas.POSITIF:
            yield TemuanData(
                "PK_TANPA_TARGET", TingkatTemuan.GALAT,
                f"Target {ind.nama} pada {_pk(pk)} bernilai 0, sehingga capaiannya tidak dapat diukur.",
                where, _url(d, ("pk_detail", pk.pk)), "0", "target yang disepakati",
            )
        if ind.pk not in d.target:
            yield TemuanData(
                "TARGET_RENCANA_KOSONG", TingkatTemuan.PERINGATAN,
                f"{ind.nama} ada pada {_pk(pk)} tetapi tidak mempunyai target rencana tahun {d.tahun}.",
                f"Perencanaan › {_ind(ind)} › Target {d.tahun}", _url(d, ("target", ind.periode_id)), "kosong",
                angka_teks(ipk.target, ind.desimal),
            )
        elif d.target[ind.pk] != ipk.target:
            yield TemuanData(
                "TARGET_PK_BEDA_RENCANA", TingkatTemuan.INFO,
                f"Target {ind.nama} pada {_pk(pk)} berbeda dengan target rencana tahun {d.tahun}.",
                where, _url(d, ("pk_detail", pk.pk)), _a(ipk.target, ind.desimal),
                f"{_a(d.target[ind.pk], ind.desimal)} (target rencana)",
            )


def pk_tanpa_realisasi(d: DataReviu) -> Iterable[TemuanData]:
    seen: set[int] = set()
    for pk, ipk in d.pk_indikator:
        ind = ipk.indikator
        if ind.pk in seen or d.realisasi.get(ind.pk) is not None:
            continue
        seen.add(ind.pk)
        yield TemuanData(
            "PK_TANPA_REALISASI", TingkatTemuan.GALAT,
            f"{ind.nama} pada {_pk(pk)} belum mempunyai realisasi tahun {d.tahun}.",
            f"Realisasi › {_ind(ind)} › {d.tahun}", _url(d, ("realisasi", "tahun")), "kosong",
            "realisasi tahun berjalan",
        )


def realisasi_kumulatif_turun(d: DataReviu) -> Iterable[TemuanData]:
    """A cumulative series (last value counts, in percent) cannot fall between triwulan."""
    for ind_id, parts in d.bagian.items():
        ind = d.indikator[ind_id]
        if ind.agregasi != "terakhir" or "%" not in ind.satuan and "persen" not in ind.satuan.casefold():
            continue
        series = [(b, parts[b]) for b in TRIWULAN if b in parts]
        for (b1, v1), (b2, v2) in zip(series, series[1:], strict=False):
            if v2 < v1:
                yield TemuanData(
                    "REALISASI_KUMULATIF_TURUN", TingkatTemuan.PERINGATAN,
                    f"Realisasi kumulatif {ind.nama} turun dari {_a(v1, ind.desimal)} ({b1.value}) menjadi "
                    f"{_a(v2, ind.desimal)} ({b2.value}).",
                    f"Realisasi › {_ind(ind)} › {d.tahun} {b2.value}", _url(d, ("realisasi", "tahun")),
                    _a(v2, ind.desimal), f"paling sedikit {_a(v1, ind.desimal)}",
                )


def anggaran_melebihi_pagu(d: DataReviu) -> Iterable[TemuanData]:
    for root in d.anggaran:
        for line in root.walk():
            real = line.total_realisasi
            if line.tingkat is TingkatAnggaran.SUB_KEGIATAN and real > line.total_pagu:
                yield TemuanData(
                    "ANGGARAN_MELEBIHI_PAGU", TingkatTemuan.GALAT,
                    f"Realisasi {line.nama} ({rupiah_teks(real)}) melebihi pagunya ({rupiah_teks(line.total_pagu)}).",
                    f"Anggaran {d.tahun} › {line.kode} {line.nama}".strip(),
                    _web("anggaran", d.unit.slug, d.tahun), rupiah_teks(real),
                    f"paling banyak {rupiah_teks(line.total_pagu)}",
                )


def anggaran_pk_beda_dpa(d: DataReviu) -> Iterable[TemuanData]:
    """The latest signed PK agrees the year's final budget: it must equal the DPA pagu."""
    signed = [pk for pk in d.pk if pk.ditandatangani]
    if not signed or not d.anggaran:
        return
    pk = max(signed, key=lambda p: p.nomor_perubahan)
    by_code: dict[str, BudgetLine] = {}
    by_name: dict[str, BudgetLine] = {}
    for root in d.anggaran:
        for line in root.walk():
            if line.kode:
                by_code[line.kode] = line
            by_name.setdefault(_nama_kunci(line.nama), line)
    for a in pk.anggaran.all():
        dpa = (by_code.get(a.kode) if a.kode else None) or by_name.get(_nama_kunci(a.nama))
        where = f"{_pk(pk)} › Anggaran › {a.kode} {a.nama}".replace("  ", " ")
        if dpa is None:
            yield TemuanData(
                "ANGGARAN_PK_TANPA_DPA", TingkatTemuan.PERINGATAN,
                f"Anggaran {a.nama} pada {_pk(pk)} tidak mempunyai baris DPA dengan kode atau nama yang sama.",
                where, _url(d, ("pk_detail", pk.pk)), rupiah_teks(a.jumlah), "baris DPA yang sesuai",
            )
        elif dpa.total_pagu != a.jumlah:
            yield TemuanData(
                "ANGGARAN_PK_BEDA_DPA", TingkatTemuan.PERINGATAN,
                f"Anggaran {a.nama} pada {_pk(pk)} berbeda dengan pagu DPA "
                f"(selisih {rupiah_teks(abs(dpa.total_pagu - a.jumlah))}).",
                where, _url(d, ("pk_detail", pk.pk)), rupiah_teks(a.jumlah),
                f"{rupiah_teks(dpa.total_pagu)} (DPA)",
            )


def _nama_kunci(nama: str) -> str:
    return "".join(ch for ch in nama.casefold().replace("program", "") if ch.isalnum())


def indikator_tanpa_formulasi(d: DataReviu) -> Iterable[TemuanData]:
    for ind in sorted(d.indikator.values(), key=lambda i: (i.periode_id, i.urutan, i.pk)):
        if not ind.formulasi.strip():
            yield TemuanData(
                "INDIKATOR_TANPA_FORMULASI", TingkatTemuan.PERINGATAN,
                f"{ind.nama} ({ind.periode.nama}) belum mempunyai formulasi perhitungan.",
                f"Perencanaan › {_ind(ind)} › Formulasi", _url(d, ("indikator_ubah", ind.pk)),
                "kosong", "rumus perhitungan",
            )
        if not ind.sumber_data.strip():
            yield TemuanData(
                "INDIKATOR_TANPA_SUMBER_DATA", TingkatTemuan.PERINGATAN,
                f"{ind.nama} ({ind.periode.nama}) belum mempunyai sumber data.",
                f"Perencanaan › {_ind(ind)} › Sumber data", _url(d, ("indikator_ubah", ind.pk)),
                "kosong", "sumber data",
            )


def kategori_tidak_sesuai(d: DataReviu) -> Iterable[TemuanData]:
    """Category bands written in an indicator's definition must be the bands of its scale."""
    for ind in d.indikator.values():
        kelas = baca_kelas(ind.definisi)
        if len(kelas) < 3:
            continue
        scale = d.skala.get(ind.skala_id) if ind.skala_id else None
        where = f"Perencanaan › {_ind(ind)} › Skala"
        if scale is None and not _bernilai(ind):
            continue  # a count ("Jumlah PD/UKPD ... minimal baik") cites the scale of what it counts
        if scale is None:
            yield TemuanData(
                "SKALA_KOSONG", TingkatTemuan.PERINGATAN,
                f"Definisi {ind.nama} memuat kategori ({', '.join(k.label for k in kelas)}) tetapi indikator "
                f"tidak diberi skala, sehingga kategorinya tidak dihitung.",
                where, _url(d, ("indikator_ubah", ind.pk)), "skala kosong", "skala yang sesuai dengan definisi",
            )
            continue
        for k in kelas:
            band = cari_kelas(scale, k.label)
            if band is None:
                yield TemuanData(
                    "KATEGORI_TIDAK_SESUAI_SKALA", TingkatTemuan.PERINGATAN,
                    f"Kategori '{k.label}' pada definisi {ind.nama} tidak ada pada skala {scale.nama}.",
                    where, _url(d, ("indikator_ubah", ind.pk)), k.label,
                    ", ".join(b.label for b in scale.bands),
                )
            elif k.a is not None and band.bawah is not None and abs(k.a - band.bawah) > Decimal("0.01"):
                yield TemuanData(
                    "KATEGORI_TIDAK_SESUAI_SKALA", TingkatTemuan.PERINGATAN,
                    f"Batas bawah kategori '{k.label}' pada definisi {ind.nama} ({_a(k.a)}) berbeda dengan skala "
                    f"{scale.nama} ({_a(band.bawah)}).",
                    where, _url(d, ("indikator_ubah", ind.pk)), _a(k.a), _a(band.bawah),
                )
    yield from _predikat_narasi(d)


def _bernilai(ind: Indikator) -> bool:
    """An indicator whose value is itself a score or index (it can fall in a category)."""
    satuan = ind.satuan.strip().casefold()
    return satuan in ("", "nilai", "indeks", "skor", "poin") or ind.nama.casefold().startswith(("indeks", "nilai"))


def _predikat_narasi(d: DataReviu) -> Iterable[TemuanData]:
    """'predikat A' written in a narrative must be the band of the SAKIP value of the year."""
    import re

    text = " ".join(d.narasi_unit.values())
    found = re.findall(r"predikat\s+([A-D]{1,2})\b", text)
    if not found:
        return
    sakip = [i for i in d.indikator.values() if i.kode_standar == "nilai_sakip" and i.skala_id in d.skala]
    for ind in sakip:
        nilai = d.realisasi.get(ind.pk)
        if nilai is None:
            continue
        got = d.skala[ind.skala_id].classify(nilai)
        for label in found:
            if got is not None and kunci_label(label) not in (kunci_label(got.kode), kunci_label(got.label)):
                yield TemuanData(
                    "KATEGORI_TIDAK_SESUAI_SKALA", TingkatTemuan.GALAT,
                    f"Narasi menyebut predikat {label}, padahal {ind.nama} {d.tahun} = {_a(nilai)} "
                    f"berpredikat {got.kode}.",
                    f"Narasi › {d.tahun} › Prestasi", None, f"predikat {label}", f"predikat {got.kode}",
                )


def penandatangan_tidak_menjabat(d: DataReviu) -> Iterable[TemuanData]:
    for pk in d.pk:
        if not pk.ditandatangani:
            continue
        for peran, jab in (("pihak pertama", pk.pihak_pertama), ("pihak kedua", pk.pihak_kedua)):
            if jab is None:  # the Kepala Daerah's own PK has no pihak kedua
                continue
            if not jab.berlaku_pada(pk.tanggal):
                masa = f"{jab.mulai:%d-%m-%Y} s.d. {jab.selesai:%d-%m-%Y}" if jab.selesai else f"sejak {jab.mulai:%d-%m-%Y}"
                yield TemuanData(
                    "PENANDATANGAN_TIDAK_MENJABAT", TingkatTemuan.GALAT,
                    f"{jab.pejabat.nama_lengkap}, {peran} {_pk(pk)} bertanggal {pk.tanggal:%d-%m-%Y}, "
                    f"menjabat {jab.judul} {masa}.",
                    f"{_pk(pk)} › Penandatangan › {peran}", _url(d, ("pk_detail", pk.pk)),
                    f"{jab.judul} ({masa})", f"pejabat yang menjabat pada {pk.tanggal:%d-%m-%Y}",
                )
        # The Kepala Daerah's post is recorded without a unit and leads the Pemda-level unit.
        kepala_daerah = pk.pihak_pertama.unit_id is None and pk.pihak_pertama.kepala_unit and d.unit.jenis == "pemda"
        if pk.pihak_pertama.unit_id != pk.unit_id and not kepala_daerah:
            yield TemuanData(
                "PENANDATANGAN_TIDAK_MENJABAT", TingkatTemuan.GALAT,
                f"Pihak pertama {_pk(pk)} ({pk.pihak_pertama.judul}) bukan pimpinan {d.unit.nama}.",
                f"{_pk(pk)} › Penandatangan › pihak pertama", _url(d, ("pk_detail", pk.pk)),
                pk.pihak_pertama.judul, f"pimpinan {d.unit.nama}",
            )


def iku_tidak_di_pk(d: DataReviu) -> Iterable[TemuanData]:
    signed = [pk for pk in d.pk if pk.ditandatangani]
    on_pk: dict[int, set[int]] = defaultdict(set)  # periode -> indicators on its PKs
    for pk, ipk in d.pk_indikator:
        if pk.ditandatangani:
            on_pk[pk.periode_id].add(ipk.indikator_id)
    periods_with_pk = {pk.periode_id for pk in signed}
    for ind in d.indikator.values():
        if not ind.iku or ind.periode_id not in periods_with_pk or ind.pk in on_pk[ind.periode_id]:
            continue
        yield TemuanData(
            "IKU_TIDAK_DI_PK", TingkatTemuan.PERINGATAN,
            f"IKU {ind.nama} (periode {ind.periode.nama}) tidak ada pada perjanjian kinerja {d.tahun} periode itu.",
            f"Perjanjian Kinerja › {d.tahun} › {_ind(ind)}", _url(d, ("pk_daftar",)),
            "tidak ada di PK", "IKU dimuat pada PK",
        )


_LABEL_NARASI = {"faktor_penghambat": "faktor penghambat", "solusi": "solusi",
                 "rencana_tindak_lanjut": "rencana tindak lanjut"}


def narasi_penghambat_kosong(d: DataReviu) -> Iterable[TemuanData]:
    """An indicator below its target, or not measurable, needs its causes, solution and follow-up written.

    The same list (core.narasi.narasi_wajib) decides what the LKjIP prints, so a document whose
    reviu has no error never prints '(belum ditulis)'.
    """
    seen: set[int] = set()
    for pk, ipk in d.pk_indikator:
        ind = ipk.indikator
        if not pk.ditandatangani or ind.pk in seen:
            continue
        seen.add(ind.pk)
        real = d.realisasi.get(ind.pk)
        cap = hitung_capaian(ipk.target, None if real is None else real, ind.polaritas_enum, d.aturan)
        if cap.status is StatusCapaian.BELUM_ADA_DATA:
            continue  # PK_TANPA_REALISASI says so
        hasil = hasil_indikator(cap)
        if hasil is HasilIndikator.TERCAPAI:
            continue
        n = d.narasi.get(ind.pk)
        tertulis = None if n is None else NarasiTertulis(n.faktor_pendorong, n.faktor_penghambat, n.solusi,
                                                         n.rencana_tindak_lanjut)
        kurang = [_LABEL_NARASI[x] for x in narasi_kosong(hasil, tertulis)]
        if not kurang:
            continue
        sebab = (f"Capaian {ind.nama} {persen_teks(cap.persen)} di bawah target"
                 if hasil is HasilIndikator.BELUM_TERCAPAI else f"Capaian {ind.nama} tidak dapat diukur")
        yield TemuanData(
            "NARASI_PENGHAMBAT_KOSONG", TingkatTemuan.GALAT,
            f"{sebab}, tetapi {', '.join(kurang)} belum ditulis.",
            f"Realisasi › {_ind(ind)} › Narasi {d.tahun}", _url(d, ("narasi", "tahun")),
            "kosong", ", ".join(kurang),
        )


ATURAN: list[AturanValidasi] = [
    AturanValidasi("PK_TIDAK_ADA", TingkatTemuan.PERINGATAN, "Ada perjanjian kinerja yang ditandatangani.",
                   pk_tidak_ada),
    AturanValidasi("PK_TANPA_TARGET", TingkatTemuan.GALAT,
                   "Setiap indikator PK mempunyai target yang dapat diukur dan target rencana.", pk_tanpa_target),
    AturanValidasi("PK_TANPA_REALISASI", TingkatTemuan.GALAT, "Setiap indikator PK mempunyai realisasi.",
                   pk_tanpa_realisasi),
    AturanValidasi("REALISASI_KUMULATIF_TURUN", TingkatTemuan.PERINGATAN,
                   "Realisasi kumulatif per triwulan tidak turun.", realisasi_kumulatif_turun),
    AturanValidasi("ANGGARAN_MELEBIHI_PAGU", TingkatTemuan.GALAT, "Realisasi anggaran tidak melebihi pagu.",
                   anggaran_melebihi_pagu),
    AturanValidasi("ANGGARAN_PK_BEDA_DPA", TingkatTemuan.PERINGATAN,
                   "Anggaran PK terakhir sama dengan pagu DPA per program.", anggaran_pk_beda_dpa),
    AturanValidasi("INDIKATOR_TANPA_FORMULASI", TingkatTemuan.PERINGATAN,
                   "Indikator PK dan IKU mempunyai formulasi dan sumber data.", indikator_tanpa_formulasi),
    AturanValidasi("KATEGORI_TIDAK_SESUAI_SKALA", TingkatTemuan.PERINGATAN,
                   "Kategori yang tertulis sesuai dengan skala indikator.", kategori_tidak_sesuai),
    AturanValidasi("PENANDATANGAN_TIDAK_MENJABAT", TingkatTemuan.GALAT,
                   "Penandatangan PK menjabat pada tanggal PK.", penandatangan_tidak_menjabat),
    AturanValidasi("IKU_TIDAK_DI_PK", TingkatTemuan.PERINGATAN, "Setiap IKU dimuat pada PK periodenya.",
                   iku_tidak_di_pk),
    AturanValidasi("NARASI_PENGHAMBAT_KOSONG", TingkatTemuan.GALAT,
                   "Indikator di bawah target atau tidak terukur mempunyai faktor penghambat, solusi dan rencana "
                   "tindak lanjut.", narasi_penghambat_kosong),
]

_URUTAN = {TingkatTemuan.GALAT: 0, TingkatTemuan.PERINGATAN: 1, TingkatTemuan.INFO: 2}


def reviu_data(unit: Unit, tahun: int) -> list[TemuanData]:
    """Every finding of every rule on one PD-year, errors first."""
    data = muat(unit, tahun)
    out: list[TemuanData] = []
    for aturan in ATURAN:
        out.extend(aturan.periksa(data))
    return sorted(out, key=lambda t: _URUTAN[t.tingkat])
