"""Planning: periods with visi/misi, the cascade Tujuan → Sub Kegiatan, indicators, targets, scales."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models

from sakip.core.aggregation import Agregasi
from sakip.core.budget import TingkatAnggaran
from sakip.core.capaian import Polaritas
from sakip.core.derived import MILIK_SENDIRI
from sakip.core.skala import AturanSkala, RentangSkala
from sakip.organisasi.angka import BatasAngka
from sakip.organisasi.models import Pemda, Unit


class Skala(models.Model):
    """A category scale (IKM mutu, predikat SAKIP, IP ASN, ...): configuration, not code."""

    kode = models.SlugField(unique=True)
    nama = models.CharField(max_length=200)
    desimal_klasifikasi = models.PositiveSmallIntegerField(default=2)

    class Meta:
        verbose_name = "skala kategori"
        verbose_name_plural = "skala kategori"
        ordering = ["kode"]

    def __str__(self) -> str:
        return self.nama

    def ke_aturan(self) -> AturanSkala:
        bands = tuple(k.ke_rentang() for k in self.kelas.all())
        return AturanSkala(self.kode, self.nama, bands, self.desimal_klasifikasi)


class KelasSkala(models.Model):
    skala = models.ForeignKey(Skala, on_delete=models.CASCADE, related_name="kelas")
    kode = models.CharField(max_length=10)
    label = models.CharField(max_length=60)
    bawah = models.DecimalField(max_digits=9, decimal_places=4, null=True, blank=True,
                                validators=[BatasAngka("skala")])
    bawah_inklusif = models.BooleanField(default=True)
    atas = models.DecimalField(max_digits=9, decimal_places=4, null=True, blank=True,
                               validators=[BatasAngka("skala")])
    atas_inklusif = models.BooleanField(default=False)
    peringkat = models.PositiveSmallIntegerField(help_text="Makin besar makin baik.")

    class Meta:
        ordering = ["skala", "peringkat"]
        verbose_name = "kelas skala"
        verbose_name_plural = "kelas skala"
        constraints = [
            models.UniqueConstraint(fields=["skala", "peringkat"], name="kelas_peringkat_unik"),
        ]

    def __str__(self) -> str:
        return f"{self.kode} ({self.label})"

    def ke_rentang(self) -> RentangSkala:
        return RentangSkala(
            self.kode, self.label, self.bawah, self.bawah_inklusif, self.atas, self.atas_inklusif, self.peringkat
        )


class PeriodePerencanaan(models.Model):
    """An RPJMD/Renstra period; one year may fall in two (2025 does)."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="periode")
    nama = models.CharField(max_length=20)
    tahun_mulai = models.PositiveSmallIntegerField()
    tahun_selesai = models.PositiveSmallIntegerField()
    dasar_hukum = models.TextField(blank=True)
    visi = models.TextField()

    class Meta:
        verbose_name = "periode perencanaan"
        verbose_name_plural = "periode perencanaan"
        ordering = ["pemda", "tahun_mulai"]
        constraints = [
            models.UniqueConstraint(fields=["pemda", "nama"], name="periode_nama_unik"),
            models.CheckConstraint(
                condition=models.Q(tahun_selesai__gte=models.F("tahun_mulai")), name="periode_urut"
            ),
        ]

    def __str__(self) -> str:
        return f"Periode {self.nama}"

    def memuat(self, tahun: int) -> bool:
        return self.tahun_mulai <= tahun <= self.tahun_selesai


class Misi(models.Model):
    periode = models.ForeignKey(PeriodePerencanaan, on_delete=models.CASCADE, related_name="misi")
    nomor = models.PositiveSmallIntegerField()
    uraian = models.TextField()

    class Meta:
        verbose_name_plural = "misi"
        ordering = ["periode", "nomor"]
        constraints = [models.UniqueConstraint(fields=["periode", "nomor"], name="misi_nomor_unik")]

    def __str__(self) -> str:
        return f"Misi {self.nomor} ({self.periode.nama})"


class DukunganMisi(models.Model):
    """Which misi of the Kepala Daerah a unit's plan supports in a period."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="dukungan_misi")
    misi = models.ForeignKey(Misi, on_delete=models.CASCADE, related_name="pendukung")

    class Meta:
        verbose_name = "dukungan misi"
        verbose_name_plural = "dukungan misi"
        constraints = [models.UniqueConstraint(fields=["unit", "misi"], name="dukungan_misi_unik")]

    def __str__(self) -> str:
        return f"{self.unit} → {self.misi}"


class TingkatCascade(models.TextChoices):
    TUJUAN = "tujuan", "Tujuan"
    SASARAN = "sasaran", "Sasaran"
    PROGRAM = TingkatAnggaran.PROGRAM.value, "Program"
    KEGIATAN = TingkatAnggaran.KEGIATAN.value, "Kegiatan"
    SUB_KEGIATAN = TingkatAnggaran.SUB_KEGIATAN.value, "Sub Kegiatan"


URUTAN_TINGKAT = [t.value for t in TingkatCascade]


class NodeCascade(models.Model):
    """One box of the penjenjangan strategis (cascade) of a unit in a period."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="cascade")
    periode = models.ForeignKey(PeriodePerencanaan, on_delete=models.PROTECT, related_name="cascade")
    induk = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="anak")
    tingkat = models.CharField(max_length=20, choices=TingkatCascade.choices)
    kode = models.CharField(max_length=30, blank=True, help_text="Kode Permendagri 90/2019, bila ada.")
    nama = models.TextField()
    urutan = models.PositiveIntegerField(default=0)
    # RPJMD tujuan (nodes of the Pemda-level unit) name the misi they serve.
    misi = models.ForeignKey(Misi, null=True, blank=True, on_delete=models.SET_NULL, related_name="tujuan_rpjmd")
    # Alignment: a PD's tujuan/sasaran supports a tujuan/sasaran of the RPJMD (pohon kinerja).
    mendukung = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="pendukung",
        help_text="Tujuan/sasaran RPJMD yang didukung kotak ini.",
    )

    class Meta:
        verbose_name = "node cascade"
        verbose_name_plural = "cascade (penjenjangan strategis)"
        ordering = ["unit", "periode", "urutan"]
        indexes = [models.Index(fields=["unit", "periode"])]

    def __str__(self) -> str:
        return f"{self.get_tingkat_display()}: {self.nama}"

    def clean(self) -> None:
        self._clean_keselarasan()
        if self.induk is None:
            return
        if (self.induk.unit_id, self.induk.periode_id) != (self.unit_id, self.periode_id):
            raise ValidationError({"induk": "Induk harus berada pada unit dan periode yang sama."})
        if URUTAN_TINGKAT.index(self.tingkat) <= URUTAN_TINGKAT.index(self.induk.tingkat):
            raise ValidationError(
                {"tingkat": f"{self.get_tingkat_display()} tidak dapat berada di bawah "
                 f"{self.induk.get_tingkat_display()}."}
            )


    def _clean_keselarasan(self) -> None:
        rpjmd = (TingkatCascade.TUJUAN, TingkatCascade.SASARAN)
        if self.misi_id is not None:
            if self.misi.periode_id != self.periode_id:
                raise ValidationError({"misi": "Misi harus dari periode perencanaan yang sama."})
            if self.unit.jenis != "pemda" or self.tingkat != TingkatCascade.TUJUAN:
                raise ValidationError({"misi": "Hanya tujuan RPJMD (tingkat Pemda) yang dikaitkan ke misi."})
        if self.mendukung_id is None:
            return
        target = self.mendukung
        if self.unit.jenis == "pemda":
            raise ValidationError({"mendukung": "Kotak RPJMD tidak mendukung kotak lain; kaitkan ke misi."})
        if target.unit.jenis != "pemda" or target.unit.pemda_id != self.unit.pemda_id:
            raise ValidationError({"mendukung": "Yang didukung harus tujuan/sasaran RPJMD Pemda yang sama."})
        if target.periode_id != self.periode_id:
            raise ValidationError({"mendukung": "Renstra hanya mendukung RPJMD periode yang sama."})
        if self.tingkat not in rpjmd or target.tingkat not in rpjmd:
            raise ValidationError({"mendukung": "Keselarasan dicatat antara tujuan/sasaran saja."})


class Indikator(models.Model):
    """A performance indicator of a unit in one planning period."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="indikator")
    periode = models.ForeignKey(PeriodePerencanaan, on_delete=models.PROTECT, related_name="indikator")
    node = models.ForeignKey(
        NodeCascade, null=True, blank=True, on_delete=models.CASCADE, related_name="indikator",
        help_text="Kosong untuk indikator kinerja lainnya di luar cascade.",
    )
    pendahulu = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="penerus",
        help_text="Indikator yang sama pada periode sebelumnya, untuk perbandingan antar tahun.",
    )
    ref = models.CharField(
        max_length=80,
        validators=[RegexValidator(r"^[\w.\-]+$", "Gunakan huruf, angka, titik, garis bawah atau tanda hubung.")],
        help_text="Kunci unik dalam unit, untuk impor dan rujukan.",
    )
    kode_standar = models.CharField(
        max_length=40, blank=True,
        help_text="Jenis indikator yang sama di seluruh Pemda (ikm, nilai_sakip, ...), untuk agregasi antar PD.",
    )
    nama = models.TextField()
    satuan = models.CharField(max_length=60, blank=True)
    definisi = models.TextField("definisi operasional", blank=True)
    formulasi = models.TextField(blank=True)
    sumber_data = models.TextField(blank=True)
    iku = models.BooleanField("IKU", default=False)
    polaritas = models.CharField(
        max_length=10,
        choices=[(Polaritas.POSITIF.value, "Semakin tinggi semakin baik"),
                 (Polaritas.NEGATIF.value, "Semakin rendah semakin baik")],
        default=Polaritas.POSITIF.value,
    )
    agregasi = models.CharField(
        max_length=12,
        choices=[(Agregasi.JUMLAH.value, "Jumlah (kumulatif)"),
                 (Agregasi.TERAKHIR.value, "Nilai terakhir"),
                 (Agregasi.RATA_RATA.value, "Rata-rata")],
        default=Agregasi.TERAKHIR.value,
        help_text="Cara nilai triwulan/semester membentuk nilai tahunan.",
    )
    skala = models.ForeignKey(Skala, null=True, blank=True, on_delete=models.PROTECT)
    desimal = models.PositiveSmallIntegerField(default=2)
    target_akhir = models.DecimalField(
        "target akhir periode", max_digits=20, decimal_places=4, null=True, blank=True,
        validators=[BatasAngka("nilai")],
    )
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "indikator"
        verbose_name_plural = "indikator"
        ordering = ["unit", "periode", "urutan"]
        constraints = [models.UniqueConstraint(fields=["unit", "ref"], name="indikator_ref_unik")]

    def __str__(self) -> str:
        return self.nama

    def clean(self) -> None:
        if self.node_id and (self.node.unit_id, self.node.periode_id) != (self.unit_id, self.periode_id):
            raise ValidationError({"node": "Node cascade harus berada pada unit dan periode yang sama."})
        if self.pendahulu_id and self.pendahulu.unit_id != self.unit_id:
            raise ValidationError({"pendahulu": "Indikator pendahulu harus milik unit yang sama."})

    @property
    def polaritas_enum(self) -> Polaritas:
        return Polaritas(self.polaritas)

    @property
    def agregasi_enum(self) -> Agregasi:
        return Agregasi(self.agregasi)

    def rantai(self) -> list[Indikator]:
        """This indicator and its predecessors, newest first (guards against cycles)."""
        chain: list[Indikator] = []
        seen: set[int] = set()
        cur: Indikator | None = self
        while cur is not None and cur.pk not in seen:
            chain.append(cur)
            seen.add(cur.pk)
            cur = cur.pendahulu
        return chain


class Target(models.Model):
    """The planned target of an indicator for one year."""

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="target")
    tahun = models.PositiveSmallIntegerField()
    nilai = models.DecimalField(max_digits=20, decimal_places=4, validators=[BatasAngka("nilai")])

    class Meta:
        verbose_name_plural = "target"
        ordering = ["indikator", "tahun"]
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun"], name="target_tahun_unik")]

    def __str__(self) -> str:
        return f"{self.indikator} {self.tahun}: {self.nilai}"


class IndikatorTurunan(models.Model):
    """Makes an indicator's realisasi a figure computed over other units (or its own budget).

    From ``mulai_tahun`` on, the computed value is the realisasi and nothing is typed;
    values stored for earlier years remain as history from before Sakip.
    """

    FUNGSI = [
        ("rata_rata", "Rata-rata nilai unit"),
        ("jumlah", "Jumlah nilai unit"),
        ("hitung", "Jumlah unit yang memenuhi syarat"),
        ("minimum", "Nilai terendah"),
        ("maksimum", "Nilai tertinggi"),
        ("serapan_anggaran", "Serapan anggaran unit sendiri"),
        ("nilai_lke", "Nilai SAKIP dari Evaluasi AKIP (LKE) unit sendiri"),
        ("ikm_skm", "IKM dari Survei Kepuasan Masyarakat (SKM) unit sendiri"),
    ]
    CAKUPAN = [
        ("pd", "Perangkat Daerah (unit tingkat teratas)"),
        ("semua", "Semua unit yang mempunyai indikator sumber (PD dan UKPD)"),
        ("sendiri", "Unit pemilik indikator"),
    ]

    indikator = models.OneToOneField(Indikator, on_delete=models.CASCADE, related_name="turunan")
    fungsi = models.CharField(max_length=20, choices=FUNGSI)
    sumber = models.CharField(
        "kode standar sumber", max_length=40, blank=True,
        help_text="kode_standar indikator unit yang diolah (mis. nilai_sakip, ikm).",
    )
    kategori_min = models.CharField(
        "kategori minimal", max_length=20, blank=True,
        help_text="Untuk 'hitung': kategori terendah yang memenuhi (mis. B), pada skala indikator sumber.",
    )
    nilai_min = models.DecimalField(max_digits=20, decimal_places=4, null=True, blank=True,
                                    validators=[BatasAngka("nilai")])
    cakupan = models.CharField(max_length=10, choices=CAKUPAN, default="pd")
    mulai_tahun = models.PositiveSmallIntegerField(help_text="Tahun pertama nilai dihitung.")

    class Meta:
        verbose_name = "indikator turunan"
        verbose_name_plural = "indikator turunan"

    def __str__(self) -> str:
        return f"{self.indikator} = {self.get_fungsi_display()} {self.sumber}".strip()

    def clean(self) -> None:
        if self.fungsi in MILIK_SENDIRI:
            if self.sumber or self.cakupan != "sendiri":
                raise ValidationError(f"{self.get_fungsi_display()} dihitung dari data unit sendiri, tanpa sumber; "
                                      "cakupan harus 'Unit pemilik indikator'.")
        elif not self.sumber:
            raise ValidationError({"sumber": "Sebutkan kode standar indikator sumber."})
        if self.fungsi != "hitung" and (self.kategori_min or self.nilai_min is not None):
            raise ValidationError("Syarat kategori/nilai minimal hanya untuk fungsi 'hitung'.")
