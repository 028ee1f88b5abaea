"""Server time and SQL queries of saving 5, 25 and 100 cells of one triwulan, through every door.

Usage: .venv/bin/python benchmarks/bench_simpan.py [--n 7]

Uses DATABASE_URL when set (the demo Pemda is loaded there if missing), else loads the demo into
a temporary SQLite file first. Kecamatan Mojosari then gets 100 extra indicators (period
2025-2029) and 100 extra sub kegiatan (DPA 2025), so that one triwulan column holds 100 cells;
with DATABASE_URL they are added in a transaction rolled back at the end.

Four paths are timed in-process through Django's full stack: the realisasi grid (POST, TW I
2026), the budget grid (POST, TW I 2025), and the API's PUT of each (with ``periksa_semula``).
Each size is saved once to fill the cells, then ``--n`` times with new values; prints the median
server time and the query count of one save. Exits 1 unless the query count is the same for 5,
25 and 100 cells on every path; says whether 100 cells take under 200 ms (reported, not asserted:
the machine may be shared).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from contextlib import nullcontext
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAKIP = Path(sys.executable).with_name("sakip")
UKURAN = (5, 25, 100)
TARGET_MS = 200
PD = "kecamatan-mojosari"
KEGIATAN = "7.01.01.2.01"


def _siapkan() -> bool:
    """Load the demo; True when the database is a temporary one (changes need not be undone)."""
    sementara = "DATABASE_URL" not in os.environ
    if sementara:
        db = Path(tempfile.mkdtemp(prefix="sakip-bench-simpan-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    subprocess.run([str(SAKIP), "demo", "--no-serve"], env=os.environ, check=True, capture_output=True)  # noqa: S603  # our own script
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    sys.path.insert(0, str(ROOT))
    warnings.filterwarnings("ignore", "No directory at", UserWarning)  # WhiteNoise: no collectstatic here
    import django

    django.setup()
    return sementara


class _Batal(Exception):
    """Raised at the end to roll the added rows back in a database that is not temporary."""


def _tambah_data() -> tuple[list[int], list[int]]:
    """100 indicators and 100 sub kegiatan more for Mojosari; their ids."""
    from sakip.anggaran.models import MataAnggaran
    from sakip.anggaran.services import tambah_sub_kegiatan
    from sakip.organisasi.models import Unit
    from sakip.perencanaan.models import PeriodePerencanaan
    from sakip.perencanaan.services import tambah_indikator

    unit = Unit.objects.get(slug=PD)
    periode = PeriodePerencanaan.objects.get(pemda_id=unit.pemda_id, nama="2025-2029")
    inds = [tambah_indikator(unit, periode, node=None, ref=f"uji-simpan-{i:03d}", nama=f"Indikator uji simpan {i}",
                             satuan="indeks").pk for i in range(max(UKURAN))]
    kegiatan = MataAnggaran.objects.get(unit=unit, tahun=2025, kode=KEGIATAN)
    lines = [tambah_sub_kegiatan(kegiatan, kode=f"{KEGIATAN}.{9000 + i}", nama=f"Sub kegiatan uji simpan {i}",
                              pagu=Decimal("1000000000")).pk for i in range(max(UKURAN))]
    return inds, lines


def _ukur(simpan: Callable[[int, int], int], n: int) -> dict[int, tuple[float, int]]:
    """Per size: median ms and query count of ``simpan(size, run)``, which returns the status code."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    hasil: dict[int, tuple[float, int]] = {}
    for size in UKURAN:
        simpan(size, 0)  # fills the cells: the timed saves change stored values
        times, queries = [], set()
        for run in range(1, n + 1):
            with CaptureQueriesContext(connection) as ctx:
                t0 = time.perf_counter()
                simpan(size, run)
                times.append((time.perf_counter() - t0) * 1000)
            queries.add(len(ctx.captured_queries))
        hasil[size] = (statistics.median(times), max(queries))
    return hasil


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=7, help="timed saves per size (after one that fills the cells)")
    args = parser.parse_args()
    sementara = _siapkan()
    from django.contrib.auth.models import User
    from django.db import connection, transaction
    from django.test import Client

    from sakip.api.models import buat_token
    from sakip.demo.loader import DEMO_PASSWORD

    hasil: dict[str, dict[int, tuple[float, int]]] = {}
    try:
        # A temporary database keeps the rows; another is left as it was (savepoints then add queries).
        with nullcontext() if sementara else transaction.atomic():
            inds, lines = _tambah_data()
            web = Client()
            assert web.login(username="operator.mojosari", password=DEMO_PASSWORD)  # broken demo
            api = Client(HTTP_AUTHORIZATION=f"Bearer {buat_token(User.objects.get(username='operator.mojosari'))}")

            # What each cell holds now, so that every save sends the value its page would have shown.
            tersimpan: dict[str, dict[int, str]] = {"grid": {}, "anggaran": {}, "put": {}, "put_anggaran": {}}

            def isi(jalur: str, pks: list[int], size: int, run: int) -> list[tuple[int, str, str]]:
                """(pk, new value, value the page showed) of the first ``size`` cells of a path."""
                lama, baru = tersimpan[jalur], str(1000 * size + run + 1)
                out = [(pk, baru, lama.get(pk, "")) for pk in pks[:size]]
                lama.update((pk, baru) for pk in pks[:size])
                return out

            def grid(size: int, run: int) -> int:
                data = {"tw": "1"}
                for pk, baru, semula in isi("grid", inds, size, run):
                    data[f"v-{pk}-TW1"], data[f"a-v-{pk}-TW1"] = baru, semula
                return _cek(web.post(f"/pd/{PD}/2026/realisasi/", data), 302)

            def grid_anggaran(size: int, run: int) -> int:
                data = {"tw": "1"}
                for pk, baru, semula in isi("anggaran", lines, size, run):
                    data[f"r-{pk}-1"], data[f"a-r-{pk}-1"] = baru, semula
                return _cek(web.post(f"/pd/{PD}/2025/anggaran/", data), 302)

            def put(size: int, run: int) -> int:
                body = [{"indikator": pk, "bagian": "TW2", "nilai": baru, "semula": semula or None,
                         "periksa_semula": True} for pk, baru, semula in isi("put", inds, size, run)]
                return _cek(api.put(f"/api/pd/{PD}/2026/realisasi", body, content_type="application/json"), 200)

            def put_anggaran(size: int, run: int) -> int:
                body = [{"mata_anggaran": pk, "triwulan": 2, "jumlah": baru, "semula": semula or None,
                         "periksa_semula": True} for pk, baru, semula in isi("put_anggaran", lines, size, run)]
                return _cek(api.put(f"/api/pd/{PD}/2025/anggaran/realisasi", body,
                                    content_type="application/json"), 200)

            for label, fn in (("Lembar realisasi (POST)", grid), ("Lembar anggaran (POST)", grid_anggaran),
                              ("API realisasi (PUT)", put), ("API anggaran (PUT)", put_anggaran)):
                hasil[label] = _ukur(fn, args.n)
            if not sementara:
                raise _Batal
    except _Batal:
        pass
    print(f"Simpan satu triwulan, {args.n} kali per ukuran, DB {connection.vendor}")
    ok = True
    for label, per in hasil.items():
        counts = {q for _, q in per.values()}
        same = len(counts) == 1
        ok &= same
        cepat = per[100][0] < TARGET_MS
        cols = "  ".join(f"{size:3d} sel {ms:6.1f} ms {q:4d} query" for size, (ms, q) in per.items())
        print(f"{label:25s} {cols}  | query sama: {'ya' if same else 'TIDAK'}; "
              f"100 sel < {TARGET_MS} ms: {'ya' if cepat else 'tidak'}")
    print("query count independent of the number of cells" if ok else "TARGET MISSED: query count grows with cells")
    return 0 if ok else 1


def _cek(response: object, status: int) -> int:
    code = response.status_code  # type: ignore[attr-defined]  # a test client response
    if code != status:
        raise SystemExit(f"status {code}, diharapkan {status}: {response.content[:500]!r}")  # type: ignore[attr-defined]
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
