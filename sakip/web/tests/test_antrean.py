"""The report page through the document queue: submit, follow the progress, download, publish.

Jobs are worked in this process by RQ's worker (so they see the test's data); the queue is the
test run's own (conftest.py).
"""

from __future__ import annotations

import pytest

from sakip.audit.models import Jejak
from sakip.laporan.models import Publikasi
from sakip.laporan.tests.test_antrean import kerjakan_semua
from sakip.organisasi.models import Unit
from sakip.perjanjian.models import PerjanjianKinerja

pytestmark = pytest.mark.django_db


def test_the_report_page_queues_and_then_offers_the_file(operator) -> None:
    r = operator.post("/pd/kecamatan-mojosari/2025/laporan/buat/", {"jenis": "lkjip", "format": "docx"})
    assert r.status_code == 302 and "/pd/kecamatan-mojosari/antrean/" in r["Location"]
    halaman = operator.get(r["Location"])
    assert halaman.status_code == 200
    html = halaman.content.decode()
    assert "Menunggu giliran" in html and 'hx-trigger="every 1s"' in html and "<script>" not in html

    kerjakan_semua()

    fragmen = operator.get(r["Location"], headers={"HX-Request": "true"})
    teks = fragmen.content.decode()
    assert "Dokumen siap" in teks and "hx-trigger" not in teks  # done: polling stops
    unduh = operator.get(r["Location"] + "berkas")
    assert unduh.status_code == 200
    assert unduh["Content-Disposition"] == 'attachment; filename="LKjIP-2025-kecamatan-mojosari.docx"'
    assert b"".join(unduh.streaming_content)[:2] == b"PK"


def test_another_pds_user_cannot_follow_or_download_the_job(operator, masuk) -> None:
    r = operator.post("/pd/kecamatan-mojosari/2025/laporan/buat/", {"jenis": "lkjip", "format": "docx"})
    job = r["Location"].rstrip("/").rsplit("/", 1)[-1]
    lain = masuk("operator.organisasi")
    assert lain.get(f"/pd/kecamatan-mojosari/antrean/{job}/").status_code in (403, 404)
    # Through a unit the user may see, the job of another unit is not found either.
    assert lain.get(f"/pd/bagian-organisasi/antrean/{job}/").status_code == 404
    assert lain.get(f"/pd/bagian-organisasi/antrean/{job}/berkas").status_code == 404


def test_publishing_goes_through_the_queue_and_is_audited(kepala) -> None:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    r = kepala.post("/pd/kecamatan-mojosari/2025/terbitkan/", {"jenis": "lkjip", "format": "docx"})
    assert r.status_code == 302 and "/antrean/" in r["Location"]
    assert not Publikasi.objects.filter(unit=unit, tahun=2025, jenis="lkjip").exists()  # not in the request

    kerjakan_semua()

    pub = Publikasi.objects.get(unit=unit, tahun=2025, jenis="lkjip")
    assert pub.diterbitkan_oleh.username == "kepala.mojosari" and pub.format == "docx"
    jejak = Jejak.objects.filter(model="laporan.publikasi", objek_id=pub.pk, field="berkas").get()
    assert jejak.sumber == "web" and jejak.pengguna.username == "kepala.mojosari"
    assert "diterbitkan" in kepala.get(r["Location"], headers={"HX-Request": "true"}).content.decode()


def test_a_pk_pdf_link_is_queued_not_built_in_the_request(operator) -> None:
    pk = PerjanjianKinerja.objects.filter(unit__slug="kecamatan-mojosari", tahun=2025).first()
    r = operator.get(f"/pd/kecamatan-mojosari/pk/{pk.pk}/dokumen.pdf")
    assert r.status_code == 302 and "/antrean/" in r["Location"]
