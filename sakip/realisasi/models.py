"""What happened: realisasi per indicator and period, narratives, and outside comparison values."""

from __future__ import annotations

from django.db import models

from sakip.core.aggregation import LABEL_BAGIAN, Bagian
from sakip.organisasi.angka import BatasAngka
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator


class Realisasi(models.Model):
    """The value of an indicator in one triwulan, semester or (history) whole year."""

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="realisasi")
    tahun = models.PositiveSmallIntegerField()
    bagian = models.CharField(max_length=5, choices=[(b.value, LABEL_BAGIAN[b]) for b in Bagian])
    nilai = models.DecimalField(max_digits=20, decimal_places=4, validators=[BatasAngka("nilai")])

    class Meta:
        verbose_name_plural = "realisasi"
        ordering = ["indikator", "tahun", "bagian"]
        constraints = [
            models.UniqueConstraint(fields=["indikator", "tahun", "bagian"], name="realisasi_bagian_unik")
        ]

    def __str__(self) -> str:
        return f"{self.indikator} {self.tahun} {self.bagian}: {self.nilai}"


class NarasiIndikator(models.Model):
    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="narasi")
    tahun = models.PositiveSmallIntegerField()
    faktor_pendorong = models.TextField("faktor pendorong/keberhasilan", blank=True)
    faktor_penghambat = models.TextField(blank=True)
    solusi = models.TextField("alternatif solusi", blank=True)
    rencana_tindak_lanjut = models.TextField(blank=True)

    class Meta:
        verbose_name = "narasi indikator"
        verbose_name_plural = "narasi indikator"
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun"], name="narasi_indikator_unik")]

    def __str__(self) -> str:
        return f"Narasi {self.indikator} {self.tahun}"


class JenisNarasi(models.TextChoices):
    LATAR_BELAKANG = "latar_belakang", "Latar belakang"
    ISU_STRATEGIS = "isu_strategis", "Isu strategis"
    EFISIENSI = "efisiensi", "Langkah efisiensi"
    KESIMPULAN = "kesimpulan", "Kesimpulan"
    UPAYA_PERBAIKAN = "upaya_perbaikan", "Upaya perbaikan"
    TINDAK_LANJUT_SAKIP = "tindak_lanjut_sakip", "Tindak lanjut rekomendasi SAKIP"
    PRESTASI = "prestasi", "Prestasi"


class NarasiUnit(models.Model):
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="narasi")
    tahun = models.PositiveSmallIntegerField()
    jenis = models.CharField(max_length=30, choices=JenisNarasi.choices)
    teks = models.TextField()

    class Meta:
        verbose_name = "narasi unit"
        verbose_name_plural = "narasi unit"
        ordering = ["unit", "tahun", "jenis"]
        constraints = [models.UniqueConstraint(fields=["unit", "tahun", "jenis"], name="narasi_unit_unik")]

    def __str__(self) -> str:
        return f"{self.get_jenis_display()} {self.unit} {self.tahun}"


class TingkatPembanding(models.TextChoices):
    PEMDA = "pemda", "Pemerintah Kabupaten"
    PROVINSI = "provinsi", "Provinsi"
    NASIONAL = "nasional", "Nasional"


class Pembanding(models.Model):
    """A value from outside the unit to compare an indicator with (Pemda, Provinsi, national)."""

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="pembanding")
    tahun = models.PositiveSmallIntegerField()
    tingkat = models.CharField(max_length=10, choices=TingkatPembanding.choices)
    nilai = models.DecimalField(max_digits=20, decimal_places=4, validators=[BatasAngka("nilai")])
    keterangan = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = "nilai pembanding"
        verbose_name_plural = "nilai pembanding"
        constraints = [
            models.UniqueConstraint(fields=["indikator", "tahun", "tingkat"], name="pembanding_unik")
        ]

    def __str__(self) -> str:
        return f"{self.indikator} {self.tahun} {self.tingkat}: {self.nilai}"
