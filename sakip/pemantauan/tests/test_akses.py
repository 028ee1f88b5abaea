"""Who may see the ranking and the "belum mengisi" list: the Pemda-wide roles only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from sakip.organisasi import services as org
from sakip.organisasi.models import Pemda, Peran
from sakip.perencanaan import services as plan

from .conftest import PERAN, PERAN_PEMDA

pytestmark = pytest.mark.django_db

URLS = ["/pemantauan/2025/peringkat/", "/pemantauan/2025/belum-mengisi/?triwulan=1",
        "/pemantauan/2026/peringkat/?urut=serapan&arah=naik", "/pemantauan/2026/belum-mengisi/"]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("peran", PERAN)
def test_pemda_roles_see_the_pages_pd_roles_are_refused(masuk: Callable[[str], Client], peran: str,
                                                         url: str) -> None:
    response = masuk(peran).get(url)
    assert response.status_code == (200 if peran in PERAN_PEMDA else 403), (peran, url)


@pytest.mark.parametrize("peran", PERAN)
def test_the_index_opens_the_ranking_of_the_current_year(masuk: Callable[[str], Client], peran: str) -> None:
    response = masuk(peran).get("/pemantauan/")
    if peran in PERAN_PEMDA:
        assert response.status_code == 302 and response["Location"].startswith("/pemantauan/20")
        assert response["Location"].endswith("/peringkat/")
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("url", [*URLS, "/pemantauan/"])
def test_anonymous_goes_to_login(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/masuk/?next=/pemantauan/")


def test_a_year_outside_every_period_is_not_found(masuk: Callable[[str], Client]) -> None:
    assert masuk("admin").get("/pemantauan/2040/peringkat/").status_code == 404
    assert masuk("admin").get("/pemantauan/2040/belum-mengisi/").status_code == 404


def test_an_admin_of_another_pemda_sees_only_that_pemda() -> None:
    lain = org.buat_pemda(slug="kabupaten-lain", nama="Kabupaten Lain", provinsi="Jawa Timur")
    plan.buat_periode(lain, nama="2021-2026", tahun_mulai=2021, tahun_selesai=2026, visi="Visi", misi=["Misi"])
    org.buat_unit(lain, slug="dinas-lain", nama="Dinas Lain", jenis="dinas")
    org.buat_pengguna(lain, username="admin.lain", password="sandi-uji-panjang-1", peran=Peran.ADMIN_PEMDA)
    client = Client()
    assert client.login(username="admin.lain", password="sandi-uji-panjang-1")
    html = client.get("/pemantauan/2025/peringkat/").content.decode()
    assert "Dinas Lain" in html and "Kecamatan Mojosari" not in html
    # Asking for the demo Pemda by slug is refused: no role there.
    demo = Pemda.objects.get(slug="kabupaten-mojokerto")
    assert client.get(f"/pemantauan/2025/peringkat/?pemda={demo.slug}").status_code == 403
