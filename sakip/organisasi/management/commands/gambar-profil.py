"""`sakip gambar-profil --pemda SLUG logo FILE` / `--pd SLUG peta-wilayah|struktur-organisasi FILE`,
or `--hapus` instead of FILE: the profile pictures the web's /kendali/ and Profil pages set, through
the same service (checked by content, re-encoded, audited)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandParser

from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.organisasi.commands import Galat
from sakip.organisasi.gambar import BATAS_BYTE
from sakip.organisasi.models import Pemda
from sakip.organisasi.services import atur_gambar_unit, atur_logo_pemda

JENIS_UNIT = {"peta-wilayah": "peta_wilayah", "struktur-organisasi": "gambar_struktur"}


class Command(BaseCommand):
    help = ("Simpan atau hapus logo Pemda (--pemda SLUG logo) atau gambar sebuah PD (--pd SLUG peta-wilayah | "
            "struktur-organisasi): PNG atau JPEG, paling besar 5 MB, diperiksa dari isinya.")

    def add_arguments(self, parser: CommandParser) -> None:
        tujuan = parser.add_mutually_exclusive_group(required=True)
        tujuan.add_argument("--pemda", help="slug Pemda, untuk logo")
        tujuan.add_argument("--pd", help="slug perangkat daerah, untuk peta wilayah atau struktur organisasi")
        parser.add_argument("jenis", choices=["logo", *JENIS_UNIT])
        parser.add_argument("berkas", nargs="?", type=Path, help="berkas gambar PNG atau JPEG")
        parser.add_argument("--hapus", action="store_true", help="hapus gambar yang tersimpan")

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["hapus"] == (opts["berkas"] is not None):
            raise Galat("sebutkan berkas gambar, atau --hapus (tidak keduanya).")
        isi = None if opts["hapus"] else self._baca(opts["berkas"])
        try:
            if opts["jenis"] == "logo":
                if not opts["pemda"]:
                    raise Galat("logo milik Pemda: gunakan --pemda SLUG.")
                pemda = Pemda.objects.filter(slug=opts["pemda"]).first()
                if pemda is None:
                    raise Galat(f"Pemda '{opts['pemda']}' tidak ditemukan.")
                atur_logo_pemda(pemda, isi)
                nama = f"Logo {pemda.nama}"
            else:
                if not opts["pd"]:
                    raise Galat(f"{opts['jenis']} milik perangkat daerah: gunakan --pd SLUG.")
                unit = unit_by_slug(opts["pd"])
                atur_gambar_unit(unit, JENIS_UNIT[opts["jenis"]], isi)
                nama = f"{opts['jenis'].replace('-', ' ').capitalize()} {unit.nama}"
        except UnitTidakDitemukan as exc:
            raise Galat(str(exc)) from exc
        except ValidationError as exc:
            raise Galat(" ".join(exc.messages) + " Tidak ada yang disimpan.") from exc
        self.stdout.write(f"{nama} {'dihapus' if isi is None else 'tersimpan'}.")

    @staticmethod
    def _baca(path: Path) -> bytes:
        try:
            with path.open("rb") as fh:  # never more than the limit: a larger file is refused by its size
                return fh.read(BATAS_BYTE + 1)
        except OSError as exc:
            raise Galat(f"berkas {path} tidak dapat dibaca: {exc.strerror}.") from exc
