"""`sakip skm templat|impor|hasil|buat`: the SKM answer template, its import, and a survey's result."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.audit.context import Sumber, pelaku
from sakip.core.formatting import angka
from sakip.impor.skm import BerkasSkmDitolak, buat_templat, impor_berkas
from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.skm.hasil import hasil_survei
from sakip.skm.models import Periode, Survei
from sakip.skm.services import buat_survei


class Command(BaseCommand):
    help = "Survei Kepuasan Masyarakat: templat XLSX, impor jawaban, hasil (IKM) dan membuat survei."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="aksi", required=True)
        t = sub.add_parser("templat", help="tulis templat XLSX jawaban responden")
        t.add_argument("--output", type=Path, required=True)
        for nama, bantuan in (("impor", "impor jawaban responden dari XLSX"), ("hasil", "tampilkan hasil survei"),
                              ("buat", "buat survei sebuah unit layanan")):
            p = sub.add_parser(nama, help=bantuan)
            if nama == "impor":
                p.add_argument("berkas", type=Path)
            p.add_argument("--unit", required=True)
            p.add_argument("--pemda")
            p.add_argument("--tahun", type=int, required=True)
            p.add_argument("--periode", required=True, choices=Periode.values)
            if nama == "hasil":
                p.add_argument("--json", action="store_true")
            if nama == "buat":
                p.add_argument("--populasi", type=int, required=True)
                p.add_argument("--layanan", required=True, help="jenis layanan, dipisah titik koma")
                p.add_argument("--metode", default="campuran", choices=["kertas", "daring", "campuran"])

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["aksi"] == "templat":
            buat_templat(opts["output"])
            self.stdout.write(f"Templat SKM ditulis ke {opts['output']}")
            return
        try:
            unit = unit_by_slug(opts["unit"], opts["pemda"])
        except UnitTidakDitemukan as exc:
            raise CommandError(f"Galat: {exc}") from exc
        if opts["aksi"] == "buat":
            try:
                s = buat_survei(unit, tahun=opts["tahun"], periode=opts["periode"], metode=opts["metode"],
                                jenis_layanan="\n".join(x.strip() for x in opts["layanan"].split(";")),
                                populasi=opts["populasi"])
            except ValidationError as exc:
                raise CommandError(f"Galat: {'; '.join(exc.messages)}") from exc
            self.stdout.write(f"{s} dibuat; sampel minimum {s.sampel_minimum} dari populasi {s.populasi}.")
            return
        survei = Survei.objects.filter(unit=unit, tahun=opts["tahun"], periode=opts["periode"]).select_related("unit").first()
        if survei is None:
            raise CommandError(f"Galat: {unit} belum mempunyai survei {opts['periode']} {opts['tahun']} "
                               "(buat dengan 'sakip skm buat').")
        if opts["aksi"] == "impor":
            self._impor(survei, opts["berkas"])
        else:
            self._hasil(survei, opts["json"])

    def _impor(self, survei: Survei, berkas: Path) -> None:
        if not berkas.is_file():
            raise CommandError(f"Galat: berkas {berkas} tidak ada.")
        try:
            with pelaku(None, Sumber.IMPOR), berkas.open("rb") as f:
                n = impor_berkas(f, survei)
        except BerkasSkmDitolak as exc:
            raise CommandError(f"Galat: {exc}") from exc
        self.stdout.write(f"{n} responden diimpor ke {survei}; kini {survei.responden} dari sampel minimum "
                          f"{survei.sampel_minimum}.")

    def _hasil(self, survei: Survei, as_json: bool) -> None:
        h = hasil_survei(survei)
        data = {"unit": survei.unit.slug, "tahun": survei.tahun, "periode": survei.periode,
                "responden": survei.responden,
                "nrr": {u.kode: str(u.nrr.quantize(_D4)) for u in h.unsur} if h else {},
                "ikm": str(h.ikm) if h else None, "mutu": h.mutu.value if h else None,
                "kinerja": h.kinerja if h else None}
        if as_json:
            self.stdout.write(json.dumps(data, ensure_ascii=False))
            return
        self.stdout.write(f"{survei}: {survei.responden} dari {survei.sampel_minimum} responden (sampel minimum)")
        if h is None:
            self.stdout.write("Belum ada hasil: setiap unsur perlu setidaknya satu jawaban.")
            return
        for u in h.unsur:
            self.stdout.write(f"  {u.kode}  NRR {angka(u.nrr, 4)}  ({angka(u.konversi)})  mutu {u.mutu.value} {u.kinerja}")
        self.stdout.write(f"IKM {angka(h.ikm)} — mutu {h.mutu.value} ({h.kinerja}); unsur terlemah {h.terlemah.kode}")


_D4 = Decimal("0.0001")
