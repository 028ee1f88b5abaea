"""The Inspektorat's Kertas Kerja Reviu (PermenPAN-RB 53/2014, tata cara reviu): what survives a re-run.

The findings themselves are computed afresh by the reviu every time; what is stored here is the
conversation about each of them (the reviewer's note, the PD's answer, the resolution), keyed
by the rule's code and the object it names, so a re-run finds its notes again. And the
"Pernyataan Telah Direviu" the Inspektur signs once the findings are settled.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models

from sakip.organisasi.models import Pejabat, Unit


class Langkah(models.TextChoices):
    """The steps of the reviu of an LKjIP, in the order the reviewer works through them."""

    FORMAT = "format", "Format dan kelengkapan laporan"
    MEKANISME = "mekanisme", "Mekanisme pengumpulan data dan dokumentasi"
    KONSISTENSI = "konsistensi", "Konsistensi Renstra – PK – IKU"
    CAPAIAN = "capaian", "Penghitungan kembali capaian"
    ANALISIS = "analisis", "Kecukupan analisis capaian"


class StatusTemuan(models.TextChoices):
    TERBUKA = "terbuka", "Terbuka"
    DIJAWAB = "dijawab", "Dijawab"
    SELESAI = "selesai", "Selesai"
    DIJELASKAN = "dijelaskan", "Dijelaskan"


TUNTAS = (StatusTemuan.SELESAI, StatusTemuan.DIJELASKAN)


def kunci_temuan(kode: str, objek: str) -> str:
    """The stable key of a finding: its rule and the object it names (not its wording or figures)."""
    return hashlib.sha256(f"{kode}\n{objek}".encode()).hexdigest()[:40]


class CatatanReviu(models.Model):
    """One finding's line of the Kertas Kerja: note, answer, resolution."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="catatan_reviu")
    tahun = models.PositiveSmallIntegerField()
    kunci = models.CharField(max_length=40)
    kode = models.CharField(max_length=60)
    objek = models.CharField(max_length=500, help_text="Letak temuan: objek yang ditunjuk aturan.")
    langkah = models.CharField(max_length=20, choices=Langkah.choices)
    catatan = models.TextField(blank=True, help_text="Catatan reviewer (Inspektorat).")
    jawaban = models.TextField(blank=True, help_text="Tanggapan perangkat daerah.")
    penyelesaian = models.TextField(blank=True, help_text="Simpulan reviewer atas temuan.")
    status = models.CharField(max_length=12, choices=StatusTemuan.choices, default=StatusTemuan.TERBUKA)
    dicatat_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    dijawab_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    diselesaikan_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                          on_delete=models.SET_NULL, related_name="+")
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "catatan reviu"
        verbose_name_plural = "catatan reviu"
        ordering = ["unit", "tahun", "langkah", "pk"]
        constraints = [models.UniqueConstraint(fields=["unit", "tahun", "kunci"], name="catatan_reviu_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.objek} ({self.unit} {self.tahun})"

    @property
    def tuntas(self) -> bool:
        return self.status in TUNTAS


class PernyataanReviu(models.Model):
    """The "Pernyataan Telah Direviu" of one PD-year, signed by the Inspektur."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="pernyataan_reviu")
    tahun = models.PositiveSmallIntegerField()
    nomor = models.CharField(max_length=100)
    tanggal = models.DateField()
    penandatangan = models.ForeignKey(Pejabat, on_delete=models.PROTECT, related_name="+")
    jabatan = models.CharField(max_length=200, help_text="Jabatan penandatangan, mis. Inspektur Kabupaten Mojokerto.")
    dibuat_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "pernyataan telah direviu"
        verbose_name_plural = "pernyataan telah direviu"
        constraints = [models.UniqueConstraint(fields=["unit", "tahun"], name="pernyataan_reviu_unik")]

    def __str__(self) -> str:
        return f"Pernyataan Telah Direviu {self.unit} {self.tahun} ({self.nomor})"


class HasilReviuDokumen(models.Model):
    """The outcome of the last document reviu of a PD-year's LKjIP (counts only; the file is not kept)."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="hasil_reviu_dokumen")
    tahun = models.PositiveSmallIntegerField()
    nama_berkas = models.CharField(max_length=255)
    galat = models.PositiveIntegerField(default=0)
    peringatan = models.PositiveIntegerField(default=0)
    info = models.PositiveIntegerField(default=0)
    diperiksa_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                       related_name="+")
    diperiksa_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "hasil reviu dokumen"
        verbose_name_plural = "hasil reviu dokumen"
        constraints = [models.UniqueConstraint(fields=["unit", "tahun"], name="hasil_reviu_dokumen_unik")]

    def __str__(self) -> str:
        return f"Reviu dokumen {self.nama_berkas} ({self.unit} {self.tahun})"
