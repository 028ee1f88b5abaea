"""The API of rencana aksi and of the measurement as of a triwulan (issue #13)."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from sakip.perjanjian.models import IndikatorPK
from sakip.rencana_aksi.baca import rencana_baris

pytestmark = pytest.mark.django_db
BASE = "/api/pd/kecamatan-mojosari/2025"


def _row(awal: str) -> IndikatorPK:
    return IndikatorPK.objects.get(sasaran__perjanjian__unit__slug="kecamatan-mojosari",
                                   sasaran__perjanjian__nomor_perubahan=1, indikator__nama__startswith=awal)


def test_pengukuran_as_of_a_triwulan(client: Client, header) -> None:  # pytest-django client; conftest header
    r = client.get(f"{BASE}/pengukuran?triwulan=2", **header("operator.mojosari"))
    assert r.status_code == 200
    data = r.json()
    assert data["anggaran"]["triwulan"] == 2 and data["anggaran"]["rencana"] is not None
    ind = next(i for i in data["perjanjian_kinerja"][1]["indikator"] if i["nama"].startswith("Persentase layanan"))
    assert (ind["target_triwulan"], ind["realisasi_sd_triwulan"], ind["capaian_triwulan"]) == (50, 50, 100.0)
    assert client.get(f"{BASE}/pengukuran?triwulan=5", **header("operator.mojosari")).status_code == 422


def test_rencana_aksi_read_and_written(client: Client, header) -> None:  # pytest-django client; conftest header
    r = client.get(f"{BASE}/rencana-aksi", **header("kepala.mojosari"))
    assert r.status_code == 200
    versions = r.json()
    assert [v["nomor_perubahan"] for v in versions] == [0, 1]
    ikm = next(i for i in versions[1]["indikator"] if i["nama"] == "IKM Kecamatan")
    assert [t["triwulan"] for t in ikm["target"]] == [2, 4] and ikm["kumulatif"] is True
    row = _row("Persentase hasil koordinasi")
    body = [{"indikator_pk": row.pk, "target": [{"triwulan": 1, "nilai": "30"}],
             "aksi": [{"uraian": "Rapat koordinasi", "penanggung_jawab": "Kasi Pemerintahan"}]}]
    r = client.put(f"{BASE}/rencana-aksi", json.dumps(body), content_type="application/json",
                   **header("operator.mojosari"))
    assert r.status_code == 200, r.content
    assert rencana_baris([row.pk])[row.pk].aksi == [("Rapat koordinasi", "Kasi Pemerintahan")]


def test_a_refused_target_names_its_isian_and_stores_nothing(client: Client, header) -> None:  # fixtures
    a, b = _row("Persentase hasil koordinasi"), _row("Persentase layanan")
    body = [{"indikator_pk": a.pk, "target": [{"triwulan": 1, "nilai": "31"}]},
            {"indikator_pk": b.pk, "target": [{"triwulan": 1, "nilai": "20000"}]}]
    r = client.put(f"{BASE}/rencana-aksi", json.dumps(body), content_type="application/json",
                   **header("operator.mojosari"))
    assert r.status_code == 422
    assert r.json()["galat"][0]["lokasi"] == "isian[1]"
    assert rencana_baris([a.pk])[a.pk].target[1] != 31


def test_other_roles_and_pds_are_refused(client: Client, header) -> None:  # fixtures
    row = _row("IKM")
    body = json.dumps([{"indikator_pk": row.pk, "target": [{"triwulan": 1, "nilai": "1"}]}])
    assert client.put(f"{BASE}/rencana-aksi", body, content_type="application/json",
                      **header("kepala.mojosari")).status_code == 403
    assert client.get(f"{BASE}/rencana-aksi", **header("operator.organisasi")).status_code in (403, 404)
    assert client.put(f"{BASE}/rencana-aksi", body, content_type="application/json",
                      **header("operator.organisasi")).status_code in (403, 404)
