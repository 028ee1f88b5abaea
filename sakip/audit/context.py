"""Who is writing, and through which door: set by the web middleware, the API, the importer and commands.

A ``ContextVar`` rather than a thread-local so that the value follows the request through
threads and async code alike; services read it when they record the audit trail.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported lazily: the console script sets the context before Django is set up
    from django.contrib.auth.models import AnonymousUser, User


class Sumber:
    """Where a change came from (the audit's ``sumber``)."""

    WEB = "web"
    API = "api"
    IMPOR = "impor"
    PERINTAH = "perintah"
    SISTEM = "sistem"
    PUBLIK = "publik"  # a citizen without an account (the public SKM form)

    PILIHAN = [(WEB, "Aplikasi web"), (API, "API"), (IMPOR, "Impor Excel"), (PERINTAH, "Perintah"),
               (SISTEM, "Sistem"), (PUBLIK, "Formulir publik")]


@dataclass(frozen=True)
class Pelaku:
    """``nama`` names a writer without a session: a command's ``--oleh`` or the operating-system user."""

    user: User | None
    sumber: str
    nama: str = ""
    # The Django account ``nama`` names, looked up once by the first recorded change (see catat);
    # pre-filled with None when ``nama`` is not to be taken for a username (the OS user).
    akun: dict[str, User | None] = field(default_factory=dict, compare=False, repr=False)


_pelaku: ContextVar[Pelaku | None] = ContextVar("sakip_pelaku", default=None)


def saat_ini() -> Pelaku:
    """The current writer; without a context the change is the system's own (e.g. the demo loader)."""
    return _pelaku.get() or Pelaku(None, Sumber.SISTEM)


@contextmanager
def pelaku(user: User | AnonymousUser | None, sumber: str, nama: str = "", *,
           nama_akun: bool = False) -> Iterator[Pelaku]:
    """Attribute the writes inside the block to ``user`` (or the name ``nama``) through ``sumber``.

    With ``nama_akun`` a ``nama`` that is a Django username records that account; otherwise
    ``nama`` is kept as text. A block that names nobody keeps the person of the block around
    it: the importer run by ``sakip impor-xlsx --oleh NAMA`` records sumber "impor" and NAMA.
    """
    nyata = user if user is not None and user.is_authenticated else None
    luar = _pelaku.get()
    if nyata is None and not nama and luar is not None:
        baru = Pelaku(luar.user, sumber, luar.nama, luar.akun)
    else:
        akun: dict[str, User | None] = {} if nama_akun else {"user": None}
        baru = Pelaku(nyata, sumber, nama, akun)  # type: ignore[arg-type]  # authenticated ⇒ User
    token = _pelaku.set(baru)
    try:
        yield baru
    finally:
        _pelaku.reset(token)


@dataclass
class MuatAwal:
    """An initial load in progress: ``catat`` counts its changes per model instead of writing them."""

    keterangan: str
    jumlah: Counter[str] = field(default_factory=Counter)


_muat_awal: ContextVar[MuatAwal | None] = ContextVar("sakip_muat_awal", default=None)


def muat_awal_berjalan() -> MuatAwal | None:
    """The initial load the current code runs inside, if any."""
    return _muat_awal.get()


@contextmanager
def tanpa_jejak_per_nilai(keterangan: str) -> Iterator[MuatAwal]:
    """Count instead of record inside the block; a nested block joins the outer one.

    Only the state: ``sakip.audit.services.muat_awal`` wraps this and writes the summary.
    """
    luar = _muat_awal.get()
    if luar is not None:
        yield luar
        return
    muat = MuatAwal(keterangan)
    token = _muat_awal.set(muat)
    try:
        yield muat
    finally:
        _muat_awal.reset(token)
