"""The pohon pages show the seeded misalignments and the engine's capaian."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

import pytest
from django.test import Client

from sakip.core import formatting as fmt
from sakip.core.capaian import hitung_capaian
from sakip.organisasi.models import Unit
from sakip.pengukuran.services import ukur_pd
from sakip.perencanaan.models import NodeCascade, PeriodePerencanaan

pytestmark = pytest.mark.django_db

TATA_RUANG = "Meningkatnya kesesuaian pemanfaatan ruang"  # the 2025-2029 RPJMD sasaran nobody supports
PARIWISATA = "Meningkatnya kualitas pariwisata, kepemudaan dan olahraga"  # Disparpora's sasaran supporting nothing


def _box(html: str, nama: str) -> str:
    """The markup of the box whose name is ``nama`` (its summary or div)."""
    match = re.search(r'<(summary|div) id="(k-[^"]+)" class="kotak[^"]*">(?:(?!</\1>).)*?<span class="nama">'
                      + re.escape(nama) + r"</span>.*?</\1>", html, re.S)
    assert match, nama
    return match.group(0)


def test_pemda_page_lists_the_seeded_misalignments_with_links(masuk: Callable[[str | None], Client]) -> None:
    html = masuk("pimpinan").get("/pohon/2025/").content.decode()
    assert "2 temuan" in html
    for nama in (TATA_RUANG, PARIWISATA):
        box = _box(html, nama)
        assert "tidak selaras" in box and "tidak-selaras" in box
        anchor = re.search(r'id="(k-[^"]+)"', box).group(1)
        assert f'href="#{anchor}"' in html  # the summary at the top links to the box
    assert "Tujuan/sasaran RPJMD tidak didukung perangkat daerah" in html
    assert "Tujuan/sasaran PD tidak mendukung tujuan/sasaran RPJMD" in html


def test_other_period_has_its_own_misalignments(masuk: Callable[[str | None], Client]) -> None:
    periode = PeriodePerencanaan.objects.get(nama="2021-2025")
    html = masuk("admin").get(f"/pohon/2025/?periode={periode.pk}").content.decode()
    assert "Meningkatnya kehidupan beragama dan kerukunan umat beragama" in html
    assert "Dinas Perpustakaan dan Kearsipan" in html and "2 temuan" in html
    assert masuk("admin").get("/pohon/2023/").content.decode().count("temuan") >= 1  # only 2021-2025 holds 2023


def test_filter_shows_only_the_misaligned_boxes_and_their_path(masuk: Callable[[str | None], Client]) -> None:
    html = masuk("inspektorat").get("/pohon/2025/?tampil=tidak-selaras").content.decode()
    assert TATA_RUANG in html and PARIWISATA in html
    assert "Kecamatan Mojosari" not in html and "Dinas Pendidikan" not in html
    assert "Tampilkan seluruh pohon" in html


def test_every_pd_hangs_under_the_rpjmd(masuk: Callable[[str | None], Client]) -> None:
    html = masuk("admin").get("/pohon/2025/").content.decode()
    assert "Belum selaras dengan RPJMD" not in html  # every PD tujuan supports an RPJMD box
    for pd in Unit.objects.perangkat_daerah().exclude(slug="kecamatan-mojosari").filter(sintetis=True):
        assert f'<span class="unit">{pd.nama}</span>' in html, pd.nama
    assert '<span class="unit">Kecamatan Mojosari</span>' in html


def test_capaian_shown_is_the_engines(masuk: Callable[[str | None], Client]) -> None:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    html = masuk("operator.mojosari").get("/pohon/2025/kecamatan-mojosari/").content.decode()  # 2025-2029
    perubahan = ukur_pd(unit, 2025).pk[-1]
    checked = 0
    for row in perubahan.baris:
        found = re.search(r'<li data-indikator="' + re.escape(row.input.nama) + r'">.*?</li>', html)
        if found is None or row.capaian.persen is None:
            continue  # a "kinerja lainnya" indicator sits in no box of the pohon
        assert f"<b>{fmt.persen(row.capaian.persen)}</b>" in found.group(0), row.input.nama
        checked += 1
    assert checked >= 2
    assert "<b>101,25%</b>" in html and "<b>101,59%</b>" in html  # IKM and Nilai SAKIP Kecamatan


def test_pemda_iku_computed_over_the_pds(masuk: Callable[[str | None], Client]) -> None:
    html = masuk("pimpinan").get("/pohon/2025/").content.decode()
    ikm = re.search(r'<li data-indikator="Indeks Kepuasan Masyarakat \(IKM\) Pemerintah Daerah">.*?</li>', html)
    expected = hitung_capaian(Decimal("90.05"), Decimal("90.87")).persen
    assert ikm and "realisasi 90,87" in ikm.group(0) and f"<b>{fmt.persen(expected)}</b>" in ikm.group(0)
    sakip = re.search(r'<li data-indikator="Rata-rata Nilai SAKIP Perangkat Daerah">.*?</li>', html)
    assert sakip and "realisasi 83,78" in sakip.group(0)


def test_programs_load_when_a_sasaran_is_opened(masuk: Callable[[str | None], Client]) -> None:
    client = masuk("admin")
    html = client.get("/pohon/2025/").content.decode()
    sasaran = NodeCascade.objects.get(unit__slug="kecamatan-mojosari", periode__nama="2025-2029",
                                      nama="Meningkatnya Kinerja Layanan Kecamatan", tingkat="sasaran")
    url = f"/pohon/2025/kecamatan-mojosari/simpul/{sasaran.pk}/"
    assert f'hx-get="{url}"' in html and "Program Penyelenggaraan" not in html
    part = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik" in part
    assert "<html" not in part and part.count("<li") == part.count("</li>")


def test_branch_page_is_well_formed_and_shows_sub_kegiatan(masuk: Callable[[str | None], Client]) -> None:
    html = masuk("kepala.mojosari").get("/pohon/2025/kecamatan-mojosari/").content.decode()
    tree = html[html.index('<ul class="pohon">'):html.index("</section>", html.index('<ul class="pohon">'))]
    for tag in ("li", "ul", "details"):
        assert tree.count(f"<{tag}") == tree.count(f"</{tag}>"), tag
    assert "Penyediaan Gaji dan Tunjangan ASN" in tree  # a sub kegiatan
    assert "juga mendukung: Meningkatnya kualitas pelayanan publik" in tree  # cross-cutting sasaran
    assert "selaras</span>" in html  # Mojosari itself has no finding
