"""`sakip ekspor-xlsx --pd SLUG --tahun YEAR --output FILE` (or `--semua`): the PD-year workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.impor.buku import ekspor, unit_berkas_pemda
from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.organisasi.models import Pemda


class Command(BaseCommand):
    help = ("Ekspor cascade, target, realisasi, anggaran dan rencana aksi (target triwulan, aksi, faktor, anggaran "
            "kas) satu PD-tahun (atau seluruh Pemda) ke XLSX.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--pd")
        parser.add_argument("--semua", action="store_true",
                            help="setiap PD (dan sub unit yang mempunyai indikator atau DPA sendiri), satu berkas")
        parser.add_argument("--pemda", help="slug Pemda (dengan --semua: hanya Pemda ini)")
        parser.add_argument("--tahun", type=int, required=True)
        parser.add_argument("--output", type=Path, required=True)

    def handle(self, *args: Any, **opts: Any) -> None:
        if bool(opts["pd"]) == opts["semua"]:
            raise CommandError("Galat: sebutkan --pd SLUG atau --semua (salah satu).")
        pemda = None
        if opts["pemda"]:
            pemda = Pemda.objects.filter(slug=opts["pemda"]).first()
            if pemda is None:
                raise CommandError(f"Galat: Pemda '{opts['pemda']}' tidak ditemukan.")
        try:
            units = ([unit_by_slug(opts["pd"], opts["pemda"])] if opts["pd"]
                     else unit_berkas_pemda(opts["tahun"], pemda))
        except UnitTidakDitemukan as exc:
            raise CommandError(f"Galat: {exc}") from exc
        path = ekspor(units, opts["tahun"], opts["output"], bernomor=opts["semua"])
        self.stdout.write(f"{len(units)} PD diekspor ke {path}.")
