"""Published reports, kept as the exact files that were published."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from sakip.organisasi.models import Pemda, Unit
from sakip.perjanjian.models import PerjanjianKinerja

from .templat.jenis import JENIS


class JenisLaporan(models.TextChoices):
    LKJIP = "lkjip", "Laporan Kinerja (LKjIP)"
    PK = "pk", "Perjanjian Kinerja"
    E81 = "e81", "Formulir E-81"


def _path(instance: Publikasi, filename: str) -> str:
    return f"publikasi/{instance.unit.pemda.slug}/{instance.unit.slug}/{instance.tahun}/{filename}"


class Publikasi(models.Model):
    """A report made public: the file itself, its checksum, who published it and when."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="publikasi")
    tahun = models.PositiveSmallIntegerField()
    jenis = models.CharField(max_length=10, choices=JenisLaporan.choices)
    perjanjian = models.ForeignKey(PerjanjianKinerja, null=True, blank=True, on_delete=models.PROTECT)
    format = models.CharField(max_length=5)  # docx | pdf | xlsx
    berkas = models.FileField(upload_to=_path)
    sha256 = models.CharField(max_length=64)
    ukuran = models.PositiveBigIntegerField()
    diterbitkan_pada = models.DateTimeField(auto_now_add=True)
    diterbitkan_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    ditarik = models.BooleanField(default=False, help_text="Ditarik dari halaman publik (berkas tetap disimpan).")

    class Meta:
        verbose_name = "publikasi"
        verbose_name_plural = "publikasi"
        ordering = ["-diterbitkan_pada"]
        indexes = [models.Index(fields=["unit", "tahun", "jenis"])]

    def __str__(self) -> str:
        return f"{self.get_jenis_display()} {self.unit} {self.tahun} ({self.format})"


class TemplatDokumen(models.Model):
    """A Pemda's own Word template of one kind, replacing the default Sakip ships (checked before it is stored)."""

    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="templat_dokumen")
    jenis = models.CharField(max_length=40, choices=[(k, j.judul) for k, j in JENIS.items()])
    # The bytes in the database: a few small files per Pemda, kept in every backup with the rows.
    isi = models.BinaryField()
    nama_berkas = models.CharField(max_length=200)
    sha256 = models.CharField(max_length=64)
    ukuran = models.PositiveIntegerField()
    diunggah_pada = models.DateTimeField(auto_now=True)
    diunggah_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        verbose_name = "templat dokumen"
        verbose_name_plural = "templat dokumen"
        constraints = [models.UniqueConstraint(fields=["pemda", "jenis"], name="templat_satu_per_jenis")]

    def __str__(self) -> str:
        return f"{self.get_jenis_display()} {self.pemda}"
