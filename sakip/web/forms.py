"""Forms: what a user typed, checked and turned into values for the services.

Numbers are typed the Indonesian way and read by ``sakip.core.formatting.parse_angka`` only,
then bounded by ``sakip.core.batas`` (the same check the services make, by the indicator's
unit, Rupiah for budgets); an error names the cell and says how to write it right. What was
typed is kept to show again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm
from django.core.exceptions import ValidationError
from django.db.models import QuerySet

from sakip.core import formatting as fmt
from sakip.core.batas import BATAS, AngkaDitolak, JenisAngka, jenis_satuan, periksa
from sakip.laporan.models import JenisLaporan
from sakip.organisasi.models import Pejabat, Pemda, Peran, Unit
from sakip.perencanaan.models import (
    URUTAN_TINGKAT,
    Indikator,
    NodeCascade,
    PeriodePerencanaan,
    Skala,
    TingkatCascade,
)
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.realisasi.models import JenisNarasi
from sakip.web.services import IsianSel
from sakip.web.sheets import LembarAnggaran, LembarRealisasi, teks_nilai


def baca_angka(teks: str, jenis: JenisAngka | None = JenisAngka.NILAI) -> Decimal:
    """A typed number as Decimal within the bounds of ``jenis``, or ValidationError in Indonesian.

    ``jenis`` None only reads the number: for a value the page itself showed, checked when stored.
    """
    try:
        value = fmt.parse_angka(teks)
    except fmt.ParseError as exc:
        raise ValidationError(str(exc)) from exc
    if jenis is None:
        return value
    try:
        return periksa(value, jenis)
    except AngkaDitolak as exc:
        raise ValidationError(str(exc), code="angka") from None


class AngkaField(forms.CharField):
    """A number typed as Indonesians write it ('93,15', '1.250.000'); shown back the same way."""

    def __init__(self, *, jenis: JenisAngka = JenisAngka.NILAI, **kwargs: Any) -> None:
        self.jenis = jenis  # a form may narrow it once it knows the indicator's unit
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}))
        super().__init__(**kwargs)

    @property
    def desimal(self) -> int:
        return BATAS[self.jenis].desimal

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal | int):
            return teks_nilai(Decimal(value), self.desimal)
        return value

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]  # a number, not text
        text = super().to_python(value)
        if not text:
            return None
        return baca_angka(text, self.jenis)


class MasukForm(AuthenticationForm):
    """Login with Indonesian labels and messages."""

    error_messages = {
        "invalid_login": "Nama pengguna atau kata sandi salah. Periksa huruf besar/kecil lalu coba lagi.",
        "inactive": "Akun ini dinonaktifkan. Hubungi Admin Pemda (Bagian Organisasi).",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Nama pengguna"
        self.fields["password"].label = "Kata sandi"


class UbahKataSandiForm(PasswordChangeForm):
    """A user's own new password: the old one first, then the new one twice (Django's validators)."""

    error_messages = {
        "password_incorrect": "Kata sandi lama salah. Ketik lagi kata sandi yang Anda pakai untuk masuk.",
        "password_mismatch": "Kedua kata sandi baru tidak sama.",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "Kata sandi lama"
        self.fields["new_password1"].label = "Kata sandi baru"
        self.fields["new_password2"].label = "Ulangi kata sandi baru"
        self.fields["new_password1"].help_text = ("Paling sedikit 8 karakter, tidak hanya angka, bukan kata sandi "
                                                  "yang umum, dan tidak mirip nama atau nama pengguna Anda.")
        self.fields["new_password2"].help_text = ""


# -- Entry sheets -------------------------------------------------------------------------------

OTOMATIS = "Nilai indikator ini dihitung otomatis dari data perangkat daerah; tidak diisi manual."


def _berubah(data: Mapping[str, str], nama: str, asal: str) -> str | None:
    """What was typed in a cell when it differs from what the page showed, else None."""
    if nama not in data:
        return None
    typed = data[nama].strip()
    return None if typed == data.get(f"a-{nama}", asal).strip() else typed


SEMULA_RUSAK = "Nilai awal sel ini tidak terbaca; muat ulang halaman lalu isi lagi."


def _semula(data: Mapping[str, str], nama: str, asal: str) -> Decimal | None:
    """The value a cell showed when the page was opened (posted as ``a-<name>``)."""
    teks = data.get(f"a-{nama}", asal).strip()
    return None if teks == "" else baca_angka(teks, None)


def _tak_dikenal(data: Mapping[str, str], awalan: str, dikenal: set[str]) -> int:
    """Changed cells posted for rows or columns the sheet no longer has."""
    return sum(
        1 for k, v in data.items()
        if k.startswith(awalan) and k not in dikenal and v.strip() != data.get(f"a-{k}", "").strip()
    )


@dataclass
class IsianRealisasi:
    """The cells of a posted realisasi sheet: changes to store, and errors per cell.

    Only cells whose text differs from what the page showed are taken: a cell nobody
    touched never overwrites what a colleague stored meanwhile. Each change carries the
    value the page showed (the hidden ``a-`` field), so the save can refuse a cell that
    a colleague changed after the page was opened.
    """

    perubahan: dict[int, dict[str, IsianSel]] = field(default_factory=dict)
    galat: dict[str, str] = field(default_factory=dict)  # input name -> message
    teks: dict[str, str] = field(default_factory=dict)  # input name -> what was typed
    baris: dict[int, int] = field(default_factory=dict)  # source indicator -> row indicator
    hilang: int = 0  # changed cells the sheet no longer has (it changed meanwhile)

    @classmethod
    def baca(cls, lembar: LembarRealisasi, data: Mapping[str, str]) -> IsianRealisasi:
        out = cls()
        dikenal: set[str] = set()
        for baris in lembar.baris:
            jenis = jenis_satuan(baris.indikator.satuan)
            for sel in baris.sel_isian:
                dikenal.add(sel.nama)
                typed = _berubah(data, sel.nama, sel.asal)
                if typed is None:
                    continue
                out.teks[sel.nama] = typed
                if sel.terkunci:
                    out.galat[sel.nama] = OTOMATIS if sel.otomatis else sel.sebab_kunci
                    continue
                try:
                    value = None if typed == "" else baca_angka(typed, jenis)
                except ValidationError as exc:
                    out.galat[sel.nama] = exc.messages[0]
                    continue
                try:
                    semula = _semula(data, sel.nama, sel.asal)
                except ValidationError:
                    out.galat[sel.nama] = SEMULA_RUSAK
                    continue
                assert sel.bagian is not None  # noqa: S101  # sel_isian holds only value cells
                out.perubahan.setdefault(baris.sumber_id, {})[sel.bagian.value] = IsianSel(value, semula)
                out.baris[baris.sumber_id] = baris.id
        out.hilang = _tak_dikenal(data, "v-", dikenal)
        return out

    def tolak(self, galat_sel: Mapping[tuple[int, str], str]) -> None:
        """Errors the services gave per cell (source indicator, bagian): mark those cells as not stored."""
        for (sumber, bagian), pesan in galat_sel.items():
            self.perubahan.get(sumber, {}).pop(bagian, None)
            self.galat[f"v-{self.baris.get(sumber, sumber)}-{bagian}"] = pesan

    def tampilkan(self, lembar: LembarRealisasi) -> None:
        """Lay what was typed (and refused) over a freshly built sheet, so nothing is lost."""
        for baris in lembar.baris:
            for sel in baris.sel_isian:
                if sel.nama in self.galat:
                    sel.teks = self.teks.get(sel.nama, sel.teks)
                    sel.galat = self.galat[sel.nama]

    @property
    def jumlah_tersimpan(self) -> int:
        return sum(len(v) for v in self.perubahan.values())


@dataclass
class IsianAnggaran:
    perubahan: dict[int, dict[int, Decimal | None]] = field(default_factory=dict)
    galat: dict[str, str] = field(default_factory=dict)
    teks: dict[str, str] = field(default_factory=dict)
    hilang: int = 0

    @classmethod
    def baca(cls, lembar: LembarAnggaran, data: Mapping[str, str]) -> IsianAnggaran:
        out = cls()
        dikenal: set[str] = set()
        for baris in lembar.baris:
            for sel in baris.sel:
                dikenal.add(sel.nama)
                typed = _berubah(data, sel.nama, sel.asal)
                if typed is None:
                    continue
                out.teks[sel.nama] = typed
                if sel.terkunci:
                    out.galat[sel.nama] = sel.sebab_kunci
                    continue
                try:
                    value = None if typed == "" else baca_angka(typed, JenisAngka.RUPIAH)
                except ValidationError as exc:
                    out.galat[sel.nama] = exc.messages[0]
                    continue
                out.perubahan.setdefault(baris.id, {})[sel.triwulan] = value
        out.hilang = _tak_dikenal(data, "r-", dikenal)
        return out

    def tolak(self, galat_baris: Mapping[int, str]) -> None:
        for line_id, pesan in galat_baris.items():
            for tw in self.perubahan.pop(line_id, {}):
                self.galat[f"r-{line_id}-{tw}"] = pesan

    def tampilkan(self, lembar: LembarAnggaran) -> None:
        for baris in lembar.baris:
            for sel in baris.sel:
                if sel.nama in self.galat:
                    sel.teks = self.teks.get(sel.nama, sel.teks)
                    sel.galat = self.galat[sel.nama]

    @property
    def jumlah_tersimpan(self) -> int:
        return sum(len(v) for v in self.perubahan.values())


# -- Filters --------------------------------------------------------------------------------------


class FilterPemdaForm(forms.Form):
    """Sorting and filtering of the Pemda dashboard (GET; bad values fall back to defaults)."""

    cari = forms.CharField(label="Cari perangkat daerah", required=False, max_length=100)
    jenis = forms.ChoiceField(label="Jenis", required=False)
    predikat = forms.ChoiceField(label="Predikat kinerja", required=False)
    urut = forms.ChoiceField(label="Urutkan", required=False)
    arah = forms.ChoiceField(label="Arah", required=False, choices=[("naik", "Naik"), ("turun", "Turun")])
    # Chosen with the links above the cards (they change too); kept here so filtering keeps it.
    triwulan = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, widget=forms.HiddenInput,
                                      choices=[("", "Setahun"), *((i, f"Triwulan {i}") for i in (1, 2, 3, 4))])

    def __init__(self, *args: Any, jenis: list[tuple[str, str]], predikat: list[tuple[str, str]],
                 urut: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["jenis"].choices = [("", "Semua jenis"), *jenis]
        self.fields["predikat"].choices = [("", "Semua predikat"), *predikat, ("-", "Belum terukur")]
        self.fields["urut"].choices = list(urut.items())

    def nilai(self) -> dict[str, Any]:
        """The cleaned filters; each one that was not valid takes its default (the others stay)."""
        data: dict[str, Any] = {}
        if self.is_bound:
            self.is_valid()  # fills cleaned_data with the fields that are valid
            data = self.cleaned_data
        return {
            "cari": data.get("cari", ""),
            "jenis": data.get("jenis", ""),
            "predikat": data.get("predikat", ""),
            "urut": data.get("urut") or "nama",
            "turun": data.get("arah") == "turun",
            "triwulan": data.get("triwulan"),
        }

    @property
    def triwulan_salah(self) -> str:
        """The triwulan asked for when it is not one (the dashboard then shows the year)."""
        return str(self.data.get("triwulan", ""))[:20] if self.is_bound and "triwulan" in self.errors else ""


class TriwulanForm(forms.Form):
    tw = forms.TypedChoiceField(label="Triwulan", coerce=int, choices=[(i, f"Triwulan {r}") for i, r in
                                                                      ((1, "I"), (2, "II"), (3, "III"), (4, "IV"))])


class LangkahForm(TriwulanForm):
    """A button of the approval workflow: which triwulan, the reason if the step needs one, where to return."""

    alasan = forms.CharField(label="Alasan", required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))
    kembali = forms.ChoiceField(required=False, choices=[("pd_tahun", "Dasbor"), ("realisasi", "Realisasi"),
                                                         ("anggaran", "Anggaran")])

    def __init__(self, *args: Any, alasan_wajib: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["tw"].error_messages.update(required="Pilih triwulannya (I sampai IV).",
                                                invalid_choice="Pilih triwulannya (I sampai IV).")
        if alasan_wajib:
            self.fields["alasan"].required = True
            self.fields["alasan"].error_messages["required"] = "Tuliskan alasannya; alasan dicatat dalam jejak audit."


class HitungForm(TriwulanForm):
    """One row of a sheet sent for recalculation as it is typed."""

    baris = forms.IntegerField(min_value=1)


# -- Narratives -----------------------------------------------------------------------------------


def _teks(label: str) -> forms.CharField:
    return forms.CharField(label=label, required=False, max_length=20000, strip=True,
                           widget=forms.Textarea(attrs={"rows": 5}))


class NarasiIndikatorForm(forms.Form):
    faktor_pendorong = _teks("Faktor pendorong/keberhasilan")
    faktor_penghambat = _teks("Faktor penghambat")
    solusi = _teks("Alternatif solusi")
    rencana_tindak_lanjut = _teks("Rencana tindak lanjut")


class NarasiUnitForm(forms.Form):
    """The PD's own texts of the LKjIP, one field per kind (JenisNarasi)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for value, label in JenisNarasi.choices:
            self.fields[value] = _teks(label)


# -- Perjanjian Kinerja ----------------------------------------------------------------------------


class PihakForm(forms.Form):
    """Date and signatories of a PK; each official must hold a post on that date (checked by the service)."""

    tanggal = forms.DateField(label="Tanggal perjanjian",
                              widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                              input_formats=["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"])
    pihak_pertama = forms.ModelChoiceField(label="Pihak pertama (Kepala PD)", queryset=Pejabat.objects.none(),
                                           empty_label="— pilih pejabat —")
    pihak_kedua = forms.ModelChoiceField(label="Pihak kedua (atasan)", queryset=Pejabat.objects.none(),
                                         empty_label="— pilih pejabat —")

    def __init__(self, *args: Any, unit: Unit, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        pertama, kedua = pejabat_pilihan(unit)
        self.fields["pihak_pertama"].queryset = pertama
        self.fields["pihak_kedua"].queryset = kedua
        self.fields["pihak_pertama"].label_from_instance = _label_pejabat
        self.fields["pihak_kedua"].label_from_instance = _label_pejabat


def _label_pejabat(p: Pejabat) -> str:
    posts = [j.judul for j in p.jabatan.all()]
    return f"{p.nama_lengkap} — {', '.join(posts)}" if posts else p.nama_lengkap


def pejabat_pilihan(unit: Unit) -> tuple[QuerySet[Pejabat], QuerySet[Pejabat]]:
    """Who can sign for the unit (a post in it) and who can sign as its superior (any other post)."""
    base = Pejabat.objects.filter(pemda_id=unit.pemda_id).prefetch_related("jabatan").order_by("nama")
    pertama = base.filter(jabatan__unit=unit).distinct()
    kedua = base.exclude(jabatan__unit=unit).filter(jabatan__isnull=False).distinct()
    return pertama, kedua


class PerubahanForm(PihakForm):
    alasan = forms.CharField(label="Alasan perubahan", widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    periode = forms.ModelChoiceField(label="Periode perencanaan", queryset=PeriodePerencanaan.objects.none(),
                                     empty_label=None,
                                     help_text="Periode lain: indikator dipilih ulang dari cascade periode itu.")

    def __init__(self, *args: Any, unit: Unit, periode: list[PeriodePerencanaan], **kwargs: Any) -> None:
        super().__init__(*args, unit=unit, **kwargs)
        self.fields["periode"].queryset = PeriodePerencanaan.objects.filter(pk__in=[p.pk for p in periode])


class PilihIndikatorForm(forms.Form):
    """One cascade indicator on the 'choose for the PK' list."""

    pilih = forms.BooleanField(label="Masukkan ke PK", required=False)
    kelompok = forms.ChoiceField(label="Kelompok", choices=[("utama", "Sasaran strategis"),
                                                            ("lainnya", "Kinerja lainnya")])
    target = AngkaField(label="Target", required=False)

    def __init__(self, *args: Any, satuan: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"].jenis = jenis_satuan(satuan)  # type: ignore[attr-defined]  # an AngkaField

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("pilih") and data.get("target") is None and "target" not in self.errors:
            self.add_error("target", "Isi target untuk indikator yang dipilih.")
        return data


class DrafPKForm(forms.Form):
    """Targets of an unsigned PK, and the rows to take out."""

    def __init__(self, *args: Any, baris: list[IndikatorPK], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.baris = baris
        for r in baris:
            self.fields[f"t-{r.pk}"] = AngkaField(label=f"Target {r.indikator.nama}", initial=r.target,
                                                  jenis=jenis_satuan(r.indikator.satuan))
            self.fields[f"h-{r.pk}"] = forms.BooleanField(label=f"Keluarkan {r.indikator.nama}", required=False)

    def baris_form(self) -> list[tuple[IndikatorPK, forms.BoundField, forms.BoundField]]:
        return [(r, self[f"t-{r.pk}"], self[f"h-{r.pk}"]) for r in self.baris]

    def target(self) -> dict[int, Decimal]:
        return {r.pk: self.cleaned_data[f"t-{r.pk}"] for r in self.baris if self.cleaned_data.get(f"t-{r.pk}") is not None}

    def hapus(self) -> list[int]:
        return [r.pk for r in self.baris if self.cleaned_data.get(f"h-{r.pk}")]


# -- Reports --------------------------------------------------------------------------------------


class TerbitkanForm(forms.Form):
    """What to publish: the LKjIP or E-81 of the year, or one signed PK version."""

    jenis = forms.ChoiceField(label="Laporan", choices=JenisLaporan.choices)
    format = forms.ChoiceField(label="Format", choices=[("pdf", "PDF"), ("docx", "DOCX"), ("xlsx", "XLSX")])
    perjanjian = forms.ModelChoiceField(label="Versi perjanjian kinerja", required=False,
                                        queryset=PerjanjianKinerja.objects.none(), empty_label="—",
                                        help_text="Hanya untuk laporan Perjanjian Kinerja (yang sudah ditandatangani).")

    def __init__(self, *args: Any, pks: QuerySet[PerjanjianKinerja], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["perjanjian"].queryset = pks
        self.fields["perjanjian"].label_from_instance = lambda pk: f"{pk.judul} ({pk.periode.nama})"

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        jenis, fmt_ = data.get("jenis"), data.get("format")
        if jenis == JenisLaporan.E81 and fmt_ != "xlsx":
            self.add_error("format", "Formulir E-81 diterbitkan sebagai XLSX.")
        if jenis in (JenisLaporan.LKJIP, JenisLaporan.PK) and fmt_ not in ("pdf", "docx"):
            self.add_error("format", "LKjIP dan perjanjian kinerja diterbitkan sebagai PDF atau DOCX.")
        if jenis == JenisLaporan.PK and data.get("perjanjian") is None:
            self.add_error("perjanjian", "Pilih versi perjanjian kinerja yang sudah ditandatangani.")
        return data


class BuatDokumenForm(forms.Form):
    """A document to build through the queue: the year's LKjIP, or one PK version, as DOCX or PDF."""

    jenis = forms.ChoiceField(choices=[(JenisLaporan.LKJIP, "LKjIP"), (JenisLaporan.PK, "Perjanjian Kinerja")])
    format = forms.ChoiceField(choices=[("pdf", "PDF"), ("docx", "DOCX")])
    perjanjian = forms.ModelChoiceField(required=False, queryset=PerjanjianKinerja.objects.none())
    tanggal = forms.DateField(label="Tanggal dokumen", required=False,
                              help_text="Tanggal pada sampul dan tanda tangan; kosong berarti hari ini.")

    def __init__(self, *args: Any, pks: QuerySet[PerjanjianKinerja], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["perjanjian"].queryset = pks

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("jenis") == JenisLaporan.PK and data.get("perjanjian") is None:
            self.add_error("perjanjian", "Pilih versi perjanjian kinerja.")
        return data


# -- Planning editor --------------------------------------------------------------------------------

KODE_STANDAR = [
    ("", "— bukan indikator standar —"),
    ("nilai_sakip", "Nilai SAKIP"),
    ("ikm", "Indeks Kepuasan Masyarakat (IKM)"),
    ("ip_asn", "Indeks Profesionalitas ASN"),
    ("kematangan", "Tingkat kematangan kelembagaan"),
    ("serapan_anggaran", "Serapan anggaran"),
]


class NodeForm(forms.Form):
    """A cascade box: its level, name, Permendagri code and the box above it."""

    tingkat = forms.ChoiceField(label="Tingkat", choices=TingkatCascade.choices)
    nama = forms.CharField(label="Uraian", widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    kode = forms.CharField(label="Kode Permendagri 90/2019", required=False, max_length=30,
                           help_text="Untuk program, kegiatan dan sub kegiatan, mis. 7.01.01.")
    induk = forms.ModelChoiceField(label="Di bawah", required=False, queryset=NodeCascade.objects.none(),
                                   empty_label="— tingkat teratas —")

    def __init__(self, *args: Any, unit: Unit, periode: PeriodePerencanaan, node: NodeCascade | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        qs = NodeCascade.objects.filter(unit=unit, periode=periode).exclude(tingkat="sub_kegiatan")
        if node is not None:
            qs = qs.exclude(pk=node.pk)
        self.fields["induk"].queryset = qs.order_by("urutan", "pk")
        self.fields["induk"].label_from_instance = lambda n: f"{n.get_tingkat_display()}: {n.nama[:90]}"

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        induk, tingkat = data.get("induk"), data.get("tingkat")
        if induk is not None and tingkat and URUTAN_TINGKAT.index(tingkat) <= URUTAN_TINGKAT.index(induk.tingkat):
            self.add_error("tingkat", f"{dict(TingkatCascade.choices)[tingkat]} tidak dapat berada di bawah "
                                      f"{induk.get_tingkat_display()}.")
        return data


class IndikatorForm(forms.Form):
    """An indicator's definition as the Renstra states it."""

    nama = forms.CharField(label="Nama indikator", widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    satuan = forms.CharField(label="Satuan", required=False, max_length=60, help_text="%, Nilai, Dokumen, ...")
    node = forms.ModelChoiceField(label="Kotak cascade", required=False, queryset=NodeCascade.objects.none(),
                                  empty_label="— di luar cascade (kinerja lainnya) —")
    iku = forms.BooleanField(label="Indikator Kinerja Utama (IKU)", required=False)
    polaritas = forms.ChoiceField(label="Polaritas", choices=Indikator._meta.get_field("polaritas").choices)
    agregasi = forms.ChoiceField(label="Nilai tahunan dari triwulan", choices=Indikator._meta.get_field("agregasi").choices)
    desimal = forms.TypedChoiceField(label="Angka di belakang koma", coerce=int, choices=[(i, str(i)) for i in range(5)],
                                     initial=2)
    skala = forms.ModelChoiceField(label="Skala kategori", required=False, queryset=Skala.objects.all(),
                                   empty_label="— tanpa kategori —")
    target_akhir = AngkaField(label="Target akhir periode", required=False)
    kode_standar = forms.ChoiceField(label="Jenis standar (untuk dasbor Pemda)", required=False, choices=KODE_STANDAR)
    pendahulu = forms.ModelChoiceField(label="Indikator yang sama pada periode sebelumnya", required=False,
                                       queryset=Indikator.objects.none(), empty_label="— tidak ada —")
    definisi = forms.CharField(label="Definisi operasional", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    formulasi = forms.CharField(label="Formulasi", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    sumber_data = forms.CharField(label="Sumber data", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    ref = forms.CharField(label="Kode rujukan", required=False, max_length=80,
                          help_text="Kosongkan untuk dibuat otomatis dari nama.")

    def __init__(self, *args: Any, unit: Unit, periode: PeriodePerencanaan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["node"].queryset = NodeCascade.objects.filter(unit=unit, periode=periode).order_by("urutan", "pk")
        self.fields["node"].label_from_instance = lambda n: f"{n.get_tingkat_display()}: {n.nama[:90]}"
        self.fields["pendahulu"].queryset = Indikator.objects.filter(
            unit=unit, periode__tahun_mulai__lt=periode.tahun_mulai).order_by("urutan")
        self.fields["pendahulu"].label_from_instance = lambda i: i.nama[:100]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        # The field knows only the widest bounds; the indicator's unit, typed beside it, narrows them.
        if data.get("target_akhir") is not None:
            try:
                data["target_akhir"] = periksa(data["target_akhir"], jenis_satuan(data.get("satuan", "")))
            except AngkaDitolak as exc:
                self.add_error("target_akhir", str(exc))
        return data


class TargetIsian:
    """The posted target grid: changed cells per indicator and year, errors per cell."""

    def __init__(self, data: Mapping[str, str], baris: list[Indikator], tahun: list[int],
                 asal: Mapping[tuple[int, int], Decimal]) -> None:
        self.perubahan: dict[int, dict[int, Decimal | None]] = {}
        self.galat: dict[str, str] = {}
        self.teks: dict[str, str] = {}
        for ind in baris:
            jenis = jenis_satuan(ind.satuan)
            for t in tahun:
                nama = f"t-{ind.pk}-{t}"
                typed = _berubah(data, nama, teks_nilai(asal.get((ind.pk, t))))
                if typed is None:
                    continue
                self.teks[nama] = typed
                try:
                    self.perubahan.setdefault(ind.pk, {})[t] = None if typed == "" else baca_angka(typed, jenis)
                except ValidationError as exc:
                    self.galat[nama] = exc.messages[0]

    @property
    def jumlah(self) -> int:
        return sum(len(v) for v in self.perubahan.values())


# -- Users (Admin Pemda) ------------------------------------------------------------------------------


class PeranForm(forms.Form):
    peran = forms.ChoiceField(label="Peran", choices=Peran.choices)
    unit = forms.ModelChoiceField(label="Perangkat daerah", required=False, queryset=Unit.objects.none(),
                                  empty_label="— semua (peran tingkat Pemda) —",
                                  help_text="Wajib untuk Operator PD dan Kepala PD; kosong untuk peran lain.")

    def __init__(self, *args: Any, pemda: Pemda, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.filter(pemda=pemda).exclude(jenis="kelurahan").order_by(
            "urutan", "nama")


class PenggunaBaruForm(PeranForm):
    username = forms.CharField(label="Nama pengguna", max_length=150,
                               help_text="Huruf, angka dan . _ - saja, mis. operator.dlanggu.")
    first_name = forms.CharField(label="Nama lengkap", max_length=150, required=False)
    email = forms.EmailField(label="Surel", required=False)
    password1 = forms.CharField(label="Kata sandi", widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    password2 = forms.CharField(label="Ulangi kata sandi",
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    field_order = ["username", "first_name", "email", "peran", "unit", "password1", "password2"]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", "Kedua kata sandi tidak sama.")
        return data


class KataSandiForm(forms.Form):
    password1 = forms.CharField(label="Kata sandi baru",
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    password2 = forms.CharField(label="Ulangi kata sandi baru",
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", "Kedua kata sandi tidak sama.")
        return data
