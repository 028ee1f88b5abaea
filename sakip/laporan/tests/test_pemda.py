"""The LKjIP of the Pemda itself (issue #6): IKU Pemda, every PD's capaian and budget, signed by the Bupati.

Every figure in its tables is checked against the engine computed here independently: the PDs'
budgets through ``budget_lines_many`` and the core roll-up, the PDs' capaian through
``ukur_pd_banyak``, each IKU's capaian from ``realisasi_tahunan`` and ``hitung_capaian``. The
documents are rendered once per module inside a transaction that is rolled back, so the data
built here never reaches other tests. One PDF conversion (LibreOffice takes seconds).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction
from pypdf import PdfReader

from sakip.core import formatting as fmt
from sakip.core.budget import total as budget_total
from sakip.core.capaian import Polaritas, hitung_capaian
from sakip.core.numbers import quantize
from sakip.laporan.api import DataKurang, render_lkjip, render_pk
from sakip.laporan.lkjip.umum import label_indikator
from sakip.organisasi.models import Pejabat, Unit
from sakip.pengukuran.services import (
    aturan_pemda,
    budget_lines_many,
    realisasi_tahunan,
    ukur_pd_banyak,
)
from sakip.perencanaan.models import Indikator, PeriodePerencanaan, Target
from sakip.perjanjian.services import BarisSasaran, buat_pk

from .bacaan import Bacaan, baca
from .pemda_uji import pk_bupati, tanpa_pk, unit_pemda

pytestmark = pytest.mark.django_db

TANGGAL = date(2026, 1, 30)


@dataclass
class Mesin:
    """What the engine says, computed beside the document from the same data."""

    pagu: Decimal
    realisasi: Decimal
    serapan: Decimal | None
    pd: dict[str, tuple[str, str, str, str]]  # unit name -> rata-rata capaian, pagu, realisasi, serapan
    iku: dict[str, list[tuple[str, str, str]]]  # period -> (indicator label, printed realisasi, capaian)


def semua_teks(b: Bacaan) -> str:
    """Paragraphs and table cells (signature blocks are tables)."""
    return b.teks + "\n" + "\n".join(c for t in b.tabel for r in t.baris for c in r)


def _mesin(unit: Unit) -> Mesin:
    units = list(Unit.objects.filter(pemda=unit.pemda).tanpa_pemda().select_related("induk"))
    lines = budget_lines_many([u.pk for u in units], 2025)
    total = budget_total(line for roots in lines.values() for line in roots)
    hasil = ukur_pd_banyak(units, 2025)
    pd = {}
    for u in units:
        h = hasil.get(u.pk)
        if h is not None:
            nama = f"{u.nama} {u.induk.nama}" if u.induk_id else u.nama
            pd[nama] = (fmt.persen(h.capaian_kinerja), fmt.rupiah(h.anggaran.pagu),
                        fmt.rupiah(h.anggaran.realisasi), fmt.persen(h.anggaran.persen))
    aturan = aturan_pemda(unit)
    iku: dict[str, list[tuple[str, str, str]]] = {}
    for periode in PeriodePerencanaan.objects.filter(pemda=unit.pemda, tahun_mulai__lte=2025,
                                                     tahun_selesai__gte=2025).order_by("tahun_mulai"):
        inds = list(Indikator.objects.filter(unit=unit, periode=periode, iku=True).order_by("urutan", "pk"))
        nilai = realisasi_tahunan([i.pk for i in inds], 2025, {i.pk: i.agregasi for i in inds})
        rows = []
        for i in inds:
            rantai = [j.pk for j in i.rantai()] + list(i.penerus.values_list("pk", flat=True))
            target = next((t.nilai for j in rantai for t in Target.objects.filter(indikator_id=j, tahun=2025)), None)
            real = None if nilai.get(i.pk) is None else quantize(nilai[i.pk], i.desimal)
            cap = hitung_capaian(target, real, Polaritas(i.polaritas), aturan)
            rows.append((label_indikator(i.nama, i.satuan), fmt.angka(real, i.desimal),
                         fmt.persen(cap.persen) if cap.terukur else "–"))
        iku[periode.nama] = rows
    return Mesin(total.pagu, total.realisasi, total.persen, pd, iku)


def _render(fmt_: str, *, dengan_pk: bool = False) -> tuple[bytes, Mesin, Unit]:
    with transaction.atomic():
        unit = unit_pemda()
        if dengan_pk:
            pk_bupati(unit)
        else:
            tanpa_pk(unit)  # the RPJMD targets' path
        data = render_lkjip(unit, 2025, fmt_, tanggal=TANGGAL)
        mesin = _mesin(unit)
        transaction.set_rollback(True)  # nothing built here outlives the module
    return data, mesin, unit


@pytest.fixture(scope="module")
def lkjip(django_db_setup, django_db_blocker) -> tuple[Bacaan, Mesin]:  # pytest-django fixtures
    with django_db_blocker.unblock():
        data, mesin, _ = _render("docx")
    return baca(data), mesin


@pytest.fixture(scope="module")
def lkjip_pk(django_db_setup, django_db_blocker) -> Bacaan:  # pytest-django fixtures
    with django_db_blocker.unblock():
        data, _, _ = _render("docx", dengan_pk=True)
    return baca(data)


def test_the_document_is_the_kabupatens_with_every_chapter(lkjip: tuple[Bacaan, Mesin]) -> None:
    b, _ = lkjip
    teks = b.teks
    assert "PEMERINTAH KABUPATEN MOJOKERTO" in b.paragraf[:6]
    assert "Laporan Kinerja Pemerintah Kabupaten Mojokerto Tahun 2025" in teks
    judul = [t for _, t in b.judul]
    for bab in ("BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA",
                "BAB IV PENUTUP", "III.3 Capaian Kinerja Perangkat Daerah", "III.4 Akuntabilitas Anggaran"):
        assert bab in judul
    # Signed by the Bupati in post on the document's date; a Kepala Daerah has no NIP.
    assert "BUPATI MOJOKERTO" in semua_teks(b) and "MUHAMMAD ALBARRAA" in semua_teks(b)
    assert "Pemerintah Kabupaten Mojokerto Kabupaten Mojokerto" not in teks


def test_budget_table_is_every_pds_budget_summed_by_the_engine(lkjip: tuple[Bacaan, Mesin]) -> None:
    b, m = lkjip
    tabel = b.tabel_berlabel("Tabel III.4")
    *rows, jumlah = tabel.baris[1:]
    assert jumlah[2:] == [fmt.rupiah(m.pagu), fmt.rupiah(m.realisasi), fmt.persen(m.serapan)]
    assert m.pagu > 0 and len(rows) >= 40
    for _, nama, pagu, real, serapan in rows:
        assert (pagu, real, serapan) == m.pd[nama][1:], nama
    assert {r[1] for r in rows} == {n for n, v in m.pd.items() if v[1] != fmt.rupiah(0)}
    assert f"realisasi sebesar {fmt.rupiah(m.realisasi)} atau {fmt.persen(m.serapan)}" in b.teks


def test_pd_table_is_each_pds_measurement(lkjip: tuple[Bacaan, Mesin]) -> None:
    b, m = lkjip
    *rows, _ = b.tabel_berlabel("Tabel III.3").baris[1:]
    assert {r[1]: r[6] for r in rows} == {nama: v[0] for nama, v in m.pd.items()}


def test_each_iku_capaian_is_the_engines(lkjip: tuple[Bacaan, Mesin]) -> None:
    b, m = lkjip
    assert m.iku and all(m.iku.values())
    for periode, rows in m.iku.items():
        tabel = b.tabel_berlabel(f"Tabel III.1.{'ab'[list(m.iku).index(periode)]} Capaian")
        assert periode in tabel.keterangan
        dicetak = [(r[2], r[8], r[9]) for r in tabel.baris[2:]]
        assert dicetak == rows


def test_earlier_years_and_the_end_of_rpjmd_target_are_compared(lkjip: tuple[Bacaan, Mesin]) -> None:
    b, _ = lkjip
    assert b.tabel_dengan("Perbandingan Realisasi dan Capaian Kinerja Tahun")
    akhir = b.tabel_dengan("Perbandingan Realisasi Kinerja dengan Target Akhir Periode")
    assert akhir and any(r[3] != "–" for t in akhir for r in t.baris[1:])
    assert b.gambar >= 1


def test_bab_ii_draws_the_rpjmd_pohon_kinerja_of_each_period(lkjip: tuple[Bacaan, Mesin]) -> None:
    b, m = lkjip
    pohon = [k for k in b.keterangan if k.startswith("Gambar II.")]
    assert [k.split(" ", 2)[2] for k in pohon] == [f"Pohon Kinerja Pemerintah Kabupaten Mojokerto Periode {p}"
                                                   for p in m.iku]


def test_the_bupatis_pk_is_measured_and_attached(lkjip_pk: Bacaan) -> None:
    b = lkjip_pk
    teks = b.teks
    assert "Perjanjian Kinerja Kepala Daerah tahun 2025 belum dicatat" not in teks
    assert "Lampiran 1. Perjanjian Kinerja Tahun 2025" in teks
    assert "PERJANJIAN KINERJA TAHUN 2025" in b.paragraf
    assert "Pihak Kedua," not in semua_teks(b)  # the Bupati signs alone
    capaian = b.tabel_berlabel("Tabel III.1 Capaian Perjanjian Kinerja Tahun 2025")
    assert all(r[3] == "89" for r in capaian.baris[2:])  # the PK's agreed target, not the RPJMD's


def test_a_pd_pk_still_needs_a_second_party() -> None:
    mojosari = Unit.objects.get(slug="kecamatan-mojosari")
    periode = PeriodePerencanaan.objects.get(pemda=mojosari.pemda, nama="2025-2029")
    camat = Pejabat.objects.get(nip="196907291994031006")
    with pytest.raises(ValidationError, match="pihak kedua"):
        buat_pk(mojosari, tahun=2025, periode=periode, tanggal=date(2025, 10, 1), pihak_pertama=camat,
                  pihak_kedua=None, sasaran=[BarisSasaran("x")])


def test_the_bupatis_pk_document_has_one_signatory() -> None:
    pk = pk_bupati(unit_pemda())
    b = baca(render_pk(pk, "docx"))
    assert b.paragraf.count("PERJANJIAN KINERJA TAHUN 2025") == 2  # agreement page and its lampiran
    assert "PEMERINTAH KABUPATEN MOJOKERTO" in b.paragraf
    assert "Pihak Kedua," not in semua_teks(b) and "BUPATI MOJOKERTO" in semua_teks(b)


def test_a_pemda_without_a_kepala_daerah_in_post_is_refused() -> None:
    with pytest.raises(DataKurang, match="Kepala Daerah"):
        render_lkjip(unit_pemda(), 2025, "docx", tanggal=date(2020, 1, 1))


@pytest.fixture(scope="module")
def pdf(django_db_setup, django_db_blocker) -> PdfReader:  # pytest-django fixtures
    with django_db_blocker.unblock():
        data, _, _ = _render("pdf")
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


def test_the_pdf_carries_the_total_budget(pdf: PdfReader, lkjip: tuple[Bacaan, Mesin]) -> None:
    _, m = lkjip
    teks = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages).replace("\u00a0", " ")
    assert len(pdf.pages) > 15
    assert "PEMERINTAH KABUPATEN MOJOKERTO" in teks
    assert fmt.rupiah(m.pagu).replace("\u00a0", " ") in teks


def test_the_command_writes_the_pemdas_lkjip(tmp_path: Path) -> None:
    unit = unit_pemda()
    out = tmp_path / "lkjip-pemda.docx"
    err = io.StringIO()
    call_command("laporan", "lkjip", "--pd", unit.slug, "--tahun", "2025", "--format", "docx", "--output", str(out),
                 "--tanggal", "2026-01-30", stdout=io.StringIO(), stderr=err)
    assert "Ditulis:" in err.getvalue()
    b = baca(out.read_bytes())
    assert ("Heading 2", "III.4 Akuntabilitas Anggaran") in b.judul
    assert b.tabel_berlabel("Tabel III.4").keterangan.endswith("per Perangkat Daerah")


def test_the_demo_bupatis_pk_is_what_the_lkjip_measures() -> None:
    # The demo signs the Bupati's PK 2025 over the 2025-2029 IKU at their RPJMD targets.
    unit = Unit.objects.get(slug="pemkab-mojokerto")
    b = baca(render_lkjip(unit, 2025, "docx", tanggal=TANGGAL))
    assert "Lampiran 1. Perjanjian Kinerja Tahun 2025" in b.teks
    capaian = b.tabel_berlabel("Tabel III.1 Capaian Perjanjian Kinerja Tahun 2025")
    ipm = next(r for r in capaian.baris[2:] if r[2].startswith("Indeks Pembangunan Manusia"))
    assert ipm[3] == "76,2"  # the RPJMD target 2025 (76,20), as targets print
