"""Server time and SQL queries of the rencana aksi grid and the PD dashboard (measured as of a triwulan).

Usage: .venv/bin/python benchmarks/bench_rencana_aksi.py [--n 20] [--tambah 40]
Uses DATABASE_URL when set (the demo Pemda is loaded there if missing), else loads the demo into a
temporary SQLite file first. Measures Kecamatan Mojosari 2025 as loaded (4 PK indicators with
rencana aksi), then, inside a transaction rolled back at the end, a signed PK Perubahan 2 with
``--tambah`` more indicators, each with a rencana aksi of four targets and two actions. Prints
median and 95th percentile per page (for reading; timings on a shared machine vary too much to gate
on); exits 1 when a page's query count changes with the number of indicators.
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
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAKIP = Path(sys.executable).with_name("sakip")


def _siapkan() -> None:
    if "DATABASE_URL" not in os.environ:
        db = Path(tempfile.mkdtemp(prefix="sakip-bench-ra-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    subprocess.run([str(SAKIP), "demo", "--no-serve"], env=os.environ, check=True, capture_output=True)  # noqa: S603  # our own script
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


PAGES = [("Rencana aksi", "/pd/kecamatan-mojosari/2025/rencana-aksi/"),
         ("Dasbor PD TW II", "/pd/kecamatan-mojosari/2025/?tw=2")]


def _ukur(client, n: int) -> dict[str, tuple[float, float, int]]:  # a django.test.Client
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    out = {}
    for label, url in PAGES:
        assert client.get(url).status_code == 200, url  # warm-up
        times = []
        for _ in range(n):
            with CaptureQueriesContext(connection) as ctx:
                t0 = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
        out[label] = (statistics.median(times), sorted(times)[max(0, int(len(times) * 0.95) - 1)],
                      len(ctx.captured_queries))
    return out


def _tambah(jumlah: int) -> int:
    """A signed PK Perubahan 2 of Mojosari 2025 with ``jumlah`` more indicators, all with a rencana aksi."""
    from sakip.organisasi.models import Unit
    from sakip.perencanaan import services as perencanaan
    from sakip.perencanaan.models import PeriodePerencanaan
    from sakip.perjanjian import services as perjanjian
    from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
    from sakip.rencana_aksi.services import IsianRencana, simpan_rencana_aksi_batch

    unit = Unit.objects.get(slug="kecamatan-mojosari")
    signed = PerjanjianKinerja.objects.get(unit=unit, tahun=2025, nomor_perubahan=1)
    draf = perjanjian.buat_pk_perubahan(signed, tanggal=date(2025, 11, 3), alasan="Benchmark")
    periode = PeriodePerencanaan.objects.get(pemda=unit.pemda, nama="2025-2029")
    baru = [perencanaan.tambah_indikator(unit, periode, node=None, nama=f"Indikator benchmark {i}", satuan="Dokumen",
                                         agregasi="jumlah") for i in range(jumlah)]
    perjanjian.tambah_indikator_pk(draf, [perjanjian.PilihanIndikator(b, Decimal(4)) for b in baru])
    rows = list(IndikatorPK.objects.filter(sasaran__perjanjian=draf))
    simpan_rencana_aksi_batch(draf, {r.pk: IsianRencana(target={tw: Decimal(1) for tw in (1, 2, 3, 4)},
                                                        aksi=[("Aksi satu", "Kasi"), ("Aksi dua", "Sekcam")])
                                     for r in rows})
    perjanjian.tandatangani_pk(draf)
    return len(rows)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20, help="requests per page (after one warm-up)")
    parser.add_argument("--tambah", type=int, default=40, help="indicators added to the PK")
    args = parser.parse_args()
    _siapkan()
    from django.db import connection, transaction
    from django.test import Client

    from sakip.demo.loader import DEMO_PASSWORD

    client = Client()
    assert client.login(username="operator.mojosari", password=DEMO_PASSWORD)
    print(f"DB {connection.vendor}; {args.n} permintaan per halaman")
    ok = True
    before = _ukur(client, args.n)

    class _Batal(Exception):
        pass

    try:
        with transaction.atomic():
            jumlah = _tambah(args.tambah)
            after = _ukur(client, args.n)
            raise _Batal
    except _Batal:
        pass
    for label, _ in PAGES:
        for tag, (median, p95, q) in (("4 indikator PK", before[label]), (f"{jumlah} indikator PK", after[label])):
            print(f"{label:18s} {tag:17s} median {median:6.1f} ms  p95 {p95:6.1f} ms  {q:3d} query")
        same = before[label][2] == after[label][2]
        ok &= same
        print(f"{label:18s} query {'sama' if same else 'BERBEDA'}: {before[label][2]} dan {after[label][2]}"
              f"{'' if same else '  TARGET MISSED'}")
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
