"""Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017): surveys, answers, results and follow-up.

The answers of a respondent are stored by unsur code ({"U1": 4, ...}) because sources print
U8/U9 in different orders; each survey keeps the running sums per unsur (``ringkasan``) so the
IKM of every unit of a Pemda is read in one query.
"""

from __future__ import annotations

from django.core.validators import MinValueValidator
from django.db import models

from sakip.core.ikm import Bobot, Ringkasan, sampel_minimum
from sakip.organisasi.models import Pemda, Unit

VERSI_UNSUR = "14/2017"


class Unsur(models.Model):
    """One of the nine unsur of a version of the regulation, with the wording of its 1-4 scale."""

    versi = models.CharField(max_length=20, default=VERSI_UNSUR)
    kode = models.CharField(max_length=3)
    nama = models.CharField(max_length=100)
    pertanyaan = models.CharField(max_length=300)
    label_skala = models.JSONField(help_text="Empat label skala 1-4")
    urutan = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name_plural = "unsur SKM"
        ordering = ["versi", "urutan"]
        constraints = [models.UniqueConstraint(fields=["versi", "kode"], name="skm_unsur_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class PengaturanSkm(models.Model):
    """A Pemda's choice of weight: exact 1/9, or the legacy 0,111/0,11 of old spreadsheets."""

    pemda = models.OneToOneField(Pemda, on_delete=models.CASCADE, related_name="pengaturan_skm")
    bobot = models.CharField(max_length=10, choices=[(b.value, b.value) for b in Bobot], default=Bobot.TEPAT.value)

    def __str__(self) -> str:
        return f"Pengaturan SKM {self.pemda}"


class Periode(models.TextChoices):
    S1 = "S1", "Semester I"
    S2 = "S2", "Semester II"
    TW1 = "TW1", "Triwulan I"
    TW2 = "TW2", "Triwulan II"
    TW3 = "TW3", "Triwulan III"
    TW4 = "TW4", "Triwulan IV"
    TAHUN = "TAHUN", "Tahunan"


class Metode(models.TextChoices):
    KERTAS = "kertas", "Kuesioner kertas"
    DARING = "daring", "Daring (online)"
    CAMPURAN = "campuran", "Kertas dan daring"


class StatusSurvei(models.TextChoices):
    DIBUKA = "dibuka", "Dibuka"
    DITUTUP = "ditutup", "Ditutup"


class Survei(models.Model):
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="survei_skm",
                             help_text="Unit layanan: perangkat daerah atau unit di bawahnya")
    tahun = models.PositiveSmallIntegerField()
    periode = models.CharField(max_length=5, choices=Periode.choices, default=Periode.S1)
    jenis_layanan = models.TextField(help_text="Satu jenis layanan per baris")
    metode = models.CharField(max_length=10, choices=Metode.choices, default=Metode.CAMPURAN)
    populasi = models.PositiveIntegerField(validators=[MinValueValidator(1)],
                                           help_text="Jumlah pengguna layanan pada periode")
    versi_unsur = models.CharField(max_length=20, default=VERSI_UNSUR)
    status = models.CharField(max_length=10, choices=StatusSurvei.choices, default=StatusSurvei.DIBUKA)
    responden = models.PositiveIntegerField(default=0)
    # Running sums: {"jumlah": {"U1": 350, ...}, "banyak": {"U1": 100, ...}}
    ringkasan = models.JSONField(default=dict, blank=True)
    diumumkan = models.DateField(null=True, blank=True, help_text="Tanggal hasil diumumkan di halaman publik")

    class Meta:
        verbose_name_plural = "survei"
        ordering = ["unit__urutan", "-tahun", "periode"]
        constraints = [models.UniqueConstraint(fields=["unit", "tahun", "periode"], name="skm_survei_unik")]

    def __str__(self) -> str:
        return f"SKM {self.unit} {self.get_periode_display()} {self.tahun}"

    @property
    def sampel_minimum(self) -> int:
        return sampel_minimum(self.populasi)

    @property
    def daftar_layanan(self) -> list[str]:
        return [s.strip() for s in self.jenis_layanan.splitlines() if s.strip()]

    def ke_ringkasan(self) -> Ringkasan:
        r = self.ringkasan or {}
        return Ringkasan(dict(r.get("jumlah", {})), dict(r.get("banyak", {})), self.responden)


class Kanal(models.TextChoices):
    DARING = "daring", "Formulir daring"
    KERTAS = "kertas", "Kuesioner kertas (dientri operator)"
    IMPOR = "impor", "Impor berkas"


class JenisKelamin(models.TextChoices):
    L = "L", "Laki-laki"
    P = "P", "Perempuan"


class Usia(models.TextChoices):
    # Age bands, not a birth date: all the report needs.
    U20 = "<=20", "20 tahun ke bawah"
    U30 = "21-30", "21–30 tahun"
    U40 = "31-40", "31–40 tahun"
    U50 = "41-50", "41–50 tahun"
    U60 = "51-60", "51–60 tahun"
    U61 = ">60", "Di atas 60 tahun"


class Pendidikan(models.TextChoices):
    SD = "SD", "SD ke bawah"
    SMP = "SMP", "SMP"
    SMA = "SMA", "SMA/SMK"
    D3 = "D1-D3", "D1–D3"
    S1 = "D4/S1", "D4/S1"
    S2 = "S2+", "S2 ke atas"


class Pekerjaan(models.TextChoices):
    PNS = "pns", "PNS/TNI/Polri"
    SWASTA = "swasta", "Pegawai swasta"
    WIRASWASTA = "wiraswasta", "Wiraswasta"
    PELAJAR = "pelajar", "Pelajar/Mahasiswa"
    LAINNYA = "lainnya", "Lainnya"


class Responden(models.Model):
    """One respondent: the profile the report needs, and the answers by unsur code. No name, no contact."""

    survei = models.ForeignKey(Survei, on_delete=models.CASCADE, related_name="daftar_responden")
    tanggal = models.DateField()
    kanal = models.CharField(max_length=10, choices=Kanal.choices)
    jenis_layanan = models.CharField(max_length=200, blank=True)
    jenis_kelamin = models.CharField(max_length=1, choices=JenisKelamin.choices, blank=True)
    usia = models.CharField(max_length=6, choices=Usia.choices, blank=True)
    pendidikan = models.CharField(max_length=6, choices=Pendidikan.choices, blank=True)
    pekerjaan = models.CharField(max_length=12, choices=Pekerjaan.choices, blank=True)
    jawaban = models.JSONField()
    saran = models.TextField(blank=True, max_length=2000)

    class Meta:
        verbose_name_plural = "responden"
        indexes = [models.Index(fields=["survei", "tanggal"])]

    def __str__(self) -> str:
        return f"Responden {self.pk} {self.survei}"


class StatusTindakLanjut(models.TextChoices):
    BELUM = "belum", "Belum ditindaklanjuti"
    PROSES = "proses", "Dalam proses"
    TUNTAS = "tuntas", "Tuntas"


class RencanaTindakLanjut(models.Model):
    survei = models.ForeignKey(Survei, on_delete=models.CASCADE, related_name="rencana_tindak_lanjut")
    unsur_kode = models.CharField(max_length=3)
    masalah = models.TextField()
    rencana = models.TextField()
    penanggung_jawab = models.CharField(max_length=200)
    batas_waktu = models.DateField()
    status = models.CharField(max_length=10, choices=StatusTindakLanjut.choices, default=StatusTindakLanjut.BELUM)
    keterangan = models.TextField(blank=True)

    class Meta:
        verbose_name_plural = "rencana tindak lanjut"
        ordering = ["survei", "unsur_kode", "pk"]

    def __str__(self) -> str:
        return f"RTL {self.unsur_kode} {self.survei}"
