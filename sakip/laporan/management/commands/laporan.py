"""`sakip laporan lkjip|pk|e81 ...`: the documents of a PD-year written to files.

    sakip laporan lkjip --pd SLUG --tahun YEAR --format docx|pdf --output FILE
    sakip laporan lkjip --all --tahun YEAR --format docx|pdf --output DIR [--jobs N]
    sakip laporan pk --pd SLUG --tahun YEAR --versi awal|perubahan --format docx|pdf --output FILE
    sakip laporan e81 --pd SLUG --tahun YEAR --output FILE.xlsx
    sakip laporan lhe --pd SLUG --tahun YEAR --format docx|pdf --output FILE
    sakip laporan rekap-lhe --pemda SLUG --tahun YEAR --format docx|pdf --output FILE
    sakip laporan kke --pd SLUG --tahun YEAR --output FILE.xlsx

With ``--antrean`` the documents are built by `sakip worker` processes (sakip/laporan/antrean.py,
on any machine) and this command waits for them; without it they are built here (``--all`` in
parallel processes of this machine).
Errors a user can cause print one line starting with 'Galat' and write nothing.
Modules are imported when a subcommand needs them (python-docx, matplotlib, openpyxl, LibreOffice
helpers), so the command starts in well under half a second.
"""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.core.management.base import BaseCommand, CommandParser, OutputWrapper
from django.utils import timezone

from sakip.laporan.berkas import TidakDapatMenulis, tulis_atomik
from sakip.laporan.galat import DataKurang, KonversiGagal
from sakip.organisasi.akses import UnitTidakDitemukan, unit_by_slug
from sakip.organisasi.commands import Galat
from sakip.organisasi.models import Pemda, Unit
from sakip.perjanjian.models import PerjanjianKinerja, Versi

if TYPE_CHECKING:
    from sakip.laporan.antrean import Permintaan


class _TanpaAkhiran:
    """Django's stderr wrapper without its automatic newline, for a bar redrawn in place."""

    def __init__(self, out: OutputWrapper) -> None:
        self.out = out

    def write(self, text: str) -> None:
        self.out.write(text, ending="")

    def flush(self) -> None:
        self.out.flush()

    def isatty(self) -> bool:
        return self.out.isatty()


def _tanggal(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Galat(f"Tanggal '{text}' tidak sah; tulis sebagai TTTT-BB-HH, mis. 2026-01-30.") from None


class Command(BaseCommand):
    help = "Membuat dokumen LKjIP, Perjanjian Kinerja, Formulir E-81, LHE, rekap LHE atau KKE dari data."
    # The system checks import every URL, view and API module (~1 s); `sakip check` runs them.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="dokumen", required=True, metavar="{lkjip,pk,e81,lhe,rekap-lhe,kke}")

        def umum(p: CommandParser, *, pd_wajib: bool = True) -> None:
            p.add_argument("--pd", required=pd_wajib, help="slug perangkat daerah, mis. kecamatan-mojosari")
            p.add_argument("--pemda", help="slug Pemda bila slug PD ada di lebih dari satu Pemda")
            p.add_argument("--tahun", required=True, type=int, help="tahun laporan, mis. 2025")
            p.add_argument("--output", required=True, help="berkas keluaran (folder untuk --all)")
            p.add_argument("--antrean", action="store_true",
                           help="dibuat oleh 'sakip worker' lewat antrean Redis; perintah ini menunggu hasilnya")

        lk = sub.add_parser("lkjip", help="Laporan Kinerja Instansi Pemerintah (DOCX atau PDF)")
        umum(lk, pd_wajib=False)
        lk.add_argument("--all", action="store_true", help="LKjIP setiap unit yang menandatangani PK tahun itu")
        lk.add_argument("--format", choices=["docx", "pdf"], required=True)
        lk.add_argument("--tanggal", help="tanggal dokumen TTTT-BB-HH (bawaan: hari ini)")
        lk.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                        help="jumlah proses pekerja untuk --all (bawaan: 2)")
        lk.add_argument("--nomor-halaman", action="store_true",
                        help="DOCX: tulis nomor halaman daftar isi hasil tata letak LibreOffice ke dalam berkas")

        pk = sub.add_parser("pk", help="dokumen Perjanjian Kinerja (DOCX atau PDF)")
        umum(pk)
        pk.add_argument("--versi", choices=["awal", "perubahan"], required=True)
        pk.add_argument("--format", choices=["docx", "pdf"], required=True)

        e81 = sub.add_parser("e81", help="Formulir E-81 evaluasi hasil Renja (XLSX)")
        umum(e81)
        e81.add_argument("--tanggal", help="tanggal dokumen TTTT-BB-HH (bawaan: hari ini)")

        lhe = sub.add_parser("lhe", help="Laporan Hasil Evaluasi AKIP (DOCX atau PDF)")
        umum(lhe)
        lhe.add_argument("--format", choices=["docx", "pdf"], required=True)

        rekap = sub.add_parser("rekap-lhe", help="rekapitulasi hasil Evaluasi AKIP semua PD (DOCX atau PDF)")
        rekap.add_argument("--pemda", required=True, help="slug Pemda")
        rekap.add_argument("--tahun", required=True, type=int, help="tahun yang dievaluasi, mis. 2025")
        rekap.add_argument("--output", required=True, help="berkas keluaran")
        rekap.add_argument("--format", choices=["docx", "pdf"], required=True)

        kke = sub.add_parser("kke", help="Kertas Kerja Evaluasi AKIP: jawaban setiap tahap, bukti, persetujuan (XLSX)")
        umum(kke)

    def handle(self, *args: Any, **opts: Any) -> None:
        from sakip.laporan.antrean import AntreanTidakTersedia

        try:
            getattr(self, f"_{opts['dokumen'].replace('-', '_')}")(opts)
        except (UnitTidakDitemukan, DataKurang, KonversiGagal, TidakDapatMenulis, AntreanTidakTersedia) as exc:
            raise Galat(str(exc)) from exc

    def _unit(self, opts: dict[str, Any]) -> Unit:
        return unit_by_slug(opts["pd"], opts.get("pemda"))

    def _tulis(self, output: str, isi: bytes) -> None:
        path = Path(output)
        tulis_atomik(path, isi)
        self.stderr.write(f"Ditulis: {path} ({len(isi):,} bita)".replace(",", "."))

    def _lkjip(self, opts: dict[str, Any]) -> None:
        tanggal = _tanggal(opts["tanggal"]) if opts.get("tanggal") else timezone.localdate()
        if opts["all"]:
            if opts.get("pd"):
                raise Galat("Pilih salah satu: --pd untuk satu PD atau --all untuk semua.")
            self._semua(opts, tanggal)
            return
        if not opts.get("pd"):
            raise Galat("Sebutkan --pd SLUG, atau --all untuk LKjIP semua PD.")
        unit = self._unit(opts)
        from sakip.laporan.api import temuan_draf

        terbuka = temuan_draf(unit, opts["tahun"])  # the data reviu runs first: open errors make a draft
        if terbuka:
            self.stderr.write(f"DRAF — {len(terbuka)} temuan reviu bertingkat galat belum diselesaikan atau "
                              f"dijelaskan pada Kertas Kerja Reviu:")
            for b in terbuka:
                self.stderr.write(f"  - {b.judul}: {b.objek}")
        if opts["antrean"]:
            self._lewat_antrean([self._permintaan("lkjip", unit, opts, tanggal)], [Path(opts["output"])])
            return
        from sakip.laporan import pdf
        from sakip.laporan.api import render_lkjip

        # A warm LibreOffice (started by the console script before Django, else now) gets ready
        # while the DOCX is built: the two overlap.
        hangat = None
        if opts["format"] == "pdf":
            hangat = pdf.ambil_dini() or pdf.LibreOfficeHangat().mulai(jembatan=True)
        pdf.pakai_hangat(hangat)
        try:
            isi = render_lkjip(unit, opts["tahun"], opts["format"], tanggal=tanggal,
                               nomor_halaman=opts["nomor_halaman"], draf=len(terbuka))
        finally:
            pdf.pakai_hangat(None)
            if hangat is not None:
                hangat.berhenti()
        self._tulis(opts["output"], isi)

    @staticmethod
    def _permintaan(jenis: str, unit: Unit, opts: dict[str, Any], tanggal: date | None,
                    **lain: Any) -> Permintaan:
        from sakip.laporan.antrean import Permintaan

        return Permintaan(jenis, unit.pk, opts["tahun"], opts.get("format") or "xlsx",
                          tanggal.isoformat() if tanggal else None, **lain)

    def _lewat_antrean(self, permintaan: list[Permintaan], tujuan: list[Path], *,
                       label: list[str] | None = None) -> None:
        """Queue the documents, wait for the workers, write each file; failures are listed at the end."""
        from sakip.laporan import antrean
        from sakip.laporan.batch import Progres

        ids = [antrean.kirim(p) for p in permintaan]
        self.stderr.write(f"{len(ids)} dokumen masuk antrean '{antrean.antrean().name}'; menunggu pekerja "
                          "('sakip worker')…")
        progres = Progres(len(ids), _TanpaAkhiran(self.stderr))
        sisa = dict(enumerate(ids))
        gagal: list[str] = []
        pekerja: set[str] = set()
        try:
            while sisa:
                urut = list(sisa)
                for i, st in zip(urut, antrean.status_banyak([sisa[i] for i in urut]), strict=True):
                    if st is None:
                        gagal.append(f"{tujuan[i].name}: pekerjaan hilang dari antrean")
                    elif not st.selesai:
                        continue
                    elif st.galat:
                        gagal.append(f"{tujuan[i].name}: {st.galat}")
                    else:
                        pekerja.add(st.pekerja or "?")
                        tulis_atomik(tujuan[i], antrean.ambil_berkas(st))
                        antrean.hapus_berkas(st)
                    del sisa[i]
                    progres.maju(label[i] if label else tujuan[i].name)
                if sisa:
                    time.sleep(0.5)  # each poll reads every waiting job: not too often
        except KeyboardInterrupt:
            antrean.batalkan(list(sisa.values()))
            raise
        if gagal:
            raise Galat(f"{len(gagal)} dokumen gagal: " + "; ".join(gagal))
        if len(tujuan) == 1:
            self.stderr.write(f"Ditulis: {tujuan[0]} ({tujuan[0].stat().st_size:,} bita)".replace(",", "."))
        else:
            self.stderr.write(f"{len(tujuan)} dokumen ditulis ke {tujuan[0].parent} oleh {len(pekerja)} pekerja.")

    def _semua(self, opts: dict[str, Any], tanggal: date) -> None:
        folder = Path(opts["output"])
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise Galat(f"Folder {folder} tidak dapat dibuat: {exc.strerror or exc}.") from exc
        if not os.access(folder, os.W_OK):
            raise Galat(f"Folder {folder} tidak dapat ditulisi.")
        from sakip.laporan.batch import Progres, buat_semua, nama_berkas, unit_dengan_pk

        units = unit_dengan_pk(opts["tahun"], opts.get("pemda"))
        if not units:
            raise Galat(f"Tidak ada unit yang menandatangani Perjanjian Kinerja tahun {opts['tahun']}.")
        if opts["antrean"]:
            self._lewat_antrean([self._permintaan("lkjip", u, opts, tanggal) for u in units],
                                [folder / nama_berkas(u, opts["tahun"], opts["format"]) for u in units],
                                label=[u.slug for u in units])
            return
        progres = Progres(len(units), _TanpaAkhiran(self.stderr))
        hasil = buat_semua(units, opts["tahun"], opts["format"], folder, tanggal,
                           jobs=max(1, opts["jobs"]), progres=progres.maju)
        gagal = [h for h in hasil if h.galat]
        self.stderr.write(f"{len(hasil) - len(gagal)} dari {len(hasil)} LKjIP ditulis ke {folder} "
                          f"dalam {sum(h.detik for h in hasil):.0f} detik kerja.")
        if gagal:
            raise Galat(f"{len(gagal)} LKjIP gagal: " + "; ".join(f"{h.slug}: {h.galat}" for h in gagal))

    def _lhe(self, opts: dict[str, Any]) -> None:
        from sakip.evaluasi.models import Evaluasi
        from sakip.laporan.lhe import render_lhe

        unit = self._unit(opts)
        ev = Evaluasi.objects.filter(unit=unit, tahun=opts["tahun"]).select_related("unit", "template").first()
        if ev is None:
            raise Galat(f"Belum ada Evaluasi AKIP {unit.nama} tahun {opts['tahun']}.")
        self._tulis(opts["output"], render_lhe(ev, opts["format"], tanggal=timezone.localdate()))

    def _kke(self, opts: dict[str, Any]) -> None:
        from sakip.evaluasi.models import Evaluasi
        from sakip.laporan.kke import render_kke

        unit = self._unit(opts)
        ev = Evaluasi.objects.filter(unit=unit, tahun=opts["tahun"]).select_related("unit", "template").first()
        if ev is None:
            raise Galat(f"Belum ada Evaluasi AKIP {unit.nama} tahun {opts['tahun']}.")
        self._tulis(opts["output"], render_kke(ev, hari_ini=timezone.localdate()))

    def _rekap_lhe(self, opts: dict[str, Any]) -> None:
        from sakip.laporan.lhe import susun_rekap
        from sakip.laporan.pdf import docx_ke_pdf

        pemda = Pemda.objects.filter(slug=opts["pemda"]).first()
        if pemda is None:
            raise Galat(f"Pemda '{opts['pemda']}' tidak ditemukan.")
        docx = susun_rekap(pemda, opts["tahun"]).simpan()
        self._tulis(opts["output"], docx if opts["format"] == "docx" else docx_ke_pdf(docx))

    def _pk(self, opts: dict[str, Any]) -> None:
        unit = self._unit(opts)
        versi = Versi.AWAL if opts["versi"] == "awal" else Versi.PERUBAHAN
        pk = (PerjanjianKinerja.objects.filter(unit=unit, tahun=opts["tahun"], versi=versi)
              .order_by("-nomor_perubahan").first())
        if pk is None:
            label = "Perjanjian Kinerja" if versi == Versi.AWAL else "Perjanjian Kinerja Perubahan"
            raise Galat(f"{label} {unit.nama} tahun {opts['tahun']} belum ada; buat di menu Admin › "
                        "Perjanjian Kinerja › Perjanjian kinerja.")
        if opts["antrean"]:
            self._lewat_antrean([self._permintaan("pk", unit, opts, None, perjanjian_id=pk.pk)],
                                [Path(opts["output"])])
            return
        from sakip.laporan.api import render_pk

        self._tulis(opts["output"], render_pk(pk, opts["format"]))

    def _e81(self, opts: dict[str, Any]) -> None:
        unit = self._unit(opts)
        tanggal = _tanggal(opts["tanggal"]) if opts.get("tanggal") else timezone.localdate()
        if opts["antrean"]:
            self._lewat_antrean([self._permintaan("e81", unit, opts, tanggal)], [Path(opts["output"])])
            return
        from sakip.laporan.api import render_e81

        self._tulis(opts["output"], render_e81(unit, opts["tahun"], tanggal=tanggal))
