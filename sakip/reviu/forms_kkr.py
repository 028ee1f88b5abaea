"""Forms of the Inspektorat's workspace: a line of the Kertas Kerja, the Pernyataan, the filters."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from sakip.kertaskerja.models import StatusTemuan
from sakip.kertaskerja.services import PANJANG_TEKS
from sakip.organisasi.models import Pejabat

AKSI = (("catatan", "Catatan reviu"), ("jawab", "Jawaban"), ("selesaikan", "Penyelesaian"))


class IsiKKR(forms.Form):
    """One POST on the Kertas Kerja: a note, an answer or a resolution of the finding ``kunci``."""

    aksi = forms.ChoiceField(choices=AKSI)
    kunci = forms.RegexField(regex=r"^[0-9a-f]{40}$", error_messages={"invalid": "Temuan tidak dikenal."})
    teks = forms.CharField(required=False, max_length=PANJANG_TEKS, widget=forms.Textarea(attrs={"rows": 2}))
    status = forms.ChoiceField(required=False, choices=[
        (StatusTemuan.SELESAI, "Selesai (sudah diperbaiki)"),
        (StatusTemuan.DIJELASKAN, "Dijelaskan (penjelasan diterima)"),
        (StatusTemuan.TERBUKA, "Buka kembali"),
    ])


class FormPernyataan(forms.Form):
    nomor = forms.CharField(label="Nomor", max_length=100, help_text="mis. 700/123/416-070/2026")
    tanggal = forms.DateField(label="Tanggal", widget=forms.DateInput(attrs={"type": "date"}))
    penandatangan = forms.ModelChoiceField(label="Penandatangan", queryset=Pejabat.objects.none())
    jabatan = forms.CharField(label="Jabatan penandatangan", max_length=200)

    def __init__(self, *args: object, pemda_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # Django's Form takes loose arguments
        self.fields["penandatangan"].queryset = Pejabat.objects.filter(pemda_id=pemda_id).order_by("nama")
        if not self.is_bound and "tanggal" not in self.initial:
            self.initial["tanggal"] = timezone.localdate()


TINGKAT = (("", "Semua tingkat"), ("galat", "Ada galat"), ("peringatan", "Ada peringatan"), ("info", "Ada info"))
STATUS = (("", "Semua status"), ("terbuka", "Ada temuan terbuka"), ("dijawab", "Ada yang dijawab"),
          ("tuntas", "Semua temuan tuntas"), ("bersih", "Tanpa temuan"))


class Saring(forms.Form):
    tingkat = forms.ChoiceField(label="Tingkat", choices=TINGKAT, required=False)
    status = forms.ChoiceField(label="Status", choices=STATUS, required=False)
    q = forms.CharField(label="Nama PD", required=False, max_length=100)
