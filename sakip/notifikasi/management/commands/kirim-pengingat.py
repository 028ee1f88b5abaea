"""`sakip kirim-pengingat [--pemda SLUG] [--tanggal YYYY-MM-DD]`: for cron, the entry-window reminders."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.notifikasi.services import kirim_pengingat
from sakip.organisasi.models import Pemda


class Command(BaseCommand):
    help = ("Kirim notifikasi (dan surel) kepada setiap pengguna PD yang jadwal pengisiannya ditutup dalam N hari "
            "(N diatur Admin Pemda); aman dijalankan berulang: satu jadwal diingatkan sekali per pengguna.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--pemda", help="slug Pemda (bawaan: setiap Pemda)")
        parser.add_argument("--tanggal", help="hari ini menurut perintah ini, YYYY-MM-DD (untuk uji coba)")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            hari_ini = date.fromisoformat(opts["tanggal"]) if opts["tanggal"] else None
        except ValueError:
            raise CommandError(f"Galat: tanggal '{opts['tanggal']}' tidak sah; tulis seperti 2025-04-10.") from None
        pemdas = Pemda.objects.order_by("slug")
        if opts["pemda"]:
            pemdas = pemdas.filter(slug=opts["pemda"])
            if not pemdas.exists():
                raise CommandError(f"Galat: Pemda '{opts['pemda']}' tidak ditemukan.")
        jumlah = 0
        for pemda in pemdas:
            n = len(kirim_pengingat(pemda, hari_ini))
            jumlah += n
            self.stdout.write(f"{pemda.nama}: {n} pengingat dikirim.")
        self.stdout.write(f"{jumlah} pengingat dikirim.")
