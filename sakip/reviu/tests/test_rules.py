"""Validation rules on stored data: each on the demo data and with a fault planted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.anggaran.models import MataAnggaran
from sakip.anggaran.services import catat_realisasi_anggaran, tambah_mata_anggaran
from sakip.organisasi.models import Jabatan, Unit
from sakip.perencanaan import services as perencanaan
from sakip.perencanaan.models import Indikator, PeriodePerencanaan, Target
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.realisasi.services import catat_realisasi, simpan_narasi_indikator, simpan_narasi_unit
from sakip.reviu.rules import ATURAN, TemuanData, reviu_data

pytestmark = pytest.mark.django_db


def unit(slug: str) -> Unit:
    return Unit.objects.get(slug=slug)


def kode(temuan: list[TemuanData]) -> list[str]:
    return [t.kode for t in temuan]


def test_every_rule_has_a_code_a_severity_and_a_description() -> None:
    assert len({a.kode for a in ATURAN}) == len(ATURAN) >= 11
    assert all(a.uraian and a.tingkat.value in ("galat", "peringatan", "info") for a in ATURAN)


def test_mojosari_demo_data() -> None:
    temuan = reviu_data(unit("kecamatan-mojosari"), 2025)
    # The two missed targets (98,70 % and 97,18 %) have penghambat, solusi and tindak lanjut written.
    assert sorted(kode(temuan)) == ["ANGGARAN_PK_BEDA_DPA", "INDIKATOR_TANPA_FORMULASI"]
    (dpa,) = [t for t in temuan if t.kode == "ANGGARAN_PK_BEDA_DPA"]
    assert (dpa.nilai, dpa.seharusnya) == ("Rp 7.224.893.790", "Rp 6.697.421.790 (DPA)")
    assert dpa.lokasi.startswith("Perjanjian Kinerja Perubahan 2025 › Anggaran › 7.01.01")
    assert dpa.url  # a place to fix it


def test_bagian_organisasi_demo_data() -> None:
    assert kode(reviu_data(unit("bagian-organisasi"), 2025)) == ["INDIKATOR_TANPA_SUMBER_DATA"] * 3


def test_pk_tidak_ada() -> None:
    assert kode(reviu_data(unit("sekretariat-daerah"), 2025))[0] == "PK_TIDAK_ADA"


def test_pk_indicator_without_realisasi() -> None:
    from sakip.skm.models import Survei

    # The IKM is read from the unit's SKM: without its 2025 surveys there is no figure.
    Survei.objects.filter(unit__slug="kecamatan-mojosari", tahun=2025).delete()
    temuan = [t for t in reviu_data(unit("kecamatan-mojosari"), 2025) if t.kode == "PK_TANPA_REALISASI"]
    # the PK awal reads the same value through the pendahulu link, so both PKs lack it
    assert len(temuan) == 2 and all("IKM Kecamatan" in t.pesan for t in temuan)


def test_pk_indicator_with_target_zero_or_without_plan_target() -> None:
    ipk = IndikatorPK.objects.filter(sasaran__perjanjian__unit__slug="bagian-organisasi").first()
    assert ipk is not None
    IndikatorPK.objects.filter(pk=ipk.pk).update(target=0)  # a fault in old data: signed PKs refuse saves
    Target.objects.filter(indikator_id=ipk.indikator_id, tahun=2025).delete()
    got = kode(reviu_data(unit("bagian-organisasi"), 2025))
    assert "PK_TANPA_TARGET" in got and "TARGET_RENCANA_KOSONG" in got


def test_realisasi_anggaran_above_pagu() -> None:
    line = MataAnggaran.objects.filter(unit__slug="bagian-organisasi", tahun=2025, tingkat="sub_kegiatan").first()
    assert line is not None and line.pagu is not None
    catat_realisasi_anggaran(line, {4: line.pagu + 1})
    (t,) = [t for t in reviu_data(unit("bagian-organisasi"), 2025) if t.kode == "ANGGARAN_MELEBIHI_PAGU"]
    assert line.nama in t.pesan and t.tingkat.value == "galat"


def test_cumulative_series_going_down() -> None:
    ind = Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="layanan-standar-2529")
    catat_realisasi(ind, 2025, {"TW3": Decimal("40")})
    (t,) = [t for t in reviu_data(unit("kecamatan-mojosari"), 2025) if t.kode == "REALISASI_KUMULATIF_TURUN"]
    assert t.nilai == "40,00" and t.seharusnya == "paling sedikit 50,00"


def test_pk_budget_differs_from_dpa() -> None:
    kegiatan = MataAnggaran.objects.get(unit__slug="bagian-organisasi", tahun=2025, tingkat="kegiatan")
    tambah_mata_anggaran(unit("bagian-organisasi"), 2025, tingkat="sub_kegiatan", nama="Sub kegiatan tambahan",
                      kode="4.01.01.2.10.0009", induk=kegiatan, pagu=Decimal("1000000"))
    (t,) = [t for t in reviu_data(unit("bagian-organisasi"), 2025) if t.kode == "ANGGARAN_PK_BEDA_DPA"]
    assert t.nilai == "Rp 796.858.170" and t.seharusnya == "Rp 797.858.170 (DPA)"


def test_indicator_without_formulasi() -> None:
    Indikator.objects.filter(unit__slug="bagian-organisasi", iku=True, periode__nama="2025-2029").update(formulasi="")
    got = [t for t in reviu_data(unit("bagian-organisasi"), 2025) if t.kode == "INDIKATOR_TANPA_FORMULASI"]
    assert len(got) == 3


def test_category_label_that_does_not_fit_the_scale() -> None:
    ikm = Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="ikm-2529")
    Indikator.objects.filter(pk=ikm.pk).update(
        definisi="Kategori Jelek : 25 – 64,99 Kategori Kurang Baik : 65 – 76,60 Kategori Baik : 70 – 88,30")
    got = [t for t in reviu_data(unit("kecamatan-mojosari"), 2025) if t.kode == "KATEGORI_TIDAK_SESUAI_SKALA"]
    assert {t.nilai for t in got} == {"Jelek", "70,00"}


def test_predikat_in_a_narrative_against_the_value(nilai_sakip_diketik) -> None:
    nilai_sakip_diketik("sekretariat-daerah")  # typed, as the demo had it before the Evaluasi AKIP
    setda = Indikator.objects.get(unit__slug="sekretariat-daerah", kode_standar="nilai_sakip")
    simpan_narasi_unit(unit("sekretariat-daerah"), 2025, "prestasi",
                    "Nilai hasil evaluasi AKIP Sekretariat Daerah mendapatkan predikat A.")
    catat_realisasi(setda, 2025, {"TAHUN": Decimal("75")})  # BB, while the narrative says "predikat A"
    got = [t for t in reviu_data(unit("sekretariat-daerah"), 2025) if t.kode == "KATEGORI_TIDAK_SESUAI_SKALA"]
    assert [(t.nilai, t.seharusnya) for t in got] == [("predikat A", "predikat BB")]


def test_signatory_not_in_post_on_the_pk_date() -> None:
    pk = PerjanjianKinerja.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, nomor_perubahan=0)
    Jabatan.objects.filter(pk=pk.pihak_pertama_id).update(mulai=date(2025, 2, 1))
    got = [t for t in reviu_data(unit("kecamatan-mojosari"), 2025) if t.kode == "PENANDATANGAN_TIDAK_MENJABAT"]
    assert len(got) == 1 and "24-01-2025" in got[0].pesan and "pihak pertama" in got[0].lokasi


def test_iku_missing_from_the_pk() -> None:
    u = unit("kecamatan-mojosari")
    periode = PeriodePerencanaan.objects.get(pemda=u.pemda, nama="2025-2029")
    perencanaan.tambah_indikator(u, periode, ref="iku-baru", nama="Indeks Pelayanan Publik Kecamatan", satuan="Nilai",
                              iku=True, formulasi="x", sumber_data="y")
    (t,) = [t for t in reviu_data(u, 2025) if t.kode == "IKU_TIDAK_DI_PK"]
    assert "Indeks Pelayanan Publik Kecamatan" in t.pesan


def test_narrative_for_an_indicator_below_target() -> None:
    ind = Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="ip-asn-2125")
    simpan_narasi_indikator(ind, 2025, faktor_penghambat="Kualifikasi pendidikan", solusi="",
                            rencana_tindak_lanjut="")
    (got,) = [t for t in reviu_data(unit("kecamatan-mojosari"), 2025) if t.kode == "NARASI_PENGHAMBAT_KOSONG"]
    assert got.tingkat.value == "galat"  # an LKjIP cannot be signed with a miss left unexplained
    assert "Indeks Profesionalitas ASN PD 97,18% di bawah target" in got.pesan
    assert "solusi, rencana tindak lanjut belum ditulis" in got.pesan
    assert reviu_data(unit("kecamatan-mojosari"), 2025)[0].kode == "NARASI_PENGHAMBAT_KOSONG"  # errors first


def test_a_met_target_needs_no_penghambat() -> None:
    ind = Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="inovasi-2125")
    simpan_narasi_indikator(ind, 2025, faktor_penghambat="", solusi="", rencana_tindak_lanjut="")
    assert "NARASI_PENGHAMBAT_KOSONG" not in kode(reviu_data(unit("kecamatan-mojosari"), 2025))


def test_query_count_does_not_grow_with_indicators() -> None:
    counts = {}
    for slug in ("dinas-pendidikan", "dinas-kesehatan", "kecamatan-trowulan", "bappeda"):
        u = unit(slug)
        with CaptureQueriesContext(connection) as ctx:
            reviu_data(u, 2025)
        counts[slug] = (len(ctx.captured_queries), Indikator.objects.filter(unit=u).count())
    assert len({n for _, n in counts.values()}) > 1, "the PDs should differ in size"
    assert len({q for q, _ in counts.values()}) == 1, counts
    assert next(iter(counts.values()))[0] <= 20


def test_where_to_fix_links_are_the_web_pages_of_the_whole_site(client) -> None:  # pytest-django
    """The links are reversed through the web app's URLconf alone (no API, no importer loaded);
    each one is the page the whole site serves there."""
    from django.urls import resolve

    temuan = [t for slug in ("kecamatan-mojosari", "bagian-organisasi") for t in reviu_data(unit(slug), 2025)]
    urls = [t.url for t in temuan if t.url]
    assert len(urls) >= 3
    for url in urls:
        assert resolve(url).namespace == "web", url
    client.login(username="admin", password="sakip-demo")  # the demo's published password
    assert client.get(urls[0]).status_code == 200
