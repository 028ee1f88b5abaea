"""Narratives are saved against the text each field had when the page was opened, field by field.

A colleague's save in between is reported at that field (who, when, what it reads now) and the
user's own text stays in the box; a POST that omits fields leaves them as stored.
"""

from __future__ import annotations

import pytest
from django.test import Client

from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import NarasiIndikator, NarasiUnit
from sakip.realisasi.services import (
    KonflikNarasi,
    simpan_narasi_indikator,
    simpan_narasi_indikator_bersyarat,
    simpan_narasi_unit,
    simpan_narasi_unit_bersyarat,
)
from sakip.web.narasi import SEMULA

pytestmark = pytest.mark.django_db

URL = "/pd/kecamatan-mojosari/2025/narasi/"


def ikm() -> Indikator:
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="ikm-2529")


def isian(page) -> dict[str, str]:  # a test-client response
    """Every field of the page as shown, with its hidden starting text, as a browser would post it."""
    data: dict[str, str] = {}
    for kolom in [k for _, _, k in page.context["isian"]] + [page.context["kolom_unit"]]:
        for field, semula in kolom:
            data[field.html_name] = field.value() or ""
            data[SEMULA + field.html_name] = semula
    return data


def teks_indikator(bidang: str) -> str:
    return NarasiIndikator.objects.filter(indikator=ikm(), tahun=2025).values_list(bidang, flat=True).first() or ""


def test_simpanan_rekan_sejak_halaman_dibuka_ditolak_per_bidang_dan_isian_tetap(operator: Client,
                                                                                admin: Client) -> None:
    ind = ikm()
    nama = f"n{ind.pk}-faktor_penghambat"
    halaman_operator = isian(operator.get(URL))
    halaman_admin = isian(admin.get(URL))
    assert halaman_operator[SEMULA + nama] == teks_indikator("faktor_penghambat")

    halaman_admin[nama] = "Hujan deras sepanjang Maret (versi Admin)."
    assert admin.post(URL, halaman_admin).status_code == 302

    halaman_operator[nama] = "Anggaran terlambat cair (versi Operator)."
    halaman_operator[f"n{ind.pk}-solusi"] = "Percepat pencairan."
    r = operator.post(URL, halaman_operator)
    assert r.status_code == 409
    html = r.content.decode()
    # Refused at that field, naming it and who changed it; the user's text is still in the box.
    assert "“Faktor penghambat” sudah diubah oleh admin" in html
    assert "Teks tersimpan kini: “Hujan deras sepanjang Maret (versi Admin).”" in html
    assert "Anggaran terlambat cair (versi Operator).</textarea>" in html
    assert "1 narasi tersimpan; 1 belum tersimpan" in html
    assert teks_indikator("faktor_penghambat") == "Hujan deras sepanjang Maret (versi Admin)."
    assert teks_indikator("solusi") == "Percepat pencairan."  # the other field was saved

    # The page now starts from the colleague's text: saving again is the user's informed choice.
    lagi = isian(r)
    assert lagi[nama] == "Anggaran terlambat cair (versi Operator)."
    assert lagi[SEMULA + nama] == "Hujan deras sepanjang Maret (versi Admin)."
    assert operator.post(URL, lagi).status_code == 302
    assert teks_indikator("faktor_penghambat") == "Anggaran terlambat cair (versi Operator)."


def test_narasi_pd_yang_diubah_rekan_juga_ditolak(operator: Client, admin: Client) -> None:
    halaman = isian(operator.get(URL))
    lain = isian(admin.get(URL))
    lain["pd-kesimpulan"] = "Kesimpulan Admin."
    assert admin.post(URL, lain).status_code == 302
    halaman["pd-kesimpulan"] = ""  # the operator empties it, unaware of the admin's text
    r = operator.post(URL, halaman)
    assert r.status_code == 409
    assert "“Kesimpulan” sudah diubah oleh admin" in r.content.decode()
    assert NarasiUnit.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, jenis="kesimpulan").teks == \
        "Kesimpulan Admin."


def test_post_yang_tidak_memuat_bidang_tidak_mengosongkannya(operator: Client) -> None:
    ind = ikm()
    simpan_narasi_indikator(ind, 2025, faktor_pendorong="Dukungan camat.", solusi="Koordinasi.")
    simpan_narasi_unit(ind.unit, 2025, "prestasi", "Juara kebersihan.")
    simpan_narasi_unit(ind.unit, 2025, "kesimpulan", "Baik.")
    r = operator.post(URL, {f"n{ind.pk}-faktor_penghambat": "Cuaca.", "pd-kesimpulan": ""})
    assert r.status_code == 302
    assert teks_indikator("faktor_penghambat") == "Cuaca."
    assert teks_indikator("faktor_pendorong") == "Dukungan camat."  # omitted: untouched
    assert teks_indikator("solusi") == "Koordinasi."
    assert NarasiUnit.objects.get(unit=ind.unit, tahun=2025, jenis="prestasi").teks == "Juara kebersihan."
    # Present and emptied: cleared.
    assert not NarasiUnit.objects.filter(unit=ind.unit, tahun=2025, jenis="kesimpulan").exists()


def test_layanan_bersyarat_hanya_mengubah_bidang_itu_bila_masih_sama() -> None:
    ind = ikm()
    simpan_narasi_indikator(ind, 2025, faktor_pendorong="A", solusi="S")
    assert simpan_narasi_indikator_bersyarat(ind, 2025, "faktor_pendorong", "B", "A") is True
    assert (teks_indikator("faktor_pendorong"), teks_indikator("solusi")) == ("B", "S")
    with pytest.raises(KonflikNarasi) as e:
        simpan_narasi_indikator_bersyarat(ind, 2025, "faktor_pendorong", "C", "A")
    assert e.value.kini == "B"
    assert teks_indikator("faktor_pendorong") == "B"
    # Already reads so: nothing to write, no conflict; CRLF from a browser equals LF.
    assert simpan_narasi_indikator_bersyarat(ind, 2025, "solusi", "S", "lama") is False
    simpan_narasi_indikator(ind, 2025, solusi="baris 1\nbaris 2")
    assert simpan_narasi_indikator_bersyarat(ind, 2025, "solusi", "baru", "baris 1\r\nbaris 2") is True
    assert simpan_narasi_indikator_bersyarat(ind, 2025, "solusi", "tanpa syarat", None) is True
    assert teks_indikator("solusi") == "tanpa syarat"

    assert simpan_narasi_unit_bersyarat(ind.unit, 2025, "prestasi", "P", None) is True
    with pytest.raises(KonflikNarasi):
        simpan_narasi_unit_bersyarat(ind.unit, 2025, "prestasi", "", "bukan P")
    assert simpan_narasi_unit_bersyarat(ind.unit, 2025, "prestasi", "", "P") is True
    assert not NarasiUnit.objects.filter(unit=ind.unit, tahun=2025, jenis="prestasi").exists()
