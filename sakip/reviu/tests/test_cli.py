"""`sakip reviu`, `sakip reviu-dokumen` and `sakip impor-lkjip`, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sakip.perencanaan.models import Indikator, Target
from sakip.realisasi.models import Realisasi

from .lkjip_uji import SEMUA_TANAM, buat_lkjip
from .test_referensi import MOJOSARI

pytestmark = pytest.mark.django_db
SAKIP = Path(sys.executable).with_name("sakip")


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_reviu_json() -> None:
    data = json.loads(run("reviu", "--pd", "kecamatan-mojosari", "--tahun", "2025", "--json"))
    assert data["pd"] == "kecamatan-mojosari" and data["tahun"] == 2025
    assert {t["kode"] for t in data["temuan"]} == {"ANGGARAN_PK_BEDA_DPA", "INDIKATOR_TANPA_FORMULASI",
                                                   "NARASI_PENGHAMBAT_KOSONG"}
    assert set(data["temuan"][0]) == {"kode", "tingkat", "pesan", "lokasi", "url", "nilai", "seharusnya"}


def test_reviu_text_is_indonesian() -> None:
    out = run("reviu", "--pd", "bagian-organisasi", "--tahun", "2025")
    assert out.startswith("Reviu data Bagian Organisasi tahun 2025")
    assert "PERINGATAN INDIKATOR_TANPA_SUMBER_DATA" in out


def test_reviu_unknown_pd_is_one_galat_line() -> None:
    with pytest.raises(CommandError, match="Perangkat daerah 'tidak-ada' tidak ditemukan"):
        run("reviu", "--pd", "tidak-ada", "--tahun", "2025")


def test_reviu_dokumen_json_of_a_docx(tmp_path: Path) -> None:
    data, _ = buat_lkjip(set(SEMUA_TANAM))
    berkas = tmp_path / "lkjip.docx"
    berkas.write_bytes(data)
    out = json.loads(run("reviu-dokumen", str(berkas), "--json"))
    assert set(out) == {"temuan", "tidak_terbaca"}
    assert len(out["temuan"]) == 20


def test_reviu_dokumen_text(tmp_path: Path) -> None:
    data, _ = buat_lkjip({"unit"})
    berkas = tmp_path / "lkjip.docx"
    berkas.write_bytes(data)
    out = run("reviu-dokumen", str(berkas))
    assert "Temuan: 1 (1 galat)" in out and "Kecamatan Gondang" in out
    assert "Unit pembanding: unit kerja Kabupaten Mojokerto dari basis data" in out


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("tidak-ada.pdf", None, "tidak ditemukan"),
    ("rusak.pdf", b"%PDF-1.4 bukan pdf", "bukan PDF"),
    ("gambar.png", b"\x89PNG....", "tidak didukung"),
])
def test_reviu_dokumen_unreadable_file(tmp_path: Path, name: str, content: bytes | None, reason: str) -> None:
    berkas = tmp_path / name
    if content is not None:
        berkas.write_bytes(content)
    with pytest.raises(CommandError, match=f"berkas tidak dapat dibaca: .*{reason}"):
        run("reviu-dokumen", str(berkas))


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
    assert {(r.tahun, r.bagian): r.nilai for r in ikm.realisasi.all()}[(2025, "TAHUN")] == Decimal_("90.12")
    assert ikm.polaritas == "positif" and not ikm.iku
    aduan = Indikator.objects.get(unit__slug="kecamatan-pacet", nama__startswith="Persentase Aduan")
    assert aduan.polaritas == "negatif"  # declared in the document's IKU table
    again = run("impor-lkjip", str(berkas), "--pd", "kecamatan-pacet", "--tahun", "2025", "--ya")
    assert "Tidak ada nilai baru untuk disimpan." in again


def Decimal_(x: str) -> object:  # reads like the literal it builds
    from decimal import Decimal

    return Decimal(x)


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


def test_console_script_without_database(tmp_path: Path) -> None:
    """No database at all: the built-in list of kecamatan is used; errors are one line."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'kosong.sqlite3'}"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    ok = subprocess.run([str(SAKIP), "reviu-dokumen", str(MOJOSARI), "--json"], capture_output=True, text=True,
                        env=env, timeout=120, check=False)
    assert ok.returncode == 0, ok.stderr
    assert len(json.loads(ok.stdout)["temuan"]) == 71
    bad = subprocess.run([str(SAKIP), "reviu-dokumen", str(tmp_path / "tidak-ada.docx")], capture_output=True,
                         text=True, env=env, timeout=120, check=False)
    assert bad.returncode == 1 and bad.stderr.startswith("Galat: berkas tidak dapat dibaca")
    assert "Traceback" not in bad.stderr
