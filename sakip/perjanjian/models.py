"""Perjanjian Kinerja (PK): the yearly agreement, in versions; a signed version never changes."""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import models

from sakip.core.measurement import Kelompok
from sakip.organisasi.angka import BatasAngka
from sakip.organisasi.models import Jabatan, JenisUnit, Unit
from sakip.perencanaan import pemakaian
from sakip.perencanaan.models import Indikator, PeriodePerencanaan


class PKTerkunci(ValidationError):
    """Raised when something tries to change a signed PK."""


class Versi(models.TextChoices):
    AWAL = "awal", "Perjanjian Kinerja"
    PERUBAHAN = "perubahan", "Perjanjian Kinerja Perubahan"


class PerjanjianKinerja(models.Model):
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="perjanjian_kinerja")
    tahun = models.PositiveSmallIntegerField()
    periode = models.ForeignKey(PeriodePerencanaan, on_delete=models.PROTECT, related_name="perjanjian_kinerja")
    versi = models.CharField(max_length=10, choices=Versi.choices)
    nomor_perubahan = models.PositiveSmallIntegerField(default=0)
    tanggal = models.DateField()
    alasan = models.TextField("alasan perubahan", blank=True)
    pihak_pertama = models.ForeignKey(Jabatan, on_delete=models.PROTECT, related_name="pk_pihak_pertama")
    # Empty only for the Kepala Daerah's own PK (unit of jenis pemda): PermenPAN-RB 53/2014 has
    # the Bupati/Wali Kota sign it alone, there is no superior as pihak kedua.
    pihak_kedua = models.ForeignKey(Jabatan, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="pk_pihak_kedua")
    ditandatangani = models.BooleanField(default=False)

    class Meta:
        verbose_name = "perjanjian kinerja"
        verbose_name_plural = "perjanjian kinerja"
        ordering = ["unit", "tahun", "nomor_perubahan"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "tahun", "nomor_perubahan"], name="pk_versi_unik"),
            models.CheckConstraint(
                condition=(models.Q(versi="awal", nomor_perubahan=0)
                           | models.Q(versi="perubahan", nomor_perubahan__gt=0)),
                name="pk_versi_nomor_konsisten",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.judul} {self.tahun} — {self.unit}"

    def save(self, *args, **kwargs) -> None:
        if self.pk:
            stored = PerjanjianKinerja.objects.filter(pk=self.pk, ditandatangani=True).exists()
            if stored:
                raise PKTerkunci("Perjanjian kinerja yang sudah ditandatangani tidak dapat diubah; buat perubahan.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):  # type: ignore[no-untyped-def]  # Django's signature
        if self.ditandatangani:
            raise PKTerkunci("Perjanjian kinerja yang sudah ditandatangani tidak dapat dihapus.")
        return super().delete(*args, **kwargs)

    @property
    def judul(self) -> str:
        if self.versi == Versi.AWAL:
            return "Perjanjian Kinerja"
        suffix = f" {self.nomor_perubahan}" if self.nomor_perubahan > 1 else ""
        return f"Perjanjian Kinerja Perubahan{suffix}"

    def clean(self) -> None:
        errors = {}
        if not self.periode.memuat(self.tahun):
            errors["periode"] = f"Tahun {self.tahun} tidak termasuk periode {self.periode.nama}."
        if self.periode.pemda_id != self.unit.pemda_id:
            errors["periode"] = "Periode harus milik Pemda unit ini."
        if self.pihak_kedua_id is None and self.unit.jenis != JenisUnit.PEMDA:
            errors["pihak_kedua"] = "Perjanjian kinerja perangkat daerah ditandatangani juga oleh atasan (pihak kedua)."
        if self.tanggal and self.tanggal.year not in (self.tahun, self.tahun - 1):
            errors["tanggal"] = "Tanggal perjanjian kinerja harus pada tahun berjalan (atau akhir tahun sebelumnya)."
        if errors:
            raise ValidationError(errors)

class _BagianPK(models.Model):
    """Rows of a PK share its lock."""

    class Meta:
        abstract = True

    _pk_induk: Callable[[], PerjanjianKinerja]  # each subclass names its parent PK

    def save(self, *args, **kwargs) -> None:
        if self._pk_induk().ditandatangani:
            raise PKTerkunci("Perjanjian kinerja yang sudah ditandatangani tidak dapat diubah; buat perubahan.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):  # type: ignore[no-untyped-def]  # Django's signature
        if self._pk_induk().ditandatangani:
            raise PKTerkunci("Perjanjian kinerja yang sudah ditandatangani tidak dapat diubah.")
        return super().delete(*args, **kwargs)


class SasaranPK(_BagianPK):
    perjanjian = models.ForeignKey(PerjanjianKinerja, on_delete=models.CASCADE, related_name="sasaran")
    kelompok = models.CharField(
        max_length=10,
        choices=[(Kelompok.UTAMA.value, "Sasaran strategis"), (Kelompok.LAINNYA.value, "Kinerja lainnya")],
        default=Kelompok.UTAMA.value,
    )
    uraian = models.TextField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "sasaran PK"
        verbose_name_plural = "sasaran PK"
        ordering = ["perjanjian", "urutan"]

    def __str__(self) -> str:
        return self.uraian

    def _pk_induk(self) -> PerjanjianKinerja:
        return self.perjanjian


class IndikatorPK(_BagianPK):
    """An indicator with its agreed target; the realisasi is read from the indicator's data."""

    sasaran = models.ForeignKey(SasaranPK, on_delete=models.CASCADE, related_name="indikator")
    indikator = models.ForeignKey(Indikator, on_delete=models.PROTECT, related_name="pada_pk")
    target = models.DecimalField(max_digits=20, decimal_places=4, validators=[BatasAngka("nilai")])
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "indikator PK"
        verbose_name_plural = "indikator PK"
        ordering = ["sasaran", "urutan"]

    def __str__(self) -> str:
        return f"{self.indikator}: {self.target}"

    def _pk_induk(self) -> PerjanjianKinerja:
        return self.sasaran.perjanjian

    def clean(self) -> None:
        pk = self.sasaran.perjanjian
        if self.indikator.unit_id != pk.unit_id:
            raise ValidationError({"indikator": "Indikator harus milik unit yang sama dengan perjanjian kinerja."})


class AnggaranPK(_BagianPK):
    """Budget agreed in the PK per program (or kegiatan), with its source."""

    perjanjian = models.ForeignKey(PerjanjianKinerja, on_delete=models.CASCADE, related_name="anggaran")
    kode = models.CharField(max_length=30, blank=True)
    nama = models.TextField("program/kegiatan")
    jumlah = models.DecimalField(max_digits=18, decimal_places=2, validators=[BatasAngka("rupiah")])
    sumber = models.CharField("sumber dana", max_length=80, blank=True)
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "anggaran PK"
        verbose_name_plural = "anggaran PK"
        ordering = ["perjanjian", "urutan"]

    def __str__(self) -> str:
        return f"{self.nama}: {self.jumlah}"

    def _pk_induk(self) -> PerjanjianKinerja:
        return self.perjanjian


@pemakaian.daftarkan
def _dipakai_dalam_pk(indikator_ids: list[int]) -> str:
    """An indicator agreed in a PK stays: the PK names it (its foreign key is PROTECT too)."""
    row = IndikatorPK.objects.filter(indikator_id__in=indikator_ids).select_related("indikator").first()
    return f"indikator '{row.indikator.nama}' dipakai dalam perjanjian kinerja" if row else ""
