"""The `sakip` console script, run as a user runs it: a fresh SQLite file, real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SAKIP = Path(sys.executable).with_name("sakip")


def run(args: list[str], db: Path | str, **env: str) -> subprocess.CompletedProcess[str]:
    url = db if isinstance(db, str) else f"sqlite:///{db}"
    environ = {**os.environ, "DATABASE_URL": url, **env}
    environ.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run([str(SAKIP), *args], capture_output=True, text=True, env=environ, timeout=300,
                          check=False)


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


def test_production_refuses_to_start_without_secret(tmp_path: Path) -> None:
    env = {"SAKIP_ENV": "production", "SAKIP_SECRET_KEY": ""}
    result = run(["check"], tmp_path / "p.sqlite3", **env)
    assert result.returncode == 2
    assert "SAKIP_SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr
