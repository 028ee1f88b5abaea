"""A corpus of broken and hostile workbooks, made here from a real export of the demo PD-year.

Each one goes through the three doors of the importer (the shared parser, the CLI command and
the web upload page) and must be refused with an Indonesian message that names the sheet, row
and column where there is one, without a traceback, without storing anything, and leaving the
PD measurable afterwards.
"""

from __future__ import annotations

import html
import io
import re
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client
from openpyxl import load_workbook

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.impor.baca_buku import BerkasDitolak, baca
from sakip.impor.buku import ekspor
from sakip.impor.unggahan import folder
from sakip.organisasi.models import Unit
from sakip.pengukuran.keluaran import as_dict
from sakip.pengukuran.services import ukur_pd
from sakip.perencanaan.models import Target
from sakip.realisasi.models import Realisasi

pytestmark = [pytest.mark.django_db, pytest.mark.urls("sakip.impor.tests.urls_uji")]

PD, TAHUN = "kecamatan-mojosari", 2025
HASIL = {"dicoba": 0, "ditolak": 0}


@pytest.fixture(scope="module")
def asli(django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The export of the demo PD-year: the start of every mutation."""
    with django_db_blocker.unblock():
        path = ekspor([Unit.objects.get(slug=PD)], TAHUN, tmp_path_factory.mktemp("jahat") / "asli.xlsx")
    return path.read_bytes()


# -- ways to break a workbook -------------------------------------------------------------------

def _buku(data: bytes, fn: Callable) -> bytes:  # type: ignore[type-arg]  # fn edits the workbook
    wb = load_workbook(io.BytesIO(data))
    fn(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _baris_data(ws, sheet: str) -> int:
    """The first row the importer reads as data: an indicator (Cascade) or a sub kegiatan (Anggaran)."""
    for row in ws.iter_rows(min_row=2):
        if sheet == "Cascade" and row[3].value:
            return row[0].row
        if sheet == "Anggaran" and row[2].value == "Sub Kegiatan":
            return row[0].row
        if sheet == "Realisasi" and row[0].value:
            return row[0].row
    raise AssertionError(sheet)


def sel(sheet: str, kolom: str, nilai: object) -> Callable[[bytes], bytes]:
    def ubah(data: bytes) -> bytes:
        def isi(wb) -> None:
            ws = wb[sheet]
            ws[f"{kolom}{_baris_data(ws, sheet)}"].value = nilai
        return _buku(data, isi)
    return ubah


def _bagian(data: bytes, ganti: dict[str, bytes | None], tambah: dict[str, bytes] | None = None,
            rasio: bool = True) -> bytes:
    """The zip again with some parts replaced (None: removed) or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename in ganti:
                if ganti[item.filename] is not None:
                    dst.writestr(item.filename, ganti[item.filename])
            else:
                dst.writestr(item.filename, src.read(item.filename))
        for nama, isi in (tambah or {}).items():
            dst.writestr(nama, isi)
    return out.getvalue()


def _xml(data: bytes, nama: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(nama)


def _lembar(data: bytes, sheet: str) -> str:
    """The part of a sheet, found through the workbook and its relationships."""
    wb = _xml(data, "xl/workbook.xml").decode()
    rid = re.search(rf'<sheet [^>]*name="{sheet}"[^>]*r:id="(rId\d+)"', wb) or re.search(
        rf'<sheet [^>]*r:id="(rId\d+)"[^>]*name="{sheet}"', wb)
    assert rid, sheet
    rels = _xml(data, "xl/_rels/workbook.xml.rels").decode()
    target = re.search(rf'<Relationship [^>]*Id="{rid.group(1)}"[^>]*/>', rels).group(0)  # type: ignore[union-attr]
    return "xl/" + re.search(r'Target="/?(?:xl/)?([^"]+)"', target).group(1)  # type: ignore[union-attr]


def mentah(sheet: str, kolom: str, teks: bytes, tipe: str = "n") -> Callable[[bytes], bytes]:
    """A number cell whose stored text openpyxl would never write (1e400, nan, letters)."""
    def ubah(data: bytes) -> bytes:
        data = sel(sheet, kolom, 24681357)(data)
        part = _lembar(data, sheet)
        xml = _xml(data, part)
        xml = re.sub(rb'(<c r="' + kolom.encode() + rb'\d+")( [^>]*)?><v>24681357</v>',
                     lambda m: m.group(1) + f' t="{tipe}"'.encode() + b"><v>" + teks + b"</v>", xml)
        assert teks in xml
        return _bagian(data, {part: xml})
    return ubah


BOM_XML = (b'<?xml version="1.0"?>\n<!DOCTYPE lol [<!ENTITY lol "lol">'
           + b"".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">'.encode()
                      for i in range(10))
           + b"]>\n")


def bom_xml(part: str | None, sheet: str | None = None, eksternal: bool = False) -> Callable[[bytes], bytes]:
    """Billion laughs (or an external entity) put in front of a part's root element."""
    def ubah(data: bytes) -> bytes:
        nama = part or _lembar(data, sheet or "")
        xml = _xml(data, nama)
        akar = xml[xml.index(b"<", xml.index(b"?>") + 2 if xml.startswith(b"<?xml") else 0):]
        if eksternal:
            kepala = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
            akar = akar.replace(b">", b">&xxe;", 1) if b"/>" not in akar[:akar.index(b">") + 1] else akar
        else:
            kepala = BOM_XML
            akar = akar.replace(b">", b">&lol9;", 1)
        return _bagian(data, {nama: kepala + akar})
    return ubah


def potong(part: str | None, sheet: str | None = None) -> Callable[[bytes], bytes]:
    def ubah(data: bytes) -> bytes:
        nama = part or _lembar(data, sheet or "")
        xml = _xml(data, nama)
        return _bagian(data, {nama: xml[: len(xml) // 2]})
    return ubah


def hapus_bagian(part: str) -> Callable[[bytes], bytes]:
    return lambda data: _bagian(data, {part: None})


def hapus_lembar_xml(sheet: str) -> Callable[[bytes], bytes]:
    return lambda data: _bagian(data, {_lembar(data, sheet): None})


def bom_ukuran(data: bytes) -> bytes:
    # 60 MB of one byte compresses to ~60 KB: beyond the per-part and the total limit
    return _bagian(data, {}, {"xl/media/besar.xml": b"<a>" + b" " * (60 * 1024 * 1024) + b"</a>"})


def bom_rasio(data: bytes) -> bytes:
    return _bagian(data, {}, {"xl/media/rasio.bin": b"\0" * (5 * 1024 * 1024)})


SST = b'<?xml version="1.0"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _dengan_sst(data: bytes, sst: bytes, indeks_b2: int | None = None) -> bytes:
    """Give the workbook a shared strings part (openpyxl writes inline strings), declared in the
    content types so openpyxl reads it; ``indeks_b2`` makes Realisasi!B2 point into it."""
    ct = _xml(data, "[Content_Types].xml").replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                     b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    ganti: dict[str, bytes | None] = {"[Content_Types].xml": ct}
    if indeks_b2 is not None:
        part = _lembar(data, "Realisasi")
        xml = re.sub(rb'<c r="B2"[^>]*t="inlineStr"[^>]*><is><t>[^<]*</t></is></c>',
                     f'<c r="B2" t="s"><v>{indeks_b2}</v></c>'.encode(), _xml(data, part))
        assert f"<v>{indeks_b2}</v>".encode() in xml
        ganti[part] = xml
    return _bagian(data, ganti, {"xl/sharedStrings.xml": sst})


def bom_xml_shared_strings(data: bytes) -> bytes:
    return _dengan_sst(data, BOM_XML + SST[SST.index(b"<sst"):] + b"<si><t>&lol9;</t></si></sst>")


def bom_shared_strings(data: bytes) -> bytes:
    # 17 MB of one short string: under the size limits, but a thousandfold compression
    return _dengan_sst(data, SST + b"<si><t>a</t></si>" * (1024 * 1024) + b"</sst>")


def shared_string_hilang(data: bytes) -> bytes:
    """A cell pointing at shared string number 99 999 999 of a table holding one."""
    return _dengan_sst(data, SST + b"<si><t>a</t></si></sst>", indeks_b2=99999999)


def ukuran_bohong(data: bytes) -> bytes:
    """A part that declares 1 KB but inflates to 10 MB: zipfile stops at the declared size."""
    data = _bagian(data, {}, {"xl/media/bohong.xml": b"<a>" + b" " * (10 * 1024 * 1024) + b"</a>"})
    buf = bytearray(data)
    nama = b"xl/media/bohong.xml"
    # the uncompressed size of the part, in its local header and in the central directory
    for tanda, geser in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        awal = 0
        while (i := buf.find(tanda, awal)) >= 0:
            n_nama = struct.unpack_from("<H", buf, i + (26 if tanda == b"PK\x03\x04" else 28))[0]
            mulai = i + (30 if tanda == b"PK\x03\x04" else 46)
            if bytes(buf[mulai:mulai + n_nama]) == nama:
                struct.pack_into("<I", buf, i + geser, 1024)
            awal = i + 4
    return bytes(buf)


def dimensi(ref: bytes) -> Callable[[bytes], bytes]:
    def ubah(data: bytes) -> bytes:
        part = _lembar(data, "Realisasi")
        xml = re.sub(rb'<dimension ref="[^"]+"\s*/>', b'<dimension ref="' + ref + b'"/>', _xml(data, part))
        assert ref in xml
        return _bagian(data, {part: xml})
    return ubah


def sel_jauh(data: bytes) -> bytes:
    """A value in column XFD of a data row, with the <dimension> left as before (it lies)."""
    part = _lembar(data, "Realisasi")
    ref = re.search(rb'<dimension ref="([^"]+)"', _xml(data, part)).group(1)  # type: ignore[union-attr]

    def isi(wb) -> None:
        wb["Realisasi"]["XFD2"].value = 1
    data = _buku(data, isi)
    return dimensi(ref)(data)


def ganti_nama(lama: str, baru: str) -> Callable[[bytes], bytes]:
    def isi(wb) -> None:
        wb[lama].title = baru
    return lambda data: _buku(data, isi)


def hapus_lembar(nama: str) -> Callable[[bytes], bytes]:
    def isi(wb) -> None:
        del wb[nama]
    return lambda data: _buku(data, isi)


def judul_ganda(data: bytes) -> bytes:
    def isi(wb) -> None:
        wb["Realisasi"]["E1"].value = "TW1"
    return _buku(data, isi)


def baris_banyak(data: bytes) -> bytes:
    def isi(wb) -> None:
        for n in range(6000):
            wb["Anggaran"].append([f"9.{n}", "x", "Sub Kegiatan", None, 1])
    return _buku(data, isi)


def gabung(data: bytes) -> bytes:
    def isi(wb) -> None:
        wb["Realisasi"].merge_cells("D2:E2")
    return _buku(data, isi)


def ref_ganda(data: bytes) -> bytes:
    def isi(wb) -> None:
        ws = wb["Realisasi"]
        ws.append([ws["A2"].value, "lagi", "", 1])
    return _buku(data, isi)


def info(alamat: str, nilai: object) -> Callable[[bytes], bytes]:
    def isi(wb) -> None:
        wb["Info"][alamat].value = nilai
    return lambda data: _buku(data, isi)


# -- the corpus ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Kasus:
    nama: str
    buat: Callable[[bytes], bytes]
    pesan: str  # Indonesian text the refusal must contain
    sel: tuple[str, str] | None = None  # (sheet, column) the message must name, with the row


KOLOM_ANGKA = [("Cascade", "G")] + [("Realisasi", k) for k in "DEFGHIJ"] + [("Anggaran", k) for k in "EFGHI"]

KASUS: list[Kasus] = [
    # a huge number in every numeric column of every sheet
    *(Kasus(f"1e300-{s}-{k}", sel(s, k, 1e300), "terlalu besar", (s, k)) for s, k in KOLOM_ANGKA),
    # a number too long for any column, typed as text
    *(Kasus(f"23digit-{s}-{k}", sel(s, k, "99999999999999999999999"), "terlalu besar", (s, k))
      for s, k in (("Cascade", "G"), ("Realisasi", "D"), ("Realisasi", "J"), ("Anggaran", "F"))),
    Kasus("anggaran-1e17-pagu", sel("Anggaran", "E", 1e17), "terlalu besar", ("Anggaran", "E")),
    Kasus("anggaran-1e17-tw2", sel("Anggaran", "G", 1e17), "terlalu besar", ("Anggaran", "G")),
    Kasus("desimal-realisasi", sel("Realisasi", "D", 93.123456), "angka di belakang koma", ("Realisasi", "D")),
    Kasus("desimal-teks-target", sel("Cascade", "G", "1,000001"), "angka di belakang koma", ("Cascade", "G")),
    Kasus("desimal-rupiah", sel("Anggaran", "F", 1000.001), "angka di belakang koma", ("Anggaran", "F")),
    Kasus("rupiah-negatif-tw", sel("Anggaran", "F", -5), "tidak boleh negatif", ("Anggaran", "F")),
    Kasus("pagu-negatif", sel("Anggaran", "E", -1), "tidak boleh negatif", ("Anggaran", "E")),
    Kasus("1e400", mentah("Realisasi", "E", b"1e400"), "bukan NaN atau tak hingga", ("Realisasi", "E")),
    Kasus("-1e400", mentah("Cascade", "G", b"-1e400"), "bukan NaN atau tak hingga", ("Cascade", "G")),
    Kasus("nan", mentah("Cascade", "G", b"nan"), "Lembar Cascade tidak dapat dibaca"),
    Kasus("huruf-di-sel-angka", mentah("Realisasi", "F", b"abc"), "Lembar Realisasi tidak dapat dibaca"),
    Kasus("teks-sampah", sel("Realisasi", "G", "sembilan¿?"), "bukan angka", ("Realisasi", "G")),
    Kasus("rumus", sel("Realisasi", "D", "=1+1"), "sel berisi rumus", ("Realisasi", "D")),
    Kasus("rumus-anggaran", sel("Anggaran", "E", "=SUM(F2:I2)*1000"), "sel berisi rumus", ("Anggaran", "E")),
    Kasus("injeksi-at", sel("Realisasi", "H", "@SUM(A1)"), "bukan angka", ("Realisasi", "H")),
    Kasus("injeksi-ref", sel("Realisasi", "A", '=HYPERLINK("http://contoh.invalid","x")'), "tidak ada pada",
          ("Realisasi", "A")),
    Kasus("tanggal-di-sel-angka", sel("Cascade", "G", date(2025, 1, 1)), "tanggal", ("Cascade", "G")),
    Kasus("logika-di-sel-angka", sel("Anggaran", "H", True), "tanggal/logika", ("Anggaran", "H")),
    # the package itself
    Kasus("bom-xml-workbook", bom_xml("xl/workbook.xml"), "XML bomb"),
    Kasus("entitas-eksternal-workbook", bom_xml("xl/workbook.xml", eksternal=True), "entitas eksternal"),
    Kasus("bom-xml-lembar", bom_xml(None, "Realisasi"), "XML bomb"),
    Kasus("bom-xml-rels", bom_xml("xl/_rels/workbook.xml.rels"), "XML bomb"),
    Kasus("bom-xml-shared-strings", bom_xml_shared_strings, "XML bomb"),
    Kasus("bom-shared-strings", bom_shared_strings, "zip bomb"),
    Kasus("shared-string-tidak-ada", shared_string_hilang, "Lembar Realisasi tidak dapat dibaca"),
    Kasus("workbook-terpotong", potong("xl/workbook.xml"), "rusak atau terpotong"),
    Kasus("lembar-terpotong", potong(None, "Anggaran"), "rusak atau terpotong"),
    Kasus("rels-hilang", hapus_bagian("xl/_rels/workbook.xml.rels"), "xl/_rels/workbook.xml.rels tidak ada"),
    Kasus("content-types-hilang", hapus_bagian("[Content_Types].xml"), "[Content_Types].xml tidak ada"),
    Kasus("bagian-lembar-hilang", hapus_lembar_xml("Cascade"), "Lembar Cascade tidak ada"),
    Kasus("bukan-zip", lambda data: b"ini bukan excel sama sekali" * 10, "bukan XLSX"),
    Kasus("kosong", lambda data: b"", "Berkas kosong"),
    Kasus("pdf-berganti-nama", lambda data: b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\n", "bukan XLSX"),
    Kasus("zip-terpotong", lambda data: data[: len(data) // 2], "bukan XLSX"),
    Kasus("bom-zip-ukuran", bom_ukuran, "terlalu besar setelah diurai"),
    Kasus("bom-zip-rasio", bom_rasio, "zip bomb"),
    Kasus("ukuran-dinyatakan-bohong", ukuran_bohong, "rusak"),
    Kasus("dimensi-raksasa", dimensi(b"A1:XFD1048576"), "menyatakan 1048576 baris dan 16384 kolom"),
    Kasus("sel-di-kolom-xfd", sel_jauh, "isian di luar kolom templat", ("Realisasi", "K")),
    Kasus("baris-terlalu-banyak", baris_banyak, "lebih dari 5000 baris"),
    Kasus("tahun-lebar-penuh", info("B3", "２０２５"), "bukan angka tahun"),
    Kasus("tahun-pangkat", info("B3", "2025²"), "bukan angka tahun"),
    Kasus("tahun-lain", info("B3", 2024), "bukan kecamatan-mojosari tahun 2025"),
    Kasus("pd-lain", info("B1", "bagian-organisasi"), "bukan kecamatan-mojosari"),
    Kasus("lembar-dihapus", hapus_lembar("Anggaran"), "Lembar Anggaran tidak ada"),
    Kasus("lembar-berganti-nama", ganti_nama("Realisasi", "Realisasi (2)"), "Lembar Realisasi tidak ada"),
    Kasus("judul-ganda", judul_ganda, "judul kolom 'TW1', seharusnya 'TW2'"),
    Kasus("sel-gabungan", gabung, "sel gabungan"),
    Kasus("ref-ganda", ref_ganda, "muncul dua kali"),
]


def _potret(unit: Unit) -> tuple[list, ...]:  # type: ignore[type-arg]
    return (
        sorted(Realisasi.objects.filter(indikator__unit=unit).values_list("indikator", "tahun", "bagian", "nilai")),
        sorted(Target.objects.filter(indikator__unit=unit).values_list("indikator", "tahun", "nilai")),
        sorted(RealisasiAnggaran.objects.filter(mata_anggaran__unit=unit).values_list(
            "mata_anggaran", "triwulan", "jumlah")),
        sorted(MataAnggaran.objects.filter(unit=unit).values_list("pk", "kode", "pagu")),
    )


def test_the_corpus_is_large_and_touches_every_numeric_column() -> None:
    assert len(KASUS) >= 45
    assert len({k.nama for k in KASUS}) == len(KASUS)
    sel_1e300 = {k.sel for k in KASUS if k.nama.startswith("1e300")}
    assert sel_1e300 == set(KOLOM_ANGKA)


@pytest.mark.parametrize("kasus", KASUS, ids=[k.nama for k in KASUS])
def test_hostile_workbook_is_refused_everywhere_and_stores_nothing(kasus: Kasus, asli: bytes, tmp_path: Path,
                                                                   client: Client) -> None:
    unit = Unit.objects.get(slug=PD)
    data = kasus.buat(asli)
    assert data != asli
    path = tmp_path / "jahat.xlsx"
    path.write_bytes(data)
    letak = sel_a1 = None
    if kasus.sel:
        ws = load_workbook(io.BytesIO(asli))[kasus.sel[0]]
        baris = 2 if kasus.nama == "sel-di-kolom-xfd" else _baris_data(ws, kasus.sel[0])
        letak = f"lembar {kasus.sel[0]}, baris {baris}, kolom {kasus.sel[1]}"
        sel_a1 = f"{kasus.sel[0]}!{kasus.sel[1]}{baris}"
    sebelum = _potret(unit)
    diukur = as_dict(PD, TAHUN, ukur_pd(unit, TAHUN))
    HASIL["dicoba"] += 1

    # 1. the shared parser: refused as a whole, or a preview with errors; nothing else escapes
    try:
        p = baca(path, unit, TAHUN)
    except BerkasDitolak as exc:
        pesan = str(exc)
    else:
        assert not p.sah, f"{kasus.nama} diterima"
        pesan = " | ".join(str(g) for g in p.galat)
        if sel_a1:
            assert sel_a1 in {g.sel for g in p.galat}
    assert kasus.pesan in pesan, pesan
    if letak:
        assert letak in pesan, pesan

    # 2. the CLI: exits with a line starting with "Galat", each refused cell on stderr
    err = io.StringIO()
    with pytest.raises(CommandError) as info:
        call_command("impor-xlsx", str(path), "--pd", PD, "--tahun", str(TAHUN), stdout=io.StringIO(), stderr=err)
    assert str(info.value).startswith("Galat")
    keluaran = f"{info.value}\n{err.getvalue()}"
    assert kasus.pesan in keluaran and "Traceback" not in keluaran
    if letak:
        assert f"Galat {letak}" in err.getvalue()

    # 3. the web upload: refused with the message (and the cell) on the page, the file not kept
    client.force_login(User.objects.get(username="operator.mojosari"))
    unggah = io.BytesIO(data)
    unggah.name = "jahat.xlsx"
    r = client.post(f"/impor/{PD}/{TAHUN}/", {"berkas": unggah})
    halaman = html.unescape(r.content.decode())
    assert r.status_code == 422, (kasus.nama, r.status_code)
    assert kasus.pesan in halaman
    if sel_a1:
        assert f"<td>{sel_a1}</td>" in halaman
    assert list(folder().iterdir()) == []

    assert _potret(unit) == sebelum
    assert as_dict(PD, TAHUN, ukur_pd(unit, TAHUN)) == diukur
    HASIL["ditolak"] += 1


@pytest.mark.parametrize("tahun", ["2025²", "２０２５", "20 25"])
def test_whole_pemda_workbook_names_a_year_that_is_not_plain_digits(tahun: str, tmp_path: Path) -> None:
    from sakip.impor.baca_buku import baca_semua

    units = [Unit.objects.get(slug=PD), Unit.objects.get(slug="bagian-organisasi")]
    path = ekspor(units, TAHUN, tmp_path / "pemda.xlsx", bernomor=True)
    path.write_bytes(info_semua("B3", tahun)(path.read_bytes()))
    pp = baca_semua(path)
    assert not pp.sah
    assert f"PD {PD}, lembar 01 Info, baris 3, kolom B: tahun '{tahun}' bukan angka tahun" in str(pp.galat[0])
    err = io.StringIO()
    with pytest.raises(CommandError, match="^Galat"):
        call_command("impor-xlsx", str(path), "--semua", stdout=io.StringIO(), stderr=err)
    assert "bukan angka tahun" in err.getvalue()


def info_semua(alamat: str, nilai: object) -> Callable[[bytes], bytes]:
    def isi(wb) -> None:
        wb["01 Info"][alamat].value = nilai
    return lambda data: _buku(data, isi)


def teardown_module() -> None:
    print(f"\nKorpus buku kerja jahat: {HASIL['dicoba']} dicoba, {HASIL['ditolak']} ditolak.")
