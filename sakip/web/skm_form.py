"""Forms of the SKM pages: the citizen's questionnaire, a survey, a follow-up plan, the paper grid."""

from __future__ import annotations

from django import forms

from sakip.core.ikm import KODE_UNSUR
from sakip.skm.models import (
    JenisKelamin,
    Metode,
    Pekerjaan,
    Pendidikan,
    Periode,
    StatusTindakLanjut,
    Survei,
    Unsur,
    Usia,
)

_PESAN = {"required": "Mohon dipilih."}


class KuesionerForm(forms.Form):
    """The public questionnaire: profile, nine unsur, optional suggestion; ``situs`` is the honeypot."""

    jenis_layanan = forms.ChoiceField(label="Jenis layanan yang diterima", error_messages=_PESAN)
    jenis_kelamin = forms.ChoiceField(label="Jenis kelamin", choices=JenisKelamin.choices,
                                      widget=forms.RadioSelect, error_messages=_PESAN)
    usia = forms.ChoiceField(label="Usia", choices=Usia.choices, widget=forms.RadioSelect, error_messages=_PESAN)
    pendidikan = forms.ChoiceField(label="Pendidikan terakhir", choices=Pendidikan.choices, widget=forms.RadioSelect,
                                   error_messages=_PESAN)
    pekerjaan = forms.ChoiceField(label="Pekerjaan", choices=Pekerjaan.choices, widget=forms.RadioSelect,
                                  error_messages=_PESAN)
    saran = forms.CharField(label="Saran dan masukan (boleh dikosongkan)", required=False, max_length=1000,
                            widget=forms.Textarea(attrs={"rows": 3}))
    # Empty for people (hidden by CSS and from screen readers); bots that fill every field give themselves away.
    situs = forms.CharField(label="Kosongkan isian ini", required=False)
    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args: object, survei: Survei, unsur: list[Unsur], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        layanan = survei.daftar_layanan or ["Pelayanan umum"]
        self.fields["jenis_layanan"].choices = [(x, x) for x in layanan]
        if len(layanan) == 1:
            self.fields["jenis_layanan"].initial = layanan[0]
        self.unsur = unsur
        for u in unsur:
            self.fields[u.kode] = forms.TypedChoiceField(
                label=f"{u.urutan}. {u.pertanyaan}", coerce=int, widget=forms.RadioSelect,
                choices=[(i + 1, f"{i + 1} — {t}") for i, t in enumerate(u.label_skala)], error_messages=_PESAN)

    def profil(self) -> list[forms.BoundField]:
        return [self[f] for f in ("jenis_kelamin", "usia", "pendidikan", "pekerjaan")]

    def pertanyaan(self) -> list[forms.BoundField]:
        return [self[u.kode] for u in self.unsur]


class SurveiForm(forms.Form):
    unit = forms.ChoiceField(label="Unit layanan")
    tahun = forms.IntegerField(label="Tahun", min_value=2000, max_value=2100)
    periode = forms.ChoiceField(label="Periode", choices=Periode.choices, initial=Periode.S1)
    jenis_layanan = forms.CharField(label="Jenis layanan (satu per baris)", widget=forms.Textarea(attrs={"rows": 3}),
                                    max_length=2000)
    metode = forms.ChoiceField(label="Metode", choices=Metode.choices, initial=Metode.CAMPURAN)
    populasi = forms.IntegerField(label="Populasi (jumlah pengguna layanan pada periode)", min_value=1,
                                  max_value=10_000_000)

    def __init__(self, *args: object, units: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["unit"].choices = units


class RtlForm(forms.Form):
    unsur_kode = forms.ChoiceField(label="Unsur", choices=[(k, k) for k in KODE_UNSUR])
    masalah = forms.CharField(label="Permasalahan", max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    rencana = forms.CharField(label="Rencana tindak lanjut", max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    penanggung_jawab = forms.CharField(label="Penanggung jawab", max_length=200)
    batas_waktu = forms.DateField(label="Batas waktu", widget=forms.DateInput(attrs={"type": "date"}))


class StatusRtlForm(forms.Form):
    status = forms.ChoiceField(label="Status", choices=StatusTindakLanjut.choices)
    keterangan = forms.CharField(label="Keterangan", required=False, max_length=2000)
