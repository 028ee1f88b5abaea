"""The one write path for budget lines and their realisation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.audit.services import Perubahan, catat
from sakip.core.aggregation import ROMAWI
from sakip.core.batas import JenisAngka
from sakip.core.budget import TingkatAnggaran
from sakip.core.codes import KodeError, kode_induk, normalise_kode, tingkat_kode
from sakip.core.formatting import persen, rupiah
from sakip.core.kewajaran import melebihi_pagu
from sakip.kendali.services import di_luar_jadwal, pengaturan
from sakip.organisasi.angka import periksa_angka
from sakip.organisasi.models import Unit
from sakip.realisasi.alur import pastikan_terbuka
from sakip.realisasi.services import triwulan_tertutup

from .models import MataAnggaran, RealisasiAnggaran

_PARENT = {TingkatAnggaran.KEGIATAN: TingkatAnggaran.PROGRAM, TingkatAnggaran.SUB_KEGIATAN: TingkatAnggaran.KEGIATAN}


def _catat_baris(line: MataAnggaran, field: str, lama: object, baru: object, alasan: str = "") -> None:
    catat([Perubahan("anggaran.mataanggaran", line.pk, f"{line.get_tingkat_display()} {line}", field, lama, baru,
                     unit_id=line.unit_id, tahun=line.tahun)], alasan=alasan)


@transaction.atomic
def tambah_mata_anggaran(unit: Unit, tahun: int, *, tingkat: str, nama: str, kode: str = "",
                      induk: MataAnggaran | None = None, pagu: Decimal | None = None,
                      pelaksana: Unit | None = None, urutan: int = 0, alasan: str = "") -> MataAnggaran:
    """Add one DPA line under its parent; audited as one trail row (the pagu, or the name of a sum line)."""
    pagu = periksa_angka(pagu, JenisAngka.RUPIAH, field="pagu", label=f"Pagu {nama}")
    t = TingkatAnggaran(tingkat)
    if kode:
        kode = normalise_kode(kode)
        try:
            if tingkat_kode(kode) is not t:
                raise ValidationError({"kode": f"Kode {kode} bukan kode {t.value.replace('_', ' ')}."})
        except KodeError as exc:
            raise ValidationError({"kode": str(exc)}) from exc
    expected = _PARENT.get(t)
    if expected is None and induk is not None:
        raise ValidationError({"induk": "Program tidak mempunyai induk."})
    if expected is not None and (induk is None or induk.tingkat != expected.value):
        raise ValidationError({"induk": f"{t.value.replace('_', ' ').title()} harus berada di bawah "
                                        f"{expected.value.replace('_', ' ')}."})
    if induk is not None and (induk.unit_id, induk.tahun) != (unit.pk, tahun):
        raise ValidationError({"induk": "Induk harus pada unit dan tahun yang sama."})
    if pelaksana is not None and pelaksana.induk_id != unit.pk:
        raise ValidationError({"pelaksana": f"{pelaksana} bukan sub unit {unit}."})
    line = MataAnggaran(unit=unit, tahun=tahun, tingkat=t.value, nama=nama, kode=kode, induk=induk,
                        pagu=pagu, pelaksana=pelaksana, urutan=urutan)
    line.full_clean(exclude=["unit", "induk", "pelaksana"])  # passed as saved instances
    line.save()
    # One row per created line: a sub kegiatan's pagu is the figure that matters; a program or
    # kegiatan has no figure of its own (its pagu is a sum), so its name records the creation.
    if t is TingkatAnggaran.SUB_KEGIATAN:
        _catat_baris(line, "pagu", None, line.pagu, alasan)
    else:
        _catat_baris(line, "nama", None, line.nama, alasan)
    return line


@transaction.atomic
def atur_penjelasan_selisih_pk(line: MataAnggaran, teks: str) -> bool:
    """Store why a PK budget row (program or kegiatan) differs from its DPA line; False when unchanged."""
    if line.tingkat == TingkatAnggaran.SUB_KEGIATAN.value:
        raise ValidationError("Penjelasan selisih anggaran PK dicatat pada baris program atau kegiatan.")
    teks = (teks or "").strip()
    if len(teks) > 2000:
        raise ValidationError("Penjelasan selisih paling banyak 2.000 karakter.")
    lama = MataAnggaran.objects.filter(pk=line.pk).values_list("penjelasan_selisih_pk", flat=True).get()
    if lama == teks:
        return False
    MataAnggaran.objects.filter(pk=line.pk).update(penjelasan_selisih_pk=teks)
    line.penjelasan_selisih_pk = teks
    _catat_baris(line, "penjelasan_selisih_pk", lama, teks)
    return True


def periksa_pagu(pagu: Decimal | None, label: str = "Pagu") -> Decimal:
    """The pagu as stored, or a refusal: missing, negative, fractions of a sen, beyond the DPA's column."""
    if pagu is None:
        raise ValidationError({"pagu": "Sub kegiatan harus mempunyai pagu."})
    return cast(Decimal, periksa_angka(pagu, JenisAngka.RUPIAH, field="pagu", label=label))  # not None in


@transaction.atomic
def tambah_sub_kegiatan(kegiatan: MataAnggaran, *, kode: str, nama: str, pagu: Decimal,
                     pelaksana: Unit | None = None, alasan: str = "") -> MataAnggaran:
    """Add a sub kegiatan with its pagu under an existing kegiatan, placed after its siblings."""
    if kegiatan.tingkat != TingkatAnggaran.KEGIATAN.value:
        raise ValidationError({"induk": "Sub kegiatan baru harus berada di bawah kegiatan."})
    kode = normalise_kode(kode)
    try:
        t = tingkat_kode(kode)
    except KodeError as exc:
        raise ValidationError({"kode": str(exc)}) from exc
    if t is not TingkatAnggaran.SUB_KEGIATAN:
        raise ValidationError({"kode": f"Kode {kode} bukan kode sub kegiatan."})
    if kegiatan.kode and kode_induk(kode) != kegiatan.kode:
        raise ValidationError({"kode": f"Kode {kode} tidak berada di bawah kegiatan {kegiatan.kode}."})
    ada = MataAnggaran.objects.filter(unit_id=kegiatan.unit_id, tahun=kegiatan.tahun, tingkat=TingkatAnggaran.SUB_KEGIATAN.value,
                                      kode=kode, pelaksana=pelaksana)
    if ada.exists():
        raise ValidationError({"kode": f"Sub kegiatan {kode} sudah ada pada DPA {kegiatan.unit.nama} "
                                       f"{kegiatan.tahun}."})
    pagu = periksa_pagu(pagu, f"Pagu {kode} {nama}")
    # Lines are ordered by (urutan, pk): the sibling's urutan with a larger pk sorts right after it.
    urutan = max((a.urutan for a in kegiatan.anak.all()), default=kegiatan.urutan)
    return tambah_mata_anggaran(kegiatan.unit, kegiatan.tahun, tingkat=TingkatAnggaran.SUB_KEGIATAN.value, nama=nama,
                             kode=kode, induk=kegiatan, pagu=pagu, pelaksana=pelaksana, urutan=urutan,
                             alasan=alasan)


@transaction.atomic
def ubah_pagu(line: MataAnggaran, pagu: Decimal, alasan: str = "") -> bool:
    """Change a sub kegiatan's pagu (DPA perubahan, pergeseran); returns whether it changed.

    Refused below the realisasi already recorded on the line: money spent cannot be
    un-budgeted. Realisasi above an unchanged pagu stays allowed (it is a fact the operator
    reports, flagged by the reviu rule ANGGARAN_MELEBIHI_PAGU), but a pagu change never
    creates that finding itself.
    """
    if line.tingkat != TingkatAnggaran.SUB_KEGIATAN.value:
        raise ValidationError({"pagu": "Pagu hanya diisi pada sub kegiatan; program dan kegiatan dijumlahkan."})
    pagu = periksa_pagu(pagu, f"Pagu {line}")
    # Locked so that two pagu changes of the same line cannot both read the same old value.
    tersimpan = MataAnggaran.objects.select_for_update().get(pk=line.pk)
    lama = tersimpan.pagu
    if lama == pagu:
        line.pagu = lama
        return False
    terpakai = sum(RealisasiAnggaran.objects.filter(mata_anggaran=line).values_list("jumlah", flat=True),
                   Decimal(0))
    if pagu < terpakai:
        raise ValidationError({"pagu": f"Pagu baru {rupiah(pagu)} untuk {line} lebih kecil daripada realisasi "
                                       f"yang sudah dicatat ({rupiah(terpakai)}); perbaiki realisasinya dahulu "
                                       "atau isi pagu paling sedikit sebesar realisasi."})
    MataAnggaran.objects.filter(pk=line.pk).update(pagu=pagu)
    line.pagu = pagu
    _catat_baris(line, "pagu", lama, pagu, alasan)
    return True


@transaction.atomic
def catat_realisasi_anggaran(line: MataAnggaran, values: Mapping[int, Decimal | None]) -> None:
    """Money spent within each triwulan of a sub kegiatan; None clears a triwulan."""
    values = {tw: periksa_angka(v, JenisAngka.RUPIAH, field="jumlah",
                                label=f"Realisasi anggaran {line} triwulan {tw}") for tw, v in values.items()}
    if line.tingkat != TingkatAnggaran.SUB_KEGIATAN.value:
        raise ValidationError("Realisasi anggaran hanya dicatat pada sub kegiatan.")
    existing = {r.triwulan: r for r in RealisasiAnggaran.objects.filter(mata_anggaran=line)}
    semula = {tw: r.jumlah for tw, r in existing.items()}  # before the loop below changes the rows
    new, changed, cleared = [], [], []
    for tw, jumlah in values.items():
        tw = int(tw)
        if not 1 <= tw <= 4:
            raise ValidationError(f"Triwulan {tw} tidak ada; isi 1 sampai 4.")
        row = existing.get(tw)
        if jumlah is None:
            if row is not None:
                cleared.append(row.pk)
            continue
        if jumlah < 0:
            raise ValidationError(f"Realisasi triwulan {tw} {line.nama} tidak boleh negatif.")
        if row is None:
            new.append(RealisasiAnggaran(mata_anggaran=line, triwulan=tw, jumlah=jumlah))
        elif row.jumlah != jumlah:
            row.jumlah = jumlah
            changed.append(row)
    _jaga_dan_catat(line, semula, values)
    RealisasiAnggaran.objects.filter(pk__in=cleared).delete()
    RealisasiAnggaran.objects.bulk_create(new)
    RealisasiAnggaran.objects.bulk_update(changed, ["jumlah"])


def _jaga_dan_catat(line: MataAnggaran, semula: Mapping[int, Decimal],
                    values: Mapping[int, Decimal | None]) -> None:
    """Refuse changes to submitted/locked triwulans, then record one trail entry per changed amount."""
    berubah = [(int(tw), semula.get(int(tw)), v) for tw, v in values.items() if semula.get(int(tw)) != v]
    pastikan_terbuka(line.unit_id, line.tahun, [tw for tw, *_ in berubah])
    catat(Perubahan("anggaran.realisasianggaran", f"{line.pk}/{tw}", f"Realisasi anggaran {line}",
                    f"TW{tw}", old, new, unit_id=line.unit_id, tahun=line.tahun)
          for tw, old, new in berubah)


class KonflikRealisasiAnggaran(ValidationError):
    """Someone else saved this budget realisasi after the caller loaded it; ``kini`` is the amount stored now."""

    def __init__(self, message: str, kini: Decimal | None = None) -> None:
        super().__init__(message, code="konflik")
        self.kini = kini


@transaction.atomic
def simpan_realisasi_anggaran_bersyarat(line: MataAnggaran, triwulan: int, nilai: Decimal | None,
                                        semula: Decimal | None) -> None:
    """Store one triwulan's amount only if it still equals ``semula``, the amount the caller started from.

    The line row is locked first (select_for_update), so two saves of the same sub kegiatan
    run one after the other and the later one sees the earlier one's amount. The row is the
    lock, not the realisasi row: an empty triwulan has no realisasi row to lock yet.
    """
    ditolak = simpan_realisasi_anggaran_batch(line.unit, line.tahun,
                                              [IsianJumlah(line.pk, triwulan, nilai, semula, True)])
    if ditolak:
        raise ditolak[0]


@dataclass(frozen=True)
class IsianJumlah:
    """One budget cell to store (``jumlah`` None clears it); with ``periksa_semula`` only if it still holds ``semula``."""

    mata_anggaran_id: int
    triwulan: int
    jumlah: Decimal | None
    semula: Decimal | None = None
    periksa_semula: bool = False
    alasan: str = ""  # why the year's realisasi may exceed the pagu (only where the Pemda allows it)


class MelebihiPagu(ValidationError):
    """The year's realisasi of a sub kegiatan would exceed its pagu; ``boleh`` when a reason would let it in."""

    def __init__(self, message: str, boleh: bool) -> None:
        super().__init__(message, code="melebihi_pagu")
        self.boleh = boleh


def _periksa_pagu_tahun(line: MataAnggaran, tw: int, baru: Decimal | None, jumlah: Mapping[tuple[int, int], Decimal],
                        izin: bool, alasan: str) -> None:
    """Refuse a year's realisasi above the pagu, unless the Pemda allows it and a reason is given."""
    setahun = sum((v for (m, t), v in jumlah.items() if m == line.pk and t != tw), Decimal(0)) + (baru or 0)
    if not melebihi_pagu(setahun, line.pagu) or (izin and alasan.strip()):
        return
    bagian = f" ({persen(setahun / line.pagu * 100)} dari pagu)" if line.pagu else ""
    pesan = (f"Realisasi anggaran {line} Triwulan {ROMAWI.get(tw, tw)}: jumlah setahun {rupiah(setahun)}{bagian} "
             f"melebihi pagu {rupiah(line.pagu)}; ")
    pesan += ("simpan lagi dengan alasannya bila memang benar." if izin else
              "ditolak. Perbaiki isian, ubah pagu (DPA perubahan), atau minta Admin Pemda mengizinkan "
              "realisasi melebihi pagu dengan alasan.")
    raise MelebihiPagu(pesan, boleh=izin)


@transaction.atomic
def simpan_realisasi_anggaran_batch(unit: Unit, tahun: int, isian: Sequence[IsianJumlah], *,
                                    sebagian: bool = False) -> dict[int, ValidationError]:
    """Store many budget cells of one PD-year in a fixed number of queries; the refusals by position.

    As ``realisasi.services.simpan_realisasi_batch``: each cell is checked in order as if it were
    saved alone (the amount the caller started from, the amount's bounds, a sub kegiatan, the
    triwulan, a submitted or locked triwulan); with ``sebagian`` the valid cells are stored,
    without it the first refusal is returned and nothing is stored. The lines are locked first.
    """
    ids = sorted({x.mata_anggaran_id for x in isian})
    lines = {m.pk: m for m in MataAnggaran.objects.select_for_update().filter(unit=unit, tahun=tahun, pk__in=ids)
             .order_by("pk")}
    awal = {(r.mata_anggaran_id, r.triwulan): r
            for r in RealisasiAnggaran.objects.filter(mata_anggaran_id__in=list(lines))}
    tws = {x.triwulan for x in isian if x.mata_anggaran_id in lines}
    tertutup = triwulan_tertutup(unit, tahun, tws)
    luar_jadwal = di_luar_jadwal(unit.pemda_id, tahun, tws)
    izin = pengaturan(unit.pemda_id).izin_melebihi_pagu
    jumlah = {k: r.jumlah for k, r in awal.items()}  # the amounts as the cells so far leave them
    ditolak: dict[int, ValidationError] = {}
    berubah: list[Perubahan] = []
    dengan_alasan: dict[str, list[Perubahan]] = {}
    for i, x in enumerate(isian):
        try:
            lama, baru = _periksa_sel(lines.get(x.mata_anggaran_id), x, jumlah, tertutup)
            if lama != baru:
                if x.triwulan in luar_jadwal:
                    raise luar_jadwal[x.triwulan]
                _periksa_pagu_tahun(lines[x.mata_anggaran_id], x.triwulan, baru, jumlah, izin, x.alasan)
        except ValidationError as exc:
            ditolak[i] = exc
            if not sebagian:
                return ditolak
            continue
        line = lines[x.mata_anggaran_id]  # there: _periksa_sel refuses a missing line
        if lama != baru:
            (dengan_alasan.setdefault(x.alasan.strip(), []) if x.alasan.strip() else berubah).append(
                Perubahan("anggaran.realisasianggaran", f"{line.pk}/{x.triwulan}", f"Realisasi anggaran {line}",
                          f"TW{x.triwulan}", lama, baru, unit_id=unit.pk, tahun=tahun))
        if baru is None:
            jumlah.pop((line.pk, x.triwulan), None)
        else:
            jumlah[(line.pk, x.triwulan)] = baru
    catat(berubah)
    for alasan, rows in dengan_alasan.items():
        catat(rows, alasan=f"Realisasi melebihi pagu: {alasan}")
    hapus = [r.pk for k, r in awal.items() if k not in jumlah]
    baru_rows = [RealisasiAnggaran(mata_anggaran_id=m, triwulan=tw, jumlah=v) for (m, tw), v in jumlah.items()
                 if (m, tw) not in awal]
    ubah = []
    for k, r in awal.items():
        if k in jumlah and jumlah[k] != r.jumlah:
            r.jumlah = jumlah[k]
            ubah.append(r)
    if hapus:
        RealisasiAnggaran.objects.filter(pk__in=hapus).delete()
    RealisasiAnggaran.objects.bulk_create(baru_rows)
    RealisasiAnggaran.objects.bulk_update(ubah, ["jumlah"])
    return ditolak


def _periksa_sel(line: MataAnggaran | None, x: IsianJumlah, jumlah: Mapping[tuple[int, int], Decimal],
                 tertutup: Mapping[int, ValidationError]) -> tuple[Decimal | None, Decimal | None]:
    """The cell's amount before and as it will be stored, or the refusal a save of it alone would give."""
    if line is None:
        raise ValidationError("Sub kegiatan tidak ditemukan pada anggaran tahun ini.")
    tw = x.triwulan
    lama = jumlah.get((line.pk, tw))
    if x.periksa_semula and lama != x.semula:
        raise KonflikRealisasiAnggaran(
            f"Realisasi anggaran {line} Triwulan {ROMAWI.get(tw, tw)} sudah diubah orang lain menjadi "
            f"{'kosong' if lama is None else rupiah(lama)} sejak Anda membukanya; muat ulang dan periksa "
            "sebelum menyimpan lagi.", kini=lama)
    baru = periksa_angka(x.jumlah, JenisAngka.RUPIAH, field="jumlah", label=f"Realisasi anggaran {line} triwulan {tw}")
    if line.tingkat != TingkatAnggaran.SUB_KEGIATAN.value:
        raise ValidationError("Realisasi anggaran hanya dicatat pada sub kegiatan.")
    if not 1 <= tw <= 4:
        raise ValidationError(f"Triwulan {tw} tidak ada; isi 1 sampai 4.")
    if baru is not None and baru < 0:
        raise ValidationError(f"Realisasi triwulan {tw} {line.nama} tidak boleh negatif.")
    if lama != baru and tw in tertutup:
        raise tertutup[tw]
    return lama, baru
