"""Saving budget realisasi from a value the caller saw: a colleague's save meanwhile is refused, not overwritten."""

from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import connection, connections, transaction

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import (
    KonflikRealisasiAnggaran,
    catat_realisasi_anggaran,
    simpan_realisasi_anggaran_bersyarat,
)
from sakip.audit.models import Jejak
from sakip.realisasi.alur import ajukan

# The demo's triwulans are incomplete: the "Ajukan" gate warns here (it is tested in test_kelengkapan).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("kelengkapan_peringatan")]

NBSP = "\u00a0"


def penyusunan() -> MataAnggaran:
    """Mojosari 2025, pagu 10.000.000: the demo's 9.777.300 of the year is 1.466.595 / 2.444.325 / 2.444.325 /
    3.422.055 (TW I–IV). Amounts saved here keep the year under the pagu, so only the semula check can refuse."""
    return MataAnggaran.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, kode="7.01.01.2.01.0001")


def jumlah(line: MataAnggaran, tw: int) -> Decimal | None:
    return RealisasiAnggaran.objects.filter(mata_anggaran=line, triwulan=tw).values_list("jumlah", flat=True).first()


def jejak(line: MataAnggaran, tw: int) -> int:
    return Jejak.objects.filter(model="anggaran.realisasianggaran", objek_id=f"{line.pk}/{tw}").count()


def pesan(exc: ValidationError) -> str:
    return " ".join(exc.messages)


def test_a_matching_semula_stores_and_is_audited() -> None:
    line = penyusunan()
    before = jejak(line, 4)
    simpan_realisasi_anggaran_bersyarat(line, 4, Decimal("3500000"), semula=Decimal("3422055.00"))
    assert jumlah(line, 4) == Decimal("3500000")
    assert jejak(line, 4) == before + 1


def test_a_stale_semula_is_refused_and_the_other_value_is_kept() -> None:
    line = penyusunan()
    simpan_realisasi_anggaran_bersyarat(line, 4, Decimal("3500000"), semula=Decimal("3422055"))  # a colleague
    before = jejak(line, 4)
    with pytest.raises(KonflikRealisasiAnggaran) as err:
        simpan_realisasi_anggaran_bersyarat(line, 4, Decimal("3600000"), semula=Decimal("3422055"))
    assert f"Triwulan IV sudah diubah orang lain menjadi Rp{NBSP}3.500.000,00" in pesan(err.value)
    assert err.value.code == "konflik"
    assert jumlah(line, 4) == Decimal("3500000")
    assert jejak(line, 4) == before  # nothing stored, nothing recorded


def test_none_semula_stores_into_an_empty_cell_only() -> None:
    line = penyusunan()
    catat_realisasi_anggaran(line, {1: None})  # the demo fills TW I: empty it first
    simpan_realisasi_anggaran_bersyarat(line, 1, Decimal("125000.50"), semula=None)
    assert jumlah(line, 1) == Decimal("125000.50")
    # A second "it was empty" save comes too late: the cell is no longer empty.
    with pytest.raises(KonflikRealisasiAnggaran) as err:
        simpan_realisasi_anggaran_bersyarat(line, 1, Decimal("2000000"), semula=None)
    assert f"Triwulan I sudah diubah orang lain menjadi Rp{NBSP}125.000,50 " in pesan(err.value)
    assert jumlah(line, 1) == Decimal("125000.50")


def test_a_cell_emptied_meanwhile_is_reported_as_kosong() -> None:
    line = penyusunan()
    catat_realisasi_anggaran(line, {4: None})
    with pytest.raises(KonflikRealisasiAnggaran, match="menjadi kosong"):
        simpan_realisasi_anggaran_bersyarat(line, 4, Decimal("1"), semula=Decimal("3422055"))
    assert jumlah(line, 4) is None


def test_clearing_with_a_matching_semula_clears() -> None:
    line = penyusunan()
    simpan_realisasi_anggaran_bersyarat(line, 4, None, semula=Decimal("3422055"))
    assert jumlah(line, 4) is None


def test_the_usual_checks_still_apply_after_the_semula_check() -> None:
    line = penyusunan()
    with pytest.raises(ValidationError, match="tidak boleh negatif"):
        simpan_realisasi_anggaran_bersyarat(line, 2, Decimal("-1"), semula=Decimal("2444325"))
    ajukan(User.objects.get(username="operator.mojosari"), line.unit, 2025, 2)
    with pytest.raises(ValidationError) as err:
        simpan_realisasi_anggaran_bersyarat(line, 2, Decimal("1"), semula=Decimal("2444325"))
    assert not isinstance(err.value, KonflikRealisasiAnggaran)  # refused as submitted, not as stale
    assert "Triwulan II" in pesan(err.value)
    assert jumlah(line, 2) == Decimal("2444325")


@pytest.mark.skipif(connection.vendor != "postgresql",
                    reason="SQLite locks the whole file, so two connections cannot hold row locks at once; "
                           "the row-lock race is shown on PostgreSQL")
def test_two_connections_saving_at_once_on_postgresql() -> None:
    line_pk = penyusunan().pk
    tw = 3  # 2.444.325 in the demo; the other connections commit, so the cell and its trail are restored below
    demo = Decimal("2444325")
    jejak_terakhir = Jejak.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    first_saved = threading.Event()
    hasil: dict[str, object] = {}

    def operator(nama: str, nilai: str, tunggu: bool) -> None:
        # Each thread has its own database connection, outside the test's transaction.
        try:
            line = MataAnggaran.objects.get(pk=line_pk)
            if tunggu:
                first_saved.wait(10)
            with transaction.atomic():
                simpan_realisasi_anggaran_bersyarat(line, tw, Decimal(nilai), semula=demo)
                if not tunggu:
                    first_saved.set()
                    time.sleep(1)  # hold the row lock while the other operator saves
            hasil[nama] = "tersimpan"
        except KonflikRealisasiAnggaran as exc:
            hasil[nama] = exc
        finally:
            connections.close_all()

    a = threading.Thread(target=operator, args=("a", "1000000", False))
    b = threading.Thread(target=operator, args=("b", "2000000", True))
    try:
        a.start()
        b.start()
        a.join(30)
        b.join(30)
        assert hasil["a"] == "tersimpan"
        assert isinstance(hasil["b"], KonflikRealisasiAnggaran)
        assert f"menjadi Rp{NBSP}1.000.000,00" in pesan(hasil["b"])
    finally:
        def bersihkan() -> None:
            # The trail refuses deletes through the ORM; raw SQL cleans what this test committed.
            with connections["default"].cursor() as cur:
                cur.execute("UPDATE anggaran_realisasianggaran SET jumlah = %s "
                            "WHERE mata_anggaran_id = %s AND triwulan = %s", [demo, line_pk, tw])
                cur.execute("DELETE FROM audit_jejak WHERE model = %s AND objek_id = %s AND id > %s",
                            ["anggaran.realisasianggaran", f"{line_pk}/{tw}", jejak_terakhir])
            connections.close_all()

        t = threading.Thread(target=bersihkan)
        t.start()
        t.join(30)
