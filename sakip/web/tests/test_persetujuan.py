"""A triwulan's approval through the web: ajukan → setujui/kembalikan → kunci → buka kunci, and stale grid values."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from sakip.api.models import buat_token
from sakip.audit.context import Sumber, pelaku
from sakip.audit.models import Jejak
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.realisasi.alur import status_triwulan
from sakip.realisasi.models import Realisasi, Status, StatusTriwulan
from sakip.realisasi.services import catat_realisasi

from .conftest import user

# The demo's triwulans are incomplete: the "Ajukan" gate warns here (it is tested in test_kelengkapan).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("kelengkapan_peringatan")]

PD = "/pd/kecamatan-mojosari/2025/"
STATUS = PD + "status/"
GRID = PD + "realisasi/"


def layanan() -> Indikator:
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="layanan-standar-2529")


def nilai(ind: Indikator, bagian: str) -> Decimal | None:
    return Realisasi.objects.filter(indikator=ind, tahun=2025, bagian=bagian).values_list("nilai", flat=True).first()


def status(unit: Unit, tw: int = 1) -> Status:
    return status_triwulan(unit, 2025)[tw]


def pesan(client: Client, response_url: str) -> str:
    """The page a step redirected to, with its messages."""
    return client.get(response_url).content.decode()


def tombol(html: str) -> set[str]:
    """The approval buttons on a page (the last part of each form's action)."""
    return set(re.findall(r'action="/pd/kecamatan-mojosari/2025/status/([a-z-]+)/"', html))


def baris_tw(html: str, tw: str) -> str:
    """The dashboard's progress row of one triwulan."""
    return html.split(f'<th scope="row" class="nowrap">Triwulan {tw}</th>')[1].split("</tr>")[0]


def test_the_whole_workflow_operator_kepala_admin(operator: Client, kepala: Client, admin: Client,
                                                  mojosari: Unit) -> None:
    ind = layanan()
    # The operator sees "Ajukan" only; the Kepala nothing yet on a draft.
    assert tombol(baris_tw(operator.get(PD + "?tw=1").content.decode(), "I")) == {"ajukan"}
    assert tombol(baris_tw(kepala.get(PD + "?tw=1").content.decode(), "I")) == set()

    r = operator.post(STATUS + "ajukan/", {"tw": "1", "kembali": "pd_tahun"})
    assert r.status_code == 302 and r["Location"] == PD + "?tw=1"
    assert "Realisasi Triwulan I 2025 diajukan kepada Kepala PD" in pesan(operator, r["Location"])
    assert status(mojosari) is Status.DIAJUKAN

    # A submitted triwulan refuses every write: the services, the API, the grid.
    with pytest.raises(ValidationError, match="diajukan"):
        catat_realisasi(ind, 2025, {"TW1": Decimal("30")})
    token = buat_token(user("operator.mojosari"))
    api = operator.put("/api/pd/kecamatan-mojosari/2025/realisasi", json.dumps(
        [{"indikator": ind.pk, "bagian": "TW1", "nilai": "30"}]), content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}")
    assert api.status_code == 422 and "diajukan" in api.json()["detail"]
    assert operator.post(GRID, {"tw": "1", f"v-{ind.pk}-TW1": "30", f"a-v-{ind.pk}-TW1": "25"}).status_code == 422
    assert nilai(ind, "TW1") == Decimal("25")

    # The Kepala sees who submitted it and may approve or send back, with a reason.
    row = baris_tw(kepala.get(PD + "?tw=1").content.decode(), "I")
    assert "Diajukan" in row and "oleh operator.mojosari" in row
    assert tombol(row) == {"setujui", "kembalikan"}
    assert tombol(baris_tw(operator.get(PD + "?tw=1").content.decode(), "I")) == set()
    r = kepala.post(STATUS + "kembalikan/", {"tw": "1", "alasan": "  "})
    assert "Tuliskan alasannya" in pesan(kepala, r["Location"])
    assert status(mojosari) is Status.DIAJUKAN
    kepala.post(STATUS + "kembalikan/", {"tw": "1", "alasan": "TW I belum memuat data Desember"})
    assert status(mojosari) is Status.DRAFT
    row = baris_tw(operator.get(PD + "?tw=1").content.decode(), "I")
    assert "dikembalikan oleh kepala.mojosari" in row and "TW I belum memuat data Desember" in row
    catat_realisasi(ind, 2025, {"TW1": Decimal("26")})  # open again

    operator.post(STATUS + "ajukan/", {"tw": "1"})
    kepala.post(STATUS + "setujui/", {"tw": "1"})
    assert tombol(baris_tw(kepala.get(PD + "?tw=1").content.decode(), "I")) == {"kunci"}
    kepala.post(STATUS + "kunci/", {"tw": "1"})
    assert status(mojosari) is Status.TERKUNCI
    row = baris_tw(kepala.get(PD + "?tw=1").content.decode(), "I")
    assert "Terkunci" in row and tombol(row) == set()
    assert kepala.post(STATUS + "buka-kunci/", {"tw": "1", "alasan": "ingin mengubah"}).status_code == 403

    # Only the Admin Pemda reopens it, and only with a reason, which the trail keeps.
    assert tombol(baris_tw(admin.get(PD + "?tw=1").content.decode(), "I")) == {"buka-kunci"}
    r = admin.post(STATUS + "buka-kunci/", {"tw": "1"})
    assert "Tuliskan alasannya" in pesan(admin, r["Location"])
    assert status(mojosari) is Status.TERKUNCI
    r = admin.post(STATUS + "buka-kunci/", {"tw": "1", "alasan": "Koreksi data layanan hasil reviu"})
    assert "Kunci realisasi Triwulan I 2025 dibuka" in pesan(admin, r["Location"])
    assert status(mojosari) is Status.DRAFT
    j = Jejak.objects.filter(model="audit.statustriwulan", unit=mojosari, tahun=2025).latest("pk")
    assert (j.lama, j.baru, j.nama_pengguna, j.sumber, j.alasan) == (
        "terkunci", "draft", "admin", "web", "Koreksi data layanan hasil reviu")
    assert [x.baru for x in Jejak.objects.filter(model="audit.statustriwulan", unit=mojosari, tahun=2025)
            .order_by("pk")] == ["diajukan", "draft", "diajukan", "disetujui", "terkunci", "draft"]
    assert operator.post(GRID, {"tw": "1", f"v-{ind.pk}-TW1": "27", f"a-v-{ind.pk}-TW1": "26"}).status_code == 302
    assert nilai(ind, "TW1") == Decimal("27")


def test_users_of_another_pd_and_readers_cannot_take_steps(masuk: Callable[[str], Client], mojosari: Unit) -> None:
    assert masuk("operator.organisasi").post(STATUS + "ajukan/", {"tw": "2"}).status_code == 403
    for name in ("kepala.organisasi", "pimpinan", "inspektorat", "operator.mojosari"):
        assert masuk(name).post(STATUS + "setujui/", {"tw": "2"}).status_code == 403, name
    assert masuk("kepala.mojosari").post(STATUS + "ajukan/", {"tw": "2"}).status_code == 403  # Kepala does not enter
    assert masuk("operator.mojosari").post("/pd/tidak-ada/2025/status/ajukan/", {"tw": "2"}).status_code == 404
    assert masuk("operator.mojosari").get(STATUS + "ajukan/").status_code == 405
    assert not StatusTriwulan.objects.filter(unit=mojosari, tahun=2025, triwulan=2).exists()


def test_a_step_that_does_not_fit_is_a_message_not_an_error(kepala: Client, operator: Client,
                                                            mojosari: Unit) -> None:
    r = kepala.post(STATUS + "setujui/", {"tw": "3", "kembali": "realisasi"})
    assert r.status_code == 302 and r["Location"] == GRID + "?tw=3"
    assert "berstatus draf" in pesan(kepala, r["Location"])
    r = operator.post(STATUS + "ajukan/", {"tw": "7"})
    assert r.status_code == 302 and "Pilih triwulannya" in pesan(operator, r["Location"])
    operator.post(STATUS + "ajukan/", {"tw": "3"})
    r = operator.post(STATUS + "ajukan/", {"tw": "3"})  # a second click, from a stale page
    assert "berstatus diajukan" in pesan(operator, r["Location"])


def test_the_grid_pages_show_the_status_and_the_buttons(operator: Client, kepala: Client) -> None:
    html = operator.get(GRID + "?tw=2").content.decode()
    panel = html.split('class="panel status-lembar"')[1].split("</section>")[0]
    assert "Status Triwulan II 2025" in panel and "Draf" in panel and tombol(panel) == {"ajukan"}
    assert 'name="kembali" value="realisasi"' in panel
    operator.post(STATUS + "ajukan/", {"tw": "2", "kembali": "anggaran"})
    html = kepala.get(PD + "anggaran/?tw=2").content.decode()
    panel = html.split('class="panel status-lembar"')[1].split("</section>")[0]
    assert tombol(panel) == {"setujui", "kembalikan"} and "sudah diajukan kepada Kepala PD" in panel
    assert "TW II 🔒" in html
    assert 'title="Realisasi Triwulan II sudah diajukan' in html.split('data-kolom="2"')[1].split(">")[0]


def test_each_indicator_links_its_history(operator: Client) -> None:
    ind = layanan()
    html = operator.get(GRID + "?tw=4").content.decode()
    assert f'href="/jejak/kecamatan-mojosari/?indikator={ind.pk}"' in html
    catat_realisasi(ind, 2025, {"TW3": Decimal("74")})
    page = operator.get(f"/jejak/kecamatan-mojosari/?indikator={ind.pk}").content.decode()
    assert ind.nama in page and ">75<" in page and ">74<" in page


def test_the_grid_refuses_a_value_changed_by_someone_else_meanwhile(operator: Client) -> None:
    ind = layanan()
    html = operator.get(GRID + "?tw=4").content.decode()
    semula = re.search(rf'name="a-v-{ind.pk}-TW4" value="([^"]*)"', html).group(1)
    assert semula == "100"
    with pelaku(user("kepala.mojosari"), Sumber.WEB):  # someone else saves after the page was opened
        catat_realisasi(ind, 2025, {"TW4": Decimal("98.5")})
    response = operator.post(GRID, {"tw": "4", f"v-{ind.pk}-TW4": "99", f"a-v-{ind.pk}-TW4": semula})
    assert response.status_code == 422
    html = response.content.decode()
    galat = html.split(f'id="g-v-{ind.pk}-TW4"')[1].split("</span>")[0]
    assert "sudah diubah oleh kepala.mojosari" in galat and "menjadi 98,5" in galat
    assert f'name="v-{ind.pk}-TW4" value="99"' in html  # what the operator typed is kept ...
    assert f'name="a-v-{ind.pk}-TW4" value="98,5"' in html  # ... against the value now stored
    assert nilai(ind, "TW4") == Decimal("98.5")
    # Saving again from the refreshed page is a deliberate overwrite.
    assert operator.post(GRID, {"tw": "4", f"v-{ind.pk}-TW4": "99", f"a-v-{ind.pk}-TW4": "98,5"}).status_code == 302
    assert nilai(ind, "TW4") == Decimal("99")


def test_a_cleared_value_is_also_a_stale_value(operator: Client) -> None:
    ind = layanan()
    catat_realisasi(ind, 2025, {"TW3": None})
    response = operator.post(GRID, {"tw": "3", f"v-{ind.pk}-TW3": "70", f"a-v-{ind.pk}-TW3": "75"})
    assert response.status_code == 422
    assert "menjadi kosong" in response.content.decode()
    assert nilai(ind, "TW3") is None


def test_pd_tabs_link_the_trail_and_the_import(masuk: Callable[[str], Client]) -> None:
    for name, impor in (("operator.mojosari", True), ("admin", True), ("kepala.mojosari", False),
                        ("pimpinan", False)):
        tabs = masuk(name).get(PD).content.decode().split('class="tab"')[1].split("</nav>")[0]
        assert 'href="/jejak/kecamatan-mojosari/">Jejak</a>' in tabs, name
        assert ('href="/impor/kecamatan-mojosari/2025/">Impor Excel</a>' in tabs) is impor, name
    trail = masuk("kepala.mojosari").get("/jejak/kecamatan-mojosari/").content.decode()
    assert 'href="/jejak/kecamatan-mojosari/" aria-current="page">Jejak</a>' in trail
