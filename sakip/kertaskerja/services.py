"""The one write path of the Kertas Kerja Reviu: notes, answers, resolutions, the Pernyataan.

Who may call what is the adapters' business (the Inspektorat writes notes and resolves, the PD
answers); these functions check the values, write, and leave the audit trail.
"""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.audit.services import catat, isi, perubahan_objek
from sakip.organisasi.models import Pejabat, Unit

from .models import (
    CatatanReviu,
    HasilReviuDokumen,
    Langkah,
    PernyataanReviu,
    StatusTemuan,
    kunci_temuan,
)

PANJANG_TEKS = 5000  # a note or an answer is a paragraph or two, not a document
_MEDAN = ("kode", "objek", "langkah", "catatan", "jawaban", "penyelesaian", "status")


def _teks(nilai: str, label: str) -> str:
    nilai = (nilai or "").strip()
    if len(nilai) > PANJANG_TEKS:
        raise ValidationError({label: f"{label.capitalize()} paling panjang {PANJANG_TEKS} karakter "
                                      f"(tertulis {len(nilai)})."})
    return nilai


def _baris(unit: Unit, tahun: int, kode: str, objek: str, langkah: str) -> tuple[CatatanReviu, dict[str, object] | None]:
    if langkah not in Langkah.values:
        raise ValidationError({"langkah": f"Langkah reviu {langkah!r} tidak dikenal."})
    if not kode or not objek:
        raise ValidationError("Temuan harus mempunyai kode aturan dan letak.")
    kunci = kunci_temuan(kode, objek)
    obj = CatatanReviu.objects.select_for_update().filter(unit=unit, tahun=tahun, kunci=kunci).first()
    if obj is None:
        return CatatanReviu(unit=unit, tahun=tahun, kunci=kunci, kode=kode[:60], objek=objek[:500],
                            langkah=langkah), None
    return obj, isi(obj, _MEDAN)


def _simpan(obj: CatatanReviu, lama: dict[str, object] | None, pengguna: User | None) -> CatatanReviu:
    obj.full_clean(validate_unique=False, validate_constraints=False)
    obj.save()
    catat(perubahan_objek("kertaskerja.catatanreviu", obj.pk, f"Temuan {obj.objek} ({obj.unit.nama} {obj.tahun})",
                          lama, isi(obj, _MEDAN), unit_id=obj.unit_id, tahun=obj.tahun),
          pengguna=pengguna if isinstance(pengguna, User) else None)
    return obj


@transaction.atomic
def simpan_catatan_reviu(unit: Unit, tahun: int, *, kode: str, objek: str, langkah: str, catatan: str,
                        pengguna: User | None = None) -> CatatanReviu:
    """The reviewer's note on a finding (a new note on a settled finding opens it again)."""
    catatan = _teks(catatan, "catatan")
    if not catatan:
        raise ValidationError({"catatan": "Catatan reviu tidak boleh kosong."})
    obj, lama = _baris(unit, tahun, kode, objek, langkah)
    obj.catatan = catatan
    if obj.status in (StatusTemuan.SELESAI, StatusTemuan.DIJELASKAN):
        obj.status = StatusTemuan.TERBUKA
    if pengguna is not None:
        obj.dicatat_oleh = pengguna
    return _simpan(obj, lama, pengguna)


@transaction.atomic
def simpan_jawaban_reviu(unit: Unit, tahun: int, *, kode: str, objek: str, langkah: str, jawaban: str,
                        pengguna: User | None = None) -> CatatanReviu:
    """The PD's answer to a finding; an open finding becomes "dijawab"."""
    jawaban = _teks(jawaban, "jawaban")
    if not jawaban:
        raise ValidationError({"jawaban": "Jawaban tidak boleh kosong."})
    obj, lama = _baris(unit, tahun, kode, objek, langkah)
    if obj.status in (StatusTemuan.SELESAI, StatusTemuan.DIJELASKAN):
        raise ValidationError("Temuan ini sudah diselesaikan Inspektorat; jawaban tidak dapat diubah lagi.")
    obj.jawaban = jawaban
    obj.status = StatusTemuan.DIJAWAB
    if pengguna is not None:
        obj.dijawab_oleh = pengguna
    return _simpan(obj, lama, pengguna)


@transaction.atomic
def selesaikan_temuan(unit: Unit, tahun: int, *, kode: str, objek: str, langkah: str, status: str,
                      penyelesaian: str = "", pengguna: User | None = None) -> CatatanReviu:
    """The reviewer's resolution: selesai (corrected), dijelaskan (explained), or terbuka again."""
    if status not in (StatusTemuan.SELESAI, StatusTemuan.DIJELASKAN, StatusTemuan.TERBUKA):
        raise ValidationError({"status": f"Status penyelesaian {status!r} tidak dikenal; pilih selesai, "
                                         f"dijelaskan atau terbuka."})
    penyelesaian = _teks(penyelesaian, "penyelesaian")
    if status == StatusTemuan.DIJELASKAN and not penyelesaian:
        raise ValidationError({"penyelesaian": "Tuliskan penjelasan yang diterima bila temuan dinyatakan "
                                               "dijelaskan."})
    obj, lama = _baris(unit, tahun, kode, objek, langkah)
    obj.status = status
    obj.penyelesaian = penyelesaian
    if pengguna is not None:
        obj.diselesaikan_oleh = pengguna
    return _simpan(obj, lama, pengguna)


@transaction.atomic
def buat_pernyataan_reviu(unit: Unit, tahun: int, *, nomor: str, tanggal: date, penandatangan: Pejabat,
                          jabatan: str, pengguna: User | None = None) -> PernyataanReviu:
    """The Pernyataan Telah Direviu of a PD-year (a second call replaces the first's number and date)."""
    if penandatangan.pemda_id != unit.pemda_id:
        raise ValidationError({"penandatangan": "Penandatangan bukan pejabat Pemda perangkat daerah ini."})
    medan = ("nomor", "tanggal", "penandatangan", "jabatan")
    obj = PernyataanReviu.objects.select_for_update().filter(unit=unit, tahun=tahun).first()
    lama = isi(obj, medan) if obj else None
    if obj is None:
        obj = PernyataanReviu(unit=unit, tahun=tahun)
    obj.nomor, obj.tanggal, obj.penandatangan, obj.jabatan = nomor.strip(), tanggal, penandatangan, jabatan.strip()
    obj.dibuat_oleh = pengguna if isinstance(pengguna, User) else None
    obj.full_clean(validate_unique=False, validate_constraints=False)
    obj.save()
    catat(perubahan_objek("kertaskerja.pernyataanreviu", obj.pk, f"Pernyataan Telah Direviu {unit.nama} {tahun}",
                          lama, isi(obj, medan), unit_id=unit.pk, tahun=tahun),
          pengguna=pengguna if isinstance(pengguna, User) else None)
    return obj


@transaction.atomic
def simpan_hasil_reviu_dokumen(unit: Unit, tahun: int, *, nama_berkas: str, galat: int, peringatan: int, info: int,
                               pengguna: User | None = None) -> HasilReviuDokumen:
    """The counts of the last document reviu of a PD-year's LKjIP, for the Inspektorat's overview."""
    medan = ("nama_berkas", "galat", "peringatan", "info")
    obj = HasilReviuDokumen.objects.select_for_update().filter(unit=unit, tahun=tahun).first()
    lama = isi(obj, medan) if obj else None
    if obj is None:
        obj = HasilReviuDokumen(unit=unit, tahun=tahun)
    obj.nama_berkas, obj.galat, obj.peringatan, obj.info = nama_berkas[:255], galat, peringatan, info
    obj.diperiksa_oleh = pengguna if isinstance(pengguna, User) else None
    obj.full_clean(validate_unique=False, validate_constraints=False)
    obj.save()
    catat(perubahan_objek("kertaskerja.hasilreviudokumen", obj.pk, f"Reviu dokumen {unit.nama} {tahun}", lama,
                          isi(obj, medan), unit_id=unit.pk, tahun=tahun),
          pengguna=pengguna if isinstance(pengguna, User) else None)
    return obj
