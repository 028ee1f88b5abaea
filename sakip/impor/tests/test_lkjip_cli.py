"""`sakip impor-lkjip`, as a user runs it: preview first, stored only when confirmed, errors as Galat lines."""

from __future__ import annotations

from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sakip.perencanaan.models import Indikator, Target
from sakip.realisasi.models import Realisasi
from sakip.reviu.tests.lkjip_uji import buat_lkjip
from sakip.reviu.tests.test_referensi import MOJOSARI

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_impor_preview_stores_nothing_then_ya_stores(tmp_path: Path) -> None:
    data, _ = buat_lkjip()
    berkas = tmp_path / "lkjip-pacet.docx"
    berkas.write_bytes(data)
    before = (Indikator.objects.count(), Target.objects.count(), Realisasi.objects.count())
    out = run("impor-lkjip", str(berkas), "--pd", "kecamatan-pacet", "--tahun", "2025")
    assert "Pratinjau impor lkjip-pacet.docx ke Kecamatan Pacet" in out
    assert "Tidak ada yang disimpan" in out
    assert (Indikator.objects.count(), Target.objects.count(), Realisasi.objects.count()) == before
    out = run("impor-lkjip", str(berkas), "--pd", "kecamatan-pacet", "--tahun", "2025", "--ya")
    assert "Tersimpan: 6 indikator baru (draf), 14 target, 14 realisasi." in out
    ikm = Indikator.objects.get(unit__slug="kecamatan-pacet", nama="IKM Kecamatan")
    assert {t.tahun: t.nilai for t in ikm.target.all()} == {2023: 86, 2024: 87, 2025: 88}
    assert {(r.tahun, r.bagian): r.nilai for r in ikm.realisasi.all()}[(2025, "TAHUN")] == Decimal("90.12")
    assert ikm.polaritas == "positif" and not ikm.iku
    aduan = Indikator.objects.get(unit__slug="kecamatan-pacet", nama__startswith="Persentase Aduan")
    assert aduan.polaritas == "negatif"  # declared in the document's IKU table
    again = run("impor-lkjip", str(berkas), "--pd", "kecamatan-pacet", "--tahun", "2025", "--ya")
    assert "Tidak ada nilai baru untuk disimpan." in again


def test_impor_reference_keeps_what_is_stored() -> None:
    out = run("impor-lkjip", str(MOJOSARI), "--pd", "kecamatan-mojosari", "--tahun", "2025")
    assert "nilai tersimpan dipertahankan" in out
    assert "dihitung otomatis dari data lain; tidak diimpor" in out  # serapan anggaran is derived
    assert "menggantikan" not in out  # nothing already stored would be overwritten


def test_impor_errors_are_galat_lines(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="tidak ditemukan"):
        run("impor-lkjip", str(tmp_path / "x.docx"), "--pd", "kecamatan-pacet", "--tahun", "2025")
    kosong = tmp_path / "kosong.txt"
    kosong.write_text("Tidak ada tabel di sini.\n")
    with pytest.raises(CommandError, match="tidak memuat tabel"):
        run("impor-lkjip", str(kosong), "--pd", "kecamatan-pacet", "--tahun", "2025")
