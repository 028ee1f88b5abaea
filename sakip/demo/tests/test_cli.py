"""The `sakip` console script, run as a user runs it: a fresh SQLite file, real processes."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SAKIP = Path(sys.executable).with_name("sakip")


def run(args: list[str], db: Path | str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    url = db if isinstance(db, str) else f"sqlite:///{db}"
    environ = {**os.environ, "DATABASE_URL": url, **env}
    environ.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run([str(SAKIP), *args], capture_output=True, text=True, env=environ, timeout=300,
                          check=False, input=stdin)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "sakip.sqlite3"
    result = run(["demo", "--no-serve"], db)
    assert result.returncode == 0, result.stderr
    assert "Pemda demo dimuat" in result.stderr
    return db


def test_demo_no_serve_is_safe_to_rerun(demo_db: Path) -> None:
    result = run(["demo", "--no-serve"], demo_db)
    assert result.returncode == 0, result.stderr
    assert "sudah ada" in result.stderr


def _pemda(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT slug FROM organisasi_pemda")]


@pytest.mark.parametrize("jawaban", ["", "tidak\n", "n\n"])
def test_demo_reset_without_yes_deletes_nothing(demo_db: Path, jawaban: str) -> None:
    result = run(["demo", "--no-serve", "--reset"], demo_db, stdin=jawaban)
    assert result.returncode == 1
    assert "menghapus SELURUH data" in result.stderr  # the question was asked
    assert result.stderr.strip().splitlines()[-1].startswith("Galat: --reset dibatalkan")
    assert _pemda(demo_db) == ["kabupaten-mojokerto"]


def test_demo_reset_asks_and_reloads_on_ya(tmp_path: Path) -> None:
    db = tmp_path / "reset.sqlite3"
    result = run(["demo", "--no-serve", "--reset", "--tanpa-sintetis"], db, stdin="ya\n")
    assert result.returncode == 0, result.stderr
    assert "Lanjutkan?" in result.stderr and "Pemda demo dimuat" in result.stderr
    assert _pemda(db) == ["kabupaten-mojokerto"]


def test_demo_reset_with_ya_flag_does_not_ask(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "salinan.sqlite3"
    shutil.copy(demo_db, db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE organisasi_pemda SET nama = 'Nama lama'")
    result = run(["demo", "--no-serve", "--reset", "--ya", "--tanpa-sintetis"], db, stdin="")
    assert result.returncode == 0, result.stderr
    assert "Lanjutkan?" not in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT nama FROM organisasi_pemda").fetchall() == [("Kabupaten Mojokerto",)]


def test_demo_refuses_to_run_in_production(tmp_path: Path) -> None:
    db = tmp_path / "produksi.sqlite3"
    result = run(["demo", "--no-serve"], db, SAKIP_ENV="production", SAKIP_SECRET_KEY="k" * 50,
                 SAKIP_ALLOWED_HOSTS="sakip.mojokertokab.go.id")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Galat: ") and "SAKIP_ENV=production" in lines[0]
    assert not db.exists()  # refused before touching the database


def test_measure_json_goes_to_stdout_alone(demo_db: Path) -> None:
    result = run(["measure", "--pd", "bagian-organisasi", "--tahun", "2025", "--json"], demo_db)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)  # nothing but JSON on stdout
    assert data["efisiensi"]["efisiensi"] == 14.85
    assert data["anggaran"]["pagu"] == 796858170


def test_measure_table_is_indonesian(demo_db: Path) -> None:
    result = run(["measure", "--pd", "kecamatan-mojosari", "--tahun", "2025"], demo_db)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "101,25%" in out and "101,59%" in out
    assert "Rp\u00a010.807.365.855,00" in out
    assert "90,31%" in out
    assert "= 10,40" in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["measure", "--pd", "kecamatan-atlantis", "--tahun", "2025"], "tidak ditemukan"),
        (["measure", "--pd", "kecamatan-mojosari", "--tahun", "2019"], "tahun 2019"),
    ],
)
def test_bad_input_gives_one_clear_line(demo_db: Path, args: list[str], expected: str) -> None:
    result = run(args, demo_db)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Galat: ")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_broken_database_path(tmp_path: Path) -> None:
    result = run(["measure", "--pd", "kecamatan-mojosari", "--tahun", "2025"],
                 f"sqlite:///{tmp_path}/tidak/ada/sakip.sqlite3")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Galat basis data:")
    assert len(result.stderr.strip().splitlines()) == 1


def test_unmigrated_database(tmp_path: Path) -> None:
    result = run(["measure", "--pd", "kecamatan-mojosari", "--tahun", "2025"], tmp_path / "kosong.sqlite3")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "sakip demo --no-serve" in result.stderr


def test_production_settings_pass_check_deploy(tmp_path: Path) -> None:
    result = run(["check", "--deploy", "--fail-level", "WARNING"], tmp_path / "p.sqlite3",
                 SAKIP_ENV="production", SAKIP_SECRET_KEY="k" * 30 + "-Zq9!xLr7@pW2#vN8$tB5%mC4^",
                 SAKIP_ALLOWED_HOSTS="sakip.mojokertokab.go.id")
    assert result.returncode == 0, result.stderr + result.stdout
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."


def test_production_refuses_to_start_without_secret(tmp_path: Path) -> None:
    env = {"SAKIP_ENV": "production", "SAKIP_SECRET_KEY": ""}
    result = run(["check"], tmp_path / "p.sqlite3", **env)
    assert result.returncode == 2
    assert "SAKIP_SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr
