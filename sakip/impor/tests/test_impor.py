"""Excel in and out: preview, all-or-nothing commit, a corpus of broken workbooks, and the round trip."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.audit.models import Jejak
from sakip.impor.baca_buku import BerkasDitolak, baca, simpan
from sakip.impor.buku import ekspor, unit_berkas_pemda
from sakip.organisasi.models import Unit
from sakip.pengukuran.keluaran import as_dict
from sakip.pengukuran.services import DataTidakAda, ukur_pd
from sakip.perencanaan.models import Indikator
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.realisasi.alur import ajukan
from sakip.realisasi.models import Realisasi

# The demo's triwulans are incomplete: the "Ajukan" gate warns here (it is tested in test_kelengkapan).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("kelengkapan_peringatan")]

PD, TAHUN = "kecamatan-mojosari", 2025


@pytest.fixture
def unit() -> Unit:
    return Unit.objects.get(slug=PD)


@pytest.fixture
def templat(tmp_path: Path, unit: Unit) -> Path:
    return ekspor([unit], TAHUN, tmp_path / "mojosari.xlsx")


def ubah(path: Path, fn) -> Path:  # fn edits the (writable) workbook
    wb = load_workbook(path)
    fn(wb)
    wb.save(path)
    return path


def baris_ref(wb, ref: str) -> int:
    for row in wb["Realisasi"].iter_rows(min_row=2):
        if row[0].value == ref:
            return row[0].row
    raise AssertionError(ref)


def diketik(unit: Unit) -> Indikator:
    """An indicator whose realisasi is typed (the IKM is read from the SKM, never typed)."""
    return (Indikator.objects.filter(unit=unit, periode__nama="2025-2029", kode_standar="", turunan__isnull=True)
            .order_by("pk").first())


def snapshot(unit: Unit) -> tuple[list, list, int]:
    return (sorted(Realisasi.objects.filter(indikator__unit=unit).values_list("indikator", "tahun", "bagian", "nilai")),
            sorted(RealisasiAnggaran.objects.filter(mata_anggaran__unit=unit).values_list(
                "mata_anggaran", "triwulan", "jumlah")), Jejak.objects.count())


def test_unchanged_template_previews_no_change(templat: Path, unit: Unit) -> None:
    p = baca(templat, unit, TAHUN)
    assert p.sah and p.perubahan == []


def test_preview_lists_old_to_new_and_commit_audits_as_impor(templat: Path, unit: Unit) -> None:
    ind = diketik(unit)

    def isi(wb):
        ws = wb["Realisasi"]
        r = baris_ref(wb, ind.ref)
        ws.cell(r, 4).value = 93.15  # a numeric cell is a number: the dot is the decimal point
        ws.cell(r, 5).value = "94,5"  # a text cell is read the Indonesian way
    p = baca(ubah(templat, isi), unit, TAHUN)
    assert p.sah, p.galat
    assert [(u.field, u.baru) for u in p.perubahan] == [("TW1", Decimal("93.15")), ("TW2", Decimal("94.5"))]
    assert Realisasi.objects.filter(indikator=ind, tahun=TAHUN, bagian="TW1").count() == 0  # preview stores nothing
    simpan(p, User.objects.get(username="operator.mojosari"))
    assert Realisasi.objects.get(indikator=ind, tahun=TAHUN, bagian="TW2").nilai == Decimal("94.5")
    j = Jejak.objects.filter(indikator_id=ind.pk, tahun=TAHUN).latest("pk")
    assert (j.sumber, j.nama_pengguna) == ("impor", "operator.mojosari")


def _galat(path: Path, unit: Unit) -> str:
    before = snapshot(unit)
    with pytest.raises(CommandError) as err:
        call_command("impor-xlsx", str(path), "--pd", PD, "--tahun", str(TAHUN), stderr=io.StringIO(),
                     stdout=io.StringIO())
    assert snapshot(unit) == before  # nothing of the file is stored
    return str(err.value)


def _galat_pratinjau(path: Path, unit: Unit) -> str:
    p = baca(path, unit, TAHUN)
    assert not p.sah
    with pytest.raises(ValidationError):
        simpan(p)
    return " | ".join(str(g) for g in p.galat)


def test_text_in_number_cell_and_dot_text_are_refused_per_cell(templat: Path, unit: Unit) -> None:
    ind = diketik(unit)

    def rusak(wb):
        r = baris_ref(wb, ind.ref)
        wb["Realisasi"].cell(r, 4).value = 90  # a good value in the same file is not stored either
        wb["Realisasi"].cell(r, 5).value = "sembilan puluh"
        wb["Realisasi"].cell(r, 6).value = "93.15"
    path = ubah(templat, rusak)
    msg = _galat_pratinjau(path, unit)
    r = baris_ref(load_workbook(path), ind.ref)
    assert f"lembar Realisasi, baris {r}, kolom E: 'sembilan puluh' bukan angka" in msg
    assert f"baris {r}, kolom F: '93.15' memakai titik sebagai pemisah desimal" in msg
    _galat(path, unit)


def test_formula_duplicate_unknown_code_extra_column_and_merged_cells(templat: Path, unit: Unit) -> None:
    def rusak(wb):
        ws = wb["Realisasi"]
        ws.cell(2, 4).value = "=1+1"
        ws.append([ws.cell(2, 1).value, "duplikat", "", 1])
        ws.append(["ref-tidak-ada", "x", "", 1])
        ag = wb["Anggaran"]
        ag.append(["9.99.99.2.99.9999", "Tidak ada", "Sub Kegiatan", None, 1, 1])
        wb["Cascade"].cell(1, 8).value = "Catatan"
        wb["Info"].merge_cells("B4:C4")
    msg = _galat_pratinjau(ubah(templat, rusak), unit)
    assert "sel berisi rumus" in msg
    assert "muncul dua kali" in msg
    assert "Ref 'ref-tidak-ada' tidak ada" in msg
    assert "kode '9.99.99.2.99.9999' tidak ada pada DPA" in msg
    assert "lembar Cascade, baris 1, kolom H: kolom tambahan 'Catatan'" in msg
    assert "lembar Info: 1 sel gabungan" in msg


def test_missing_sheet_and_wrong_pd_are_refused(templat: Path, unit: Unit) -> None:
    def hapus(wb):
        del wb["Anggaran"]
    assert "Lembar Anggaran tidak ada" in _galat(ubah(templat, hapus), unit)
    other = Unit.objects.get(slug="bagian-organisasi")
    with pytest.raises(BerkasDitolak, match="bukan bagian-organisasi"):
        baca(ekspor([unit], TAHUN, templat), other, TAHUN)


def test_ten_thousand_rows_are_refused(templat: Path, unit: Unit) -> None:
    def banyak(wb):
        ws = wb["Realisasi"]
        for n in range(10_000):
            ws.append([f"ref-{n}", "x", "", n])
    assert "lebih dari 5000 baris" in _galat_pratinjau(ubah(templat, banyak), unit)


def test_non_xlsx_renamed_is_refused(tmp_path: Path, unit: Unit) -> None:
    path = tmp_path / "laporan.xlsx"
    path.write_bytes(b"%PDF-1.4 ini bukan excel")
    assert "bukan XLSX" in _galat(path, unit)
    plain = tmp_path / "arsip.xlsx"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("readme.txt", "halo")
    assert "bagian [Content_Types].xml tidak ada" in _galat(plain, unit)


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path, templat: Path, unit: Unit) -> None:
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(templat) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        # 60 MB of one repeated byte compresses to ~60 KB: a small file whose XML would expand hugely.
        dst.writestr("xl/worksheets/sheet9.xml", b"<a>" + b" " * (60 * 1024 * 1024) + b"</a>")
    assert bomb.stat().st_size < 1024 * 1024
    assert "terlalu besar setelah diurai" in _galat(bomb, unit)
    ratio = tmp_path / "rasio.xlsx"
    with zipfile.ZipFile(templat) as src, zipfile.ZipFile(ratio, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/worksheets/sheet9.xml", b" " * (5 * 1024 * 1024))
    assert "zip bomb" in _galat(ratio, unit)


def test_locked_triwulan_rolls_back_the_whole_file(templat: Path, unit: Unit) -> None:
    ind = diketik(unit)
    line = MataAnggaran.objects.filter(unit=unit, tahun=TAHUN, tingkat="sub_kegiatan").first()

    def isi(wb):
        wb["Realisasi"].cell(baris_ref(wb, ind.ref), 4).value = 50  # TW1, open
        for row in wb["Anggaran"].iter_rows(min_row=2):
            if row[0].value == line.kode and row[2].value == "Sub Kegiatan":
                row[8].value = 123  # TW4, about to be submitted
    path = ubah(templat, isi)
    ajukan(User.objects.get(username="operator.mojosari"), unit, TAHUN, 4)
    msg = _galat(path, unit)
    assert "Triwulan IV" in msg and "Tidak ada yang disimpan" in msg


def test_dry_run_stores_nothing(templat: Path, unit: Unit) -> None:
    ind = diketik(unit)
    path = ubah(templat, lambda wb: setattr(wb["Realisasi"].cell(baris_ref(wb, ind.ref), 4), "value", 77))
    before = snapshot(unit)
    out = io.StringIO()
    call_command("impor-xlsx", str(path), "--pd", PD, "--tahun", str(TAHUN), "--dry-run", stdout=out)
    assert "→ 77" in out.getvalue() and "uji coba" in out.getvalue()
    assert snapshot(unit) == before


def test_round_trip_every_pd_measures_identically(tmp_path: Path) -> None:
    """Export each PD-year, clear its realisasi and budget realisasi, import: ukur_pd() is unchanged."""
    units = list(Unit.objects.filter(induk__isnull=True))
    path = tmp_path / "pemda.xlsx"
    call_command("ekspor-xlsx", "--semua", "--tahun", str(TAHUN), "--output", str(path), stdout=io.StringIO())
    # Four sheets per unit, four more (the rencana aksi) for each unit with a PK that year.
    dengan_pk = {u.pk for u in unit_berkas_pemda(TAHUN) if PerjanjianKinerja.objects.filter(unit=u, tahun=TAHUN)}
    assert len(load_workbook(path, read_only=True).sheetnames) == 4 * len(unit_berkas_pemda(TAHUN)) + 4 * len(dengan_pk)
    diukur = 0
    for unit in units:
        try:
            sebelum = as_dict(unit.slug, TAHUN, ukur_pd(unit, TAHUN))
        except DataTidakAda:
            continue
        satu = ekspor([unit], TAHUN, tmp_path / f"{unit.slug}.xlsx")
        # Clearing the data directly is the test's set-up, not an application write path.
        Realisasi.objects.filter(indikator__unit=unit, tahun=TAHUN).delete()
        RealisasiAnggaran.objects.filter(mata_anggaran__unit=unit, mata_anggaran__tahun=TAHUN).delete()
        call_command("impor-xlsx", str(satu), "--pd", unit.slug, "--tahun", str(TAHUN), stdout=io.StringIO())
        assert as_dict(unit.slug, TAHUN, ukur_pd(unit, TAHUN)) == sebelum, unit.slug
        diukur += 1
    assert diukur >= 2
