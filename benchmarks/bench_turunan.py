"""Time recomputing every derived indicator of a Pemda of ``--pd`` PDs after one PD's value changes.

Usage: .venv/bin/python benchmarks/bench_turunan.py [--pd 60] [--n 10]

Loads the demo Pemda (48 PDs) into a temporary SQLite file, or into the database of
``DATABASE_URL`` (e.g. ``postgres://postgres@127.0.0.1:5432/sakip_bench_turunan``; a PostgreSQL
database that does not exist yet is created, and dropped at the end). Then synthetic PDs are
added, in one transaction rolled back at the end (a database that existed is left as it was),
until the Pemda has ``--pd`` top-level PDs. Each carries what the derived indicators of Bagian
Organisasi and of the Pemda-level unit read, as the demo's synthetic PDs do: Nilai SAKIP and IKM
in both RPJMD periods (history 2021-2024, 2025 on the 2025-2029 indicator that continues the
earlier one) and the 2025 tingkat kematangan kelembagaan, with the same kode_standar and scales.

Each of ``--n`` runs changes Dinas Pendidikan's 2025 Nilai SAKIP through the service, then
times ``derived.compute`` of every derived indicator of the installation. Prints the PD count,
median and max time and the query count of one recomputation. Target: under 1 s; nothing is
asserted here, the figures are reported.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
SAKIP = Path(sys.executable).with_name("sakip")
DEMO_SLUG_PD = "dinas-pendidikan"


def _pg(url: str) -> bool:
    return url.startswith(("postgres://", "postgresql://"))


def _buat_db_pg(url: str) -> bool:
    """Create the PostgreSQL database of ``url`` if missing; True when this run created it."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return False
        conn.execute(f'CREATE DATABASE "{name}"')
    return True


def _hapus_db_pg(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _d(v: int) -> Decimal:
    """Hundredths -> Decimal with two places."""
    return Decimal(v) / 100


def tambah_pd(pemda: object, jumlah: int, seed: int = 6) -> None:
    """Add ``jumlah`` synthetic top-level PDs with the source indicators of the derived ones (bulk ORM)."""
    from django.db.models import Max

    from sakip.organisasi.models import JenisUnit, Unit
    from sakip.perencanaan.models import Indikator, NodeCascade, PeriodePerencanaan, Skala, Target
    from sakip.realisasi.models import Realisasi

    if jumlah <= 0:
        return
    r = random.Random(seed)  # noqa: S311  # benchmark data, not cryptography
    p1 = PeriodePerencanaan.objects.get(pemda=pemda, nama="2021-2025")
    p2 = PeriodePerencanaan.objects.get(pemda=pemda, nama="2025-2029")
    skala = {s.kode: s for s in Skala.objects.filter(kode__in=["sakip", "skm", "kematangan"])}
    mulai = (Unit.objects.filter(pemda=pemda).aggregate(m=Max("urutan"))["m"] or 0) + 1
    units = Unit.objects.bulk_create(
        Unit(pemda=pemda, slug=f"bench-pd-{i:03d}", nama=f"Dinas Sintetis Benchmark {i:03d}", singkatan=f"DSB{i:03d}",
             jenis=JenisUnit.DINAS, sintetis=True, urutan=mulai + i,
             tugas_fungsi="Perangkat daerah sintetis untuk mengukur indikator turunan.")
        for i in range(jumlah)
    )
    # A tujuan and a sasaran per PD and period; the indicators hang on the sasaran.
    tujuan = NodeCascade.objects.bulk_create(
        NodeCascade(unit=u, periode=p, tingkat="tujuan", nama=f"Meningkatnya kinerja {u.nama}")
        for u in units for p in (p1, p2)
    )
    sasaran = NodeCascade.objects.bulk_create(
        NodeCascade(unit=t.unit, periode=t.periode, induk=t, tingkat="sasaran",
                    nama=f"Meningkatnya akuntabilitas dan mutu pelayanan {t.unit.nama}")
        for t in tujuan
    )
    node = {(n.unit_id, n.periode_id): n for n in sasaran}

    def ind(u: Unit, p: PeriodePerencanaan, kode: str, nama: str, sk: str, agregasi: str, ref: str,
            pendahulu: Indikator | None, akhir: Decimal, iku: bool = True) -> Indikator:
        return Indikator(
            unit=u, periode=p, node=node[(u.pk, p.pk)], pendahulu=pendahulu, ref=ref, kode_standar=kode,
            nama=f"{nama} {u.nama}", satuan="Nilai", definisi=f"{nama} sebagai ukuran keberhasilan kinerja.",
            formulasi=f"{nama} sesuai hasil pengukuran pada akhir periode", sumber_data="Laporan hasil evaluasi",
            iku=iku, polaritas="positif", agregasi=agregasi, skala=skala[sk], desimal=2, target_akhir=akhir,
            urutan={"nilai_sakip": 0, "ikm": 1, "kematangan": 2}[kode],
        )

    # Values drawn like the demo's synthetic PDs (sakip/demo/data/synthetic.py).
    sakip25 = {u.pk: r.randint(6600, 8950) for u in units}
    ikm25 = {u.pk: r.randint(8400, 9600) for u in units}
    lama = Indikator.objects.bulk_create(
        x for u in units for x in (
            ind(u, p1, "nilai_sakip", "Nilai SAKIP", "sakip", "terakhir", "nilai-sakip-2125", None, _d(8000)),
            ind(u, p1, "ikm", "IKM", "skm", "rata_rata", "ikm-2125", None, _d(9000)),
        )
    )
    prev = {(i.unit_id, i.kode_standar): i for i in lama}
    baru = Indikator.objects.bulk_create(
        x for u in units for x in (
            ind(u, p2, "nilai_sakip", "Nilai SAKIP", "sakip", "terakhir", "nilai-sakip-2529",
                prev[(u.pk, "nilai_sakip")], _d(min(9500, sakip25[u.pk] + 400))),
            ind(u, p2, "ikm", "IKM", "skm", "rata_rata", "ikm-2529", prev[(u.pk, "ikm")],
                _d(min(9700, ikm25[u.pk] + 300))),
            ind(u, p2, "kematangan", "Indeks Kematangan Kelembagaan", "kematangan", "terakhir",
                "kematangan-2529", None, Decimal("46.10"), iku=False),
        )
    )
    targets, real = [], []
    for i in lama:  # history 2021-2024, rising towards the 2025 value
        v = sakip25[i.unit_id] if i.kode_standar == "nilai_sakip" else ikm25[i.unit_id]
        for y in (2024, 2023, 2022, 2021):
            v = max(6050, v - r.randint(20, 220))
            real.append(Realisasi(indikator=i, tahun=y, bagian="TAHUN", nilai=_d(v)))
        targets += [Target(indikator=i, tahun=y, nilai=_d(v + 60 * (y - 2021))) for y in range(2021, 2026)]
    for i in baru:
        if i.kode_standar == "nilai_sakip":
            v = sakip25[i.unit_id]
            real.append(Realisasi(indikator=i, tahun=2025, bagian="TAHUN", nilai=_d(v)))
        elif i.kode_standar == "ikm":
            v, d = ikm25[i.unit_id], r.randint(0, 150)
            real += [Realisasi(indikator=i, tahun=2025, bagian="S1", nilai=_d(v - d)),
                     Realisasi(indikator=i, tahun=2025, bagian="S2", nilai=_d(v + d)),
                     Realisasi(indikator=i, tahun=2026, bagian="S1", nilai=_d(min(9900, v + r.randint(-80, 150))))]
        else:
            v = 3710
            real.append(Realisasi(indikator=i, tahun=2025, bagian="TAHUN", nilai=_d(r.randint(3710, 5200))))
        targets += [Target(indikator=i, tahun=y, nilai=_d(min(9700, v * 1000 // r.randint(940, 1060)
                                                             + 80 * (y - 2025))))
                    for y in range(2025, 2030)]
    Target.objects.bulk_create(targets)
    Realisasi.objects.bulk_create(real)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pd", type=int, default=60, help="top-level PDs of the Pemda (synthetic ones are added)")
    parser.add_argument("--n", type=int, default=10, help="timed recomputations")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='sakip-bench-')}/bench.sqlite3"
    url = os.environ["DATABASE_URL"]
    dibuat = _buat_db_pg(url) if _pg(url) else False
    try:
        return _ukur(args)
    finally:
        if dibuat:
            from django.db import connections

            connections.close_all()
            _hapus_db_pg(url)
            print(f"Basis data {urlsplit(url).path.lstrip('/')} dihapus (dibuat oleh benchmark ini).")


def _ukur(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    subprocess.run([str(SAKIP), "demo", "--no-serve"], check=True, capture_output=True)  # noqa: S603  # our own script
    demo_s = time.perf_counter() - t0
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
    from sakip.realisasi.services import catat_realisasi

    sakip = Indikator.objects.select_related("unit__pemda").get(
        unit__slug=DEMO_SLUG_PD, kode_standar="nilai_sakip", periode__nama="2025-2029")
    pemda = sakip.unit.pemda
    with transaction.atomic():  # rolled back at the end: the added PDs never stay
        awal = Unit.objects.filter(pemda=pemda).perangkat_daerah().count()
        t0 = time.perf_counter()
        tambah_pd(pemda, args.pd - awal)
        tambah_s = time.perf_counter() - t0
        pds = Unit.objects.filter(pemda=pemda).perangkat_daerah().count()
        units = Unit.objects.filter(pemda=pemda).count()
        if connection.vendor == "postgresql":
            with connection.cursor() as cur:
                cur.execute("ANALYZE")  # planner statistics that see the added rows
        ids = list(IndikatorTurunan.objects.filter(indikator__unit__pemda=pemda).values_list("indikator_id", flat=True))
        old = Realisasi.objects.get(indikator=sakip, tahun=2025).nilai
        times = []
        for i in range(args.n):
            with transaction.atomic():
                catat_realisasi(sakip, 2025, {"TAHUN": old - Decimal(i)})
                with CaptureQueriesContext(connection) as ctx:
                    t0 = time.perf_counter()
                    values = derived.compute(derived.definitions(ids, 2025), 2025)
                    times.append(time.perf_counter() - t0)
                transaction.set_rollback(True)
        figures = [(d, values[d.indikator_id]) for d in derived.definitions(ids, 2025)
                   if d.fungsi != "serapan_anggaran"]
        transaction.set_rollback(True)
    print(f"{connection.vendor}: sakip demo --no-serve {demo_s:.1f} s; {pds - awal} PD sintetis ditambah "
          f"dalam {tambah_s:.2f} s ({awal} → {pds} PD, {units} unit)")
    for d, h in figures:
        nilai = "-" if h.nilai is None else f"{h.nilai:.0f}" if d.fungsi == "hitung" else f"{h.nilai:.2f}"
        print(f"  {d.indikator.nama[:70]:70s} {nilai:>6s}  atas {h.jumlah_unit} unit")
    print(f"{connection.vendor}: {len(values)} derived indicators over {pds} PDs, recomputed after one change "
          f"({args.n} runs): median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms, "
          f"{len(ctx.captured_queries)} queries (target < 1000 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
