"""Years and ids the database cannot hold are refused by the API's schema (422), never a 500."""

from __future__ import annotations

import json

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

RAKSASA = 99999999999999999999999


def test_tahun_dan_periode_di_luar_batas_ditolak_422(client: Client, header) -> None:
    h = header("operator.mojosari")
    for url in ("/api/pd/kecamatan-mojosari/99999999999/realisasi", "/api/pd/kecamatan-mojosari/1899/pk",
                f"/api/pd/kecamatan-mojosari/cascade?periode={RAKSASA}", "/api/pd/kecamatan-mojosari/indikator?periode=0"):
        r = client.get(url, **h)
        assert r.status_code == 422, (url, r.content)
    assert client.get("/api/pd/kecamatan-mojosari/2025/realisasi", **h).status_code == 200


def test_id_raksasa_dalam_isian_ditolak_422(client: Client, header) -> None:
    h = header("operator.mojosari")
    for url, isian in (
        ("/api/pd/kecamatan-mojosari/2025/realisasi", [{"indikator": RAKSASA, "bagian": "TW1", "nilai": "1"}]),
        ("/api/pd/kecamatan-mojosari/2025/anggaran/realisasi",
         [{"mata_anggaran": RAKSASA, "triwulan": 1, "jumlah": "1"}]),
    ):
        r = client.put(url, json.dumps(isian), content_type="application/json", **h)
        assert r.status_code == 422, (url, r.content)
        assert "paling besar 999.999.999.999.999.999" in r.content.decode()
