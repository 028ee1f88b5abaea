"""The pohon image for the LKjIP: a PNG at the text width of an A4 page."""

from __future__ import annotations

import io
import struct

import pytest

from sakip.laporan.gambar_pohon import pohon_png
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import PeriodePerencanaan

pytestmark = pytest.mark.django_db


def _size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


@pytest.mark.parametrize("periode", ["2025-2029", "2021-2025"])
def test_mojosari_2025_is_a_png_of_a4_text_width(periode: str) -> None:
    png = pohon_png(Unit.objects.get(slug="kecamatan-mojosari"), PeriodePerencanaan.objects.get(nama=periode), 2025)
    width, height = _size(png)
    assert 1200 <= width <= 1300  # 16 cm at 200 dpi
    assert 400 <= height <= 2400  # a few boxes high, never taller than a page
    assert 20_000 < len(png) < 1_500_000
    from matplotlib.image import imread

    pixels = imread(io.BytesIO(png), format="png")
    assert pixels.shape[:2] == (height, width) and pixels.std() > 0.05  # something is drawn


def test_kegiatan_make_the_picture_taller() -> None:
    unit, periode = Unit.objects.get(slug="kecamatan-mojosari"), PeriodePerencanaan.objects.get(nama="2025-2029")
    assert _size(pohon_png(unit, periode, 2025, kegiatan=True))[1] > _size(pohon_png(unit, periode, 2025))[1]


def test_a_pd_with_a_sasaran_supporting_nothing_draws_it() -> None:
    png = pohon_png(Unit.objects.get(slug="disparpora"), PeriodePerencanaan.objects.get(nama="2025-2029"), 2025)
    assert _size(png)[0] > 1200


def test_the_rpjmd_alone_for_the_lkjip_pemda() -> None:
    from sakip.core.pohon import TingkatPohon
    from sakip.laporan.gambar_pohon import _susun, gambar_pohon
    from sakip.organisasi.models import Pemda
    from sakip.pengukuran.pohon import pohon_pemda

    periode = PeriodePerencanaan.objects.get(nama="2025-2029")
    pohon = pohon_pemda(Pemda.objects.get(slug="kabupaten-mojokerto"), periode, 2025, tingkat=["tujuan", "sasaran"])
    roots, heads = _susun(pohon, TingkatPohon.MISI)
    assert heads == ["Misi", "Tujuan RPJMD", "Sasaran RPJMD"]
    assert [len(r.anak) for r in roots] == [1, 1, 1, 1]  # one tujuan per misi, no PD box drawn
    assert sum(len(t.anak) for r in roots for t in r.anak) == 16  # the sasaran
    width, height = _size(gambar_pohon(pohon, "Pohon Kinerja Pemerintah Kabupaten Mojokerto", sampai=TingkatPohon.MISI))
    assert width > 1200 and height < 3000


def test_labels_are_wrapped_to_the_box_and_never_cut() -> None:
    """Every word of every label is drawn, each line within its box (issue 16: 'Juga mendukung: …' was cut)."""
    from sakip.core.pohon import TingkatPohon
    from sakip.laporan.gambar_pohon import PAD, _lebar_cm, _semua, _susun, _ukur, bungkus
    from sakip.pengukuran.pohon import pohon_unit

    unit, periode = Unit.objects.get(slug="kecamatan-mojosari"), PeriodePerencanaan.objects.get(nama="2025-2029")
    roots, _ = _susun(pohon_unit(unit, periode, 2025, sampai=TingkatPohon.PROGRAM), TingkatPohon.PROGRAM)
    lebar = 3.0
    boxes = []
    for r in roots:
        _ukur(r, lebar)
        boxes += [k for k in _semua(r) if k.simpul is not None]
    juga = [k for k in boxes if k.simpul.dukungan_lain is not None]
    assert juga, "the demo has cross-cutting sasaran"
    for k in boxes:
        tebal = k.simpul.input.rpjmd
        assert all(_lebar_cm(line, tebal) <= lebar - 2 * PAD for line in k.teks.split("\n")), k.teks
        assert " ".join(k.simpul.input.label.split()) in " ".join(k.teks.split())  # no word dropped
        assert "…" not in k.teks
    for k in juga:
        assert " ".join(k.teks.split()).endswith(" ".join(k.simpul.dukungan_lain.input.label.split()))
    assert bungkus("Penyelenggaraan", 0.5) and all(_lebar_cm(x) <= 0.5 for x in bungkus("Penyelenggaraan", 0.5))
