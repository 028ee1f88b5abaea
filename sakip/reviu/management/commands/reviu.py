"""`sakip reviu --pd SLUG --tahun YEAR [--json]`: the validation rules on one PD-year."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.organisasi.commands import Galat
from sakip.reviu.keluaran import teks_data
from sakip.reviu.rules import reviu_data


class Command(BaseCommand):
    help = "Memeriksa data tersimpan satu perangkat daerah pada satu tahun dengan aturan validasi reviu."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--pd", required=True, help="slug perangkat daerah, mis. kecamatan-mojosari")
        parser.add_argument("--tahun", required=True, type=int, help="tahun anggaran, mis. 2025")
        parser.add_argument("--pemda", help="slug Pemda bila slug PD ada di lebih dari satu Pemda")
        parser.add_argument("--json", action="store_true", help="keluaran JSON ke stdout")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            unit = unit_by_slug(opts["pd"], opts.get("pemda"))
        except UnitTidakDitemukan as exc:
            raise Galat(str(exc)) from exc
        temuan = reviu_data(unit, opts["tahun"])
        if opts["json"]:
            data = {"pd": unit.slug, "tahun": opts["tahun"], "temuan": [t.as_dict() for t in temuan]}
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(teks_data(unit.nama, opts["tahun"], temuan), ending="")
