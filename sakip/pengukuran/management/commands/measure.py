"""`sakip measure --pd SLUG --tahun YEAR [--triwulan N] [--json]`: the measurement of one PD-year."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.organisasi.commands import Galat
from sakip.pengukuran.keluaran import as_dict, as_text
from sakip.pengukuran.services import DataTidakAda, ukur_pd


class Command(BaseCommand):
    help = "Menampilkan pengukuran kinerja satu perangkat daerah pada satu tahun."
    # The system checks import every URL, view and API module (~1 s); `sakip check` runs them.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--pd", required=True, help="slug perangkat daerah, mis. kecamatan-mojosari")
        parser.add_argument("--tahun", required=True, type=int, help="tahun anggaran, mis. 2025")
        parser.add_argument("--pemda", help="slug Pemda bila slug PD ada di lebih dari satu Pemda")
        parser.add_argument("--triwulan", type=int, choices=[1, 2, 3, 4],
                            help="ukur juga s.d. triwulan ini terhadap rencana aksi (1-4)")
        parser.add_argument("--json", action="store_true", help="keluaran JSON ke stdout")
        parser.add_argument("--termasuk-draf", action="store_true",
                            help="ikut menghitung perjanjian kinerja yang belum ditandatangani")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            unit = unit_by_slug(opts["pd"], opts.get("pemda"))
            hasil = ukur_pd(unit, opts["tahun"], termasuk_draf=opts["termasuk_draf"], triwulan=opts.get("triwulan"))
        except (UnitTidakDitemukan, DataTidakAda) as exc:
            raise Galat(str(exc)) from exc
        if opts["json"]:
            self.stdout.write(json.dumps(as_dict(unit.slug, opts["tahun"], hasil), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(as_text(unit.nama, opts["tahun"], hasil), ending="")
