"""Who has not entered a triwulan yet: real deletions show up with the right counts, worst first."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import catat_realisasi_anggaran
from sakip.organisasi import services as org
from sakip.organisasi.models import Pemda, Unit
from sakip.pemantauan.services import belum_mengisi
from sakip.perencanaan.models import Indikator, IndikatorTurunan
from sakip.perjanjian.models import IndikatorPK
from sakip.realisasi.models import Realisasi, Status
from sakip.realisasi.services import catat_realisasi
from sakip.rencana_aksi.baca import target_pk_tahun

pytestmark = pytest.mark.django_db


@pytest.fixture
def pemda() -> Pemda:
    return Pemda.objects.get(slug="kabupaten-mojokerto")


def _triwulanan(unit: Unit, tahun: int) -> list[Indikator]:
    """The unit's PK indicators entered per triwulan (TW I and TW II stored), not derived."""
    on_pk = IndikatorPK.objects.filter(sasaran__perjanjian__unit=unit, sasaran__perjanjian__tahun=tahun)
    turunan = IndikatorTurunan.objects.values("indikator_id")
    ids = (Realisasi.objects.filter(indikator__in=on_pk.values("indikator_id"), tahun=tahun, bagian="TW1")
           .exclude(indikator__in=turunan).values_list("indikator_id", flat=True))
    return [i for i in Indikator.objects.filter(pk__in=ids).order_by("pk")
            if Realisasi.objects.filter(indikator=i, tahun=tahun, bagian="TW2").exists()]


def _rencana_tw1(unit: Unit, tahun: int) -> dict[int, bool]:
    """Per PK indicator: whether its rencana aksi plans a target in TW I (True without a rencana aksi)."""
    rows = target_pk_tahun([unit.pk], tahun)
    return {i: t.bertarget is None or 1 in t.bertarget for i, t in rows.items()}


def pk_triwulanan(unit: Unit, tahun: int = 2025) -> list[Indikator]:
    """The unit's per-triwulan PK indicators due in TW I: their rencana aksi plans a target then."""
    due = _rencana_tw1(unit, tahun)
    return [i for i in _triwulanan(unit, tahun) if due.get(i.pk)]


def pk_tanpa_target_tw1(unit: Unit, tahun: int = 2025) -> list[Indikator]:
    """The unit's per-triwulan PK indicators whose rencana aksi plans nothing for TW I."""
    due = _rencana_tw1(unit, tahun)
    return [i for i in _triwulanan(unit, tahun) if due.get(i.pk) is False]


def row(pemda: Pemda, unit: Unit, tw: int, tahun: int = 2025):  # BarisBelum
    return next(b for b in belum_mengisi(pemda, tahun, tw).baris if b.unit.pk == unit.pk)


def test_deleted_tw1_realisasi_is_counted_for_that_pd(pemda: Pemda, masuk: Callable[[str], Client]) -> None:
    unit = Unit.objects.get(slug="dinas-pendidikan")
    inds = pk_triwulanan(unit)
    # A level the rencana aksi plans for TW II and IV only: its TW I value is not asked for.
    bebas = pk_tanpa_target_tw1(unit)
    assert inds and bebas
    before = row(pemda, unit, 1)
    for ind in (inds[0], bebas[0]):
        catat_realisasi(ind, 2025, {"TW1": None})  # the operator clears the cell
    after = row(pemda, unit, 1)
    assert after.jumlah_indikator_belum == before.jumlah_indikator_belum + 1
    assert inds[0] in after.indikator_belum and bebas[0] not in after.indikator_belum
    assert after.indikator_wajib == before.indikator_wajib
    assert not after.lengkap
    # TW II is untouched.
    assert row(pemda, unit, 2).jumlah_indikator_belum == 0
    html = masuk("admin").get("/pemantauan/2025/belum-mengisi/?triwulan=1").content.decode()
    sel = html.split('data-unit="dinas-pendidikan"')[1].split("</tr>")[0]
    assert f"<summary>{after.jumlah_indikator_belum} dari {after.indikator_wajib}</summary>" in sel
    assert inds[0].nama in sel


def test_worst_first(pemda: Pemda) -> None:
    for slug, n in (("dinas-pendidikan", 1), ("kecamatan-mojosari", 2)):
        unit = Unit.objects.get(slug=slug)
        for ind in pk_triwulanan(unit)[:n]:
            catat_realisasi(ind, 2025, {"TW1": None})
    data = belum_mengisi(pemda, 2025, 1)
    belum = [b for b in data.baris if not b.lengkap and not b.tanpa_data]
    missing = [b.jumlah_indikator_belum + b.jumlah_sub_kegiatan_belum for b in belum]
    assert missing == sorted(missing, reverse=True) and missing[0] >= 2
    order = [b.unit.slug for b in data.baris]
    assert order.index("kecamatan-mojosari") < order.index("dinas-pendidikan")
    assert data.baris[-1].lengkap  # the complete ones close the list


def test_sub_kegiatan_without_budget_realisasi(pemda: Pemda) -> None:
    line = (MataAnggaran.objects.filter(unit__pemda=pemda, tahun=2025, tingkat="sub_kegiatan",
                                        realisasi__triwulan=1).select_related("unit").order_by("pk").first())
    assert line is not None
    unit = line.unit
    before = row(pemda, unit, 1)
    catat_realisasi_anggaran(line, {1: None})
    after = row(pemda, unit, 1)
    assert after.jumlah_sub_kegiatan_belum == before.jumlah_sub_kegiatan_belum + 1
    assert after.sub_kegiatan == before.sub_kegiatan == MataAnggaran.objects.filter(
        unit=unit, tahun=2025, tingkat="sub_kegiatan").count()
    assert any(line.nama in s for s in after.sub_kegiatan_belum)
    # A zero realisasi is an entry.
    catat_realisasi_anggaran(line, {1: Decimal(0)})
    assert row(pemda, unit, 1).jumlah_sub_kegiatan_belum == before.jumlah_sub_kegiatan_belum
    assert RealisasiAnggaran.objects.filter(mata_anggaran=line, triwulan=1).exists()


def test_semester_and_annual_values_are_due_only_where_their_pattern_puts_them(pemda: Pemda) -> None:
    """A semester indicator is due at TW II and IV, an annual one at TW IV; TW I asks neither."""
    on_pk = IndikatorPK.objects.filter(sasaran__perjanjian__tahun=2025).values("indikator_id")
    # The demo's only semester values were the IKM's, which the SKM module now provides (computed,
    # never due): give one PD's IKM back its typed form, entered by semester as before.
    ind = (Indikator.objects.filter(pk__in=on_pk, turunan__fungsi="ikm_skm")
           .select_related("unit").order_by("pk").first())
    assert ind is not None
    unit = ind.unit
    IndikatorTurunan.objects.filter(indikator=ind).delete()
    catat_realisasi(ind, 2025, {"S1": Decimal("90"), "S2": Decimal("91")})
    catat_realisasi(ind, 2025, {"S1": None, "S2": None})  # nothing stored for 2025 any more
    pola_tahun_lalu = set(Realisasi.objects.filter(indikator=ind, tahun=2024).values_list("bagian", flat=True))
    if pola_tahun_lalu & {"S1", "S2"}:
        # Still a semester indicator (as last year): not due at TW I, due at TW II.
        assert ind not in row(pemda, unit, 1).indikator_belum
        assert ind in row(pemda, unit, 2).indikator_belum
    catat_realisasi(ind, 2025, {"TAHUN": Decimal("90")})  # now entered as an annual value
    assert ind not in row(pemda, unit, 1).indikator_belum
    assert ind not in row(pemda, unit, 3).indikator_belum
    tw1 = row(pemda, unit, 1)
    tw4 = row(pemda, unit, 4)
    assert ind not in tw4.indikator_belum  # due at TW IV, and entered
    assert tw4.indikator_wajib >= tw1.indikator_wajib


def test_status_and_operators(pemda: Pemda) -> None:
    data = belum_mengisi(pemda, 2025, 1)
    by_slug = {b.unit.slug: b for b in data.baris}
    assert [u.username for u in by_slug["kecamatan-mojosari"].operator] == ["operator.mojosari"]
    assert [u.username for u in by_slug["bagian-organisasi"].operator] == ["operator.organisasi"]
    assert all(b.status == Status.DRAFT for b in data.baris)  # the demo approves nothing


def test_default_triwulan_is_the_one_due_by_date(masuk: Callable[[str], Client], monkeypatch: pytest.MonkeyPatch) -> None:
    from sakip.pemantauan import views

    monkeypatch.setattr(views.timezone, "localdate", lambda: date(2026, 5, 10))
    client = masuk("inspektorat")
    assert "Belum mengisi realisasi Triwulan IV 2025" in client.get("/pemantauan/2025/belum-mengisi/").content.decode()
    assert "Belum mengisi realisasi Triwulan II 2026" in client.get("/pemantauan/2026/belum-mengisi/").content.decode()


def test_query_count_does_not_grow_with_the_number_of_pds(masuk: Callable[[str], Client], pemda: Pemda) -> None:
    client = masuk("admin")
    url = "/pemantauan/2025/belum-mengisi/?triwulan=2"
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for i in range(3):
        unit = org.buat_unit(pemda, slug=f"badan-uji-{i}", nama=f"Badan Uji {i}", jenis="badan")
        org.buat_pengguna(pemda, username=f"operator.uji{i}", password="sandi-uji-panjang-1",
                            peran="operator_pd", unit=unit)
    with CaptureQueriesContext(connection) as after:
        html = client.get(url).content.decode()
    assert "Badan Uji 2" in html and "operator.uji2" in html
    assert len(after.captured_queries) == len(before.captured_queries)


def test_command_lists_the_same(pemda: Pemda) -> None:
    unit = Unit.objects.get(slug="dinas-pendidikan")
    ind = pk_triwulanan(unit)[0]
    catat_realisasi(ind, 2025, {"TW1": None})
    out = StringIO()
    call_command("belum-mengisi", "--tahun", "2025", "--triwulan", "1", "--json", stdout=out)
    data = json.loads(out.getvalue())
    pd = next(p for p in data["perangkat_daerah"] if p["slug"] == "dinas-pendidikan")
    assert ind.nama in pd["indikator_belum"] and pd["status"] == "draft"
    assert data["perangkat_daerah"][0]["lengkap"] is False
    teks = StringIO()
    call_command("belum-mengisi", "--tahun", "2025", "--triwulan", "1", stdout=teks)
    assert "Dinas Pendidikan: indikator" in teks.getvalue()
