"""The LKE worksheet offline: export, fill in, import back (two-phase, errors named by cell)."""

from __future__ import annotations

import io
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import load_workbook

from sakip.evaluasi import services as evaluasi
from sakip.evaluasi.models import Evaluasi, JawabanEvaluasi
from sakip.impor.lke import LEMBAR, baca, ekspor

pytestmark = pytest.mark.django_db


def _ev() -> Evaluasi:
    ev = Evaluasi.objects.select_related("unit", "template").get(unit__slug="kecamatan-mojosari", tahun=2025)
    return evaluasi.buka_kembali(ev, "Koreksi luring")


def _isi(data: bytes, sel: dict[str, str]) -> bytes:
    wb = load_workbook(io.BytesIO(data))
    for ref, v in sel.items():
        wb[LEMBAR][ref] = v
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_a_worksheet_goes_out_and_comes_back(tmp_path: Path) -> None:
    ev = _ev()
    data = ekspor(ev, "ketua")
    ws = load_workbook(io.BytesIO(data))[LEMBAR]
    assert (ws["A7"].value, ws["E7"].value) == ("1.a.1", "AA")
    assert ws.max_row == 6 + 80
    berkas = tmp_path / "lke.xlsx"
    berkas.write_bytes(_isi(data, {"E7": "B", "F7": "=HYPERLINK(\"x\")", "E8": "Z", "A9": "9.z.9"}))
    with berkas.open("rb") as f:
        p = baca(f, ev, "ketua")
    assert p.galat == ["LKE!E8: jawaban 'Z' untuk 1.a.2 tidak ada pada skala (AA, A, BB, B, CC, C, D, E)",
                       "LKE!A9: kriteria '9.z.9' tidak ada pada LKE AKIP PermenPAN-RB 88/2021"]
    with pytest.raises(CommandError, match="2 galat, tidak ada yang disimpan"):
        call_command("impor-lke", str(berkas), "--pd", "kecamatan-mojosari", "--tahun", "2025")
    berkas.write_bytes(_isi(data, {"E7": "B", "F7": "=pedoman lama"}))
    out = StringIO()
    call_command("impor-lke", str(berkas), "--pd", "kecamatan-mojosari", "--tahun", "2025", "--dry-run", stdout=out)
    assert "1.a.1: AA → B" in out.getvalue()
    assert JawabanEvaluasi.objects.get(evaluasi=ev, kriteria__sub__komponen__kode="1", kriteria__sub__kode="a",
                                       kriteria__nomor=1, tahap="ketua").opsi.huruf == "AA"
    call_command("impor-lke", str(berkas), "--pd", "kecamatan-mojosari", "--tahun", "2025", stdout=StringIO())
    j = JawabanEvaluasi.objects.get(evaluasi=ev, kriteria__sub__komponen__kode="1", kriteria__sub__kode="a",
                                    kriteria__nomor=1, tahap="ketua")
    assert (j.opsi.huruf, j.catatan) == ("B", "=pedoman lama")  # text stays text, never a formula
    again = load_workbook(io.BytesIO(ekspor(ev, "ketua")))[LEMBAR]["F7"]
    assert again.data_type == "s" and again.value == "=pedoman lama"


def test_a_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    import zipfile

    berkas = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(berkas, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<x/>")
        zf.writestr("xl/workbook.xml", "<" + "a" * (300 * 1024 * 1024) + "/>")
    with pytest.raises(CommandError):
        call_command("impor-lke", str(berkas), "--pd", "kecamatan-mojosari", "--tahun", "2025")
