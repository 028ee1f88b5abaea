"""`sakip belum-mengisi --tahun YEAR [--triwulan N] [--pemda SLUG] [--json]`: who has not entered a triwulan.

The list Bagian Organisasi follows up, worst first (sakip.pemantauan.services.belum_mengisi):
per PD the PK indicators and sub kegiatan without realisasi for the triwulan, its approval
status and its operators. Read-only.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from sakip.core.waktu import ROMAWI, triwulan_berjalan
from sakip.organisasi.commands import Galat
from sakip.organisasi.models import Pemda
from sakip.pemantauan.services import BelumMengisi, belum_mengisi


def as_dict(d: BelumMengisi) -> dict[str, object]:
    """The list as JSON-ready data (slugs, counts, names; no formatting)."""
    return {
        "pemda": d.pemda.slug, "tahun": d.tahun, "triwulan": d.triwulan,
        "perangkat_daerah": [{
            "slug": b.unit.slug, "nama": b.unit.nama, "lengkap": b.lengkap, "tanpa_pk_dan_dpa": b.tanpa_data,
            "indikator_wajib": b.indikator_wajib, "indikator_belum": [i.nama for i in b.indikator_belum],
            "sub_kegiatan": b.sub_kegiatan, "sub_kegiatan_belum": b.sub_kegiatan_belum,
            "status": b.status.value, "operator": [u.username for u in b.operator],
        } for b in d.baris],
    }


class Command(BaseCommand):
    help = "Menampilkan perangkat daerah yang belum mengisi realisasi satu triwulan (yang paling tertinggal dahulu)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--tahun", required=True, type=int, help="tahun, mis. 2025")
        parser.add_argument("--triwulan", type=int, choices=[1, 2, 3, 4],
                            help="triwulan 1-4 (bawaan: triwulan yang sedang berjalan menurut tanggal)")
        parser.add_argument("--pemda", help="slug Pemda bila basis data berisi lebih dari satu Pemda")
        parser.add_argument("--json", action="store_true", help="keluaran JSON ke stdout")

    def handle(self, *args: Any, **opts: Any) -> None:
        pemda = self._pemda(opts.get("pemda"))
        tw = opts["triwulan"] or triwulan_berjalan(opts["tahun"], timezone.localdate())
        data = belum_mengisi(pemda, opts["tahun"], tw)
        if opts["json"]:
            self.stdout.write(json.dumps(as_dict(data), ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"{pemda.nama} — belum mengisi realisasi Triwulan {ROMAWI[tw]} {opts['tahun']}: "
                          f"{len(data.belum)} dari {len(data.baris)} perangkat daerah belum lengkap")
        for b in data.baris:
            if b.lengkap:
                continue
            keadaan = ("belum ada PK maupun DPA" if b.tanpa_data else
                       f"indikator {b.jumlah_indikator_belum}/{b.indikator_wajib}, "
                       f"sub kegiatan {b.jumlah_sub_kegiatan_belum}/{b.sub_kegiatan}")
            operator = ", ".join(u.username for u in b.operator) or "belum ada operator"
            self.stdout.write(f"- {b.unit.nama}: {keadaan}; status {b.label_status}; operator: {operator}")
        self.stdout.write(f"{data.jumlah_lengkap} perangkat daerah sudah lengkap.")

    def _pemda(self, slug: str | None) -> Pemda:
        qs = Pemda.objects.order_by("slug")
        if slug:
            found = qs.filter(slug=slug).first()
            if found is None:
                raise Galat(f"Pemda '{slug}' tidak ditemukan.")
            return found
        pemdas = list(qs[:2])
        if not pemdas:
            raise Galat("Basis data belum berisi Pemda; jalankan 'sakip demo --no-serve'.")
        if len(pemdas) > 1:
            raise Galat("Basis data berisi lebih dari satu Pemda; sebutkan --pemda.")
        return pemdas[0]
