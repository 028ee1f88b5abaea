"""`sakip worker`: works the document queue (sakip/laporan/antrean.py) until stopped.

    sakip worker [--antrean NAMA] [--burst] [--tanpa-libreoffice-hangat]

Run as many as the machine has cores, on any machine that reaches the database, Redis
(``SAKIP_REDIS_URL``) and the media storage (``SAKIP_DATA_DIR/media``). Each worker keeps its
own warm LibreOffice for PDFs and forks a fresh child per job. SIGTERM finishes the current
job and stops (systemd's stop).
"""

from __future__ import annotations

import importlib
import os
import socket
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connections

from sakip.organisasi.commands import Galat


class Command(BaseCommand):
    help = "Menjalankan pekerja antrean dokumen (LKjIP, PK, E-81) di Redis."
    requires_system_checks: list[str] = []  # a worker needs no URL or admin checks to start

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--antrean", help="nama antrean (bawaan: SAKIP_ANTREAN, 'sakip')")
        parser.add_argument("--burst", action="store_true", help="berhenti setelah antrean kosong")
        parser.add_argument("--tanpa-libreoffice-hangat", action="store_true",
                            help="setiap PDF menjalankan LibreOffice sendiri (lebih lambat)")

    def handle(self, *args: Any, **opts: Any) -> None:
        from redis.exceptions import RedisError
        from rq import Worker

        from sakip.laporan import antrean, api, charts, pdf, templat  # noqa: F401  # imported once, before the per-job fork

        # Each job runs in a forked child: what the parent imported is there at no cost (matplotlib
        # and its font list take a third of a second, python-docx and openpyxl a tenth each).
        charts.mpl()
        for modul in ("matplotlib.figure", "matplotlib.patches", "matplotlib.ticker", "openpyxl"):
            importlib.import_module(modul)
        templat.siapkan_baku()  # docxtpl, Jinja and the default Word templates: ~0,1 s per job otherwise

        q = antrean.antrean(opts.get("antrean"))
        try:
            q.connection.ping()
        except RedisError as exc:
            raise Galat(str(antrean._tak_tersedia(exc))) from exc
        hangat = None
        if not opts["tanpa_libreoffice_hangat"]:
            hangat = pdf.LibreOfficeHangat().mulai()
            pdf.pakai_hangat(hangat)
        connections.close_all()  # each forked job opens its own database connection
        nama = f"sakip-{socket.gethostname()}-{os.getpid()}"
        self.stderr.write(f"Pekerja {nama} melayani antrean '{q.name}' di {q.connection.connection_pool}.")
        try:
            Worker([q], connection=q.connection, name=nama).work(burst=opts["burst"], with_scheduler=False,
                                                               logging_level="WARNING")
        finally:
            if hangat is not None:
                hangat.berhenti()
