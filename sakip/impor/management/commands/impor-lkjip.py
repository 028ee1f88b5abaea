"""`sakip impor-lkjip FILE --pd SLUG --tahun YEAR [--ya]`: last year's LKjIP as draft data.

Shows what would be written and stores nothing without confirmation (``--ya`` or answering
"ya"); storing goes through the planning and realisasi services in one transaction.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandParser

from sakip.impor.lkjip import ImporGagal, baca, rencana, simpan, teks_rencana
from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.organisasi.commands import Galat


class Command(BaseCommand):
    help = "Mengubah tabel PK dan capaian LKjIP tahun lalu menjadi data draf (target, realisasi, riwayat)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("berkas", help="berkas LKjIP: .txt, .docx atau .pdf")
        parser.add_argument("--pd", required=True, help="slug perangkat daerah tujuan")
        parser.add_argument("--tahun", required=True, type=int, help="tahun laporan, mis. 2025")
        parser.add_argument("--pemda", help="slug Pemda bila slug PD ada di lebih dari satu Pemda")
        parser.add_argument("--ya", action="store_true", help="simpan tanpa bertanya")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            unit = unit_by_slug(opts["pd"], opts.get("pemda"))
            doc = baca(opts["berkas"])
            plan = rencana(unit, opts["tahun"], doc)
        except UnitTidakDitemukan as exc:
            raise Galat(str(exc)) from exc
        except ImporGagal as exc:
            raise Galat(str(exc)) from exc
        self.stdout.write(teks_rencana(plan, doc.nama), ending="")
        if plan.jumlah_tulis == 0:
            self.stdout.write("Tidak ada nilai baru untuk disimpan.\n")
            return
        if not opts["ya"] and not self._setuju():
            self.stdout.write("Tidak ada yang disimpan. Jalankan ulang dengan --ya untuk menyimpan.\n")
            return
        try:
            counts = simpan(plan)
        except ValidationError as exc:
            raise Galat(f"impor dibatalkan, tidak ada yang disimpan: {'; '.join(exc.messages)}") from exc
        self.stdout.write(
            f"Tersimpan: {counts['indikator_baru']} indikator baru (draf), {counts['target']} target, "
            f"{counts['realisasi']} realisasi.\n"
        )

    def _setuju(self) -> bool:
        if not sys.stdin.isatty():
            return False  # a script or a pipe never confirms by accident
        answer = input("Simpan data ini? Ketik 'ya' untuk menyimpan: ")
        return answer.strip().casefold() in ("ya", "y")
