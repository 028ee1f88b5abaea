"""The Pemda logo on /kendali/ and a PD's profile pictures on its "Profil" tab: who may upload,
what is refused (with the field named), and that the pictures are served only to the Pemda's users."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from sakip.demo.logo import logo_demo
from sakip.organisasi.gambar import BATAS_BYTE
from sakip.organisasi.models import Pemda, Unit
from sakip.organisasi.services import atur_logo_pemda
from sakip.perjanjian.models import PerjanjianKinerja

pytestmark = pytest.mark.django_db
PROFIL = "/pd/kecamatan-mojosari/profil/"


def png(ukuran: tuple[int, int] = (30, 20)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", ukuran, (31, 78, 121)).save(buf, "PNG")
    return buf.getvalue()


def pesan(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def test_the_admin_uploads_the_logo_and_sees_it_on_the_control_page(admin: Client) -> None:
    r = admin.post("/kendali/logo/", {"berkas": SimpleUploadedFile("lambang.jpg", png(), "image/jpeg")},
                   follow=True)
    assert "Logo Pemda tersimpan" in pesan(r)
    pemda = Pemda.objects.get(slug="kabupaten-mojokerto")
    assert pemda.logo.name.endswith(".png")  # a PNG named .jpg is stored as what it is
    assert b"/kendali/logo/gambar" in r.content
    gambar = admin.get("/kendali/logo/gambar")
    assert gambar["Content-Type"] == "image/png" and gambar.content[:8] == b"\x89PNG\r\n\x1a\n"
    r = admin.post("/kendali/logo/", {"hapus": "1"}, follow=True)
    assert "Logo Pemda dihapus" in pesan(r)
    assert admin.get("/kendali/logo/gambar").status_code == 404


def logo_sekarang() -> str:
    return Pemda.objects.get(slug="kabupaten-mojokerto").logo.name  # the demo's placeholder shield


def test_a_text_file_named_png_is_refused_naming_the_field(admin: Client) -> None:
    sebelum = logo_sekarang()
    r = admin.post("/kendali/logo/", {"berkas": SimpleUploadedFile("logo.png", b"bukan gambar\n", "image/png")},
                   follow=True)
    assert "Logo Pemda: berkas bukan gambar PNG atau JPEG" in pesan(r)
    assert logo_sekarang() == sebelum


def test_an_oversized_upload_is_refused_before_it_is_read(operator: Client) -> None:
    besar = SimpleUploadedFile("peta.png", b"\x89PNG" + b"\0" * BATAS_BYTE, "image/png")
    r = operator.post(PROFIL, {"jenis": "peta_wilayah", "berkas": besar}, follow=True)
    assert "Peta wilayah: berkas 5,0 MB terlalu besar; paling besar 5 MB." in pesan(r)


@pytest.mark.parametrize("akun", ["operator.mojosari", "kepala.mojosari", "inspektorat", "operator.organisasi"])
def test_only_the_admin_pemda_changes_the_logo(masuk: Callable[[str], Client], akun: str) -> None:
    sebelum = logo_sekarang()
    r = masuk(akun).post("/kendali/logo/", {"berkas": SimpleUploadedFile("logo.png", png(), "image/png")})
    assert r.status_code == 403
    assert logo_sekarang() == sebelum


def test_the_operator_uploads_and_removes_the_peta_wilayah(operator: Client, mojosari: Unit) -> None:
    r = operator.post(PROFIL, {"jenis": "peta_wilayah", "berkas": SimpleUploadedFile("peta.png", png((60, 40)))},
                      follow=True)
    assert "Peta wilayah tersimpan" in pesan(r)
    mojosari.refresh_from_db()
    assert mojosari.peta_wilayah.name.startswith("profil/")
    assert b'alt="Peta wilayah Kecamatan Mojosari"' in r.content
    assert operator.get(f"{PROFIL}peta_wilayah/gambar").content[:8] == b"\x89PNG\r\n\x1a\n"
    r = operator.post(PROFIL, {"jenis": "peta_wilayah", "hapus": "1"}, follow=True)
    assert "Peta wilayah dihapus" in pesan(r)
    assert operator.get(f"{PROFIL}peta_wilayah/gambar").status_code == 404


def test_the_profile_shows_the_struktur_drawn_from_the_posts_when_none_is_uploaded(kepala: Client) -> None:
    r = kepala.get(PROFIL)
    assert r.status_code == 200
    assert b"Belum ada gambar yang diunggah" in r.content
    assert b"Unggah" not in r.content  # the Kepala reads; the operator uploads
    gambar = kepala.get(f"{PROFIL}gambar_struktur/gambar")
    assert gambar.status_code == 200 and gambar.content[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("akun", ["kepala.mojosari", "operator.organisasi", "inspektorat"])
def test_who_may_not_enter_the_pds_data_cannot_change_its_pictures(masuk: Callable[[str], Client], akun: str,
                                                                    mojosari: Unit) -> None:
    r = masuk(akun).post(PROFIL, {"jenis": "peta_wilayah", "berkas": SimpleUploadedFile("p.png", png())})
    assert r.status_code == 403
    mojosari.refresh_from_db()
    assert not mojosari.peta_wilayah


def test_another_pds_users_do_not_see_the_pictures(masuk: Callable[[str], Client], operator: Client) -> None:
    operator.post(PROFIL, {"jenis": "peta_wilayah", "berkas": SimpleUploadedFile("peta.png", png())})
    lain = masuk("operator.organisasi")
    assert lain.get(PROFIL).status_code == 403
    assert lain.get(f"{PROFIL}peta_wilayah/gambar").status_code == 403
    assert Client().get(f"{PROFIL}peta_wilayah/gambar").status_code == 302  # to the login page


def test_the_pk_print_page_shows_the_logo_to_the_pds_operator(operator: Client) -> None:
    pk = PerjanjianKinerja.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, versi="awal")
    html = operator.get(f"/pd/kecamatan-mojosari/pk/{pk.pk}/cetak/").content.decode()
    assert '<img src="/kendali/logo/gambar" alt="Logo Kabupaten Mojokerto"' in html
    atur_logo_pemda(Pemda.objects.get(slug="kabupaten-mojokerto"), logo_demo())  # this test's media holds the file
    gambar = operator.get("/kendali/logo/gambar")
    assert gambar.status_code == 200 and gambar["Content-Type"] == "image/png"
