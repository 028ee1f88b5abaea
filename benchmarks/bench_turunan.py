"""Time recomputing every derived indicator of the demo Pemda after one PD's value changes.

Usage: .venv/bin/python benchmarks/bench_turunan.py   (DATABASE_URL=postgres://… for PostgreSQL;
the database is prepared with the demo Pemda if it is empty). Target: under 1 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAKIP = Path(sys.executable).with_name("sakip")


def main() -> int:
    if "DATABASE_URL" not in os.environ:
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='sakip-bench-')}/bench.sqlite3"
    subprocess.run([str(SAKIP), "demo", "--no-serve"], check=True, capture_output=True)  # noqa: S603  # our own script
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from sakip.organisasi.models import Unit
    from sakip.pengukuran import derived
    from sakip.perencanaan.models import Indikator, IndikatorTurunan
    from sakip.realisasi.models import Realisasi
    from sakip.realisasi.services import record_realisasi

    pds = Unit.objects.filter(induk__isnull=True).count()
    ids = list(IndikatorTurunan.objects.values_list("indikator_id", flat=True))
    sakip = Indikator.objects.get(unit__slug="dinas-pendidikan", kode_standar="nilai_sakip", periode__nama="2025-2029")
    old = Realisasi.objects.get(indikator=sakip, tahun=2025).nilai
    times = []
    for i in range(10):
        with transaction.atomic():
            record_realisasi(sakip, 2025, {"TAHUN": old - Decimal(i)})
            with CaptureQueriesContext(connection) as ctx:
                t0 = time.perf_counter()
                values = derived.compute(derived.definitions(ids, 2025), 2025)
                times.append(time.perf_counter() - t0)
            transaction.set_rollback(True)
    print(f"{connection.vendor}: {len(values)} derived indicators over {pds} top-level units, "
          f"recomputed after one change: median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms, {len(ctx.captured_queries)} queries")
    return 0 if max(times) < 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
