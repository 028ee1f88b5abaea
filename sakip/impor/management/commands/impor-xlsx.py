"""`sakip impor-xlsx FILE --pd SLUG --tahun YEAR [--dry-run]`: import a PD-year workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.audit.services import teks
from sakip.impor.baca import BerkasDitolak, baca, simpan
from sakip.organisasi.access import UnitTidakDitemukan, unit_by_slug


class Command(BaseCommand):
    help = "Impor berkas XLSX satu PD-tahun (target, realisasi, realisasi anggaran); semua atau tidak sama sekali."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("berkas", type=Path)
        parser.add_argument("--pd", required=True)
        parser.add_argument("--tahun", type=int, required=True)
        parser.add_argument("--dry-run", action="store_true", help="hanya tampilkan perubahan, tanpa menyimpan")

    def handle(self, *args: Any, **opts: Any) -> None:
        berkas: Path = opts["berkas"]
        if not berkas.is_file():
            raise CommandError(f"Galat: berkas {berkas} tidak ada.")
        try:
            unit = unit_by_slug(opts["pd"])
            with berkas.open("rb") as f:
                p = baca(f, unit, opts["tahun"])
        except (UnitTidakDitemukan, BerkasDitolak) as exc:
            raise CommandError(f"Galat: {exc}") from exc
        for u in p.perubahan:
            self.stdout.write(f"{u.lembar} baris {u.baris}: {u.objek} [{u.field}] "
                              f"{teks(u.lama) or '(kosong)'} → {teks(u.baru) or '(kosong)'}")
        if not p.sah:
            for g in p.galat:
                self.stderr.write(f"Galat {g}")
            raise CommandError(f"Galat: {len(p.galat)} kesalahan; tidak ada yang disimpan.")
        if opts["dry_run"]:
            self.stdout.write(f"{len(p.perubahan)} perubahan (uji coba, tidak disimpan).")
            return
        try:
            n = simpan(p)
        except ValidationError as exc:
            raise CommandError(f"Galat: {' '.join(exc.messages)} Tidak ada yang disimpan.") from exc
        self.stdout.write(f"{n} perubahan disimpan.")
