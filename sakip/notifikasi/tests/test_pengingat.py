"""Reminders: the entry window closing soon (the command for cron) and the "Kirim pengingat" button."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from sakip.kendali.services import atur_jadwal_pengisian, atur_pengaturan_kendali
from sakip.notifikasi.models import Notifikasi
from sakip.notifikasi.services import (
    jumlah_belum_dibaca,
    kirim,
    kirim_pengingat,
    kirim_pengingat_pd,
    tandai_dibaca,
)
from sakip.organisasi.models import Pemda, Unit

pytestmark = pytest.mark.django_db


def pemda() -> Pemda:
    return Unit.objects.get(slug="kecamatan-mojosari").pemda


def u(nama: str) -> User:
    return User.objects.get(username=nama)


def test_everyone_of_a_pd_is_reminded_once_when_the_window_closes_within_n_days() -> None:
    atur_jadwal_pengisian(pemda(), 2026, 1, date(2026, 4, 1), date(2026, 4, 15))
    atur_pengaturan_kendali(pemda(), hari_pengingat=5)
    assert kirim_pengingat(pemda(), date(2026, 4, 9)) == []  # six days left: not yet
    terkirim = kirim_pengingat(pemda(), date(2026, 4, 10))
    penerima = {n.penerima.username for n in terkirim}
    assert {"operator.mojosari", "kepala.mojosari", "operator.organisasi", "kepala.organisasi"} <= penerima
    n = next(n for n in terkirim if n.penerima.username == "operator.mojosari")
    assert n.judul == "Jadwal pengisian Kecamatan Mojosari tahun 2026 Triwulan I ditutup 15 April 2026"
    assert n.isi.startswith("Sisa 5 hari")
    assert kirim_pengingat(pemda(), date(2026, 4, 11)) == []  # safe to re-run: once per window
    assert kirim_pengingat(pemda(), date(2026, 4, 16)) == []  # closed


def test_the_command_for_cron_reports_what_it_sent_and_sends_nothing_twice() -> None:
    atur_jadwal_pengisian(pemda(), 2026, 2, date(2026, 7, 1), date(2026, 7, 15))
    out = StringIO()
    call_command("kirim-pengingat", "--tanggal", "2026-07-12", stdout=out)
    first = out.getvalue()
    assert "pengingat dikirim." in first and not first.strip().endswith(" 0 pengingat dikirim.")
    out = StringIO()
    call_command("kirim-pengingat", "--tanggal", "2026-07-13", stdout=out)
    assert out.getvalue().strip().endswith("\n0 pengingat dikirim.")


def test_the_button_reminds_the_operators_only_once_a_day() -> None:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    first = kirim_pengingat_pd([unit], 2025, 1, date(2025, 4, 10))
    assert [n.penerima.username for n in first] == ["operator.mojosari"]
    assert kirim_pengingat_pd([unit], 2025, 1, date(2025, 4, 10)) == []
    assert len(kirim_pengingat_pd([unit], 2025, 1, date(2025, 4, 11))) == 1


def test_marking_read_touches_only_the_users_own_notifications() -> None:
    awal = jumlah_belum_dibaca(u("operator.mojosari"))  # the demo's reminder
    kirim([u("operator.mojosari"), u("kepala.mojosari")], pemda=pemda(), jenis="uji", judul="Uji")
    assert jumlah_belum_dibaca(u("operator.mojosari")) == awal + 1
    lain = Notifikasi.objects.get(penerima=u("kepala.mojosari"), jenis="uji").pk
    assert tandai_dibaca(u("operator.mojosari"), [lain]) == 0
    assert tandai_dibaca(u("operator.mojosari")) == awal + 1
    assert jumlah_belum_dibaca(u("operator.mojosari")) == 0
    assert jumlah_belum_dibaca(u("kepala.mojosari")) == 1
