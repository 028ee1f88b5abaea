"""Pagu through the Anggaran sheet: a changed pagu is a previewed change stored through ubah_pagu,
a new sub kegiatan row under an existing kegiatan is added, and every mistake is named by its cell."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from openpyxl import Workbook, load_workbook

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import catat_realisasi_anggaran
from sakip.audit.models import Jejak
from sakip.impor.baca_buku import baca, simpan
from sakip.impor.buku import KOLOM, ekspor
from sakip.organisasi.models import Unit
from sakip.pengukuran.services import budget_lines

pytestmark = pytest.mark.django_db

PD, TAHUN = "kecamatan-mojosari", 2025
SUB = "Sub Kegiatan"


@pytest.fixture
def unit() -> Unit:
    return Unit.objects.get(slug=PD)


def buku(path: Path, unit: Unit, anggaran: list[list[object]]) -> Path:
    """A workbook written from scratch, as another tool would: the four sheets, only the given DPA rows."""
    wb = Workbook()
    wb.remove(wb.active)
    info = wb.create_sheet("Info")
    for row in (["PD", unit.slug], ["Nama", unit.nama], ["Tahun", TAHUN]):
        info.append(row)
    for nama in ("Cascade", "Realisasi", "Anggaran"):
        wb.create_sheet(nama).append(KOLOM[nama])
    for row in anggaran:
        wb["Anggaran"].append(row)
    wb.save(path)
    return path


def baris(line: MataAnggaran, pagu: object, *tw: object) -> list[object]:
    """The row of an existing line; without triwulan values it keeps the stored ones (a blank cell clears)."""
    isi = list(tw) if tw else realisasi(line)
    return [line.kode, line.nama, SUB, line.pelaksana.slug if line.pelaksana_id else None, pagu, *isi]


def line(unit: Unit, kode: str, pelaksana: str | None = None) -> MataAnggaran:
    return MataAnggaran.objects.get(unit=unit, tahun=TAHUN, kode=kode, pelaksana__slug=pelaksana)


def realisasi(m: MataAnggaran) -> list[object]:
    found = dict(RealisasiAnggaran.objects.filter(mata_anggaran=m).values_list("triwulan", "jumlah"))
    return [found.get(tw) for tw in (1, 2, 3, 4)]


def keadaan(unit: Unit) -> tuple[list, list, int]:
    return (sorted(MataAnggaran.objects.filter(unit=unit, tahun=TAHUN).values_list("pk", "kode", "pagu")),
            sorted(RealisasiAnggaran.objects.filter(mata_anggaran__unit=unit).values_list(
                "mata_anggaran", "triwulan", "jumlah")), Jejak.objects.count())


def test_changed_pagu_in_the_template_is_previewed_then_stored_through_set_pagu(tmp_path: Path, unit: Unit) -> None:
    m = line(unit, "7.01.01.2.06.0005")  # pagu 60.000.000, realisasi 37.142.000
    path = ekspor([unit], TAHUN, tmp_path / "m.xlsx")
    wb = load_workbook(path)
    row = next(r for r in wb["Anggaran"].iter_rows(min_row=2) if r[0].value == m.kode)
    row[4].value = "55.000.000"  # a text cell is read the Indonesian way
    wb.save(path)
    p = baca(path, unit, TAHUN)
    assert p.sah, p.galat
    assert [(u.lembar, u.baris, u.field, u.lama, u.baru) for u in p.perubahan] == [
        ("Anggaran", row[0].row, "Pagu", Decimal("60000000.00"), Decimal("55000000"))]
    m.refresh_from_db()
    assert m.pagu == Decimal("60000000")  # the preview stores nothing
    simpan(p, User.objects.get(username="operator.mojosari"))
    m.refresh_from_db()
    assert m.pagu == Decimal("55000000")
    j = Jejak.objects.filter(model="anggaran.mataanggaran", objek_id=str(m.pk)).latest("pk")
    assert (j.field, j.lama, j.baru, j.sumber, j.nama_pengguna) == (
        "pagu", "60000000", "55000000", "impor", "operator.mojosari")
    assert baca(ekspor([unit], TAHUN, tmp_path / "lagi.xlsx"), unit, TAHUN).perubahan == []


def test_pagu_and_realisasi_lowered_together_are_checked_against_the_new_realisasi(tmp_path: Path,
                                                                                  unit: Unit) -> None:
    m = line(unit, "7.01.01.2.01.0001")  # pagu 10.000.000, realisasi 9.777.300
    tw = realisasi(m)
    lebih_kecil = [None if v is None else Decimal(0) for v in tw]
    p = baca(buku(tmp_path / "b.xlsx", unit, [baris(m, 1_000_000, *lebih_kecil)]), unit, TAHUN)
    assert p.sah, p.galat
    simpan(p)
    m.refresh_from_db()
    assert m.pagu == Decimal("1000000") and sum(v for v in realisasi(m) if v is not None) == 0


def test_new_sub_kegiatan_row_is_added_under_its_kegiatan(tmp_path: Path, unit: Unit) -> None:
    keg = line(unit, "7.01.01.2.06")
    sebelum = budget_lines(unit, TAHUN)
    rows = [["7.01.01.2.06.0012", "Penyediaan Barang Uji", SUB, None, 2_500_000, 1_000_000, None, "250.000"],
            ["7.01.03.2.02.4", "Sub kegiatan kelurahan uji", SUB, "kelurahan-kauman", "1.000.000", None]]
    p = baca(buku(tmp_path / "baru.xlsx", unit, rows), unit, TAHUN)
    assert p.sah, p.galat
    assert [(u.baris, u.objek, u.field, u.lama, u.baru) for u in p.perubahan] == [
        (2, "7.01.01.2.06.0012 Penyediaan Barang Uji (sub kegiatan baru)", "Pagu", None, Decimal(2_500_000)),
        (2, "7.01.01.2.06.0012 Penyediaan Barang Uji (sub kegiatan baru)", "TW1", None, Decimal(1_000_000)),
        (2, "7.01.01.2.06.0012 Penyediaan Barang Uji (sub kegiatan baru)", "TW3", None, Decimal(250_000)),
        (3, "7.01.03.2.02.0004 Sub kegiatan kelurahan uji (sub kegiatan baru, kelurahan-kauman)", "Pagu", None,
         Decimal(1_000_000)),
    ]
    assert not MataAnggaran.objects.filter(unit=unit, kode="7.01.01.2.06.0012").exists()
    simpan(p, User.objects.get(username="operator.mojosari"))
    baru = line(unit, "7.01.01.2.06.0012")
    assert (baru.induk_id, baru.pagu, realisasi(baru)) == (keg.pk, Decimal(2_500_000),
                                                           [Decimal(1_000_000), None, Decimal(250_000), None])
    assert line(unit, "7.01.03.2.02.0004", "kelurahan-kauman").pagu == Decimal(1_000_000)
    # It sits last under its kegiatan, and the totals grow by exactly its pagu.
    setelah = budget_lines(unit, TAHUN)
    (k,) = [k for k in setelah[0].anak if k.kode == keg.kode]
    assert k.anak[-1].kode == "7.01.01.2.06.0012"
    assert sum(r.total_pagu for r in setelah) - sum(r.total_pagu for r in sebelum) == Decimal(3_500_000)
    trail = Jejak.objects.filter(unit=unit, tahun=TAHUN, sumber="impor").order_by("pk")
    assert [(j.model, j.field, j.baru) for j in trail if j.objek_id.split("/")[0] == str(baru.pk)] == [
        ("anggaran.mataanggaran", "pagu", "2500000"), ("anggaran.realisasianggaran", "TW1", "1000000"),
        ("anggaran.realisasianggaran", "TW3", "250000")]
    # The next export carries it, and importing that export changes nothing.
    assert baca(ekspor([unit], TAHUN, tmp_path / "lagi.xlsx"), unit, TAHUN).perubahan == []


def test_every_mistake_is_named_by_sheet_row_and_column_and_nothing_is_stored(tmp_path: Path, unit: Unit) -> None:
    atk = line(unit, "7.01.01.2.06.0005")  # realisasi 37.142.000
    rows = [
        baris(atk, 30_000_000),                                                        # 2: below realisasi
        ["9.99.99.2.99.0001", "Tanpa kegiatan", SUB, None, 1, None],                   # 3
        ["7.01.01.2.99", "Kegiatan baru", "Kegiatan", None, None, None],               # 4
        ["7.01.01.2.06.0013", None, SUB, None, 1000, None],                            # 5: no uraian
        ["7.01.01.2.06.0014", "Tanpa pagu", SUB, None, None, None],                    # 6
        ["7.01.01.2.06.0015", "Pagu teks", SUB, None, "satu juta", None],              # 7
        ["7.01.01.2.06.0016", "Lebih", SUB, None, 100, 101],                           # 8: realisasi above pagu
        ["7.01.03.2.02.0005", "Salah pelaksana", SUB, "kelurahan-atlantis", 5, None],  # 9
        baris(line(unit, "7.01.01.2.06.0006"), -5),                                    # 10
        ["7.01.01.2.06.0017", "Baris sama", SUB, None, 5, None],                       # 11
        ["7.01.01.2.06.17", "Baris sama", SUB, None, 5, None],                         # 12: same code, widened
        baris(line(unit, "7.01.01.2.06.0007"), "1.000.000,005"),                       # 13: fraction of a sen
    ]
    before = keadaan(unit)
    p = baca(buku(tmp_path / "salah.xlsx", unit, rows), unit, TAHUN)
    pesan = [str(g) for g in p.galat]
    harap = [
        "lembar Anggaran, baris 2, kolom E: pagu baru Rp\u00a030.000.000,00 lebih kecil daripada realisasi TW1–TW4 "
        "(Rp\u00a037.142.000,00)",
        "lembar Anggaran, baris 3, kolom A: kode '9.99.99.2.99.0001' tidak ada pada DPA Kecamatan Mojosari 2025 dan "
        "kegiatan 9.99.99.2.99 juga tidak ada",
        "lembar Anggaran, baris 4, kolom A: kode '7.01.01.2.99' tidak ada pada DPA Kecamatan Mojosari 2025; baris baru "
        "hanya dapat berupa sub kegiatan",
        "lembar Anggaran, baris 5, kolom B: uraian sub kegiatan baru 7.01.01.2.06.0013 wajib diisi.",
        "lembar Anggaran, baris 6, kolom E: Sub kegiatan harus mempunyai pagu.",
        "lembar Anggaran, baris 7, kolom E: 'satu juta' bukan angka",
        "lembar Anggaran, baris 8, kolom E: pagu Rp\u00a0100,00 lebih kecil daripada realisasi TW1–TW4 (Rp\u00a0101,00)",
        "lembar Anggaran, baris 9, kolom D: pelaksana 'kelurahan-atlantis' bukan sub unit Kecamatan Mojosari",
        "lembar Anggaran, baris 10, kolom E: Pagu: jumlah rupiah tidak boleh negatif",
        "lembar Anggaran, baris 12, kolom A: sub kegiatan 7.01.01.2.06.0017 muncul dua kali.",
        "lembar Anggaran, baris 13, kolom E: Pagu: paling banyak 2 angka di belakang koma",
    ]
    assert len(pesan) == len(harap), pesan
    for got, want in zip(pesan, harap, strict=True):
        assert got.startswith(want), (got, want)
    with pytest.raises(ValidationError):
        simpan(p)
    assert keadaan(unit) == before


def test_a_refused_pagu_at_commit_rolls_back_the_whole_file(tmp_path: Path, unit: Unit) -> None:
    """Realisasi recorded between preview and commit: ubah_pagu refuses, and the file's other rows go too."""
    atk = line(unit, "7.01.01.2.06.0005")
    bacaan = line(unit, "7.01.01.2.06.0006")
    p = baca(buku(tmp_path / "b.xlsx", unit, [baris(bacaan, 6_000_000, 1, 2, 3, 4), baris(atk, 40_000_000)]),
             unit, TAHUN)
    assert p.sah, p.galat
    catat_realisasi_anggaran(atk, {1: Decimal(50_000_000), 2: None, 3: None, 4: None})  # now above 40.000.000
    before = keadaan(unit)
    with pytest.raises(ValidationError, match="lebih kecil daripada realisasi"):
        simpan(p)
    assert keadaan(unit) == before
