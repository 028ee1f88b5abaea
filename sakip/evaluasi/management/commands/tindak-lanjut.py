"""`sakip tindak-lanjut --pd SLUG --tahun Y [--json]`: the LHE's recommendations and their follow-up."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from sakip.evaluasi.keluaran import rekomendasi_dict, rekomendasi_teks
from sakip.evaluasi.models import Evaluasi, Rekomendasi
from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.organisasi.commands import Galat


class Command(BaseCommand):
    help = "Rekomendasi hasil Evaluasi AKIP satu perangkat daerah dan status tindak lanjutnya."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--pd", required=True, help="slug perangkat daerah, mis. kecamatan-mojosari")
        parser.add_argument("--pemda", help="slug Pemda bila slug PD ada di lebih dari satu Pemda")
        parser.add_argument("--tahun", required=True, type=int, help="tahun yang dievaluasi, mis. 2025")
        parser.add_argument("--json", action="store_true", help="keluaran JSON ke stdout")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            unit = unit_by_slug(opts["pd"], opts.get("pemda"))
        except UnitTidakDitemukan as exc:
            raise Galat(str(exc)) from exc
        ev = Evaluasi.objects.filter(unit=unit, tahun=opts["tahun"]).select_related("unit").first()
        if ev is None:
            raise Galat(f"Belum ada Evaluasi AKIP {unit.nama} tahun {opts['tahun']}.")
        rek = list(Rekomendasi.objects.filter(evaluasi=ev).select_related("unit", "kriteria__sub__komponen")
                   .prefetch_related("tindak_lanjut"))
        hari_ini = timezone.localdate()
        if opts["json"]:
            self.stdout.write(json.dumps(rekomendasi_dict(ev, rek, hari_ini), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(rekomendasi_teks(ev, rek, hari_ini), ending="")
