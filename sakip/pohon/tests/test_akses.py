"""Who may open which pohon: the whole Pemda for Pemda-wide roles, a PD's branch for its roles too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client

from sakip.perencanaan.models import NodeCascade
from sakip.pohon import views

from .conftest import MOJOSARI, ORGANISASI, PERAN, PERAN_PEMDA

pytestmark = pytest.mark.django_db


def _node(slug: str) -> int:
    return NodeCascade.objects.filter(unit__slug=slug, periode__nama="2025-2029", tingkat="sasaran").first().pk


@pytest.mark.parametrize("peran", [*PERAN, None], ids=[*PERAN, "anonim"])
def test_every_pohon_url_with_every_role(peran: str | None, masuk: Callable[[str | None], Client]) -> None:
    client = masuk(peran)
    mojosari, organisasi = _node("kecamatan-mojosari"), _node("bagian-organisasi")
    cases = [
        ("/pohon/2025/", PERAN_PEMDA),
        ("/pohon/2025/?tampil=tidak-selaras", PERAN_PEMDA),
        ("/pohon/2025/kecamatan-mojosari/", MOJOSARI),
        ("/pohon/2025/kecamatan-mojosari/gambar.png", MOJOSARI),
        (f"/pohon/2025/kecamatan-mojosari/simpul/{mojosari}/", MOJOSARI),
        ("/pohon/2025/bagian-organisasi/", ORGANISASI),
        ("/pohon/2025/bagian-organisasi/gambar.png", ORGANISASI),
        (f"/pohon/2025/bagian-organisasi/simpul/{organisasi}/", ORGANISASI),
    ]
    wrong = []
    for url, allowed in cases:
        response = client.get(url)
        if peran is None:
            ok = response.status_code == 302 and response["Location"].startswith("/masuk/")
        elif peran in allowed:
            ok = response.status_code == 200
        else:
            ok = response.status_code == 403
        if not ok:
            wrong.append(f"{url}: {response.status_code}")
    assert not wrong, wrong


@pytest.mark.parametrize(("peran", "tujuan"), [
    ("admin", "/pohon/2026/"), ("pimpinan", "/pohon/2026/"),
    ("operator.mojosari", "/pohon/2026/kecamatan-mojosari/"), ("kepala.organisasi", "/pohon/2026/bagian-organisasi/"),
])
def test_index_opens_the_users_own_pohon(peran: str, tujuan: str, masuk: Callable[[str | None], Client],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(views, "hari_ini", lambda: date(2026, 11, 23))  # the default year follows the date
    response = masuk(peran).get("/pohon/")
    assert response.status_code == 302 and response["Location"] == tujuan


def test_the_pemda_unit_is_not_a_pd_branch(masuk: Callable[[str | None], Client]) -> None:
    assert masuk("inspektorat").get("/pohon/2025/pemkab-mojokerto/")["Location"] == "/pohon/2025/"
    assert masuk("operator.mojosari").get("/pohon/2025/pemkab-mojokerto/").status_code == 403


def test_unknown_pd_year_or_box_is_not_found(masuk: Callable[[str | None], Client]) -> None:
    client = masuk("admin")
    assert client.get("/pohon/2025/kecamatan-atlantis/").status_code == 404
    assert client.get("/pohon/2040/").status_code == 404
    assert client.get("/pohon/2040/kecamatan-mojosari/").status_code == 404
    other = _node("bagian-organisasi")  # a box of another PD, asked through Mojosari's URL
    assert client.get(f"/pohon/2025/kecamatan-mojosari/simpul/{other}/").status_code == 404


def test_a_pd_role_cannot_reach_another_pds_box_through_its_own_url(masuk: Callable[[str | None], Client]) -> None:
    client = masuk("operator.mojosari")
    assert client.get(f"/pohon/2025/kecamatan-mojosari/simpul/{_node('bagian-organisasi')}/").status_code == 404
    assert client.get(f"/pohon/2025/bagian-organisasi/simpul/{_node('bagian-organisasi')}/").status_code == 403
