"""Evaluasi AKIP in a real browser (Debian's chromium) against a real server (`sakip demo`).

The Inspektorat reopens Mojosari's final 2025 evaluation (with a reason), the team leader answers
criteria with evidence links while the score updates, closes it and downloads the LHE; the PD
records a follow-up of a recommendation and the Inspektorat verifies it. Fixtures (server,
browser, page) are the ones of test_browser.py: one server and one browser for this module.
"""

from __future__ import annotations

import io

import pytest
from docx import Document
from playwright.sync_api import Page, expect

from sakip.web.tests.test_browser import browser, login, page, server, shot  # noqa: F401  # module fixtures

pytestmark = pytest.mark.browser
LEMBAR = "/pd/kecamatan-mojosari/2025/evaluasi/"


def _ganti(pg: Page, base: str, username: str) -> None:
    pg.context.clear_cookies()
    login(pg, base, username)


def test_an_evaluation_from_answers_to_verified_follow_up(page: Page, server: str) -> None:  # noqa: F811
    login(page, server, "inspektorat")
    page.goto(server + "/evaluasi/2025/?predikat=A")
    expect(page.locator("tr[data-unit=kecamatan-mojosari]")).to_contain_text("84,32")
    page.goto(server + LEMBAR)
    expect(page.locator("[data-nilai-total]")).to_have_text("84,32")
    page.get_by_label("Alasan membuka kembali").fill("Bukti dukung 1.a belum lengkap")
    page.get_by_role("button", name="Buka kembali").click()
    expect(page.locator("[data-status]")).to_have_text("Dievaluasi Inspektorat")

    _ganti(page, server, "evaluator.mojosari")
    page.goto(server + LEMBAR)
    baris = page.locator("tr[data-kriteria='1.a.1']")
    # Evidence from the PD's own records, picked from a list, and a link.
    baris.get_by_text("Tambah bukti").click()
    baris.get_by_label("Rekaman Sakip").select_option(label="Perjanjian Kinerja 2025 awal (ditandatangani)")
    baris.get_by_role("button", name="Tambah").click()
    baris = page.locator("tr[data-kriteria='1.a.1']")
    expect(baris.locator("[data-bukti]")).to_contain_text("Perjanjian Kinerja 2025 awal")
    baris.get_by_text("Tambah bukti").click()
    baris.get_by_label("atau tautan").fill("https://mojosari.mojokertokab.go.id/pedoman-kinerja.pdf")
    baris.get_by_label("Judul").fill("Pedoman perencanaan kinerja")
    baris.get_by_role("button", name="Tambah").click()
    expect(page.locator("tr[data-kriteria='1.a.1'] [data-bukti]")).to_have_count(2)
    # Answers are saved as they are chosen; the score and the progress follow.
    page.locator("select[data-jawaban='1.a.1']").select_option("B")
    expect(page.locator("[data-nilai-total]")).to_have_text("84,06")
    expect(page.locator("tr[data-kriteria='1.a.1'] [data-berlaku]")).to_have_text("B")
    pilih = page.locator("select[data-jawaban='1.b.5']")
    pilih.focus()
    pilih.select_option("AA")  # kualitas above its keberadaan: warned at entry, not refused
    expect(page.locator("tr[data-kriteria='1.b.5'] [role=alert]")).to_contain_text("keberadaan")
    expect(page.locator("[data-nilai-total]")).to_have_text("84,24")
    # The swapped row gets its focus back once HTMX has settled; only then does the key move from it.
    expect(page.locator("select[data-jawaban='1.b.5']")).to_be_focused()
    page.keyboard.press("Alt+PageDown")
    expect(page.locator("select[data-jawaban='1.b.6']")).to_be_focused()
    shot(page, "evaluasi-lembar-kerja")
    page.get_by_role("button", name="Tetapkan final").click()
    expect(page.locator("[data-status]")).to_have_text("Final")
    with page.expect_download() as unduh:
        page.locator("[data-unduh-lhe]").click()
    isi = unduh.value.path().read_bytes()
    teks = "\n".join(c.text for t in Document(io.BytesIO(isi)).tables for r in t.rows for c in r.cells)
    assert unduh.value.suggested_filename == "LHE-2025-kecamatan-mojosari.docx"
    assert "84,24" in teks

    _ganti(page, server, "operator.mojosari")
    page.goto(server + "/pd/kecamatan-mojosari/2025/tindak-lanjut/")
    pertama = page.locator("[data-rekomendasi]").first
    pertama.get_by_label("Tindak lanjut").fill("IKI seluruh pelaksana disusun ulang dari IKU kecamatan")
    pertama.get_by_label("Tautan bukti").fill("https://mojosari.mojokertokab.go.id/iki-2026.pdf")
    pertama.get_by_role("button", name="Catat tindak lanjut").click()
    expect(page.locator("[data-rekomendasi]").first.locator("[data-tindak-lanjut]")).to_contain_text("IKI seluruh")
    expect(page.locator("[data-rekomendasi]").first.get_by_role("button", name="Verifikasi")).to_have_count(0)

    _ganti(page, server, "inspektorat")
    page.goto(server + "/pd/kecamatan-mojosari/2025/tindak-lanjut/")
    pertama = page.locator("[data-rekomendasi]").first
    pertama.get_by_label("Status verifikasi").select_option("tuntas")
    pertama.get_by_role("button", name="Verifikasi").click()
    expect(page.locator("[data-rekomendasi]").first.locator("[data-status-rekomendasi]")).to_have_text("Tuntas")
    shot(page, "evaluasi-tindak-lanjut")
