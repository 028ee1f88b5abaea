"""Huge, negative and over-precise numbers on the web grids: refused at their cell, in Indonesian, not stored.

The grids read numbers the Indonesian way and bound them with ``sakip.core.batas`` by the
indicator's unit (Rupiah on the budget grid), the same check the services and the API make.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.test import Client

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.perencanaan.models import Indikator, Target
from sakip.realisasi.models import Realisasi
from sakip.web.sheets import teks_nilai

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _nilai_sakip_diketik(nilai_sakip_diketik) -> None:  # the root conftest's factory
    # These tests use Mojosari's Nilai SAKIP as their example of a typed realisasi (TW III 84,32);
    # the demo now reads it from the Evaluasi AKIP, so they get the typed form back.
    nilai_sakip_diketik("kecamatan-mojosari", "TW3")

URL = "/pd/kecamatan-mojosari/2025/realisasi/"
URL_ANGGARAN = "/pd/kecamatan-mojosari/2025/anggaran/"
BESAR = "99.999.999.999.999.999.999.999"


def ind(ref: str) -> Indikator:
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", ref=ref)


def galat(html: str, nama: str) -> str:
    found = re.search(rf'<span class="galat" id="g-{nama}"[^>]*>([^<]*)</span>', html)
    assert found, nama
    return found.group(1).strip()


def semula(i: Indikator) -> str:
    """What the grid showed in the TW4 cell (the hidden ``a-`` field it posts back)."""
    return teks_nilai(realisasi(i).get((2025, "TW4")))


def realisasi(i: Indikator) -> dict[tuple[int, str], Decimal]:
    return {(r.tahun, r.bagian): r.nilai for r in Realisasi.objects.filter(indikator=i)}


@pytest.mark.parametrize(("ref", "teks", "pesan"), [
    ("sakip-2529", BESAR, "nilai terlalu besar; paling besar 1.000.000.000.000.000"),
    ("sakip-2529", "1,123456", "paling banyak 4 angka di belakang koma"),
    ("sakip-2529", "1e16", "bukan angka yang dikenali"),
    ("layanan-standar-2529", "20.000", "persentase terlalu besar; paling besar 10.000"),
])
def test_realisasi_cell_refuses_a_number_beyond_its_bounds(operator: Client, ref: str, teks: str,
                                                           pesan: str) -> None:
    i = ind(ref)
    j = ind("layanan-standar-2529" if ref == "sakip-2529" else "sakip-2529")  # a valid cell beside it
    before = realisasi(i)
    response = operator.post(URL, {"tw": "4", f"v-{i.pk}-TW4": teks, f"a-v-{i.pk}-TW4": semula(i),
                                   f"v-{j.pk}-TW4": "80", f"a-v-{j.pk}-TW4": semula(j)})
    assert response.status_code == 422
    html = response.content.decode()
    assert pesan in galat(html, f"v-{i.pk}-TW4")
    assert realisasi(i) == before  # nothing stored for the refused cell
    assert Realisasi.objects.get(indikator=j, tahun=2025, bagian="TW4").nilai == 80  # the valid one is
    # The PD's pages still work afterwards.
    assert operator.get("/pd/kecamatan-mojosari/2025/").status_code == 200


def test_live_recalculation_marks_the_huge_cell_without_an_error_page(operator: Client) -> None:
    i = ind("sakip-2529")
    response = operator.post(URL + "hitung/", {"baris": i.pk, "tw": "4", f"v-{i.pk}-TW4": BESAR})
    assert response.status_code == 200
    assert galat(response.content.decode(), f"v-{i.pk}-TW4") == (
        "nilai terlalu besar; paling besar 1.000.000.000.000.000")


def penyusunan() -> MataAnggaran:
    return MataAnggaran.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, kode="7.01.01.2.01.0001")


@pytest.mark.parametrize(("teks", "pesan"), [
    ("1.000.000.000.000.001", "jumlah rupiah terlalu besar; paling besar 1.000.000.000.000.000"),
    (BESAR, "jumlah rupiah terlalu besar; paling besar 1.000.000.000.000.000"),
    ("-5", "jumlah rupiah tidak boleh negatif"),
    ("1,005", "paling banyak 2 angka di belakang koma"),
])
def test_budget_cell_refuses_what_rupiah_cannot_be(operator: Client, teks: str, pesan: str) -> None:
    line = penyusunan()
    before = dict(RealisasiAnggaran.objects.filter(mata_anggaran=line).values_list("triwulan", "jumlah"))
    nama = f"r-{line.pk}-1"
    response = operator.post(URL_ANGGARAN, {"tw": "4", nama: teks, f"a-{nama}": ""})
    assert response.status_code == 422
    assert galat(response.content.decode(), nama) == pesan
    assert dict(RealisasiAnggaran.objects.filter(mata_anggaran=line).values_list("triwulan", "jumlah")) == before
    live = operator.post(URL_ANGGARAN + "hitung/", {"baris": line.pk, "tw": "4", nama: teks})
    assert live.status_code == 200 and galat(live.content.decode(), nama) == pesan


def test_target_cell_refuses_a_huge_target(operator: Client) -> None:
    i = ind("sakip-2529")
    url = f"/pd/kecamatan-mojosari/perencanaan/{i.periode_id}/target/"
    before = dict(Target.objects.filter(indikator=i).values_list("tahun", "nilai"))
    nama = f"t-{i.pk}-2026"
    response = operator.post(url, {nama: BESAR})
    assert response.status_code == 422
    assert galat(response.content.decode(), nama) == "nilai terlalu besar; paling besar 1.000.000.000.000.000"
    assert dict(Target.objects.filter(indikator=i).values_list("tahun", "nilai")) == before
