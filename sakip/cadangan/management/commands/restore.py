"""`sakip restore FILE [--ganti]`: restore a backup into this installation's database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sakip.cadangan.arsip import CadanganError, pulihkan
from sakip.organisasi.commands import Galat


class Command(BaseCommand):
    help = ("Memulihkan cadangan ke basis data (dibuat dan dimigrasi bila perlu). Menolak basis data "
            "yang sudah berisi data kecuali dengan --ganti.")

    # The target database may not exist yet: nothing may touch it before the restore creates it.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("berkas", help="berkas cadangan dari 'sakip backup'")
        parser.add_argument("--ganti", action="store_true", help="ganti seluruh isi basis data tujuan")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            hasil = pulihkan(Path(opts["berkas"]), ganti=opts["ganti"])
        except (CadanganError, OSError) as exc:
            raise Galat(str(exc)) from exc
        self.stderr.write(f"Dipulihkan dari {hasil.path}: {hasil.baris} baris, {hasil.berkas_media} berkas.")
