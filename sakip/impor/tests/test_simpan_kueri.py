"""Storing an imported workbook costs the same number of queries for 1, 5 or 25 changed cells."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import tambah_sub_kegiatan
from sakip.audit.models import Jejak
from sakip.impor.baca_buku import baca, simpan
from sakip.impor.buku import ekspor
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import PeriodePerencanaan
from sakip.perencanaan.services import tambah_indikator
from sakip.realisasi.models import Realisasi

pytestmark = pytest.mark.django_db

UKURAN = (1, 5, 25)
KOLOM = dict(zip(UKURAN, (1, 2, 3), strict=True))  # each size its own triwulan


def _simpan(unit: Unit, tahun: int, path: Path) -> int:
    p = baca(path, unit, tahun)
    assert p.sah, p.galat
    with CaptureQueriesContext(connection) as ctx:
        simpan(p)
    return len(ctx.captured_queries)


def test_realisasi_import_costs_the_same_for_1_5_and_25_cells(tmp_path: Path) -> None:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    periode = PeriodePerencanaan.objects.get(pemda_id=unit.pemda_id, nama="2025-2029")
    inds = [tambah_indikator(unit, periode, node=None, ref=f"uji-impor-{i}", nama=f"Indikator uji impor {i}",
                             satuan="indeks") for i in range(max(UKURAN))]
    counts = []
    for n in UKURAN:
        path = ekspor([unit], 2026, tmp_path / f"r{n}.xlsx")
        wb = load_workbook(path)
        rows = {row[0].value: row[0].row for row in wb["Realisasi"].iter_rows(min_row=2)}
        for ind in inds[:n]:
            wb["Realisasi"].cell(rows[ind.ref], 3 + KOLOM[n]).value = 40 + n
        wb.save(path)
        counts.append(_simpan(unit, 2026, path))
        stored = Realisasi.objects.filter(indikator__in=inds, tahun=2026, bagian=f"TW{KOLOM[n]}")
        assert sorted(stored.values_list("nilai", flat=True)) == [Decimal(40 + n)] * n
        assert Jejak.objects.filter(indikator_id__in=[i.pk for i in inds], tahun=2026, sumber="impor",
                                    field=f"TW{KOLOM[n]}").count() == n
    # 19, flat: the save's ~12, and (issue #13) the plausibility reads: RPJMD targets, PK targets, the
    # previous values, the Pemda's whole-number units, the entry window (jadwal) and the Kendali settings.
    assert len(set(counts)) == 1 and counts[0] <= 19, counts


def test_budget_import_costs_the_same_for_1_5_and_25_cells(tmp_path: Path) -> None:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    kegiatan = MataAnggaran.objects.get(unit=unit, tahun=2025, kode="7.01.01.2.01")
    lines = [tambah_sub_kegiatan(kegiatan, kode=f"7.01.01.2.01.{9000 + i}", nama=f"Sub kegiatan uji impor {i}",
                              pagu=Decimal("1000000000")) for i in range(max(UKURAN))]
    counts = []
    for n in UKURAN:
        path = ekspor([unit], 2025, tmp_path / f"a{n}.xlsx")
        wb = load_workbook(path)
        rows = {row[0].value: row[0].row for row in wb["Anggaran"].iter_rows(min_row=2)}
        for line in lines[:n]:
            wb["Anggaran"].cell(rows[line.kode], 5 + KOLOM[n]).value = 1000 * n
        wb.save(path)
        counts.append(_simpan(unit, 2025, path))
        stored = RealisasiAnggaran.objects.filter(mata_anggaran__in=lines, triwulan=KOLOM[n])
        assert sorted(stored.values_list("jumlah", flat=True)) == [Decimal(1000 * n)] * n
    # 15, flat: the save's ~11, and (issue #13) the Pemda's whole-number units, the entry window (jadwal)
    # and the Kendali settings (read twice: the pagu permission and the submission gate).
    assert len(set(counts)) == 1 and counts[0] <= 15, counts
