"""The audit trail: append-only, one row per changed value."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone

from sakip.organisasi.models import Unit

from .context import Sumber

_TIDAK_BOLEH = "Jejak audit tidak dapat diubah atau dihapus."


class JejakQuerySet(models.QuerySet["Jejak"]):
    """Refuses the bulk paths that would rewrite history."""

    def update(self, **kwargs: Any) -> int:
        raise PermissionDenied(_TIDAK_BOLEH)

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionDenied(_TIDAK_BOLEH)


class Jejak(models.Model):
    """One changed value: who, when, through which door, which object and field, old → new."""

    waktu = models.DateTimeField(default=timezone.now, db_index=True)
    # No database constraint: the trail outlives deleted users, units and indicators.
    pengguna = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.DO_NOTHING,
                                 db_constraint=False, related_name="+")
    nama_pengguna = models.CharField(max_length=150, blank=True)
    sumber = models.CharField(max_length=10, choices=Sumber.PILIHAN)
    model = models.CharField(max_length=100, help_text="Label model, mis. realisasi.realisasi.")
    objek_id = models.CharField(max_length=64, blank=True)
    objek = models.CharField(max_length=500, help_text="Uraian objek yang dapat dibaca.")
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False,
                             related_name="+")
    indikator_id = models.IntegerField(null=True, blank=True, db_index=True)
    tahun = models.PositiveSmallIntegerField(null=True, blank=True)
    field = models.CharField(max_length=100)
    lama = models.TextField(blank=True)
    baru = models.TextField(blank=True)
    alasan = models.TextField(blank=True)

    objects = JejakQuerySet.as_manager()

    class Meta:
        verbose_name = "jejak audit"
        verbose_name_plural = "jejak audit"
        ordering = ["-waktu", "-pk"]
        indexes = [models.Index(fields=["unit", "tahun"])]

    def __str__(self) -> str:
        return f"{self.waktu:%Y-%m-%d %H:%M} {self.objek} {self.field}: {self.lama} → {self.baru}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise PermissionDenied(_TIDAK_BOLEH)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PermissionDenied(_TIDAK_BOLEH)
