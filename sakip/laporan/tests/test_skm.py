"""The SKM report and the paper questionnaire: house style DOCX, PDF through the same path."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document
from pypdf import PdfReader

from sakip.laporan.skm import LaporanSkmGagal, render_kuesioner, render_laporan_skm
from sakip.organisasi.models import Unit
from sakip.skm.models import Survei
from sakip.skm.services import buat_survei, tambah_rencana_tindak_lanjut

pytestmark = pytest.mark.django_db


def _teks(docx: bytes) -> str:
    doc = Document(io.BytesIO(docx))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


def test_the_report_has_method_sample_nrr_chart_ikm_profile_weakest_unsur_and_rtl() -> None:
    s = Survei.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, periode="S1")
    tambah_rencana_tindak_lanjut(s, unsur_kode="U8", masalah="Pengaduan belum ditindaklanjuti tepat waktu",
                                 rencana="Kanal pengaduan daring dan rapat tindak lanjut bulanan",
                                 penanggung_jawab="Sekretaris Camat", batas_waktu=date(2025, 12, 31))
    docx = render_laporan_skm(s, "docx")
    text = _teks(docx)
    for expected in ("LAPORAN SURVEI KEPUASAN MASYARAKAT", "METODOLOGI", "Krejcie", f"{s.responden}",
                     "93,15", "Sangat baik", "U8", "Penanganan pengaduan", "Kanal pengaduan daring",
                     "Sekretaris Camat", "31 Desember 2025", "Belum ditindaklanjuti", "Profil responden",
                     "Perempuan", "PEMERINTAH KABUPATEN MOJOKERTO",
                     # signed by the head in post: the demo's Plt. Camat
                     "Plt. CAMAT MOJOSARI", "YULIUS BAKHTIAR, S.P., M.M."):
        assert expected in text, expected
    assert len(Document(io.BytesIO(docx)).inline_shapes) == 1  # the NRR chart


def test_a_survey_without_answers_has_no_report_but_has_a_questionnaire() -> None:
    s = buat_survei(Unit.objects.get(slug="kecamatan-mojosari"), tahun=2027, periode="TAHUN",
                    jenis_layanan="Pelayanan KTP\nPelayanan KK", metode="kertas", populasi=500)
    with pytest.raises(LaporanSkmGagal, match="belum mempunyai hasil"):
        render_laporan_skm(s, "docx")
    pdf = render_kuesioner(s, "pdf")
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "KUESIONER SURVEI KEPUASAN MASYARAKAT" in text and "Pelayanan KTP" in text and "Gratis" in text
