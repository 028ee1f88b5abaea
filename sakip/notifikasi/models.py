"""In-app notifications (issue #13): what a user is told, and whether they have read it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from sakip.organisasi.models import Pemda, Unit


class Notifikasi(models.Model):
    """One message to one user: a triwulan submitted or sent back, an entry window closing."""

    penerima = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifikasi")
    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    jenis = models.CharField(max_length=20)
    judul = models.CharField(max_length=200)
    isi = models.TextField(blank=True)
    tautan = models.CharField(max_length=300, blank=True)
    # A reminder is sent once per user and key (e.g. "pengingat/2025/1"), so the command is safe to re-run.
    kunci = models.CharField(max_length=100, blank=True)
    dibuat = models.DateTimeField(default=timezone.now, db_index=True)
    dibaca = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "notifikasi"
        verbose_name_plural = "notifikasi"
        ordering = ["-dibuat", "-pk"]
        indexes = [models.Index(fields=["penerima", "dibaca"])]
        constraints = [models.UniqueConstraint(fields=["penerima", "kunci"], condition=~models.Q(kunci=""),
                                               name="notifikasi_kunci_unik")]

    def __str__(self) -> str:
        return f"{self.penerima}: {self.judul}"
