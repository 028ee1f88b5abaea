"""The one write path of the triwulan approval workflow: draft → diajukan → disetujui → terkunci.

The operator submits, the Kepala PD approves (or sends back with a reason) and locks, the Admin
Pemda reopens with a reason. Every step checks the role through the policy module and writes
its trail. The services that write realisasi (here and in ``anggaran``) call
``pastikan_terbuka`` first, so a submitted or locked triwulan cannot change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from sakip.audit.services import Perubahan, catat
from sakip.core.aggregation import ROMAWI
from sakip.kendali.services import pengaturan
from sakip.notifikasi.services import beri_tahu_diajukan, beri_tahu_dikembalikan
from sakip.organisasi.akses import Aksi, allowed
from sakip.organisasi.models import Unit

from .kelengkapan import Kelengkapan, kelengkapan
from .models import Status, StatusTriwulan

# The trail keeps the label the model had when it lived in the audit app: rows already written
# say "audit.statustriwulan" and history is never rewritten, so new rows say it too and one
# triwulan's approvals stay one series (the reasons of a send-back are read back by this label).
MODEL_JEJAK = "audit.statustriwulan"


def _nama(unit: Unit, tahun: int, triwulan: int) -> str:
    return f"{unit.nama} tahun {tahun} Triwulan {ROMAWI.get(triwulan, triwulan)}"


def status_triwulan(unit: Unit, tahun: int) -> dict[int, Status]:
    """The status of every triwulan of a unit-year (draft when nothing is recorded)."""
    found = dict(StatusTriwulan.objects.filter(unit=unit, tahun=tahun).values_list("triwulan", "status"))
    return {tw: Status(found.get(tw, Status.DRAFT)) for tw in ROMAWI}


def pastikan_terbuka(unit: Unit | int, tahun: int, triwulan: Iterable[int]) -> None:
    """Refuse a write to a triwulan that is submitted, approved or locked."""
    pastikan_terbuka_tahun(unit, {tahun: triwulan})


def pastikan_terbuka_tahun(unit: Unit | int, per_tahun: Mapping[int, Iterable[int]]) -> None:
    """``pastikan_terbuka`` for several years of one unit in one query (every service write calls it)."""
    wanted = {int(t): set(tws) for t, tws in per_tahun.items()}
    wanted = {t: tws for t, tws in wanted.items() if tws}
    if not wanted:
        return
    unit_id = unit if isinstance(unit, int) else unit.pk
    tertutup = (StatusTriwulan.objects.filter(unit_id=unit_id, tahun__in=list(wanted))
                .exclude(status=Status.DRAFT).order_by("tahun", "triwulan"))
    for s in tertutup:
        if s.triwulan in wanted[s.tahun]:
            obj = unit if isinstance(unit, Unit) else Unit.objects.get(pk=unit_id)
            raise ValidationError(
                f"Realisasi {_nama(obj, s.tahun, s.triwulan)} berstatus {s.get_status_display().lower()}; "
                "perubahan ditolak. Minta Admin Pemda membuka kuncinya dengan alasan bila perlu diubah."
            )


def _pindah(user: User | AnonymousUser, unit: Unit, tahun: int, triwulan: int, aksi: Aksi,
            dari: set[Status], ke: Status, alasan: str = "") -> StatusTriwulan:
    if triwulan not in ROMAWI:
        raise ValidationError(f"Triwulan {triwulan} tidak ada; pilih 1 sampai 4.")
    if not allowed(user, unit, aksi):
        raise PermissionDenied(f"Anda tidak berhak {aksi.kata_kerja} realisasi {unit.nama}.")
    obj, _ = StatusTriwulan.objects.select_for_update().get_or_create(unit=unit, tahun=tahun, triwulan=triwulan)
    lama = Status(obj.status)
    if lama not in dari:
        boleh = " atau ".join(s.label.lower() for s in sorted(dari))
        raise ValidationError(
            f"Realisasi {_nama(unit, tahun, triwulan)} berstatus {lama.label.lower()}; "
            f"langkah ini hanya untuk status {boleh}."
        )
    obj.status = ke
    obj.diubah_oleh = user if isinstance(user, User) else None
    obj.diubah_pada = timezone.now()
    obj.save()
    catat([Perubahan(MODEL_JEJAK, obj.pk, f"Status realisasi {_nama(unit, tahun, triwulan)}",
                     "status", lama.value, ke.value, unit_id=unit.pk, tahun=tahun)], alasan=alasan,
          pengguna=obj.diubah_oleh)
    return obj


class BelumLengkap(ValidationError):
    """A triwulan with missing values cannot be submitted; ``kelengkapan`` lists them with links to the cells."""

    def __init__(self, k: Kelengkapan) -> None:
        super().__init__(k.ringkasan + " Lengkapi isian itu dahulu, lalu ajukan lagi.", code="belum_lengkap")
        self.kelengkapan = k


def _nama_pengguna(user: User | AnonymousUser) -> str:
    return (user.get_full_name() or user.get_username()) if isinstance(user, User) else ""


@transaction.atomic
def ajukan(user: User | AnonymousUser, unit: Unit, tahun: int, triwulan: int) -> StatusTriwulan:
    """The operator submits a triwulan's realisasi for approval (draft → diajukan).

    Refused while a PK indicator due that triwulan or a sub kegiatan with a pagu has no value
    (``kelengkapan``), unless the Admin Pemda turned the gate into a warning; the Kepala PD is
    told (in the inbox and by e-mail).
    """
    if triwulan in ROMAWI and allowed(user, unit, Aksi.ISI) and status_triwulan(unit, tahun)[triwulan] is Status.DRAFT:
        k = kelengkapan(unit, tahun, triwulan)
        if not k.lengkap and not pengaturan(unit.pemda_id).kelengkapan_peringatan:
            raise BelumLengkap(k)
    else:
        k = None
    obj = _pindah(user, unit, tahun, triwulan, Aksi.ISI, {Status.DRAFT}, Status.DIAJUKAN)
    catatan = "" if k is None or k.lengkap else f"Catatan: {k.ringkasan}"
    beri_tahu_diajukan(unit, tahun, triwulan, _nama_pengguna(user), catatan)
    return obj


@transaction.atomic
def setujui(user: User | AnonymousUser, unit: Unit, tahun: int, triwulan: int) -> StatusTriwulan:
    """The Kepala PD approves a submitted triwulan (diajukan → disetujui)."""
    return _pindah(user, unit, tahun, triwulan, Aksi.SETUJUI, {Status.DIAJUKAN}, Status.DISETUJUI)


@transaction.atomic
def kunci(user: User | AnonymousUser, unit: Unit, tahun: int, triwulan: int) -> StatusTriwulan:
    """The Kepala PD or Admin Pemda locks an approved triwulan (disetujui → terkunci)."""
    return _pindah(user, unit, tahun, triwulan, Aksi.SETUJUI, {Status.DISETUJUI}, Status.TERKUNCI)


@transaction.atomic
def tolak(user: User | AnonymousUser, unit: Unit, tahun: int, triwulan: int, alasan: str) -> StatusTriwulan:
    """The Kepala PD sends a submitted triwulan back to the operator (diajukan → draft)."""
    if not alasan.strip():
        raise ValidationError("Alasan pengembalian wajib diisi.")
    obj = _pindah(user, unit, tahun, triwulan, Aksi.SETUJUI, {Status.DIAJUKAN}, Status.DRAFT, alasan.strip())
    beri_tahu_dikembalikan(unit, tahun, triwulan, _nama_pengguna(user), alasan.strip())
    return obj


@transaction.atomic
def buka_kunci(user: User | AnonymousUser, unit: Unit, tahun: int, triwulan: int, alasan: str) -> StatusTriwulan:
    """The Admin Pemda reopens a triwulan for correction; the reason is kept in the trail."""
    if not alasan.strip():
        raise ValidationError("Alasan membuka kunci wajib diisi.")
    return _pindah(user, unit, tahun, triwulan, Aksi.KELOLA,
                   {Status.DIAJUKAN, Status.DISETUJUI, Status.TERKUNCI}, Status.DRAFT, alasan.strip())
