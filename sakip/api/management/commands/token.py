"""`sakip token --user NAME`: print a new API token for a user, once."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.api.models import buat_token


class Command(BaseCommand):
    help = "Buat token API baru untuk seorang pengguna; token hanya ditampilkan sekali."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--user", required=True, help="nama pengguna")
        parser.add_argument("--nama", default="", help="keterangan token, mis. nama sistem pemakai")

    def handle(self, *args: Any, **opts: Any) -> None:
        user = User.objects.filter(username=opts["user"], is_active=True).first()
        if user is None:
            raise CommandError(f"Galat: pengguna '{opts['user']}' tidak ditemukan atau tidak aktif.")
        self.stdout.write(buat_token(user, opts["nama"]))
        self.stderr.write("Simpan token ini sekarang; Sakip hanya menyimpan hash-nya.")
