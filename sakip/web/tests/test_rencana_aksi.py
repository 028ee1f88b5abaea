"""The rencana aksi page: the PK in force's triwulan targets and actions, entered in a grid (issue #13)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.perjanjian.models import IndikatorPK
from sakip.rencana_aksi.baca import rencana_baris

pytestmark = pytest.mark.django_db
URL = "/pd/kecamatan-mojosari/2025/rencana-aksi/"


def _row(awal: str) -> IndikatorPK:
    return IndikatorPK.objects.get(sasaran__perjanjian__unit__slug="kecamatan-mojosari",
                                   sasaran__perjanjian__tahun=2025, sasaran__perjanjian__nomor_perubahan=1,
                                   indikator__nama__startswith=awal)


def test_the_grid_shows_the_pk_in_force_with_its_rencana_aksi(operator: Client) -> None:
    html = operator.get(URL).content.decode()
    assert "Perjanjian Kinerja Perubahan" in html
    row = _row("Persentase layanan")
    for tw, v in ((1, "25"), (2, "50"), (3, "75"), (4, "100")):
        assert f'name="t{row.pk}_{tw}" value="{v}"' in html


def test_operator_saves_targets_text_and_actions(operator: Client) -> None:
    row, sakip = _row("Persentase hasil koordinasi"), _row("Nilai SAKIP")
    post = {f"ada{row.pk}": "1", f"t{row.pk}_1": "20", f"t{row.pk}_2": "45,5", f"t{row.pk}_3": "75",
            f"t{row.pk}_4": "100", f"k{row.pk}": "1", f"a{row.pk}": "Rapat koordinasi desa | Kasi Pemerintahan",
            f"ada{sakip.pk}": "1", f"t{sakip.pk}_2": "LKjIP direviu", f"t{sakip.pk}_3": "83", f"k{sakip.pk}": "1"}
    r = operator.post(URL, post)
    assert r.status_code == 302
    rencana = rencana_baris([row.pk, sakip.pk])
    assert rencana[row.pk].target == {1: Decimal(20), 2: Decimal("45.5"), 3: Decimal(75), 4: Decimal(100)}
    assert rencana[row.pk].aksi == [("Rapat koordinasi desa", "Kasi Pemerintahan")]
    assert rencana[sakip.pk].teks == {2: "LKjIP direviu"}


def test_a_refused_target_is_named_on_its_row_and_kept(operator: Client) -> None:
    row = _row("Persentase hasil koordinasi")
    r = operator.post(URL, {f"ada{row.pk}": "1", f"t{row.pk}_1": "20000", f"k{row.pk}": "1"})
    assert r.status_code == 422
    html = r.content.decode()
    assert "Target triwulan I Persentase hasil koordinasi" in html
    assert f'name="t{row.pk}_1" value="20000"' in html


def test_kepala_reads_but_cannot_save(kepala: Client) -> None:
    assert kepala.get(URL).status_code == 200
    row = _row("IKM")
    assert kepala.post(URL, {f"ada{row.pk}": "1", f"t{row.pk}_1": "1"}).status_code == 403


def test_another_pd_cannot_reach_the_page(masuk: Callable[[str], Client]) -> None:
    other = masuk("operator.organisasi")
    assert other.get(URL).status_code in (403, 404)
    row = _row("IKM")
    assert other.post(URL, {f"ada{row.pk}": "1", f"t{row.pk}_1": "1"}).status_code in (403, 404)
    assert rencana_baris([row.pk])[row.pk].target.get(1) is None


def test_dashboard_shows_the_triwulan_target_and_keeps_one_denominator(operator: Client) -> None:
    html = {tw: operator.get(f"/pd/kecamatan-mojosari/2025/?tw={tw}").content.decode() for tw in (1, 4)}
    assert "Target TW I" in html[1] and "Target TW IV" in html[4]
    assert "Isi rencana aksi" in html[1]


def _count(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_grid_query_count_is_flat_in_the_number_of_indicators(operator: Client) -> None:
    from sakip.organisasi.models import Unit
    from sakip.perencanaan import services as perencanaan
    from sakip.perencanaan.models import PeriodePerencanaan
    from sakip.perjanjian import services as perjanjian
    from sakip.perjanjian.models import PerjanjianKinerja

    unit = Unit.objects.get(slug="kecamatan-mojosari")
    signed = PerjanjianKinerja.objects.get(unit=unit, tahun=2025, nomor_perubahan=1)
    draf = perjanjian.buat_pk_perubahan(signed, tanggal=date(2025, 11, 3), alasan="Uji")
    before = _count(operator, URL)
    periode = PeriodePerencanaan.objects.get(pemda=unit.pemda, nama="2025-2029")
    baru = [perencanaan.tambah_indikator(unit, periode, node=None, nama=f"Indikator uji {i}") for i in range(6)]
    perjanjian.tambah_indikator_pk(draf, [perjanjian.PilihanIndikator(b, Decimal(5)) for b in baru])
    assert IndikatorPK.objects.filter(sasaran__perjanjian=draf).count() >= 10
    assert _count(operator, URL) == before


def test_dashboard_query_count_does_not_grow_with_rencana_aksi(operator: Client) -> None:
    from sakip.rencana_aksi.services import IsianRencana, simpan_rencana_aksi_batch

    url = "/pd/kecamatan-mojosari/2025/?tw=2"
    before = _count(operator, url)
    pk = _row("IKM").sasaran.perjanjian
    rows = IndikatorPK.objects.filter(sasaran__perjanjian=pk)
    simpan_rencana_aksi_batch(pk, {r.pk: IsianRencana(target={1: Decimal(1), 2: Decimal(2)}, aksi=[("a", "b")])
                                   for r in rows})
    assert _count(operator, url) == before


def test_realisasi_grid_shows_the_rencana_aksi_target_under_each_triwulan(operator: Client) -> None:
    html = operator.get("/pd/kecamatan-mojosari/2025/realisasi/?tw=2&pk=1").content.decode()
    for t in ("target 25", "target 50", "target 75", "target 100", "target 83", "target 92"):
        assert f'<span class="target-ra">{t}</span>' in html, t
