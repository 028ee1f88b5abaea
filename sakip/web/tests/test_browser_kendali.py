"""Issue #13 in a real browser (Debian's chromium) against a real server (`sakip demo`): a value far off
its target confirmed with a reason, an incomplete triwulan refused with its list, the Kepala PD's
notification, and the grids' layout (headings pinned to the page, the budget grid at 1366 px, the
dashboard's status column on a phone). Same pattern as test_browser.py: one server and one browser here.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from sakip.web.tests import test_browser as tb
from sakip.web.tests.test_browser import DESKTOP, HP, login, shot

pytestmark = pytest.mark.browser

# test_browser's fixtures, bound here so this module gets its own server and browser (module scope).
server = tb.server
browser = tb.browser
page = tb.page

MOJOSARI = "/pd/kecamatan-mojosari/2025"
# Mojosari's budget is entered in every triwulan of 2025; Bagian Organisasi's only at year end, so its
# Triwulan I still lacks the realisasi of sub kegiatan with a pagu.
ORGANISASI = "/pd/bagian-organisasi/2025"


def test_a_value_30_times_its_target_is_asked_to_be_confirmed_then_saved_with_its_reason(page: Page,
                                                                                         server: str) -> None:
    login(page, server, "operator.mojosari")
    page.goto(server + MOJOSARI + "/realisasi/?tw=1")
    baris = page.locator("table.lembar tbody tr").filter(has_text="Jumlah Orang yang Menerima Gaji").first
    sel = baris.locator("input.isian[name$='-TW1']")
    sel.fill("1200")  # 30 x the target of 40
    page.get_by_role("button", name="Simpan").first.click()
    kotak = page.locator("#konfirmasi")
    expect(kotak).to_be_visible()
    expect(kotak).to_contain_text("1.200 lebih dari 10 kali target 40")
    expect(page.locator(".pesan").first).to_contain_text("belum tersimpan")
    shot(page, "operator-konfirmasi-nilai")
    kotak.get_by_role("checkbox").first.check()
    kotak.get_by_label("Alasan (disimpan dalam jejak audit)").fill("Jumlah orang-bulan, bukan orang")
    page.get_by_role("button", name="Simpan").first.click()
    expect(page.locator(".pesan[role=status]")).to_contain_text("1 isian tersimpan.")
    baris = page.locator("table.lembar tbody tr").filter(has_text="Jumlah Orang yang Menerima Gaji").first
    expect(baris.locator("input.isian[name$='-TW1']")).to_have_value("1.200")
    baris.get_by_role("link", name="riwayat").click()
    expect(page.locator("table").filter(has_text="Konfirmasi nilai di luar kewajaran")).to_contain_text(
        "Jumlah orang-bulan, bukan orang")


def test_an_incomplete_triwulan_is_refused_with_the_list_of_what_is_missing(page: Page, server: str) -> None:
    login(page, server, "operator.organisasi")
    page.goto(server + ORGANISASI + "/?tw=1")
    baris = page.locator("tr").filter(has=page.get_by_role("rowheader", name="Triwulan I", exact=True))
    page.once("dialog", lambda d: d.accept())
    baris.get_by_role("button", name="Ajukan").click()
    expect(page.locator(".pesan").first).to_contain_text("Triwulan I belum lengkap: belum diisi")
    daftar = page.locator("#kurang-1")
    expect(daftar).to_have_attribute("open", "")
    expect(daftar).to_contain_text("sub kegiatan berpagu")
    shot(page, "operator-ajukan-ditolak")
    tautan = daftar.locator("a[href*='/anggaran/?tw=1#mata-']").first
    tujuan = tautan.get_attribute("href") or ""
    tautan.click()
    expect(page).to_have_url(re.compile(re.escape(tujuan.split("#")[0])))
    expect(page.locator(f"#{tujuan.split('#')[1]}")).to_be_visible()
    page.goto(server + ORGANISASI + "/?tw=1")
    expect(page.locator("tr").filter(has=page.get_by_role("rowheader", name="Triwulan I", exact=True))).to_contain_text(
        "Draf")


def test_the_kepala_pd_sees_the_notification_after_the_operator_submits(browser: Browser, page: Page,
                                                                       server: str) -> None:
    # The Admin Pemda turns the gate into a warning (Bagian Organisasi's Triwulan II is incomplete) on the control page.
    login(page, server, "admin")
    page.goto(server + "/kendali/")
    page.get_by_label("Triwulan yang belum lengkap boleh diajukan", exact=False).check()
    page.get_by_role("button", name="Simpan pengaturan").click()
    expect(page.locator(".pesan[role=status]")).to_contain_text("Pengaturan kendali tersimpan.")
    page.context.clear_cookies()
    login(page, server, "operator.organisasi")
    page.goto(server + ORGANISASI + "/?tw=2")
    baris = page.locator("tr").filter(has=page.get_by_role("rowheader", name="Triwulan II", exact=True))
    page.once("dialog", lambda d: d.accept())
    baris.get_by_role("button", name="Ajukan").click()
    expect(page.locator(".pesan[role=status]")).to_contain_text("diajukan kepada Kepala PD")
    kepala = browser.new_context(viewport=DESKTOP, locale="id-ID").new_page()
    login(kepala, server, "kepala.organisasi")
    expect(kepala.locator(".kotak-masuk .lencana")).to_have_text("1")
    kepala.get_by_role("link", name=re.compile("^Notifikasi")).click()
    notif = kepala.get_by_role("link", name="Realisasi Bagian Organisasi tahun 2025 Triwulan II diajukan")
    expect(notif).to_be_visible()
    shot(kepala, "kepala-notifikasi")
    notif.click()
    baris = kepala.locator("tr").filter(has=kepala.get_by_role("rowheader", name="Triwulan II", exact=True))
    expect(baris).to_contain_text("Diajukan")
    expect(baris.locator(".kurang")).to_contain_text("Triwulan II belum lengkap")  # what the Kepala approves
    expect(baris.get_by_role("button", name="Setujui")).to_be_visible()
    expect(kepala.locator(".kotak-masuk .lencana")).to_have_count(0)  # read
    kepala.context.close()


def test_the_grids_headings_stay_on_the_page_and_fit_a_laptop_and_a_phone(browser: Browser, server: str) -> None:
    context = browser.new_context(viewport=DESKTOP, locale="id-ID")
    pg = context.new_page()
    login(pg, server, "operator.mojosari")
    pg.goto(server + MOJOSARI + "/realisasi/?tw=1")
    pg.mouse.wheel(0, 1500)
    pg.wait_for_timeout(300)
    judul = pg.locator("table.lembar thead th").first
    kotak = judul.bounding_box()
    alat = pg.locator(".lembar-alat").bounding_box()
    assert kotak is not None and alat is not None
    assert abs(kotak["y"] - (alat["y"] + alat["height"])) <= 2, (kotak, alat)  # right under the sticky toolbar
    shot(pg, "operator-realisasi-gulir")
    pg.goto(server + MOJOSARI + "/anggaran/?tw=4")
    for teks in ("Realisasi s.d. TW IV", "Serapan"):
        th = pg.locator("table.lembar thead th").filter(has_text=teks)
        box = th.bounding_box()
        assert box is not None and box["x"] + box["width"] <= DESKTOP["width"], (teks, box)
    assert pg.evaluate("document.scrollingElement.scrollWidth - window.innerWidth") <= 1
    shot(pg, "operator-anggaran-1366")
    context.close()
    context = browser.new_context(viewport=HP, locale="id-ID")
    hp = context.new_page()
    login(hp, server, "operator.mojosari")
    hp.goto(server + MOJOSARI + "/?tw=1")
    status = hp.locator("table.tabel-progres tbody tr").first.locator(".status-tw")
    status.scroll_into_view_if_needed()
    box = status.bounding_box()
    assert box is not None and 0 <= box["x"] and box["x"] + min(box["width"], 60) <= HP["width"], box
    expect(status.locator(".status")).to_be_in_viewport()
    shot(hp, "operator-dasbor-status-hp")
    context.close()
