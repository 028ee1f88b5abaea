"""The Inspektorat's workspace in a real browser (Debian's chromium) against `sakip demo`.

The server, the browser and the page (which fails on any JavaScript or CSP error) are those of
the web app's browser tests. One walk through the reviu: the Inspektorat opens /reviu/ and a
PD's Kertas Kerja, writes a note; the PD answers; the Inspektorat resolves every finding and
downloads the Pernyataan Telah Direviu.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from playwright.sync_api import Locator, Page, expect

from sakip.web.tests.test_browser import browser, login, page, server, shot  # noqa: F401  # shared fixtures

pytestmark = pytest.mark.browser

KKR = "/reviu/kecamatan-mojosari/2025/kertas-kerja/"


def keluar(pg: Page) -> None:
    pg.get_by_role("button", name="Keluar").click()
    pg.wait_for_load_state("networkidle")


def butir(pg: Page, judul: str) -> Locator:
    return pg.locator("article.butir-kkr").filter(has=pg.get_by_role("heading", name=judul))


def test_inspektorat_reviews_pd_answers_finding_resolved_pernyataan_downloads(page: Page, server: str) -> None:  # noqa: F811
    login(page, server, "inspektorat")
    page.get_by_role("link", name="Reviu", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Reviu LKjIP tahun")
    page.goto(server + "/reviu/tahun/2025/")
    page.get_by_label("Nama PD").fill("Mojosari")
    page.get_by_role("button", name="Saring").click()
    baris = page.locator("#tabel-ruang tbody tr").filter(has_text="Kecamatan Mojosari").first
    expect(baris).to_contain_text("belum tuntas")
    shot(page, "reviu-ruang")
    baris.get_by_role("link", name="Kertas Kerja").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kertas Kerja Reviu LKjIP 2025")
    expect(page.get_by_role("heading", name="Konsistensi Renstra – PK – IKU")).to_be_visible()
    # A finding the demo has (its narratives for missed targets are written, so no NARASI_PENGHAMBAT_KOSONG)
    judul = "Anggaran PK berbeda dengan pagu DPA"
    b = butir(page, judul).first
    expect(b.locator("span[title=ANGGARAN_PK_BEDA_DPA]")).to_have_text(judul)  # the code only in the tooltip
    b.get_by_label("Catatan reviu").fill("Mohon jelaskan selisih anggaran PK dengan pagu DPA.")
    b.get_by_role("button", name="Simpan catatan").click()
    expect(page.locator(".pesan[role=status]")).to_contain_text("Catatan reviu disimpan.")
    expect(butir(page, judul).first.locator("[data-isi=catatan]")).to_have_text(
        "Mohon jelaskan selisih anggaran PK dengan pagu DPA.")
    keluar(page)

    login(page, server, "operator.mojosari")
    page.goto(server + KKR)
    b = butir(page, judul).first
    expect(b.get_by_role("button", name="Simpan catatan")).to_have_count(0)  # the PD answers, it does not note
    b.get_by_label("Jawaban").fill("Selisih berasal dari pergeseran anggaran setelah PK Perubahan ditandatangani.")
    b.get_by_role("button", name="Kirim jawaban").click()
    expect(page.locator(".pesan[role=status]")).to_contain_text("Jawaban disimpan.")
    expect(butir(page, judul).first.locator(".st")).to_have_text("Dijawab")
    shot(page, "reviu-kkr-pd")
    keluar(page)

    login(page, server, "inspektorat")
    page.goto(server + KKR)
    terbuka = page.locator("article.butir-kkr:has(.st-terbuka), article.butir-kkr:has(.st-dijawab)")
    for _ in range(20):  # every finding still open: resolved or explained, one form at a time
        if terbuka.count() == 0:
            break
        b = terbuka.first
        b.get_by_label("Status").select_option("dijelaskan")
        b.get_by_label("Simpulan").fill("Penjelasan PD diterima.")
        b.get_by_role("button", name="Simpan penyelesaian").click()
        expect(page.locator(".pesan[role=status]")).to_contain_text("ditandai dijelaskan")
    expect(terbuka).to_have_count(0)
    page.get_by_role("link", name="Buat Pernyataan Telah Direviu").click()
    page.get_by_label("Nomor").fill("700/25/416-070/2026")
    page.get_by_label("Tanggal").fill("2026-02-20")
    expect(page.get_by_label("Jabatan penandatangan")).to_have_value("Inspektur Kabupaten Mojokerto")
    page.get_by_role("button", name="Buat pernyataan").click()
    expect(page.locator(".pesan[role=status]")).to_contain_text("Pernyataan Telah Direviu disimpan")
    shot(page, "reviu-kkr-pernyataan")
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Unduh DOCX").click()
    berkas = unduhan.value
    assert berkas.suggested_filename == "Pernyataan-Telah-Direviu-2025-kecamatan-mojosari.docx"
    isi = zipfile.ZipFile(io.BytesIO(open(berkas.path(), "rb").read())).read("word/document.xml").decode()
    assert "PERNYATAAN TELAH DIREVIU" in isi and "700/25/416-070/2026" in isi and "SRI LESTARI" in isi


def test_document_reviu_filters_by_severity_and_chapter(page: Page, server: str, tmp_path) -> None:  # noqa: F811
    from .lkjip_uji import buat_lkjip

    data, _ = buat_lkjip({"unit", "capaian"})
    berkas = tmp_path / "lkjip-uji.docx"
    berkas.write_bytes(data)
    login(page, server, "operator.mojosari")
    page.goto(server + "/reviu/kecamatan-mojosari/dokumen/?tahun=2025")
    expect(page.get_by_label("Tahun LKjIP")).to_have_value("2025")
    page.get_by_label("Berkas LKjIP").set_input_files(str(berkas))
    page.get_by_role("button", name="Reviu").click()
    rows = page.locator("#tabel-temuan-dokumen tbody tr")
    semua = rows.count()
    assert semua >= 2
    page.get_by_label("Tingkat").select_option("galat")
    galat = page.locator("#tabel-temuan-dokumen tbody tr:not(.tersembunyi)")
    expect(galat.first).to_be_visible()
    assert all(t == "galat" for t in galat.evaluate_all("rs => rs.map(r => r.dataset.tingkat)"))
    bagian = page.get_by_label("Bagian")
    pilihan = [o for o in bagian.locator("option").evaluate_all("os => os.map(o => o.value)") if o]
    bagian.select_option(pilihan[0])
    terlihat = page.locator("#tabel-temuan-dokumen tbody tr:not(.tersembunyi)")
    assert all(b == pilihan[0] for b in terlihat.evaluate_all("rs => rs.map(r => r.dataset.bagian)"))
    expect(page.locator("[data-hitung]")).to_contain_text("temuan ditampilkan")
    shot(page, "reviu-dokumen-saring")
