"""Reports: download the documents, publish them, and read them on the public pages."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest
from django.test import Client

from sakip.laporan.models import Publikasi
from sakip.laporan.tests.test_antrean import kerjakan_semua
from sakip.perjanjian.models import PerjanjianKinerja

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_lkjip_docx_downloads_through_the_queue(operator: Client) -> None:
    antre = operator.get("/pd/kecamatan-mojosari/2025/lkjip.docx")
    assert antre.status_code == 302 and "/antrean/" in antre["Location"]
    kerjakan_semua()
    response = operator.get(antre["Location"] + "berkas")
    assert response.status_code == 200
    assert response["Content-Type"] == DOCX
    assert 'filename="LKjIP-2025-kecamatan-mojosari.docx"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content)[:2] == b"PK"


def test_lkjip_dated_on_the_report_page(operator: Client) -> None:
    """The date field of the report page sets the cover and the signature date (issue 16)."""
    import io

    from docx import Document

    page = operator.get("/pd/kecamatan-mojosari/2025/laporan/").content.decode()
    assert 'type="date"' in page and 'name="tanggal"' in page
    # The page queues the LKjIP (the job queue); the worker builds it with the date the form sent.
    r = operator.post("/pd/kecamatan-mojosari/2025/laporan/buat/",
                      {"jenis": "lkjip", "format": "docx", "tanggal": "2026-02-16"})
    assert r.status_code == 302 and "/pd/kecamatan-mojosari/antrean/" in r["Location"]
    kerjakan_semua()
    unduh = operator.get(r["Location"] + "berkas")
    assert unduh.status_code == 200
    data = b"".join(unduh.streaming_content)
    teks = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    assert "FEBRUARI 2026" in teks
    cells = [c.text for t in Document(io.BytesIO(data)).tables[:1] for r in t.rows for c in r.cells]
    assert any("Mojokerto, 16 Februari 2026" in c for c in cells)
    bad = operator.get("/pd/kecamatan-mojosari/2025/lkjip.docx?tanggal=2026-02-30")
    assert bad.status_code == 400 and "tanggal" in bad.content.decode()


def test_e81_and_pk_download(masuk: Callable[[str], Client]) -> None:
    client = masuk("inspektorat")
    e81 = client.get("/pd/kecamatan-mojosari/2025/e81.xlsx")
    assert e81.status_code == 200 and e81.content[:2] == b"PK"
    pk = PerjanjianKinerja.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, versi="awal")
    doc = client.get(f"/pd/kecamatan-mojosari/pk/{pk.pk}/dokumen.docx")
    assert doc.status_code == 200 and "PK-Awal-2025-kecamatan-mojosari.docx" in doc["Content-Disposition"]


def test_missing_data_is_explained_not_a_broken_file(operator: Client) -> None:
    antre = operator.get("/pd/kecamatan-mojosari/2026/lkjip.docx")
    kerjakan_semua()
    html = operator.get(antre["Location"]).content.decode()
    assert "LKjIP Kecamatan Mojosari tahun 2026" in html and "belum dapat dibuat" in html
    assert "belum mempunyai perjanjian kinerja yang ditandatangani" in html
    assert operator.get(antre["Location"] + "berkas").status_code == 302  # no file: back to the status


def test_kepala_publishes_and_anyone_downloads_the_exact_file(kepala: Client, admin: Client) -> None:
    assert kepala.post("/pd/kecamatan-mojosari/2025/terbitkan/", {"jenis": "lkjip", "format": "docx"}).status_code == 302
    kerjakan_semua()
    pub = Publikasi.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, jenis="lkjip")
    anonim = Client()
    page = anonim.get("/publik/kabupaten-mojokerto/").content.decode()
    nama = pub.berkas.name.rsplit("/", 1)[-1]
    assert f"/publik/berkas/{pub.pk}/{nama}" in page and "Kecamatan Mojosari" in page
    berkas = anonim.get(f"/publik/berkas/{pub.pk}/{nama}")
    assert berkas.status_code == 200
    content = b"".join(berkas.streaming_content)
    assert hashlib.sha256(content).hexdigest() == pub.sha256
    assert "Kecamatan Mojosari" in anonim.get("/publik/kabupaten-mojokerto/kecamatan-mojosari/").content.decode()
    # withdrawn by the Admin Pemda: gone from the public pages, kept on record
    assert admin.post(f"/pd/kecamatan-mojosari/publikasi/{pub.pk}/tarik/").status_code == 302
    assert anonim.get(f"/publik/berkas/{pub.pk}/{nama}").status_code == 404
    assert nama not in anonim.get("/publik/kabupaten-mojokerto/").content.decode()
    assert Publikasi.objects.filter(pk=pub.pk, ditarik=True).exists()


def test_publishing_a_pk_needs_a_signed_version(kepala: Client) -> None:
    response = kepala.post("/pd/kecamatan-mojosari/2025/terbitkan/", {"jenis": "pk", "format": "docx"}, follow=True)
    assert "Pilih versi perjanjian kinerja" in response.content.decode()
    pk = PerjanjianKinerja.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, versi="perubahan")
    kepala.post("/pd/kecamatan-mojosari/2025/terbitkan/", {"jenis": "pk", "format": "docx", "perjanjian": pk.pk})
    assert Publikasi.objects.filter(perjanjian=pk).exists()


def test_operators_do_not_publish(operator: Client) -> None:
    before = Publikasi.objects.count()
    r = operator.post("/pd/kecamatan-mojosari/2025/terbitkan/", {"jenis": "e81", "format": "xlsx"})
    assert r.status_code == 403
    assert "Anda tidak berhak menyetujui data Kecamatan Mojosari." in r.content.decode()
    assert Publikasi.objects.count() == before


def test_public_pages_show_only_what_was_published() -> None:
    anonim = Client()
    assert anonim.get("/").status_code == 302
    html = anonim.get("/publik/kabupaten-mojokerto/").content.decode()
    assert "Belum ada laporan yang diterbitkan" in html
    assert anonim.get("/publik/tidak-ada/").status_code == 404
    assert anonim.get("/pd/kecamatan-mojosari/").status_code == 302  # to the login page


def _capaian_section(html: str) -> str:
    mulai = html.find("Capaian kinerja yang diterbitkan")
    return html[mulai:html.find("</section>", mulai)] if mulai >= 0 else ""


def test_public_capaian_shows_only_published_pd_years() -> None:
    from sakip.core import formatting as fmt
    from sakip.laporan.services import terbitkan_laporan
    from sakip.organisasi.models import Unit
    from sakip.pengukuran.services import ukur_pd

    anonim = Client()
    assert _capaian_section(anonim.get("/publik/kabupaten-mojokerto/").content.decode()) == ""
    mojosari = Unit.objects.get(slug="kecamatan-mojosari")
    pub = terbitkan_laporan(mojosari, 2025, "lkjip", b"PK\x03\x04 uji", format="docx", filename="LKjIP-uji.docx")
    # an E-81 or a PK published alone does not make a PD-year's capaian public
    organisasi = Unit.objects.get(slug="bagian-organisasi")
    terbitkan_laporan(organisasi, 2025, "e81", b"PK\x03\x04 uji", format="xlsx", filename="E-81-uji.xlsx")

    html = anonim.get("/publik/kabupaten-mojokerto/").content.decode()
    bagian = _capaian_section(html)
    capaian = fmt.persen(ukur_pd(mojosari, 2025).capaian_kinerja)
    assert "Kecamatan Mojosari" in bagian and capaian in bagian and "<svg" in bagian
    assert "Bagian Organisasi" not in bagian
    assert "<script" not in bagian and "style=" not in bagian  # CSP: no inline code or styles
    pd = anonim.get("/publik/kabupaten-mojokerto/kecamatan-mojosari/").content.decode()
    assert capaian in _capaian_section(pd) and "<svg" in pd
    assert _capaian_section(anonim.get("/publik/kabupaten-mojokerto/bagian-organisasi/").content.decode()) == ""

    from sakip.laporan.services import tarik_laporan

    tarik_laporan(pub)  # withdrawn: its figures leave the public pages with the file
    assert _capaian_section(anonim.get("/publik/kabupaten-mojokerto/").content.decode()) == ""
    assert _capaian_section(anonim.get("/publik/kabupaten-mojokerto/kecamatan-mojosari/").content.decode()) == ""
