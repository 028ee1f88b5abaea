"""The trail pages: read-only, within the user's rights; a PD's page carries the PD tabs.

The Pemda-wide page is routed here by a test URLconf (this module's ``urlpatterns``) until
``sakip/audit/urls.py`` routes it; the menu links it as soon as it is routed.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import include, path

import sakip.urls
from sakip.audit import urls as audit_urls
from sakip.audit import views
from sakip.audit.context import Sumber, pelaku
from sakip.audit.models import Jejak
from sakip.demo.loader import DEMO_PASSWORD
from sakip.perencanaan.models import Indikator
from sakip.realisasi.services import catat_realisasi

_audit = [*audit_urls.urlpatterns]
if not any(getattr(p, "name", "") == "jejak_pemda" for p in _audit):
    _audit.insert(0, path("", views.jejak_pemda, name="jejak_pemda"))
urlpatterns = [path("jejak/", include((_audit, "audit"))),
               *(p for p in sakip.urls.urlpatterns if str(p.pattern) != "jejak/")]

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__),
              pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]  # no collectstatic in tests

PD = "kecamatan-mojosari"


def masuk(username: str) -> Client:
    client = Client()
    assert client.login(username=username, password=DEMO_PASSWORD)
    return client


def ikm(slug: str = PD) -> Indikator:
    """An indicator whose realisasi is typed (not computed from other units)."""
    return Indikator.objects.filter(unit__slug=slug, periode__nama="2025-2029", turunan__isnull=True).order_by(
        "pk").first()


def test_pd_trail_shows_changes_and_the_pd_tabs() -> None:
    ind = ikm()
    with pelaku(User.objects.get(username="operator.mojosari"), Sumber.WEB):
        catat_realisasi(ind, 2027, {"TW1": Decimal("12.5")})
    html = masuk("pimpinan").get(f"/jejak/{PD}/?indikator={ind.pk}").content.decode()
    assert ind.nama in html and "operator.mojosari" in html and "12.5" in html
    assert f'href="/jejak/{PD}/" aria-current="page">Jejak</a>' in html  # the PD's tabs, Jejak open
    assert "Tampilkan semua perubahan" in html


def test_the_trail_is_read_only() -> None:
    before = Jejak.objects.count()
    r = masuk("admin").post(f"/jejak/{PD}/", {})
    assert r.status_code == 405 and r["Allow"] == "GET"
    assert Jejak.objects.count() == before


def test_an_indicator_of_another_pd_shows_nothing_of_it() -> None:
    other = ikm("bagian-organisasi")
    catat_realisasi(other, 2027, {"TW1": Decimal("3")})
    html = masuk("operator.mojosari").get(f"/jejak/{PD}/?indikator={other.pk}").content.decode()
    assert other.nama not in html and "Belum ada perubahan tercatat." in html


@pytest.mark.parametrize(("role", "status"), [("admin", 200), ("inspektorat", 200), ("pimpinan", 403),
                                              ("kepala.mojosari", 403), ("operator.mojosari", 403)])
def test_pemda_trail_is_for_admin_and_inspektorat(role: str, status: int) -> None:
    assert masuk(role).get("/jejak/").status_code == status


def test_pemda_trail_lists_every_pd_and_links_their_trails() -> None:
    catat_realisasi(ikm(), 2027, {"TW2": Decimal("7")})
    catat_realisasi(ikm("bagian-organisasi"), 2027, {"TW2": Decimal("8")})
    html = masuk("inspektorat").get("/jejak/").content.decode()
    assert f'href="/jejak/{PD}/">Kecamatan Mojosari</a>' in html
    assert 'href="/jejak/bagian-organisasi/">' in html
    assert masuk("admin").post("/jejak/", {}).status_code == 405
    assert Client().get("/jejak/").status_code == 302  # login first


def test_menu_links_the_pemda_trail_once_it_is_routed() -> None:
    for role, shown in (("admin", True), ("inspektorat", True), ("pimpinan", False)):
        html = masuk(role).get("/pemda/2025/").content.decode()
        assert ('href="/jejak/"' in html) is shown, role
