"""The Inspektorat's workspace: the overview, a PD's Kertas Kerja, the Pernyataan, rights per PD."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from sakip.anggaran import services as anggaran
from sakip.anggaran.models import MataAnggaran
from sakip.kertaskerja import services
from sakip.kertaskerja.models import CatatanReviu, PernyataanReviu
from sakip.organisasi.models import Pejabat, Unit
from sakip.perencanaan import services as perencanaan
from sakip.perencanaan.models import Indikator
from sakip.reviu.kkr import kertas_kerja

pytestmark = pytest.mark.django_db

MOJOSARI = "kecamatan-mojosari"


def _masuk(client: Client, nama: str) -> Client:
    client.force_login(User.objects.get(username=nama))
    return client


def _unit(slug: str = MOJOSARI) -> Unit:
    return Unit.objects.get(slug=slug)


def _lebih_pagu() -> MataAnggaran:
    """A sub kegiatan of Mojosari 2025 spent beyond its pagu: an error of the data reviu."""
    line = MataAnggaran.objects.filter(unit=_unit(), tahun=2025, tingkat="sub_kegiatan").order_by("pk").first()
    anggaran.catat_realisasi_anggaran(line, {4: line.pagu * 2})
    return line


def _selesaikan_semua(unit: Unit, tahun: int = 2025) -> None:
    for b in kertas_kerja(unit, tahun).terbuka:
        services.selesaikan_temuan(unit, tahun, kode=b.kode, objek=b.objek, langkah=b.langkah.value,
                                   status="dijelaskan", penyelesaian="Penjelasan PD diterima.")


def test_overview_lists_every_pd_with_counts_and_filters(client: Client) -> None:
    _lebih_pagu()
    c = _masuk(client, "inspektorat")
    r = c.get("/reviu/")
    assert r.status_code == 302 and r["Location"].startswith("/reviu/tahun/")
    html = c.get(reverse("reviu:ruang", args=[2025])).content.decode()
    assert "Reviu LKjIP tahun 2025" in html
    assert html.count('href="/reviu/') > 60  # every unit of the Pemda has its Kertas Kerja link
    assert "Kecamatan Mojosari" in html and "Bagian Organisasi" in html and "ANGGARAN" not in html
    html = c.get(reverse("reviu:ruang", args=[2025]), {"q": "mojosari"}).content.decode()
    assert "Kecamatan Mojosari" in html and "Bagian Organisasi" not in html
    # The galat filter keeps exactly the units with at least one galat (the demo's PDs without a
    # narrative for a missed target have NARASI_PENGHAMBAT_KOSONG, a galat, so there are many).
    ws = load_workbook(io.BytesIO(c.get(reverse("reviu:ekspor", args=[2025])).content)).active
    semua = list(ws.iter_rows(values_only=True))[2:]
    dengan_galat = [r[0] for r in semua if r[1]]
    assert "Kecamatan Mojosari" in dengan_galat and 0 < len(dengan_galat) < len(semua)
    html = c.get(reverse("reviu:ruang", args=[2025]), {"tingkat": "galat"}).content.decode()
    baris = html.split("<tbody>")[1].split("</tbody>")[0]
    assert baris.count("<tr>") == len(dengan_galat) and "Kecamatan Mojosari" in baris
    mojosari = next(tr for tr in baris.split("<tr>") if "<td>Kecamatan Mojosari" in tr)
    assert ">1 temuan belum tuntas" not in mojosari
    for r in semua:
        if not r[1]:
            assert f"<td>{r[0]}" not in baris


def test_export_is_a_workbook_of_the_filtered_rows(client: Client) -> None:
    _lebih_pagu()
    r = _masuk(client, "inspektorat").get(reverse("reviu:ekspor", args=[2025]), {"q": "mojosari"})
    assert r.status_code == 200 and r["Content-Disposition"].endswith('.xlsx"')
    ws = load_workbook(io.BytesIO(r.content)).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[1][:4] == ("Perangkat Daerah", "Galat", "Peringatan", "Info")
    assert [r[0] for r in rows[2:]] == ["Kecamatan Mojosari", "Kelurahan Mojosari"]
    # ANGGARAN_PK_BEDA_DPA (galat) and the warnings left once the demo wrote its narratives
    assert rows[2][1:4] == (1, 2, 0)


@pytest.mark.parametrize("nama", ["operator.mojosari", "kepala.organisasi", "pimpinan"])
def test_overview_is_for_reviewers_only(client: Client, nama: str) -> None:
    c = _masuk(client, nama)
    for url in ("/reviu/", reverse("reviu:ruang", args=[2025]), reverse("reviu:ekspor", args=[2025])):
        assert c.get(url).status_code == 403


def test_kertas_kerja_by_step_with_plain_titles(client: Client) -> None:
    html = _masuk(client, "inspektorat").get(reverse("reviu:kkr", args=[MOJOSARI, 2025])).content.decode()
    for langkah in ("Format dan kelengkapan laporan", "Mekanisme pengumpulan data dan dokumentasi",
                    "Konsistensi Renstra – PK – IKU", "Penghitungan kembali capaian", "Kecukupan analisis capaian"):
        assert langkah in html
    assert '<span title="ANGGARAN_PK_BEDA_DPA">Anggaran PK berbeda dengan pagu DPA</span>' in html
    assert ">ANGGARAN_PK_BEDA_DPA<" not in html and "<code>" not in html


def _kunci(kode: str) -> str:
    return next(b.kunci for b in kertas_kerja(_unit(), 2025).butir if b.kode == kode)


def test_note_answer_resolution_through_the_page(client: Client) -> None:
    kunci = _kunci("INDIKATOR_TANPA_FORMULASI")
    url = reverse("reviu:kkr", args=[MOJOSARI, 2025])
    insp = _masuk(Client(), "inspektorat")
    r = insp.post(url, {"aksi": "catatan", "kunci": kunci, "teks": "Formulasi IP ASN belum ada."})
    assert r.status_code == 302 and r["Location"].endswith(f"#b-{kunci[:12]}")
    op = _masuk(client, "operator.mojosari")
    assert op.post(url, {"aksi": "jawab", "kunci": kunci, "teks": "Mengikuti Permenpan 38/2018."}).status_code == 302
    c = CatatanReviu.objects.get(unit__slug=MOJOSARI, kunci=kunci)
    assert (c.catatan, c.jawaban, c.status) == ("Formulasi IP ASN belum ada.", "Mengikuti Permenpan 38/2018.", "dijawab")
    insp.post(url, {"aksi": "selesaikan", "kunci": kunci, "status": "dijelaskan", "teks": "Rujukan diterima."})
    c.refresh_from_db()
    assert (c.status, c.penyelesaian) == ("dijelaskan", "Rujukan diterima.")
    html = op.get(url).content.decode()
    assert "Rujukan diterima." in html and "Formulasi IP ASN belum ada." in html


def test_roles_on_the_kertas_kerja(client: Client) -> None:
    kunci = _kunci("INDIKATOR_TANPA_FORMULASI")
    url = reverse("reviu:kkr", args=[MOJOSARI, 2025])
    op = _masuk(client, "operator.mojosari")
    assert op.post(url, {"aksi": "catatan", "kunci": kunci, "teks": "x"}).status_code == 403
    assert op.post(url, {"aksi": "selesaikan", "kunci": kunci, "status": "selesai"}).status_code == 403
    insp = _masuk(Client(), "inspektorat")
    assert insp.post(url, {"aksi": "jawab", "kunci": kunci, "teks": "x"}).status_code == 403
    assert insp.post(url, {"aksi": "catatan", "kunci": "0" * 40, "teks": "x"}).status_code == 404
    assert "x" not in CatatanReviu.objects.values_list("catatan", "jawaban", flat=False).get(kunci=kunci)
    assert insp.get(reverse("reviu:kkr", args=["tidak-ada", 2025])).status_code == 404
    assert insp.get(reverse("reviu:kkr", args=[MOJOSARI, 1990])).status_code == 404


@pytest.mark.parametrize("nama", ["operator.organisasi", "kepala.organisasi"])
def test_another_pd_gets_403_on_every_url(client: Client, nama: str) -> None:
    kunci = _kunci("INDIKATOR_TANPA_FORMULASI")
    unit = _unit()
    _selesaikan_semua(unit)
    services.buat_pernyataan_reviu(unit, 2025, nomor="1", tanggal=date(2026, 2, 2),
                                   penandatangan=Pejabat.objects.get(nama="SRI LESTARI"), jabatan="Inspektur")
    c = _masuk(client, nama)
    for url in (reverse("reviu:kkr", args=[MOJOSARI, 2025]), reverse("reviu:pernyataan", args=[MOJOSARI, 2025]),
                reverse("reviu:unduh_pernyataan", args=[MOJOSARI, 2025, "docx"])):
        assert c.get(url).status_code == 403, url
    r = c.post(reverse("reviu:kkr", args=[MOJOSARI, 2025]), {"aksi": "jawab", "kunci": kunci, "teks": "x"})
    assert r.status_code == 403
    assert CatatanReviu.objects.get(kunci=kunci).jawaban.startswith("Nilai IP ASN")  # the demo's answer stands
    assert c.post(reverse("reviu:pernyataan", args=[MOJOSARI, 2025]), {"nomor": "2"}).status_code == 403


def test_a_note_survives_a_rerun_and_stays_when_the_finding_is_fixed(client: Client) -> None:
    unit = _unit()
    b = next(b for b in kertas_kerja(unit, 2025).butir if b.kode == "INDIKATOR_TANPA_FORMULASI")
    services.simpan_catatan_reviu(unit, 2025, kode=b.kode, objek=b.objek, langkah=b.langkah.value,
                                 catatan="Isi formulasinya.")
    again = kertas_kerja(unit, 2025).cari(b.kunci)
    assert again is not None and again.muncul and again.catatan.catatan == "Isi formulasinya."
    ind = Indikator.objects.get(unit=unit, nama="Indeks Profesionalitas ASN PD", periode__nama="2021-2025")
    perencanaan.ubah_indikator(ind, formulasi="Nilai IP ASN dari BKN")
    gone = kertas_kerja(unit, 2025).cari(b.kunci)
    assert gone is not None and not gone.muncul and not gone.terbuka
    html = _masuk(client, "inspektorat").get(reverse("reviu:kkr", args=[MOJOSARI, 2025])).content.decode()
    assert "Tidak muncul lagi" in html and "Isi formulasinya." in html


def test_pernyataan_waits_for_every_finding_then_downloads(client: Client) -> None:
    insp = _masuk(client, "inspektorat")
    url = reverse("reviu:pernyataan", args=[MOJOSARI, 2025])
    data = {"nomor": "700/15/416-070/2026", "tanggal": "2026-02-20",
            "penandatangan": Pejabat.objects.get(nama="SRI LESTARI").pk, "jabatan": "Inspektur Kabupaten Mojokerto"}
    assert "Belum tuntas" in insp.get(url).content.decode()
    assert insp.post(url, data).status_code == 409
    assert not PernyataanReviu.objects.exists()
    assert insp.get(reverse("reviu:unduh_pernyataan", args=[MOJOSARI, 2025, "docx"])).status_code == 404
    _selesaikan_semua(_unit())
    html = insp.get(url).content.decode()
    assert 'value="Inspektur Kabupaten Mojokerto"' in html  # the Inspektur in post is offered
    assert insp.post(url, data).status_code == 302
    r = _masuk(Client(), "kepala.mojosari").get(reverse("reviu:unduh_pernyataan", args=[MOJOSARI, 2025, "docx"]))
    assert r.status_code == 200
    teks = "\n".join(p.text for p in Document(io.BytesIO(r.content)).paragraphs)
    assert "PERNYATAAN TELAH DIREVIU" in teks and "Nomor: 700/15/416-070/2026" in teks
    assert "Nomor 53 Tahun 2014" in teks and "keyakinan terbatas" in teks
    assert "tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan" in teks
    tabel = " ".join(c.text for t in Document(io.BytesIO(r.content)).tables for row in t.rows for c in row.cells)
    assert "SRI LESTARI" in tabel and "Mojokerto, 20 Februari 2026" in tabel
    assert _masuk(Client(), "operator.mojosari").post(url, data).status_code == 403
    pdf = _masuk(Client(), "operator.mojosari").get(reverse("reviu:unduh_pernyataan", args=[MOJOSARI, 2025, "pdf"]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-") and pdf["Content-Type"] == "application/pdf"
    assert insp.get(reverse("reviu:unduh_pernyataan", args=[MOJOSARI, 2025, "odt"])).status_code == 404


def test_open_error_makes_the_lkjip_a_draft_and_blocks_publishing(client: Client) -> None:
    from django.core.exceptions import ValidationError

    from sakip.laporan import api
    from sakip.laporan import services as laporan

    unit = _unit()
    _lebih_pagu()
    terbuka = api.temuan_draf(unit, 2025)
    assert [b.kode for b in terbuka] == ["ANGGARAN_MELEBIHI_PAGU"]
    dok = api.susun_lkjip(unit, 2025, date(2026, 1, 20), draf=len(terbuka))
    assert dok.doc.paragraphs[0].text == "DRAF — 1 TEMUAN REVIU BELUM DISELESAIKAN"
    assert all(s.header.paragraphs[0].text == "DRAF — 1 temuan reviu belum diselesaikan" for s in dok.doc.sections)
    with pytest.raises(ValidationError, match="masih draf: 1 temuan"):
        laporan.terbitkan_laporan(unit, 2025, "lkjip", b"%PDF-1.4", format="pdf", filename="x.pdf")
    html = _masuk(client, "kepala.mojosari").get(reverse("web:laporan", args=[MOJOSARI, 2025])).content.decode()
    assert "masih draf — 1 temuan reviu" in html and 'title="ANGGARAN_MELEBIHI_PAGU"' in html
    b = terbuka[0]
    services.selesaikan_temuan(unit, 2025, kode=b.kode, objek=b.objek, langkah=b.langkah.value, status="dijelaskan",
                               penyelesaian="Kelebihan dibayar dari BTT; dokumen pergeseran terlampir.")
    assert api.temuan_draf(unit, 2025) == []
    assert laporan.terbitkan_laporan(unit, 2025, "lkjip", b"%PDF-1.4", format="pdf", filename="x.pdf").pk
    assert "masih draf" not in _masuk(Client(), "kepala.mojosari").get(
        reverse("web:laporan", args=[MOJOSARI, 2025])).content.decode()


def test_document_upload_with_a_year_goes_on_the_overview(client: Client) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .lkjip_uji import buat_lkjip

    data, _ = buat_lkjip({"unit", "capaian"})
    op = _masuk(client, "operator.mojosari")
    r = op.post(reverse("reviu:dokumen", args=[MOJOSARI]), {"tahun": "2025",
                                                           "berkas": SimpleUploadedFile("lkjip.docx", data)})
    html = r.content.decode()
    assert r.status_code == 200 and 'data-saring-temuan' in html and 'data-bagian="' in html
    assert 'title="NAMA_UNIT_LAIN">Nama unit kerja lain tertulis pada dokumen' in html
    overview = _masuk(Client(), "inspektorat").get(reverse("reviu:ruang", args=[2025]), {"q": "mojosari"})
    assert 'title="lkjip.docx"' in overview.content.decode()


def test_the_lkjip_command_runs_the_reviu_first_and_writes_a_draft(tmp_path) -> None:
    from django.core.management import call_command

    _lebih_pagu()
    out, err = io.StringIO(), io.StringIO()
    call_command("laporan", "lkjip", "--pd", MOJOSARI, "--tahun", "2025", "--format", "docx", "--output", str(tmp_path / "l.docx"),
                 stdout=out, stderr=err)
    assert "DRAF — 1 temuan reviu bertingkat galat" in err.getvalue()
    assert "Realisasi anggaran melebihi pagu: Anggaran 2025 ›" in err.getvalue()
    doc = Document(str(tmp_path / "l.docx"))
    assert doc.paragraphs[0].text.startswith("DRAF — 1 TEMUAN") and "DRAF" in doc.sections[-1].header.paragraphs[0].text
