"""What the web workflow adds to the domain: a Kepala PD's approval of a triwulan's realisasi."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from sakip.organisasi.models import Unit


class PersetujuanRealisasi(models.Model):
    """A triwulan of a PD-year approved by its Kepala PD; its realisasi is locked until unlocked.

    Approval covers the indicator realisasi and the budget realisasi of that triwulan; the
    Admin Pemda can unlock it again (Aksi.KELOLA), which deletes the row.
    """

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="persetujuan_realisasi")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField()
    disetujui_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                       related_name="+")
    disetujui_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "persetujuan realisasi"
        verbose_name_plural = "persetujuan realisasi"
        ordering = ["unit", "tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "tahun", "triwulan"], name="persetujuan_tw_unik"),
            models.CheckConstraint(condition=models.Q(triwulan__gte=1, triwulan__lte=4),
                                   name="persetujuan_tw_1_4"),
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.tahun} TW{self.triwulan} disetujui"
