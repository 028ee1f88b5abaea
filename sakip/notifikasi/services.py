"""The one write path of notifications: in-app messages (the inbox) and the same by e-mail.

The approval workflow (``sakip.realisasi.alur``) tells the Kepala PD when a triwulan is
submitted and the operators when it is sent back; ``kirim_pengingat`` tells everyone of a PD
that an entry window closes soon (``sakip kirim-pengingat``, for cron: a reminder has a key,
so a second run sends nothing twice). E-mail goes through Django's e-mail backend
(``SAKIP_EMAIL_*`` settings); a failing mail server never blocks the workflow.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mass_mail
from django.db import transaction
from django.db.models import QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from sakip.audit.services import Perubahan, catat
from sakip.core import formatting as fmt
from sakip.core.aggregation import ROMAWI
from sakip.kendali.models import JadwalPengisian
from sakip.kendali.services import pengaturan
from sakip.organisasi.models import Keanggotaan, Pemda, Peran, Unit

from .models import Notifikasi

log = logging.getLogger(__name__)


def anggota_unit(unit: Unit, peran: Iterable[Peran]) -> list[User]:
    """The users holding one of ``peran`` on the unit or on its parent PD (one query)."""
    ids = [unit.pk, *([unit.induk_id] if unit.induk_id else [])]
    return list(User.objects.filter(is_active=True, keanggotaan__unit_id__in=ids,
                                    keanggotaan__peran__in=[p.value for p in peran]).distinct().order_by("username"))


def _tautan(nama: str, *args: object, query: str = "") -> str:
    try:
        return reverse(nama, args=list(args)) + (f"?{query}" if query else "")
    except NoReverseMatch:  # commands without the web URLs loaded
        return ""


@transaction.atomic
def kirim(penerima: Iterable[User], *, pemda: Pemda | int, jenis: str, judul: str, isi: str = "",
          tautan: str = "", unit: Unit | None = None, kunci: str = "") -> list[Notifikasi]:
    """Send one notification to each user (by e-mail too when they have an address); audited.

    With ``kunci`` a user who already has a notification of that key gets none.
    """
    pemda_id = pemda if isinstance(pemda, int) else pemda.pk
    users = list(dict.fromkeys(penerima))
    if kunci:
        sudah = set(Notifikasi.objects.filter(penerima__in=users, kunci=kunci).values_list("penerima_id", flat=True))
        users = [u for u in users if u.pk not in sudah]
    if not users:
        return []
    rows = Notifikasi.objects.bulk_create([
        Notifikasi(penerima=u, pemda_id=pemda_id, unit=unit, jenis=jenis, judul=judul[:200], isi=isi,
                   tautan=tautan[:300], kunci=kunci) for u in users])
    catat(Perubahan("notifikasi.notifikasi", n.pk if n.pk else "", f"Notifikasi {judul}"[:500], "penerima",
                    None, u.get_username(), unit_id=unit.pk if unit else None) for n, u in zip(rows, users, strict=True))
    surat = [(f"[Sakip] {judul}", f"{isi}\n\n{tautan}".strip(), settings.DEFAULT_FROM_EMAIL, [u.email])
             for u in users if u.email]
    if surat:
        transaction.on_commit(lambda: _kirim_surel(surat))
    return rows


def _kirim_surel(surat: Sequence[tuple[str, str, str, list[str]]]) -> None:
    try:
        send_mass_mail(tuple(surat), fail_silently=False)
    except OSError:  # the in-app notification is stored; the mail server's outage is logged
        log.exception("Surel notifikasi gagal dikirim (%d pesan)", len(surat))


def kotak_masuk(user: User) -> QuerySet[Notifikasi]:
    """The user's notifications, newest first."""
    return Notifikasi.objects.filter(penerima=user).select_related("unit")


def jumlah_belum_dibaca(user: User) -> int:
    """How many of the user's notifications are unread (the menu's badge)."""
    return Notifikasi.objects.filter(penerima=user, dibaca__isnull=True).count()


@transaction.atomic
def tandai_dibaca(user: User, ids: Iterable[int] | None = None) -> int:
    """Mark the user's notifications (all, or those of ``ids``) as read; another user's are never touched."""
    qs = Notifikasi.objects.filter(penerima=user, dibaca__isnull=True)
    if ids is not None:
        qs = qs.filter(pk__in=list(ids))
    rows = list(qs.values_list("pk", "judul"))
    qs.update(dibaca=timezone.now())
    catat(Perubahan("notifikasi.notifikasi", pk, f"Notifikasi {judul}"[:500], "dibaca", None, "ya")
          for pk, judul in rows)
    return len(rows)


def _nama_tw(unit: Unit, tahun: int, tw: int) -> str:
    return f"{unit.nama} tahun {tahun} Triwulan {ROMAWI.get(tw, tw)}"


def beri_tahu_diajukan(unit: Unit, tahun: int, tw: int, oleh: str, catatan: str = "") -> list[Notifikasi]:
    """Tell the Kepala PD that a triwulan waits for approval."""
    return kirim(anggota_unit(unit, [Peran.KEPALA_PD]), pemda=unit.pemda_id, unit=unit, jenis="diajukan",
                 judul=f"Realisasi {_nama_tw(unit, tahun, tw)} diajukan",
                 isi=f"{oleh or 'Operator'} mengajukan realisasi untuk disetujui.{(' ' + catatan) if catatan else ''}",
                 tautan=_tautan("web:pd_tahun", unit.slug, tahun, query=f"tw={tw}"))


def beri_tahu_dikembalikan(unit: Unit, tahun: int, tw: int, oleh: str, alasan: str) -> list[Notifikasi]:
    """Tell the operators that a triwulan was sent back, with the reason."""
    return kirim(anggota_unit(unit, [Peran.OPERATOR_PD]), pemda=unit.pemda_id, unit=unit, jenis="dikembalikan",
                 judul=f"Realisasi {_nama_tw(unit, tahun, tw)} dikembalikan",
                 isi=f"{oleh or 'Kepala PD'} mengembalikan realisasi untuk diperbaiki. Alasan: {alasan}",
                 tautan=_tautan("web:realisasi", unit.slug, tahun, query=f"tw={tw}"))


def kirim_pengingat_pd(units: Iterable[Unit], tahun: int, tw: int, hari_ini: date | None = None,
                       tutup: date | None = None) -> list[Notifikasi]:
    """Remind the operators of each unit to enter the triwulan (once a day per user: safe to press twice)."""
    hari_ini = hari_ini or timezone.localdate()
    out: list[Notifikasi] = []
    for unit in units:
        batas = f" Jadwal pengisian ditutup {fmt.tanggal(tutup)}." if tutup else ""
        out += kirim(anggota_unit(unit, [Peran.OPERATOR_PD]), pemda=unit.pemda_id, unit=unit, jenis="pengingat",
                     judul=f"Pengingat: isi realisasi {_nama_tw(unit, tahun, tw)}",
                     isi=f"Realisasi triwulan ini belum lengkap.{batas}",
                     tautan=_tautan("web:realisasi", unit.slug, tahun, query=f"tw={tw}"),
                     kunci=f"pengingat/{unit.pk}/{tahun}/{tw}/{hari_ini.isoformat()}")
    return out


def kirim_pengingat(pemda: Pemda, hari_ini: date | None = None) -> list[Notifikasi]:
    """Tell everyone of every PD whose entry window closes within the Pemda's N days (once per window)."""
    hari_ini = hari_ini or timezone.localdate()
    n = pengaturan(pemda.pk).hari_pengingat
    out: list[Notifikasi] = []
    for j in JadwalPengisian.objects.filter(pemda=pemda, mulai__lte=hari_ini, selesai__gte=hari_ini):
        sisa = (j.selesai - hari_ini).days
        if sisa > n:
            continue
        # Every unit with PD accounts (a Bagian under the Sekretariat Daerah too), each told of its own unit.
        per_unit: dict[int, list[User]] = {}
        for m in (Keanggotaan.objects.filter(pemda=pemda, unit__isnull=False, user__is_active=True,
                                             peran__in=[Peran.OPERATOR_PD, Peran.KEPALA_PD])
                  .select_related("user").order_by("user__username")):
            per_unit.setdefault(m.unit_id, []).append(m.user)  # type: ignore[arg-type]  # unit set above
        for unit in Unit.objects.filter(pk__in=list(per_unit)).order_by("urutan", "nama"):
            out += kirim(per_unit[unit.pk], pemda=pemda, unit=unit,
                         jenis="jadwal", judul=f"Jadwal pengisian {_nama_tw(unit, j.tahun, j.triwulan)} "
                                           f"ditutup {fmt.tanggal(j.selesai)}",
                         isi=f"Sisa {sisa} hari untuk mengisi dan mengajukan realisasi triwulan ini.",
                         tautan=_tautan("web:realisasi", unit.slug, j.tahun, query=f"tw={j.triwulan}"),
                         kunci=f"jadwal/{unit.pk}/{j.tahun}/{j.triwulan}")
    return out

