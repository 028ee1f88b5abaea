"""`sakip pengingat-rekomendasi [--pemda SLUG] [--tanggal YYYY-MM-DD] [--dry-run]`: for cron, the reminders
of LHE recommendations past their deadline (once per user per overdue state, see evaluasi.pengingat)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils import timezone

from sakip.evaluasi.pengingat import kirim_pengingat_rekomendasi, rekomendasi_lewat
from sakip.organisasi.commands import Galat
from sakip.organisasi.models import Pemda


class Command(BaseCommand):
    help = ("Kirim notifikasi (dan surel) kepada operator dan Kepala PD atas rekomendasi LHE yang melewati batas "
            "waktu dan belum tuntas; aman dijalankan berulang: satu keadaan terlambat diingatkan sekali per "
            "pengguna.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--pemda", help="slug Pemda (bawaan: setiap Pemda)")
        parser.add_argument("--tanggal", help="hari ini menurut perintah ini, YYYY-MM-DD (untuk uji coba)")
        parser.add_argument("--dry-run", action="store_true", help="hanya tampilkan rekomendasi yang terlambat")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            hari_ini = date.fromisoformat(opts["tanggal"]) if opts["tanggal"] else timezone.localdate()
        except ValueError:
            raise Galat(f"tanggal '{opts['tanggal']}' tidak sah; tulis seperti 2026-04-10.") from None
        pemdas = Pemda.objects.order_by("slug")
        if opts["pemda"]:
            pemdas = pemdas.filter(slug=opts["pemda"])
            if not pemdas.exists():
                raise Galat(f"Pemda '{opts['pemda']}' tidak ditemukan.")
        jumlah = 0
        for pemda in pemdas:
            lewat = rekomendasi_lewat(pemda, hari_ini)
            if opts["dry_run"]:
                for r in lewat:
                    self.stdout.write(f"{r.unit.slug}: {r.uraian[:70]} (batas {r.batas_waktu.isoformat()}, "
                                      f"{r.get_status_display().lower()})")
                self.stdout.write(f"{pemda.nama}: {len(lewat)} rekomendasi terlambat (tidak ada yang dikirim).")
                continue
            with transaction.atomic():
                n = len(kirim_pengingat_rekomendasi(pemda, hari_ini))
            jumlah += n
            self.stdout.write(f"{pemda.nama}: {len(lewat)} rekomendasi terlambat, {n} pengingat dikirim.")
        if not opts["dry_run"]:
            self.stdout.write(f"{jumlah} pengingat dikirim.")
