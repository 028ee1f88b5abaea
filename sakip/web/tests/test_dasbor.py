"""The dashboards: a PD-year's figures as the LKjIP prints them, and every PD side by side."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.anggaran.services import tambah_mata_anggaran
from sakip.core import formatting as fmt
from sakip.core.budget import total as budget_total
from sakip.core.measurement import ringkasan_triwulan
from sakip.core.numbers import percent, round2
from sakip.organisasi.models import Pejabat, Unit
from sakip.pengukuran.services import budget_lines_many, ukur_pd
from sakip.perencanaan.models import Indikator, IndikatorTurunan, PeriodePerencanaan, Target
from sakip.perjanjian.services import (
    BarisAnggaranPK,
    PilihanIndikator,
    atur_anggaran_pk,
    buat_pk_dari_cascade,
    buat_pk_perubahan,
    tambah_indikator_pk,
    tandatangani_pk,
)
from sakip.realisasi.kelengkapan import kelengkapan

pytestmark = pytest.mark.django_db


def test_pd_dashboard_shows_the_reference_figures(operator: Client) -> None:
    html = operator.get("/pd/kecamatan-mojosari/2025/?tw=4").content.decode()
    assert "Perjanjian Kinerja Perubahan" in html
    assert "101,25%" in html and "101,59%" in html  # capaian of IKM and Nilai SAKIP (reference LKjIP)
    assert "90,31%" in html  # serapan anggaran
    assert "10,40" in html  # efisiensi
    assert "Rp\u00a09.759.995.720" in html
    assert "A (Sangat Baik)" in html  # IKM category


def test_pd_dashboard_lists_what_is_missing_for_the_triwulan(operator: Client, nilai_sakip_diketik) -> None:
    nilai_sakip_diketik("kecamatan-mojosari", "TW2")  # typed, as the demo had it before the Evaluasi AKIP
    html = operator.get("/pd/kecamatan-mojosari/2025/?tw=3").content.decode()
    missing = html.split("Yang belum diisi untuk Triwulan III")[1].split("</section>")[0]
    assert "Nilai SAKIP Kecamatan" in missing  # its rencana aksi plans it for TW III: due, and empty
    assert "IKM Kecamatan" not in missing  # provided by the SKM, never due
    assert "/pd/kecamatan-mojosari/2025/realisasi/?tw=3&amp;pk=1" in missing
    # Nothing is planned for it in TW IV: the "Ajukan" gate's rule, so the PD's TW IV lacks nothing.
    html = operator.get("/pd/kecamatan-mojosari/2025/?tw=4").content.decode()
    assert "Nilai SAKIP Kecamatan" not in html.split("Yang belum diisi untuk Triwulan IV")[1].split("</section>")[0]


def test_pd_dashboard_of_a_year_without_pk(operator: Client) -> None:
    response = operator.get("/pd/kecamatan-mojosari/2026/")
    assert response.status_code == 200
    assert "Belum ada perjanjian kinerja 2026" in response.content.decode()


def test_year_outside_every_period_is_not_found(operator: Client) -> None:
    assert operator.get("/pd/kecamatan-mojosari/2040/").status_code == 404


def test_pemda_dashboard_shows_every_pd(masuk: Callable[[str], Client]) -> None:
    html = masuk("pimpinan").get("/pemda/2025/").content.decode()
    top = Unit.objects.filter(induk__isnull=True).count()
    assert html.count('href="/pd/') >= top
    assert "Kecamatan Mojosari" in html and "Bagian Organisasi" in html
    for judul in ("Predikat kinerja (rata-rata capaian)", "Predikat SAKIP", "Mutu pelayanan (IKM)"):
        assert judul in html
    assert "90,31%" in html  # Mojosari's serapan in its row


def test_pemda_dashboard_filters_and_sorts(masuk: Callable[[str], Client]) -> None:
    client = masuk("inspektorat")
    html = client.get("/pemda/2025/", {"jenis": "kecamatan"}).content.decode()
    assert "Kecamatan Mojosari" in html and "Dinas Pendidikan" not in html
    html = client.get("/pemda/2025/", {"cari": "mojo"}).content.decode()
    assert "Kecamatan Mojosari" in html and "Kecamatan Dlanggu" not in html
    partial = client.get("/pemda/2025/", {"urut": "serapan", "arah": "turun"}, HTTP_HX_REQUEST="true",
                         HTTP_HX_TARGET="tabel-pd").content.decode()
    assert "<html" not in partial  # htmx swaps only the table
    rows = [r for r in partial.split("<tbody>")[1].split("</tr>") if "<td" in r]
    serapan = [r.split('class="angka">')[2].split("<")[0] for r in rows]
    values = [float(s.rstrip("%").replace(".", "").replace(",", ".")) for s in serapan if s != "–"]
    assert values == sorted(values, reverse=True)
    assert 'aria-sort="descending"' in partial


def test_pemda_dashboard_is_for_pemda_wide_roles(operator: Client) -> None:
    assert operator.get("/pemda/").status_code == 403


def pemda_queries(client: Client, tahun: int) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(f"/pemda/{tahun}/").status_code == 200
    return len(ctx.captured_queries)


def test_pemda_dashboard_query_count_does_not_grow_with_indicators(admin: Client) -> None:
    # Mojosari signs a 2026 PK with a few indicators (its derived ones among them), then a
    # perubahan with every indicator of its 2025-2029 cascade: more rows, same queries.
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    periode = PeriodePerencanaan.objects.get(nama="2025-2029")
    targets = dict(Target.objects.filter(indikator__unit=unit, tahun=2026).values_list("indikator_id", "nilai"))
    turunan = set(IndikatorTurunan.objects.filter(indikator__unit=unit).values_list("indikator_id", flat=True))
    semua = sorted(Indikator.objects.filter(unit=unit, periode=periode), key=lambda i: (i.pk not in turunan, i.urutan))
    assert len(semua) > 20
    pihak = {"pihak_pertama": Pejabat.objects.get(nama__startswith="YULIUS"),
             "pihak_kedua": Pejabat.objects.get(nama="MUHAMMAD ALBARRAA")}
    awal = buat_pk_dari_cascade(unit, tahun=2026, periode=periode, tanggal=date(2026, 1, 20),
                                  pilihan=[PilihanIndikator(i, targets.get(i.pk, 1)) for i in semua[:4]], **pihak)
    atur_anggaran_pk(awal, [BarisAnggaranPK("Program uji", Decimal(1))])  # signed only with its budget
    tandatangani_pk(awal)
    before = pemda_queries(admin, 2026)
    perubahan = buat_pk_perubahan(awal, tanggal=date(2026, 6, 30), alasan="uji")
    tambah_indikator_pk(perubahan, [PilihanIndikator(i, targets.get(i.pk, 1)) for i in semua[4:]])
    tandatangani_pk(perubahan)
    after = pemda_queries(admin, 2026)
    assert before == after
    assert after <= 40


# -- The pemda unit's own dashboard: the Bupati's PK, and the budget of every PD ----------------------

PEMDA_UNIT = "/pd/pemkab-mojokerto/2025/?tw=4"


def test_pemda_unit_dashboard_measures_the_bupati_pk_like_the_engine(admin: Client) -> None:
    unit = Unit.objects.get(slug="pemkab-mojokerto")
    html = admin.get(PEMDA_UNIT).content.decode()
    assert "Belum ada perjanjian kinerja" not in html
    hasil = ukur_pd(unit, 2025)
    assert hasil.pk and hasil.pk[-1].versi == "awal"
    rows = {b.input.nama: b for b in hasil.pk[-1].baris}
    ipm = rows["Indeks Pembangunan Manusia (IPM)"]
    assert ipm.capaian.terukur
    assert fmt.persen(ipm.capaian.persen) in html  # 76,41 of 76,20
    assert fmt.persen(hasil.pk[-1].utama.rata_rata_capaian) in html
    # Its own Nilai SAKIP (typed) and IKM (derived over every unit), not "–".
    assert "73,42" in html and "90,87" in html


def test_pemda_unit_dashboard_absorbs_the_budget_of_every_pd(admin: Client) -> None:
    units = list(Unit.objects.tanpa_pemda())
    lines = budget_lines_many([u.pk for u in units], 2025)
    semua = budget_total(line for ls in lines.values() for line in ls)
    assert semua.pagu > 0
    html = admin.get(PEMDA_UNIT).content.decode()
    section = html.split('id="judul-anggaran"')[1].split("</section>")[0]
    assert "Serapan anggaran per Perangkat Daerah" in section
    assert f"{fmt.rupiah(semua.realisasi, 0)} dari {fmt.rupiah(semua.pagu, 0)}" in html.replace("&nbsp;", "\u00a0")
    assert fmt.rupiah(semua.pagu, 0) in section and fmt.persen(semua.persen) in section
    assert 'href="/pd/kecamatan-mojosari/2025/?tw=4"' in section  # each PD links its dashboard
    assert "pemkab-mojokerto" not in section  # the Pemda is not one of its PDs
    assert section.count('href="/pd/') == sum(1 for ls in lines.values() if ls)


def test_pd_dashboards_keep_their_own_budget(operator: Client) -> None:
    section = operator.get("/pd/kecamatan-mojosari/2025/?tw=4").content.decode().split(
        'id="judul-anggaran"')[1].split("</section>")[0]
    assert "Serapan anggaran per program" in section
    assert 'href="/pd/' not in section


def _pd_queries(client: Client, slug: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(f"/pd/{slug}/2025/?tw=4").status_code == 200
    return len(ctx.captured_queries)


def test_pemda_unit_dashboard_query_count_does_not_grow_with_pds(admin: Client) -> None:
    before = _pd_queries(admin, "pemkab-mojokerto")
    baru = Unit.objects.tanpa_pemda().exclude(mata_anggaran__tahun=2025).first()
    assert baru is not None
    program = tambah_mata_anggaran(baru, 2025, tingkat="program", nama="Program uji")
    kegiatan = tambah_mata_anggaran(baru, 2025, tingkat="kegiatan", nama="Kegiatan uji", induk=program)
    tambah_mata_anggaran(baru, 2025, tingkat="sub_kegiatan", nama="Sub kegiatan uji", induk=kegiatan,
                      pagu=Decimal(1000000))
    html = admin.get(PEMDA_UNIT).content.decode()
    assert f'href="/pd/{baru.slug}/2025/?tw=4"' in html
    assert _pd_queries(admin, "pemkab-mojokerto") == before


# -- The Pemda dashboard as of a triwulan --------------------------------------------------------


def _kartu(html: str, label: str) -> str:
    return html.split(f'<p class="label">{label}</p>')[1].split("</div>")[0]


def _baris_pd(html: str, nama: str) -> str:
    return next(r for r in html.split("<tbody>")[-1].split("</tr>") if f">{nama}</a>" in r)


@pytest.mark.parametrize("tw", [1, 2, 3, 4])
def test_pemda_dashboard_as_of_a_triwulan_uses_the_measure_engine(masuk: Callable[[str], Client], tw: int) -> None:
    html = masuk("pimpinan").get("/pemda/2025/", {"triwulan": tw, "cari": "mojosari"}).content.decode()
    romawi = ["I", "II", "III", "IV"][tw - 1]
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    hasil = ukur_pd(unit, 2025, triwulan=tw)  # what `sakip measure --triwulan` prints
    row = _baris_pd(html, "Kecamatan Mojosari")
    assert f'href="/pd/kecamatan-mojosari/2025/?tw={tw}"' in row
    rata = ringkasan_triwulan(hasil.pk)
    assert rata is not None and rata.rata_rata_capaian is not None
    assert fmt.persen(rata.rata_rata_capaian) in row
    t = hasil.anggaran_triwulan
    assert t is not None and fmt.persen(t.persen) in row  # serapan s.d. TW, of the year's pagu
    assert hasil.rencana_anggaran is not None
    assert fmt.persen(round2(percent(hasil.rencana_anggaran, t.pagu))) in row  # anggaran kas s.d. TW
    k = kelengkapan(unit, 2025, tw)
    assert f"indikator {k.indikator_wajib}/{k.indikator_wajib}," in row
    assert f"sub kegiatan {k.sub_kegiatan}/{k.sub_kegiatan}" in row
    assert "Draf" in row
    # One denominator: every card speaks of the same PDs and the same pagu.
    assert f"s.d. Triwulan {romawi}" in html
    assert "1 dari 1 PD terukur" in _kartu(html, f"Rata-rata capaian s.d. TW {romawi}")
    assert f"{fmt.rupiah(t.realisasi, 0)} dari pagu {fmt.rupiah(t.pagu, 0)}" in _kartu(
        html, f"Serapan s.d. TW {romawi}").replace("&nbsp;", "\u00a0")
    assert "1 dari 1 PD" in _kartu(html, f"Isian TW {romawi} lengkap")


def test_pemda_dashboard_triwulan_rises_to_the_year(masuk: Callable[[str], Client]) -> None:
    client = masuk("inspektorat")
    serapan = []
    for tw in (1, 2, 3, 4):
        html = client.get("/pemda/2025/", {"triwulan": tw, "cari": "mojosari"}).content.decode()
        serapan.append(_kartu(html, f"Serapan s.d. TW {['I', 'II', 'III', 'IV'][tw - 1]}").split("<p class=\"nilai\">")[1]
                       .split("<")[0])
    assert serapan[-1] == "90,31%"  # the year's serapan, reached at TW IV
    values = [Decimal(s.rstrip("%").replace(".", "").replace(",", ".")) for s in serapan]
    assert values == sorted(values) and values[0] < values[-1]


def test_an_incomplete_triwulan_shows_on_the_pemda_dashboard(masuk: Callable[[str], Client],
                                                              mojosari_tw1_belum_lengkap: None) -> None:
    k = kelengkapan(Unit.objects.get(slug="kecamatan-mojosari"), 2025, 1)
    html = masuk("admin").get("/pemda/2025/?triwulan=1&cari=mojosari").content.decode()
    row = _baris_pd(html, "Kecamatan Mojosari")
    terisi = k.indikator_wajib - len(k.indikator_belum)
    assert f"indikator {terisi}/{k.indikator_wajib}" in row and "lengkap</span>" not in row
    assert "0 dari 1 PD" in _kartu(html, "Isian TW I lengkap")


@pytest.mark.parametrize("nilai", ["9", "0", "x", "²", "1.5", "-1", "99999999999999999999999"])
def test_pemda_dashboard_bad_triwulan_shows_the_year_with_a_message(masuk: Callable[[str], Client],
                                                                     nilai: str) -> None:
    response = masuk("pimpinan").get("/pemda/2025/", {"triwulan": nilai, "jenis": "kecamatan"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "tidak dikenal (pilih 1 sampai 4); ditampilkan keadaan setahun" in html
    assert "Rata-rata capaian kinerja" in html and "Isian TW" not in html  # the annual view
    assert "Dinas Pendidikan" not in html  # the other filters still apply


def test_pemda_dashboard_triwulan_query_count_does_not_grow_with_pds(admin: Client) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert admin.get("/pemda/2025/?triwulan=2").status_code == 200
        return len(ctx.captured_queries)

    before = queries()
    ditambah = 0
    for baru in Unit.objects.tanpa_pemda().exclude(mata_anggaran__tahun=2025).order_by("pk")[:3]:
        program = tambah_mata_anggaran(baru, 2025, tingkat="program", nama="Program uji")
        kegiatan = tambah_mata_anggaran(baru, 2025, tingkat="kegiatan", nama="Kegiatan uji", induk=program)
        tambah_mata_anggaran(baru, 2025, tingkat="sub_kegiatan", nama="Sub kegiatan uji", induk=kegiatan,
                             pagu=Decimal(1000000))
        ditambah += 1
    assert ditambah == 3
    html = admin.get("/pemda/2025/?triwulan=2").content.decode()
    assert "sub kegiatan 0/1" in html  # the new PDs are listed, with their empty triwulan
    assert queries() == before
