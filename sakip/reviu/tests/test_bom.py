"""The document reviu refuses DOCX and PDF bombs before they inflate, in bounded memory."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
import zlib

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from docx import Document

from sakip.organisasi.commands import Galat
from sakip.reviu.dokumen import BerkasTidakTerbaca, baca_bytes
from sakip.reviu.dokumen.pdf import MAKS_ALIRAN

MB = 1024 * 1024


def _docx(ganti: dict[str, bytes] | None = None, tambah: dict[str, bytes] | None = None) -> bytes:
    doc = Document()
    doc.add_paragraph("Capaian kinerja 2025.")
    asli = io.BytesIO()
    doc.save(asli)
    out = io.BytesIO()
    with zipfile.ZipFile(asli) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, (ganti or {}).get(item.filename, src.read(item.filename)))
        for nama, isi in (tambah or {}).items():
            dst.writestr(nama, isi)
    return out.getvalue()


def _mengembang(n: int) -> bytes:
    """``n`` bytes of spaces, deflated without ever holding them in memory."""
    z = zlib.compressobj(9)
    blok = b" " * MB
    return b"".join([*(z.compress(blok) for _ in range(n // MB)), z.flush()])


def _pdf(isi_terkompresi: bytes, halaman: int = 1) -> bytes:
    """A PDF whose pages share one FlateDecode content stream, written by hand with a valid xref."""
    kids = " ".join(f"{4 + i} 0 R" for i in range(halaman))
    objek = [b"<</Type/Catalog/Pages 2 0 R>>", f"<</Type/Pages/Kids[{kids}]/Count {halaman}>>".encode(),
             f"<</Length {len(isi_terkompresi)}/Filter/FlateDecode>>stream\n".encode() + isi_terkompresi
             + b"\nendstream"]
    objek += [b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 3 0 R>>"] * halaman
    out = bytearray(b"%PDF-1.4\n")
    letak = []
    for i, o in enumerate(objek, start=1):
        letak.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objek) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{n:010d} 00000 n \n".encode() for n in letak)
    out += f"trailer\n<</Size {len(objek) + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _puncak(fn) -> tuple[str, int]:
    """The refusal message and the peak of memory allocated while reading."""
    tracemalloc.start()
    try:
        with pytest.raises(BerkasTidakTerbaca) as info:
            fn()
        return str(info.value), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_docx_whose_part_inflates_a_thousandfold_is_refused_before_reading() -> None:
    bom = _docx(tambah={"word/media/bom.bin": b"\0" * (50 * MB)})
    assert len(bom) < MB
    pesan, puncak = _puncak(lambda: baca_bytes(bom, "bom.docx"))
    assert "memuai" in pesan and "zip bomb" in pesan and "word/media/bom.bin" in pesan
    assert puncak < 5 * MB  # nothing was inflated


def test_docx_beyond_the_absolute_size_is_refused() -> None:
    bom = _docx(ganti={"word/document.xml": b"<a>" + b" " * (70 * MB) + b"</a>"})
    pesan, _ = _puncak(lambda: baca_bytes(bom, "besar.docx"))
    assert "terlalu besar setelah diurai" in pesan and "batas 60 MB" in pesan


def test_docx_xml_bomb_and_truncated_part_are_refused() -> None:
    tawa = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&b;</w:document>')
    with pytest.raises(BerkasTidakTerbaca, match="XML bomb"):
        baca_bytes(_docx(ganti={"word/document.xml": tawa}), "tawa.docx")
    utuh = zipfile.ZipFile(io.BytesIO(_docx())).read("word/document.xml")
    with pytest.raises(BerkasTidakTerbaca, match="terpotong"):
        baca_bytes(_docx(ganti={"word/document.xml": utuh[: len(utuh) // 2]}), "potong.docx")


def test_pdf_with_a_huge_flatedecode_stream_is_refused_in_bounded_memory() -> None:
    bom = _pdf(_mengembang(300 * MB))  # 300 MB of content behind ~300 KB
    assert len(bom) < MB
    pesan, puncak = _puncak(lambda: baca_bytes(bom, "bom.pdf"))
    assert "memuai melebihi batas" in pesan and "PDF bomb" in pesan
    assert puncak < 4 * MAKS_ALIRAN  # never the 300 MB


def test_pdf_pages_whose_streams_add_up_beyond_the_total_are_refused() -> None:
    isi = b"BT /F1 12 Tf 72 720 Td (Capaian) Tj ET\n" + b" " * (MAKS_ALIRAN - MB)
    pdf = _pdf(zlib.compress(isi, 9), halaman=8)  # 8 x 19 MB > 100 MB
    with pytest.raises(BerkasTidakTerbaca, match="memuai melebihi batas"):
        baca_bytes(pdf, "banyak.pdf")


def test_pdf_with_too_many_pages_is_refused() -> None:
    pdf = _pdf(zlib.compress(b"BT ET"), halaman=1001)
    with pytest.raises(BerkasTidakTerbaca, match="1001 halaman; paling banyak 1000"):
        baca_bytes(pdf, "tebal.pdf")


def test_cli_says_galat_for_a_bomb(tmp_path) -> None:
    path = tmp_path / "bom.pdf"
    path.write_bytes(_pdf(_mengembang(100 * MB)))
    with pytest.raises(Galat, match="berkas tidak dapat dibaca: isi PDF bom.pdf memuai melebihi batas"):
        call_command("reviu-dokumen", str(path))


@pytest.mark.django_db
def test_web_upload_refuses_bombs_and_oversized_requests(client: Client) -> None:
    client.force_login(User.objects.get(username="operator.mojosari"))
    url = reverse("reviu:dokumen", args=["kecamatan-mojosari"])
    bom = SimpleUploadedFile("bom.docx", _docx(tambah={"word/media/bom.bin": b"\0" * (50 * MB)}))
    r = client.post(url, {"berkas": bom})
    assert r.status_code == 400 and "zip bomb" in r.content.decode()
    pdf = SimpleUploadedFile("bom.pdf", _pdf(_mengembang(100 * MB)))
    r = client.post(url, {"berkas": pdf})
    assert r.status_code == 400 and "memuai melebihi batas" in r.content.decode()
    kecil = SimpleUploadedFile("besar.pdf", b"%PDF-1.4")
    r = client.post(url, {"berkas": kecil}, CONTENT_LENGTH=str(200 * MB))
    assert r.status_code == 413 and "Berkas lebih besar dari 10 MB; tidak dibaca." in r.content.decode()
