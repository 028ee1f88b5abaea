"""`sakip reviu` and `sakip reviu-dokumen`, as a user runs them (`sakip impor-lkjip`: sakip/impor/tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

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
    assert {t["kode"] for t in data["temuan"]} == {"ANGGARAN_PK_BEDA_DPA", "INDIKATOR_TANPA_FORMULASI"}
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
