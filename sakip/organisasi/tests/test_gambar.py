"""Profile pictures (Pemda logo, peta wilayah, struktur organisasi): checked by content, re-encoded,
stored under unguessable names, audited, and carried by a backup."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from PIL import Image

from sakip.audit.models import Jejak
from sakip.organisasi.gambar import BATAS_BYTE, periksa_gambar
from sakip.organisasi.models import Pemda, Unit
from sakip.organisasi.services import atur_gambar_unit, atur_logo_pemda

pytestmark = pytest.mark.django_db


def gambar(format_: str = "PNG", ukuran: tuple[int, int] = (40, 30), mode: str = "RGB", **simpan: object) -> bytes:
    buf = io.BytesIO()
    Image.new(mode, ukuran, (200, 30, 30) if mode == "RGB" else 0).save(buf, format_, **simpan)
    return buf.getvalue()


def mojosari() -> Unit:
    return Unit.objects.get(slug="kecamatan-mojosari")


def test_a_png_and_a_jpeg_are_accepted_and_keep_their_format() -> None:
    png = periksa_gambar(gambar("PNG"), "Logo Pemda")
    jpg = periksa_gambar(gambar("JPEG"), "Logo Pemda")
    assert (png.ekstensi, png.lebar, png.tinggi, png.isi[:8]) == ("png", 40, 30, b"\x89PNG\r\n\x1a\n")
    assert (jpg.ekstensi, jpg.isi[:3]) == ("jpg", b"\xff\xd8\xff")


def test_the_content_decides_not_the_name_a_png_called_jpg_is_stored_as_png() -> None:
    unit = mojosari()
    nama = atur_gambar_unit(unit, "peta_wilayah", gambar("PNG"))  # the web form read it from "peta.jpg"
    assert nama.endswith(".png")
    assert (Path(settings.MEDIA_ROOT) / nama).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(("isi", "pesan"), [
    (b"Ini berkas teks yang diberi nama logo.png\n" * 3, "bukan gambar PNG atau JPEG"),
    (b"", "berkas kosong"),
    (gambar("GIF"), "format GIF tidak diterima"),
    (gambar("PNG")[:60], "bukan gambar PNG atau JPEG"),  # cut short: verify/load refuses it
])
def test_what_is_not_a_whole_png_or_jpeg_is_refused_naming_the_field(isi: bytes, pesan: str) -> None:
    with pytest.raises(ValidationError) as err:
        periksa_gambar(isi, "Logo Pemda")
    teks = " ".join(err.value.messages)
    assert teks.startswith("Logo Pemda: ") and pesan in teks


def test_a_file_over_the_size_limit_is_refused_before_it_is_decoded() -> None:
    with pytest.raises(ValidationError) as err:
        periksa_gambar(b"\x89PNG\r\n\x1a\n" + b"\0" * BATAS_BYTE, "Peta wilayah")
    assert "terlalu besar; paling besar 5 MB" in " ".join(err.value.messages)


def test_a_decompression_bomb_is_refused_by_its_pixel_count() -> None:
    bom = gambar("PNG", (8000, 8000), mode="1")  # a few KB that unpack into 64 million pixels
    assert len(bom) < 100_000
    with pytest.raises(ValidationError) as err:
        periksa_gambar(bom, "Peta wilayah")
    assert "8000 × 8000 piksel terlalu besar" in " ".join(err.value.messages)


def test_metadata_is_stripped_and_a_large_picture_scaled_down() -> None:
    exif = Image.Exif()
    exif[0x010F] = "Kamera Rahasia"  # Make
    foto = gambar("JPEG", (3600, 1200), exif=exif.tobytes())
    assert b"Kamera Rahasia" in foto
    bersih = periksa_gambar(foto, "Peta wilayah")
    assert b"Kamera Rahasia" not in bersih.isi
    assert (bersih.lebar, bersih.tinggi) == (3000, 1000)
    teks = gambar("PNG", pnginfo=_pnginfo("Comment", "koordinat rumah"))
    assert b"koordinat rumah" not in periksa_gambar(teks, "Logo Pemda").isi


def _pnginfo(kunci: str, nilai: str) -> object:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text(kunci, nilai)
    return info


def test_the_logo_is_stored_under_an_unguessable_name_replaced_and_removed_with_a_trail(
        django_capture_on_commit_callbacks) -> None:  # pytest-django fixture: runs the after-commit deletes
    pemda = Pemda.objects.get(slug="kabupaten-mojokerto")
    with django_capture_on_commit_callbacks(execute=True):
        pertama = atur_logo_pemda(pemda, gambar("PNG"))
    with django_capture_on_commit_callbacks(execute=True):
        kedua = atur_logo_pemda(pemda, gambar("JPEG"))
    assert pertama.startswith("profil/") and len(Path(pertama).stem) >= 32 and pertama != kedua
    media = Path(settings.MEDIA_ROOT)
    assert not (media / pertama).exists()  # the replaced file is gone once the change committed
    assert (media / kedua).exists()
    with django_capture_on_commit_callbacks(execute=True):
        atur_logo_pemda(pemda, None)
    pemda.refresh_from_db()
    assert pemda.logo.name == "" and not (media / kedua).exists()
    jejak = list(Jejak.objects.filter(model="organisasi.pemda", field="logo").order_by("pk")
                 .values_list("lama", "baru"))[-3:]
    assert jejak[0][1].startswith("PNG 40 × 30 piksel, 1 KB, sha256 ")
    assert jejak[1][0] == jejak[0][1] and jejak[1][1].startswith("JPEG 40 × 30 piksel")
    assert jejak[2] == (jejak[1][1], "")


def test_a_refused_upload_keeps_the_picture_in_use_and_stores_nothing() -> None:
    unit = mojosari()
    nama = atur_gambar_unit(unit, "gambar_struktur", gambar("PNG"))
    sebelum = set(Path(settings.MEDIA_ROOT, "profil").iterdir())
    with pytest.raises(ValidationError):
        atur_gambar_unit(unit, "gambar_struktur", b"bukan gambar")
    unit.refresh_from_db()
    assert unit.gambar_struktur.name == nama
    assert set(Path(settings.MEDIA_ROOT, "profil").iterdir()) == sebelum


def test_an_unknown_kind_of_unit_picture_is_refused() -> None:
    with pytest.raises(ValidationError, match="tidak dikenal"):
        atur_gambar_unit(mojosari(), "foto_kepala", gambar("PNG"))


def test_the_pictures_travel_with_the_backup(tmp_path: Path) -> None:
    nama = atur_gambar_unit(mojosari(), "peta_wilayah", gambar("PNG", (64, 48)))
    disimpan = (Path(settings.MEDIA_ROOT) / nama).read_bytes()
    berkas = tmp_path / "cadangan.zip"
    call_command("backup", "--output", str(berkas))
    with zipfile.ZipFile(berkas) as zf:  # restore writes media/ back as it is (sakip/cadangan/tests)
        assert zf.read(f"media/{nama}") == disimpan
        assert f'"peta_wilayah": "{nama}"' in zf.read("data.json").decode()


def test_the_command_stores_and_removes_a_picture_with_the_same_checks(tmp_path: Path) -> None:
    from django.core.management import CommandError

    peta = tmp_path / "peta.jpg"
    peta.write_bytes(gambar("PNG", (50, 40)))  # a PNG named .jpg: the content decides
    out = io.StringIO()
    call_command("gambar-profil", "--pd", "kecamatan-mojosari", "peta-wilayah", str(peta), stdout=out)
    assert out.getvalue().strip() == "Peta wilayah Kecamatan Mojosari tersimpan."
    assert mojosari().peta_wilayah.name.endswith(".png")
    teks = tmp_path / "logo.png"
    teks.write_text("bukan gambar")
    with pytest.raises(CommandError, match="Logo Pemda: berkas bukan gambar PNG atau JPEG"):
        call_command("gambar-profil", "--pemda", "kabupaten-mojokerto", "logo", str(teks))
    with pytest.raises(CommandError, match="gunakan --pd SLUG"):
        call_command("gambar-profil", "--pemda", "kabupaten-mojokerto", "peta-wilayah", "--hapus")
    call_command("gambar-profil", "--pd", "kecamatan-mojosari", "peta-wilayah", "--hapus", stdout=out)
    assert not mojosari().peta_wilayah


def test_a_16_bit_grey_scan_keeps_its_shades() -> None:
    buf = io.BytesIO()
    Image.new("I;16", (4, 4), 40000).save(buf, "PNG")
    bersih = periksa_gambar(buf.getvalue(), "Peta wilayah")
    assert Image.open(io.BytesIO(bersih.isi)).getpixel((0, 0)) == (156, 156, 156)  # 40000 / 256, not white
