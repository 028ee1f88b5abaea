"""The one write path for realisasi, narratives and comparison values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.audit.services import Perubahan, catat
from sakip.core.aggregation import LABEL_BAGIAN, SEMESTER, TRIWULAN, Bagian
from sakip.core.formatting import angka_ringkas
from sakip.core.kewajaran import (
    AturanSatuan,
    galat_bulat,
    galat_persen,
    persen_bagian,
    pertanyaan_kewajaran,
)
from sakip.core.pola import CAKUPAN_BAGIAN
from sakip.kendali.services import di_luar_jadwal, satuan_bulat
from sakip.organisasi.angka import periksa_nilai_indikator
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator, IndikatorTurunan, Target
from sakip.perjanjian.models import IndikatorPK

from .alur import pastikan_terbuka_tahun
from .models import NarasiIndikator, NarasiUnit, Pembanding, Realisasi

_GROUPS = {Bagian.TAHUN: "tahunan", **{b: "triwulan" for b in TRIWULAN}, **{b: "semester" for b in SEMESTER}}


def catat_realisasi(indikator: Indikator, tahun: int, values: Mapping[str, Decimal | None]) -> None:
    """Store values for parts of one year; a None value clears that part."""
    catat_realisasi_tahun(indikator, {tahun: values})


@transaction.atomic
def catat_realisasi_tahun(indikator: Indikator, data: Mapping[int, Mapping[str, Decimal | None]]) -> None:
    """Store values for parts of several years of one indicator, all or nothing.

    A year holds either triwulan, semester or annual values, so that it has one annual value.
    """
    data = {t: {b: periksa_nilai_indikator(v, indikator.satuan, label=f"Realisasi {indikator.nama} {t} {b}")
                for b, v in values.items()} for t, values in data.items()}
    turunan = IndikatorTurunan.objects.filter(indikator=indikator).first()
    if turunan is not None:
        computed = sorted(int(t) for t, v in data.items() if int(t) >= turunan.mulai_tahun and any(
            x is not None for x in v.values()))
        if computed:
            raise ValidationError(
                f"Realisasi {indikator.nama} tahun {computed[0]} dihitung otomatis "
                f"({turunan.get_fungsi_display().lower()}); tidak diisi manual."
            )
    existing: dict[tuple[int, Bagian], Realisasi] = {
        (r.tahun, Bagian(r.bagian)): r
        for r in Realisasi.objects.filter(indikator=indikator, tahun__in=[int(t) for t in data])
    }
    _jaga_dan_catat(indikator, {k: r.nilai for k, r in existing.items()}, data)
    new, changed, cleared = [], [], []
    for tahun, values in data.items():
        tahun = int(tahun)
        parts = {Bagian(k): v for k, v in values.items()}
        before = {b for (t, b) in existing if t == tahun}
        kept = {b for b in before if b not in parts} | {b for b, v in parts.items() if v is not None}
        groups = {_GROUPS[b] for b in kept}
        if len(groups) > 1:
            raise ValidationError(
                f"Realisasi {indikator.nama} tahun {tahun} tidak boleh mencampur nilai "
                f"{' dan '.join(sorted(groups))}; isi salah satu saja."
            )
        for bagian, nilai in parts.items():
            row = existing.get((tahun, bagian))
            if nilai is None:
                if row is not None:
                    cleared.append(row.pk)
            elif row is None:
                new.append(Realisasi(indikator=indikator, tahun=tahun, bagian=bagian.value, nilai=nilai))
            elif row.nilai != nilai:
                row.nilai = nilai
                changed.append(row)
    if cleared:
        Realisasi.objects.filter(pk__in=cleared).delete()
    Realisasi.objects.bulk_create(new)
    Realisasi.objects.bulk_update(changed, ["nilai"])


@transaction.atomic
def simpan_narasi_indikator(indikator: Indikator, tahun: int, **teks: str) -> NarasiIndikator:
    lama = NarasiIndikator.objects.filter(indikator=indikator, tahun=tahun).first()
    obj, _ = NarasiIndikator.objects.update_or_create(indikator=indikator, tahun=tahun, defaults=teks)
    catat(Perubahan("realisasi.narasiindikator", obj.pk, f"Narasi {indikator.nama} {tahun}", f,
                    getattr(lama, f, ""), v, unit_id=indikator.unit_id, indikator_id=indikator.pk, tahun=tahun)
          for f, v in teks.items())
    return obj


@transaction.atomic
def simpan_narasi_unit(unit: Unit, tahun: int, jenis: str, teks: str) -> NarasiUnit:
    obj = NarasiUnit(unit=unit, tahun=tahun, jenis=jenis, teks=teks)
    # Validate the fields only: the row may exist already (update_or_create below replaces it).
    obj.full_clean(validate_unique=False, validate_constraints=False)
    lama = NarasiUnit.objects.filter(unit=unit, tahun=tahun, jenis=jenis).values_list("teks", flat=True).first()
    obj, _ = NarasiUnit.objects.update_or_create(unit=unit, tahun=tahun, jenis=jenis, defaults={"teks": teks})
    catat([Perubahan("realisasi.narasiunit", obj.pk, f"Narasi {unit.nama} {tahun}", jenis, lama, teks,
                     unit_id=unit.pk, tahun=tahun)])
    return obj


@transaction.atomic
def simpan_pembanding(indikator: Indikator, tahun: int, tingkat: str, nilai: Decimal, keterangan: str = "") -> None:
    """The comparison value of a year (national, provincial, ...) shown beside the indicator's own."""
    nilai = periksa_nilai_indikator(nilai, indikator.satuan, label=f"Pembanding {tingkat} {indikator.nama} {tahun}")
    lama = Pembanding.objects.filter(indikator=indikator, tahun=tahun, tingkat=tingkat).first()
    obj, _ = Pembanding.objects.update_or_create(
        indikator=indikator, tahun=tahun, tingkat=tingkat, defaults={"nilai": nilai, "keterangan": keterangan}
    )
    catat(Perubahan("realisasi.pembanding", obj.pk, f"Pembanding {obj.get_tingkat_display()} {indikator.nama}", f,
                    getattr(lama, f, None), getattr(obj, f), unit_id=indikator.unit_id, indikator_id=indikator.pk,
                    tahun=tahun)
          for f in ("nilai", "keterangan"))


@transaction.atomic
def hapus_narasi_unit(unit: Unit, tahun: int, jenis: str) -> None:
    """Remove one narrative of a PD-year (an emptied field on the narrative page)."""
    lama = NarasiUnit.objects.filter(unit=unit, tahun=tahun, jenis=jenis).values_list("teks", flat=True).first()
    NarasiUnit.objects.filter(unit=unit, tahun=tahun, jenis=jenis).delete()
    catat([Perubahan("realisasi.narasiunit", "", f"Narasi {unit.nama} {tahun}", jenis, lama, None,
                     unit_id=unit.pk, tahun=tahun)])


# --- audit, locks and concurrent saves (issue #5) -------------------------------------------------

def _jaga_dan_catat(indikator: Indikator, lama: Mapping[tuple[int, Bagian], Decimal],
                    data: Mapping[int, Mapping[str, Decimal | None]]) -> None:
    """Refuse changes to submitted/locked triwulans, then record one trail entry per changed value."""
    berubah = [(int(t), Bagian(b), lama.get((int(t), Bagian(b))), v)
               for t, values in data.items() for b, v in values.items()
               if lama.get((int(t), Bagian(b))) != v]
    per_tahun: dict[int, set[int]] = {}
    for t, b, *_ in berubah:
        per_tahun.setdefault(t, set()).update(CAKUPAN_BAGIAN[b])
    pastikan_terbuka_tahun(indikator.unit_id, per_tahun)
    catat(Perubahan("realisasi.realisasi", f"{indikator.pk}/{t}/{b.value}", f"Realisasi {indikator.nama} {t}",
                    b.value, old, new, unit_id=indikator.unit_id, indikator_id=indikator.pk, tahun=t)
          for t, b, old, new in berubah)


class KonflikRealisasi(ValidationError):
    """Someone else saved this realisasi after the caller loaded it; ``kini`` is the value stored now."""

    def __init__(self, message: str, kini: Decimal | None = None) -> None:
        super().__init__(message, code="konflik")
        self.kini = kini


@transaction.atomic
def simpan_realisasi_bersyarat(indikator: Indikator, tahun: int, bagian: str, nilai: Decimal | None,
                               semula: Decimal | None) -> None:
    """Store one value only if it still equals ``semula``, the value the caller started from.

    The indicator row is locked first (select_for_update), so two saves of the same
    realisasi run one after the other and the later one sees the earlier one's value.
    """
    ditolak = simpan_realisasi_batch(indikator.unit, tahun, [IsianNilai(indikator.pk, bagian, nilai, semula, True)])
    if ditolak:
        raise ditolak[0]


# --- many cells of a unit-year at once (issue #12) ------------------------------------------------


@dataclass(frozen=True)
class IsianNilai:
    """One realisasi cell to store (``nilai`` None clears it); with ``periksa_semula`` only if it still holds ``semula``."""

    indikator_id: int
    bagian: str
    nilai: Decimal | None
    semula: Decimal | None = None
    periksa_semula: bool = False
    alasan: str = ""  # the reason a value far outside its target or history is confirmed (kept in the trail)


class PerluKonfirmasi(ValidationError):
    """A value far outside its target or history: stored only when confirmed with a reason."""

    def __init__(self, message: str, pertanyaan: str) -> None:
        super().__init__(message, code="konfirmasi")
        self.pertanyaan = pertanyaan


# The order of the parts of a year by the triwulan that closes them (the "previous value" of a part).
_AKHIR = {b: max(CAKUPAN_BAGIAN[b]) * 2 - (0 if b in TRIWULAN else 1) for b in Bagian}
_AKHIR[Bagian.TAHUN] = 9


@dataclass
class _Kewajaran:
    """What the plausibility checks of one unit-year need, read once for all the cells."""

    satuan: AturanSatuan
    target: dict[int, Decimal]
    tahun_lalu: dict[int, Decimal]  # the last value of the year before, per indicator
    luar_jadwal: dict[int, ValidationError]

    @classmethod
    def muat(cls, unit: Unit, tahun: int, inds: Mapping[int, Indikator], tws: Iterable[int]) -> _Kewajaran:
        target = dict(Target.objects.filter(indikator_id__in=list(inds), tahun=tahun).order_by()
                      .values_list("indikator_id", "nilai"))
        # The PK's target is the one the grid shows; the latest version's wins over the Renstra's.
        for ind_id, nilai in (IndikatorPK.objects.filter(indikator_id__in=list(inds), sasaran__perjanjian__tahun=tahun)
                              .order_by("sasaran__perjanjian__nomor_perubahan", "pk")
                              .values_list("indikator_id", "target")):
            target[ind_id] = nilai
        lalu: dict[int, tuple[int, Decimal]] = {}
        for ind_id, bagian, nilai in (Realisasi.objects.filter(indikator_id__in=list(inds), tahun=tahun - 1)
                                      .order_by().values_list("indikator_id", "bagian", "nilai")):
            akhir = _AKHIR[Bagian(bagian)]
            if ind_id not in lalu or akhir > lalu[ind_id][0]:
                lalu[ind_id] = (akhir, nilai)
        return cls(satuan_bulat(unit.pemda_id), target, {i: v for i, (_, v) in lalu.items()},
                   di_luar_jadwal(unit.pemda_id, tahun, tws))

    def periksa(self, ind: Indikator, tahun: int, bagian: Bagian, baru: Decimal | None,
                tahunan: Mapping[Bagian, Decimal], alasan: str) -> None:
        """Refuse a fraction of a count, a share above 100 %, or an unconfirmed far-off value."""
        label = f"Realisasi {ind.nama} {tahun} {LABEL_BAGIAN[bagian]}"
        if (tw := next((t for t in CAKUPAN_BAGIAN[bagian] if t in self.luar_jadwal), None)) is not None:
            raise self.luar_jadwal[tw]
        if self.satuan.dihitung_utuh(ind.satuan) and (pesan := galat_bulat(baru, ind.satuan)):
            raise ValidationError({"nilai": f"{label}: {pesan}."}, code="bulat")
        if persen_bagian(ind.nama, ind.satuan) and (pesan := galat_persen(baru)):
            raise ValidationError({"nilai": f"{label}: {pesan}."}, code="persen")
        if alasan.strip():
            return
        sebelum = [(_AKHIR[b], v) for b, v in tahunan.items() if _AKHIR[b] < _AKHIR[bagian]]
        sebelumnya = max(sebelum)[1] if sebelum else self.tahun_lalu.get(ind.pk)
        tanya = pertanyaan_kewajaran(baru, self.target.get(ind.pk), sebelumnya)
        if tanya:
            raise PerluKonfirmasi(f"{label}: {tanya}. Periksa isian ini; bila memang benar, simpan lagi "
                                  "dengan konfirmasi dan alasannya.", tanya)


def triwulan_tertutup(unit: Unit, tahun: int, triwulan: Iterable[int]) -> dict[int, ValidationError]:
    """The refusal ``pastikan_terbuka_tahun`` gives for each closed triwulan among ``triwulan``.

    One query when all are drafts (the usual save); only when one is closed, one more per triwulan
    asked (four at most), so that each refused cell gets the message of its own triwulan.
    """
    semua = sorted(set(triwulan))
    try:
        pastikan_terbuka_tahun(unit, {tahun: semua})
        return {}
    except ValidationError:
        pass
    tertutup: dict[int, ValidationError] = {}
    for tw in semua:
        try:
            pastikan_terbuka_tahun(unit, {tahun: [tw]})
        except ValidationError as exc:
            tertutup[tw] = exc
    return tertutup


def _galat_tertutup(bagian: Bagian, tertutup: Mapping[int, ValidationError]) -> ValidationError | None:
    """The refusal of the first closed triwulan a value covers (as ``pastikan_terbuka_tahun`` names it)."""
    return next((tertutup[tw] for tw in CAKUPAN_BAGIAN[bagian] if tw in tertutup), None)


@transaction.atomic
def simpan_realisasi_batch(unit: Unit, tahun: int, isian: Sequence[IsianNilai], *,
                           sebagian: bool = False) -> dict[int, ValidationError]:
    """Store many realisasi cells of one unit-year in a fixed number of queries; the refusals by position.

    Each cell is checked in order as if it were saved alone, against the values the cells
    before it leave: the value the caller started from, the number's bounds, a derived
    indicator, a submitted or locked triwulan, and triwulan/semester/annual values mixed in
    one year. With ``sebagian`` the valid cells are stored and the refused ones returned
    (the web grid); without, the first refusal is returned and nothing is stored (API, import).
    The indicators are locked first (select_for_update), so two saves of the same cells run
    one after the other and the later one sees the earlier one's values.
    """
    ids = sorted({x.indikator_id for x in isian})
    inds = {i.pk: i for i in Indikator.objects.select_for_update().filter(unit=unit, pk__in=ids).order_by("pk")}
    awal: dict[tuple[int, Bagian], Realisasi] = {
        (r.indikator_id, Bagian(r.bagian)): r
        for r in Realisasi.objects.filter(indikator_id__in=list(inds), tahun=tahun)
    }
    turunan = {t.indikator_id: t for t in IndikatorTurunan.objects.filter(indikator_id__in=list(inds),
                                                                          mulai_tahun__lte=tahun)}
    tws = {tw for x in isian if x.indikator_id in inds and x.bagian in _BAGIAN for tw in CAKUPAN_BAGIAN[Bagian(x.bagian)]}
    tertutup = triwulan_tertutup(unit, tahun, tws)
    wajar = _Kewajaran.muat(unit, tahun, inds, tws)
    nilai: dict[int, dict[Bagian, Decimal]] = {i: {} for i in inds}  # the year as the cells so far leave it
    for (i, b), r in awal.items():
        nilai[i][b] = r.nilai
    ditolak: dict[int, ValidationError] = {}
    berubah: list[Perubahan] = []
    dikonfirmasi: dict[str, list[Perubahan]] = {}
    for i, x in enumerate(isian):
        try:
            lama, baru = _periksa_sel(inds.get(x.indikator_id), tahun, x, nilai, turunan, tertutup)
            if lama != baru:
                wajar.periksa(inds[x.indikator_id], tahun, Bagian(x.bagian), baru, nilai[x.indikator_id],
                              x.alasan)
        except ValidationError as exc:
            ditolak[i] = exc
            if not sebagian:
                return ditolak
            continue
        ind, bagian = inds[x.indikator_id], Bagian(x.bagian)
        if lama != baru:
            # A confirmed value keeps its reason in the trail, next to the value.
            (dikonfirmasi.setdefault(x.alasan.strip(), []) if x.alasan.strip() else berubah).append(
                Perubahan("realisasi.realisasi", f"{ind.pk}/{tahun}/{bagian.value}", f"Realisasi {ind.nama} {tahun}",
                          bagian.value, lama, baru, unit_id=unit.pk, indikator_id=ind.pk, tahun=tahun))
        if baru is None:
            nilai[ind.pk].pop(bagian, None)
        else:
            nilai[ind.pk][bagian] = baru
    catat(berubah)
    for alasan, rows in dikonfirmasi.items():
        catat(rows, alasan=f"Konfirmasi nilai di luar kewajaran: {alasan}")
    _tulis_nilai(tahun, awal, nilai)
    return ditolak


_BAGIAN = {b.value for b in Bagian}


def _periksa_sel(ind: Indikator | None, tahun: int, x: IsianNilai, nilai: Mapping[int, Mapping[Bagian, Decimal]],
                 turunan: Mapping[int, IndikatorTurunan],
                 tertutup: Mapping[int, ValidationError]) -> tuple[Decimal | None, Decimal | None]:
    """The cell's value before and as it will be stored, or the refusal a save of it alone would give."""
    if ind is None:
        raise ValidationError("Indikator tidak ditemukan pada perangkat daerah ini.")
    if x.bagian not in _BAGIAN:
        raise ValidationError(f"Bagian {x.bagian} tidak dikenal.")
    bagian = Bagian(x.bagian)
    tahunan = nilai[ind.pk]
    lama = tahunan.get(bagian)
    if x.periksa_semula and lama != x.semula:
        raise KonflikRealisasi(
            f"Realisasi {ind.nama} {tahun} {bagian.value} sudah diubah orang lain menjadi "
            f"{'kosong' if lama is None else angka_ringkas(lama)} sejak Anda membukanya; muat ulang dan periksa "
            "sebelum menyimpan lagi.", kini=lama)
    baru = periksa_nilai_indikator(x.nilai, ind.satuan, label=f"Realisasi {ind.nama} {tahun} {bagian.value}")
    t = turunan.get(ind.pk)
    if t is not None and baru is not None:
        raise ValidationError(f"Realisasi {ind.nama} tahun {tahun} dihitung otomatis "
                              f"({t.get_fungsi_display().lower()}); tidak diisi manual.")
    if lama != baru and (galat := _galat_tertutup(bagian, tertutup)) is not None:
        raise galat
    kept = {b for b in tahunan if b != bagian} | ({bagian} if baru is not None else set())
    groups = {_GROUPS[b] for b in kept}
    if len(groups) > 1:
        raise ValidationError(f"Realisasi {ind.nama} tahun {tahun} tidak boleh mencampur nilai "
                              f"{' dan '.join(sorted(groups))}; isi salah satu saja.")
    return lama, baru


def _tulis_nilai(tahun: int, awal: Mapping[tuple[int, Bagian], Realisasi],
                 nilai: Mapping[int, Mapping[Bagian, Decimal]]) -> None:
    """Bring the stored rows to ``nilai``: one delete, one insert and one update at most."""
    hapus = [r.pk for (i, b), r in awal.items() if b not in nilai[i]]
    baru = [Realisasi(indikator_id=i, tahun=tahun, bagian=b.value, nilai=v) for i, per in nilai.items()
            for b, v in per.items() if (i, b) not in awal]
    ubah = []
    for (i, b), r in awal.items():
        if b in nilai[i] and nilai[i][b] != r.nilai:
            r.nilai = nilai[i][b]
            ubah.append(r)
    if hapus:
        Realisasi.objects.filter(pk__in=hapus).delete()
    Realisasi.objects.bulk_create(baru)
    Realisasi.objects.bulk_update(ubah, ["nilai"])


# --- narratives saved against the text the caller started from ------------------------------------


class KonflikNarasi(ValidationError):
    """Someone else saved this narrative after the caller loaded it; ``kini`` is the text stored now."""

    def __init__(self, message: str, kini: str) -> None:
        super().__init__(message, code="konflik")
        self.kini = kini


def _sama(a: str | None, b: str | None) -> bool:
    # A browser sends textarea lines as CRLF and may drop a leading newline: compare the text itself.
    return (a or "").replace("\r\n", "\n").strip() == (b or "").replace("\r\n", "\n").strip()


def _jaga_narasi(kini: str, teks: str, semula: str | None, nama: str) -> bool:
    """Whether ``teks`` must be written; KonflikNarasi when the stored text moved away from ``semula``."""
    if _sama(kini, teks):
        return False  # already so (the caller left it, or someone typed the same)
    if semula is not None and not _sama(kini, semula):
        raise KonflikNarasi(f"Narasi {nama} sudah diubah orang lain sejak Anda membukanya.", kini)
    return True


@transaction.atomic
def simpan_narasi_indikator_bersyarat(indikator: Indikator, tahun: int, bidang: str, teks: str,
                                      semula: str | None) -> bool:
    """Store one narrative field of an indicator-year only if it still reads ``semula``; True if written.

    ``semula`` None writes unconditionally. Only ``bidang`` changes: the other fields of the row
    keep what they hold. The indicator row is locked so two saves run one after the other.
    """
    if bidang not in ("faktor_pendorong", "faktor_penghambat", "solusi", "rencana_tindak_lanjut"):
        raise ValidationError(f"Bidang narasi {bidang} tidak dikenal.")
    Indikator.objects.select_for_update().filter(pk=indikator.pk).first()
    kini = NarasiIndikator.objects.filter(indikator=indikator, tahun=tahun).values_list(bidang, flat=True).first()
    if not _jaga_narasi(kini or "", teks, semula, f"{indikator.nama} {tahun} ({bidang})"):
        return False
    simpan_narasi_indikator(indikator, tahun, **{bidang: teks})
    return True


@transaction.atomic
def simpan_narasi_unit_bersyarat(unit: Unit, tahun: int, jenis: str, teks: str, semula: str | None) -> bool:
    """Store (or, emptied, remove) one narrative of a PD-year only if it still reads ``semula``; True if written."""
    Unit.objects.select_for_update().filter(pk=unit.pk).first()
    kini = NarasiUnit.objects.filter(unit=unit, tahun=tahun, jenis=jenis).values_list("teks", flat=True).first()
    if not _jaga_narasi(kini or "", teks, semula, f"{unit.nama} {tahun} ({jenis})"):
        return False
    if teks.strip():
        simpan_narasi_unit(unit, tahun, jenis, teks)
    else:
        hapus_narasi_unit(unit, tahun, jenis)
    return True
