"""The rencana aksi in the PD workbook: Rencana Aksi, Aksi, Faktor Triwulan and Anggaran Kas sheets (issue #13)."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.utils.html import escape
from openpyxl import load_workbook

from sakip.anggaran.models import MataAnggaran
from sakip.audit.models import Jejak
from sakip.impor.baca_buku import baca, baca_semua, simpan, simpan_semua
from sakip.impor.buku import ekspor
from sakip.organisasi.models import Unit
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.perjanjian.services import buat_pk_perubahan, tandatangani_pk
from sakip.realisasi.alur import ajukan
from sakip.rencana_aksi.models import (
    Aksi,
    FaktorTriwulan,
    RencanaAksi,
    RencanaSubKegiatan,
    TargetTriwulan,
)
from sakip.rencana_aksi.services import IsianRencana, simpan_faktor_triwulan, simpan_rencana_aksi

# The demo's triwulans are incomplete: the "Ajukan" gate warns here (it is tested in test_kelengkapan).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("kelengkapan_peringatan")]

PD, TAHUN = "kecamatan-mojosari", 2025
D = Decimal
KODE = "7.01.01.2.01.0001"  # Penyusunan Dokumen Perencanaan, pagu 10.000.000, kas 2/2,5/2,5/3 juta


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


def baris(ws, nilai: str, kolom: int = 0) -> int:
    """The row whose cell in ``kolom`` holds ``nilai`` (the first one)."""
    for row in ws.iter_rows(min_row=2):
        if row[kolom].value == nilai:
            return row[0].row
    raise AssertionError(nilai)


def keadaan(unit: Unit) -> tuple[list, ...]:
    """Everything the rencana aksi sheets can write, and the size of the trail."""
    return (sorted(TargetTriwulan.objects.filter(rencana__indikator_pk__indikator__unit=unit)
                   .values_list("rencana__indikator_pk", "triwulan", "nilai", "teks")),
            sorted(RencanaAksi.objects.filter(indikator_pk__indikator__unit=unit).values_list("pk", "kumulatif")),
            sorted(Aksi.objects.filter(rencana__indikator_pk__indikator__unit=unit)
                   .values_list("rencana", "urutan", "uraian", "penanggung_jawab")),
            sorted(RencanaSubKegiatan.objects.filter(mata_anggaran__unit=unit)
                   .values_list("perjanjian", "mata_anggaran", "triwulan", "target_k", "anggaran_kas")),
            sorted(FaktorTriwulan.objects.filter(indikator__unit=unit)
                   .values_list("indikator", "tahun", "triwulan", "pendorong", "penghambat", "solusi")),
            [Jejak.objects.count()])


def pk_berlaku() -> PerjanjianKinerja:
    return PerjanjianKinerja.objects.get(unit__slug=PD, tahun=TAHUN, nomor_perubahan=1)


def kas(line: MataAnggaran, pk: PerjanjianKinerja | None = None) -> list[Decimal]:
    return list(RencanaSubKegiatan.objects.filter(perjanjian=pk or pk_berlaku(), mata_anggaran=line)
                .order_by("triwulan").values_list("anggaran_kas", flat=True))


def _gagal_cli(path: Path, unit: Unit) -> str:
    """The command refuses the file, names the cells on stderr, and stores nothing."""
    before = keadaan(unit)
    err = io.StringIO()
    with pytest.raises(CommandError) as exc:
        call_command("impor-xlsx", str(path), "--pd", PD, "--tahun", str(TAHUN), stderr=err, stdout=io.StringIO())
    assert keadaan(unit) == before
    return f"{err.getvalue()} {exc.value}"


def test_the_workbook_carries_the_rencana_aksi_of_the_pk_in_force_as_numbers(templat: Path) -> None:
    wb = load_workbook(templat)
    assert wb.sheetnames[-4:] == ["Rencana Aksi", "Aksi", "Faktor Triwulan", "Anggaran Kas"]
    assert wb["Info"]["A5"].value == "Nomor perubahan PK" and wb["Info"]["B5"].value == 1
    ra = wb["Rencana Aksi"]
    r = baris(ra, "layanan-standar-2529")
    assert [c.value for c in ra[r]][4:] == [100, "Ya", 25, 50, 75, 100]
    assert ra.cell(r, 7).number_format == "#,##0.####" and ra.cell(r, 7).data_type == "n"
    sakip = baris(ra, "sakip-2529")  # Nilai SAKIP: measured once, in TW III
    assert [c.value for c in ra[sakip]][6:] == [None, None, 83, None]
    aksi = wb["Aksi"]
    assert [(c[2].value, c[3].value) for c in aksi.iter_rows(min_row=2) if c[0].value == "ikm-2529"] == [
        ("Survei Kepuasan Masyarakat semester I", "Kasi Pelayanan Umum"),
        ("Survei Kepuasan Masyarakat semester II dan tindak lanjut unsur terendah", "Kasi Pelayanan Umum")]
    faktor = wb["Faktor Triwulan"]
    assert [c[2].value for c in faktor.iter_rows(min_row=2) if c[0].value == "ikm-2529"] == ["TW1", "TW2", "TW3", "TW4"]
    ks = wb["Anggaran Kas"]
    n = baris(ks, KODE)
    assert [c.value for c in ks[n]][3:] == [10_000_000, None, None, None, None, 2_000_000, 2_500_000, 2_500_000,
                                            3_000_000, f"=SUM(I{n}:L{n})", f"=D{n}-M{n}"]
    assert {ks.cell(n, k).number_format for k in (4, 9, 12, 13, 14)} == {"#,##0.00"}
    # Only sub kegiatan with a pagu: the kas of a line is planned against its pagu.
    subs = MataAnggaran.objects.filter(unit__slug=PD, tahun=TAHUN, tingkat="sub_kegiatan", pagu__isnull=False)
    assert ks.max_row - 1 == subs.count()


def test_the_exported_workbook_imports_back_with_no_change(templat: Path, unit: Unit) -> None:
    p = baca(templat, unit, TAHUN)
    assert p.sah, p.galat
    assert p.perubahan == []
    before = keadaan(unit)
    assert simpan(p) == 0
    assert keadaan(unit) == before


def test_a_changed_target_and_kas_are_exactly_the_changes_and_audited(templat: Path, unit: Unit) -> None:
    def isi(wb):
        ra = wb["Rencana Aksi"]
        ra.cell(baris(ra, "koordinasi-2529"), 9).value = 80  # Target TW3: 75 → 80
        ks = wb["Anggaran Kas"]
        n = baris(ks, KODE)
        ks.cell(n, 9).value = 1_500_000  # Kas TW1 2.000.000 → 1.500.000
        ks.cell(n, 10).value = "3.000.000"  # Kas TW2 2.500.000 → 3.000.000, typed the Indonesian way
    p = baca(ubah(templat, isi), unit, TAHUN)
    assert p.sah, p.galat
    koordinasi = "Persentase hasil koordinasi yang ditindaklanjuti"
    sub = f"{KODE} Penyusunan Dokumen Perencanaan Perangkat Daerah"
    assert [(u.lembar, u.objek, u.field, u.lama, u.baru) for u in p.perubahan] == [
        ("Rencana Aksi", koordinasi, "Target TW3", D(75), D(80)),
        ("Anggaran Kas", sub, "Kas TW1", D(2_000_000), D(1_500_000)),
        ("Anggaran Kas", sub, "Kas TW2", D(2_500_000), D(3_000_000)),
    ]
    awal = Jejak.objects.order_by("-pk").values_list("pk", flat=True).first()
    assert simpan(p, User.objects.get(username="operator.mojosari")) == 3
    row = IndikatorPK.objects.get(sasaran__perjanjian=pk_berlaku(), indikator__ref="koordinasi-2529")
    assert TargetTriwulan.objects.get(rencana__indikator_pk=row, triwulan=3).nilai == D(80)
    line = MataAnggaran.objects.get(unit=unit, tahun=TAHUN, kode=KODE)
    assert kas(line) == [D(1_500_000), D(3_000_000), D(2_500_000), D(3_000_000)]
    jejak = Jejak.objects.filter(pk__gt=awal)
    assert sorted((j.field, j.lama, j.baru, j.sumber, j.nama_pengguna) for j in jejak) == [
        ("anggaran_kas_tw1", "2000000", "1500000", "impor", "operator.mojosari"),
        ("anggaran_kas_tw2", "2500000", "3000000", "impor", "operator.mojosari"),
        ("target_tw3", "75", "80", "impor", "operator.mojosari"),
    ]
    # A fresh export of what was stored is again no change.
    assert baca(ekspor([unit], TAHUN, templat), unit, TAHUN).perubahan == []


def test_a_kas_that_does_not_add_up_to_the_pagu_names_the_cell_and_stores_nothing(templat: Path,
                                                                                  unit: Unit) -> None:
    n = 0

    def isi(wb):
        nonlocal n
        ra = wb["Rencana Aksi"]
        ra.cell(baris(ra, "koordinasi-2529"), 9).value = 80  # a good change in the same file is not stored either
        ks = wb["Anggaran Kas"]
        n = baris(ks, KODE)
        ks.cell(n, 12).value = 2_000_000  # Kas TW4 3.000.000 → 2.000.000: the kas is 1.000.000 short
    path = ubah(templat, isi)
    p = baca(path, unit, TAHUN)
    assert [g.sel for g in p.galat] == [f"'Anggaran Kas'!M{n}"]
    assert p.galat[0].pesan == (
        f"Anggaran kas {KODE} Penyusunan Dokumen Perencanaan Perangkat Daerah berjumlah Rp\xa09.000.000,00, "
        "harus sama dengan pagu Rp\xa010.000.000,00 (selisih Rp\xa01.000.000,00).")
    assert f"lembar Anggaran Kas, baris {n}, kolom M: Anggaran kas" in _gagal_cli(path, unit)


def test_the_kas_is_checked_against_the_pagu_the_same_file_sets(templat: Path, unit: Unit) -> None:
    line = MataAnggaran.objects.get(unit=unit, tahun=TAHUN, kode=KODE)

    def isi(wb):
        ag = wb["Anggaran"]
        ag.cell(baris(ag, KODE), 5).value = 12_000_000  # pagu 10 → 12 juta
        ks = wb["Anggaran Kas"]
        ks.cell(baris(ks, KODE), 12).value = 5_000_000  # the extra 2 juta in TW IV
    p = baca(ubah(templat, isi), unit, TAHUN)
    assert p.sah, p.galat
    simpan(p)
    line.refresh_from_db()
    assert line.pagu == D(12_000_000)
    assert kas(line) == [D(2_000_000), D(2_500_000), D(2_500_000), D(5_000_000)]


def test_hostile_cells_are_refused_each_with_its_cell(templat: Path, unit: Unit) -> None:
    rows: dict[str, int] = {}
    lain = IndikatorPK.objects.filter(indikator__unit__slug="bagian-organisasi").values_list(
        "indikator__ref", flat=True).first()

    def rusak(wb):
        ra = wb["Rencana Aksi"]
        rows["ra"] = r = baris(ra, "layanan-standar-2529")
        ra.cell(r, 7).value = "=1+1"  # a formula
        ra.cell(r, 8).value = "3,5 persen"  # starts like a number: not a qualitative target
        ra.cell(r, 9).value = 1e300  # huge
        ra.cell(r, 6).value = "mungkin"
        ra.append([lain, None, "Indikator PD lain", None, None, None, 1])  # another PD's indicator
        rows["lain"] = ra.max_row
        ks = wb["Anggaran Kas"]
        rows["ks"] = n = baris(ks, KODE)
        ks.cell(n, 9).value = "dua juta"  # text in a number cell
        ks.cell(n, 10).value = 10**20  # beyond any APBD
        ks.cell(n, 5).value = True
        fk = wb["Faktor Triwulan"]
        rows["fk"] = f = baris(fk, "ikm-2529")
        fk.cell(f, 3).value = "TW5"
        fk.cell(f + 2, 3).value = "TW2"  # twice TW2 for the IKM
        fk.cell(f + 3, 4).value = '=HYPERLINK("http://contoh.invalid","klik")'  # a live formula in a text cell
        ak = wb["Aksi"]
        ak.append(["ikm-2529", None, None, "Kasi tanpa aksi"])
        rows["ak"] = ak.max_row
    path = ubah(templat, rusak)
    p = baca(path, unit, TAHUN)
    sel = {g.sel: g.pesan for g in p.galat}
    r, n, f = rows["ra"], rows["ks"], rows["fk"]
    assert "sel berisi rumus" in sel[f"'Rencana Aksi'!G{r}"]
    assert "'3,5 persen' bukan angka" in sel[f"'Rencana Aksi'!H{r}"]
    assert "persentase" in sel[f"'Rencana Aksi'!I{r}"]
    assert "isi Ya atau Tidak" in sel[f"'Rencana Aksi'!F{r}"]
    assert sel[f"'Rencana Aksi'!A{rows['lain']}"] == (f"indikator dengan Ref '{lain}' bukan indikator "
                                                     "Perjanjian Kinerja Perubahan 2025 Kecamatan Mojosari.")
    assert "'dua juta' bukan angka" in sel[f"'Anggaran Kas'!I{n}"]
    assert "jumlah rupiah" in sel[f"'Anggaran Kas'!J{n}"]
    assert "tanggal/logika" in sel[f"'Anggaran Kas'!E{n}"]
    assert "isi TW1, TW2, TW3 atau TW4" in sel[f"'Faktor Triwulan'!C{f}"]
    assert "muncul dua kali" in sel[f"'Faktor Triwulan'!C{f + 2}"]
    assert "sel berisi rumus" in sel[f"'Faktor Triwulan'!D{f + 3}"]
    assert "uraian aksi wajib diisi" in sel[f"Aksi!C{rows['ak']}"]
    assert "Galat" in _gagal_cli(path, unit)


def test_text_targets_aksi_and_faktor_go_through_the_services(templat: Path, unit: Unit) -> None:
    def isi(wb):
        ra = wb["Rencana Aksi"]
        ra.cell(baris(ra, "sakip-2529"), 8).value = "Draf LKjIP direviu Inspektorat"  # qualitative, TW II
        ak = wb["Aksi"]
        n = baris(ak, "koordinasi-2529")
        ak.cell(n, 3).value = "Rapat koordinasi bulanan dengan pemerintah desa"
        ak.delete_rows(n + 1)  # the second action of the indicator goes
        fk = wb["Faktor Triwulan"]
        f = baris(fk, "koordinasi-2529")
        fk.cell(f, 4).value = "Kepala desa hadir lengkap"
        fk.cell(f, 5).value = "Jadwal musrenbang bergeser"
    p = baca(ubah(templat, isi), unit, TAHUN)
    assert p.sah, p.galat
    assert [(u.lembar, u.field, u.baru) for u in p.perubahan] == [
        ("Rencana Aksi", "Target TW2", "Draf LKjIP direviu Inspektorat"),
        ("Aksi", "Aksi", "Rapat koordinasi bulanan dengan pemerintah desa (Kasi Pemerintahan)"),
        ("Faktor Triwulan", "Pendorong TW1", "Kepala desa hadir lengkap"),
        ("Faktor Triwulan", "Penghambat TW1", "Jadwal musrenbang bergeser"),
    ]
    simpan(p)
    pk = pk_berlaku()
    sakip = RencanaAksi.objects.get(indikator_pk__sasaran__perjanjian=pk, indikator_pk__indikator__ref="sakip-2529")
    assert sakip.target.get(triwulan=2).teks == "Draf LKjIP direviu Inspektorat"
    koor = RencanaAksi.objects.get(indikator_pk__sasaran__perjanjian=pk,
                                   indikator_pk__indikator__ref="koordinasi-2529")
    assert list(koor.aksi.values_list("uraian", "penanggung_jawab")) == [
        ("Rapat koordinasi bulanan dengan pemerintah desa", "Kasi Pemerintahan")]
    f = FaktorTriwulan.objects.get(indikator=koor.indikator_pk.indikator, tahun=TAHUN, triwulan=1)
    assert (f.pendorong, f.penghambat, f.solusi) == ("Kepala desa hadir lengkap", "Jadwal musrenbang bergeser", "")
    assert set(Jejak.objects.filter(sumber="impor").values_list("model", flat=True)) == {
        "rencana_aksi.targettriwulan", "rencana_aksi.aksi", "rencana_aksi.faktortriwulan"}
    assert baca(ekspor([unit], TAHUN, templat), unit, TAHUN).perubahan == []


def test_a_submitted_triwulan_refuses_its_faktor_like_the_service(templat: Path, unit: Unit) -> None:
    f = 0

    def isi(wb):
        nonlocal f
        fk = wb["Faktor Triwulan"]
        f = baris(fk, "koordinasi-2529") + 3  # TW4
        fk.cell(f, 6).value = "Rapat koordinasi dijadwalkan lebih awal"
    path = ubah(templat, isi)
    ajukan(User.objects.get(username="operator.mojosari"), unit, TAHUN, 4)
    p = baca(path, unit, TAHUN)
    assert [g.sel for g in p.galat] == [f"'Faktor Triwulan'!C{f}"]
    assert "Triwulan IV" in p.galat[0].pesan and "perubahan ditolak" in p.galat[0].pesan
    _gagal_cli(path, unit)


def test_a_file_for_a_replaced_pk_version_is_refused_like_the_service(templat: Path, unit: Unit) -> None:
    def isi(wb):
        ra = wb["Rencana Aksi"]
        ra.cell(baris(ra, "koordinasi-2529"), 9).value = 80
    path = ubah(templat, isi)
    # A later version in preparation does not replace the signed one: the file still writes to version 1.
    draf = buat_pk_perubahan(pk_berlaku(), tanggal=date(2025, 10, 1), alasan="Uji impor")
    assert baca(path, unit, TAHUN).sah
    tandatangani_pk(draf)
    p = baca(path, unit, TAHUN)
    assert [g.sel for g in p.galat] == ["Info!B5"]
    assert "sudah menjadi riwayat" in p.galat[0].pesan
    _gagal_cli(path, unit)
    # Unchanged rencana aksi sheets of the old version do not stop the rest of the file.
    baru = ekspor([unit], TAHUN, templat.parent / "baru.xlsx")
    assert load_workbook(baru)["Info"]["B5"].value == 2
    assert baca(baru, unit, TAHUN).perubahan == []


def test_a_workbook_without_the_rencana_sheets_still_imports(templat: Path, unit: Unit) -> None:
    def hapus(wb):
        for nama in ("Rencana Aksi", "Aksi", "Faktor Triwulan", "Anggaran Kas"):
            del wb[nama]
    p = baca(ubah(templat, hapus), unit, TAHUN)
    assert p.sah and p.perubahan == []


def test_the_whole_pemda_workbook_carries_and_imports_the_rencana_aksi(tmp_path: Path, unit: Unit) -> None:
    dua = [unit, Unit.objects.get(slug="bagian-organisasi")]
    path = ekspor(dua, TAHUN, tmp_path / "pemda.xlsx")
    assert {"01 Rencana Aksi", "01 Anggaran Kas", "02 Aksi", "02 Faktor Triwulan"} <= set(
        load_workbook(path, read_only=True).sheetnames)
    pp = baca_semua(path, TAHUN)
    assert pp.sah and pp.perubahan == [], pp.galat

    def isi(wb):
        ks = wb["01 Anggaran Kas"]
        ks.cell(baris(ks, KODE), 12).value = 1  # Mojosari's kas no longer adds up
    pp = baca_semua(ubah(path, isi), TAHUN)
    assert [(g.pd, g.sel) for g in pp.galat] == [(PD, f"'01 Anggaran Kas'!M{baris(load_workbook(path)['01 Anggaran Kas'], KODE)}")]

    def benar(wb):
        ks = wb["01 Anggaran Kas"]
        n = baris(ks, KODE)
        ks.cell(n, 11).value, ks.cell(n, 12).value = 5_499_999, 1
    pp = baca_semua(ubah(path, benar), TAHUN)
    assert pp.sah, pp.galat
    assert simpan_semua(pp) == 2
    assert kas(MataAnggaran.objects.get(unit=unit, tahun=TAHUN, kode=KODE)) == [
        D(2_000_000), D(2_500_000), D(5_499_999), D(1)]


@pytest.mark.urls("sakip.impor.tests.urls_uji")
def test_the_upload_page_previews_the_kas_and_stores_it_on_confirmation(client, tmp_path: Path,
                                                                        unit: Unit) -> None:
    client.login(username="operator.mojosari", password="sakip-demo")
    path = tmp_path / "m.xlsx"
    path.write_bytes(b"".join(client.get(f"/impor/{PD}/{TAHUN}/templat.xlsx").streaming_content))
    n = baris(load_workbook(path)["Anggaran Kas"], KODE)
    ubah(path, lambda wb: setattr(wb["Anggaran Kas"].cell(n, 9), "value", 1_000_000))
    with path.open("rb") as f:
        r = client.post(f"/impor/{PD}/{TAHUN}/", {"berkas": f})
    page = r.content.decode()
    assert r.status_code == 422 and "harus sama dengan pagu" in page
    sel = escape(f"'Anggaran Kas'!M{n}")
    assert f"<td>{sel}</td>" in page

    def geser(wb):  # a million from TW I to TW IV
        wb["Anggaran Kas"].cell(n, 12).value = 4_000_000
    ubah(path, geser)
    with path.open("rb") as f:
        r = client.post(f"/impor/{PD}/{TAHUN}/", {"berkas": f})
    assert r.status_code == 200 and "2 perubahan" in r.content.decode()
    line = MataAnggaran.objects.get(unit=unit, tahun=TAHUN, kode=KODE)
    assert kas(line)[0] == D(2_000_000)  # the preview stores nothing
    r = client.post(f"/impor/{PD}/{TAHUN}/simpan/", {"token": r.context["token"]})
    assert r.status_code == 302
    assert kas(line) == [D(1_000_000), D(2_500_000), D(2_500_000), D(4_000_000)]
    assert set(Jejak.objects.filter(model="rencana_aksi.rencanasubkegiatan", sumber="impor")
               .values_list("field", "nama_pengguna")) == {("anggaran_kas_tw1", "operator.mojosari"),
                                                          ("anggaran_kas_tw4", "operator.mojosari")}


def test_text_that_starts_with_an_equals_sign_comes_back_as_text(tmp_path: Path, unit: Unit) -> None:
    row = IndikatorPK.objects.get(sasaran__perjanjian=pk_berlaku(), indikator__ref="sakip-2529")
    simpan_faktor_triwulan(row.indikator, TAHUN, 1, pendorong="=1+1 adalah teks yang diketik di web")
    simpan_rencana_aksi(row, IsianRencana(teks={2: "=Draf LKjIP"}, aksi=[("@SUM reviu", "-Sekretaris")]))
    path = ekspor([unit], TAHUN, tmp_path / "m.xlsx")
    p = baca(path, unit, TAHUN)
    assert p.sah and p.perubahan == [], (p.galat, p.perubahan)


def test_a_sub_kegiatan_added_by_the_same_file_takes_its_kas(templat: Path, unit: Unit) -> None:
    baru = "7.01.01.2.01.0099"

    def isi(wb):
        wb["Anggaran"].append([baru, "Sub kegiatan uji rencana kas", "Sub Kegiatan", None, 4_000_000])
        wb["Anggaran Kas"].append([baru, "Sub kegiatan uji rencana kas", None, None, 1, 1, 1, 1,
                                   1_000_000, 1_000_000, 1_000_000, 900_000])
    path = ubah(templat, isi)
    p = baca(path, unit, TAHUN)
    n = load_workbook(path)["Anggaran Kas"].max_row
    assert [g.sel for g in p.galat] == [f"'Anggaran Kas'!M{n}"] and "Rp\xa04.000.000,00" in p.galat[0].pesan

    ubah(path, lambda wb: setattr(wb["Anggaran Kas"].cell(n, 12), "value", 1_000_000))
    p = baca(path, unit, TAHUN)
    assert p.sah, p.galat
    assert [u.field for u in p.perubahan if u.lembar == "Anggaran Kas"] == [
        "K TW1", "K TW2", "K TW3", "K TW4", "Kas TW1", "Kas TW2", "Kas TW3", "Kas TW4"]
    simpan(p)
    line = MataAnggaran.objects.get(unit=unit, tahun=TAHUN, kode=baru)
    assert kas(line) == [D(1_000_000)] * 4
    assert baca(ekspor([unit], TAHUN, templat), unit, TAHUN).perubahan == []
