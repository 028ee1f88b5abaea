"""Units, officials and the demo data's integrity."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from sakip.organisasi.models import Aset, Keanggotaan, Pejabat, Pemda, Unit
from sakip.organisasi.services import buat_pemda, buat_unit, tambah_pejabat, total_aset

pytestmark = pytest.mark.django_db


def test_demo_pemda_has_the_reference_units_and_40_synthetic_pds() -> None:
    pemda = Pemda.objects.get(slug="kabupaten-mojokerto")
    assert set(pemda.units.filter(sintetis=False).values_list("slug", flat=True)) >= {
        "sekretariat-daerah", "bagian-organisasi", "kecamatan-mojosari", "kelurahan-kauman"}
    assert Unit.objects.get(slug="bagian-organisasi").induk.slug == "sekretariat-daerah"
    synthetic_pds = pemda.units.filter(sintetis=True, induk__isnull=True)
    assert synthetic_pds.count() >= 40
    assert all(str(u).endswith("(sintetis)") for u in synthetic_pds)


def test_aset_total_is_computed_from_rows() -> None:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    tetap = sum(a.nilai for a in Aset.objects.filter(unit=unit, kelompok="Aset Tetap"))
    assert str(tetap) == "95121023217.94"  # "TOTAL ASET TETAP" of the LKjIP
    assert total_aset(unit) == tetap + 84000000


def test_nip_is_validated() -> None:
    pemda = Pemda.objects.get(slug="kabupaten-mojokerto")
    with pytest.raises(ValidationError) as err:
        tambah_pejabat(pemda, nama="X", nip="196613011988031001")
    assert "tanggal lahir" in str(err.value)
    with pytest.raises(ValidationError):
        tambah_pejabat(pemda, nama="Y", nip="196907291994031006")  # already Yulius Bakhtiar's
    assert Pejabat.objects.filter(nip="196907291994031006").count() == 1


def test_unit_parent_must_be_in_the_same_pemda() -> None:
    other = buat_pemda(slug="kabupaten-uji", nama="Kabupaten Uji", provinsi="Jawa Timur")
    mojosari = Unit.objects.get(slug="kecamatan-mojosari")
    with pytest.raises(ValidationError):
        buat_unit(other, induk=mojosari, slug="kelurahan-x", nama="Kelurahan X", jenis="kelurahan")
    # the same slug may exist in another Pemda
    twin = buat_unit(other, slug="kecamatan-mojosari", nama="Kecamatan Mojosari", jenis="kecamatan")
    assert twin.pemda == other


def test_demo_accounts_and_roles() -> None:
    roles = dict(Keanggotaan.objects.values_list("user__username", "peran"))
    assert roles["admin"] == "admin_pemda"
    assert roles["operator.mojosari"] == "operator_pd"
    assert roles["operator.organisasi"] == "operator_pd"
    assert roles["inspektorat"] == "inspektorat"
    op = Keanggotaan.objects.get(user__username="operator.mojosari")
    assert op.unit.slug == "kecamatan-mojosari"
    assert op.user.check_password("sakip-demo")
