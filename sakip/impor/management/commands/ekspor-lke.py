"""`sakip ekspor-lke --pd SLUG --tahun Y --tahap ketua --output F.xlsx`: the LKE worksheet to work on offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sakip.evaluasi.models import Evaluasi, Tahap
from sakip.impor.lke import ekspor
from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.organisasi.commands import Galat


class Command(BaseCommand):
    help = "Menulis lembar kerja Evaluasi AKIP (LKE) satu PD-tahun ke XLSX untuk diisi luring."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--pd", required=True)
        parser.add_argument("--tahun", required=True, type=int)
        parser.add_argument("--tahap", choices=Tahap.values, default=Tahap.KETUA)
        parser.add_argument("--output", required=True, type=Path)

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            unit = unit_by_slug(opts["pd"])
        except UnitTidakDitemukan as exc:
            raise Galat(str(exc)) from exc
        ev = Evaluasi.objects.filter(unit=unit, tahun=opts["tahun"]).select_related("unit", "template").first()
        if ev is None:
            raise Galat(f"Belum ada Evaluasi AKIP {unit.nama} tahun {opts['tahun']}.")
        opts["output"].write_bytes(ekspor(ev, opts["tahap"]))
        self.stderr.write(f"Ditulis: {opts['output']}")
