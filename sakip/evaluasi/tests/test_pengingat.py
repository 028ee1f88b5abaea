"""Overdue LHE recommendations remind the owning PD's operators and Kepala, once per overdue state."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command

from sakip.evaluasi import services as evaluasi
from sakip.evaluasi.models import Rekomendasi
from sakip.evaluasi.pengingat import kirim_pengingat_rekomendasi
from sakip.notifikasi.models import Notifikasi
from sakip.organisasi.models import Pemda

pytestmark = pytest.mark.django_db
JULI = date(2026, 7, 1)  # Mojosari's first two recommendations (31 March, 30 June) are past


def _pemda() -> Pemda:
    return Pemda.objects.get(units__slug="kecamatan-mojosari")


def _rek(n: int) -> Rekomendasi:
    return Rekomendasi.objects.filter(unit__slug="kecamatan-mojosari").order_by("urutan")[n]


def test_the_pds_operators_and_kepala_are_told_of_each_overdue_recommendation() -> None:
    assert kirim_pengingat_rekomendasi(_pemda(), date(2026, 3, 31)) == []  # the deadline day itself is not late
    sent = kirim_pengingat_rekomendasi(_pemda(), JULI)
    assert sorted((n.penerima.username, n.kunci.split("/")[1]) for n in sent) == sorted(
        (u, str(r.pk)) for u in ("kepala.mojosari", "operator.mojosari") for r in (_rek(0), _rek(1)))
    n = Notifikasi.objects.filter(penerima__username="operator.mojosari", jenis="rekomendasi").order_by("pk")[0]
    assert n.judul == "Rekomendasi LHE 2025 melewati batas waktu (Kecamatan Mojosari)"
    assert "Batas waktu 31 Maret 2026 terlewati 92 hari; status belum ditindaklanjuti." in n.isi
    assert n.tautan == "/pd/kecamatan-mojosari/2025/tindak-lanjut/"


def test_a_rerun_sends_nothing_twice_but_a_new_overdue_state_is_told_once_more() -> None:
    kirim_pengingat_rekomendasi(_pemda(), JULI)
    assert kirim_pengingat_rekomendasi(_pemda(), JULI) == []
    assert kirim_pengingat_rekomendasi(_pemda(), date(2026, 7, 8)) == []  # a week later: still the same state
    # The Inspektorat moves the first one to "dalam proses": still late, a new state.
    evaluasi.verifikasi_rekomendasi(_rek(0), "proses", tanggal=JULI, catatan="Sedang disusun")
    again = kirim_pengingat_rekomendasi(_pemda(), date(2026, 7, 8))
    assert {n.penerima.username for n in again} == {"operator.mojosari", "kepala.mojosari"}
    assert {n.kunci for n in again} == {f"rekomendasi/{_rek(0).pk}/2026-03-31/proses"}
    # Settled (tuntas) ones are never reminded.
    r = _rek(1)
    evaluasi.catat_tindak_lanjut(r, tanggal=JULI, uraian="Rencana aksi disesuaikan")
    evaluasi.verifikasi_rekomendasi(r, "tuntas", tanggal=JULI)
    desember = kirim_pengingat_rekomendasi(_pemda(), date(2026, 12, 1))
    # Only the third (30 September) is newly late; the settled one and the unchanged states stay quiet.
    assert {n.kunci for n in desember} == {f"rekomendasi/{_rek(2).pk}/2026-09-30/belum"}
    assert not Notifikasi.objects.filter(kunci__startswith=f"rekomendasi/{r.pk}/2026-06-30/tuntas").exists()
    assert kirim_pengingat_rekomendasi(_pemda(), date(2026, 12, 2)) == []


def test_the_reminder_goes_by_email_too(django_capture_on_commit_callbacks) -> None:
    User.objects.filter(username="kepala.mojosari").update(email="camat@mojosari.example")
    with django_capture_on_commit_callbacks(execute=True):
        kirim_pengingat_rekomendasi(_pemda(), JULI)
    assert [m.to for m in mail.outbox] == [["camat@mojosari.example"]] * 2  # one per overdue recommendation
    assert "Menyempurnakan indikator kinerja individu" in mail.outbox[0].body


def test_the_command_for_cron_is_safe_to_rerun_and_has_a_dry_run() -> None:
    out = StringIO()
    call_command("pengingat-rekomendasi", "--tanggal", "2026-07-01", "--dry-run", stdout=out)
    assert "2 rekomendasi terlambat (tidak ada yang dikirim)" in out.getvalue()
    assert not Notifikasi.objects.filter(jenis="rekomendasi").exists()
    out = StringIO()
    call_command("pengingat-rekomendasi", "--tanggal", "2026-07-01", stdout=out)
    assert out.getvalue().strip().endswith("4 pengingat dikirim.")
    out = StringIO()
    call_command("pengingat-rekomendasi", "--tanggal", "2026-07-01", "--pemda", _pemda().slug, stdout=out)
    assert "2 rekomendasi terlambat, 0 pengingat dikirim." in out.getvalue()
