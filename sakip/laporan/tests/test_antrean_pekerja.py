"""The document queue with real `sakip worker` processes on Redis at 127.0.0.1: the demo's 49 LKjIPs.

The workers and `sakip laporan lkjip --all --antrean` are separate processes, as in production;
they share a copy of the test database (SQLite) or the test database itself (PostgreSQL), a media
folder, and this test's own queue on the test run's Redis database (conftest.py). This test has no
copy is made by a session fixture, before any test's transaction, so the workers read exactly the loaded
demo. Whether two
workers finish sooner than one is measured by benchmarks/bench_antrean.py (timings do not belong
in tests on a shared machine).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from .bacaan import baca

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.django_db  # the test database is set up (the test itself reads nothing)


def _basis_data_untuk_proses_lain(tmp_path: Path) -> str:
    """A DATABASE_URL other processes can open with the demo in it (the test database itself on
    PostgreSQL; a file copy of the in-memory one on SQLite)."""
    if connection.vendor == "sqlite":
        target = tmp_path / "uji.sqlite3"
        connection.ensure_connection()
        dst = sqlite3.connect(target)
        connection.connection.backup(dst)
        dst.close()
        return f"sqlite:///{target}"
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture(scope="session")
def db_proses_lain(django_db_setup, django_db_blocker, tmp_path_factory) -> str:  # pytest-django fixtures
    """Made before any test's transaction is open (a session fixture), so the copy is the loaded demo."""
    with django_db_blocker.unblock():
        return _basis_data_untuk_proses_lain(tmp_path_factory.mktemp("db"))


def test_49_lkjips_through_the_queue_with_two_real_workers(tmp_path: Path, db_proses_lain: str) -> None:
    env = {
        **os.environ, "DATABASE_URL": db_proses_lain,
        "SAKIP_DATA_DIR": str(tmp_path / "data"), "SAKIP_REDIS_URL": settings.SAKIP_REDIS_URL,
        "SAKIP_ANTREAN": f"{settings.SAKIP_ANTREAN}-49", "PYTHONPATH": str(ROOT),
    }
    sakip = [sys.executable, "-m", "sakip.cli"]
    workers = [subprocess.Popen([*sakip, "worker"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE) for _ in range(2)]
    try:
        out = tmp_path / "lkjip"
        hasil = subprocess.run([*sakip, "laporan", "lkjip", "--all", "--tahun", "2025", "--format", "docx",
                                "--output", str(out), "--tanggal", "2026-01-30", "--antrean"],
                               env=env, cwd=ROOT, capture_output=True, text=True, timeout=900)
    finally:
        for w in workers:
            w.send_signal(signal.SIGTERM)  # warm shutdown: finish the job in hand, then stop
        # a worker finishes the job in hand first: on a loaded CI machine that can take minutes
        logs = [w.communicate(timeout=600)[1].decode() for w in workers]
    assert hasil.returncode == 0, hasil.stderr[-2000:]
    files = sorted(out.iterdir())
    assert len(files) == 49, hasil.stderr[-2000:]
    assert "49 dokumen ditulis" in hasil.stderr and "49/49" in hasil.stderr
    assert all(f.read_bytes()[:2] == b"PK" for f in files)
    mojosari = baca((out / "lkjip-2025-kecamatan-mojosari.docx").read_bytes())
    assert ("Heading 1", "BAB III AKUNTABILITAS KINERJA") in mojosari.judul
    assert all(w.returncode == 0 for w in workers), logs
    # Both workers took jobs, and the stored copies were removed once written to the folder.
    assert all("melayani antrean" in log for log in logs)
    assert "oleh 2 pekerja" in hasil.stderr
    assert not list((tmp_path / "data" / "media" / "antrean").rglob("*.docx"))
