"""What a user sees when something is refused or missing, the Content-Security-Policy the pages
live under, and sessions that end after a working day."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client, RequestFactory
from django.utils import timezone
from django.views.defaults import server_error

import sakip

pytestmark = pytest.mark.django_db


def _dalam_tata_letak(body: str) -> None:
    """The page is Indonesian and wears the app's header and stylesheet."""
    assert '<html lang="id">' in body
    assert 'class="kepala"' in body
    assert re.search(r'href="/static/web/sakip(\.[0-9a-f]{12})?\.css"', body)


def test_unknown_address_gives_the_indonesian_404_page() -> None:
    r = Client().get("/pd/kecamatan-mojosari/tidak-ada/")
    assert r.status_code == 404
    body = r.content.decode()
    assert "Halaman tidak ditemukan" in body
    assert "Kembali ke beranda" in body
    _dalam_tata_letak(body)
    assert "Using the URLconf" not in body  # not Django's technical page


def test_another_pds_page_gives_the_indonesian_403_page(masuk: Callable[[str], Client]) -> None:
    r = masuk("operator.organisasi").get("/pd/kecamatan-mojosari/perencanaan/")
    assert r.status_code == 403
    body = r.content.decode()
    assert "Anda tidak berhak melihat halaman ini" in body
    assert "Anda tidak berhak melihat data Kecamatan Mojosari." in body
    _dalam_tata_letak(body)


def test_a_pemda_page_tells_a_pd_operator_who_may_open_it(masuk: Callable[[str], Client]) -> None:
    r = masuk("operator.mojosari").get("/pengguna/")
    assert r.status_code == 403
    assert "Pengelolaan pengguna hanya untuk Admin Pemda (Bagian Organisasi)." in r.content.decode()


def test_server_error_page_is_indonesian_and_styled() -> None:
    r = server_error(RequestFactory().get("/"))
    assert r.status_code == 500
    body = r.content.decode()
    assert "Maaf, terjadi galat di server" in body
    _dalam_tata_letak(body)


def test_an_expired_form_gives_the_indonesian_csrf_page() -> None:
    r = Client(enforce_csrf_checks=True).post("/masuk/", {"username": "admin", "password": "x"})
    assert r.status_code == 403
    body = r.content.decode()
    assert "Formulir ini sudah kedaluwarsa" in body
    _dalam_tata_letak(body)


# -- Content-Security-Policy ----------------------------------------------------------------------

def test_html_pages_carry_a_policy_without_inline_code(admin: Client) -> None:
    r = admin.get("/pd/kecamatan-mojosari/2025/")
    assert r.status_code == 200
    policy = dict(part.strip().split(" ", 1) for part in r["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'self'"
    assert policy["script-src"].startswith("'self'")
    assert policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert "unsafe" not in r["Content-Security-Policy"]


class _KodeSebaris(HTMLParser):
    """Collects what a policy without 'unsafe-inline' would block: inline scripts, styles, handlers."""

    def __init__(self) -> None:
        super().__init__()
        self.temuan: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script" and "src" not in a and "nonce" not in a and a.get("type") != "application/json":
            self.temuan.append("<script> sebaris")
        if tag == "style":
            self.temuan.append("<style>")
        self.temuan += [f"{k}= pada <{tag}>" for k in a if k == "style" or k.startswith("on")]


@pytest.mark.parametrize("path", [
    "/pemda/2025/", "/pd/kecamatan-mojosari/2025/", "/pd/kecamatan-mojosari/2025/realisasi/",
    "/pd/kecamatan-mojosari/2025/anggaran/", "/pd/kecamatan-mojosari/perencanaan/", "/pd/kecamatan-mojosari/pk/",
    "/pemantauan/2025/peringkat/", "/pohon/2025/", "/pengguna/",
    "/publik/kabupaten-mojokerto/",
])
def test_main_pages_have_no_inline_code(admin: Client, path: str) -> None:
    r = admin.get(path)
    assert r.status_code == 200, path
    scan = _KodeSebaris()
    scan.feed(r.content.decode())
    assert scan.temuan == []


def test_serapan_bars_are_progress_elements_not_inline_widths(admin: Client) -> None:
    body = admin.get("/pd/kecamatan-mojosari/2025/").content.decode()
    assert re.search(r'<progress class="batang" max="100" value="\d+"', body)
    assert re.search(r'class="grafik grafik-capaian" data-tinggi="\d+"', body)


def test_templates_have_no_inline_script_without_nonce() -> None:
    root = Path(sakip.__file__).parent
    templates = sorted(root.glob("*/templates/**/*.html"))
    assert len(templates) > 40
    temuan = []
    for t in templates:
        text = t.read_text()
        for tag in re.findall(r"<script\b[^>]*>", text):
            if "src=" not in tag and "nonce=" not in tag:
                temuan.append(f"{t.relative_to(root)}: {tag}")
        temuan += [f"{t.relative_to(root)}: {m}" for m in re.findall(r"<style\b|\sstyle=|\son[a-z]+=", text)]
    assert temuan == []


# -- sessions ---------------------------------------------------------------------------------------

def test_a_session_lasts_a_working_day_from_the_last_request(masuk: Callable[[str], Client]) -> None:
    assert 8 * 3600 <= settings.SESSION_COOKIE_AGE <= 9 * 3600
    client = masuk("operator.mojosari")
    r = client.get("/pd/kecamatan-mojosari/")
    assert r.status_code == 200
    # Every request sends the cookie again with a fresh expiry: idle time counts, not login time.
    assert r.cookies["sessionid"]["max-age"] == settings.SESSION_COOKIE_AGE
    sesi = Session.objects.get(session_key=client.session.session_key)
    assert sesi.expire_date > timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE - 60)


def test_an_idle_session_must_log_in_again(masuk: Callable[[str], Client]) -> None:
    client = masuk("operator.mojosari")
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - timedelta(minutes=1))
    r = client.get("/pd/kecamatan-mojosari/")
    assert r.status_code == 302
    assert r["Location"].startswith("/masuk/")
