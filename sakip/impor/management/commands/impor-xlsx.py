"""`sakip impor-xlsx FILE --pd SLUG --tahun YEAR [--dry-run]`, or `--semua`: import a workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.audit.services import teks
from sakip.impor.baca_buku import (
    BerkasDitolak,
    Pratinjau,
    PratinjauPemda,
    baca,
    baca_semua,
    simpan,
    simpan_semua,
)
from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.organisasi.models import Pemda


class Command(BaseCommand):
    help = ("Impor berkas XLSX satu PD-tahun, atau seluruh Pemda dengan --semua (target, realisasi, pagu, "
            "realisasi anggaran, rencana aksi, faktor triwulan dan anggaran kas); semua atau tidak sama sekali.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("berkas", type=Path)
        parser.add_argument("--pd")
        parser.add_argument("--semua", action="store_true",
                            help="berkas ekspor-xlsx --semua: setiap PD di dalamnya, dalam satu transaksi")
        parser.add_argument("--pemda", help="slug Pemda (dengan --semua: hanya PD Pemda ini)")
        parser.add_argument("--tahun", type=int, help="wajib dengan --pd; dengan --semua diperiksa bila diisi")
        parser.add_argument("--dry-run", action="store_true", help="hanya tampilkan perubahan, tanpa menyimpan")
        parser.add_argument("--konfirmasi", default="", metavar="ALASAN",
                            help="simpan juga nilai yang jauh di luar target/riwayatnya (atau melebihi pagu bila "
                                 "Pemda mengizinkan), dengan alasan ini dalam jejak audit")

    def handle(self, *args: Any, **opts: Any) -> None:
        if bool(opts["pd"]) == opts["semua"]:
            raise CommandError("Galat: sebutkan --pd SLUG atau --semua (salah satu).")
        if opts["pd"] and opts["tahun"] is None:
            raise CommandError("Galat: --tahun wajib diisi bersama --pd.")
        berkas: Path = opts["berkas"]
        if not berkas.is_file():
            raise CommandError(f"Galat: berkas {berkas} tidak ada.")
        p: Pratinjau | PratinjauPemda
        try:
            with berkas.open("rb") as f:
                if opts["semua"]:
                    p = baca_semua(f, opts["tahun"], self._pemda(opts["pemda"]))
                else:
                    p = baca(f, unit_by_slug(opts["pd"], opts["pemda"]), opts["tahun"])
        except (UnitTidakDitemukan, BerkasDitolak) as exc:
            raise CommandError(f"Galat: {exc}") from exc
        for u in p.perubahan:
            pd = f"PD {u.pd}, " if u.pd else ""
            self.stdout.write(f"{pd}{u.lembar} baris {u.baris}: {u.objek} [{u.field}] "
                              f"{teks(u.lama) or '(kosong)'} → {teks(u.baru) or '(kosong)'}")
        if not p.sah:
            for g in p.galat:
                self.stderr.write(f"Galat {g}")
            raise CommandError(f"Galat: {len(p.galat)} kesalahan; tidak ada yang disimpan.")
        jumlah_pd = f" dari {len(p.bagian)} PD" if isinstance(p, PratinjauPemda) else ""
        if opts["dry_run"]:
            self.stdout.write(f"{len(p.perubahan)} perubahan{jumlah_pd} (uji coba, tidak disimpan).")
            return
        try:
            n = (simpan_semua(p, alasan_konfirmasi=opts["konfirmasi"]) if isinstance(p, PratinjauPemda)
                 else simpan(p, alasan_konfirmasi=opts["konfirmasi"]))
        except ValidationError as exc:
            raise CommandError(f"Galat: {' '.join(exc.messages)} Tidak ada yang disimpan.") from exc
        self.stdout.write(f"{n} perubahan{jumlah_pd} disimpan.")

    @staticmethod
    def _pemda(slug: str | None) -> Pemda | None:
        if not slug:
            return None
        pemda = Pemda.objects.filter(slug=slug).first()
        if pemda is None:
            raise UnitTidakDitemukan(f"Pemda '{slug}' tidak ditemukan.")
        return pemda
