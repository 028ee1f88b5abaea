"""The one write path for publications."""

from __future__ import annotations

import hashlib

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction

from sakip.audit.services import Perubahan, catat
from sakip.organisasi.models import Pemda, Unit
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.reviu.kkr import kertas_kerja

from . import templat
from .models import JenisLaporan, Publikasi, TemplatDokumen
from .templat.jenis import JENIS

FORMATS = {"docx", "pdf", "xlsx"}


@transaction.atomic
def terbitkan_laporan(unit: Unit, tahun: int, jenis: str, content: bytes, *, format: str, filename: str,
            user: User | None = None, perjanjian: PerjanjianKinerja | None = None) -> Publikasi:
    """Store the exact bytes of a report as published; earlier publications stay on record."""
    if format not in FORMATS:
        raise ValidationError(f"Format {format} tidak dikenal.")
    if jenis not in JenisLaporan.values:
        raise ValidationError(f"Jenis laporan {jenis} tidak dikenal.")
    if jenis == JenisLaporan.PK:
        if perjanjian is None or not perjanjian.ditandatangani:
            raise ValidationError("Hanya perjanjian kinerja yang sudah ditandatangani yang dapat dipublikasikan.")
        if perjanjian.unit_id != unit.pk or perjanjian.tahun != tahun:
            raise ValidationError("Perjanjian kinerja bukan milik unit dan tahun ini.")
    if not content:
        raise ValidationError("Berkas kosong tidak dapat dipublikasikan.")
    if jenis == JenisLaporan.LKJIP:
        _pastikan_reviu_tuntas(unit, tahun)
    pub = Publikasi(unit=unit, tahun=tahun, jenis=jenis, perjanjian=perjanjian, format=format,
                    sha256=hashlib.sha256(content).hexdigest(), ukuran=len(content), diterbitkan_oleh=user)
    pub.berkas.save(filename, ContentFile(content), save=False)
    pub.save()
    objek = f"Publikasi {pub.get_jenis_display()} {unit.nama} {tahun}"
    catat([Perubahan("laporan.publikasi", pub.pk, objek, f, None, v, unit_id=unit.pk, tahun=tahun)
           for f, v in (("berkas", pub.berkas.name), ("sha256", pub.sha256))],
          pengguna=user if isinstance(user, User) else None)
    return pub


def _pastikan_reviu_tuntas(unit: Unit, tahun: int) -> None:
    """An LKjIP is published only when the Inspektorat has resolved or accepted every error of the reviu."""
    terbuka = kertas_kerja(unit, tahun).galat_terbuka
    if terbuka:
        daftar = "; ".join(f"{b.judul} ({b.objek})" for b in terbuka[:5])
        lagi = f" dan {len(terbuka) - 5} lainnya" if len(terbuka) > 5 else ""
        raise ValidationError(f"LKjIP {unit.nama} {tahun} masih draf: {len(terbuka)} temuan reviu bertingkat galat "
                              f"belum diselesaikan atau dijelaskan pada Kertas Kerja Reviu ({daftar}{lagi}).")


@transaction.atomic
def tarik_laporan(pub: Publikasi) -> None:
    """Take a publication off the public pages; the file stays as evidence."""
    lama = Publikasi.objects.filter(pk=pub.pk).values_list("ditarik", flat=True).first()
    Publikasi.objects.filter(pk=pub.pk).update(ditarik=True)
    catat([Perubahan("laporan.publikasi", pub.pk, f"Publikasi {pub.get_jenis_display()} {pub.unit.nama} {pub.tahun}",
                     "ditarik", "ya" if lama else "tidak", "ya", unit_id=pub.unit_id, tahun=pub.tahun)])


def periksa_berkas_laporan(pub: Publikasi) -> bool:
    """Whether the stored file still has the checksum it was published with."""
    with pub.berkas.open("rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() == pub.sha256


def _objek_templat(pemda: Pemda, jenis: str) -> str:
    return f"Templat {JENIS[jenis].judul} {pemda.nama}"


@transaction.atomic
def simpan_templat(pemda: Pemda, jenis: str, isi: bytes, *, nama_berkas: str,
                   user: User | None = None) -> TemplatDokumen:
    """Store a Pemda's own Word template of one kind, after it renders with the sample data; refused: nothing stored."""
    if jenis not in JENIS:
        raise ValidationError(f"Jenis templat {jenis} tidak dikenal.")
    try:
        templat.periksa(jenis, isi, nama_berkas)
    except templat.TemplatDitolak as exc:
        raise ValidationError(str(exc)) from None
    lama = TemplatDokumen.objects.select_for_update().filter(pemda=pemda, jenis=jenis).first()
    sebelum = f"{lama.nama_berkas} ({lama.sha256[:12]})" if lama else "templat baku"
    obj = lama or TemplatDokumen(pemda=pemda, jenis=jenis)
    obj.isi, obj.nama_berkas = isi, nama_berkas[:200]
    obj.sha256, obj.ukuran = hashlib.sha256(isi).hexdigest(), len(isi)
    obj.diunggah_oleh = user if isinstance(user, User) else None
    obj.save()
    catat([Perubahan("laporan.templatdokumen", obj.pk, _objek_templat(pemda, jenis), "berkas", sebelum,
                     f"{obj.nama_berkas} ({obj.sha256[:12]})")],
          pengguna=user if isinstance(user, User) else None)
    return obj


@transaction.atomic
def hapus_templat(pemda: Pemda, jenis: str, *, user: User | None = None) -> bool:
    """Go back to the default template of a kind (the Pemda's upload is deleted); False if there was none."""
    lama = TemplatDokumen.objects.select_for_update().filter(pemda=pemda, jenis=jenis).first()
    if lama is None:
        return False
    catat([Perubahan("laporan.templatdokumen", lama.pk, _objek_templat(pemda, jenis), "berkas",
                     f"{lama.nama_berkas} ({lama.sha256[:12]})", "templat baku")],
          pengguna=user if isinstance(user, User) else None)
    lama.delete()
    return True
