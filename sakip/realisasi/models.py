"""What happened: realisasi per indicator and period, narratives, outside comparison values, and
where each triwulan's realisasi stands in the approval workflow."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from sakip.core.aggregation import LABEL_BAGIAN, Bagian
from sakip.organisasi.angka import BatasAngka
from sakip.organisasi.models import Unit
from sakip.perencanaan import pemakaian
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


@pemakaian.daftarkan
def _punya_realisasi(indikator_ids: list[int]) -> str:
    """An indicator with realisasi stays: deleting it would delete what was reported."""
    row = Realisasi.objects.filter(indikator_id__in=indikator_ids).select_related("indikator").first()
    return f"indikator '{row.indikator.nama}' sudah mempunyai realisasi tahun {row.tahun}" if row else ""


class Status(models.TextChoices):
    """The steps of the approval workflow (``sakip.realisasi.alur``)."""

    DRAFT = "draft", "Draf"
    DIAJUKAN = "diajukan", "Diajukan"
    DISETUJUI = "disetujui", "Disetujui"
    TERKUNCI = "terkunci", "Terkunci"


class StatusTriwulan(models.Model):
    """Where the realisasi of a unit × tahun × triwulan stands; no row means draft."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="status_triwulan")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    diubah_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    diubah_pada = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "status realisasi triwulan"
        verbose_name_plural = "status realisasi triwulan"
        ordering = ["unit", "tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "tahun", "triwulan"], name="status_triwulan_unik"),
            models.CheckConstraint(condition=models.Q(triwulan__gte=1, triwulan__lte=4), name="status_tw_1_4"),
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.tahun} TW{self.triwulan}: {self.get_status_display()}"
