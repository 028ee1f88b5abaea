"""Server time and SQL queries of the web app's heaviest pages with the demo Pemda (48 PDs).

Usage: .venv/bin/python benchmarks/bench_web.py [--n 30]
Uses DATABASE_URL when set (the demo Pemda is loaded there if missing), else loads the demo into
a temporary SQLite file first. Each page is requested in-process through Django's full stack
(middleware, view, template); prints median and 95th percentile per page and exits 1 if a
target is missed: under 200 ms median for the Pemda dashboard and a PD's realisasi grid, and
a query count that does not change with the number of indicators.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAKIP = Path(sys.executable).with_name("sakip")
TARGET_MS = 200


def _siapkan() -> None:
    if "DATABASE_URL" not in os.environ:
        db = Path(tempfile.mkdtemp(prefix="sakip-bench-web-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    subprocess.run([str(SAKIP), "demo", "--no-serve"], env=os.environ, check=True, capture_output=True)  # noqa: S603  # our own script
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=30, help="requests per page (after one warm-up)")
    args = parser.parse_args()
    _siapkan()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from sakip.demo.loader import DEMO_PASSWORD
    from sakip.organisasi.models import Unit
    from sakip.perencanaan.models import Indikator

    client = Client()
    assert client.login(username="admin", password=DEMO_PASSWORD)  # a broken demo stops here
    pds = Unit.objects.filter(induk__isnull=True).count()
    pages = [
        ("Dasbor Pemda 2025", "/pemda/2025/", True),
        ("Dasbor Pemda 2025 s.d. TW II", "/pemda/2025/?triwulan=2", True),
        ("Dasbor Pemda 2026", "/pemda/2026/", True),
        ("Lembar realisasi Kecamatan Mojosari 2025", "/pd/kecamatan-mojosari/2025/realisasi/", True),
        ("Lembar realisasi Kecamatan Jatirejo 2026", "/pd/kecamatan-jatirejo/2026/realisasi/", True),
        ("Lembar realisasi Dinas Tenaga Kerja 2026", "/pd/dinas-tenaga-kerja/2026/realisasi/", True),
        ("Dasbor PD Kecamatan Mojosari 2025", "/pd/kecamatan-mojosari/2025/", False),
        ("Lembar anggaran Kecamatan Mojosari 2025", "/pd/kecamatan-mojosari/2025/anggaran/", False),
    ]
    print(f"Pemda demo: {pds} PD tingkat teratas, {Indikator.objects.count()} indikator; "
          f"{args.n} permintaan per halaman, DB {connection.vendor}")
    ok = True
    queries: dict[str, int] = {}
    cells: dict[str, int] = {}
    for label, url, target in pages:
        response = client.get(url)  # warm-up: templates compiled, caches filled
        assert response.status_code == 200, (url, response.status_code)  # a broken page stops here
        times = []
        for _ in range(args.n):
            with CaptureQueriesContext(connection) as ctx:
                t0 = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
        queries[url] = len(ctx.captured_queries)
        median = statistics.median(times)
        p95 = sorted(times)[int(len(times) * 0.95) - 1]
        rows = response.content.decode().count('class="isian')
        cells[url] = rows
        extra = f", {rows} sel isian" if "realisasi" in url else ""
        missed = target and median >= TARGET_MS
        ok &= not missed
        print(f"{label:45s} median {median:6.1f} ms  p95 {p95:6.1f} ms  {len(ctx.captured_queries):3d} query{extra}"
              f"{'  TARGET MISSED' if missed else ''}")
    # Two PDs alike but for their number of indicators (Mojosari also has derived indicators,
    # which add a few queries per kind of derivation).
    grids = [queries["/pd/kecamatan-jatirejo/2026/realisasi/"], queries["/pd/dinas-tenaga-kerja/2026/realisasi/"]]
    same = len(set(grids)) == 1
    ok &= same
    print(f"Lembar realisasi: {grids[0]} dan {grids[1]} query untuk PD dengan "
          f"{cells['/pd/kecamatan-jatirejo/2026/realisasi/']} dan {cells['/pd/dinas-tenaga-kerja/2026/realisasi/']} "
          f"sel isian{'' if same else '  TARGET MISSED'}")
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
