"""The document queue on a real Redis (127.0.0.1, this run's own database and queue name).

Jobs are worked by RQ's in-process worker where a test needs the test database's transaction, and
by real `sakip worker` processes (on a copy of the test database) for the 49 LKjIPs of the demo.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection
from rq import SimpleWorker

from sakip.laporan import antrean
from sakip.organisasi.models import Unit

from .bacaan import baca

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[3]


def kerjakan_semua() -> None:
    """Work every queued job in this process (it sees the test's transaction)."""
    q = antrean.antrean()
    SimpleWorker([q], connection=q.connection).work(burst=True, with_scheduler=False)


def test_a_queued_lkjip_is_built_stored_and_reported_done() -> None:
    unit = Unit.objects.get(slug="bagian-organisasi")
    job = antrean.kirim(antrean.Permintaan("lkjip", unit.pk, 2025, "docx", "2026-01-30"))
    menunggu = antrean.status(job)
    assert menunggu is not None and menunggu.tahap == "menunggu" and menunggu.posisi == 1
    assert menunggu.unit_id == unit.pk and not menunggu.selesai

    kerjakan_semua()

    st = antrean.status(job)
    assert st is not None and st.tahap == "selesai" and st.persen == 100 and st.galat is None
    assert st.nama == "LKjIP-2025-bagian-organisasi.docx"
    assert st.berkas == f"antrean/{job}/{st.nama}" and default_storage.exists(st.berkas)
    b = baca(antrean.ambil_berkas(st))
    assert ("Heading 1", "BAB III AKUNTABILITAS KINERJA") in b.judul
    antrean.hapus_berkas(st)
    assert not default_storage.exists(st.berkas)


def test_missing_data_ends_the_job_with_the_indonesian_message() -> None:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    job = antrean.kirim(antrean.Permintaan("lkjip", unit.pk, 2031, "docx"))
    kerjakan_semua()
    st = antrean.status(job)
    assert st is not None and st.tahap == "gagal" and st.berkas is None
    assert "belum dapat dibuat" in (st.galat or "")


def test_an_unknown_job_has_no_status() -> None:
    assert antrean.status(str(uuid.uuid4())) is None


def test_an_unreachable_redis_is_one_clear_error(settings) -> None:  # pytest-django fixture
    settings.SAKIP_REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    with pytest.raises(antrean.AntreanTidakTersedia, match="SAKIP_REDIS_URL"):
        antrean.kirim(antrean.Permintaan("lkjip", 1, 2025, "docx"))


# --- real workers ------------------------------------------------------------------------------

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


def test_49_lkjips_through_the_queue_with_two_real_workers(tmp_path: Path) -> None:
    env = {
        **os.environ, "DATABASE_URL": _basis_data_untuk_proses_lain(tmp_path),
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
        logs = [w.communicate(timeout=60)[1].decode() for w in workers]
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
