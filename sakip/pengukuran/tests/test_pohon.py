"""Loading the pohon costs a fixed number of queries, whatever the number of PDs and boxes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.core.pohon import JenisTidakSelaras, TingkatPohon, jelajah
from sakip.organisasi import services as org
from sakip.organisasi.models import Pemda, Unit
from sakip.pengukuran.pohon import pohon_pemda, pohon_unit
from sakip.perencanaan import services as plan
from sakip.perencanaan.models import NodeCascade, PeriodePerencanaan
from sakip.realisasi.services import catat_realisasi_tahun

pytestmark = pytest.mark.django_db


def _count(fn, *args, **kwargs) -> int:  # any loader
    with CaptureQueriesContext(connection) as ctx:
        fn(*args, **kwargs)
    return len(ctx.captured_queries)


def _periode() -> PeriodePerencanaan:
    return PeriodePerencanaan.objects.get(nama="2025-2029")


def test_query_count_does_not_grow_with_pds() -> None:
    pemda, periode = Pemda.objects.get(slug="kabupaten-mojokerto"), _periode()
    before = _count(pohon_pemda, pemda, periode, 2025)
    assert before <= 32  # 30, one read of the units' SKM surveys (IKM) and one of their final LKE (Nilai SAKIP)
    unit = org.buat_unit(pemda, slug="dinas-baru", nama="Dinas Baru", jenis="dinas", urutan=99)
    target = NodeCascade.objects.get(unit__jenis="pemda", periode=periode, nama__startswith="Meningkatnya kualitas "
                                     "pelayanan publik")
    for t in range(3):
        tujuan = plan.tambah_node(unit, periode, tingkat="tujuan", nama=f"Tujuan {t}", mendukung=target)
        sasaran = plan.tambah_node(unit, periode, tingkat="sasaran", nama=f"Sasaran {t}", induk=tujuan,
                                mendukung=target)
        ind = plan.tambah_indikator(unit, periode, node=sasaran, ref=f"i{t}", nama=f"Indikator {t}", satuan="%",
                                 targets={2025: Decimal("80")})
        catat_realisasi_tahun(ind, {2025: {"TAHUN": Decimal("60")}})
    assert _count(pohon_pemda, pemda, periode, 2025) == before
    pohon = pohon_pemda(pemda, periode, 2025)
    baru = [s for s in pohon.simpul.values() if s.input.unit == "Dinas Baru" and s.tingkat is TingkatPohon.SASARAN]
    assert [s.capaian for s in baru] == [Decimal("75.00")] * 3 and {s.warna for s in baru} == {2}


def test_branch_costs_the_same_for_a_small_and_a_large_pd() -> None:
    periode = _periode()
    counts = {slug: _count(pohon_unit, Unit.objects.get(slug=slug), periode, 2025)
              for slug in ("kecamatan-trowulan", "bappeda", "dinas-kesehatan")}  # the last with five UPT
    assert len(set(counts.values())) == 1 and max(counts.values()) <= 32, counts  # incl. one SKM and one LKE read
    # A derived indicator (Mojosari's serapan from its DPA) costs a fixed extra: the budget read.
    assert _count(pohon_unit, Unit.objects.get(slug="kecamatan-mojosari"), periode, 2025) <= max(counts.values()) + 2


def test_branch_keeps_its_units_boxes_and_the_rpjmd_path() -> None:
    pohon = pohon_unit(Unit.objects.get(slug="dinas-kesehatan"), _periode(), 2025)
    units = {s.input.unit for s in pohon.simpul.values() if not s.input.rpjmd}
    assert units == {"Dinas Kesehatan", *(f"UPT Puskesmas {p}" for p in ("Pacet", "Trawas", "Gondang",
                                                                        "Dlanggu", "Sooko"))}
    path = [s.tingkat for s, _ in jelajah(pohon.akar)][:4]
    assert path == [TingkatPohon.VISI, TingkatPohon.MISI, TingkatPohon.TUJUAN, TingkatPohon.SASARAN]
    assert pohon.tidak_selaras == []


def test_seeded_misalignments_of_both_periods() -> None:
    pemda = Pemda.objects.get(slug="kabupaten-mojokerto")
    found = {}
    for periode in PeriodePerencanaan.objects.filter(pemda=pemda):
        pohon = pohon_pemda(pemda, periode, 2025)
        found[periode.nama] = {(t.jenis, pohon.simpul[t.key].input.label) for t in pohon.tidak_selaras}
    assert found == {
        "2021-2025": {
            (JenisTidakSelaras.TANPA_PENDUKUNG, "Meningkatnya kehidupan beragama dan kerukunan umat beragama"),
            (JenisTidakSelaras.TIDAK_MENDUKUNG, "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan Dinas "
                                                "Perpustakaan dan Kearsipan"),
        },
        "2025-2029": {
            (JenisTidakSelaras.TANPA_PENDUKUNG, "Meningkatnya kesesuaian pemanfaatan ruang"),
            (JenisTidakSelaras.TIDAK_MENDUKUNG, "Meningkatnya kualitas pariwisata, kepemudaan dan olahraga"),
        },
    }
