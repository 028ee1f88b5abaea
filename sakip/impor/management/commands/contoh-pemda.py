"""`sakip contoh-pemda --output contoh.json`: the example file a new Pemda fills in for `muat-pemda`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sakip.impor.contoh_pemda import contoh
from sakip.organisasi.commands import Galat


class Command(BaseCommand):
    help = ("Tulis contoh berkas Pemda (JSON) yang diterima 'sakip muat-pemda': satu PD, satu periode, tujuan, "
            "sasaran, indikator dengan target, program/kegiatan/sub kegiatan dengan pagu.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", type=Path, required=True, help="berkas JSON yang ditulis ('-' untuk layar)")
        parser.add_argument("--timpa", action="store_true", help="timpa berkas yang sudah ada")

    def handle(self, *args: Any, **opts: Any) -> None:
        teks = json.dumps(contoh(), ensure_ascii=False, indent=2) + "\n"
        out: Path = opts["output"]
        if str(out) == "-":
            self.stdout.write(teks, ending="")
            return
        if out.exists() and not opts["timpa"]:
            raise Galat(f"berkas {out} sudah ada; pakai --timpa untuk menimpanya.")
        try:
            out.write_text(teks, encoding="utf-8")
        except OSError as exc:
            raise Galat(f"berkas {out} tidak dapat ditulis: {exc.strerror}.") from exc
        self.stderr.write(f"Contoh berkas Pemda ditulis ke {out}. Ubah isinya, lalu: sakip muat-pemda {out} --dry-run")
