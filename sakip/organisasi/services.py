"""The one write path for organisation data."""

from __future__ import annotations

import hashlib
import io
import secrets
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction

from sakip.audit.services import Perubahan, catat, isi, perubahan_objek
from sakip.core.batas import JenisAngka

from .angka import periksa_angka
from .gambar import periksa_gambar
from .models import (
    Aset,
    FaktaWilayah,
    Jabatan,
    Keanggotaan,
    Pejabat,
    Pemda,
    PengaturanPemda,
    Peran,
    Unit,
)


@transaction.atomic
def buat_pemda(*, slug: str, nama: str, provinsi: str, ibukota: str = "") -> Pemda:
    pemda = Pemda(slug=slug, nama=nama, provinsi=provinsi, ibukota=ibukota)
    pemda.full_clean()
    pemda.save()
    PengaturanPemda.objects.create(pemda=pemda)
    catat(perubahan_objek("organisasi.pemda", pemda.pk, pemda.nama, None,
                          isi(pemda, ["slug", "nama", "provinsi", "ibukota"])))
    return pemda


@transaction.atomic
def buat_unit(pemda: Pemda, *, induk: Unit | None = None, wilayah: Iterable[tuple[str, str]] = (),
                **fields: object) -> Unit:
    unit = Unit(pemda=pemda, induk=induk, **fields)
    unit.full_clean()
    unit.save()
    fakta = FaktaWilayah.objects.bulk_create(
        FaktaWilayah(unit=unit, label=label, nilai=nilai, urutan=i) for i, (label, nilai) in enumerate(wilayah)
    )
    catat([*perubahan_objek("organisasi.unit", unit.pk, unit.nama, None,
                            isi(unit, dict.fromkeys(["slug", "nama", "jenis", "induk", *fields])), unit_id=unit.pk),
           *(Perubahan("organisasi.faktawilayah", f"{unit.pk}/{f.urutan}", f"Fakta wilayah {unit.nama}", f.label,
                       None, f.nilai, unit_id=unit.pk) for f in fakta)])
    return unit


@transaction.atomic
def atur_aset(unit: Unit, rows: Iterable[dict[str, object]]) -> int:
    """Replace the unit's aset table with ``rows`` (kelompok, kib, kode_akun, uraian, nilai)."""
    rows = [{**r, "nilai": periksa_angka(r.get("nilai"), JenisAngka.RUPIAH,
                                         label=f"Aset {r.get('uraian', '')}")} for r in rows]
    lama = {(a.kelompok, a.kode_akun, a.uraian): a.nilai for a in unit.aset.all()}
    unit.aset.all().delete()
    objs = [Aset(unit=unit, urutan=i, **row) for i, row in enumerate(rows)]
    for obj in objs:
        obj.full_clean(exclude=["unit"])
    Aset.objects.bulk_create(objs)
    # Keyed by the item, not the row id: re-saving an unchanged table records nothing.
    baru = {(a.kelompok, a.kode_akun, a.uraian): a.nilai for a in objs}
    catat(Perubahan("organisasi.aset", f"{unit.pk}/{k[1]}", f"Aset {unit.nama}: {k[0]} {k[1]} {k[2]}", "nilai",
                    lama.get(k), baru.get(k), unit_id=unit.pk)
          for k in dict.fromkeys([*lama, *baru]))
    return len(objs)


@transaction.atomic
def tambah_pejabat(pemda: Pemda, **fields: object) -> Pejabat:
    pejabat = Pejabat(pemda=pemda, **fields)
    pejabat.full_clean()
    pejabat.save()
    catat(perubahan_objek("organisasi.pejabat", pejabat.pk, str(pejabat), None,
                          isi(pejabat, dict.fromkeys(["nama", *fields]))))
    return pejabat


@transaction.atomic
def tetapkan_jabatan(pejabat: Pejabat, *, nama: str, mulai: date, unit: Unit | None = None,
                   selesai: date | None = None, plt: bool = False, kepala_unit: bool = True) -> Jabatan:
    jabatan = Jabatan(pejabat=pejabat, unit=unit, nama=nama, mulai=mulai, selesai=selesai, plt=plt,
                      kepala_unit=kepala_unit)
    jabatan.full_clean(exclude=["pejabat", "unit"])  # passed as saved instances
    jabatan.save()
    catat(perubahan_objek("organisasi.jabatan", jabatan.pk, str(jabatan), None,
                          isi(jabatan, ["pejabat", "nama", "unit", "mulai", "selesai", "plt", "kepala_unit"]),
                          unit_id=jabatan.unit_id))
    return jabatan


def total_aset(unit: Unit) -> Decimal:
    return sum((a.nilai for a in unit.aset.all()), Decimal(0))


# -- Pictures of the profile: the Pemda's logo, a unit's peta wilayah and struktur organisasi -----

FOLDER_GAMBAR = "profil"  # under MEDIA_ROOT; backed up with the rest of media, never served directly
GAMBAR_UNIT = {"peta_wilayah": "Peta wilayah", "gambar_struktur": "Struktur organisasi"}


def _uraian_berkas(nama: str) -> str:
    """How the trail names a stored picture: its format, size in pixels and bytes, a short checksum."""
    if not nama:
        return ""
    try:
        with default_storage.open(nama, "rb") as fh:
            isi = fh.read()
    except OSError:
        return "(berkas hilang)"
    from PIL import Image  # the file was checked when stored; only its header is read here

    try:
        lebar, tinggi = Image.open(io.BytesIO(isi)).size
    except (OSError, SyntaxError, ValueError):
        return "(berkas rusak)"
    jenis = "JPEG" if nama.lower().endswith(".jpg") else "PNG"
    return (f"{jenis} {lebar} × {tinggi} piksel, {max(1, round(len(isi) / 1024))} KB, "
            f"sha256 {hashlib.sha256(isi).hexdigest()[:12]}")


def _simpan_gambar(obj: Pemda | Unit, medan: str, label: str, isi: bytes | None, unit_id: int | None) -> str:
    """Check, store under an unguessable name, point the field at it and record old → new.

    The old file is removed once the transaction has committed, the new one if it fails: a
    rollback leaves the picture in use and no orphan behind."""
    lama = getattr(obj, medan).name or ""
    baru = ""
    if isi is not None:
        bersih = periksa_gambar(isi, label)
        baru = default_storage.save(f"{FOLDER_GAMBAR}/{secrets.token_urlsafe(24)}.{bersih.ekstensi}",
                                    ContentFile(bersih.isi))
    if not lama and not baru:
        return ""
    try:
        uraian_lama = _uraian_berkas(lama)
        setattr(obj, medan, baru)
        obj.save(update_fields=[medan])
        catat([Perubahan(f"organisasi.{obj._meta.model_name}", obj.pk, f"{label} {obj.nama}", medan,
                         uraian_lama, _uraian_berkas(baru), unit_id=unit_id)])
    except BaseException:
        if baru:
            default_storage.delete(baru)
        raise
    if lama:
        transaction.on_commit(lambda: default_storage.delete(lama))
    return baru


@transaction.atomic
def atur_logo_pemda(pemda: Pemda, isi: bytes | None) -> str:
    """Store the Pemda's logo (PNG/JPEG checked by content, re-encoded) or remove it (``isi`` None);
    returns the stored name, "" when removed."""
    return _simpan_gambar(pemda, "logo", "Logo Pemda", isi, None)


@transaction.atomic
def atur_gambar_unit(unit: Unit, jenis: str, isi: bytes | None) -> str:
    """Store or remove (``isi`` None) a unit's ``peta_wilayah`` or ``gambar_struktur``."""
    if jenis not in GAMBAR_UNIT:
        raise ValidationError({"jenis": f"Jenis gambar '{jenis}' tidak dikenal."})
    return _simpan_gambar(unit, jenis, GAMBAR_UNIT[jenis], isi, unit.pk)


# -- Users and their roles (the Admin Pemda's user management) ---------------------------------


def _cek_peran(pemda: Pemda, peran: str, unit: Unit | None) -> None:
    if peran not in Peran.values:
        raise ValidationError({"peran": f"Peran '{peran}' tidak dikenal."})
    pd_role = peran in (Peran.OPERATOR_PD, Peran.KEPALA_PD)
    if pd_role and unit is None:
        raise ValidationError({"unit": "Operator PD dan Kepala PD harus dikaitkan dengan satu perangkat daerah."})
    if not pd_role and unit is not None:
        raise ValidationError({"unit": "Peran tingkat Pemda berlaku untuk semua perangkat daerah; kosongkan unit."})
    if unit is not None and unit.pemda_id != pemda.pk:
        raise ValidationError({"unit": "Unit harus berada pada Pemda yang sama."})


@transaction.atomic
def buat_pengguna(pemda: Pemda, *, username: str, password: str, peran: str, unit: Unit | None = None,
                    first_name: str = "", last_name: str = "", email: str = "", staf: bool = False) -> User:
    """A new account with its first role; the password must pass Django's validators.

    ``staf``: the account may also open the (read-only) Django admin, like the demo's admin.
    """
    _cek_peran(pemda, peran, unit)
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": f"Nama pengguna '{username}' sudah dipakai."})
    user = User(username=username, first_name=first_name, last_name=last_name, email=email,
                is_staff=staf, is_superuser=staf)
    validate_password(password, user)
    user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    anggota = Keanggotaan.objects.create(user=user, pemda=pemda, unit=unit, peran=peran)
    # Never the password, not even its hash: the trail is readable by the Admin Pemda and auditors.
    catat([*perubahan_objek("auth.user", user.pk, f"Pengguna {user.username}", None,
                            isi(user, ["username", "first_name", "last_name", "email", "is_active",
                                       *(["is_staff", "is_superuser"] if staf else [])])),
           *_catat_peran(anggota)])
    return user


@transaction.atomic
def tambah_peran(user: User, pemda: Pemda, peran: str, unit: Unit | None = None) -> Keanggotaan:
    _cek_peran(pemda, peran, unit)
    obj, created = Keanggotaan.objects.get_or_create(user=user, pemda=pemda, unit=unit, peran=peran)
    if not created:
        raise ValidationError("Pengguna sudah mempunyai peran itu.")
    catat(_catat_peran(obj))
    return obj


def _catat_peran(anggota: Keanggotaan, *, dihapus: bool = False) -> list[Perubahan]:
    """A role given or taken away: who, which role, where."""
    medan = isi(anggota, ["user", "peran", "unit", "pemda"])
    return perubahan_objek("organisasi.keanggotaan", anggota.pk, f"Peran {anggota}",
                           medan if dihapus else None, None if dihapus else medan, unit_id=anggota.unit_id)


@transaction.atomic
def hapus_peran(keanggotaan: Keanggotaan) -> None:
    perubahan = _catat_peran(keanggotaan, dihapus=True)  # read before the row is gone
    keanggotaan.delete()
    catat(perubahan)


@transaction.atomic
def atur_aktif(user: User, aktif: bool) -> None:
    """Deactivate (or reactivate) an account; a deactivated user cannot log in, nothing is deleted."""
    lama = User.objects.filter(pk=user.pk).values_list("is_active", flat=True).first()
    User.objects.filter(pk=user.pk).update(is_active=aktif)
    catat([Perubahan("auth.user", user.pk, f"Pengguna {user.username}", "is_active",
                     None if lama is None else ("ya" if lama else "tidak"), "ya" if aktif else "tidak")])


@transaction.atomic
def atur_kata_sandi(user: User, password: str) -> None:
    """A new password (by its owner or the Admin Pemda); the trail says it changed, never what to."""
    validate_password(password, user)
    user.set_password(password)
    user.save(update_fields=["password"])
    catat([Perubahan("auth.user", user.pk, f"Akun {user.username}", "password", "", "(diubah)")])
