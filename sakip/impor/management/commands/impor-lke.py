"""`sakip impor-lke F.xlsx --pd SLUG --tahun Y --tahap ketua [--dry-run]`: a worksheet filled offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandParser

from sakip.evaluasi.models import Evaluasi, Tahap
from sakip.impor.baca_buku import BerkasDitolak
from sakip.impor.lke import baca, simpan
from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.organisasi.commands import Galat


class Command(BaseCommand):
    help = "Mengimpor jawaban LKE yang diisi luring (XLSX hasil ekspor-lke); semua atau tidak sama sekali."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("berkas", type=Path)
        parser.add_argument("--pd", required=True)
        parser.add_argument("--tahun", required=True, type=int)
        parser.add_argument("--tahap", choices=Tahap.values, default=Tahap.KETUA)
        parser.add_argument("--dry-run", action="store_true", help="hanya tampilkan perubahan, tanpa menyimpan")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            unit = unit_by_slug(opts["pd"])
        except UnitTidakDitemukan as exc:
            raise Galat(str(exc)) from exc
        ev = Evaluasi.objects.filter(unit=unit, tahun=opts["tahun"]).select_related("unit", "template").first()
        if ev is None:
            raise Galat(f"Belum ada Evaluasi AKIP {unit.nama} tahun {opts['tahun']}.")
        try:
            with opts["berkas"].open("rb") as f:
                p = baca(f, ev, opts["tahap"])
            for baris in p.perubahan:
                self.stdout.write(baris)
            if not p.sah:
                raise Galat(f"{len(p.galat)} galat, tidak ada yang disimpan: " + "; ".join(p.galat))
            if opts["dry_run"]:
                self.stdout.write(f"{len(p.perubahan)} perubahan (uji coba, tidak disimpan).")
                return
            for w in simpan(ev, opts["tahap"], p):
                self.stdout.write(f"Peringatan {w.kode}: {w.pesan}")
        except (BerkasDitolak, ValidationError, OSError) as exc:
            msg = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            raise Galat(msg) from exc
        self.stdout.write(f"{len(p.perubahan)} jawaban disimpan.")
