"""Faktor per triwulan on the realisasi side: pendorong, penghambat, solusi per PK indicator (issue #13)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.audit.models import Jejak
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.rencana_aksi.baca import faktor_triwulan, narasi_dari_faktor
from sakip.rencana_aksi.services import simpan_faktor_triwulan

from .conftest import user

pytestmark = pytest.mark.django_db
URL = "/pd/kecamatan-mojosari/2025/realisasi/faktor/"


def _ind(awal: str) -> Indikator:
    return IndikatorPK.objects.get(sasaran__perjanjian__unit__slug="kecamatan-mojosari",
                                   sasaran__perjanjian__tahun=2025, sasaran__perjanjian__nomor_perubahan=1,
                                   indikator__nama__startswith=awal).indikator


def _faktor(ind: Indikator, tw: int) -> dict[str, str]:
    f = faktor_triwulan([ind.pk], 2025).get(ind.pk, {}).get(tw)
    return {} if f is None else {"pendorong": f.pendorong, "penghambat": f.penghambat, "solusi": f.solusi}


def test_the_page_lists_the_pk_indicators_with_their_triwulan_figures(operator: Client) -> None:
    html = operator.get(URL + "?tw=2").content.decode()
    ind = _ind("Persentase layanan")
    assert f'name="f{ind.pk}-penghambat"' in html and f'name="f{ind.pk}-solusi"' in html
    assert f"Faktor penghambat<span class=\"lewati-visual\"> Triwulan II: {ind.nama}" in html
    assert "Target Triwulan II: <strong>50</strong>" in html  # the rencana aksi's 25/50/75/100
    assert "Faktor pendorong, penghambat &amp; solusi" in html  # its sub tab beside "Nilai indikator"
    realisasi = operator.get("/pd/kecamatan-mojosari/2025/realisasi/?tw=2").content.decode()
    assert f'href="{URL}?tw=2"' in realisasi  # reached from the triwulan's realisasi


def test_operator_saves_a_penghambat_stored_audited_and_shown_again(operator: Client) -> None:
    ind = _ind("Persentase hasil koordinasi")
    r = operator.post(URL, {"tw": "2", f"f{ind.pk}-penghambat": "Rapat koordinasi desa tertunda banjir",
                            f"a-f{ind.pk}-penghambat": "", f"f{ind.pk}-solusi": "Rapat dijadwalkan ulang Juli",
                            f"a-f{ind.pk}-solusi": ""})
    assert r.status_code == 302 and r["Location"].endswith("?tw=2")
    assert _faktor(ind, 2) == {"pendorong": "", "penghambat": "Rapat koordinasi desa tertunda banjir",
                               "solusi": "Rapat dijadwalkan ulang Juli"}
    assert Jejak.objects.filter(model="rencana_aksi.faktortriwulan", field="penghambat", pengguna=user(
        "operator.mojosari"), baru="Rapat koordinasi desa tertunda banjir").exists()
    html = operator.get(URL + "?tw=2").content.decode()
    assert "Faktor 1 indikator tersimpan." in html
    assert "Rapat koordinasi desa tertunda banjir</textarea>" in html
    # the annual narrative takes it where it has no text of its own
    assert "Triwulan II: Rapat koordinasi desa tertunda banjir" in narasi_dari_faktor([ind.pk], 2025)[ind.pk][
        "faktor_penghambat"]


def test_a_field_left_as_shown_is_not_written(operator: Client) -> None:
    ind = _ind("Persentase hasil koordinasi")
    simpan_faktor_triwulan(ind, 2025, 1, pendorong="Dukungan kepala desa")
    r = operator.post(URL, {"tw": "1", f"f{ind.pk}-pendorong": "Dukungan kepala desa",
                            f"a-f{ind.pk}-pendorong": "Dukungan kepala desa"})
    assert r.status_code == 302
    assert "Tidak ada faktor yang berubah." in operator.get(URL + "?tw=1").content.decode()


def test_a_closed_triwulan_refuses_and_keeps_the_typed_text(admin: Client, operator: Client,
                                                             kelengkapan_peringatan: None) -> None:
    from sakip.realisasi.alur import ajukan

    unit = Unit.objects.get(slug="kecamatan-mojosari")
    ajukan(user("operator.mojosari"), unit, 2025, 3)
    ind = _ind("Persentase layanan")
    r = operator.post(URL, {"tw": "3", f"f{ind.pk}-penghambat": "Teks yang tidak boleh hilang",
                            f"a-f{ind.pk}-penghambat": ""})
    assert r.status_code == 422
    html = r.content.decode()
    assert "berstatus diajukan; perubahan ditolak" in html
    assert "Teks yang tidak boleh hilang" in html
    assert _faktor(ind, 3) == {}
    page = operator.get(URL + "?tw=3").content.decode()
    assert "<textarea" not in page and "Simpan faktor" not in page  # read-only while submitted


def test_a_colleagues_save_since_the_page_opened_is_not_overwritten(operator: Client) -> None:
    ind = _ind("IKM")
    simpan_faktor_triwulan(ind, 2025, 2, penghambat="Teks rekan")
    r = operator.post(URL, {"tw": "2", f"f{ind.pk}-penghambat": "Teks saya", f"a-f{ind.pk}-penghambat": ""})
    assert r.status_code == 422
    html = r.content.decode()
    assert "disimpan pengguna lain" in html and "Teks saya</textarea>" in html
    assert _faktor(ind, 2)["penghambat"] == "Teks rekan"


def test_kepala_reads_but_cannot_write(kepala: Client) -> None:
    ind = _ind("IKM")
    simpan_faktor_triwulan(ind, 2025, 2, pendorong="Layanan daring")
    html = kepala.get(URL + "?tw=2").content.decode()
    assert "Layanan daring" in html and "<textarea" not in html
    assert kepala.post(URL, {"tw": "2", f"f{ind.pk}-pendorong": "X"}).status_code == 403
    assert _faktor(ind, 2)["pendorong"] == "Layanan daring"


def test_another_pd_gets_nothing(masuk: Callable[[str], Client]) -> None:
    other = masuk("operator.organisasi")
    ind = _ind("IKM")
    assert other.get(URL).status_code in (403, 404)
    assert other.post(URL, {"tw": "2", f"f{ind.pk}-penghambat": "X"}).status_code in (403, 404)
    # posted on its own PD's page, Mojosari's indicator is not one of its rows
    r = other.post("/pd/bagian-organisasi/2025/realisasi/faktor/", {"tw": "2", f"f{ind.pk}-penghambat": "X"})
    assert r.status_code == 302
    assert _faktor(ind, 2) == {}


def _count(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_query_count_is_flat_in_the_number_of_pk_indicators(operator: Client) -> None:
    from sakip.perencanaan import services as perencanaan
    from sakip.perencanaan.models import PeriodePerencanaan
    from sakip.perjanjian import services as perjanjian

    url = URL + "?tw=2"
    before = _count(operator, url)
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    signed = PerjanjianKinerja.objects.get(unit=unit, tahun=2025, nomor_perubahan=1)
    draf = perjanjian.buat_pk_perubahan(signed, tanggal=date(2025, 11, 3), alasan="Uji")
    periode = PeriodePerencanaan.objects.get(pemda=unit.pemda, nama="2025-2029")
    baru = [perencanaan.tambah_indikator(unit, periode, node=None, nama=f"Indikator uji {i}") for i in range(6)]
    perjanjian.tambah_indikator_pk(draf, [perjanjian.PilihanIndikator(b, Decimal(5)) for b in baru])
    perjanjian.tandatangani_pk(draf)
    for b in baru:
        simpan_faktor_triwulan(b, 2025, 2, penghambat=f"Penghambat {b.nama}")
    html = operator.get(url).content.decode()
    assert html.count("<section class=\"panel faktor") >= 10
    assert _count(operator, url) == before
