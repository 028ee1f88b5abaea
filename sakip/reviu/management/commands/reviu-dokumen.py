"""`sakip reviu-dokumen FILE [--json]`: the inconsistencies of an LKjIP (.txt, .docx, .pdf)."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sakip.organisasi.commands import Galat
from sakip.reviu.dokumen import BerkasTidakTerbaca, baca_berkas, reviu
from sakip.reviu.keluaran import teks_dokumen
from sakip.reviu.konteks import konteks_untuk


class Command(BaseCommand):
    help = ("Mereviu LKjIP yang ditulis di luar Sakip (.txt, .docx, atau .pdf berlapis teks) dan "
            "menampilkan setiap ketidaksesuaian beserta letaknya.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("berkas", help="berkas LKjIP: .txt, .docx atau .pdf")
        parser.add_argument("--pemda", help="slug Pemda yang unit kerjanya dipakai sebagai pembanding")
        parser.add_argument("--json", action="store_true",
                            help='keluaran JSON {"temuan": [...], "tidak_terbaca": [...]} ke stdout')

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            doc = baca_berkas(opts["berkas"])
        except BerkasTidakTerbaca as exc:
            raise Galat(f"berkas tidak dapat dibaca: {exc}") from exc
        konteks, asal = konteks_untuk(opts.get("pemda"))
        hasil = reviu(doc, konteks)
        if opts["json"]:
            self.stdout.write(json.dumps(hasil.as_dict(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(teks_dokumen(hasil, asal), ending="")
