"""The ranking of the PDs: its order and ranks are the engine's figures sorted, in constant queries."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.anggaran.services import catat_realisasi_anggaran, tambah_mata_anggaran
from sakip.core import formatting as fmt
from sakip.organisasi import services as org
from sakip.organisasi.models import Pemda, Unit
from sakip.pemantauan.services import KOLOM, peringkat_pd
from sakip.pengukuran.dasbor import KODE_IKM, KODE_SAKIP, unit_pelapor
from sakip.pengukuran.services import nilai_standar, ukur_pd_banyak

pytestmark = pytest.mark.django_db


@pytest.fixture
def pemda() -> Pemda:
    return Pemda.objects.get(slug="kabupaten-mojokerto")


def engine(pemda: Pemda, tahun: int) -> dict[str, dict[int, Decimal | None]]:
    """Each ranked figure of each PD, straight from the engine."""
    units = unit_pelapor(pemda, tahun)
    hasil = ukur_pd_banyak(units, tahun)
    nilai = nilai_standar(units, tahun, [KODE_SAKIP, KODE_IKM])
    out: dict[str, dict[int, Decimal | None]] = {k: {} for k in KOLOM}
    for u in units:
        h = hasil.get(u.pk)
        out["capaian"][u.pk] = h.capaian_kinerja if h else None
        out["serapan"][u.pk] = h.anggaran.persen if h else None
        for kode in (KODE_SAKIP, KODE_IKM):
            n = nilai.get(u.pk, {}).get(kode)
            out[kode][u.pk] = n.nilai if n else None
    return out


def expected_order(values: dict[int, Decimal | None], turun: bool) -> list[int]:
    nama = dict(Unit.objects.filter(pk__in=values).values_list("pk", "nama"))
    have = sorted((k for k, v in values.items() if v is not None), key=lambda k: nama[k].casefold())
    have.sort(key=lambda k: values[k], reverse=turun)  # type: ignore[arg-type,return-value]
    return have + sorted((k for k, v in values.items() if v is None), key=lambda k: nama[k].casefold())


@pytest.mark.parametrize(("urut", "turun"), [("capaian", True), ("serapan", False), (KODE_SAKIP, True),
                                             (KODE_IKM, False)])
def test_order_is_the_engines_figures_sorted(pemda: Pemda, urut: str, turun: bool) -> None:
    values = engine(pemda, 2025)[urut]
    assert sum(v is not None for v in values.values()) > 10
    data = peringkat_pd(pemda, 2025, urut=urut, turun=turun)
    assert [r.unit.pk for r in data.baris] == expected_order(values, turun)


def test_ranks_share_ties_and_skip(pemda: Pemda) -> None:
    values = engine(pemda, 2025)
    data = peringkat_pd(pemda, 2025)
    for r in data.baris:
        for kode, n in r.nilai.items():
            assert n.nilai == values[kode][r.unit.pk]
            if n.nilai is None:
                assert n.peringkat is None
            else:
                better = sum(1 for v in values[kode].values() if v is not None and v > n.nilai)
                assert n.peringkat == better + 1


def test_change_since_last_year_is_the_difference_of_the_engines_figures(pemda: Pemda) -> None:
    ini, lalu = engine(pemda, 2026), engine(pemda, 2025)
    data = peringkat_pd(pemda, 2026)
    compared = 0
    for r in data.baris:
        for kode, n in r.nilai.items():
            a, b = ini[kode][r.unit.pk], lalu[kode].get(r.unit.pk)
            if a is None or b is None:
                assert n.selisih is None and n.teks_selisih == ""
            else:
                compared += 1
                assert n.selisih == a - b
                assert fmt.angka(abs(a - b)) in n.teks_selisih
    assert data.ada_tahun_lalu and compared > 10


def test_page_shows_the_ranking_with_indonesian_numbers(masuk: Callable[[str], Client], pemda: Pemda) -> None:
    html = masuk("pimpinan").get("/pemantauan/2025/peringkat/?urut=serapan&arah=turun").content.decode()
    data = peringkat_pd(pemda, 2025, urut="serapan", turun=True)
    slugs = re.findall(r'<a href="/pd/([\w-]+)/2025/">', html)
    assert slugs == [r.unit.slug for r in data.baris]
    top = data.baris[0].nilai["serapan"]
    assert top.peringkat == 1 and f"#1</span><strong>{fmt.persen(top.nilai)}</strong>" in html
    assert "," in fmt.persen(top.nilai)  # '87,02%': decimal comma
    # The active column's header sorts the other way on the next click.
    assert 'aria-sort="descending"' in html and "urut=serapan&amp;arah=naik" in html


def test_htmx_sorting_returns_the_table_only(masuk: Callable[[str], Client]) -> None:
    response = masuk("admin").get("/pemantauan/2025/peringkat/?urut=ikm", HTTP_HX_REQUEST="true",
                                  HTTP_HX_TARGET="tabel-peringkat")
    html = response.content.decode()
    assert response.status_code == 200 and "<table" in html and "<html" not in html


def _pd_baru(pemda: Pemda, i: int) -> None:
    """A PD with a DPA of one sub kegiatan, so it is measured and ranked."""
    unit = org.buat_unit(pemda, slug=f"dinas-uji-{i}", nama=f"Dinas Uji {i}", jenis="dinas")
    program = tambah_mata_anggaran(unit, 2025, tingkat="program", nama="Program Uji", kode="9.01.01")
    kegiatan = tambah_mata_anggaran(unit, 2025, tingkat="kegiatan", nama="Kegiatan Uji", kode="9.01.01.1.01",
                                 induk=program)
    sub = tambah_mata_anggaran(unit, 2025, tingkat="sub_kegiatan", nama="Sub Kegiatan Uji", kode="9.01.01.1.01.0001",
                            induk=kegiatan, pagu=Decimal("1000000"))
    catat_realisasi_anggaran(sub, {1: Decimal("250000"), 2: Decimal(100000 * i)})


def test_query_count_does_not_grow_with_the_number_of_pds(masuk: Callable[[str], Client], pemda: Pemda) -> None:
    client = masuk("admin")
    client.get("/pemantauan/2025/peringkat/")  # warm caches (sessions, content types)
    with CaptureQueriesContext(connection) as before:
        client.get("/pemantauan/2025/peringkat/")
    for i in range(1, 4):
        _pd_baru(pemda, i)
    with CaptureQueriesContext(connection) as after:
        html = client.get("/pemantauan/2025/peringkat/").content.decode()
    assert "Dinas Uji 3" in html
    assert len(after.captured_queries) == len(before.captured_queries)
