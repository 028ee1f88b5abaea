"""Pemda, its units (Perangkat Daerah and their sub units), officials and who held which post."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from sakip.core.nip import NIPError, parse_nip

from .angka import BatasAngka


class Pemda(models.Model):
    """A Pemerintah Daerah: the tenant. Every other row hangs off one."""

    slug = models.SlugField(unique=True)
    nama = models.CharField(max_length=200)
    provinsi = models.CharField(max_length=100)
    ibukota = models.CharField(max_length=100, blank=True)
    # Stored only through organisasi.services.atur_logo_pemda (checked, re-encoded, unguessable name).
    logo = models.FileField("logo Pemda", max_length=200, blank=True, editable=False)

    class Meta:
        verbose_name = "pemerintah daerah"
        verbose_name_plural = "pemerintah daerah"

    def __str__(self) -> str:
        return self.nama


class JenisUnit(models.TextChoices):
    SEKRETARIAT_DAERAH = "sekretariat_daerah", "Sekretariat Daerah"
    SEKRETARIAT_DPRD = "sekretariat_dprd", "Sekretariat DPRD"
    BAGIAN = "bagian", "Bagian"
    DINAS = "dinas", "Dinas"
    BADAN = "badan", "Badan"
    INSPEKTORAT = "inspektorat", "Inspektorat"
    SATPOL_PP = "satpol_pp", "Satuan Polisi Pamong Praja"
    RSUD = "rsud", "Rumah Sakit Umum Daerah"
    KECAMATAN = "kecamatan", "Kecamatan"
    KELURAHAN = "kelurahan", "Kelurahan"
    LAINNYA = "lainnya", "Unit kerja lainnya"
    # The Kabupaten/Kota itself: holds the RPJMD cascade and the IKU Pemda, so the same
    # cascade, measurement and LKjIP generator serve the Pemda level. Never a PD.
    PEMDA = "pemda", "Pemerintah Daerah (tingkat Kabupaten/Kota)"


class UnitQuerySet(models.QuerySet["Unit"]):
    def tanpa_pemda(self) -> UnitQuerySet:
        """Every unit except the Pemda-level unit (PDs and their sub units)."""
        return self.exclude(jenis=JenisUnit.PEMDA)

    def perangkat_daerah(self) -> UnitQuerySet:
        """The top-level Perangkat Daerah."""
        return self.filter(induk__isnull=True).exclude(jenis=JenisUnit.PEMDA)


class Unit(models.Model):
    """A Perangkat Daerah or one of its sub units (Bagian of Setda, Kelurahan, UPT).

    Hierarchy by ``induk``; validity dates keep history through reorganisations.
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="units")
    induk = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="anak"
    )
    slug = models.SlugField(max_length=80)
    nama = models.CharField(max_length=200)
    singkatan = models.CharField(max_length=40, blank=True)
    jenis = models.CharField(max_length=30, choices=JenisUnit.choices)
    kode_organisasi = models.CharField(max_length=30, blank=True)
    alamat = models.TextField(blank=True)
    tugas_fungsi = models.TextField("tugas dan fungsi", blank=True)
    struktur_organisasi = models.TextField(blank=True)
    # Pictures of the unit's profile (BAB I), stored only through organisasi.services.atur_gambar_unit.
    peta_wilayah = models.FileField("peta wilayah", max_length=200, blank=True, editable=False)
    gambar_struktur = models.FileField("gambar struktur organisasi", max_length=200, blank=True, editable=False)
    sintetis = models.BooleanField(
        default=False, help_text="Data buatan untuk demo, bukan data nyata Pemda."
    )
    berlaku_mulai = models.DateField(null=True, blank=True)
    berlaku_sampai = models.DateField(null=True, blank=True)
    urutan = models.PositiveIntegerField(default=0)

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = "unit kerja"
        verbose_name_plural = "unit kerja"
        ordering = ["pemda", "urutan", "nama"]
        constraints = [
            models.UniqueConstraint(fields=["pemda", "slug"], name="unit_slug_per_pemda"),
            models.UniqueConstraint(fields=["pemda"], condition=Q(jenis="pemda"), name="satu_unit_pemda"),
        ]

    def __str__(self) -> str:
        return f"{self.nama} (sintetis)" if self.sintetis else self.nama

    @property
    def tingkat_pemda(self) -> bool:
        return self.jenis == JenisUnit.PEMDA

    def clean(self) -> None:
        if self.induk_id and self.induk.pemda_id != self.pemda_id:
            raise ValidationError({"induk": "Unit induk harus berada pada Pemda yang sama."})
        if self.jenis == JenisUnit.PEMDA and self.induk_id:
            raise ValidationError({"induk": "Unit tingkat Pemda tidak mempunyai unit induk."})


class FaktaWilayah(models.Model):
    """A line of the 'gambaran umum': luas, ketinggian, batas wilayah, as printed."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="wilayah")
    label = models.CharField(max_length=120)
    nilai = models.CharField(max_length=300)
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["unit", "urutan"]
        verbose_name = "fakta wilayah"
        verbose_name_plural = "fakta wilayah"

    def __str__(self) -> str:
        return f"{self.label}: {self.nilai}"


class Aset(models.Model):
    """One KIB row of the unit's aset table; group totals are computed, never stored."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="aset")
    kelompok = models.CharField(max_length=80)
    kib = models.CharField("KIB", max_length=2, blank=True)
    kode_akun = models.CharField(max_length=30)
    uraian = models.CharField(max_length=200)
    nilai = models.DecimalField(max_digits=18, decimal_places=2, validators=[BatasAngka("rupiah")])
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["unit", "urutan"]
        verbose_name = "aset"
        verbose_name_plural = "aset"

    def __str__(self) -> str:
        return f"{self.kode_akun} {self.uraian}"


def validate_nip(value: str) -> None:
    try:
        parse_nip(value)
    except NIPError as exc:
        raise ValidationError(str(exc)) from exc


class Pejabat(models.Model):
    """A person who signs: name with titles, NIP, pangkat/golongan."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="pejabat")
    nama = models.CharField(max_length=120)
    gelar_depan = models.CharField(max_length=40, blank=True)
    gelar_belakang = models.CharField(max_length=60, blank=True)
    nip = models.CharField("NIP", max_length=18, blank=True, validators=[validate_nip])
    pangkat = models.CharField(max_length=60, blank=True)
    golongan = models.CharField(max_length=10, blank=True)
    sintetis = models.BooleanField(default=False)

    class Meta:
        verbose_name = "pejabat"
        verbose_name_plural = "pejabat"
        ordering = ["nama"]
        constraints = [
            models.UniqueConstraint(
                fields=["pemda", "nip"], condition=~Q(nip=""), name="nip_unik_per_pemda"
            )
        ]

    def __str__(self) -> str:
        return self.nama_lengkap

    @property
    def nama_lengkap(self) -> str:
        """'dr. IKFINA FAHMAWATI, M.Si' as a signature block prints it."""
        name = f"{self.gelar_depan} {self.nama}".strip()
        return f"{name}, {self.gelar_belakang}" if self.gelar_belakang else name

    @property
    def pangkat_golongan(self) -> str:
        if self.pangkat and self.golongan:
            return f"{self.pangkat} ({self.golongan})"
        return self.pangkat or self.golongan


class Jabatan(models.Model):
    """Who held which post, and when: the signatory of a document dated d is looked up here."""

    pejabat = models.ForeignKey(Pejabat, on_delete=models.PROTECT, related_name="jabatan")
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="jabatan")
    nama = models.CharField("nama jabatan", max_length=160)
    plt = models.BooleanField("Plt.", default=False, help_text="Pelaksana tugas")
    kepala_unit = models.BooleanField(default=False, help_text="Jabatan ini memimpin unitnya.")
    mulai = models.DateField()
    selesai = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = "jabatan"
        verbose_name_plural = "riwayat jabatan"
        ordering = ["-mulai"]

    def __str__(self) -> str:
        return f"{self.judul} — {self.pejabat}"

    @property
    def judul(self) -> str:
        return f"Plt. {self.nama}" if self.plt else self.nama

    def clean(self) -> None:
        if self.selesai and self.selesai < self.mulai:
            raise ValidationError({"selesai": "Tanggal selesai tidak boleh sebelum tanggal mulai."})

    def berlaku_pada(self, d: date) -> bool:
        return self.mulai <= d and (self.selesai is None or d <= self.selesai)


class PengaturanPemda(models.Model):
    """Pemda-wide choices the regulations leave open (SAKIP-rules §3.2-3.3)."""

    pemda = models.OneToOneField(Pemda, on_delete=models.CASCADE, related_name="pengaturan")
    metode_negatif = models.CharField(
        max_length=20,
        choices=[("2t_minus_r", "(2T − R) / T × 100%"), ("t_per_r", "T / R × 100%")],
        default="2t_minus_r",
    )
    clamp_nol = models.BooleanField(default=True, help_text="Capaian negatif dicetak 0%.")

    class Meta:
        verbose_name = "pengaturan Pemda"
        verbose_name_plural = "pengaturan Pemda"

    def __str__(self) -> str:
        return f"Pengaturan {self.pemda}"



class Peran(models.TextChoices):
    ADMIN_PEMDA = "admin_pemda", "Admin Pemda (Bagian Organisasi)"
    OPERATOR_PD = "operator_pd", "Operator PD"
    KEPALA_PD = "kepala_pd", "Kepala PD"
    INSPEKTORAT = "inspektorat", "Inspektorat"
    PIMPINAN = "pimpinan", "Pimpinan"


class Keanggotaan(models.Model):
    """A user's role in a Pemda, and for PD roles the unit it applies to."""

    user = models.ForeignKey("auth.User", on_delete=models.CASCADE, related_name="keanggotaan")
    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="anggota")
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.CASCADE, related_name="anggota")
    peran = models.CharField(max_length=20, choices=Peran.choices)

    class Meta:
        verbose_name = "keanggotaan"
        verbose_name_plural = "keanggotaan"
        constraints = [
            models.UniqueConstraint(fields=["user", "pemda", "unit", "peran"], name="keanggotaan_unik"),
            models.CheckConstraint(
                condition=(Q(peran__in=["operator_pd", "kepala_pd"], unit__isnull=False)
                           | Q(peran__in=["admin_pemda", "inspektorat", "pimpinan"], unit__isnull=True)),
                name="keanggotaan_unit_sesuai_peran",
            ),
        ]

    def __str__(self) -> str:
        where = self.unit or self.pemda
        return f"{self.user} — {self.get_peran_display()} ({where})"
