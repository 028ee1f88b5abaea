"""Word templates per Pemda: the defaults give today's wording, an upload changes it, bad ones are refused."""

from __future__ import annotations

import io
import re
import time
import zipfile

import pytest
from django.core.exceptions import ValidationError
from docx import Document

from sakip.audit.models import Jejak
from sakip.laporan import services, templat
from sakip.laporan.api import render_pk
from sakip.laporan.docxkit import Dokumen
from sakip.laporan.models import TemplatDokumen
from sakip.laporan.templat import baku
from sakip.laporan.templat.jenis import JENIS
from sakip.organisasi.models import Pemda
from sakip.perjanjian.models import PerjanjianKinerja

from .bacaan import baca

pytestmark = pytest.mark.django_db


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
       b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND"
       b"\xaeB`\x82")


def _xml(isi: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(isi)).read("word/document.xml").decode()


def ganti(isi: bytes, lama: str, baru: str) -> bytes:
    """The template with one piece of its document.xml replaced (as an edit in Word would)."""
    zin = zipfile.ZipFile(io.BytesIO(isi))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/document.xml":
                teks = data.decode()
                assert lama in teks, lama
                data = teks.replace(lama, baru, 1).encode()
            zout.writestr(info, data)
    return out.getvalue()


def pemda() -> Pemda:
    return Pemda.objects.get(slug="kabupaten-mojokerto")


def pk_mojosari() -> PerjanjianKinerja:
    return PerjanjianKinerja.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, versi="awal")


@pytest.mark.parametrize("kode", sorted(JENIS))
def test_the_committed_defaults_are_what_baku_writes_and_pass_the_upload_check(kode: str) -> None:
    # Readable source and shipped file agree (run `python -m sakip.laporan.templat.baku` after editing it).
    assert _xml(templat.isi_baku(kode)) == _xml(baku.tulis(kode))
    templat.periksa(kode, templat.isi_baku(kode), f"{kode}.docx")


def test_the_default_pk_wording_is_unchanged() -> None:
    b = baca(render_pk(pk_mojosari(), "docx"))
    assert ("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
            "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:") in b.paragraf
    assert "selanjutnya disebut pihak pertama." in b.paragraf
    assert "selaku atasan pihak pertama, selanjutnya disebut pihak kedua." in b.paragraf
    # The parties' identity tables are the template's, filled from the PK.
    identitas = [t.baris for t in b.tabel if t.baris and t.baris[0][0] == "Nama"]
    assert identitas[0] == [["Nama", ":", "YULIUS BAKHTIAR, S.P., M.M."], ["Jabatan", ":", "Plt. Camat Mojosari"]]


def test_an_uploaded_pk_template_changes_the_agreement_of_that_pemda_only() -> None:
    isi = ganti(templat.isi_baku("pk_naskah"), "selanjutnya disebut pihak pertama.",
                "yang selanjutnya disebut PIHAK PERTAMA ({{ pihak_pertama.jabatan_kapital }}).")
    services.simpan_templat(pemda(), "pk_naskah", isi, nama_berkas="pk-perbup.docx")
    b = baca(render_pk(pk_mojosari(), "docx"))
    assert "yang selanjutnya disebut PIHAK PERTAMA (Plt. CAMAT MOJOSARI)." in b.paragraf
    assert "selanjutnya disebut pihak pertama." not in b.paragraf
    # Another Pemda's upload is not this one's.
    lain = Pemda.objects.create(slug="kabupaten-lain", nama="Kabupaten Lain", provinsi="Jawa Timur")
    services.hapus_templat(pemda(), "pk_naskah")
    services.simpan_templat(lain, "pk_naskah", isi, nama_berkas="pk-lain.docx")
    assert "selanjutnya disebut pihak pertama." in baca(render_pk(pk_mojosari(), "docx")).paragraf


def test_an_uploaded_kata_pengantar_and_cover_change_the_lkjip(tmp_path) -> None:
    from sakip.laporan.api import render_lkjip
    from sakip.organisasi.models import Unit

    isi = ganti(templat.isi_baku("lkjip_kata_pengantar"), "Puji syukur kami panjatkan",
                "Dengan memanjatkan puji syukur")
    services.simpan_templat(pemda(), "lkjip_kata_pengantar", isi, nama_berkas="kp.docx")
    sampul = ganti(templat.isi_baku("lkjip_sampul"), "(LKjIP)", "(LKjIP — {{ pemda }})")
    services.simpan_templat(pemda(), "lkjip_sampul", sampul, nama_berkas="sampul.docx")
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    b = baca(render_lkjip(unit, 2025, "docx"))
    assert any(p.startswith("Dengan memanjatkan puji syukur ke hadirat Tuhan") for p in b.paragraf)
    assert not any(p.startswith("Puji syukur kami panjatkan") for p in b.paragraf)
    assert "(LKjIP — Kabupaten Mojokerto)" in b.paragraf
    # The generated parts stay: BAB I's heading and the Kepala's signature.
    assert "Sistematika penulisan".casefold() in b.teks.casefold()


def test_a_logo_given_to_the_cover_is_printed_and_the_file_reopens(monkeypatch: pytest.MonkeyPatch) -> None:
    from docx.shared import Cm
    from docxtpl import InlineImage

    monkeypatch.setattr(templat, "logo", lambda pemda_id, tpl: InlineImage(tpl, io.BytesIO(PNG), width=Cm(3)))
    dok = Dokumen()
    templat.sisipkan(dok, "lkjip_sampul", {**JENIS["lkjip_sampul"].contoh, "logo": templat.konteks_logo(dok, 1)},
                     pemda_id=None)
    doc = Document(io.BytesIO(dok.simpan()))
    assert len(doc.inline_shapes) == 1
    assert doc.paragraphs[0].text == "" and doc.paragraphs[2].text.startswith("LAPORAN KINERJA")


def test_a_picture_pasted_into_an_uploaded_cover_is_printed() -> None:
    from docx.shared import Cm

    from sakip.laporan.api import render_lkjip
    from sakip.organisasi.models import Unit

    doc = Document(io.BytesIO(templat.isi_baku("lkjip_sampul")))
    doc.add_picture(io.BytesIO(PNG), width=Cm(2))  # as a Pemda would paste its logo in Word
    buf = io.BytesIO()
    doc.save(buf)
    services.simpan_templat(pemda(), "lkjip_sampul", buf.getvalue(), nama_berkas="sampul-logo.docx")
    hasil = Document(io.BytesIO(render_lkjip(Unit.objects.get(slug="kecamatan-mojosari"), 2025, "docx")))
    gambar = list(hasil.inline_shapes)
    assert gambar and gambar[0]._inline.graphic.graphicData.pic.blipFill.blip.embed in hasil.part.rels


@pytest.mark.parametrize(("kode", "lama", "baru", "pesan"), [
    ("lkjip_kata_pengantar", "{{ tahun }}", "{{ tahun_anggaran }}",
     "variabel yang tidak dikenal: tahun_anggaran"),
    ("pk_naskah", "{{ pihak_pertama.nama }}", "{{ pihak_pertama.gaji }}",
     "Templat memakai isian yang tidak dikenal: gaji. Isian orang"),
    ("lkjip_penutup", "{{ jumlah }}", "{{ jumlah ", "Penulisan tag templat salah"),
    ("lkjip_sistematika", "{{ unit }}", "{% include '/etc/passwd' %}", "include"),
    ("lkjip_sistematika", "{{ unit }}", "{% import 'makro.docx' as m %}", "import"),
    ("lkjip_sistematika", "{{ unit }}", "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}"
     "{% endfor %}", "{% for %}"),
    ("lkjip_sistematika", "{{ unit }}", "{{ unit * 999999999 }}", "tidak boleh menghitung"),
    # An embedded object (here a sub-document) points at a part the document being built lacks.
    ("lkjip_sistematika", "dan lampiran:</w:t></w:r>", 'dan lampiran:</w:t></w:r><w:subDoc r:id="rId999"/>',
     "objek yang tidak didukung"),
])
def test_a_template_with_bad_tags_is_refused_naming_the_problem_and_nothing_is_stored(
        kode: str, lama: str, baru: str, pesan: str) -> None:
    isi = ganti(templat.isi_baku(kode), lama, baru)
    with pytest.raises(ValidationError, match=re.escape(pesan)):
        services.simpan_templat(pemda(), kode, isi, nama_berkas="salah.docx")
    assert not TemplatDokumen.objects.exists()
    assert not Jejak.objects.filter(model="laporan.templatdokumen").exists()


def _bom() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<a>" + b" " * (15 * 1024 * 1024) + b"</a>")
    return out.getvalue()


@pytest.mark.parametrize(("isi", "nama", "pesan"), [
    (b"bukan zip sama sekali", "templat.docx", "bukan DOCX"),
    (b"PK\x03\x04", "templat.doc", "harus berkas Word .docx"),
    (b"\x00" * (templat.UKURAN_MAKS + 1), "besar.docx", "terlalu besar"),
    (_bom(), "bom.docx", "zip bomb"),
])
def test_a_file_that_is_not_a_safe_docx_is_refused(isi: bytes, nama: str, pesan: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(pesan)):
        services.simpan_templat(pemda(), "lkjip_sampul", isi, nama_berkas=nama)
    assert not TemplatDokumen.objects.exists()


def test_upload_and_reset_are_audited_and_reset_gives_the_default_back() -> None:
    isi = ganti(templat.isi_baku("pk_naskah"), "selanjutnya disebut pihak pertama.", "disebut PIHAK PERTAMA.")
    t = services.simpan_templat(pemda(), "pk_naskah", isi, nama_berkas="pk.docx")
    j = Jejak.objects.get(model="laporan.templatdokumen", objek_id=str(t.pk))
    assert j.lama == "templat baku" and j.baru.startswith("pk.docx (")
    assert services.hapus_templat(pemda(), "pk_naskah") is True
    assert Jejak.objects.filter(model="laporan.templatdokumen", baru="templat baku").count() == 1
    assert services.hapus_templat(pemda(), "pk_naskah") is False
    assert "selanjutnya disebut pihak pertama." in baca(render_pk(pk_mojosari(), "docx")).paragraf


def test_rendering_a_cached_template_is_fast() -> None:
    konteks = JENIS["lkjip_kata_pengantar"].contoh
    templat.sisipkan(Dokumen(), "lkjip_kata_pengantar", konteks, pemda_id=None)  # parsed and compiled once
    dok = Dokumen()
    mulai = time.perf_counter()
    for _ in range(20):
        templat.sisipkan(dok, "lkjip_kata_pengantar", konteks, pemda_id=None)
    assert (time.perf_counter() - mulai) / 20 < 0.02  # an LKjIP renders five: well under 0,1 s together


def test_a_stored_template_that_fails_on_real_data_names_itself_instead_of_crashing() -> None:
    from sakip.laporan.galat import DataKurang

    # Stored around the check (as an older Sakip might have accepted it): the PK names the template.
    isi = ganti(templat.isi_baku("pk_naskah"), "{{ pihak_pertama.nama }}", "{{ pihak_pertama.gaji }}")
    TemplatDokumen.objects.create(pemda=pemda(), jenis="pk_naskah", isi=isi, nama_berkas="lama.docx", sha256="x",
                                  ukuran=len(isi))
    with pytest.raises(DataKurang, match=r"templat PK — naskah perjanjian milik Pemda tidak dapat dipakai.*gaji"):
        render_pk(pk_mojosari(), "docx")


def test_the_docs_list_every_kind_and_variable() -> None:
    from pathlib import Path

    import sakip

    docs = (Path(sakip.__file__).parent.parent / "docs" / "templat-dokumen.md").read_text()
    for kode, jenis in JENIS.items():
        bagian = docs.split(f"### `{kode}`", 1)[1].split("### ", 1)[0]
        for v in jenis.variabel:
            assert f"| `{v}` |" in bagian, (kode, v)


def test_a_tag_word_split_across_runs_still_renders() -> None:
    # Word splits a tag typed in two goes into runs with their own formatting; docxtpl joins them.
    isi = ganti(templat.isi_baku("lkjip_latar_belakang"), "Instansi Pemerintah {{ unit }}",
                "Instansi Pemerintah {{ un</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>it }}")
    templat.periksa("lkjip_latar_belakang", isi, "lb.docx")
    dok = Dokumen()
    templat.sisipkan(dok, "lkjip_latar_belakang", {"pemda": "Kabupaten X", "unit": "Dinas Y", "tahun": 2025},
                     pemda_id=None, isi=isi)
    teks = [p.text for p in Document(io.BytesIO(dok.simpan())).paragraphs]
    assert teks[2].startswith("Laporan Kinerja Instansi Pemerintah Dinas Y Tahun 2025 disusun")
