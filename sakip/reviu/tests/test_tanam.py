"""Recall and false alarms on LKjIPs with planted errors, as DOCX and as PDF.

The documents are generated consistent (``lkjip_uji``) and then altered; every planted
error must be found (recall 1) and every finding must point at a planted error (no false
alarm), on the DOCX and on the PDF LibreOffice makes of it. A second set alters the LKjIP
that Sakip's own generator (``sakip.laporan.api.render_lkjip``) writes from the demo data.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest
from docx.text.paragraph import Paragraph
from pytest_django import DjangoDbBlocker

from sakip.laporan.api import render_lkjip
from sakip.organisasi.models import Unit
from sakip.reviu.dokumen import HasilReviu, Temuan, reviu_dokumen
from sakip.reviu.konteks import konteks_untuk

from .lkjip_uji import SEMUA_TANAM, Tanam, buat_lkjip, ke_pdf


def ukur(hasil: HasilReviu, tanam: list[Tanam]) -> tuple[float, list[Tanam], list[Temuan]]:
    """Recall over the planted errors, the ones missed, and the findings no plant explains."""
    def cocok(t: Temuan, p: Tanam) -> bool:
        return any(m in t.tercetak or m in t.seharusnya for m in p.cetak)

    missed = [p for p in tanam if not any(t.kode == p.kode and cocok(t, p) for t in hasil.temuan)]
    false = [t for t in hasil.temuan if not any(cocok(t, p) for p in tanam)]
    recall = (len(tanam) - len(missed)) / len(tanam) if tanam else 1.0
    return recall, missed, false


def _ringkas(items: Iterable[object]) -> list[str]:
    return [str(x) for x in items]


@pytest.fixture(scope="module")
def dokumen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, list[Tanam]]]:
    bersih, _ = buat_lkjip()
    tanam, ditanam = buat_lkjip(set(SEMUA_TANAM))
    return {"bersih": (bersih, []), "tanam": (tanam, ditanam)}


@pytest.fixture(scope="module")
def pdf(dokumen: dict[str, tuple[bytes, list[Tanam]]], tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    # LibreOffice is a system dependency (Makefile); without it ke_pdf fails, it never skips.
    out = {}
    for name, (docx, _) in dokumen.items():
        out[name] = ke_pdf(docx, tmp_path_factory.mktemp(f"pdf-{name}"))
    return out


def test_every_kind_of_error_is_planted(dokumen: dict[str, tuple[bytes, list[Tanam]]]) -> None:
    _, ditanam = dokumen["tanam"]
    assert len(ditanam) == len(SEMUA_TANAM) == 18
    assert {p.kode for p in ditanam} >= {
        "CAPAIAN_SALAH", "TARGET_BERBEDA", "REALISASI_BERBEDA", "JUMLAH_CAPAIAN_SALAH", "RATA_RATA_SALAH",
        "EFISIENSI_SALAH", "JUMLAH_ANGGARAN_SALAH", "PERSEN_ANGGARAN_SALAH", "ANGGARAN_PK_TANPA_PADANAN",
        "KATEGORI_SALAH", "NAMA_UNIT_LAIN", "NIP_GANDA", "FORMAT_RUPIAH", "TANGGAL_TIDAK_SAH", "PERIODE_TIDAK_SAH",
    }


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_clean_document_raises_nothing(fmt: str, dokumen: dict[str, tuple[bytes, list[Tanam]]],
                                       request: pytest.FixtureRequest) -> None:
    data = dokumen["bersih"][0] if fmt == "docx" else request.getfixturevalue("pdf")["bersih"]
    hasil = reviu_dokumen(data, f"bersih.{fmt}")
    assert hasil.temuan == [] and hasil.tidak_terbaca == []


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_planted_errors_recall_1_no_false_alarm(fmt: str, dokumen: dict[str, tuple[bytes, list[Tanam]]],
                                                request: pytest.FixtureRequest) -> None:
    data = dokumen["tanam"][0] if fmt == "docx" else request.getfixturevalue("pdf")["tanam"]
    ditanam = dokumen["tanam"][1]
    hasil = reviu_dokumen(data, f"tanam.{fmt}")
    recall, missed, false = ukur(hasil, ditanam)
    assert recall == 1.0, _ringkas(missed)
    assert false == [], _ringkas(false)


@pytest.mark.parametrize("key", sorted(SEMUA_TANAM))
def test_each_planted_error_alone_is_found_alone(key: str) -> None:
    data, ditanam = buat_lkjip({key})
    hasil = reviu_dokumen(data, f"{key}.docx")
    recall, missed, false = ukur(hasil, ditanam)
    assert recall == 1.0 and false == [], (_ringkas(missed), _ringkas(false))


# -- the document Sakip itself generates, altered by hand ---------------------------------------

def _ubah_docx(data: bytes) -> tuple[bytes, list[Tanam]]:
    """Alter a generated LKjIP the way a PD's staff might: a capaian, a name, a NIP, a count, a %."""
    import io

    from docx import Document
    from docx.table import Table, _Cell

    doc = Document(io.BytesIO(data))
    planted: list[Tanam] = []

    def first_cell(text: str, table_caption: str) -> _Cell | None:
        last_par = ""
        for el in doc.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p" and "".join(el.itertext()).strip():
                last_par = "".join(el.itertext()).strip()
            elif tag == "tbl" and last_par.startswith(table_caption):
                for row in Table(el, doc).rows:
                    for cell in row.cells:
                        if cell.text.strip() == text:
                            return cell
        return None

    cell = first_cell("101,25%", "Tabel III.1.b")
    if cell is not None:
        cell.paragraphs[0].runs[0].text = "102,25%"
        planted.append(Tanam("CAPAIAN_SALAH", ("102,25%",), "capaian IKM III.1.b"))
    cell = first_cell("92,41%", "Tabel III.4")
    if cell is not None:
        cell.paragraphs[0].runs[0].text = "92,14%"
        planted.append(Tanam("PERSEN_ANGGARAN_SALAH", ("92,14%",), "persentase program penunjang"))
    planted += _ubah_kalimat(doc.paragraphs)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), planted


def _ubah_kalimat(paragraphs: list[Paragraph]) -> list[Tanam]:
    """A count in a sentence, and the unit's name in the last long paragraph."""
    planted: list[Tanam] = []
    for p in paragraphs:
        if "sebanyak 2 indikator" in p.text and "di atas 100%" in p.text:
            for run in p.runs:
                run.text = run.text.replace("sebanyak 2 indikator", "sebanyak 3 indikator")
            planted.append(Tanam("JUMLAH_CAPAIAN_SALAH", ("di atas 100% 3",), "jumlah di atas 100%"))
            break
    for p in reversed(paragraphs):
        if "Kecamatan Mojosari" in p.text and len(p.text) > 200:
            for run in p.runs:
                if "Kecamatan Mojosari" in run.text:
                    run.text = run.text.replace("Kecamatan Mojosari", "Kecamatan Trowulan", 1)
                    planted.append(Tanam("NAMA_UNIT_LAIN", ("Kecamatan Trowulan",), "nama kecamatan lain"))
                    break
            break
    return planted


@pytest.fixture(scope="module")
def lkjip_sakip(django_db_setup: None, django_db_blocker: DjangoDbBlocker) -> bytes:
    with django_db_blocker.unblock():
        unit = Unit.objects.get(slug="kecamatan-mojosari")
        return render_lkjip(unit, 2025, "docx", tanggal=date(2026, 1, 30))


@pytest.mark.django_db
def test_sakip_generated_lkjip_is_clean_and_alterations_are_found(lkjip_sakip: bytes, tmp_path: Path) -> None:
    bersih = reviu_dokumen(lkjip_sakip, "lkjip-mojosari.docx")
    assert [t for t in bersih.temuan if t.tingkat.value == "galat"] == []
    diubah, planted = _ubah_docx(lkjip_sakip)
    assert len(planted) >= 3, "generated layout changed: the alterations found no place"
    hasil = reviu_dokumen(diubah, "lkjip-mojosari-diubah.docx")
    recall, missed, false = ukur(hasil, planted)
    extra = [t for t in false if (t.kode, t.lokasi) not in {(x.kode, x.lokasi) for x in bersih.temuan}]
    assert recall == 1.0, _ringkas(missed)
    assert extra == [], _ringkas(extra)
    hasil_pdf = reviu_dokumen(ke_pdf(diubah, tmp_path), "lkjip-mojosari-diubah.pdf")
    recall_pdf, missed_pdf, _ = ukur(hasil_pdf, planted)
    assert recall_pdf == 1.0, _ringkas(missed_pdf)


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["dinas-kesehatan", "dinas-perkim", "dinas-perhubungan"])
def test_sakip_generated_lkjips_of_other_pds_raise_no_alarm(slug: str) -> None:
    """Negative indicators, the E-81 form and values computed before rounding: the LKjIP
    Sakip writes for these PDs is consistent, so the reviu may note but never warn."""
    data = render_lkjip(Unit.objects.get(slug=slug), 2025, "docx", tanggal=date(2026, 1, 30))
    hasil = reviu_dokumen(data, f"lkjip-{slug}.docx", konteks_untuk()[0])
    assert [t for t in hasil.temuan if t.tingkat.value != "info"] == []
    assert hasil.tidak_terbaca == []


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["kecamatan-mojosari", "bagian-organisasi"])
def test_sakip_generated_lkjip_pdf_with_its_charts_passes_the_reviu(slug: str) -> None:
    """Issue 16: the LKjIP Sakip writes passes the reviu as PDF too, where LibreOffice prints
    the labels of the native charts (capaian over the bars, axes, legends) as text."""
    data = render_lkjip(Unit.objects.get(slug=slug), 2025, "pdf", tanggal=date(2026, 1, 30))
    hasil = reviu_dokumen(data, f"lkjip-{slug}.pdf", konteks_untuk()[0])
    assert hasil.temuan == [], _ringkas(hasil.temuan)
    assert hasil.tidak_terbaca == []
