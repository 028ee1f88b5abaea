"""The demo Pemda's RPJMD: the Kabupaten as a unit, its IKU, and every PD aligned but the seeded few."""

from __future__ import annotations

import inspect
from decimal import Decimal

import pytest
from django.db.models import F

from sakip.demo.data import synthetic
from sakip.demo.loader import load_demo
from sakip.organisasi.models import Unit
from sakip.pengukuran.services import realisasi_tahunan
from sakip.perencanaan.models import Indikator, NodeCascade, PeriodePerencanaan

pytestmark = pytest.mark.django_db


def test_the_kabupaten_is_one_unit_never_counted_as_a_pd() -> None:
    pemda = Unit.objects.get(jenis="pemda")
    assert (pemda.slug, pemda.nama, pemda.induk) == ("pemkab-mojokerto", "Pemerintah Kabupaten Mojokerto", None)
    assert Unit.objects.perangkat_daerah().count() == 48
    assert not Unit.objects.perangkat_daerah().filter(pk=pemda.pk).exists()


@pytest.mark.parametrize("periode", ["2021-2025", "2025-2029"])
def test_every_misi_has_rpjmd_tujuan_with_iku(periode: str) -> None:
    per = PeriodePerencanaan.objects.get(nama=periode)
    tujuan = NodeCascade.objects.filter(unit__jenis="pemda", periode=per, tingkat="tujuan")
    assert sorted(t.misi.nomor for t in tujuan) == [1, 2, 3, 4]
    boxes = NodeCascade.objects.filter(unit__jenis="pemda", periode=per)
    assert all(Indikator.objects.filter(node=b, iku=True).exists() for b in boxes)
    assert not Indikator.objects.filter(node__in=boxes).exclude(polaritas__in=["positif", "negatif"]).exists()


def test_iku_pemda_computed_over_the_pds() -> None:
    inds = {i.ref: i for i in Indikator.objects.filter(unit__jenis="pemda", ref__in=["ikm-2529", "ikm-2125",
                                                                                   "sakip-pd-2529", "sakip-2125"])}
    values = realisasi_tahunan([i.pk for i in inds.values()], 2025, {i.pk: i.agregasi for i in inds.values()})
    by_ref = {ref: values[i.pk] for ref, i in inds.items()}
    assert by_ref["ikm-2529"] == by_ref["ikm-2125"] == Decimal("90.87")  # the mean IKM of 57 units
    assert by_ref["sakip-pd-2529"] == Decimal("83.78")  # the mean Nilai SAKIP of 48 PDs
    assert by_ref["sakip-2125"] == Decimal("73.42")  # stored once, on the 2025-2029 indicator


def test_every_pd_box_supports_the_rpjmd_but_the_seeded_ones() -> None:
    boxes = NodeCascade.objects.exclude(unit__jenis="pemda").filter(tingkat__in=["tujuan", "sasaran"])
    loose = set(boxes.filter(mendukung__isnull=True).values_list("periode__nama", "unit__slug"))
    assert loose == set(synthetic.TANPA_DUKUNGAN.items())
    assert not boxes.filter(mendukung__isnull=False).exclude(mendukung__periode=F("periode")).exists()
    supported = set(boxes.values_list("mendukung_id", flat=True))
    orphans = NodeCascade.objects.filter(unit__jenis="pemda", tingkat="sasaran").exclude(pk__in=supported)
    assert set(orphans.values_list("nama", flat=True)) == {
        "Meningkatnya kehidupan beragama dan kerukunan umat beragama", "Meningkatnya kesesuaian pemanfaatan ruang"}


def test_mojosari_and_bagian_organisasi_support_the_misi_of_the_references() -> None:
    for slug in ("kecamatan-mojosari", "bagian-organisasi"):
        for periode, misi in (("2021-2025", 3), ("2025-2029", 1)):
            for box in NodeCascade.objects.filter(unit__slug=slug, periode__nama=periode,
                                                  tingkat__in=["tujuan", "sasaran"]).select_related("mendukung"):
                target = box.mendukung
                tujuan = target if target.tingkat == "tujuan" else target.induk
                assert tujuan.misi.nomor == misi, (slug, periode, box.nama)


def test_load_demo_keeps_its_signature() -> None:
    assert str(inspect.signature(load_demo)) == "(*, synthetic: 'bool' = True) -> 'Pemda'"
