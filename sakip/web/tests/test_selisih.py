"""The PK-against-DPA page: the operator explains a program's selisih; the LKjIP prints it (issue 16)."""

from __future__ import annotations

from html import unescape

import pytest
from django.test import Client

from sakip.anggaran.models import MataAnggaran
from sakip.audit.models import Jejak

pytestmark = pytest.mark.django_db
URL = "/pd/kecamatan-mojosari/2025/selisih-anggaran/"


def test_page_lists_the_selisih_per_program(operator: Client) -> None:
    html = unescape(operator.get(URL).content.decode()).replace("\xa0", " ")
    assert "7.01.01" in html and "Rp 7.224.893.790,00" in html and "Rp 6.697.421.790,00" in html
    assert "Rp 527.472.000,00" in html  # the selisih
    assert "<textarea" in html  # the operator may write


def test_operator_explains_and_the_change_is_audited(operator: Client) -> None:
    line = MataAnggaran.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, tingkat="program", kode="7.01.01")
    response = operator.post(URL, {f"penjelasan-{line.pk}": "Usulan tambahan belanja pegawai ditolak TAPD."})
    assert response.status_code == 302
    line.refresh_from_db()
    assert line.penjelasan_selisih_pk == "Usulan tambahan belanja pegawai ditolak TAPD."
    assert Jejak.objects.filter(model="anggaran.mataanggaran", objek_id=line.pk,
                                field="penjelasan_selisih_pk").exists()


def test_too_long_an_explanation_is_refused_by_name(operator: Client) -> None:
    line = MataAnggaran.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, tingkat="program", kode="7.01.01")
    response = operator.post(URL, {f"penjelasan-{line.pk}": "x" * 2001}, follow=True)
    assert "7.01.01" in response.content.decode() and "2.000 karakter" in response.content.decode()


def test_another_pd_cannot_write(masuk) -> None:  # the conftest's login factory
    line = MataAnggaran.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, tingkat="program", kode="7.01.01")
    lama = line.penjelasan_selisih_pk
    response = masuk("operator.organisasi").post(URL, {f"penjelasan-{line.pk}": "bukan urusan saya"})
    assert response.status_code in (403, 404)
    line.refresh_from_db()
    assert line.penjelasan_selisih_pk == lama
