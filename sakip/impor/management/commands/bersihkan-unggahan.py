"""`sakip bersihkan-unggahan [--jam 24]`: delete uploaded workbooks never confirmed (for cron)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.impor.unggahan import bersihkan


class Command(BaseCommand):
    help = "Hapus berkas XLSX unggahan yang tidak dikonfirmasi dan lebih tua dari 24 jam (jalankan dari cron)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--jam", type=int, default=24, help="umur paling tua berkas yang disimpan (jam)")

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["jam"] < 1:
            raise CommandError("Galat: --jam paling sedikit 1.")
        n = bersihkan(timedelta(hours=opts["jam"]))
        self.stdout.write(f"{n} berkas unggahan lebih tua dari {opts['jam']} jam dihapus.")
