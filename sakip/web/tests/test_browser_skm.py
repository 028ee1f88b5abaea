"""The SKM in a real browser on a phone-sized screen: a citizen answers, the count rises, the
operator sees the result, and the IKM of the PK follows (Debian's chromium, `sakip demo` server)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from .test_browser import CHROMIUM_ARGS, HP, jalankan_demo, login, shot

pytestmark = pytest.mark.browser

UNIT = "kecamatan-trowulan"  # a kecamatan with a 2026 PK whose IKM is its SKM's (2026 S1 closed, S2 open)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # A person needs more than two seconds for nine questions; the server's guard is set to that.
    yield from jalankan_demo(tmp_path_factory.mktemp("server-skm"), SAKIP_SKM_WAKTU_ISI_MIN="2")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


def _page(browser: Browser, errors: list[str]) -> Page:
    context = browser.new_context(viewport=HP, locale="id-ID", is_mobile=True, has_touch=True)
    pg = context.new_page()
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    return pg


def _responden(page: Page) -> int:
    return int(page.locator("#jumlah-responden").first.inner_text().replace(".", ""))


def test_a_citizen_answers_on_a_phone_and_the_pk_follows(browser: Browser, server: str) -> None:
    errors: list[str] = []
    warga = _page(browser, errors)
    warga.goto(f"{server}/skm/{UNIT}/")
    expect(warga.locator("h1")).to_have_text("Survei Kepuasan Masyarakat")
    expect(warga.locator(".info")).to_contain_text("Semester II 2026")
    before = _responden(warga)
    # The page fits the phone: nothing wider than the screen.
    assert warga.evaluate("document.documentElement.scrollWidth") <= HP["width"]
    warga.get_by_label("Jenis layanan yang diterima").select_option(index=0)
    warga.get_by_label("Perempuan").check()
    warga.get_by_label("31–40 tahun").check()
    warga.get_by_label("SMA/SMK").check()
    warga.get_by_label("Wiraswasta").check()
    for k in range(1, 10):
        warga.locator(f"input[name=U{k}][value='4']").check()
    warga.get_by_label("Saran dan masukan (boleh dikosongkan)").fill("Pelayanan cepat, pertahankan.")
    shot(warga, "skm-formulir-hp")
    warga.wait_for_timeout(2200)  # a person reads nine questions; the server refuses a faster reply
    warga.get_by_role("button", name="Kirim jawaban").click()
    expect(warga.locator(".terima-kasih")).to_contain_text("Terima kasih")
    assert _responden(warga) == before + 1  # the count of respondents rose
    shot(warga, "skm-terima-kasih-hp")
    # Asked again from the same phone: thanked, not counted twice.
    warga.goto(f"{server}/skm/{UNIT}/")
    expect(warga.locator(".terima-kasih")).to_contain_text("sudah mengisi")

    operator = _page(browser, errors)
    login(operator, server, "admin")
    operator.goto(f"{server}/pd/{UNIT}/skm/")
    row = operator.locator("table.tabel tbody tr").filter(has_text="Semester II 2026")
    expect(row).to_contain_text(f"{before + 1} dari")
    expect(row).to_contain_text("100,00")  # one respondent, every unsur "4": IKM 100, mutu A
    row.get_by_role("link").click()
    expect(operator.locator("#nilai-ikm")).to_have_text("100,00")
    shot(operator, "skm-operator-hp")
    # The PK's IKM indicator reads the survey: 2026 is the mean of S1 (87,36) and S2 (100,00).
    operator.goto(f"{server}/pd/{UNIT}/2026/")
    text = operator.locator("main").inner_text()
    assert re.search(r"IKM Kecamatan Trowulan[\s\S]{0,200}93,68", text), text[:2000]
    assert not errors, errors
    warga.context.close()
    operator.context.close()


def test_the_published_results_are_public(browser: Browser, server: str) -> None:
    errors: list[str] = []
    page = _page(browser, errors)
    page.goto(f"{server}/skm/kecamatan-mojosari/hasil/")
    expect(page.locator("section.hasil").first).to_contain_text("93,15")
    assert page.evaluate("document.documentElement.scrollWidth") <= HP["width"]
    assert not errors, errors
    page.context.close()


