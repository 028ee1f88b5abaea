"""Time the document queue: the demo's 49 LKjIPs through Redis with one worker, then with two.

Usage: .venv/bin/python benchmarks/bench_antrean.py [--format docx|pdf] [--pekerja 1,2] [--n N]
Uses DATABASE_URL when set (the demo Pemda must be loaded there), else loads the demo into a
temporary SQLite file first. Redis from SAKIP_REDIS_URL (default redis://127.0.0.1:6379/15) with a
queue name of its own. Each round starts N `sakip worker` processes, runs
`sakip laporan lkjip --all --antrean` (or, with ``--n``, queues the first N PDs' LKjIPs itself and
waits for them) and stops the workers. Prints each round's wall time and the CPU seconds its
workers spent (on a machine shared with other work the wall time says little), then the
speed-up; exits 1 if two workers are not faster than one. The chart cache is switched off so that
every round draws every chart (otherwise the second round would find the first one's pictures).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _antrekan(jumlah: int, fmt: str, env: dict[str, str], out: Path) -> subprocess.CompletedProcess[str]:
    """Queue the LKjIPs of the first ``jumlah`` PDs (by slug) and wait for them, in a child process."""
    kode = f"""
import time, django
from datetime import date
django.setup()
from sakip.laporan import antrean
from sakip.laporan.antrean import Permintaan
from sakip.perjanjian.models import PerjanjianKinerja
units = sorted({{pk.unit for pk in PerjanjianKinerja.objects.filter(tahun=2025).select_related('unit')}},
               key=lambda u: u.slug)[:{jumlah}]
ids = {{antrean.kirim(Permintaan('lkjip', u.pk, 2025, '{fmt}', '2026-01-30')): u.slug for u in units}}
while ids:
    for i, st in zip(list(ids), antrean.status_banyak(list(ids)), strict=True):
        if st is None or st.selesai:
            assert st is not None and not st.galat, (ids[i], st)
            open('{out}/' + ids.pop(i) + '.{fmt}', 'wb').write(antrean.ambil_berkas(st))
            antrean.hapus_berkas(st)
    time.sleep(0.2)
"""
    return subprocess.run([sys.executable, "-c", kode], env={**env, "DJANGO_SETTINGS_MODULE": "sakip.settings"},  # noqa: S603
                          capture_output=True, text=True)


def ronde(n: int, fmt: str, env: dict[str, str], jumlah: int | None = None) -> float:
    import resource

    cli = [sys.executable, "-m", "sakip.cli"]
    env = {**env, "SAKIP_ANTREAN": f"sakip-bench-{uuid.uuid4().hex[:8]}"}
    out = Path(tempfile.mkdtemp(prefix="sakip-bench-antrean-"))
    workers = [subprocess.Popen([*cli, "worker"], env=env, stderr=subprocess.DEVNULL)  # noqa: S603  # our own command
               for _ in range(n)]
    sebelum = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        time.sleep(3)  # the workers are up (and their LibreOffice warm) before the clock starts
        t0 = time.perf_counter()
        if jumlah is None:
            hasil = subprocess.run([*cli, "laporan", "lkjip", "--all", "--tahun", "2025", "--format", fmt,  # noqa: S603
                                    "--output", str(out), "--tanggal", "2026-01-30", "--antrean"],
                                   env=env, capture_output=True, text=True)
        else:
            hasil = _antrekan(jumlah, fmt, env, out)
        detik = time.perf_counter() - t0
    finally:
        for w in workers:
            w.send_signal(signal.SIGTERM)
        for w in workers:
            w.wait(timeout=120)
    # The workers' CPU, with their per-job children (and the submitting process's): waited for above.
    sesudah = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sesudah.ru_utime + sesudah.ru_stime - sebelum.ru_utime - sebelum.ru_stime
    dibuat = len(list(out.iterdir()))
    print(f"{n} worker(s): {dibuat} LKjIP {fmt.upper()} in {detik:.1f} s wall ({detik / max(1, dibuat):.2f} s each), "
          f"CPU {cpu:.1f} s ({cpu / max(1, dibuat):.2f} s each); load average {os.getloadavg()[0]:.1f}; "
          f"exit {hasil.returncode}")
    if hasil.returncode:
        print(hasil.stderr.strip().splitlines()[-1])
    return detik


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=["docx", "pdf"], default="docx")
    parser.add_argument("--pekerja", default="1,2", help="worker counts to time, e.g. 1,2")
    parser.add_argument("--n", type=int, help="only the first N PDs' LKjIPs (default: all, with --all)")
    opts = parser.parse_args()
    env = {**os.environ, "SAKIP_GRAFIK_CACHE": "0",
           "SAKIP_REDIS_URL": os.environ.get("SAKIP_REDIS_URL", "redis://127.0.0.1:6379/15"),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    if "DATABASE_URL" not in env:
        db = Path(tempfile.mkdtemp(prefix="sakip-bench-")) / "bench.sqlite3"
        env["DATABASE_URL"] = f"sqlite:///{db}"
        env["SAKIP_DATA_DIR"] = str(db.parent)
        subprocess.run([sys.executable, "-m", "sakip.cli", "demo", "--no-serve"], env=env, check=True,
                       capture_output=True)
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    waktu = {int(n): ronde(int(n), opts.format, env, opts.n) for n in opts.pekerja.split(",")}
    if 1 in waktu and 2 in waktu:
        print(f"two workers: {waktu[1] / waktu[2]:.2f}x as fast as one")
        return 0 if waktu[2] < waktu[1] else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
