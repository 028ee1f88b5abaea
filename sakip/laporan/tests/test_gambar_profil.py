"""Profile pictures in the documents: the Pemda logo on the LKjIP cover and the PK, the struktur
organisasi in BAB I (uploaded, or drawn from the unit tree and its posts), the peta wilayah."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document
from PIL import Image

from sakip.demo.logo import logo_demo
from sakip.laporan.api import render_lkjip, render_pk
from sakip.laporan.charts import DPI, LEBAR_CM
from sakip.laporan.gambar_profil import logo_pemda, struktur_organisasi
from sakip.laporan.gambar_struktur import KotakStruktur, _baris, gambar_struktur, struktur_unit
from sakip.organisasi.models import Unit
from sakip.organisasi.services import (
    atur_gambar_unit,
    atur_logo_pemda,
    tambah_pejabat,
    tetapkan_jabatan,
)
from sakip.perjanjian.models import PerjanjianKinerja

from .bacaan import baca

pytestmark = pytest.mark.django_db
TANGGAL = date(2026, 1, 30)


def mojosari() -> Unit:
    return Unit.objects.get(slug="kecamatan-mojosari")


def gambar_dalam(docx: bytes) -> list[bytes]:
    """Every picture the DOCX holds, as stored in its package."""
    doc = Document(io.BytesIO(docx))
    return [rel.target_part.blob for rel in doc.part.rels.values() if "image" in rel.reltype]


def png(ukuran: tuple[int, int], warna: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", ukuran, warna).save(buf, "PNG")
    return buf.getvalue()


def test_the_struktur_is_drawn_from_the_demo_unit_tree_with_the_head_on_top() -> None:
    s = struktur_unit(mojosari(), TANGGAL)
    assert (s.unit, s.judul, s.nama) == ("Kecamatan Mojosari", "Plt. Camat Mojosari", "YULIUS BAKHTIAR, S.P., M.M.")
    assert [a.judul for a in s.anak] == ["Kelurahan Kauman", "Kelurahan Wonokusumo", "Kelurahan Sawahan",
                                         "Kelurahan Mojosari", "Kelurahan Sarirejo"]  # in the units' order
    assert all(not a.nama and not a.anak for a in s.anak)  # no lurah is recorded: the unit's name alone


def test_a_post_below_the_head_appears_with_its_holder_and_ended_posts_do_not() -> None:
    unit = mojosari()
    sekcam = tambah_pejabat(unit.pemda, nama="SITI AMINAH", gelar_belakang="S.Sos.")
    tetapkan_jabatan(sekcam, nama="Sekretaris Kecamatan Mojosari", unit=unit, mulai=date(2025, 3, 1),
                     kepala_unit=False)
    lama = tambah_pejabat(unit.pemda, nama="BUDI LAMA")
    tetapkan_jabatan(lama, nama="Kepala Seksi Pemerintahan", unit=unit, mulai=date(2023, 1, 2),
                     selesai=date(2025, 6, 30), kepala_unit=False)
    s = struktur_unit(unit, TANGGAL)
    assert s.anak[0] == KotakStruktur("Sekretaris Kecamatan Mojosari", "SITI AMINAH, S.Sos.")
    assert "Kepala Seksi Pemerintahan" not in {a.judul for a in s.anak}
    assert "Kepala Seksi Pemerintahan" in {a.judul for a in struktur_unit(unit, date(2025, 6, 1)).anak}


def test_long_labels_are_wrapped_never_cut() -> None:
    panjang = ("Kepala Seksi Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat beserta "
               "Penanggulangan Bencana Kecamatan")
    baris = _baris(KotakStruktur(panjang, "Dr. NAMA PEJABAT YANG SANGAT PANJANG SEKALI, S.H., M.H."), 2.9)
    assert len(baris) > 3
    assert " ".join(t for t, _ in baris).replace("- ", "").split() == (
        panjang + " Dr. NAMA PEJABAT YANG SANGAT PANJANG SEKALI, S.H., M.H.").split()


def test_the_drawing_is_a_png_at_the_text_width_and_many_sub_units_take_several_rows() -> None:
    satu = gambar_struktur(struktur_unit(mojosari(), TANGGAL))
    banyak = gambar_struktur(KotakStruktur("Kepala Dinas", "X", "Dinas Uji",
                                           tuple(KotakStruktur(f"Bidang {i}") for i in range(9))))
    for isi in (satu, banyak):
        im = Image.open(io.BytesIO(isi))
        assert im.format == "PNG" and abs(im.width - LEBAR_CM / 2.54 * DPI) <= 1
    assert Image.open(io.BytesIO(banyak)).height > Image.open(io.BytesIO(satu)).height


def test_a_missing_media_file_leaves_the_logo_out_instead_of_failing() -> None:
    pemda = mojosari().pemda
    assert pemda.logo.name  # the demo's shield, stored in another run's media folder
    assert logo_pemda(pemda) is None


def test_the_lkjip_carries_the_logo_on_its_cover_and_the_struktur_figure_in_bab_i() -> None:
    unit = mojosari()
    atur_logo_pemda(unit.pemda, logo_demo())
    logo = logo_pemda(unit.pemda)
    docx = render_lkjip(unit, 2025, "docx", tanggal=TANGGAL, draf=0)
    gambar = gambar_dalam(docx)
    assert logo in gambar
    drawn = struktur_organisasi(unit, TANGGAL)
    assert drawn is not None and not drawn.diunggah and drawn.isi in gambar
    b = baca(docx)
    assert "Struktur Organisasi" in b.teks
    assert "Gambar I.1 Struktur Organisasi Kecamatan Mojosari" in b.teks
    assert ("disusun dari data jabatan dan unit kerja yang tercatat pada tanggal 30 Januari 2026"
            in b.teks)
    # The cover: the logo is the first picture, before the title.
    doc = Document(io.BytesIO(docx))
    pertama = next(p for p in doc.paragraphs if p.text.strip() or p._p.xpath(".//w:drawing"))
    assert pertama._p.xpath(".//w:drawing") and not pertama.text.strip()


def test_uploaded_struktur_and_peta_replace_the_drawing_in_bab_i_and_posts_make_the_sdm_table() -> None:
    unit = mojosari()
    sekcam = tambah_pejabat(unit.pemda, nama="SITI AMINAH", gelar_belakang="S.Sos.", pangkat="Penata Tingkat I",
                            golongan="III/d")
    tetapkan_jabatan(sekcam, nama="Sekretaris Kecamatan Mojosari", unit=unit, mulai=date(2025, 3, 1),
                     kepala_unit=False)
    atur_gambar_unit(unit, "gambar_struktur", png((800, 500), (10, 120, 10)))
    atur_gambar_unit(unit, "peta_wilayah", png((600, 700), (120, 10, 10)))
    unit.refresh_from_db()
    docx = render_lkjip(unit, 2025, "docx", tanggal=TANGGAL, draf=0)
    gambar = gambar_dalam(docx)
    struktur = struktur_organisasi(unit, TANGGAL)
    assert struktur is not None and struktur.diunggah and struktur.isi in gambar
    b = baca(docx)
    assert "Gambar I.1 Peta Wilayah Kecamatan Mojosari" in b.teks
    assert "Gambar I.2 Struktur Organisasi Kecamatan Mojosari" in b.teks
    assert "disusun dari data jabatan" not in b.teks
    assert ("Pada tanggal 30 Januari 2026 tercatat 2 pejabat yang menduduki jabatan pada Kecamatan Mojosari "
            "dan unit kerja di bawahnya" in b.teks)
    sdm = b.tabel_berlabel("Tabel I.2.a")  # numbered like the rest: the aset table is I.2.b
    assert sdm.keterangan == "Tabel I.2.a Pejabat Kecamatan Mojosari"
    assert b.tabel_berlabel("Tabel I.2.b").keterangan.startswith("Tabel I.2.b Aset Kecamatan Mojosari")
    assert [r[1:] for r in sdm.baris[1:]] == [
        ["Plt. Camat Mojosari", "YULIUS BAKHTIAR, S.P., M.M.", "Pembina (IV/a)"],
        ["Sekretaris Kecamatan Mojosari", "SITI AMINAH, S.Sos.", "Penata Tingkat I (III/d)"]]


def test_the_pk_carries_the_logo_above_its_title() -> None:
    unit = mojosari()
    atur_logo_pemda(unit.pemda, logo_demo())
    pk = PerjanjianKinerja.objects.get(unit=unit, tahun=2025, versi="awal")
    docx = render_pk(pk, "docx")
    assert logo_pemda(unit.pemda) in gambar_dalam(docx)
    doc = Document(io.BytesIO(docx))
    assert doc.paragraphs[0]._p.xpath(".//w:drawing")
    assert doc.paragraphs[1].text.startswith("PERJANJIAN KINERJA TAHUN 2025")


def test_the_pemdas_own_lkjip_prints_its_uploaded_peta_and_logo() -> None:
    pemkab = Unit.objects.get(slug="pemkab-mojokerto")
    atur_logo_pemda(pemkab.pemda, logo_demo())
    peta = png((900, 600), (20, 60, 140))
    atur_gambar_unit(pemkab, "peta_wilayah", peta)
    pemkab.refresh_from_db()
    docx = render_lkjip(pemkab, 2025, "docx", tanggal=TANGGAL, draf=0)
    gambar = gambar_dalam(docx)
    assert logo_pemda(pemkab.pemda) in gambar
    b = baca(docx)
    assert "Gambar I.1 Peta Wilayah Kabupaten Mojokerto" in b.teks
    assert not any("Struktur Organisasi" in k for k in b.keterangan)  # none uploaded, none drawn for the Pemda
