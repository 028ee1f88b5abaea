"""The upload pages and the audit trail pages: per-PD rights, preview before commit."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client
from openpyxl import load_workbook

from sakip.audit.models import Jejak
from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import Realisasi

pytestmark = [pytest.mark.django_db, pytest.mark.urls("sakip.impor.tests.urls_uji")]

PD = "kecamatan-mojosari"


def masuk(client: Client, name: str) -> Client:
    client.login(username=name, password="sakip-demo")
    return client


@pytest.mark.parametrize(("role", "status"), [("operator.mojosari", 200), ("kepala.mojosari", 200),
                                              ("operator.organisasi", 403), ("inspektorat", 200)])
def test_template_download_follows_read_rights(client: Client, role: str, status: int) -> None:
    r = masuk(client, role).get(f"/impor/{PD}/2025/templat.xlsx")
    assert r.status_code == status


@pytest.mark.parametrize(("role", "status"), [("operator.mojosari", 200), ("admin", 200),
                                              ("kepala.mojosari", 403), ("operator.organisasi", 403),
                                              ("pimpinan", 403)])
def test_upload_page_needs_entry_rights(client: Client, role: str, status: int) -> None:
    assert masuk(client, role).get(f"/impor/{PD}/2025/").status_code == status


def test_upload_previews_then_stores_on_confirmation(client: Client, tmp_path: Path) -> None:
    masuk(client, "operator.mojosari")
    path = tmp_path / "m.xlsx"
    path.write_bytes(b"".join(client.get(f"/impor/{PD}/2025/templat.xlsx").streaming_content))
    ind = Indikator.objects.get(unit__slug=PD, periode__nama="2025-2029", kode_standar="ikm")
    wb = load_workbook(path)
    ws = wb["Realisasi"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == ind.ref)
    row[3].value = "88,25"
    wb.save(path)
    with path.open("rb") as f:
        r = client.post(f"/impor/{PD}/2025/", {"berkas": f})
    assert r.status_code == 200 and "1 perubahan" in r.content.decode()
    assert not Realisasi.objects.filter(indikator=ind, tahun=2025, bagian="TW1").exists()
    r = client.post(f"/impor/{PD}/2025/simpan/", {"token": r.context["token"]})
    assert r.status_code == 302
    assert str(Realisasi.objects.get(indikator=ind, tahun=2025, bagian="TW1").nilai.normalize()) == "88.25"
    assert Jejak.objects.filter(indikator_id=ind.pk, sumber="impor").exists()
    # The trail page of the PD and of the indicator show it.
    page = client.get(f"/jejak/{PD}/?indikator={ind.pk}")
    assert page.status_code == 200 and "88.25" in page.content.decode()


def test_broken_upload_shows_errors_and_another_users_token_is_404(client: Client, tmp_path: Path) -> None:
    masuk(client, "operator.mojosari")
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"bukan excel")
    with bad.open("rb") as f:
        r = client.post(f"/impor/{PD}/2025/", {"berkas": f})
    assert r.status_code == 422 and "bukan XLSX" in r.content.decode()
    assert client.post(f"/impor/{PD}/2025/simpan/", {"token": "0" * 32}).status_code == 404


@pytest.mark.parametrize(("role", "status"), [("inspektorat", 200), ("kepala.mojosari", 200),
                                              ("operator.organisasi", 403)])
def test_audit_page_follows_read_rights(client: Client, role: str, status: int) -> None:
    assert masuk(client, role).get(f"/jejak/{PD}/").status_code == status
