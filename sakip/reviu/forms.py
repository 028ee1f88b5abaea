"""The upload form of the document reviu."""

from __future__ import annotations

from pathlib import Path

from django import forms

JENIS = (".txt", ".docx", ".pdf")
UKURAN_MAKS = 10 * 1024 * 1024  # an LKjIP, even with pictures, stays well below


class UnggahDokumen(forms.Form):
    tahun = forms.IntegerField(
        label="Tahun LKjIP", required=False, min_value=2000, max_value=2100,
        help_text="Bila diisi, ringkasan hasil reviu tercatat pada ruang reviu Inspektorat untuk tahun ini.",
    )
    berkas = forms.FileField(
        label="Berkas LKjIP",
        help_text="DOCX, PDF yang berlapis teks, atau teks (.txt); paling besar 10 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(JENIS)}),
    )

    def clean_berkas(self):  # type: ignore[no-untyped-def]  # Django's clean_<field> signature
        f = self.cleaned_data["berkas"]
        ext = Path(f.name).suffix.casefold()
        if ext not in JENIS:
            raise forms.ValidationError(f"Jenis berkas {ext or '(tanpa akhiran)'} tidak didukung; unggah .docx, "
                                        f".pdf atau .txt.")
        if f.size > UKURAN_MAKS:
            raise forms.ValidationError("Berkas lebih besar dari 10 MB.")
        if f.size == 0:
            raise forms.ValidationError("Berkas kosong.")
        return f
