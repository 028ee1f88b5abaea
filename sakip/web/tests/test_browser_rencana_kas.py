"""The anggaran kas and the faktor per triwulan in a real browser (issue #13): a kas row that does not
add up to its pagu is refused at that row and fixed; a faktor penghambat is saved with Ctrl+S and is
there after a reload; both pages fit a 1366 px laptop and a 390 px phone.

Its own module, so its own `sakip demo` server (the shared helper of test_browser.py) and browser.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from sakip.core.formatting import angka, parse_angka

from .test_browser import CHROMIUM_ARGS, DESKTOP, HP, jalankan_demo, login, shot

pytestmark = pytest.mark.browser

KAS = "/pd/kecamatan-mojosari/2025/rencana-aksi/kas/"
REALISASI = "/pd/kecamatan-mojosari/2025/realisasi/?tw=2"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from jalankan_demo(tmp_path_factory.mktemp("server-rencana-kas"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def errors() -> Iterator[list[str]]:
    found: list[str] = []
    yield found
    assert not found, found  # no JavaScript error and nothing blocked by the CSP on any page visited


def _page(browser: Browser, errors: list[str], viewport: dict[str, int]) -> Page:
    context = browser.new_context(viewport=viewport, locale="id-ID", is_mobile=viewport == HP, has_touch=viewport == HP)
    pg = context.new_page()
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    return pg


def _overflow(page: Page) -> int:
    return int(page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth"))


def _rp(teks: str) -> Decimal:
    return parse_angka(teks)


def test_a_kas_row_off_its_pagu_is_refused_at_that_row_then_fixed(browser: Browser, server: str,
                                                                   errors: list[str]) -> None:
    page = _page(browser, errors, DESKTOP)
    login(page, server, "operator.mojosari")
    page.goto(server + KAS)
    assert _overflow(page) <= 1, "the kas sheet is wider than a 1366 px screen"
    row = page.locator("#rencana-kas tbody.sub-kas").first
    row_id = row.get_attribute("id")
    tw3, tw4 = row.locator("input.isian.rupiah[data-kolom='3']"), row.locator("input.isian.rupiah[data-kolom='4']")
    lama3, lama4 = _rp(tw3.input_value()), _rp(tw4.input_value())
    expect(row.locator(".kas-pagu")).to_have_text("sama dengan pagu")

    # TW IV lowered by Rp 1.000.000 (typed the Indonesian way): the live sum says what is missing.
    tw4.fill(angka(lama4 - 1_000_000, 0))
    expect(row.locator(".kas-pagu")).to_contain_text("kurang Rp\u00a01.000.000,00")
    shot(page, "operator-rencana-kas-kurang")
    page.keyboard.press("Control+s")
    expect(page.locator(".pesan-error")).to_contain_text("1 sub kegiatan belum tersimpan")
    row = page.locator(f"#{row_id}")
    expect(row).to_have_class("sub-kas ada-galat")
    expect(row.locator(".pesan-galat")).to_contain_text("harus sama dengan pagu")
    expect(row.locator(".pesan-galat")).to_contain_text("selisih Rp\u00a01.000.000,00")
    expect(page.locator("#galat-kas a")).to_have_attribute("href", f"#{row_id}")
    tw4 = row.locator("input.isian.rupiah[data-kolom='4']")
    expect(tw4).to_have_value(angka(lama4 - 1_000_000, 0))  # what was typed is still there
    shot(page, "operator-rencana-kas-galat")

    # The operator moves the million to TW III, from the keyboard: type, Tab to the next cell.
    tw3 = row.locator("input.isian.rupiah[data-kolom='3']")
    tw3.click()
    tw3.fill(f"{angka(lama3 + 1_000_000, 0)},00")
    page.keyboard.press("Tab")
    expect(tw4).to_be_focused()
    expect(row.locator(".kas-pagu")).to_have_text("sama dengan pagu")
    page.get_by_role("button", name="Simpan").first.click()
    expect(page.locator(".pesan[role=status]").first).to_contain_text("Rencana 1 sub kegiatan tersimpan.")
    page.reload()
    row = page.locator(f"#{row_id}")
    expect(row.locator("input.isian.rupiah[data-kolom='3']")).to_have_value(angka(lama3 + 1_000_000, 0))
    expect(row.locator("input.isian.rupiah[data-kolom='4']")).to_have_value(angka(lama4 - 1_000_000, 0))
    expect(row.locator(".kas-pagu")).to_have_text("sama dengan pagu")
    shot(page, "operator-rencana-kas-desktop")

    phone = _page(browser, errors, HP)
    login(phone, server, "operator.mojosari")
    phone.goto(server + KAS)
    assert _overflow(phone) <= 1, "the kas sheet scrolls sideways on a 390 px phone"
    selisih = phone.locator(f"#{row_id} .kas-pagu")
    selisih.scroll_into_view_if_needed()
    expect(selisih).to_be_in_viewport()  # the sum against the pagu is on the phone's screen, not off to the right
    shot(phone, "operator-rencana-kas-hp")


def test_a_faktor_penghambat_is_saved_from_the_realisasi_page_and_shown_on_reload(browser: Browser, server: str,
                                                                                  errors: list[str]) -> None:
    page = _page(browser, errors, DESKTOP)
    login(page, server, "operator.mojosari")
    page.goto(server + REALISASI)
    page.get_by_role("link", name="Faktor pendorong, penghambat & solusi").click()
    expect(page.locator("h2").first).to_contain_text("Triwulan II")
    assert _overflow(page) <= 1
    kotak = page.get_by_label("Faktor penghambat Triwulan II: Persentase hasil koordinasi")
    kotak.fill("Dua rapat koordinasi desa tertunda karena banjir")
    page.get_by_label("Solusi / tindak lanjut Triwulan II: Persentase hasil koordinasi").fill(
        "Rapat dijadwalkan ulang pada bulan Juli")
    shot(page, "operator-faktor-tw2-isi")
    page.keyboard.press("Control+s")
    expect(page.locator(".pesan[role=status]").first).to_contain_text("Faktor 1 indikator tersimpan.")
    page.reload()
    expect(page.get_by_label("Faktor penghambat Triwulan II: Persentase hasil koordinasi")).to_have_value(
        "Dua rapat koordinasi desa tertunda karena banjir")
    shot(page, "operator-faktor-tw2-desktop")

    phone = _page(browser, errors, HP)
    login(phone, server, "operator.mojosari")
    phone.goto(server + "/pd/kecamatan-mojosari/2025/realisasi/faktor/?tw=2")
    assert _overflow(phone) <= 1, "the faktor page scrolls sideways on a 390 px phone"
    expect(phone.get_by_label("Faktor penghambat Triwulan II: Persentase hasil koordinasi")).to_have_value(
        "Dua rapat koordinasi desa tertunda karena banjir")
    shot(phone, "operator-faktor-tw2-hp")
