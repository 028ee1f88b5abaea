"""Evaluasi AKIP (PermenPAN-RB 88/2021): the LKE as versioned data, the evaluation of a PD-year,
its answers per tier, its evidence, and the LHE's recommendations with their follow-up.

The worksheet's structure (template → komponen → sub-komponen → kriteria), the answer scales
and the predikat bands are rows seeded by data migrations: a new LKE version is a migration
that adds rows, never code. Scores are computed by ``sakip.core.lke`` on every read; only a
final evaluation stores its total and predikat (with the boundary rule that made it), so the
Nilai SAKIP a year was published with stays what it was.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models

from sakip.organisasi.models import Unit


class SkalaJawaban(models.Model):
    """An answer scale: 88/2021 AA..E (0-100), Y/T (1/0), A-E of 12/2015 (1..0), a Pemda's own list."""

    kode = models.SlugField(unique=True)
    nama = models.CharField(max_length=200)
    dasar_hukum = models.CharField(max_length=200, blank=True)
    nilai_maks = models.DecimalField(max_digits=7, decimal_places=4, help_text="Nilai jawaban terbaik (100 atau 1).")

    class Meta:
        verbose_name = "skala jawaban LKE"
        verbose_name_plural = "skala jawaban LKE"

    def __str__(self) -> str:
        return self.nama


class OpsiJawaban(models.Model):
    skala = models.ForeignKey(SkalaJawaban, on_delete=models.CASCADE, related_name="opsi")
    huruf = models.CharField(max_length=4)
    nilai = models.DecimalField(max_digits=7, decimal_places=4)
    # The grade rule of 88/2021, per perspective (keberadaan vs kualitas/pemanfaatan).
    aturan_keberadaan = models.CharField(max_length=300, blank=True)
    aturan_kualitas = models.CharField(max_length=300, blank=True)
    urutan = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["skala", "urutan"]
        verbose_name = "opsi jawaban"
        verbose_name_plural = "opsi jawaban"
        constraints = [models.UniqueConstraint(fields=["skala", "huruf"], name="opsi_huruf_unik")]

    def __str__(self) -> str:
        return self.huruf


class AturanPredikat(models.Model):
    """Predikat bands and which side of a bound is inclusive (the regulation's table is ambiguous)."""

    kode = models.SlugField(unique=True)
    nama = models.CharField(max_length=200)
    bawah_inklusif = models.BooleanField(default=False, help_text="Tidak: > 90 → AA (90,00 = A). Ya: ≥ 90 → AA.")

    class Meta:
        verbose_name = "aturan predikat"
        verbose_name_plural = "aturan predikat"

    def __str__(self) -> str:
        return self.nama


class BandPredikat(models.Model):
    aturan = models.ForeignKey(AturanPredikat, on_delete=models.CASCADE, related_name="band")
    kode = models.CharField(max_length=4)
    label = models.CharField(max_length=60)
    bawah = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    peringkat = models.PositiveSmallIntegerField(help_text="Makin besar makin baik.")

    class Meta:
        ordering = ["aturan", "-peringkat"]
        verbose_name = "band predikat"
        verbose_name_plural = "band predikat"
        constraints = [models.UniqueConstraint(fields=["aturan", "kode"], name="band_predikat_unik")]

    def __str__(self) -> str:
        return f"{self.kode} ({self.label})"


class TemplateLKE(models.Model):
    versi = models.SlugField(unique=True)
    nama = models.CharField(max_length=200)
    dasar_hukum = models.CharField(max_length=200)
    tahun_mulai = models.PositiveSmallIntegerField()
    tahun_selesai = models.PositiveSmallIntegerField(null=True, blank=True)
    aturan_predikat = models.ForeignKey(AturanPredikat, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-tahun_mulai"]
        verbose_name = "template LKE"
        verbose_name_plural = "template LKE"

    def __str__(self) -> str:
        return self.nama


class KomponenLKE(models.Model):
    template = models.ForeignKey(TemplateLKE, on_delete=models.CASCADE, related_name="komponen")
    kode = models.CharField(max_length=4)
    nama = models.CharField(max_length=200)
    bobot = models.DecimalField(max_digits=6, decimal_places=2)

    class Meta:
        ordering = ["template", "kode"]
        verbose_name = "komponen LKE"
        verbose_name_plural = "komponen LKE"
        constraints = [models.UniqueConstraint(fields=["template", "kode"], name="komponen_lke_unik")]

    def __str__(self) -> str:
        return f"{self.kode}. {self.nama}"


class Perspektif(models.TextChoices):
    KEBERADAAN = "keberadaan", "Keberadaan"
    KUALITAS = "kualitas", "Kualitas"
    PEMANFAATAN = "pemanfaatan", "Pemanfaatan"


class SubKomponenLKE(models.Model):
    komponen = models.ForeignKey(KomponenLKE, on_delete=models.CASCADE, related_name="sub")
    kode = models.CharField(max_length=4)
    perspektif = models.CharField(max_length=12, choices=Perspektif.choices)
    uraian = models.CharField(max_length=300)
    persen = models.DecimalField(max_digits=5, decimal_places=2, help_text="Bagian dari bobot komponen (%).")
    metode = models.CharField(max_length=10, choices=[("rata_rata", "Rata-rata"), ("jumlah", "Jumlah")],
                              default="rata_rata")

    class Meta:
        ordering = ["komponen", "kode"]
        verbose_name = "sub-komponen LKE"
        verbose_name_plural = "sub-komponen LKE"
        constraints = [models.UniqueConstraint(fields=["komponen", "kode"], name="sub_lke_unik")]

    def __str__(self) -> str:
        return f"{self.komponen.kode}.{self.kode} {self.uraian}"

    @property
    def bobot(self) -> Decimal:
        return self.komponen.bobot * self.persen / 100


class JenisRekaman(models.TextChoices):
    """Sakip's own records a criterion's evidence can point at (the list an evaluator picks from)."""

    RENSTRA = "renstra", "Renstra / cascade kinerja"
    PK = "pk", "Perjanjian Kinerja (ditandatangani) dan versinya"
    REALISASI = "realisasi", "Realisasi triwulan dan persetujuannya"
    LKJIP = "lkjip", "LKjIP terbit dan reviunya"
    TINDAK_LANJUT = "tindak_lanjut", "Tindak lanjut rekomendasi tahun lalu"
    # Rencana aksi is built elsewhere; its records join this list through PENYEDIA_REKAMAN.
    RENCANA_AKSI = "rencana_aksi", "Rencana aksi"


class KriteriaLKE(models.Model):
    sub = models.ForeignKey(SubKomponenLKE, on_delete=models.CASCADE, related_name="kriteria")
    nomor = models.PositiveSmallIntegerField()
    uraian = models.CharField(max_length=400)
    panduan = models.TextField(blank=True)
    skala = models.ForeignKey(SkalaJawaban, on_delete=models.PROTECT, related_name="+")
    jenis_bukti = models.JSONField(default=list, help_text="Kode JenisRekaman yang lazim menjadi bukti.")
    # Logic rule: this criterion should not score above the mean of that sub-component.
    batas_sub = models.ForeignKey(SubKomponenLKE, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    pesan_logika = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["sub", "nomor"]
        verbose_name = "kriteria LKE"
        verbose_name_plural = "kriteria LKE"
        constraints = [models.UniqueConstraint(fields=["sub", "nomor"], name="kriteria_lke_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian}"

    @property
    def kode(self) -> str:
        return f"{self.sub.komponen.kode}.{self.sub.kode}.{self.nomor}"


class PeranTim(models.TextChoices):
    """The tiers of the evaluation, in the order their answers prevail (the last answered wins)."""

    ANGGOTA = "anggota", "Anggota tim"
    KETUA = "ketua", "Ketua tim"
    DALNIS = "dalnis", "Pengendali teknis"


class PenugasanEvaluator(models.Model):
    """An Inspektorat staff member's grant to evaluate one PD in one tier, for one year (the team of a
    year's Surat Tugas) or, with ``tahun`` empty, for every year until withdrawn."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="penugasan_evaluasi")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="evaluator")
    peran = models.CharField(max_length=10, choices=PeranTim.choices)
    tahun = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Kosong: setiap tahun.")

    class Meta:
        verbose_name = "penugasan evaluator"
        verbose_name_plural = "penugasan evaluator"
        constraints = [
            models.UniqueConstraint(fields=["user", "unit", "peran", "tahun"], condition=models.Q(tahun__isnull=False),
                                    name="penugasan_tahun_unik"),
            models.UniqueConstraint(fields=["user", "unit", "peran"], condition=models.Q(tahun__isnull=True),
                                    name="penugasan_unik"),
        ]

    def __str__(self) -> str:
        kapan = f" {self.tahun}" if self.tahun else ""
        return f"{self.user} — {self.get_peran_display()} ({self.unit}{kapan})"

    def berlaku(self, tahun: int) -> bool:
        """Whether the grant covers the evaluation of ``tahun``."""
        return self.tahun is None or self.tahun == tahun


class StatusEvaluasi(models.TextChoices):
    MANDIRI = "mandiri", "Penilaian mandiri"
    EVALUASI = "evaluasi", "Dievaluasi Inspektorat"
    FINAL = "final", "Final"


class Evaluasi(models.Model):
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="evaluasi_akip")
    tahun = models.PositiveSmallIntegerField()
    template = models.ForeignKey(TemplateLKE, on_delete=models.PROTECT, related_name="evaluasi")
    status = models.CharField(max_length=10, choices=StatusEvaluasi.choices, default=StatusEvaluasi.MANDIRI)
    # Stored when final (the published Nilai SAKIP), with the predikat rule that produced it.
    nilai_total = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    predikat = models.CharField(max_length=4, blank=True)
    aturan_predikat = models.ForeignKey(AturanPredikat, null=True, blank=True, on_delete=models.PROTECT,
                                        related_name="+")
    predikat_bawah_inklusif = models.BooleanField(null=True, blank=True)
    tanggal_final = models.DateField(null=True, blank=True)
    nomor_lhe = models.CharField(max_length=100, blank=True)
    kekuatan = models.TextField(blank=True)
    kelemahan = models.TextField(blank=True)

    class Meta:
        ordering = ["-tahun", "unit__urutan", "unit__nama"]
        verbose_name = "evaluasi AKIP"
        verbose_name_plural = "evaluasi AKIP"
        constraints = [models.UniqueConstraint(fields=["unit", "tahun"], name="evaluasi_unit_tahun_unik")]

    def __str__(self) -> str:
        return f"Evaluasi AKIP {self.unit} {self.tahun}"

    @property
    def final(self) -> bool:
        return self.status == StatusEvaluasi.FINAL


class Tahap(models.TextChoices):
    MANDIRI = "mandiri", "Penilaian mandiri (PD)"
    ANGGOTA = "anggota", "Anggota tim"
    KETUA = "ketua", "Ketua tim"
    DALNIS = "dalnis", "Pengendali teknis"


# The team's tiers, lowest first: the answer of the highest tier that answered prevails.
URUTAN_TIM = (Tahap.ANGGOTA, Tahap.KETUA, Tahap.DALNIS)


class JawabanEvaluasi(models.Model):
    """One tier's answer to one criterion (its history is the audit trail of this row)."""

    evaluasi = models.ForeignKey(Evaluasi, on_delete=models.CASCADE, related_name="jawaban")
    kriteria = models.ForeignKey(KriteriaLKE, on_delete=models.PROTECT, related_name="+")
    tahap = models.CharField(max_length=10, choices=Tahap.choices)
    opsi = models.ForeignKey(OpsiJawaban, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    catatan = models.TextField(blank=True)
    oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")
    diubah = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "jawaban evaluasi"
        verbose_name_plural = "jawaban evaluasi"
        constraints = [models.UniqueConstraint(fields=["evaluasi", "kriteria", "tahap"], name="jawaban_tahap_unik")]

    def __str__(self) -> str:
        return f"{self.evaluasi} {self.tahap} {self.opsi or '-'}"


class JenisBukti(models.TextChoices):
    REKAMAN = "rekaman", "Rekaman Sakip"
    BERKAS = "berkas", "Berkas unggahan"
    TAUTAN = "tautan", "Tautan (URL)"


class BuktiDukung(models.Model):
    evaluasi = models.ForeignKey(Evaluasi, on_delete=models.CASCADE, related_name="bukti")
    kriteria = models.ForeignKey(KriteriaLKE, on_delete=models.PROTECT, related_name="+")
    jenis = models.CharField(max_length=10, choices=JenisBukti.choices)
    rekaman = models.CharField(max_length=20, choices=JenisRekaman.choices, blank=True)
    rekaman_id = models.PositiveIntegerField(null=True, blank=True)
    judul = models.CharField(max_length=300)
    berkas = models.FileField(upload_to="evaluasi/bukti/", blank=True)
    url = models.URLField(max_length=500, blank=True)
    oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")
    dibuat = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kriteria", "pk"]
        verbose_name = "bukti dukung"
        verbose_name_plural = "bukti dukung"

    def __str__(self) -> str:
        return self.judul


class Prioritas(models.TextChoices):
    TINGGI = "tinggi", "Tinggi"
    SEDANG = "sedang", "Sedang"
    RENDAH = "rendah", "Rendah"


class StatusRekomendasi(models.TextChoices):
    BELUM = "belum", "Belum ditindaklanjuti"
    PROSES = "proses", "Dalam proses"
    TUNTAS = "tuntas", "Tuntas"


class Rekomendasi(models.Model):
    evaluasi = models.ForeignKey(Evaluasi, on_delete=models.CASCADE, related_name="rekomendasi")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="rekomendasi_akip",
                             help_text="PD pemilik tindak lanjut.")
    kriteria = models.ForeignKey(KriteriaLKE, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    uraian = models.TextField()
    prioritas = models.CharField(max_length=10, choices=Prioritas.choices, default=Prioritas.SEDANG)
    batas_waktu = models.DateField()
    status = models.CharField(max_length=10, choices=StatusRekomendasi.choices, default=StatusRekomendasi.BELUM)
    catatan_verifikasi = models.TextField(blank=True)
    tanggal_verifikasi = models.DateField(null=True, blank=True)
    urutan = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["evaluasi", "urutan", "pk"]
        verbose_name = "rekomendasi LHE"
        verbose_name_plural = "rekomendasi LHE"

    def __str__(self) -> str:
        return self.uraian[:80]


class TindakLanjut(models.Model):
    rekomendasi = models.ForeignKey(Rekomendasi, on_delete=models.CASCADE, related_name="tindak_lanjut")
    tanggal = models.DateField()
    uraian = models.TextField()
    url = models.URLField(max_length=500, blank=True)
    berkas = models.FileField(upload_to="evaluasi/tindak-lanjut/", blank=True)
    oleh = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")

    class Meta:
        ordering = ["rekomendasi", "tanggal", "pk"]
        verbose_name = "tindak lanjut"
        verbose_name_plural = "tindak lanjut"

    def __str__(self) -> str:
        return self.uraian[:80]
