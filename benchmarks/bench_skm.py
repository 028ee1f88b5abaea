"""Load on the public SKM form: requests per second against a local `sakip demo` server (gunicorn).

Usage: .venv/bin/python benchmarks/bench_skm.py [--db PATH] [--n 300] [--c 4] [--workers 2]
       .venv/bin/python benchmarks/bench_skm.py --impor --db PATH   (10.000 respondents from XLSX, < 5 s)

Bounded: ``--n`` respondents, each one GET of the form and one POST of its answers, from ``--c``
threads. Each respondent has its own cookie jar (a new browser). The server runs with the
minimum fill time at 0 and the per-address allowance raised (every request comes from
127.0.0.1); the guards themselves are tested in sakip/skm/tests. With ``--db`` an existing demo
database is used (else a fresh one is loaded first, which takes a minute or two). Also prints the
size of the form page. Exits 1 if fewer than 95 % of the answers are stored.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAKIP = Path(sys.executable).with_name("sakip")
UNIT = "kecamatan-mojosari"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _respondent(base: str, lat_get: list[float], lat_post: list[float], ok: list[int]) -> None:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    t0 = time.perf_counter()
    with opener.open(f"{base}/skm/{UNIT}/", timeout=30) as r:
        html = r.read().decode()
    lat_get.append(time.perf_counter() - t0)
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    layanan = re.search(r'<option value="([^"]+)"', html).group(1)
    data = {"csrfmiddlewaretoken": csrf, "token": token, "jenis_layanan": layanan, "jenis_kelamin": "L",
            "usia": "21-30", "pendidikan": "SMA", "pekerjaan": "swasta", **{f"U{k}": "3" for k in range(1, 10)}}
    url = f"{base}/skm/{UNIT}/"
    req = urllib.request.Request(url, data=urllib.parse.urlencode(data).encode(), headers={"Referer": url})  # noqa: S310
    t0 = time.perf_counter()
    with opener.open(req, timeout=30) as r:
        body = r.read().decode()
    lat_post.append(time.perf_counter() - t0)
    if "Terima kasih" in body:
        ok.append(1)


def impor(db: Path) -> int:
    """`sakip skm impor` of a 10.000-respondent file into a new survey (rolled back): target < 5 s."""
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import transaction
    from openpyxl import load_workbook

    from sakip.impor.skm import buat_templat, impor_berkas
    from sakip.organisasi.models import Unit
    from sakip.skm.services import buat_survei

    path = Path(tempfile.mkdtemp(prefix="sakip-bench-skm-")) / "10000.xlsx"
    buat_templat(path)
    wb = load_workbook(path)
    ws = wb["Responden"]
    for i in range(10_000):
        ws.append([i + 1, "2030-02-01", None, "LP"[i % 2], "21-30", "SMA", "swasta",
                   *[1 + (i + k) % 4 for k in range(9)], None])
    wb.save(path)
    with transaction.atomic():
        s = buat_survei(Unit.objects.get(slug=UNIT), tahun=2030, periode="S1", jenis_layanan="Uji",
                        metode="kertas", populasi=20_000)
        wall, cpu = time.perf_counter(), time.process_time()
        with path.open("rb") as f:
            n = impor_berkas(f, s)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        transaction.set_rollback(True)
    print(f"{n} responden dari XLSX: {wall:.2f} s ({cpu:.2f} s CPU); target < 5 s")
    return 0 if wall < 5 else 1


def main() -> int:
    if "--impor" in sys.argv:
        db = Path(sys.argv[sys.argv.index("--db") + 1]) if "--db" in sys.argv else None
        if db is None:
            print("--impor memerlukan --db (basis data demo)")
            return 2
        return impor(db)
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--c", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    db = args.db or Path(tempfile.mkdtemp(prefix="sakip-bench-skm-")) / "bench.sqlite3"
    port = _port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "SAKIP_SKM_WAKTU_ISI_MIN": "0",
           "SAKIP_SKM_BATAS_PER_JAM": str(args.n * 10)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    proc = subprocess.Popen([str(SAKIP), "demo", "--addr", f"127.0.0.1:{port}", "--workers", str(args.workers)],  # noqa: S603
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 600
        while True:
            try:
                with urllib.request.urlopen(f"{base}/skm/{UNIT}/", timeout=2) as r:  # noqa: S310  # local server
                    size = len(r.read())
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    print("server tidak siap")
                    return 1
                time.sleep(0.5)
        before = sqlite3.connect(db).execute(
            "SELECT count(*) FROM skm_responden r JOIN skm_survei s ON s.id = r.survei_id "
            "JOIN organisasi_unit u ON u.id = s.unit_id WHERE u.slug = ?", (UNIT,)).fetchone()[0]
        lat_get: list[float] = []
        lat_post: list[float] = []
        ok: list[int] = []
        todo = list(range(args.n))
        lock = threading.Lock()

        def worker() -> None:
            while True:
                with lock:
                    if not todo:
                        return
                    todo.pop()
                _respondent(base, lat_get, lat_post, ok)

        start = time.perf_counter()
        threads = [threading.Thread(target=worker) for _ in range(args.c)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        took = time.perf_counter() - start
        after = sqlite3.connect(db).execute(
            "SELECT count(*) FROM skm_responden r JOIN skm_survei s ON s.id = r.survei_id "
            "JOIN organisasi_unit u ON u.id = s.unit_id WHERE u.slug = ?", (UNIT,)).fetchone()[0]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    q = statistics.quantiles
    print(f"Formulir publik /skm/{UNIT}/: {size / 1024:.1f} KB HTML (+ {os.path.getsize(ROOT / 'sakip/web/static/skm/skm.css') / 1024:.1f} KB CSS, tanpa JS)")
    print(f"{args.n} responden (GET + POST) dengan {args.c} klien, {args.workers} worker gunicorn, SQLite: {took:.1f} s")
    print(f"  {2 * args.n / took:.1f} permintaan/s; {args.n / took:.1f} jawaban tersimpan/s")
    print(f"  GET median {statistics.median(lat_get) * 1000:.0f} ms, p95 {q(lat_get, n=20)[18] * 1000:.0f} ms; "
          f"POST median {statistics.median(lat_post) * 1000:.0f} ms, p95 {q(lat_post, n=20)[18] * 1000:.0f} ms")
    print(f"  tersimpan: {after - before} dari {args.n} (halaman terima kasih: {len(ok)})")
    return 0 if after - before >= 0.95 * args.n else 1


if __name__ == "__main__":
    sys.exit(main())
