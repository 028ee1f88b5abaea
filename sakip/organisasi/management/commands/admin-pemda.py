"""`sakip admin-pemda --pemda SLUG --username NAMA [--email ...]`: the first Admin Pemda of a new Pemda.

The one account made outside the web app: the Admin Pemda then creates every other user on
/pengguna/. The password is typed twice (never on the command line, where `ps` and the shell
history would keep it), or taken from SAKIP_KATA_SANDI for automation.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandParser

from sakip.organisasi.commands import Galat
from sakip.organisasi.models import Pemda, Peran
from sakip.organisasi.services import buat_pengguna

ENV_KATA_SANDI = "SAKIP_KATA_SANDI"


class Command(BaseCommand):
    help = ("Buat akun Admin Pemda pertama sebuah Pemda (tercatat di jejak audit); pengguna lain dibuat "
            "Admin Pemda di /pengguna/. Kata sandi diketik dua kali, atau dari variabel SAKIP_KATA_SANDI.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--pemda", required=True, help="slug Pemda (lihat berkas muat-pemda)")
        parser.add_argument("--username", required=True, help="nama pengguna untuk masuk")
        parser.add_argument("--email", default="")
        parser.add_argument("--nama-depan", default="", help="nama depan yang ditampilkan")
        parser.add_argument("--nama-belakang", default="")

    def handle(self, *args: Any, **opts: Any) -> None:
        pemda = Pemda.objects.filter(slug=opts["pemda"]).first()
        if pemda is None:
            raise Galat(f"Pemda '{opts['pemda']}' tidak ditemukan; muat dahulu dengan 'sakip muat-pemda'.")
        password = self._kata_sandi()
        try:
            user = buat_pengguna(pemda, username=opts["username"].strip(), password=password,
                                   peran=Peran.ADMIN_PEMDA, email=opts["email"].strip(),
                                   first_name=opts["nama_depan"].strip(), last_name=opts["nama_belakang"].strip(),
                                   staf=True)
        except ValidationError as exc:
            raise Galat(f"{' '.join(exc.messages)} Akun tidak dibuat.") from exc
        self.stdout.write(f"Admin Pemda '{user.username}' untuk {pemda.nama} dibuat. Masuk di aplikasi web, "
                          "lalu buat pengguna lain di /pengguna/.")

    @staticmethod
    def _kata_sandi() -> str:
        dari_env = os.environ.get(ENV_KATA_SANDI)
        if dari_env is not None:
            if not dari_env:
                raise Galat(f"{ENV_KATA_SANDI} kosong.")
            return dari_env
        if sys.stdin is None or not sys.stdin.isatty():
            # getpass would fall back to echoing what it reads; automation uses the variable instead.
            raise Galat(f"tidak ada terminal untuk mengetik kata sandi; isi {ENV_KATA_SANDI} untuk otomasi.")
        try:
            pertama = getpass.getpass("Kata sandi: ")
            kedua = getpass.getpass("Ulangi kata sandi: ")
        except EOFError:
            raise Galat(f"kata sandi tidak terbaca; ketik di terminal atau isi {ENV_KATA_SANDI}.") from None
        if not pertama:
            raise Galat("kata sandi kosong; akun tidak dibuat.")
        if pertama != kedua:
            raise Galat("kedua kata sandi tidak sama; akun tidak dibuat.")
        return pertama
