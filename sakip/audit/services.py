"""The one write path of the audit trail.

Services of the other apps call ``catat`` for each value they change; ``muat_awal`` turns a
bulk load into one summary row. The triwulan approval workflow is ``sakip.realisasi.alur``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.models import User
from django.db.models import Model

from sakip.core.formatting import angka

from .context import Pelaku, muat_awal_berjalan, saat_ini, tanpa_jejak_per_nilai
from .models import Jejak


def teks(nilai: object) -> str:
    """A value as the trail stores it: Decimals without trailing zeros or exponent, None as empty."""
    if nilai is None:
        return ""
    if isinstance(nilai, Decimal):
        s = format(nilai.normalize(), "f")
        return "0" if s in ("-0", "") else s
    return str(nilai)


@dataclass(frozen=True)
class Perubahan:
    """One changed field of one object, before it is recorded."""

    model: str
    objek_id: object
    objek: str
    field: str
    lama: object
    baru: object
    unit_id: int | None = None
    indikator_id: int | None = None
    tahun: int | None = None


def isi(obj: Model, medan: Iterable[str]) -> dict[str, object]:
    """Fields of a row as the trail shows them: a related row by its name, a boolean as ya/tidak."""
    hasil: dict[str, object] = {}
    for nama in medan:
        nilai = getattr(obj, nama)
        if isinstance(nilai, bool):
            nilai = "ya" if nilai else "tidak"
        elif isinstance(nilai, Model):
            nilai = str(nilai)
        hasil[nama] = nilai
    return hasil


def perubahan_objek(model: str, objek_id: object, objek: str, lama: Mapping[str, object] | None,
                    baru: Mapping[str, object] | None, *, unit_id: int | None = None,
                    indikator_id: int | None = None, tahun: int | None = None) -> list[Perubahan]:
    """One Perubahan per field of a row created (``lama`` None), changed, or deleted (``baru`` None)."""
    sebelum, sesudah = lama or {}, baru or {}
    return [Perubahan(model, objek_id, objek, f, sebelum.get(f), sesudah.get(f), unit_id=unit_id,
                      indikator_id=indikator_id, tahun=tahun)
            for f in dict.fromkeys([*sebelum, *sesudah])]


def _siapa(p: Pelaku, pengguna: User | None = None) -> tuple[User | None, str]:
    """The account and the name a trail row records: the user, else the command's ``--oleh`` or OS user.

    A name that is a Django username is that account (looked up once per command); any other
    name (the operating-system user) is kept as text only.
    """
    user = pengguna or p.user
    if user is not None:
        return user, user.get_username()
    if not p.nama:
        return None, ""
    if "user" not in p.akun:
        p.akun["user"] = User.objects.filter(username=p.nama).first()
    akun = p.akun["user"]
    return (akun, akun.get_username()) if akun is not None else (None, p.nama)


def catat(perubahan: Iterable[Perubahan], alasan: str = "", pengguna: User | None = None) -> int:
    """Record changed values (unchanged ones are skipped) under the current user and sumber.

    ``pengguna`` names the actor when the service is told it explicitly (approval steps).
    """
    muat = muat_awal_berjalan()
    if muat is not None:  # an initial load: counted here, summarised in one row by muat_awal
        muat.jumlah.update(c.model for c in perubahan if teks(c.lama) != teks(c.baru))
        return 0
    p = saat_ini()
    user, nama = _siapa(p, pengguna)
    rows = [
        Jejak(pengguna=user, nama_pengguna=nama, sumber=p.sumber,
              model=c.model, objek_id=teks(c.objek_id), objek=c.objek[:500], field=c.field,
              lama=teks(c.lama), baru=teks(c.baru), unit_id=c.unit_id, indikator_id=c.indikator_id,
              tahun=c.tahun, alasan=alasan)
        for c in perubahan if teks(c.lama) != teks(c.baru)
    ]
    Jejak.objects.bulk_create(rows)
    return len(rows)


@contextmanager
def muat_awal(keterangan: str) -> Iterator[None]:
    """Load data in bulk (the demo, a first migration) with ONE trail row instead of one per value.

    Inside the block ``catat`` writes nothing and counts the values per model; on a normal
    exit one row (model "sistem", field "muat_awal") records the keterangan and the counts
    under the current user and sumber. Nested blocks join the outermost, which writes the
    only row; a block left by an exception writes none (its transaction rolls back anyway).
    The state is a ContextVar, like ``pelaku``: other threads and requests keep recording.
    """
    if muat_awal_berjalan() is not None:
        yield  # the outer block counts these changes too and writes the one row
        return
    with tanpa_jejak_per_nilai(keterangan) as muat:
        yield
    rincian = ", ".join(f"{model} {angka(n, 0)}" for model, n in sorted(muat.jumlah.items()))
    total = angka(sum(muat.jumlah.values()), 0)
    baru = f"{keterangan}: {total} nilai dimuat tanpa jejak per nilai" + (f" ({rincian})" if rincian else "")
    p = saat_ini()
    user, nama = _siapa(p)
    Jejak.objects.create(pengguna=user, nama_pengguna=nama, sumber=p.sumber,
                         model="sistem", objek=keterangan[:500], field="muat_awal", baru=baru)
