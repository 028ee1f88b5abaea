"""`sakip backup --output FILE`: the whole installation in one file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sakip.cadangan.arsip import CadanganError, buat
from sakip.organisasi.commands import Galat


class Command(BaseCommand):
    help = "Membuat cadangan seluruh data (basis data dan berkas publikasi) ke satu berkas zip."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", required=True, help="berkas cadangan yang dibuat, mis. sakip.zip")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            hasil = buat(Path(opts["output"]))
        except (CadanganError, OSError) as exc:
            raise Galat(str(exc)) from exc
        self.stderr.write(f"Cadangan ditulis ke {hasil.path}: {hasil.baris} baris, {hasil.berkas_media} berkas.")
