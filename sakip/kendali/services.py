"""The one write path of the in-year control settings, and the checks the other services call.

``satuan_bulat``, ``pengaturan`` and ``pastikan_dalam_jadwal`` only read: the realisasi and
anggaran services call them before storing a value.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sakip.audit.services import Perubahan, catat, isi, perubahan_objek
from sakip.core import formatting as fmt
from sakip.core.aggregation import ROMAWI
from sakip.core.kewajaran import SATUAN_BULAT_AWAL, AturanSatuan, kunci_satuan
from sakip.organisasi.models import Pemda

from .models import JadwalPengisian, PengaturanKendali, Satuan

_AWAL = {kunci_satuan(s) for s in SATUAN_BULAT_AWAL}
_MEDAN_PENGATURAN = ("izin_melebihi_pagu", "kelengkapan_peringatan", "izin_di_luar_jadwal", "hari_pengingat")


def satuan_bulat(pemda_id: int) -> AturanSatuan:
    """Which units take whole numbers only in a Pemda: the seeded count units, as the Admin Pemda set them."""
    bulat, pecahan = set(_AWAL), set()
    for kunci, b in Satuan.objects.filter(pemda_id=pemda_id).values_list("kunci", "bulat"):
        if b:
            bulat.add(kunci)
        else:
            bulat.discard(kunci)
            pecahan.add(kunci)
    return AturanSatuan(frozenset(bulat), frozenset(pecahan))


def daftar_satuan(pemda: Pemda, dipakai: Iterable[str] = ()) -> list[tuple[str, bool, bool]]:
    """(name, bulat, stored) of the seeded count units, the Pemda's rows and the units in use."""
    rows = {s.kunci: s for s in Satuan.objects.filter(pemda=pemda)}
    nama = {kunci_satuan(s): s for s in [*SATUAN_BULAT_AWAL, *dipakai] if s.strip()}
    nama.update({k: s.nama for k, s in rows.items()})
    aturan = satuan_bulat(pemda.pk)
    return sorted(((n, aturan.dihitung_utuh(n), k in rows) for k, n in nama.items()), key=lambda x: x[0].casefold())


@transaction.atomic
def atur_satuan(pemda: Pemda, nama: str, bulat: bool) -> Satuan:
    """Set whether a unit of the Pemda takes whole numbers only (audited)."""
    nama = " ".join(nama.split())
    if not nama:
        raise ValidationError({"nama": "Nama satuan wajib diisi."})
    kunci = kunci_satuan(nama)
    lama = satuan_bulat(pemda.pk).dihitung_utuh(nama)
    obj, _ = Satuan.objects.update_or_create(pemda=pemda, kunci=kunci, defaults={"nama": nama[:60], "bulat": bulat})
    catat([Perubahan("kendali.satuan", obj.pk, f"Satuan {nama}", "bulat", "ya" if lama else "tidak",
                     "ya" if bulat else "tidak")])
    return obj


def pengaturan(pemda_id: int) -> PengaturanKendali:
    """The Pemda's settings (defaults when never set; not stored by reading)."""
    return PengaturanKendali.objects.filter(pemda_id=pemda_id).first() or PengaturanKendali(pemda_id=pemda_id)


@transaction.atomic
def atur_pengaturan_kendali(pemda: Pemda, **nilai: object) -> PengaturanKendali:
    """Change the Admin Pemda's choices (fields of ``PengaturanKendali``), audited field by field."""
    tak_dikenal = set(nilai) - set(_MEDAN_PENGATURAN)
    if tak_dikenal:
        raise ValidationError(f"Pengaturan {', '.join(sorted(tak_dikenal))} tidak dikenal.")
    obj = PengaturanKendali.objects.select_for_update().filter(pemda=pemda).first()
    lama = isi(obj, _MEDAN_PENGATURAN) if obj else None
    obj = obj or PengaturanKendali(pemda=pemda)
    for k, v in nilai.items():
        setattr(obj, k, v)
    obj.full_clean(exclude=["pemda"])
    obj.save()
    catat(perubahan_objek("kendali.pengaturankendali", obj.pk, f"Pengaturan kendali {pemda}", lama,
                          isi(obj, _MEDAN_PENGATURAN)))
    return obj


def _nama_jadwal(tahun: int, triwulan: int) -> str:
    return f"Triwulan {ROMAWI.get(triwulan, triwulan)} {tahun}"


@transaction.atomic
def atur_jadwal_pengisian(pemda: Pemda, tahun: int, triwulan: int, mulai: date | None,
                          selesai: date | None) -> JadwalPengisian | None:
    """Set (or, with both dates empty, remove) the entry window of a triwulan."""
    if triwulan not in ROMAWI:
        raise ValidationError({"triwulan": f"Triwulan {triwulan} tidak ada; pilih 1 sampai 4."})
    obj = JadwalPengisian.objects.select_for_update().filter(pemda=pemda, tahun=tahun, triwulan=triwulan).first()
    lama = isi(obj, ("mulai", "selesai")) if obj else None
    nama = f"Jadwal pengisian {_nama_jadwal(tahun, triwulan)}"
    if mulai is None and selesai is None:
        if obj is not None:
            pk = obj.pk
            obj.delete()
            catat(perubahan_objek("kendali.jadwalpengisian", pk, nama, lama, None))
        return None
    if mulai is None or selesai is None:
        raise ValidationError({"mulai" if mulai is None else "selesai":
                               f"{nama}: isi tanggal mulai dan tanggal selesai."})
    if selesai < mulai:
        raise ValidationError({"selesai": f"{nama}: tanggal selesai {fmt.tanggal(selesai)} sebelum tanggal "
                                          f"mulai {fmt.tanggal(mulai)}."})
    obj = obj or JadwalPengisian(pemda=pemda, tahun=tahun, triwulan=triwulan)
    obj.mulai, obj.selesai = mulai, selesai
    obj.save()
    catat(perubahan_objek("kendali.jadwalpengisian", obj.pk, nama, lama, isi(obj, ("mulai", "selesai"))))
    return obj


def jadwal_tahun(pemda_id: int, tahun: int) -> dict[int, JadwalPengisian]:
    """The entry windows set for a year, by triwulan."""
    return {j.triwulan: j for j in JadwalPengisian.objects.filter(pemda_id=pemda_id, tahun=tahun)}


def di_luar_jadwal(pemda_id: int, tahun: int, triwulan: Iterable[int],
                  hari_ini: date | None = None) -> dict[int, ValidationError]:
    """The refusal of each triwulan among ``triwulan`` whose entry window is not open today.

    Empty when no window is set, when today is inside it, or when the Pemda allows entering
    outside the windows (one query, two when a window is closed).
    """
    tws = sorted(set(triwulan))
    if not tws:
        return {}
    hari_ini = hari_ini or timezone.localdate()
    di_luar = [j for j in JadwalPengisian.objects.filter(pemda_id=pemda_id, tahun=tahun, triwulan__in=tws)
               if not j.mulai <= hari_ini <= j.selesai]
    if not di_luar or pengaturan(pemda_id).izin_di_luar_jadwal:
        return {}
    out = {}
    for j in di_luar:
        kapan = "belum dibuka" if hari_ini < j.mulai else "sudah ditutup"
        out[j.triwulan] = ValidationError(
            f"Jadwal pengisian {_nama_jadwal(j.tahun, j.triwulan)} ({fmt.tanggal(j.mulai)} s.d. "
            f"{fmt.tanggal(j.selesai)}) {kapan}; isian ditolak. Minta Admin Pemda mengizinkan pengisian "
            "di luar jadwal bila perlu.", code="jadwal")
    return out


def pastikan_dalam_jadwal(pemda_id: int, tahun: int, triwulan: Iterable[int], hari_ini: date | None = None) -> None:
    """Refuse entering a triwulan outside its window, unless the Pemda allows it."""
    galat = di_luar_jadwal(pemda_id, tahun, triwulan, hari_ini)
    if galat:
        raise galat[min(galat)]
