"""In-year control of what is entered (issue #13): count units, the Pemda's choices, entry windows."""

from __future__ import annotations

from django.db import models

from sakip.organisasi.models import Pemda


class Satuan(models.Model):
    """A unit of measure of a Pemda and whether it counts whole things (``bulat``: integers only).

    Units without a row follow ``sakip.core.kewajaran.SATUAN_BULAT_AWAL``; a row overrides it.
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="satuan")
    nama = models.CharField(max_length=60)
    kunci = models.CharField(max_length=60, help_text="Nama dalam huruf kecil, spasi dirapikan.")
    bulat = models.BooleanField("hanya bilangan bulat", default=True)

    class Meta:
        verbose_name = "satuan"
        verbose_name_plural = "satuan"
        ordering = ["kunci"]
        constraints = [models.UniqueConstraint(fields=["pemda", "kunci"], name="satuan_unik_per_pemda")]

    def __str__(self) -> str:
        return self.nama


class PengaturanKendali(models.Model):
    """The Admin Pemda's choices for the checks at the door, submissions and entry windows."""

    pemda = models.OneToOneField(Pemda, on_delete=models.CASCADE, related_name="pengaturan_kendali")
    izin_melebihi_pagu = models.BooleanField(
        "realisasi anggaran boleh melebihi pagu (dengan alasan)", default=False)
    kelengkapan_peringatan = models.BooleanField(
        "triwulan yang belum lengkap boleh diajukan (hanya peringatan)", default=False)
    izin_di_luar_jadwal = models.BooleanField("pengisian di luar jadwal diizinkan", default=False)
    hari_pengingat = models.PositiveSmallIntegerField(
        "pengingat dikirim … hari sebelum jadwal ditutup", default=7)

    class Meta:
        verbose_name = "pengaturan kendali"
        verbose_name_plural = "pengaturan kendali"

    def __str__(self) -> str:
        return f"Pengaturan kendali {self.pemda}"


class JadwalPengisian(models.Model):
    """The window in which the PDs of a Pemda enter a triwulan's realisasi."""

    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="jadwal_pengisian")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(choices=[(1, "Triwulan I"), (2, "Triwulan II"),
                                                         (3, "Triwulan III"), (4, "Triwulan IV")])
    mulai = models.DateField()
    selesai = models.DateField()

    class Meta:
        verbose_name = "jadwal pengisian"
        verbose_name_plural = "jadwal pengisian"
        ordering = ["tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["pemda", "tahun", "triwulan"], name="jadwal_unik"),
            models.CheckConstraint(condition=models.Q(selesai__gte=models.F("mulai")), name="jadwal_urut"),
        ]

    def __str__(self) -> str:
        return f"Jadwal {self.get_triwulan_display()} {self.tahun}"
