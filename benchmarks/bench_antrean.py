"""Time the document queue: the demo's 49 LKjIPs through Redis with one worker, then with two.

Usage: .venv/bin/python benchmarks/bench_antrean.py [--format docx|pdf] [--pekerja 1,2]
Uses DATABASE_URL when set (the demo Pemda must be loaded there), else loads the demo into a
temporary SQLite file first. Redis from SAKIP_REDIS_URL (default redis://127.0.0.1:6379/15) with a
queue name of its own. Each round starts N `sakip worker` processes, runs
`sakip laporan lkjip --all --antrean` and stops the workers. Prints each round's time and the
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


def ronde(n: int, fmt: str, env: dict[str, str]) -> float:
    cli = [sys.executable, "-m", "sakip.cli"]
    env = {**env, "SAKIP_ANTREAN": f"sakip-bench-{uuid.uuid4().hex[:8]}"}
    out = Path(tempfile.mkdtemp(prefix="sakip-bench-antrean-"))
    workers = [subprocess.Popen([*cli, "worker"], env=env, stderr=subprocess.DEVNULL)  # noqa: S603  # our own command
               for _ in range(n)]
    try:
        time.sleep(3)  # the workers are up (and their LibreOffice warm) before the clock starts
        t0 = time.perf_counter()
        hasil = subprocess.run([*cli, "laporan", "lkjip", "--all", "--tahun", "2025", "--format", fmt,  # noqa: S603
                                "--output", str(out), "--tanggal", "2026-01-30", "--antrean"],
                               env=env, capture_output=True, text=True)
        detik = time.perf_counter() - t0
    finally:
        for w in workers:
            w.send_signal(signal.SIGTERM)
        for w in workers:
            w.wait(timeout=120)
    jumlah = len(list(out.iterdir()))
    print(f"{n} worker(s): {jumlah} LKjIP {fmt.upper()} in {detik:.1f} s ({detik / max(1, jumlah):.2f} s each); "
          f"exit {hasil.returncode}")
    if hasil.returncode:
        print(hasil.stderr.strip().splitlines()[-1])
    return detik


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=["docx", "pdf"], default="docx")
    parser.add_argument("--pekerja", default="1,2", help="worker counts to time, e.g. 1,2")
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
    waktu = {int(n): ronde(int(n), opts.format, env) for n in opts.pekerja.split(",")}
    if 1 in waktu and 2 in waktu:
        print(f"two workers: {waktu[1] / waktu[2]:.2f}x as fast as one")
        return 0 if waktu[2] < waktu[1] else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
