"""`sakip demo`: prepare the database, load the demo Pemda once, and serve it."""

from __future__ import annotations

import importlib
import signal
import subprocess
import sys
import time
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection, connections
from gunicorn.app.base import BaseApplication

from sakip.demo.loader import DEMO_PASSWORD, DemoDataError, load_demo
from sakip.organisasi.commands import Galat
from sakip.organisasi.models import Pemda

DEMO_SLUG = "kabupaten-mojokerto"


class _Gunicorn(BaseApplication):  # type: ignore[misc]  # gunicorn ships no type hints
    """Gunicorn run in-process on Sakip's WSGI app (static files by WhiteNoise in the app)."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from sakip.wsgi import application

        return application


def serve(addr: str, workers: int = 2) -> None:
    """Serve with gunicorn: a real server (several workers), not Django's development server."""
    connections.close_all()  # workers are forked: none may inherit the connection used to migrate
    _Gunicorn({
        "bind": addr,
        "workers": workers,
        # Building a PDF through LibreOffice can take a while on first use.
        "timeout": 180,
        "errorlog": "-",
        "loglevel": "warning",
    }).run()


class Command(BaseCommand):
    help = "Menyiapkan basis data, memuat Pemda demo (Kabupaten Mojokerto), lalu menjalankan server."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-serve", action="store_true", help="hanya menyiapkan basis data")
        parser.add_argument("--addr", default="127.0.0.1:8000", help="alamat server (bawaan 127.0.0.1:8000)")
        parser.add_argument("--reset", action="store_true", help="hapus seluruh data lalu muat ulang demo")
        parser.add_argument("--ya", action="store_true", help="jangan bertanya sebelum --reset menghapus data")
        parser.add_argument("--tanpa-sintetis", action="store_true",
                            help="muat hanya unit nyata dari dokumen rujukan, tanpa PD sintetis")
        parser.add_argument("--workers", type=int, default=2, help="jumlah proses gunicorn (bawaan 2)")
        parser.add_argument("--pekerja", type=int, default=1,
                            help="jumlah 'sakip worker' antrean dokumen di samping gunicorn (bawaan 1)")

    def handle(self, *args: Any, **opts: Any) -> None:
        start = time.monotonic()
        if settings.PRODUCTION:
            # The demo creates 'admin' and other accounts whose password is in the README.
            raise Galat("'sakip demo' tidak boleh dijalankan dengan SAKIP_ENV=production: perintah ini membuat "
                        f"akun demo dengan kata sandi '{DEMO_PASSWORD}'.")
        if opts["reset"] and not opts["ya"]:
            self._konfirmasi_reset()
        if connection.vendor == "sqlite" and str(settings.DATABASES["default"]["NAME"]) == str(settings.DEFAULT_SQLITE):
            settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
        call_command("migrate", interactive=False, verbosity=0)
        if opts["reset"]:
            call_command("flush", interactive=False, verbosity=0)
            # flush also empties the standard scales a data migration seeded; migrate would not re-run it.
            importlib.import_module("sakip.perencanaan.migrations.0002_standard_scales").seed(apps, None)
            importlib.import_module("sakip.evaluasi.migrations.0002_lke_88_2021").seed(apps, None)  # the LKE too
        if Pemda.objects.filter(slug=DEMO_SLUG).exists():
            self.stderr.write("Pemda demo sudah ada; tidak dimuat ulang (pakai --reset untuk memuat ulang).")
        else:
            try:
                load_demo(synthetic=not opts["tanpa_sintetis"])
            except DemoDataError as exc:
                raise Galat(str(exc)) from exc
            self.stderr.write(f"Pemda demo dimuat dalam {time.monotonic() - start:.1f} detik.")
        db = settings.DATABASES["default"]
        self.stderr.write(f"Basis data: {db['ENGINE'].rsplit('.', 1)[-1]} {db['NAME']}")
        if opts["no_serve"]:
            return
        self.stderr.write(
            f"Sakip berjalan di http://{opts['addr']}/ — masuk sebagai 'admin', 'operator.mojosari', "
            f"'kepala.mojosari', 'inspektorat' atau 'pimpinan' dengan kata sandi '{DEMO_PASSWORD}'. "
            "Hentikan dengan Ctrl+C."
        )
        pekerja = self._mulai_pekerja(max(0, opts["pekerja"]))
        try:
            serve(opts["addr"], workers=opts["workers"])
        finally:
            for p in pekerja:  # SIGTERM: a worker finishes the document in hand, then stops
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
            for p in pekerja:
                try:
                    p.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    p.kill()

    def _mulai_pekerja(self, n: int) -> list[subprocess.Popen[bytes]]:
        """The document queue's workers (LKjIP, PDFs, publishing), as production runs them beside gunicorn."""
        procs = [subprocess.Popen([sys.executable, "-m", "sakip.cli", "worker"])  # our own command
                 for _ in range(n)]
        time.sleep(0.5 if n else 0)
        if any(p.poll() is not None for p in procs):
            self.stderr.write(f"Peringatan: pekerja antrean tidak berjalan (Redis {settings.SAKIP_REDIS_URL}?); "
                              "LKjIP dan PDF tidak dapat dibuat sampai 'sakip worker' berjalan.")
        return procs

    def _konfirmasi_reset(self) -> None:
        """Ask before --reset wipes the database; no answer (no stdin) counts as no."""
        db = settings.DATABASES["default"]
        self.stderr.write(f"--reset menghapus SELURUH data di {db['NAME']} lalu memuat ulang demo. "
                          "Lanjutkan? [y/ya untuk lanjut] ", ending="")
        self.stderr.flush()
        jawaban = sys.stdin.readline() if sys.stdin is not None and not sys.stdin.closed else ""
        if jawaban.strip().lower() not in ("y", "ya"):
            self.stderr.write("")
            raise Galat("--reset dibatalkan; tidak ada data yang dihapus (tambahkan --ya untuk tidak ditanya).")
