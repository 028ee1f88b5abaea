"""The web app in a real browser (Debian's chromium) against a real server (`sakip demo`).

One server and one browser for this module: the server gets its own database (a temporary
SQLite file, or a temporary PostgreSQL database when the suite runs on PostgreSQL) with the
demo Pemda loaded. Screenshots of every main page go to var/screenshots/.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import Browser, Dialog, Locator, Page, expect, sync_playwright

pytestmark = pytest.mark.browser

SAKIP = Path(sys.executable).with_name("sakip")
SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
SANDI = "sakip-demo"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]
DESKTOP = {"width": 1366, "height": 900}
HP = {"width": 390, "height": 844}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _database(tmp: Path) -> tuple[str, str | None]:
    """The server's database URL, and the PostgreSQL database to drop afterwards (if any)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp / 'server.sqlite3'}", None
    import dj_database_url
    import psycopg

    cfg = dj_database_url.parse(url)
    name = f"sakip_web_browser_{secrets.token_hex(4)}"
    with psycopg.connect(host=cfg["HOST"] or "127.0.0.1", port=cfg["PORT"] or 5432, user=cfg["USER"],
                         password=cfg["PASSWORD"] or None, dbname="postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name, name


def _drop(name: str) -> None:
    import dj_database_url
    import psycopg

    cfg = dj_database_url.parse(os.environ["DATABASE_URL"])
    with psycopg.connect(host=cfg["HOST"] or "127.0.0.1", port=cfg["PORT"] or 5432, user=cfg["USER"],
                         password=cfg["PASSWORD"] or None, dbname="postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from jalankan_demo(tmp_path_factory.mktemp("server"))


def jalankan_demo(tmp: Path, **lain: str) -> Iterator[str]:
    """`sakip demo` on its own database, data folder and job queue; yields its address (module fixtures)."""
    db_url, pg_name = _database(tmp)
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": db_url, "SAKIP_DATA_DIR": str(tmp),
           # The demo's queue worker takes this server's jobs only (see conftest.py).
           "SAKIP_REDIS_URL": os.environ.get("SAKIP_REDIS_URL_UJI", "redis://127.0.0.1:6379/15"),
           "SAKIP_ANTREAN": f"sakip-uji-browser-{secrets.token_hex(6)}", **lain}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    log = (tmp / "server.log").open("w")
    proc = subprocess.Popen([str(SAKIP), "demo", "--addr", f"127.0.0.1:{port}"], env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while True:
            if proc.poll() is not None:
                raise RuntimeError("server berhenti: " + (tmp / "server.log").read_text())
            try:
                with urllib.request.urlopen(base + "/masuk/", timeout=2) as r:  # noqa: S310  # our own local server
                    if r.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server tidak siap: " + (tmp / "server.log").read_text())
            time.sleep(0.5)
        yield base
    finally:
        proc.terminate()  # gunicorn's master stops its workers on SIGTERM
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()
        if pg_name:
            _drop(pg_name)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP, locale="id-ID", accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    # Chromium reports what the Content-Security-Policy blocked (inline code, foreign sources) on the console.
    pg.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    yield pg
    context.close()
    assert not errors, errors  # no JavaScript error and nothing blocked by the CSP on any page visited


def login(page: Page, base: str, username: str) -> None:
    page.goto(base + "/masuk/")
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(SANDI)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_load_state("networkidle")


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def row(page: Page, text: str) -> Locator:
    return page.locator("table.lembar tbody tr").filter(has_text=text).first


def test_operator_enters_a_triwulan_realisasi_with_a_decimal_comma(page: Page, server: str) -> None:
    login(page, server, "operator.mojosari")
    page.goto(server + "/pd/kecamatan-mojosari/2025/realisasi/?tw=4&pk=1")
    # The Nilai SAKIP of 2025 is the final Evaluasi AKIP's and the IKM the SKM's: computed, never typed.
    for dihitung in ("Nilai SAKIP Kecamatan", "IKM Kecamatan"):
        expect(row(page, dihitung).locator("input.isian[name$='-TW4']")).to_have_attribute("readonly", "")
    koordinasi = row(page, "Persentase hasil koordinasi yang ditindaklanjuti")
    capaian = koordinasi.locator("[id^=cap-]")
    semula = capaian.inner_text()
    cell = koordinasi.locator("input.isian[name$='-TW4']")
    cell.click()
    cell.fill("")
    cell.type("83,5")
    expect(koordinasi.locator("[id^=sd-]")).to_have_text("83,50")  # recomputed on the server as it was typed
    expect(capaian).to_have_text("83,50%")
    assert semula != "83,50%"
    cell.press("Enter")  # like a spreadsheet: Enter moves down to the next cell that is typed
    # The next typed cell down has focus (the row below may be measured yearly: its cell is TAHUN).
    focused = page.evaluate("document.activeElement.classList.contains('isian') ? document.activeElement.name : ''")
    assert focused and focused != cell.get_attribute("name"), focused
    shot(page, "operator-realisasi-desktop")
    page.get_by_role("button", name="Simpan").first.click()
    expect(page.locator(".pesan[role=status]")).to_contain_text("1 isian tersimpan.")
    page.reload()
    expect(row(page, "Persentase hasil koordinasi yang ditindaklanjuti").locator(
        "input.isian[name$='-TW4']")).to_have_value("83,5")


def test_a_wrong_number_is_marked_at_its_cell_and_kept(page: Page, server: str) -> None:
    login(page, server, "operator.mojosari")
    page.goto(server + "/pd/kecamatan-mojosari/2025/realisasi/?tw=4&pk=1")
    cell = row(page, "Persentase layanan").locator("input.isian[name$='-TW3']")
    cell.fill("75.5")
    cell.dispatch_event("input")
    error = row(page, "Persentase layanan").locator(".galat").nth(2)
    expect(error).to_contain_text("tulis dengan koma")
    expect(cell).to_have_attribute("aria-invalid", "true")
    page.get_by_role("button", name="Simpan").first.click()
    expect(page.locator(".pesan[role=status]")).to_contain_text("1 isian belum tersimpan")
    cell = row(page, "Persentase layanan").locator("input.isian[name$='-TW3']")
    expect(cell).to_have_value("75.5")
    expect(cell).to_have_attribute("aria-invalid", "true")
    shot(page, "operator-realisasi-galat")


def test_unsaved_changes_warn_and_are_restored(page: Page, server: str) -> None:
    login(page, server, "operator.mojosari")
    url = server + "/pd/kecamatan-mojosari/2025/anggaran/?tw=1"
    page.goto(url)
    cell = page.locator("input.isian.rupiah").first
    asal = cell.input_value()  # the demo's stored realisasi of TW I (empty where none is stored)
    cell.click()
    cell.fill("")
    cell.type("1.500.000")
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.once("dialog", dismiss)
    page.get_by_role("link", name="Dasbor").first.click()
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert "/anggaran/" in page.url  # stayed on the page
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("link", name="Dasbor").first.click()
    page.wait_for_url("**/pd/kecamatan-mojosari/2025/")
    page.goto(url)  # what was typed and never saved comes back
    expect(page.locator(".draf-pulih")).to_be_visible()
    expect(page.locator("input.isian.rupiah").first).to_have_value("1.500.000")
    page.get_by_role("button", name="Buang isian yang dipulihkan").click()
    expect(page.locator("input.isian.rupiah").first).to_have_value(asal)


def test_operator_downloads_the_lkjip(page: Page, server: str) -> None:
    login(page, server, "operator.mojosari")
    page.goto(server + "/pd/kecamatan-mojosari/2025/laporan/")
    shot(page, "operator-laporan-desktop")
    page.locator("tr", has_text="LKjIP").get_by_role("button", name="DOCX").click()
    page.wait_for_url("**/pd/kecamatan-mojosari/antrean/**")  # queued: the page follows the job
    unduh = page.get_by_role("link", name="Unduh LKjIP-2025-kecamatan-mojosari.docx")
    expect(unduh).to_be_visible(timeout=180_000)  # the demo's worker builds it; HTMX polls until then
    shot(page, "operator-laporan-antrean-selesai")
    with page.expect_download() as info:
        unduh.click()
    download = info.value
    assert download.suggested_filename == "LKjIP-2025-kecamatan-mojosari.docx"
    assert Path(download.path()).read_bytes()[:2] == b"PK"


def test_operator_of_another_pd_cannot_open_a_mojosari_edit_page(page: Page, server: str) -> None:
    login(page, server, "operator.organisasi")
    for path in ("/pd/kecamatan-mojosari/2025/realisasi/", "/pd/kecamatan-mojosari/pk/buat/",
                 "/pd/kecamatan-mojosari/perencanaan/"):
        response = page.goto(server + path)
        assert response is not None and response.status == 403
        expect(page.get_by_role("heading", name="Anda tidak berhak melihat halaman ini")).to_be_visible()
    shot(page, "operator-organisasi-ditolak")
    page.goto(server + "/")
    assert page.url.endswith("/pd/bagian-organisasi/")


def test_kepala_publishes_and_the_public_page_shows_it_logged_out(browser: Browser, page: Page,
                                                                  server: str) -> None:
    login(page, server, "kepala.mojosari")
    page.goto(server + "/pd/kecamatan-mojosari/2025/laporan/")
    page.locator("#id_jenis").select_option("e81")
    page.locator("#id_format").select_option("xlsx")
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Terbitkan").click()
    expect(page.locator(".pesan[role=status]")).to_contain_text("diterbitkan")
    anonim = browser.new_context(viewport=DESKTOP, accept_downloads=True).new_page()
    anonim.goto(server + "/")
    expect(anonim.get_by_role("heading", level=1)).to_contain_text("Laporan kinerja perangkat daerah")
    expect(anonim.locator("tr", has_text="Kecamatan Mojosari")).to_contain_text("XLSX")
    shot(anonim, "publik-desktop")
    with anonim.expect_download() as info:
        anonim.locator("tr", has_text="Kecamatan Mojosari").get_by_role("link", name="XLSX").click()
    assert Path(info.value.path()).read_bytes()[:2] == b"PK"
    anonim.goto(server + "/pd/kecamatan-mojosari/2025/")
    assert "/masuk/" in anonim.url  # unpublished pages need a login
    anonim.context.close()


def baris_tw(page: Page, label: str) -> Locator:
    """The dashboard's progress row of one triwulan ("Triwulan II", not "Triwulan III")."""
    return page.locator("tr").filter(has=page.get_by_role("rowheader", name=label, exact=True))


def test_a_submitted_triwulan_is_sent_back_with_a_reason(browser: Browser, page: Page, server: str) -> None:
    # 2026 TW II: the other tests of this module enter 2025 values and must find them open.
    url = server + "/pd/kecamatan-mojosari/2026/?tw=2"
    login(page, server, "operator.mojosari")
    page.goto(url)
    row = baris_tw(page, "Triwulan II")
    page.once("dialog", lambda d: d.accept())  # "Ajukan ...? isiannya tidak dapat diubah"
    row.get_by_role("button", name="Ajukan").click()
    expect(page.locator(".pesan[role=status]")).to_contain_text("diajukan kepada Kepala PD")
    expect(baris_tw(page, "Triwulan II")).to_contain_text("Diajukan")
    kepala = browser.new_context(viewport=DESKTOP, locale="id-ID").new_page()
    login(kepala, server, "kepala.mojosari")
    kepala.goto(url)
    row = baris_tw(kepala, "Triwulan II")
    expect(row).to_contain_text("oleh operator.mojosari")
    row.get_by_text("Kembalikan…").click()  # the reason field opens under the button
    row.get_by_label("Alasan", exact=False).fill("Data TW II belum lengkap")
    shot(kepala, "kepala-kembalikan-triwulan")
    row.get_by_role("button", name="Kembalikan", exact=True).click()
    expect(kepala.locator(".pesan[role=status]")).to_contain_text("dikembalikan ke operator")
    kepala.context.close()
    page.reload()
    expect(baris_tw(page, "Triwulan II")).to_contain_text("Data TW II belum lengkap")


HALAMAN = {
    "operator.mojosari": ["/pd/kecamatan-mojosari/2025/", "/pd/kecamatan-mojosari/2025/realisasi/",
                          "/pd/kecamatan-mojosari/2025/anggaran/", "/pd/kecamatan-mojosari/2025/narasi/",
                          "/pd/kecamatan-mojosari/perencanaan/", "/pd/kecamatan-mojosari/pk/",
                          "/pd/kecamatan-mojosari/2025/laporan/"],
    "kepala.mojosari": ["/pd/kecamatan-mojosari/2025/", "/pd/kecamatan-mojosari/pk/"],
    "admin": ["/pemda/2025/", "/pengguna/", "/pd/dinas-pendidikan/2026/"],
    "pimpinan": ["/pemda/2026/"],
    "inspektorat": ["/pd/bagian-organisasi/2025/"],
    "anonim": ["/masuk/", "/publik/kabupaten-mojokerto/"],
}


@pytest.mark.parametrize("peran", list(HALAMAN))
def test_main_pages_fit_a_phone_and_a_laptop(browser: Browser, server: str, peran: str) -> None:
    """Screenshots of each main page; on a phone nothing but wide tables scrolls sideways."""
    for label, viewport in (("desktop", DESKTOP), ("hp", HP)):
        context = browser.new_context(viewport=viewport, locale="id-ID")
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc, errors=errors: errors.append(str(exc)))
        if peran != "anonim":
            login(page, server, peran)
        for path in HALAMAN[peran]:
            response = page.goto(server + path)
            assert response is not None and response.status == 200, path
            page.wait_for_load_state("networkidle")
            overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{path} is {overflow}px wider than a {viewport['width']}px screen"
            name = path.strip("/").replace("/", "-") or "beranda"
            shot(page, f"{peran}-{name}-{label}")
        assert not errors, errors
        context.close()
