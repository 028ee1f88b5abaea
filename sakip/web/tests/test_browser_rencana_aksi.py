"""The rencana aksi in a real browser: entered in the grid, shown on the dashboard (issue #13).

Its own module, so its own server and browser (the fixtures of test_browser.py, one per module).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from sakip.web.tests.test_browser import browser, login, page, server, shot  # noqa: F401  # module fixtures

pytestmark = pytest.mark.browser


def test_operator_enters_a_rencana_aksi_and_the_dashboard_measures_against_it(page: Page, server: str) -> None:  # noqa: F811  # fixtures
    login(page, server, "operator.mojosari")
    page.goto(server + "/pd/kecamatan-mojosari/2025/rencana-aksi/")
    row = page.locator("#rencana-aksi tbody tr").filter(has_text="Persentase hasil koordinasi")
    expect(row.get_by_label("Target triwulan I Persentase hasil koordinasi")).to_have_value("25")
    row.get_by_label("Target triwulan II Persentase hasil koordinasi").fill("62,5")
    row.get_by_label("Aksi Persentase hasil koordinasi").fill("Rapat koordinasi desa | Kasi Pemerintahan")
    shot(page, "operator-rencana-aksi")
    page.get_by_role("button", name="Simpan rencana aksi").first.click()
    expect(page.locator(".pesan[role=status]")).to_contain_text("Rencana aksi 4 indikator tersimpan.")
    expect(page.locator("#rencana-aksi tbody tr").filter(has_text="Persentase hasil koordinasi")
           .get_by_label("Target triwulan II Persentase hasil koordinasi")).to_have_value("62,5")

    page.goto(server + "/pd/kecamatan-mojosari/2025/?tw=2")
    tabel = page.locator("section[aria-labelledby=judul-capaian] table")
    expect(tabel.locator("thead")).to_contain_text("Target TW II")
    baris = tabel.locator("tbody tr").filter(has_text="Persentase hasil koordinasi")
    expect(baris.locator("td.target-tw")).to_have_text("62,5")
    expect(baris).to_contain_text("80,00%")  # realisasi s.d. TW II 50 against the planned 62,5
    shot(page, "operator-dasbor-rencana-aksi")
