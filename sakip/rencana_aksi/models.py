"""Rencana aksi: the PK's annual targets broken down by triwulan, with actions and anggaran kas.

Everything hangs from one PK version (its indicator rows and the PK itself), so a PK Perubahan
carries its own rencana aksi and the earlier version's stays as history; only the version in
force takes changes (``services``). Faktor per triwulan belong to the indicator and year, like
the realisasi they explain.
"""

from __future__ import annotations

from django.db import models

from sakip.anggaran.models import MataAnggaran
from sakip.organisasi.angka import BatasAngka
from sakip.perencanaan.models import Indikator
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja

PILIHAN_TRIWULAN = [(1, "Triwulan I"), (2, "Triwulan II"), (3, "Triwulan III"), (4, "Triwulan IV")]
_TW_1_4 = models.Q(triwulan__gte=1, triwulan__lte=4)


class RencanaAksi(models.Model):
    """The rencana aksi of one PK indicator: how its triwulan targets read."""

    indikator_pk = models.OneToOneField(IndikatorPK, on_delete=models.CASCADE, related_name="rencana_aksi")
    kumulatif = models.BooleanField(
        default=False, help_text="Target tiap triwulan adalah nilai s.d. triwulan itu (bukan nilai triwulan itu saja).")

    class Meta:
        verbose_name = "rencana aksi"
        verbose_name_plural = "rencana aksi"

    def __str__(self) -> str:
        return f"Rencana aksi {self.indikator_pk.indikator}"


class TargetTriwulan(models.Model):
    """The target of one triwulan: a number, or a text for a qualitative indicator."""

    rencana = models.ForeignKey(RencanaAksi, on_delete=models.CASCADE, related_name="target")
    triwulan = models.PositiveSmallIntegerField(choices=PILIHAN_TRIWULAN)
    nilai = models.DecimalField(max_digits=20, decimal_places=4, null=True, blank=True,
                                validators=[BatasAngka("nilai")])
    teks = models.CharField("target kualitatif", max_length=200, blank=True)

    class Meta:
        verbose_name = "target triwulan"
        verbose_name_plural = "target triwulan"
        ordering = ["rencana", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["rencana", "triwulan"], name="target_triwulan_unik"),
            models.CheckConstraint(condition=_TW_1_4, name="target_triwulan_1_4"),
        ]

    def __str__(self) -> str:
        return f"{self.rencana} TW{self.triwulan}: {self.nilai if self.nilai is not None else self.teks}"


class Aksi(models.Model):
    """One action (uraian kegiatan) of a rencana aksi with who answers for it."""

    rencana = models.ForeignKey(RencanaAksi, on_delete=models.CASCADE, related_name="aksi")
    uraian = models.TextField("uraian kegiatan")
    penanggung_jawab = models.CharField(max_length=200, blank=True)
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "aksi"
        verbose_name_plural = "aksi"
        ordering = ["rencana", "urutan", "pk"]

    def __str__(self) -> str:
        return self.uraian


class RencanaSubKegiatan(models.Model):
    """Per PK version, sub kegiatan and triwulan: the planned output (K) and the anggaran kas."""

    perjanjian = models.ForeignKey(PerjanjianKinerja, on_delete=models.CASCADE, related_name="rencana_sub_kegiatan")
    mata_anggaran = models.ForeignKey(MataAnggaran, on_delete=models.CASCADE, related_name="rencana")
    triwulan = models.PositiveSmallIntegerField(choices=PILIHAN_TRIWULAN)
    target_k = models.DecimalField("target keluaran", max_digits=20, decimal_places=4, null=True, blank=True,
                                   validators=[BatasAngka("nilai")])
    anggaran_kas = models.DecimalField(max_digits=18, decimal_places=2, validators=[BatasAngka("rupiah")])

    class Meta:
        verbose_name = "rencana sub kegiatan"
        verbose_name_plural = "rencana sub kegiatan (anggaran kas)"
        ordering = ["perjanjian", "mata_anggaran", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["perjanjian", "mata_anggaran", "triwulan"], name="rencana_sub_unik"),
            models.CheckConstraint(condition=_TW_1_4, name="rencana_sub_tw_1_4"),
        ]

    def __str__(self) -> str:
        return f"{self.mata_anggaran} TW{self.triwulan}"


class FaktorTriwulan(models.Model):
    """Why an indicator stands where it does in one triwulan, and what follows (E-81 footer rows)."""

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="faktor_triwulan")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(choices=PILIHAN_TRIWULAN)
    pendorong = models.TextField("faktor pendorong", blank=True)
    penghambat = models.TextField("faktor penghambat", blank=True)
    solusi = models.TextField("solusi / tindak lanjut", blank=True)

    class Meta:
        verbose_name = "faktor triwulan"
        verbose_name_plural = "faktor triwulan"
        ordering = ["indikator", "tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["indikator", "tahun", "triwulan"], name="faktor_triwulan_unik"),
            models.CheckConstraint(condition=_TW_1_4, name="faktor_triwulan_1_4"),
        ]

    def __str__(self) -> str:
        return f"Faktor {self.indikator} {self.tahun} TW{self.triwulan}"
