"""The API's PUTs cost the same number of queries for 1, 5 or 25 values, and stay all or nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import tambah_sub_kegiatan
from sakip.audit.models import Jejak
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator, PeriodePerencanaan
from sakip.perencanaan.services import tambah_indikator
from sakip.realisasi.models import Realisasi

pytestmark = pytest.mark.django_db

PD = "kecamatan-mojosari"
UKURAN = (1, 5, 25)
KOLOM = dict(zip(UKURAN, (1, 2, 3), strict=True))  # each size its own triwulan: every PUT of a kind alike


@pytest.fixture
def indikator() -> list[Indikator]:
    unit = Unit.objects.get(slug=PD)
    periode = PeriodePerencanaan.objects.get(pemda_id=unit.pemda_id, nama="2025-2029")
    return [tambah_indikator(unit, periode, node=None, ref=f"uji-api-{i}", nama=f"Indikator uji API {i}",
                             satuan="indeks") for i in range(max(UKURAN))]


@pytest.fixture
def sub_kegiatan() -> list[MataAnggaran]:
    kegiatan = MataAnggaran.objects.get(unit__slug=PD, tahun=2025, kode="7.01.01.2.01")
    return [tambah_sub_kegiatan(kegiatan, kode=f"7.01.01.2.01.{9000 + i}", nama=f"Sub kegiatan uji API {i}",
                             pagu=Decimal("1000000000")) for i in range(max(UKURAN))]


def _put(client: Client, url: str, body: list[dict[str, object]], h: dict[str, str]) -> tuple[int, HttpResponse]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.put(url, body, content_type="application/json", **h)
    return len(ctx.captured_queries), response


@pytest.mark.parametrize("periksa_semula", [True, False])
def test_realisasi_put_costs_the_same_for_1_5_and_25_values(client: Client, header, indikator: list[Indikator],
                                                            periksa_semula: bool) -> None:
    url, h = f"/api/pd/{PD}/2026/realisasi", header("operator.mojosari")
    for langkah, (nilai, semula) in (("baru", ("12.5", None)), ("ubah", ("13", "12.5"))):
        counts = []
        for n in UKURAN:
            bagian = f"TW{KOLOM[n]}"
            body = [{"indikator": i.pk, "bagian": bagian, "nilai": nilai, "semula": semula,
                     "periksa_semula": periksa_semula} for i in indikator[:n]]
            count, r = _put(client, url, body, h)
            assert r.status_code == 200 and r.json() == {"disimpan": n}, r.content
            counts.append(count)
            stored = Realisasi.objects.filter(indikator__in=indikator, tahun=2026, bagian=bagian)
            assert sorted(stored.values_list("nilai", flat=True)) == [Decimal(nilai)] * n
            jejak = Jejak.objects.filter(model="realisasi.realisasi", tahun=2026, field=bagian, baru=nilai,
                                         indikator_id__in=[i.pk for i in indikator])
            assert set(jejak.values_list("sumber", "nama_pengguna")) == {("api", "operator.mojosari")}
            assert jejak.count() == n
        # 16 before issue #13, which reads once what the plausibility checks need (count units, Renstra
        # and PK targets, last year's values, entry windows).
        assert len(set(counts)) == 1 and counts[0] <= 21, (langkah, counts)


@pytest.mark.parametrize("periksa_semula", [True, False])
def test_budget_put_costs_the_same_for_1_5_and_25_values(client: Client, header,
                                                         sub_kegiatan: list[MataAnggaran],
                                                         periksa_semula: bool) -> None:
    url, h = f"/api/pd/{PD}/2025/anggaran/realisasi", header("operator.mojosari")
    for langkah, (jumlah, semula) in (("baru", ("1250000", None)), ("ubah", ("1300000", "1250000"))):
        counts = []
        for n in UKURAN:
            tw = KOLOM[n]
            body = [{"mata_anggaran": m.pk, "triwulan": tw, "jumlah": jumlah, "semula": semula,
                     "periksa_semula": periksa_semula} for m in sub_kegiatan[:n]]
            count, r = _put(client, url, body, h)
            assert r.status_code == 200 and r.json() == {"disimpan": n}, r.content
            counts.append(count)
            stored = RealisasiAnggaran.objects.filter(mata_anggaran__in=sub_kegiatan, triwulan=tw)
            assert sorted(stored.values_list("jumlah", flat=True)) == [Decimal(jumlah)] * n
        assert len(set(counts)) == 1 and counts[0] <= 16, (langkah, counts)


def test_one_refused_value_stores_nothing_and_names_its_place(client: Client, header,
                                                             indikator: list[Indikator]) -> None:
    url, h = f"/api/pd/{PD}/2026/realisasi", header("operator.mojosari")
    _put(client, url, [{"indikator": indikator[0].pk, "bagian": "TW1", "nilai": "5"}], h)
    body = [{"indikator": i.pk, "bagian": "TW1", "nilai": "6", "semula": "5" if i == indikator[0] else None,
             "periksa_semula": True} for i in indikator[:5]]
    body[3]["semula"] = "4"  # stale: the cell is empty
    count, r = _put(client, url, body, h)
    assert r.status_code == 409, r.content
    assert r.json()["galat"] == [{"lokasi": "isian[3]", "pesan": (
        "Realisasi Indikator uji API 3 2026 TW1 sudah diubah orang lain menjadi kosong sejak Anda membukanya; "
        "muat ulang dan periksa sebelum menyimpan lagi."), "perlu_konfirmasi": False}]
    assert list(Realisasi.objects.filter(indikator__in=indikator, tahun=2026).values_list("nilai", flat=True)) == [
        Decimal(5)]
    # Mixing a semester into a triwulan year, after valid values: refused at its place, nothing stored.
    body = [{"indikator": indikator[1].pk, "bagian": "TW1", "nilai": "1"},
            {"indikator": indikator[1].pk, "bagian": "S2", "nilai": "2"}]
    r = client.put(url, body, content_type="application/json", **h)
    assert r.status_code == 422 and r.json()["galat"][0]["lokasi"] == "isian[1]", r.content
    assert "tidak boleh mencampur nilai semester dan triwulan" in r.json()["detail"]
    assert not Realisasi.objects.filter(indikator=indikator[1], tahun=2026).exists()
