"""Time the documents: one LKjIP as DOCX and as PDF, and `sakip laporan lkjip --all` for the demo Pemda.

Usage: .venv/bin/python benchmarks/bench_laporan.py [--all-format docx|pdf] [--skip-all]
Uses DATABASE_URL when set (the demo Pemda must be loaded there), else loads the demo into a
temporary SQLite file first. Prints the figures; exits 1 if a target is missed
(DOCX under 2 s, PDF under 10 s, on a 2-core machine).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAKIP = Path(sys.executable).with_name("sakip")
TANGGAL = date(2026, 1, 30)


def _waktu(fn, n: int) -> list[float]:  # any callable
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all-format", choices=["docx", "pdf"], default="pdf")
    parser.add_argument("--skip-all", action="store_true", help="do not time --all")
    parser.add_argument("--runs", type=int, default=3)
    opts = parser.parse_args()

    env = {**os.environ}
    if "DATABASE_URL" not in env:
        db = Path(tempfile.mkdtemp(prefix="sakip-bench-")) / "bench.sqlite3"
        env["DATABASE_URL"] = f"sqlite:///{db}"
        subprocess.run([str(SAKIP), "demo", "--no-serve"], env=env, check=True, capture_output=True)  # noqa: S603  # our own script
    os.environ["DATABASE_URL"] = env["DATABASE_URL"]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from sakip.laporan.api import render_lkjip
    from sakip.organisasi.models import Unit

    print(f"machine: {os.cpu_count()} cores; LibreOffice profile warm after the first conversion")
    ok = True
    for slug in ("kecamatan-mojosari", "bagian-organisasi"):
        unit = Unit.objects.get(slug=slug)
        render_lkjip(unit, 2025, "pdf", tanggal=TANGGAL)  # warm up: imports, fonts, LibreOffice profile
        for fmt, target in (("docx", 2.0), ("pdf", 10.0)):
            times = _waktu(lambda fmt=fmt, unit=unit: render_lkjip(unit, 2025, fmt, tanggal=TANGGAL), opts.runs)
            med = statistics.median(times)
            ok &= med < target
            print(f"LKjIP {slug} {fmt.upper()}: median {med:.2f} s, max {max(times):.2f} s "
                  f"over {opts.runs} runs (target < {target:.0f} s)")
        times = _waktu(lambda unit=unit: render_lkjip(unit, 2025, "docx", tanggal=TANGGAL, nomor_halaman=True), 1)
        print(f"LKjIP {slug} DOCX with laid-out page numbers (--nomor-halaman): {times[0]:.2f} s")

    if not opts.skip_all:
        out = Path(tempfile.mkdtemp(prefix="sakip-bench-all-"))
        t0 = time.perf_counter()
        result = subprocess.run(  # noqa: S603  # our own script
            [str(SAKIP), "laporan", "lkjip", "--all", "--tahun", "2025", "--format", opts.all_format,
             "--output", str(out), "--tanggal", TANGGAL.isoformat(), "--jobs", "2"],
            env=env, capture_output=True, text=True,
        )
        elapsed = time.perf_counter() - t0
        files = list(out.iterdir())
        print(f"sakip laporan lkjip --all --format {opts.all_format} --jobs 2: {len(files)} LKjIP in "
              f"{elapsed:.1f} s ({elapsed / max(1, len(files)):.2f} s per PD); exit {result.returncode}")
        if result.returncode:
            print(result.stderr.strip().splitlines()[-1])
            ok = False
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
