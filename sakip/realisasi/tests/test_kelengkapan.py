"""Complete submissions (issue #13): "Ajukan" refuses a triwulan with missing values and lists them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.exceptions import ValidationError

from sakip.anggaran.services import catat_realisasi_anggaran
from sakip.kendali.services import atur_pengaturan_kendali
from sakip.notifikasi.models import Notifikasi
from sakip.organisasi.models import Unit
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.perjanjian.services import (
    anggaran_dari_dpa,
    atur_anggaran_pk,
    buat_pk_perubahan,
    tandatangani_pk,
)
from sakip.realisasi.alur import BelumLengkap, ajukan, tolak
from sakip.realisasi.kelengkapan import kelengkapan
from sakip.realisasi.models import StatusTriwulan
from sakip.realisasi.services import catat_realisasi

pytestmark = pytest.mark.django_db

TAHUN = 2025


def mojosari() -> Unit:
    return Unit.objects.get(slug="kecamatan-mojosari")


def u(nama: str) -> User:
    return User.objects.get(username=nama)


@pytest.mark.usefixtures("mojosari_tw1_belum_lengkap")
def test_an_incomplete_triwulan_is_refused_with_what_is_missing_and_links_to_the_cells() -> None:
    k = kelengkapan(mojosari(), TAHUN, 1)
    assert not k.lengkap and k.indikator_belum and k.sub_kegiatan_belum
    assert len(k.indikator_belum) < k.indikator_wajib and len(k.sub_kegiatan_belum) <= k.sub_kegiatan
    with pytest.raises(BelumLengkap) as err:
        ajukan(u("operator.mojosari"), mojosari(), TAHUN, 1)
    pesan = " ".join(err.value.messages)
    assert "Realisasi Kecamatan Mojosari tahun 2025 Triwulan I belum lengkap" in pesan
    assert f"{len(k.indikator_belum)} dari {k.indikator_wajib} indikator PK" in pesan
    assert k.indikator_belum[0].nama in pesan
    assert f"{len(k.sub_kegiatan_belum)} dari {k.sub_kegiatan} sub kegiatan berpagu" in pesan
    tautan = {x.tautan for x in err.value.kelengkapan.kurang}
    assert f"/pd/kecamatan-mojosari/2025/realisasi/?tw=1#baris-{k.indikator_belum[0].pk}" in tautan
    assert f"/pd/kecamatan-mojosari/2025/anggaran/?tw=1#mata-{k.sub_kegiatan_belum[0].pk}" in tautan
    assert not StatusTriwulan.objects.filter(unit=mojosari(), tahun=TAHUN, triwulan=1, status="diajukan").exists()
    assert not Notifikasi.objects.filter(jenis="diajukan").exists()


def test_a_completed_triwulan_is_submitted_and_the_kepala_pd_is_told_in_the_inbox_and_by_mail(
        django_capture_on_commit_callbacks) -> None:  # pytest-django fixture: the mail leaves on commit
    k = kelengkapan(mojosari(), TAHUN, 1)
    for ind in k.indikator_belum:
        catat_realisasi(ind, TAHUN, {"TW1": Decimal(0)})
    for line in k.sub_kegiatan_belum:
        catat_realisasi_anggaran(line, {1: Decimal(0)})
    assert kelengkapan(mojosari(), TAHUN, 1).lengkap
    kepala = u("kepala.mojosari")
    kepala.email = "kepala@mojosari.example"
    kepala.save()
    with django_capture_on_commit_callbacks(execute=True):
        ajukan(u("operator.mojosari"), mojosari(), TAHUN, 1)
    n = Notifikasi.objects.get(penerima=kepala, jenis="diajukan")
    assert n.judul == "Realisasi Kecamatan Mojosari tahun 2025 Triwulan I diajukan" and n.dibaca is None
    assert n.tautan == "/pd/kecamatan-mojosari/2025/?tw=1"
    assert not Notifikasi.objects.filter(penerima=u("operator.mojosari"), jenis="diajukan").exists()
    assert [m.to for m in mail.outbox] == [["kepala@mojosari.example"]]
    assert mail.outbox[0].subject == f"[Sakip] {n.judul}"


@pytest.mark.usefixtures("mojosari_tw1_belum_lengkap")
def test_the_gate_as_a_warning_lets_it_through_and_tells_the_kepala_what_is_missing() -> None:
    atur_pengaturan_kendali(mojosari().pemda, kelengkapan_peringatan=True)
    ajukan(u("operator.mojosari"), mojosari(), TAHUN, 1)
    n = Notifikasi.objects.get(penerima=u("kepala.mojosari"), jenis="diajukan")
    assert "Catatan: Realisasi Kecamatan Mojosari tahun 2025 Triwulan I belum lengkap" in n.isi


def test_sending_back_tells_the_operators_with_the_reason() -> None:
    atur_pengaturan_kendali(mojosari().pemda, kelengkapan_peringatan=True)
    ajukan(u("operator.mojosari"), mojosari(), TAHUN, 1)
    tolak(u("kepala.mojosari"), mojosari(), TAHUN, 1, "IKM triwulan I belum diisi")
    n = Notifikasi.objects.get(penerima=u("operator.mojosari"), jenis="dikembalikan")
    assert n.judul == "Realisasi Kecamatan Mojosari tahun 2025 Triwulan I dikembalikan"
    assert n.isi.endswith("Alasan: IKM triwulan I belum diisi")
    assert n.tautan == "/pd/kecamatan-mojosari/2025/realisasi/?tw=1"


def test_a_pk_without_its_budget_per_program_cannot_be_signed() -> None:
    ditandatangani = PerjanjianKinerja.objects.filter(unit=mojosari(), tahun=TAHUN, ditandatangani=True)
    draf = buat_pk_perubahan(ditandatangani.latest("nomor_perubahan"), tanggal=date(2025, 11, 3), alasan="Uji")
    atur_anggaran_pk(draf, [])
    with pytest.raises(ValidationError, match="Anggaran per program perjanjian kinerja ini masih kosong"):
        tandatangani_pk(draf)
    atur_anggaran_pk(draf, anggaran_dari_dpa(draf))
    assert draf.anggaran.count() >= 1
    assert tandatangani_pk(draf).ditandatangani


# -- What is due follows the rencana aksi (the row of the PK version in force) ------------------

def _baris_berlaku(nama: str):  # IndikatorPK of Mojosari's PK in force (Perubahan 1)
    from sakip.perjanjian.models import IndikatorPK

    return IndikatorPK.objects.select_related("indikator").get(
        sasaran__perjanjian__unit__slug="kecamatan-mojosari", sasaran__perjanjian__tahun=TAHUN,
        sasaran__perjanjian__nomor_perubahan=1, indikator__nama__startswith=nama)


def _rencanakan(nama: str, target: dict[int, str], teks: dict[int, str] | None = None):  # -> IndikatorPK
    from sakip.rencana_aksi.services import IsianRencana, simpan_rencana_aksi

    row = _baris_berlaku(nama)
    simpan_rencana_aksi(row, IsianRencana(
        target={tw: Decimal(target[tw]) if tw in target else None for tw in (1, 2, 3, 4)},
        teks={tw: (teks or {}).get(tw, "") for tw in (1, 2, 3, 4)}))
    return row


def _due(ind_pk: int) -> list[int]:
    """The triwulans whose submission asks for this indicator's value (nothing of it stored)."""
    return [tw for tw in (1, 2, 3, 4) if ind_pk in {i.pk for i in kelengkapan(mojosari(), TAHUN, tw).indikator_belum}]


@pytest.mark.parametrize(("target", "teks", "due"), [
    ({1: "25", 2: "50", 3: "75", 4: "100"}, {}, [1, 2, 3, 4]),  # the reference series: every triwulan
    ({3: "80"}, {}, [3]),  # planned only for TW III, like the Nilai SAKIP
    ({2: "90", 4: "92"}, {}, [2, 4]),  # per semester, like the IKM
    ({}, {2: "Draf SOP tersusun"}, [2]),  # a qualitative target is a target
    ({}, {}, [1, 2, 3, 4]),  # a rencana aksi without any triwulan target plans nothing: the entry pattern decides
])
def test_an_indicator_is_due_where_its_rencana_aksi_has_a_target(target: dict[int, str], teks: dict[int, str],
                                                                 due: list[int]) -> None:
    # Mojosari's PK awal row of the same measure keeps its 25/50/75/100 plan: the version in force decides.
    row = _rencanakan("Persentase layanan", target, teks)
    catat_realisasi(row.indikator, TAHUN, {"TW1": None, "TW2": None, "TW3": None, "TW4": None})
    assert _due(row.indikator_id) == due
    # The Ajukan gate, the approval list and belum-mengisi read this one rule: the count says the same.
    for tw in (1, 2, 3, 4):
        k = kelengkapan(mojosari(), TAHUN, tw)
        assert len(k.indikator_belum) == (1 if tw in due else 0)


def test_a_derived_indicator_is_never_due_whatever_its_rencana_aksi() -> None:
    row = _rencanakan("IKM Kecamatan", {1: "90", 2: "92", 3: "92", 4: "92"})
    assert _due(row.indikator_id) == []  # computed from the SKM surveys: never asked of the operator
    assert all(kelengkapan(mojosari(), TAHUN, tw).lengkap for tw in (1, 2, 3, 4))


def test_the_gate_reads_the_rencana_aksi_in_a_fixed_number_of_queries(django_assert_num_queries) -> None:
    unit = mojosari()
    with django_assert_num_queries(6):  # pytest-django fixture
        kelengkapan(unit, TAHUN, 1)
