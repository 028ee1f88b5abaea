"""The year's budget (DPA): program → kegiatan → sub kegiatan, pagu and realisasi per triwulan."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models

from sakip.core.budget import TingkatAnggaran
from sakip.organisasi.angka import BatasAngka
from sakip.organisasi.models import Unit


class MataAnggaran(models.Model):
    """One DPA line. Only sub kegiatan carry a pagu; programs and kegiatan are sums."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="mata_anggaran")
    tahun = models.PositiveSmallIntegerField()
    induk = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="anak")
    tingkat = models.CharField(
        max_length=15,
        choices=[(TingkatAnggaran.PROGRAM.value, "Program"), (TingkatAnggaran.KEGIATAN.value, "Kegiatan"),
                 (TingkatAnggaran.SUB_KEGIATAN.value, "Sub Kegiatan")],
    )
    kode = models.CharField(max_length=30, blank=True)
    nama = models.TextField()
    pelaksana = models.ForeignKey(
        Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="mata_anggaran_dilaksanakan",
        help_text="Sub unit (mis. kelurahan) yang melaksanakan baris ini.",
    )
    pagu = models.DecimalField(max_digits=18, decimal_places=2, null=True, blank=True,
                               validators=[BatasAngka("rupiah")])
    urutan = models.PositiveIntegerField(default=0)
    penjelasan_selisih_pk = models.TextField(
        "penjelasan selisih dengan anggaran PK", blank=True,
        help_text="Program: mengapa anggaran pada Perjanjian Kinerja berbeda dengan pagu DPA (dicetak di LKjIP).",
    )

    class Meta:
        verbose_name = "mata anggaran"
        verbose_name_plural = "mata anggaran (DPA)"
        ordering = ["unit", "tahun", "urutan"]
        indexes = [models.Index(fields=["unit", "tahun"])]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}".strip()

    def clean(self) -> None:
        if self.tingkat == TingkatAnggaran.SUB_KEGIATAN:
            if self.pagu is None:
                raise ValidationError({"pagu": "Sub kegiatan harus mempunyai pagu."})
            if self.pagu < 0:
                raise ValidationError({"pagu": "Pagu tidak boleh negatif."})
        elif self.pagu is not None:
            raise ValidationError({"pagu": "Pagu hanya diisi pada sub kegiatan; program dan kegiatan dijumlahkan."})


class RealisasiAnggaran(models.Model):
    """Money spent on a sub kegiatan within one triwulan."""

    mata_anggaran = models.ForeignKey(MataAnggaran, on_delete=models.CASCADE, related_name="realisasi")
    triwulan = models.PositiveSmallIntegerField(choices=[(i, f"Triwulan {r}") for i, r in
                                                         ((1, "I"), (2, "II"), (3, "III"), (4, "IV"))])
    jumlah = models.DecimalField(max_digits=18, decimal_places=2, validators=[BatasAngka("rupiah")])

    class Meta:
        verbose_name = "realisasi anggaran"
        verbose_name_plural = "realisasi anggaran"
        ordering = ["mata_anggaran", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["mata_anggaran", "triwulan"], name="realisasi_anggaran_tw_unik"),
            models.CheckConstraint(condition=models.Q(triwulan__gte=1, triwulan__lte=4), name="triwulan_1_4"),
        ]

    def __str__(self) -> str:
        return f"{self.mata_anggaran} TW{self.triwulan}: {self.jumlah}"
