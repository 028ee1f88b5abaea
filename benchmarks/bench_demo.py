"""Time `sakip demo --no-serve` on an empty database and `ukur_pd()` for every PD-year.

Usage: .venv/bin/python benchmarks/bench_demo.py   (prints figures; exits 1 if a target is missed)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAKIP = Path(sys.executable).with_name("sakip")


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="sakip-bench-"))
    db = tmp / "bench.sqlite3"
    env = {**os.environ}
    env.setdefault("DATABASE_URL", f"sqlite:///{db}")
    start = time.perf_counter()
    subprocess.run([str(SAKIP), "demo", "--no-serve"], env=env, check=True, capture_output=True)  # noqa: S603  # our own script
    load = time.perf_counter() - start
    print(f"sakip demo --no-serve (migrate + load demo Pemda): {load:.1f} s")

    os.environ["DATABASE_URL"] = env["DATABASE_URL"]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sakip.organisasi.models import Unit
    from sakip.pengukuran.services import DataTidakAda, ukur_pd
    from sakip.perencanaan.models import IndikatorTurunan

    derived_units = set(IndikatorTurunan.objects.values_list("indikator__unit_id", flat=True))
    times, queries, sizes, plain = [], [], [], []
    for unit in Unit.objects.filter(induk__isnull=True).order_by("slug"):
        for tahun in (2025, 2026):
            with CaptureQueriesContext(connection) as ctx:
                t0 = time.perf_counter()
                try:
                    hasil = ukur_pd(unit, tahun)
                except DataTidakAda:
                    continue
                times.append(time.perf_counter() - t0)
            queries.append(len(ctx.captured_queries))
            if unit.pk not in derived_units:
                plain.append(len(ctx.captured_queries))
            sizes.append(sum(len(pk.baris) for pk in hasil.pk))
    print(f"ukur_pd(): {len(times)} PD-years, median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms")
    print(f"SQL queries per ukur_pd(): {min(plain)}–{max(plain)} for PD-years without derived indicators, "
          f"up to {max(queries)} with them (a fixed cost per kind of derivation); "
          f"PK rows per PD-year: {min(sizes)}–{max(sizes)}")
    ok = load < 60 and max(plain) - min(plain) <= 1
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
