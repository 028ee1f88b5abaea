"""A Perjanjian Kinerja: who may sign it, and that a signed one never changes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from sakip.organisasi.models import Pejabat, Unit
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja, PKTerkunci
from sakip.perjanjian.services import (
    BarisSasaran,
    buat_pk,
    buat_pk_perubahan,
    jabatan_pada,
    tandatangani_pk,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def mojosari() -> Unit:
    return Unit.objects.get(slug="kecamatan-mojosari")


def pk_perubahan(unit: Unit) -> PerjanjianKinerja:
    return PerjanjianKinerja.objects.get(unit=unit, tahun=2025, versi="perubahan")


def test_signatories_are_the_officials_in_post_on_the_date(mojosari: Unit) -> None:
    awal = PerjanjianKinerja.objects.get(unit=mojosari, tahun=2025, versi="awal")
    perubahan = pk_perubahan(mojosari)
    assert awal.pihak_kedua.pejabat.nama == "IKFINA FAHMAWATI"
    assert perubahan.pihak_kedua.pejabat.nama == "MUHAMMAD ALBARRAA"
    assert perubahan.pihak_pertama.judul == "Plt. Camat Mojosari"
    assert perubahan.pihak_pertama.pejabat.nip == "196907291994031006"


def test_signed_pk_cannot_be_edited(mojosari: Unit) -> None:
    pk = pk_perubahan(mojosari)
    pk.alasan = "diubah diam-diam"
    with pytest.raises(PKTerkunci):
        pk.save()
    row = IndikatorPK.objects.filter(sasaran__perjanjian=pk).first()
    row.target = Decimal("1")
    with pytest.raises(PKTerkunci):
        row.save()
    with pytest.raises(PKTerkunci):
        row.delete()
    with pytest.raises(PKTerkunci):
        pk.delete()
    pk.refresh_from_db()
    assert pk.alasan != "diubah diam-diam"


def test_perubahan_is_a_new_version_with_copied_rows(mojosari: Unit) -> None:
    pk = pk_perubahan(mojosari)
    baru = buat_pk_perubahan(pk, tanggal=date(2025, 11, 3), alasan="Mutasi pejabat")
    assert (baru.versi, baru.nomor_perubahan, baru.ditandatangani) == ("perubahan", 2, False)
    assert baru.judul == "Perjanjian Kinerja Perubahan 2"
    old = [(r.indikator_id, r.target) for r in IndikatorPK.objects.filter(sasaran__perjanjian=pk).order_by("pk")]
    new = [(r.indikator_id, r.target) for r in IndikatorPK.objects.filter(sasaran__perjanjian=baru).order_by("pk")]
    assert new == old
    assert sum(a.jumlah for a in baru.anggaran.all()) == sum(a.jumlah for a in pk.anggaran.all())
    # the draft may change until it is signed
    baru.alasan = "Mutasi pejabat dan perubahan anggaran"
    baru.save()
    tandatangani_pk(baru)
    with pytest.raises(PKTerkunci):
        baru.save()


def test_unsigned_pk_cannot_be_the_base_of_a_perubahan(mojosari: Unit) -> None:
    pk = buat_pk_perubahan(pk_perubahan(mojosari), tanggal=date(2025, 11, 3), alasan="x")
    with pytest.raises(PKTerkunci):
        buat_pk_perubahan(pk, tanggal=date(2025, 11, 4), alasan="y")


def test_pihak_pertama_must_lead_the_unit_on_the_date(mojosari: Unit) -> None:
    periode = pk_perubahan(mojosari).periode
    kabag = Pejabat.objects.get(nip="197005281994032003")
    bupati = Pejabat.objects.get(nama="MUHAMMAD ALBARRAA")
    with pytest.raises(ValidationError) as err:
        buat_pk(mojosari, tahun=2026, periode=periode, tanggal=date(2026, 1, 5), pihak_pertama=kabag,
                  pihak_kedua=bupati, sasaran=[BarisSasaran("x")])
    assert "bukan pimpinan Kecamatan Mojosari" in str(err.value)


def test_nobody_holds_a_post_before_it_starts() -> None:
    bupati = Pejabat.objects.get(nama="MUHAMMAD ALBARRAA")
    with pytest.raises(ValidationError) as err:
        jabatan_pada(bupati, date(2024, 6, 1))
    assert "tidak memegang jabatan" in str(err.value)
    assert jabatan_pada(bupati, date(2025, 9, 30)).nama == "Bupati Mojokerto"


def test_year_outside_the_period_is_refused(mojosari: Unit) -> None:
    awal = PerjanjianKinerja.objects.get(unit=mojosari, tahun=2025, versi="awal")
    yulius = awal.pihak_pertama.pejabat
    bupati = Pejabat.objects.get(nama="MUHAMMAD ALBARRAA")
    with pytest.raises(ValidationError) as err:
        buat_pk(mojosari, tahun=2026, periode=awal.periode, tanggal=date(2026, 1, 20), pihak_pertama=yulius,
                  pihak_kedua=bupati, sasaran=[])
    assert "tidak termasuk periode 2021-2025" in str(err.value)
