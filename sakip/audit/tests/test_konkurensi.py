"""Two operators saving the same realisasi at once: the later save is told about the earlier one."""

from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest
from django.db import connection, connections, transaction

from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import Realisasi
from sakip.realisasi.services import KonflikRealisasi, catat_realisasi, simpan_realisasi_bersyarat

pytestmark = pytest.mark.django_db

TAHUN = 2031  # a year no other test touches: the rows here are committed by other connections


def diketik() -> Indikator:
    """A Mojosari indicator whose realisasi is typed (its IKM is read from the SKM, never typed)."""
    return (Indikator.objects.filter(unit__slug="kecamatan-mojosari", periode__nama="2025-2029", kode_standar="",
                                     turunan__isnull=True).order_by("pk").first())


def test_a_stale_value_is_refused_with_the_current_one() -> None:
    ind = diketik()
    catat_realisasi(ind, TAHUN, {"TW1": Decimal("70")})
    simpan_realisasi_bersyarat(ind, TAHUN, "TW1", Decimal("71"), semula=Decimal("70"))
    with pytest.raises(KonflikRealisasi, match="sudah diubah orang lain menjadi 71"):
        simpan_realisasi_bersyarat(ind, TAHUN, "TW1", Decimal("75"), semula=Decimal("70"))
    assert Realisasi.objects.get(indikator=ind, tahun=TAHUN, bagian="TW1").nilai == Decimal("71")


@pytest.mark.skipif(connection.vendor != "postgresql",
                    reason="SQLite locks the whole file, so two connections cannot hold row locks at once; "
                           "the row-lock race is shown on PostgreSQL")
def test_two_connections_saving_at_once_on_postgresql() -> None:
    ind_pk = diketik().pk
    first_saved = threading.Event()
    hasil: dict[str, object] = {}

    def operator(nama: str, nilai: str, tunggu: bool) -> None:
        # Each thread has its own database connection, outside the test's transaction.
        try:
            ind = Indikator.objects.get(pk=ind_pk)
            if tunggu:
                first_saved.wait(10)
            with transaction.atomic():
                simpan_realisasi_bersyarat(ind, TAHUN, "TW2", Decimal(nilai), semula=None)
                if not tunggu:
                    first_saved.set()
                    time.sleep(1)  # hold the row lock while the other operator saves
            hasil[nama] = "tersimpan"
        except KonflikRealisasi as exc:
            hasil[nama] = exc
        finally:
            connections.close_all()

    a = threading.Thread(target=operator, args=("a", "10", False))
    b = threading.Thread(target=operator, args=("b", "20", True))
    try:
        a.start()
        b.start()
        a.join(30)
        b.join(30)
        assert hasil["a"] == "tersimpan"
        assert isinstance(hasil["b"], KonflikRealisasi)
        assert "menjadi 10" in str(hasil["b"])
    finally:
        def bersihkan() -> None:
            # The trail refuses deletes through the ORM; raw SQL cleans what this test committed.
            with connections["default"].cursor() as cur:
                cur.execute("DELETE FROM realisasi_realisasi WHERE indikator_id = %s AND tahun = %s", [ind_pk, TAHUN])
                cur.execute("DELETE FROM audit_jejak WHERE indikator_id = %s AND tahun = %s", [ind_pk, TAHUN])
            connections.close_all()

        t = threading.Thread(target=bersihkan)
        t.start()
        t.join(30)
