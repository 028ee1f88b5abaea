"""The realisasi grid: Indonesian numbers, partial saves, errors at their cell, locks, stale values, live capaian."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.perencanaan.services import tambah_indikator
from sakip.realisasi.models import Realisasi
from sakip.realisasi.services import catat_realisasi

# The demo's triwulans are incomplete: the "Ajukan" gate warns here (it is tested in test_kelengkapan).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("kelengkapan_peringatan")]


@pytest.fixture(autouse=True)
def _nilai_sakip_diketik(nilai_sakip_diketik) -> None:  # the root conftest's factory
    # These tests use Mojosari's Nilai SAKIP as their example of a typed realisasi (TW III 84,32);
    # the demo now reads it from the Evaluasi AKIP, so they get the typed form back.
    nilai_sakip_diketik("kecamatan-mojosari", "TW3")

URL = "/pd/kecamatan-mojosari/2025/realisasi/"


def sakip_2529() -> Indikator:
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="sakip-2529")


def layanan_2529() -> Indikator:
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="layanan-standar-2529")


def nilai(ind: Indikator, bagian: str, tahun: int = 2025) -> Decimal | None:
    row = Realisasi.objects.filter(indikator=ind, tahun=tahun, bagian=bagian).first()
    return row.nilai if row else None


def test_grid_shows_values_the_indonesian_way(operator: Client) -> None:
    response = operator.get(URL + "?tw=4&pk=1")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="84,32"' in html  # Nilai SAKIP Kecamatan TW III, stored 84.3200
    assert "101,59%" in html  # its capaian against the PK target 83
    assert "Realisasi indikator 2025 — Triwulan IV" in html


def test_a_decimal_comma_is_stored(operator: Client) -> None:
    ind = sakip_2529()
    response = operator.post(URL, {"tw": "4", f"v-{ind.pk}-TW4": "83,5", f"a-v-{ind.pk}-TW4": ""})
    assert response.status_code == 302
    assert nilai(ind, "TW4") == Decimal("83.5")
    page = operator.get(response["Location"])
    assert "1 isian tersimpan." in page.content.decode()
    assert 'value="83,5"' in page.content.decode()


def test_invalid_cell_is_marked_valid_cells_are_saved_and_nothing_is_lost(operator: Client) -> None:
    sakip, layanan = sakip_2529(), layanan_2529()
    response = operator.post(URL, {
        "tw": "4",
        f"v-{sakip.pk}-TW4": "83.5", f"a-v-{sakip.pk}-TW4": "",
        f"v-{layanan.pk}-TW4": "99,5", f"a-v-{layanan.pk}-TW4": "100",
    })
    assert response.status_code == 422
    html = response.content.decode()
    assert nilai(layanan, "TW4") == Decimal("99.5")  # the valid cell was saved
    assert nilai(sakip, "TW4") is None  # the invalid one was not
    # ... and is shown again as typed, marked, with what to write instead
    assert f'name="v-{sakip.pk}-TW4" value="83.5"' in html
    assert "memakai titik sebagai pemisah desimal; tulis dengan koma, misalnya &#x27;83,5&#x27;" in html
    assert 'aria-invalid="true"' in html
    assert "1 isian tersimpan." in html
    assert "1 isian belum tersimpan" in html


def test_an_untouched_cell_never_overwrites_a_colleagues_value(operator: Client) -> None:
    ind = sakip_2529()
    catat_realisasi(ind, 2025, {"TW4": Decimal("85")})  # stored after the page was opened
    response = operator.post(URL, {"tw": "4", f"v-{ind.pk}-TW4": "", f"a-v-{ind.pk}-TW4": ""})
    assert response.status_code == 302
    assert nilai(ind, "TW4") == Decimal("85")


def test_emptying_a_cell_clears_it(operator: Client) -> None:
    ind = layanan_2529()
    response = operator.post(URL, {"tw": "4", f"v-{ind.pk}-TW4": "", f"a-v-{ind.pk}-TW4": "100"})
    assert response.status_code == 302
    assert nilai(ind, "TW4") is None


def test_a_submitted_triwulan_is_read_only_and_says_why(operator: Client, mojosari: Unit) -> None:
    ind = layanan_2529()
    assert operator.post("/pd/kecamatan-mojosari/2025/status/ajukan/", {"tw": "1"}).status_code == 302
    page = operator.get(URL + "?tw=1").content.decode()
    cell = page.split(f'name="v-{ind.pk}-TW1"')[1].split(">")[0]
    assert 'value="25" data-asal="25"' in cell and "readonly" in cell and "sudah diajukan kepada Kepala PD" in cell
    assert "TW I 🔒" in page
    response = operator.post(URL, {"tw": "1", f"v-{ind.pk}-TW1": "30", f"a-v-{ind.pk}-TW1": "25",
                                   f"v-{ind.pk}-TW2": "40", f"a-v-{ind.pk}-TW2": "50"})
    assert response.status_code == 422
    html = response.content.decode()
    assert "Realisasi Triwulan I sudah diajukan kepada Kepala PD" in html.split(f'id="g-v-{ind.pk}-TW1"')[1]
    assert nilai(ind, "TW1") == Decimal("25")
    assert nilai(ind, "TW2") == Decimal("40")  # the open triwulan of the same row was saved


def test_capaian_is_recomputed_as_you_type(operator: Client) -> None:
    ind = sakip_2529()
    response = operator.post(URL + "hitung/", {"baris": ind.pk, "tw": "4", f"v-{ind.pk}-TW4": "83,5"},
                             HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="cap-{ind.pk}"' in html and "100,60%" in html and 'hx-swap-oob="true"' in html
    assert nilai(ind, "TW4") is None  # recomputing stores nothing
    bad = operator.post(URL + "hitung/", {"baris": ind.pk, "tw": "4", f"v-{ind.pk}-TW4": "8x"}).content.decode()
    assert "bukan angka" in bad


def test_others_read_the_grid_but_cannot_write(masuk: Callable[[str], Client]) -> None:
    pimpinan = masuk("pimpinan")
    html = pimpinan.get(URL).content.decode()
    assert "Simpan</button>" not in html and "pengisian dilakukan Operator PD" in html
    ind = sakip_2529()
    before = nilai(ind, "TW4")
    assert pimpinan.post(URL, {f"v-{ind.pk}-TW4": "1", f"a-v-{ind.pk}-TW4": ""}).status_code == 403
    assert nilai(ind, "TW4") == before != Decimal("1")
    assert masuk("operator.organisasi").get(URL).status_code == 403


def test_csrf_is_required_on_the_form_and_on_htmx_posts() -> None:
    client = Client(enforce_csrf_checks=True)
    assert client.login(username="operator.mojosari", password="sakip-demo")
    ind = sakip_2529()
    data = {"tw": "4", f"v-{ind.pk}-TW4": "83,5", f"a-v-{ind.pk}-TW4": ""}
    before = nilai(ind, "TW4")
    assert before != Decimal("83.5")
    assert client.post(URL, data).status_code == 403
    assert nilai(ind, "TW4") == before
    client.get(URL)
    token = client.cookies["csrftoken"].value
    assert client.post(URL, {**data, "csrfmiddlewaretoken": token}).status_code == 302
    assert nilai(ind, "TW4") == Decimal("83.5")
    hitung = {"baris": ind.pk, "tw": "4", f"v-{ind.pk}-TW4": "84"}
    assert client.post(URL + "hitung/", hitung, HTTP_HX_REQUEST="true").status_code == 403
    assert client.post(URL + "hitung/", hitung, HTTP_HX_REQUEST="true", HTTP_X_CSRFTOKEN=token).status_code == 200


def test_the_page_carries_the_csrf_header_for_htmx(operator: Client) -> None:
    html = operator.get(URL).content.decode()
    assert "hx-headers='{\"X-CSRFToken\": \"" in html
    assert "htmx-2.0.11.min.js" in html


def grid_queries(client: Client, slug: str, tahun: int = 2025) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/pd/{slug}/{tahun}/realisasi/")
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode().count('class="isian"')


def test_grid_query_count_does_not_grow_with_indicators(admin: Client, mojosari: Unit) -> None:
    # Two PDs of different size cost the same; so does Mojosari after fifteen more indicators
    # with realisasi. (A kind of derived indicator adds a few queries, whatever their number.)
    small_q, small_cells = grid_queries(admin, "kecamatan-jatirejo")
    other_q, other_cells = grid_queries(admin, "dinas-tenaga-kerja")
    base_q, base_cells = grid_queries(admin, "kecamatan-mojosari")
    periode = Indikator.objects.filter(unit=mojosari, ref="sakip-2529").get().periode
    for i in range(15):
        ind = tambah_indikator(mojosari, periode, node=None, nama=f"Indikator tambahan {i}", satuan="%")
        catat_realisasi(ind, 2025, {"TW1": Decimal(i), "TW2": Decimal(i + 1)})
    more_q, more_cells = grid_queries(admin, "kecamatan-mojosari")
    assert small_cells != other_cells and base_cells < more_cells
    assert small_q == other_q and base_q == more_q, (small_q, other_q, base_q, more_q)
    assert more_q <= 29  # 25, plus the unread-notification count in the menu, one read of the SKM surveys (IKM),
    # one of the rencana aksi targets shown under the cells and one of the final Evaluasi AKIP (Nilai SAKIP)
