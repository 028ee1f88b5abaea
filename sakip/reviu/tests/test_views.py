"""The reviu pages: rights per PD, the upload form, escaping."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from .lkjip_uji import buat_lkjip

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(client: Client) -> Client:
    client.force_login(User.objects.get(username="operator.mojosari"))
    return client


def test_login_required(client: Client, settings: object) -> None:
    settings.LOGIN_URL = "/masuk/"  # type: ignore[attr-defined]  # pytest-django settings fixture
    r = client.get(reverse("reviu:data", args=["kecamatan-mojosari", 2025]))
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    r = client.get(reverse("reviu:dokumen", args=["kecamatan-mojosari"]))
    assert r.status_code == 302


def test_data_page_of_own_pd(operator: Client) -> None:
    r = operator.get(reverse("reviu:data", args=["kecamatan-mojosari", 2025]))
    assert r.status_code == 200
    html = r.content.decode()
    assert "Reviu data Kecamatan Mojosari tahun 2025" in html and "ANGGARAN_PK_BEDA_DPA" in html
    assert "Rp 6.697.421.790 (DPA)" in html


def test_other_pd_is_forbidden_and_unknown_is_404(operator: Client) -> None:
    assert operator.get(reverse("reviu:data", args=["bagian-organisasi", 2025])).status_code == 403
    assert operator.get(reverse("reviu:dokumen", args=["bagian-organisasi"])).status_code == 403
    assert operator.get(reverse("reviu:data", args=["tidak-ada", 2025])).status_code == 404


def test_inspektorat_sees_every_pd(client: Client) -> None:
    client.force_login(User.objects.get(username="inspektorat"))
    assert client.get(reverse("reviu:data", args=["bagian-organisasi", 2025])).status_code == 200


def test_upload_shows_findings(operator: Client) -> None:
    url = reverse("reviu:dokumen", args=["kecamatan-mojosari"])
    assert 'enctype="multipart/form-data"' in operator.get(url).content.decode()
    data, _ = buat_lkjip({"unit", "capaian"})
    r = operator.post(url, {"berkas": SimpleUploadedFile("lkjip.docx", data)})
    html = r.content.decode()
    assert r.status_code == 200
    assert "NAMA_UNIT_LAIN" in html and "Kecamatan Gondang" in html and "CAPAIAN_SALAH" in html


def test_upload_clean_document(operator: Client) -> None:
    data, _ = buat_lkjip()
    r = operator.post(reverse("reviu:dokumen", args=["kecamatan-mojosari"]),
                      {"berkas": SimpleUploadedFile("lkjip.docx", data)})
    assert "Tidak ada ketidaksesuaian" in r.content.decode()


@pytest.mark.parametrize(("name", "content", "pesan"), [
    ("virus.exe", b"MZ....", "tidak didukung"),
    ("kosong.txt", b"", "kosong"),
    ("rusak.pdf", b"%PDF-1.4 bukan pdf", "tidak dapat dibaca"),
])
def test_upload_refuses_what_it_cannot_read(operator: Client, name: str, content: bytes, pesan: str) -> None:
    r = operator.post(reverse("reviu:dokumen", args=["kecamatan-mojosari"]),
                      {"berkas": SimpleUploadedFile(name, content)})
    assert r.status_code == 400 and pesan in r.content.decode()


def test_upload_size_limit(operator: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from sakip.reviu import forms

    monkeypatch.setattr(forms, "UKURAN_MAKS", 10)
    r = operator.post(reverse("reviu:dokumen", args=["kecamatan-mojosari"]),
                      {"berkas": SimpleUploadedFile("besar.txt", b"x" * 11)})
    assert r.status_code == 400 and "lebih besar dari 10 MB" in r.content.decode()


def test_upload_needs_csrf() -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(User.objects.get(username="operator.mojosari"))
    r = client.post(reverse("reviu:dokumen", args=["kecamatan-mojosari"]),
                    {"berkas": SimpleUploadedFile("a.txt", b"teks")})
    assert r.status_code == 403
    html = r.content.decode()
    assert "Formulir ini sudah kedaluwarsa" in html and "Temuan" not in html  # refused before any reading


def test_document_text_is_escaped(operator: Client) -> None:
    teks = ("Tabel II.3.A Perjanjian Kinerja Tahun 2025\n\n"
            "No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "1\tA\t<script>alert(1)</script>\t92\t93,15\t102%\n")
    r = operator.post(reverse("reviu:dokumen", args=["kecamatan-mojosari"]),
                      {"berkas": SimpleUploadedFile("x.txt", teks.encode())})
    html = r.content.decode()
    assert "CAPAIAN_SALAH" in html and "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_fix_links_only_for_those_who_may_edit(operator: Client, client: Client) -> None:
    """The operator gets the 'where to fix' links; the Kepala PD, who may not edit, gets no link to a 403."""
    url = reverse("reviu:data", args=["kecamatan-mojosari", 2025])
    html = operator.get(url).content.decode()
    assert 'href="/pd/kecamatan-mojosari/' in html
    kepala = Client()
    kepala.force_login(User.objects.get(username="kepala.mojosari"))
    r = kepala.get(url)
    assert r.status_code == 200 and "ANGGARAN_PK_BEDA_DPA" in r.content.decode()
    assert 'href="/pd/kecamatan-mojosari/perencanaan/' not in r.content.decode()
    assert 'href="/admin/' not in r.content.decode()
