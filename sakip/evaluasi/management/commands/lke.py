"""`sakip lke nilai --pd SLUG --tahun Y [--json]`: an evaluation's score per component, sub-component
and criterion (the final answer's letter); `sakip lke ekspor|impor`: the worksheet as XLSX."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sakip.evaluasi.keluaran import lembar_teks
from sakip.evaluasi.models import Evaluasi
from sakip.evaluasi.nilai import lembar, ringkas
from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.organisasi.commands import Galat


class Command(BaseCommand):
    help = "Nilai Evaluasi AKIP (LKE) satu perangkat daerah pada satu tahun."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="aksi", required=True, metavar="{nilai}")
        n = sub.add_parser("nilai", help="nilai per komponen, sub-komponen dan kriteria")
        n.add_argument("--pd", required=True, help="slug perangkat daerah, mis. kecamatan-mojosari")
        n.add_argument("--pemda", help="slug Pemda bila slug PD ada di lebih dari satu Pemda")
        n.add_argument("--tahun", required=True, type=int, help="tahun yang dievaluasi, mis. 2025")
        n.add_argument("--json", action="store_true", help="keluaran JSON ke stdout")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            unit = unit_by_slug(opts["pd"], opts.get("pemda"))
        except UnitTidakDitemukan as exc:
            raise Galat(str(exc)) from exc
        ev = Evaluasi.objects.filter(unit=unit, tahun=opts["tahun"]).select_related("unit", "template").first()
        if ev is None:
            raise Galat(f"Belum ada Evaluasi AKIP {unit.nama} tahun {opts['tahun']}.")
        lb = lembar(ev)
        if opts["json"]:
            self.stdout.write(json.dumps(ringkas(lb), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(lembar_teks(lb), ending="")
