"""An initial load (the demo) leaves ONE trail row summarising it instead of one row per value."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from django.contrib.auth.models import User

from sakip.audit.context import Sumber, muat_awal_berjalan, pelaku
from sakip.audit.models import Jejak
from sakip.audit.services import Perubahan, catat, muat_awal
from sakip.perencanaan.models import Indikator
from sakip.perencanaan.services import ubah_target
from sakip.realisasi.services import catat_realisasi

pytestmark = pytest.mark.django_db


def diketik() -> Indikator:
    """A Mojosari indicator whose realisasi is typed (its IKM is read from the SKM, never typed)."""
    return (Indikator.objects.filter(unit__slug="kecamatan-mojosari", periode__nama="2025-2029", kode_standar="",
                                     turunan__isnull=True).order_by("pk").first())


def test_inside_nothing_is_recorded_per_value_and_on_exit_one_summary_row() -> None:
    ind = diketik()
    before = Jejak.objects.count()
    with pelaku(User.objects.get(username="admin"), Sumber.PERINTAH), muat_awal("Muat data awal uji"):
        catat_realisasi(ind, 2029, {"TW1": Decimal("1"), "TW2": Decimal("2")})
        ubah_target(ind, {2029: Decimal("99")})
        assert catat([Perubahan("uji.model", 1, "x", "f", None, "1")]) == 0
        assert Jejak.objects.count() == before
    assert Jejak.objects.count() == before + 1
    j = Jejak.objects.latest("pk")
    assert (j.model, j.field, j.objek, j.sumber, j.nama_pengguna) == (
        "sistem", "muat_awal", "Muat data awal uji", "perintah", "admin")
    assert j.baru == ("Muat data awal uji: 4 nilai dimuat tanpa jejak per nilai (perencanaan.target 1, "
                      "realisasi.realisasi 2, uji.model 1)")
    # The writes themselves happened; only their trail is summarised.
    assert ind.realisasi.filter(tahun=2029).count() == 2
    # Afterwards every change is recorded again.
    catat_realisasi(ind, 2029, {"TW1": Decimal("5")})
    assert Jejak.objects.filter(indikator_id=ind.pk, tahun=2029, field="TW1").count() == 1


def test_nested_loads_write_one_row_for_the_outermost() -> None:
    before = Jejak.objects.count()
    with muat_awal("luar"):
        catat([Perubahan("uji.a", 1, "x", "f", None, "1")])
        with muat_awal("dalam"):
            catat([Perubahan("uji.b", 1, "x", "f", None, "1")])
        assert muat_awal_berjalan() is not None and Jejak.objects.count() == before
    assert Jejak.objects.count() == before + 1
    assert Jejak.objects.latest("pk").baru == "luar: 2 nilai dimuat tanpa jejak per nilai (uji.a 1, uji.b 1)"
    assert muat_awal_berjalan() is None


def test_a_failed_load_writes_no_summary() -> None:
    before = Jejak.objects.count()
    with pytest.raises(RuntimeError), muat_awal("gagal"):
        raise RuntimeError("data demo rusak")
    assert Jejak.objects.count() == before and muat_awal_berjalan() is None


def test_the_load_belongs_to_its_own_thread_and_context() -> None:
    seen: list[object] = []
    with muat_awal("utas utama"):
        t = threading.Thread(target=lambda: seen.append(muat_awal_berjalan()))
        t.start()
        t.join()
    assert seen == [None]  # another request's thread keeps recording every value


def test_it_decorates_a_loader_function_as_the_demo_loader_uses_it() -> None:
    @muat_awal("Data demo dimuat")
    def muat() -> None:
        catat_realisasi(diketik(), 2029, {"TW3": Decimal("3")})

    before = Jejak.objects.count()
    muat()
    muat()  # each call is its own load with its own summary
    rows = list(Jejak.objects.order_by("-pk")[:2])
    assert Jejak.objects.count() == before + 2
    assert [j.baru for j in rows] == ["Data demo dimuat: 0 nilai dimuat tanpa jejak per nilai",
                                      "Data demo dimuat: 1 nilai dimuat tanpa jejak per nilai (realisasi.realisasi 1)"]
