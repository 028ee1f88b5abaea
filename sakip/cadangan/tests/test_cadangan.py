"""Backup and restore move a whole installation between SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import psycopg
import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from sakip.organisasi.models import Unit
from sakip.pengukuran.keluaran import as_dict
from sakip.pengukuran.services import ukur_pd
from sakip.realisasi.alur import ajukan

# The demo's triwulans are incomplete: the "Ajukan" gate warns here (it is tested in test_kelengkapan).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("kelengkapan_peringatan")]
SAKIP = Path(sys.executable).with_name("sakip")
PG = "postgres://postgres@127.0.0.1:5432"


def run(args: list[str], database_url: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    if data_dir is not None:
        env["SAKIP_DATA_DIR"] = str(data_dir)
    return subprocess.run([str(SAKIP), *args], capture_output=True, text=True, env=env, timeout=600, check=False)


def expected(slug: str) -> dict:
    return as_dict(slug, 2025, ukur_pd(Unit.objects.get(slug=slug), 2025))


def measured(database_url: str, slug: str) -> dict:
    result = run(["measure", "--pd", slug, "--tahun", "2025", "--json"], database_url)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    path = tmp_path / "sakip.zip"
    call_command("backup", "--output", str(path))
    return path


def test_backup_is_a_zip_with_manifest_and_checksum(backup: Path) -> None:
    with zipfile.ZipFile(backup) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        data = zf.read("data.json")
    assert manifest["format"] == "sakip-cadangan"
    assert manifest["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["jumlah"]["organisasi.unit"] == Unit.objects.count()


def test_restore_into_a_new_sqlite_file_gives_identical_measurements(backup: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/baru/sakip.sqlite3"  # the folder does not exist yet
    result = run(["restore", str(backup)], url)
    assert result.returncode == 0, result.stderr
    for slug in ("bagian-organisasi", "kecamatan-mojosari", "dinas-kesehatan"):
        assert measured(url, slug) == expected(slug)


def test_restore_refuses_a_database_with_data_unless_told(backup: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/isi.sqlite3"
    assert run(["restore", str(backup)], url).returncode == 0
    again = run(["restore", str(backup)], url)
    assert again.returncode == 1
    assert again.stderr.startswith("Galat: Basis data tujuan sudah berisi data")
    assert run(["restore", str(backup), "--ganti"], url).returncode == 0
    assert measured(url, "kecamatan-mojosari") == expected("kecamatan-mojosari")


def test_restore_into_a_postgresql_database_that_does_not_exist_yet(backup: Path) -> None:
    name = f"sakip_restore_{uuid.uuid4().hex[:10]}"
    try:
        result = run(["restore", str(backup)], f"{PG}/{name}")
        assert result.returncode == 0, result.stderr
        assert measured(f"{PG}/{name}", "bagian-organisasi") == expected("bagian-organisasi")
        # and back from PostgreSQL to SQLite
        pg_backup = backup.with_name("dari-pg.zip")
        assert run(["backup", "--output", str(pg_backup)], f"{PG}/{name}").returncode == 0
        url = f"sqlite:///{backup.parent}/kembali.sqlite3"
        assert run(["restore", str(pg_backup)], url).returncode == 0
        assert measured(url, "kecamatan-mojosari") == expected("kecamatan-mojosari")
    finally:
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_published_files_travel_with_the_backup(tmp_path: Path) -> None:
    from sakip.laporan.services import terbitkan_laporan

    unit = Unit.objects.get(slug="kecamatan-mojosari")
    content = b"%PDF-1.4 laporan uji"
    pub = terbitkan_laporan(unit, 2025, "lkjip", content, format="pdf", filename="lkjip-2025.pdf")
    path = tmp_path / "dengan-berkas.zip"
    call_command("backup", "--output", str(path))
    target = tmp_path / "tujuan"
    result = run(["restore", str(path)], f"sqlite:///{target}/sakip.sqlite3", data_dir=target)
    assert result.returncode == 0, result.stderr
    restored = target / "media" / pub.berkas.name
    assert restored.read_bytes() == content


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"ini bukan zip", "bukan arsip zip"),
        (None, "manifest.json tidak ada"),
    ],
)
def test_unusable_files_are_refused(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "rusak.zip"
    if content is None:
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("data.json", "[]")
    else:
        path.write_bytes(content)
    result = run(["restore", str(path)], f"sqlite:///{tmp_path}/x.sqlite3")
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_tampered_backup_is_refused(backup: Path, tmp_path: Path) -> None:
    tampered = tmp_path / "ubah.zip"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.namelist():
            data = src.read(item)
            if item == "data.json":
                data = data.replace(b'"93.1500"', b'"99.1500"', 1)
            dst.writestr(item, data)
    result = run(["restore", str(tampered)], f"sqlite:///{tmp_path}/y.sqlite3")
    assert result.returncode == 1
    assert "checksum" in result.stderr


def test_login_throttling_records_stay_out_of_the_backup(tmp_path: Path) -> None:
    from axes.models import AccessAttempt

    AccessAttempt.objects.create(username="operator.mojosari", ip_address="127.0.0.9", user_agent="uji",
                                 failures_since_start=5, get_data="", post_data="", http_accept="", path_info="/")
    path = tmp_path / "sakip.zip"
    call_command("backup", "--output", str(path))
    with zipfile.ZipFile(path) as zf:
        rows = json.loads(zf.read("data.json"))
    models = {row["model"] for row in rows}
    assert "organisasi.unit" in models
    assert not {m for m in models if m.startswith("axes.")}


def test_a_backup_from_before_the_workflow_moved_restores_its_triwulan_status(tmp_path: Path) -> None:
    """Backups made while StatusTriwulan lived in the audit app name it audit.statustriwulan."""
    ajukan(User.objects.get(username="operator.mojosari"), Unit.objects.get(slug="kecamatan-mojosari"), 2026, 2)
    baru = tmp_path / "baru.zip"
    call_command("backup", "--output", str(baru))
    with zipfile.ZipFile(baru) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        data = zf.read("data.json").replace(b'"realisasi.statustriwulan"', b'"audit.statustriwulan"')
    assert b'"audit.statustriwulan"' in data
    manifest["jumlah"]["audit.statustriwulan"] = manifest["jumlah"].pop("realisasi.statustriwulan")
    manifest["sha256"] = hashlib.sha256(data).hexdigest()
    lama = tmp_path / "lama.zip"
    with zipfile.ZipFile(lama, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("data.json", data)
    url = f"sqlite:///{tmp_path}/lama.sqlite3"
    result = run(["restore", str(lama)], url)
    assert result.returncode == 0, result.stderr
    shown = run(["shell", "--no-imports", "-c", "from sakip.realisasi.models import StatusTriwulan as S; "
                 "print(list(S.objects.values_list('unit__slug', 'tahun', 'triwulan', 'status')))"], url)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "[('kecamatan-mojosari', 2026, 2, 'diajukan')]"
