"""The demo's anggaran kas (issue #13): every synthetic PD with a DPA plans its disbursement per triwulan."""

from __future__ import annotations

from collections import defaultdict
from decimal import ROUND_FLOOR, Decimal

import pytest
from django.test import Client

from sakip.anggaran.models import MataAnggaran
from sakip.demo.data import synthetic
from sakip.demo.loader import DEMO_PASSWORD
from sakip.organisasi.models import Unit
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.rencana_aksi.models import RencanaSubKegiatan

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("tahun", [2025, 2026])
def test_every_synthetic_pd_with_a_dpa_has_a_kas_adding_up_to_each_pagu(tahun: int) -> None:
    units = list(Unit.objects.filter(sintetis=True, mata_anggaran__tahun=tahun).distinct())
    assert len(units) == 46  # the synthetic PDs; the UKPD have no DPA
    for unit in units:
        berlaku = PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun).order_by("-nomor_perubahan").first()
        assert berlaku is not None and berlaku.ditandatangani, unit.slug
        kas: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
        for r in RencanaSubKegiatan.objects.filter(mata_anggaran__unit=unit, mata_anggaran__tahun=tahun):
            assert r.perjanjian_id == berlaku.pk, unit.slug  # planned for the PK in force, no other version
            assert r.target_k is None  # the data implies no planned output: none is invented
            kas[r.mata_anggaran_id].append((r.triwulan, r.anggaran_kas))
        subs = MataAnggaran.objects.filter(unit=unit, tahun=tahun, tingkat="sub_kegiatan", pagu__isnull=False)
        assert subs.exists(), unit.slug
        for line in subs:
            assert sorted(tw for tw, _ in kas[line.pk]) == [1, 2, 3, 4], (unit.slug, line.kode)
            assert sum(v for _, v in kas[line.pk]) == line.pagu, (unit.slug, line.kode)
            assert all(v >= 0 and v == v.to_integral_value() for _, v in kas[line.pk]), (unit.slug, line.kode)


def test_the_synthetic_kas_runs_a_little_ahead_of_the_realisation() -> None:
    """Each triwulan plans at least what it spent; 2025's whole realisation is scaled up to the pagu."""
    line = (MataAnggaran.objects.filter(unit__slug="dinas-pendidikan", tahun=2025, tingkat="sub_kegiatan")
            .order_by("urutan").first())
    assert line is not None
    real = {r.triwulan: r.jumlah for r in line.realisasi.all()}
    kas = dict(RencanaSubKegiatan.objects.filter(mata_anggaran=line).values_list("triwulan", "anggaran_kas"))
    assert all(kas[tw] >= real[tw] for tw in (1, 2, 3, 4))
    faktor = line.pagu / sum(real.values())
    assert kas[1] == (real[1] * faktor).to_integral_value(rounding=ROUND_FLOOR)
    assert kas[4] == line.pagu - kas[1] - kas[2] - kas[3]


def test_the_pemda_dashboard_counts_every_pd_with_a_dpa_as_planning_its_kas() -> None:
    client = Client()
    assert client.login(username="pimpinan", password=DEMO_PASSWORD)
    html = client.get("/pemda/2025/", {"triwulan": 2}).content.decode()
    # 46 synthetic PDs, Mojosari and Bagian Organisasi; Sekretariat Daerah holds no DPA of its own.
    assert "48 dari 49 PD menyusun anggaran kas" in html


def test_the_generators_self_check_holds_kas_included() -> None:
    """`python -m sakip.demo.data.synthetic`: the fixed totals, and every kas adds up and runs ahead."""
    synthetic._check()
