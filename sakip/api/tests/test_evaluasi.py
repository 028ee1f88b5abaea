"""The Evaluasi AKIP endpoints: the same JSON as the commands, the same rights as the web
(evaluators of the PD read it, only the PD records follow-up), the same service for writes."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

from sakip.api.models import buat_token
from sakip.audit.models import Jejak
from sakip.evaluasi import services as evaluasi
from sakip.evaluasi.models import Evaluasi, Rekomendasi, TindakLanjut

from .conftest import ROLES

pytestmark = pytest.mark.django_db
PD = "kecamatan-mojosari"
TULIS = {"admin", "operator.mojosari"}  # akses.boleh_tindak_lanjut: the PD's operator (and the Admin Pemda)


def _auth(username: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {buat_token(User.objects.get(username=username))}"}


def _rek(n: int = 0, slug: str = PD) -> Rekomendasi:
    return Rekomendasi.objects.filter(unit__slug=slug).order_by("urutan")[n]


def _cli(*args: str) -> dict:
    out = StringIO()
    call_command(*args, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_the_evaluation_is_the_json_of_lke_nilai(client: Client, header) -> None:
    got = client.get(f"/api/pd/{PD}/2025/evaluasi", **header("inspektorat")).json()
    assert got == _cli("lke", "nilai", "--pd", PD, "--tahun", "2025")
    assert (got["nilai_total"], got["predikat"]) == ("84.32", "A")


def test_the_recommendations_are_the_json_of_tindak_lanjut(client: Client, header) -> None:
    got = client.get(f"/api/pd/{PD}/2025/rekomendasi", **header("kepala.mojosari")).json()
    assert got == _cli("tindak-lanjut", "--pd", PD, "--tahun", "2025")
    assert [r["status"] for r in got["rekomendasi"]] == ["belum"] * 3 and got["rekomendasi"][0]["id"] == _rek().pk


@pytest.mark.parametrize(("user", "status"), [("evaluator.mojosari", 200), ("anggota.mojosari", 200),
                                              ("evaluator.organisasi", 403)])
def test_an_evaluator_reads_only_the_pd_of_the_assignment(client: Client, user: str, status: int) -> None:
    assert client.get(f"/api/pd/{PD}/2025/evaluasi", **_auth(user)).status_code == status
    assert client.get(f"/api/pd/{PD}/2025/rekomendasi", **_auth(user)).status_code == status


@pytest.mark.parametrize("role", ROLES)
def test_who_records_a_follow_up(client: Client, header, role: str) -> None:
    r = _rek()
    resp = client.post(f"/api/pd/{PD}/2025/rekomendasi/{r.pk}/tindak-lanjut",
                       {"tanggal": "2026-02-10", "uraian": "IKI pelaksana disusun ulang",
                        "url": "https://mojosari.example/iki.pdf"}, content_type="application/json", **header(role))
    expected = 401 if role == "anonim" else 201 if role in TULIS else 403
    assert resp.status_code == expected, resp.content
    assert TindakLanjut.objects.filter(rekomendasi=r).exists() == (expected == 201)
    if expected == 201:
        body = resp.json()
        assert body["id"] == r.pk and body["tindak_lanjut"] == [
            {"tanggal": "2026-02-10", "uraian": "IKI pelaksana disusun ulang", "url": "https://mojosari.example/iki.pdf",
             "berkas": False}]
        j = Jejak.objects.filter(model="evaluasi.tindaklanjut").latest("pk")
        assert (j.sumber, j.pengguna.username) == ("api", role)


def test_an_evaluator_cannot_write_the_pds_follow_up(client: Client) -> None:
    resp = client.post(f"/api/pd/{PD}/2025/rekomendasi/{_rek().pk}/tindak-lanjut", {"uraian": "x"},
                       content_type="application/json", **_auth("evaluator.mojosari"))
    assert resp.status_code == 403 and "tidak berhak" in resp.json()["detail"]


def test_hostile_follow_ups_are_refused_by_the_service_with_its_message(client: Client, header) -> None:
    h = header("operator.mojosari")
    url = f"/api/pd/{PD}/2025/rekomendasi/{_rek().pk}/tindak-lanjut"
    r = client.post(url, {"uraian": "Bukti", "url": "javascript:alert(1)"}, content_type="application/json", **h)
    assert r.status_code == 422 and r.json()["detail"] == "isian: url: bukan alamat http(s) yang sah"
    r = client.post(url, {"uraian": "   "}, content_type="application/json", **h)
    assert r.status_code == 422 and "tidak boleh kosong" in r.json()["detail"]
    assert client.post(url, {}, content_type="application/json", **h).status_code == 422
    assert client.post(url, "{", content_type="application/json", **h).status_code == 400
    # Another PD's recommendation through Mojosari's URL, an id no row has, a year without an evaluation.
    ev_lain = Evaluasi.objects.exclude(unit__slug=PD).filter(tahun=2025).order_by("pk").first()
    lain = evaluasi.tambah_rekomendasi(ev_lain, "Uji", prioritas="sedang", batas_waktu=date(2026, 6, 30))
    assert client.post(f"/api/pd/{PD}/2025/rekomendasi/{lain.pk}/tindak-lanjut", {"uraian": "x"},
                       content_type="application/json", **h).status_code == 404
    assert client.post(f"/api/pd/{PD}/2025/rekomendasi/999999/tindak-lanjut", {"uraian": "x"},
                       content_type="application/json", **h).status_code == 404
    assert client.get(f"/api/pd/{PD}/2024/evaluasi", **h).status_code == 404
    assert client.get("/api/pd/tidak-ada/2025/evaluasi", **h).status_code == 404
    assert not TindakLanjut.objects.exists()
