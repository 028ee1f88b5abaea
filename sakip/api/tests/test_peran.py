"""Every endpoint with every demo role: the same per-PD rights as the web (401/403/404 as documented)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.test import Client

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.audit.models import Jejak
from sakip.perencanaan.models import Indikator
from sakip.realisasi.alur import ajukan
from sakip.realisasi.models import Realisasi

from .conftest import ROLES

# The demo's triwulans are incomplete: the "Ajukan" gate warns here (it is tested in test_kelengkapan).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("kelengkapan_peringatan")]

PD = "kecamatan-mojosari"
BACA = ["/api/pd", f"/api/pd/{PD}", f"/api/pd/{PD}/periode", f"/api/pd/{PD}/cascade", f"/api/pd/{PD}/indikator",
        f"/api/pd/{PD}/2025/pk", f"/api/pd/{PD}/2025/realisasi", f"/api/pd/{PD}/2025/status",
        f"/api/pd/{PD}/2025/anggaran", f"/api/pd/{PD}/2025/pengukuran",
        f"/api/pd/{PD}/2025/evaluasi", f"/api/pd/{PD}/2025/rekomendasi"]
# Who may read Mojosari and who may write its realisasi (akses.py: LIHAT / ISI).
BOLEH_BACA = {"admin", "operator.mojosari", "kepala.mojosari", "inspektorat", "pimpinan"}
BOLEH_TULIS = {"admin", "operator.mojosari"}


def diketik() -> Indikator:
    """A Mojosari indicator whose realisasi is typed (its IKM is read from the SKM, never typed)."""
    return (Indikator.objects.filter(unit__slug=PD, periode__nama="2025-2029", kode_standar="",
                                     turunan__isnull=True).order_by("pk").first())


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("url", BACA)
def test_read_endpoints(client: Client, header, role: str, url: str) -> None:
    r = client.get(url, **header(role))
    if role == "anonim":
        assert r.status_code == 401
    elif url == "/api/pd" or role in BOLEH_BACA:
        assert r.status_code == 200, r.content
    else:
        assert r.status_code == 403
        assert "tidak berhak" in r.json()["detail"]


@pytest.mark.parametrize("role", ROLES)
def test_pd_list_holds_only_readable_units(client: Client, header, role: str) -> None:
    r = client.get("/api/pd", **header(role))
    if role == "anonim":
        assert r.status_code == 401
        return
    slugs = {u["slug"] for u in r.json()}
    assert (PD in slugs) == (role in BOLEH_BACA)


@pytest.mark.parametrize("role", ROLES)
def test_write_realisasi(client: Client, header, role: str) -> None:
    ind = diketik()
    body = [{"indikator": ind.pk, "bagian": "TW1", "nilai": "88.5"}]
    r = client.put(f"/api/pd/{PD}/2026/realisasi", body, content_type="application/json", **header(role))
    expected = 401 if role == "anonim" else 200 if role in BOLEH_TULIS else 403
    assert r.status_code == expected, r.content
    stored = Realisasi.objects.filter(indikator=ind, tahun=2026, bagian="TW1").first()
    if expected == 200:
        assert stored.nilai == Decimal("88.5")
        j = Jejak.objects.filter(indikator_id=ind.pk, tahun=2026).latest("pk")
        assert (j.sumber, j.nama_pengguna, j.baru) == ("api", role, "88.5")
    else:
        assert stored is None


@pytest.mark.parametrize("role", ROLES)
def test_write_budget_realisasi(client: Client, header, role: str) -> None:
    line = MataAnggaran.objects.filter(unit__slug=PD, tahun=2025, tingkat="sub_kegiatan").first()
    before = RealisasiAnggaran.objects.get(mata_anggaran=line, triwulan=4).jumlah
    assert before != Decimal("1000")
    r = client.put(f"/api/pd/{PD}/2025/anggaran/realisasi", [{"mata_anggaran": line.pk, "triwulan": 4,
                                                             "jumlah": "1000"}],
                   content_type="application/json", **header(role))
    expected = 401 if role == "anonim" else 200 if role in BOLEH_TULIS else 403
    assert r.status_code == expected, r.content
    stored = RealisasiAnggaran.objects.get(mata_anggaran=line, triwulan=4).jumlah
    if expected == 200:
        assert r.json() == {"disimpan": 1}
        assert stored == Decimal("1000")
        j = Jejak.objects.filter(model="anggaran.realisasianggaran", objek_id=f"{line.pk}/4").latest("pk")
        assert (j.sumber, j.nama_pengguna, j.tahun, j.baru) == ("api", role, 2025, "1000")
    else:
        assert stored == before
        if expected == 403:
            assert "tidak berhak" in r.json()["detail"]


def test_stale_budget_amount_gives_409_and_without_the_check_it_overwrites(client: Client,
                                                                          header) -> None:
    line = MataAnggaran.objects.get(unit__slug=PD, tahun=2025, kode="7.01.01.2.01.0001")  # TW4 3.422.055
    url, h = f"/api/pd/{PD}/2025/anggaran/realisasi", header("operator.mojosari")
    # TW I–III hold 6.355.245 of the pagu 10.000.000: the amounts here keep the year under it.
    ok = client.put(url, [{"mata_anggaran": line.pk, "triwulan": 4, "jumlah": "3500000", "semula": "3422055",
                           "periksa_semula": True}], content_type="application/json", **h)
    assert ok.status_code == 200, ok.content
    stale = client.put(url, [{"mata_anggaran": line.pk, "triwulan": 4, "jumlah": "3600000", "semula": "3422055",
                              "periksa_semula": True}], content_type="application/json", **h)
    assert stale.status_code == 409 and "sudah diubah orang lain menjadi Rp\u00a03.500.000,00" in stale.json()["detail"]
    assert RealisasiAnggaran.objects.get(mata_anggaran=line, triwulan=4).jumlah == Decimal("3500000")
    # Without periksa_semula the API keeps its old behaviour: the amount is simply stored.
    plain = client.put(url, [{"mata_anggaran": line.pk, "triwulan": 4, "jumlah": "3600000", "semula": "1"}],
                       content_type="application/json", **h)
    assert plain.status_code == 200, plain.content
    assert RealisasiAnggaran.objects.get(mata_anggaran=line, triwulan=4).jumlah == Decimal("3600000")


def test_unknown_pd_is_404_and_foreign_indicator_is_404(client: Client, header) -> None:
    h = header("operator.mojosari")
    assert client.get("/api/pd/tidak-ada/2025/realisasi", **h).status_code == 404
    other = Indikator.objects.exclude(unit__slug=PD).first()
    r = client.put(f"/api/pd/{PD}/2026/realisasi", [{"indikator": other.pk, "bagian": "TW1", "nilai": "1"}],
                   content_type="application/json", **h)
    assert r.status_code == 404
    assert r.json()["detail"] == f"Indikator {other.pk} tidak ada pada Kecamatan Mojosari."
    assert not Realisasi.objects.filter(indikator=other, tahun=2026).exists()


def test_stale_value_gives_409_and_locked_triwulan_422(client: Client, header) -> None:
    ind, h = diketik(), header("operator.mojosari")
    url = f"/api/pd/{PD}/2027/realisasi"
    ok = client.put(url, [{"indikator": ind.pk, "bagian": "TW3", "nilai": "70", "periksa_semula": True}],
                    content_type="application/json", **h)
    assert ok.status_code == 200, ok.content
    assert Realisasi.objects.get(indikator=ind, tahun=2027, bagian="TW3").nilai == Decimal("70")
    stale = client.put(url, [{"indikator": ind.pk, "bagian": "TW3", "nilai": "75", "semula": None,
                              "periksa_semula": True}], content_type="application/json", **h)
    assert stale.status_code == 409 and "sudah diubah orang lain menjadi 70" in stale.json()["detail"]
    ajukan(User.objects.get(username="operator.mojosari"), ind.unit, 2027, 3)
    locked = client.put(url, [{"indikator": ind.pk, "bagian": "TW3", "nilai": "71"}],
                        content_type="application/json", **h)
    assert locked.status_code == 422 and "Triwulan III" in locked.json()["detail"]
    assert Realisasi.objects.get(indikator=ind, tahun=2027, bagian="TW3").nilai == Decimal("70")


def test_bad_token_is_401(client: Client) -> None:
    assert client.get("/api/pd", HTTP_AUTHORIZATION="Bearer salah").status_code == 401


def test_docs_page_uses_local_static_files(client: Client) -> None:
    html = client.get("/api/docs").content.decode()
    assert "swagger-ui-bundle.js" in html and "cdn" not in html.lower()
