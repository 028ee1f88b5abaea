"""The LHE of a PD-year, the Pemda recap, and the LKjIP's BAB IV listing last year's recommendations."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from docx import Document

from sakip.evaluasi import services as evaluasi
from sakip.evaluasi.models import Evaluasi, KriteriaLKE
from sakip.laporan import api
from sakip.laporan.lhe import render_lhe, susun_rekap
from sakip.organisasi.models import Pemda, Unit

pytestmark = pytest.mark.django_db


def _teks(docx: bytes) -> str:
    doc = Document(io.BytesIO(docx))
    sel = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + sel)


def test_the_lhe_shows_scores_predikat_and_recommendations() -> None:
    ev = Evaluasi.objects.select_related("unit", "template").get(unit__slug="kecamatan-mojosari", tahun=2025)
    teks = _teks(render_lhe(ev, "docx", tanggal=date(2025, 12, 1)))
    assert "diperoleh nilai 84,32 dengan predikat A (Memuaskan)" in teks
    assert "batas bawah eksklusif" in teks  # the rule that produced the predikat
    assert "Perencanaan Kinerja" in teks and "Evaluasi Akuntabilitas Kinerja Internal" in teks
    assert "Menyempurnakan indikator kinerja individu" in teks and "31 Maret 2026" in teks
    assert "Kinerja individu belum sepenuhnya diturunkan" in teks  # kelemahan
    assert "Lembar Kerja Evaluasi LKE" not in teks  # LKE is that already
    assert "INSPEKTUR KABUPATEN MOJOKERTO" in teks and "NIP 19821117 200712 2 276" in teks  # signed, not blank


def test_the_recap_ranks_every_pd_and_counts_by_predikat() -> None:
    pemda = Pemda.objects.get()
    teks = _teks(susun_rekap(pemda, 2025).simpan())
    evs = Evaluasi.objects.filter(tahun=2025, status="final")
    assert "telah final untuk 48 perangkat daerah dengan nilai rata-rata 83,78." in teks
    # Every band of the rule with its range, zeros included, and the Inspektur who signs.
    assert "AA\nSangat Memuaskan\n> 90,00 s.d. 100,00\n0\n0,00 %" in teks
    assert "D\nSangat Kurang\n≤ 30,00\n0" in teks and "Jumlah\nJumlah\nJumlah\n48\n100,00 %" in teks
    assert "INSPEKTUR KABUPATEN MOJOKERTO" in teks and "SRI LESTARI, S.T., M.T." in teks
    terbaik = evs.order_by("-nilai_total").first()
    assert f"1\n{terbaik.unit.nama}" in teks
    assert str(evs.filter(predikat="A").count()) in teks


def test_lkjip_bab_iv_lists_last_years_recommendations_with_their_status() -> None:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    semua = {k.kode: "B" for k in KriteriaLKE.objects.filter(sub__komponen__template__versi="88-2021")
             .select_related("sub__komponen")}
    ev = evaluasi.muat_evaluasi_final(unit, 2024, semua, tanggal=date(2024, 11, 29))
    assert ev.nilai_total == Decimal("70.00") and ev.predikat == "B"  # 70,00 is not above 70: B, not BB
    r = evaluasi.tambah_rekomendasi(ev, "Menyusun pedoman pengukuran kinerja kecamatan", prioritas="tinggi",
                                    batas_waktu=date(2025, 6, 30))
    evaluasi.catat_tindak_lanjut(r, tanggal=date(2025, 5, 2), uraian="Perbup pedoman ditetapkan")
    evaluasi.verifikasi_rekomendasi(r, "tuntas", tanggal=date(2025, 5, 20))
    teks = _teks(api.susun_lkjip(unit, 2025, date(2026, 1, 30)).simpan())
    assert "Status tindak lanjut rekomendasi Laporan Hasil Evaluasi AKIP tahun 2024:" in teks
    assert "Menyusun pedoman pengukuran kinerja kecamatan\n30 Juni 2025\nTuntas" in teks
