"""The triwulan approval workflow as the web shows it: each triwulan's status with who and when,
and the steps (buttons) the current user may take.

The transitions themselves are ``sakip.realisasi.alur`` (they check the role again and write
the trail); this module only reads the state and decides which buttons to offer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AnonymousUser, User

from sakip.audit.models import Jejak
from sakip.core.waktu import ROMAWI
from sakip.organisasi.akses import Aksi, allowed
from sakip.organisasi.models import Unit
from sakip.realisasi import alur
from sakip.realisasi.kelengkapan import Kelengkapan, kelengkapan
from sakip.realisasi.models import Status, StatusTriwulan

Pengguna = User | AnonymousUser


@dataclass(frozen=True)
class Langkah:
    """One step of the workflow as a button: who may press it, from which status, with a reason or not."""

    kode: str  # the last part of its URL
    label: str
    aksi: Aksi  # the right that shows the button; the service checks it again
    dari: frozenset[Status]  # the statuses in which the button is offered
    alasan: bool  # a reason must be written (sending back, reopening)
    berhasil: str  # the message after it worked, formatted with the triwulan's name and year
    konfirmasi: str = ""

    @property
    def url_name(self) -> str:
        return f"web:status_{self.kode.replace('-', '_')}"

    def jalankan(self, user: Pengguna, unit: Unit, tahun: int, tw: int, alasan: str = "") -> StatusTriwulan:
        """Take this step through the workflow services (which raise PermissionDenied or ValidationError)."""
        if self.alasan:
            return _ALASAN[self.kode](user, unit, tahun, tw, alasan)
        return _TANPA_ALASAN[self.kode](user, unit, tahun, tw)


_TANPA_ALASAN: dict[str, Callable[[Pengguna, Unit, int, int], StatusTriwulan]] = {
    "ajukan": alur.ajukan, "setujui": alur.setujui, "kunci": alur.kunci,
}
_ALASAN: dict[str, Callable[[Pengguna, Unit, int, int, str], StatusTriwulan]] = {
    "kembalikan": alur.tolak, "buka-kunci": alur.buka_kunci,
}

LANGKAH: dict[str, Langkah] = {
    langkah.kode: langkah for langkah in (
        Langkah("ajukan", "Ajukan", Aksi.ISI, frozenset({Status.DRAFT}), False,
                "Realisasi {tw} {tahun} diajukan kepada Kepala PD; isiannya tidak dapat diubah sampai dikembalikan.",
                "Ajukan realisasi {tw} {tahun} untuk disetujui? Setelah diajukan, isiannya tidak dapat diubah."),
        Langkah("setujui", "Setujui", Aksi.SETUJUI, frozenset({Status.DIAJUKAN}), False,
                "Realisasi {tw} {tahun} disetujui.",
                "Setujui realisasi {tw} {tahun}?"),
        Langkah("kembalikan", "Kembalikan", Aksi.SETUJUI, frozenset({Status.DIAJUKAN}), True,
                "Realisasi {tw} {tahun} dikembalikan ke operator untuk diperbaiki."),
        Langkah("kunci", "Kunci", Aksi.SETUJUI, frozenset({Status.DISETUJUI}), False,
                "Realisasi {tw} {tahun} dikunci.",
                "Kunci realisasi {tw} {tahun}? Hanya Admin Pemda yang dapat membukanya lagi."),
        # A submitted triwulan goes back through "Kembalikan"; reopening is for approved ones.
        Langkah("buka-kunci", "Buka kunci", Aksi.KELOLA, frozenset({Status.DISETUJUI, Status.TERKUNCI}), True,
                "Kunci realisasi {tw} {tahun} dibuka; isiannya dapat diubah lagi."),
    )
}


@dataclass(frozen=True)
class Tombol:
    """A step offered on one triwulan, with its confirmation question ('' when none is asked)."""

    langkah: Langkah
    konfirmasi: str


_KELAS = {Status.DRAFT: "status-draf", Status.DIAJUKAN: "status-diajukan", Status.DISETUJUI: "status-ok",
          Status.TERKUNCI: "status-terkunci"}


@dataclass
class StatusTW:
    """Where one triwulan of a PD-year stands, and what the current user may do with it."""

    tw: int
    tahun: int
    status: Status = Status.DRAFT
    oleh: str = ""  # who made the last change of status ('' when it never changed)
    pada: datetime | None = None
    alasan: str = ""  # why it was last sent back or reopened
    langkah: list[Langkah] = field(default_factory=list)
    kurang: Kelengkapan | None = None  # what is missing, shown beside "Ajukan" and "Setujui"

    @property
    def tombol(self) -> list[Tombol]:
        """The steps as buttons, with their confirmation text filled in."""
        return [Tombol(lk, lk.konfirmasi.format(tw=self.label, tahun=self.tahun)) for lk in self.langkah]

    @property
    def terbuka(self) -> bool:
        """Whether its realisasi can still be entered (only a draft can)."""
        return self.status is Status.DRAFT

    @property
    def label(self) -> str:
        return f"Triwulan {ROMAWI[self.tw]}"

    @property
    def romawi(self) -> str:
        return ROMAWI[self.tw]

    @property
    def nama_status(self) -> str:
        return self.status.label

    @property
    def kelas(self) -> str:
        return _KELAS[self.status]

    @property
    def dikembalikan(self) -> bool:
        """A draft that was submitted before (sent back or reopened): the operator should read why."""
        return self.terbuka and self.pada is not None

    @property
    def sebab_terkunci(self) -> str:
        """Why the cells of this triwulan cannot be edited ('' when they can)."""
        if self.terbuka:
            return ""
        if self.status is Status.DIAJUKAN:
            return (f"Realisasi {self.label} sudah diajukan kepada Kepala PD, sehingga tidak dapat diubah; "
                    "minta Kepala PD mengembalikannya bila perlu diubah.")
        keadaan = "sudah disetujui Kepala PD" if self.status is Status.DISETUJUI else "sudah dikunci"
        return (f"Realisasi {self.label} {keadaan}, sehingga tidak dapat diubah; "
                "minta Admin Pemda membuka kuncinya (dengan alasan) bila perlu diubah.")


def status_tahun(unit: Unit, tahun: int) -> dict[int, StatusTW]:
    """Every triwulan's status of a PD-year with who changed it last; one query, two when one was sent back."""
    out = {tw: StatusTW(tw, tahun) for tw in ROMAWI}
    rows = list(StatusTriwulan.objects.filter(unit=unit, tahun=tahun).select_related("diubah_oleh"))
    for row in rows:
        if row.triwulan in out:
            out[row.triwulan] = StatusTW(row.triwulan, tahun, Status(row.status),
                                         row.diubah_oleh.get_username() if row.diubah_oleh else "sistem",
                                         row.diubah_pada)
    kembali = {str(r.pk): r.triwulan for r in rows if r.status == Status.DRAFT}
    if kembali:
        # The reason lives in the trail only (the status row keeps the state, not the history).
        for objek_id, alasan in (Jejak.objects.filter(model=alur.MODEL_JEJAK, objek_id__in=list(kembali),
                                                      field="status", baru=Status.DRAFT.value)
                                 .order_by("waktu", "pk").values_list("objek_id", "alasan")):
            out[kembali[objek_id]].alasan = alasan  # the latest one wins
    return out


def beri_langkah(user: Pengguna, unit: Unit, statuses: Iterable[StatusTW], kurang_tw: int | None = None) -> None:
    """Attach to each triwulan the steps ``user`` may take on it now, and what it still lacks.

    The list of missing values is read for a submitted triwulan the user may approve (the
    Kepala PD sees what is missing before approving) and for ``kurang_tw`` (the grid's own
    triwulan, or the one whose submission was just refused).
    """
    boleh = {aksi: allowed(user, unit, aksi) for aksi in {lk.aksi for lk in LANGKAH.values()}}
    for s in statuses:
        s.langkah = [lk for lk in LANGKAH.values() if s.status in lk.dari and boleh[lk.aksi]]
        menilai = s.status is Status.DIAJUKAN and boleh[Aksi.SETUJUI]
        if menilai or (s.tw == kurang_tw and s.status is Status.DRAFT and boleh[Aksi.ISI]):
            k = kelengkapan(unit, s.tahun, s.tw)
            s.kurang = None if k.lengkap else k
