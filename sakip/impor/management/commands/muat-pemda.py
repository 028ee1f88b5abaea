"""`sakip muat-pemda BERKAS.json [--dry-run]`: set up a new Pemda from one JSON file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sakip.core.formatting import angka
from sakip.impor.pemda import BerkasPemdaTidakSah, muat_berkas
from sakip.organisasi.commands import Galat


class Command(BaseCommand):
    help = ("Buat Pemda baru beserta unit, pejabat, periode perencanaan, cascade, indikator, target, PK dan DPA "
            "dari satu berkas JSON (bentuk: sakip/demo/data/FORMAT.md; contoh: sakip contoh-pemda); "
            "semua atau tidak sama sekali.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("berkas", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="periksa seluruh berkas tanpa menyimpan")

    def handle(self, *args: Any, **opts: Any) -> None:
        berkas: Path = opts["berkas"]
        try:
            r = muat_berkas(berkas, uji_coba=opts["dry_run"])
        except BerkasPemdaTidakSah as exc:
            raise Galat(f"{str(exc).rstrip('.')}. Tidak ada yang disimpan.") from exc
        isi = (f"{angka(r.unit, 0)} unit, {angka(r.pejabat, 0)} pejabat, {angka(r.periode, 0)} periode, "
               f"{angka(r.indikator, 0)} indikator, {angka(r.target, 0)} target, "
               f"{angka(r.perjanjian_kinerja, 0)} perjanjian kinerja, {angka(r.mata_anggaran, 0)} mata anggaran")
        if opts["dry_run"]:
            self.stdout.write(f"Berkas {berkas.name} sah: {r.nama} ({r.slug}) dengan {isi} (uji coba, tidak disimpan).")
            return
        self.stdout.write(f"{r.nama} ({r.slug}) dimuat: {isi}.")
        self.stdout.write(f"Langkah berikutnya: sakip admin-pemda --pemda {r.slug} --username NAMA")
