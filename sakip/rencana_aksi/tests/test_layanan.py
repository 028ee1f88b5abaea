"""The write path of rencana aksi: validation, trail, versions (issue #13)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from sakip.anggaran.models import MataAnggaran
from sakip.audit.models import Jejak
from sakip.perjanjian import services as perjanjian
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.rencana_aksi import services
from sakip.rencana_aksi.baca import faktor_triwulan, rencana_baris, rencana_kas
from sakip.rencana_aksi.models import RencanaSubKegiatan

pytestmark = pytest.mark.django_db
D = Decimal


def _pk(nomor: int) -> PerjanjianKinerja:
    return PerjanjianKinerja.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, nomor_perubahan=nomor)


def _row(pk: PerjanjianKinerja, awal: str) -> IndikatorPK:
    return IndikatorPK.objects.get(sasaran__perjanjian=pk, indikator__nama__startswith=awal)


def test_demo_rencana_aksi_of_both_pk_versions_is_kept() -> None:
    awal, perubahan = _row(_pk(0), "IKM"), _row(_pk(1), "IKM")
    rencana = rencana_baris([awal.pk, perubahan.pk])
    assert rencana[awal.pk].target == {2: D(92), 4: D(92)} and rencana[awal.pk].kumulatif
    assert rencana[perubahan.pk].aksi[0] == ("Survei Kepuasan Masyarakat semester I", "Kasi Pelayanan Umum")


def test_a_replaced_pk_version_refuses_changes_to_its_rencana_aksi() -> None:
    with pytest.raises(ValidationError, match="sudah menjadi riwayat: Perjanjian Kinerja Perubahan"):
        services.simpan_rencana_aksi(_row(_pk(0), "IKM"), services.IsianRencana(target={1: D(90)}))


def test_targets_are_checked_like_realisasi_and_recorded() -> None:
    row = _row(_pk(1), "Persentase layanan")
    with pytest.raises(ValidationError, match="Target triwulan I Persentase layanan"):
        services.simpan_rencana_aksi(row, services.IsianRencana(target={1: D("20000")}))
    services.simpan_rencana_aksi(row, services.IsianRencana(target={1: D(30), 2: None},
                                                            aksi=[("Sosialisasi SOP", "Kasi Pelayanan Umum")]))
    r = rencana_baris([row.pk])[row.pk]
    assert r.target == {1: D(30), 3: D(75), 4: D(100)}
    assert r.aksi == [("Sosialisasi SOP", "Kasi Pelayanan Umum")]
    jejak = Jejak.objects.filter(model="rencana_aksi.targettriwulan").order_by("-pk")
    assert {(j.field, j.lama, j.baru) for j in jejak[:2]} == {("target_tw1", "25", "30"), ("target_tw2", "50", "")}


def test_a_text_target_for_a_qualitative_indicator() -> None:
    row = _row(_pk(1), "Nilai SAKIP")
    services.simpan_rencana_aksi(row, services.IsianRencana(teks={2: "Draf LKjIP direviu Inspektorat"}))
    assert rencana_baris([row.pk])[row.pk].teks == {2: "Draf LKjIP direviu Inspektorat"}


def test_grid_batch_refuses_a_row_of_another_pk_and_stores_the_rest() -> None:
    pk = _pk(1)
    own, other = _row(pk, "Persentase hasil koordinasi"), _row(_pk(0), "IKM")
    galat = services.simpan_rencana_aksi_batch(pk, {own.pk: services.IsianRencana(target={3: D(80)}),
                                                    other.pk: services.IsianRencana(target={3: D(1)})})
    assert list(galat) == [other.pk]
    assert rencana_baris([own.pk])[own.pk].target[3] == D(80)
    assert rencana_baris([other.pk])[other.pk].target.get(3) is None


def test_anggaran_kas_must_add_up_to_pagu_with_a_clear_message() -> None:
    pk = _pk(1)
    line = MataAnggaran.objects.filter(unit=pk.unit, tahun=2025, kode="7.01.01.2.01.0001").get()
    with pytest.raises(ValidationError) as exc:
        services.simpan_rencana_sub_kegiatan(pk, line, target_k={}, anggaran_kas={1: D(4_000_000), 4: D(5_000_000)})
    assert exc.value.message_dict["anggaran_kas"] == [
        "Anggaran kas 7.01.01.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah berjumlah Rp\xa09.000.000,00, "
        "harus sama dengan pagu Rp\xa010.000.000,00 (selisih Rp\xa01.000.000,00)."]
    services.simpan_rencana_sub_kegiatan(pk, line, target_k={1: D(1), 2: D(1), 3: D(1), 4: D(1)},
                                         anggaran_kas={1: D(1_000_000), 2: D(3_000_000), 3: D(3_000_000),
                                                       4: D(3_000_000)})
    kas = rencana_kas([pk.pk])[pk.pk][line.pk]
    assert [kas[tw].anggaran_kas for tw in (1, 2, 3, 4)] == [D(1_000_000), D(3_000_000), D(3_000_000), D(3_000_000)]
    assert Jejak.objects.filter(model="rencana_aksi.rencanasubkegiatan", field="anggaran_kas_tw1",
                                baru="1000000").exists()


def test_a_pk_perubahan_carries_its_own_rencana_aksi() -> None:
    draf = perjanjian.buat_pk_perubahan(_pk(1), tanggal=date(2025, 11, 3), alasan="Uji")
    row = _row(draf, "IKM")
    assert rencana_baris([row.pk]) == {}
    services.simpan_rencana_aksi(row, services.IsianRencana(target={4: D(93)}))
    assert rencana_baris([row.pk])[row.pk].target == {4: D(93)}
    assert rencana_baris([_row(_pk(1), "IKM").pk])[_row(_pk(1), "IKM").pk].target == {2: D(92), 4: D(92)}
    assert not RencanaSubKegiatan.objects.filter(perjanjian=draf).exists()


def test_faktor_per_triwulan_is_stored_and_removed_when_emptied() -> None:
    ind = _row(_pk(1), "IKM").indikator
    services.simpan_faktor_triwulan(ind, 2025, 2, pendorong="Petugas PATEN bertambah", penghambat="", solusi="")
    assert faktor_triwulan([ind.pk], 2025)[ind.pk][2].pendorong == "Petugas PATEN bertambah"
    services.simpan_faktor_triwulan(ind, 2025, 2, pendorong="")
    assert faktor_triwulan([ind.pk], 2025) == {}
    with pytest.raises(ValidationError, match="Triwulan harus 1 sampai 4"):
        services.simpan_faktor_triwulan(ind, 2025, 5, pendorong="x")


def test_targets_follow_the_unit_rules_of_the_realisasi() -> None:
    """A share above 100 % and a fraction of a unit the Admin Pemda counts whole are refused (issue #13)."""
    from sakip.kendali.services import atur_satuan

    row = _row(_pk(1), "Persentase layanan")
    with pytest.raises(ValidationError, match="Target triwulan II Persentase layanan"):
        services.simpan_rencana_aksi(row, services.IsianRencana(target={2: D("120")}))
    services.simpan_rencana_aksi(row, services.IsianRencana(target={2: D("52.5")}))
    atur_satuan(row.sasaran.perjanjian.unit.pemda, row.indikator.satuan, True)
    with pytest.raises(ValidationError, match="Target triwulan II Persentase layanan"):
        services.simpan_rencana_aksi(row, services.IsianRencana(target={2: D("52.5")}))
    galat = services.simpan_rencana_aksi_batch(row.sasaran.perjanjian,
                                                {row.pk: services.IsianRencana(target={3: D("75.5")})})
    assert list(galat) == [row.pk] and galat[row.pk].startswith("Target triwulan III Persentase layanan")
    assert rencana_baris([row.pk])[row.pk].target[3] == D(75)
