"""The upload pages and the audit trail pages: per-PD rights, preview before commit."""

from __future__ import annotations

import io
from decimal import Decimal
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
    ind = (Indikator.objects.filter(unit__slug=PD, periode__nama="2025-2029", kode_standar="", turunan__isnull=True)
           .order_by("pk").first())  # typed (the IKM is read from the SKM)
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


@pytest.mark.parametrize("role", ["operator.mojosari", "kepala.mojosari", "inspektorat", "pimpinan"])
def test_pemda_import_is_for_the_admin_pemda_only(client: Client, role: str) -> None:
    masuk(client, role)
    assert client.get("/impor/pemda/2025/").status_code == 403
    assert client.post("/impor/pemda/2025/simpan/", {"token": "0" * 32}).status_code == 403


def test_admin_previews_then_stores_a_pemda_workbook_in_one_go(client: Client, tmp_path: Path) -> None:
    from sakip.impor.buku import ekspor
    from sakip.organisasi.models import Unit

    masuk(client, "admin")
    assert client.get("/impor/pemda/2025/").status_code == 200
    units = [Unit.objects.get(slug=PD), Unit.objects.get(slug="bagian-organisasi")]
    path = ekspor(units, 2025, tmp_path / "pemda.xlsx")  # the layout of the Pemda download, two PDs only
    ind = (Indikator.objects.filter(unit__slug=PD, periode__nama="2025-2029", kode_standar="", turunan__isnull=True)
           .order_by("pk").first())  # typed (the IKM is read from the SKM)
    wb = load_workbook(path)
    row = next(r for r in wb["01 Realisasi"].iter_rows(min_row=2) if r[0].value == ind.ref)
    row[3].value = "88,25"
    wb.save(path)
    with path.open("rb") as f:
        r = client.post("/impor/pemda/2025/", {"berkas": f})
    page = r.content.decode()
    assert r.status_code == 200 and "1 perubahan" in page and "2 PD dibaca" in page
    assert f"<td>{PD}</td><td>01 Realisasi</td>" in page
    assert not Realisasi.objects.filter(indikator=ind, tahun=2025, bagian="TW1").exists()
    # A user who is not an Admin Pemda cannot confirm the upload.
    other = Client()
    masuk(other, "operator.mojosari")
    assert other.post("/impor/pemda/2025/simpan/", {"token": r.context["token"]}).status_code == 403
    r = client.post("/impor/pemda/2025/simpan/", {"token": r.context["token"]}, follow=True)
    assert "1 perubahan dari 2 PD" in r.content.decode()
    assert Realisasi.objects.get(indikator=ind, tahun=2025, bagian="TW1").nilai == Decimal("88.25")
    assert Jejak.objects.filter(indikator_id=ind.pk, sumber="impor", nama_pengguna="admin").exists()


def test_pemda_template_download_has_numbered_sheets(client: Client) -> None:
    masuk(client, "admin")
    r = client.get("/impor/pemda/2025/templat.xlsx")
    assert r.status_code == 200
    wb = load_workbook(io.BytesIO(b"".join(r.streaming_content)), read_only=True)
    assert wb.sheetnames[:4] == ["01 Info", "01 Cascade", "01 Realisasi", "01 Anggaran"]
    pd = {next(wb[s].iter_rows(max_row=1, values_only=True))[1] for s in wb.sheetnames if s.endswith(" Info")}
    assert {"kecamatan-mojosari", "bagian-organisasi"} <= pd
