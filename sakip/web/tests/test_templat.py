"""The Admin Pemda's Word templates page: download, upload (checked), reset; no one else's."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from sakip.audit.models import Jejak
from sakip.laporan.models import TemplatDokumen
from sakip.laporan.templat import isi_baku
from sakip.laporan.tests.test_templat import ganti
from sakip.organisasi import services as org
from sakip.organisasi.models import Pemda, Peran

pytestmark = pytest.mark.django_db

SANDI = "Kuat-dan-Panjang-2026"


def _unggah(client: Client, kode: str, isi: bytes, nama: str = "templat.docx") -> str:
    r = client.post(f"/templat/{kode}/unggah/", {"berkas": SimpleUploadedFile(nama, isi)}, follow=True)
    assert r.status_code == 200
    return r.content.decode()


def test_the_admin_downloads_the_default_uploads_a_change_and_resets(admin: Client) -> None:
    html = admin.get("/templat/").content.decode()
    assert "LKjIP — kata pengantar" in html and "PK — naskah perjanjian" in html
    r = admin.get("/templat/pk_naskah/unduh/baku/")
    assert r.status_code == 200 and r["Content-Disposition"].endswith('pk_naskah-baku.docx"')
    assert zipfile.ZipFile(io.BytesIO(r.content)).read("word/document.xml") == \
        zipfile.ZipFile(io.BytesIO(isi_baku("pk_naskah"))).read("word/document.xml")

    baru = ganti(isi_baku("pk_naskah"), "selanjutnya disebut pihak pertama.", "disebut PIHAK PERTAMA.")
    html = _unggah(admin, "pk_naskah", baru, "pk-perbup.docx")
    assert "Templat PK — naskah perjanjian disimpan" in html
    assert "pk-perbup.docx" in html and "milik Pemda" in html
    assert admin.get("/templat/pk_naskah/unduh/aktif/").content == baru
    assert Jejak.objects.filter(model="laporan.templatdokumen", sumber="web").exists()

    html = admin.post("/templat/pk_naskah/kembalikan/", follow=True).content.decode()
    assert "kembali ke templat baku" in html
    assert not TemplatDokumen.objects.exists()


def test_a_refused_upload_says_why_and_stores_nothing(admin: Client) -> None:
    salah = ganti(isi_baku("lkjip_kata_pengantar"), "{{ tahun }}", "{{ tahun_anggaran }}")
    html = _unggah(admin, "lkjip_kata_pengantar", salah)
    assert "variabel yang tidak dikenal: tahun_anggaran" in html and "Tidak ada yang disimpan" in html
    html = _unggah(admin, "lkjip_sampul", b"ini bukan dokumen", "sampul.pdf")
    assert "harus berkas Word .docx" in html
    assert not TemplatDokumen.objects.exists()


@pytest.mark.parametrize("akun", ["operator.mojosari", "kepala.mojosari", "inspektorat", "pimpinan"])
def test_only_the_admin_pemda_reaches_the_templates(masuk, akun: str) -> None:
    client = masuk(akun)
    assert client.get("/templat/").status_code == 403
    assert client.get("/templat/pk_naskah/unduh/baku/").status_code == 403
    r = client.post("/templat/pk_naskah/unggah/", {"berkas": SimpleUploadedFile("t.docx", isi_baku("pk_naskah"))})
    assert r.status_code == 403
    assert not TemplatDokumen.objects.exists()


def test_another_pemdas_admin_neither_sees_nor_changes_ours(admin: Client) -> None:
    baru = ganti(isi_baku("pk_naskah"), "selanjutnya disebut pihak pertama.", "disebut PIHAK PERTAMA.")
    _unggah(admin, "pk_naskah", baru, "milik-mojokerto.docx")
    lain = Pemda.objects.create(slug="kabupaten-lain", nama="Kabupaten Lain", provinsi="Jawa Timur")
    org.buat_pengguna(lain, username="admin.lain", password=SANDI, peran=Peran.ADMIN_PEMDA)
    client = Client()
    assert client.login(username="admin.lain", password=SANDI)
    html = client.get("/templat/").content.decode()
    assert "milik-mojokerto.docx" not in html
    # Its "current" template is the default, and resetting touches only its own (none).
    assert client.get("/templat/pk_naskah/unduh/aktif/").content == isi_baku("pk_naskah")
    client.post("/templat/pk_naskah/kembalikan/")
    assert TemplatDokumen.objects.get().pemda.slug == "kabupaten-mojokerto"


def test_unknown_kind_is_404(admin: Client) -> None:
    assert admin.get("/templat/tidak_ada/unduh/baku/").status_code == 404
    assert admin.get("/templat/pk_naskah/unduh/lain/").status_code == 404


def test_a_file_above_the_limit_is_refused_before_it_is_read(admin: Client) -> None:
    from sakip.laporan.templat import UKURAN_MAKS

    html = _unggah(admin, "lkjip_sampul", b"\0" * (UKURAN_MAKS + 70 * 1024), "besar.docx")
    assert "lebih besar dari 2 MB" in html and "Tidak ada yang disimpan" in html
    assert not TemplatDokumen.objects.exists()
