"""The Laporan Hasil Evaluasi (LHE) AKIP of a PD-year and the Pemda's recap of every PD.

House style of the other documents (``docxkit``): the scores per component and sub-component,
the predikat (with the boundary rule that produced it), strengths, weaknesses and the
recommendations with their priority, deadline and follow-up status. The figures are the
evaluation's own (``sakip.evaluasi.nilai``), never recomputed here.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal
from fractions import Fraction

from docx.enum.text import WD_ALIGN_PARAGRAPH

from sakip.core import formatting as fmt
from sakip.core.lke import bulatkan
from sakip.evaluasi.models import BandPredikat, Evaluasi, Rekomendasi, StatusEvaluasi
from sakip.evaluasi.nilai import Lembar, lembar
from sakip.organisasi.models import JenisUnit, Pemda, Unit

from . import templat
from .data import blok_tanda_tangan, kepala_pada, nama_lengkap_unit, penandatangan, tempat
from .docxkit import Dokumen, Kolom, Rata, Sel
from .galat import DataKurang
from .pdf import docx_ke_pdf


def _judul(dok: Dokumen, baris: list[str]) -> None:
    for i, line in enumerate(baris):
        dok.paragraf(line, rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=13 if i == 0 else 12, setelah=0)
    dok.paragraf("", setelah=6)


def _tabel_nilai(dok: Dokumen, lb: Lembar) -> None:
    lebar = dok.lebar
    kolom = [Kolom("No", 1.2, Rata.TENGAH), Kolom("Komponen / Sub-komponen", lebar - 1.2 - 2.2 - 2.2 - 2.4),
             Kolom("Bobot", 2.2, Rata.KANAN), Kolom("Nilai", 2.2, Rata.KANAN), Kolom("Capaian (%)", 2.4, Rata.KANAN)]
    rows: list[list[Sel | str | None]] = []
    for k, nk, subs in lb.per_komponen():
        rows.append([Sel(k.kode, tebal=True), Sel(k.nama, tebal=True), Sel(fmt.angka(k.bobot), tebal=True),
                     Sel(fmt.angka(bulatkan(nk.nilai)), tebal=True),
                     Sel(fmt.angka(bulatkan(nk.nilai / Fraction(k.bobot) * 100)), tebal=True)])
        for s, ns, _rows in subs:
            rows.append([f"{k.kode}.{s.kode}", f"{s.get_perspektif_display()}: {s.uraian}", fmt.angka(s.bobot),
                         fmt.angka(bulatkan(ns.nilai)), fmt.angka(bulatkan(ns.persen))])
    rows.append([Sel("Nilai hasil evaluasi", tebal=True, lebar_kolom=2, rata=Rata.KANAN), Sel("100,00", tebal=True),
                 Sel(fmt.angka(_total(lb)), tebal=True), Sel(fmt.angka(_total(lb)), tebal=True)])
    dok.tabel(kolom, rows, ukuran=10)


def _total(lb: Lembar) -> object:
    ev = lb.evaluasi
    return ev.nilai_total if ev.final and ev.nilai_total is not None else lb.total


def _rekomendasi(dok: Dokumen, rek: list[Rekomendasi]) -> None:
    lebar = dok.lebar
    kolom = [Kolom("No", 0.9, Rata.TENGAH), Kolom("Rekomendasi", lebar - 0.9 - 2.0 - 3.4 - 3.2),
             Kolom("Prioritas", 2.0), Kolom("Batas waktu", 3.4), Kolom("Status", 3.2)]
    dok.tabel(kolom, [[str(i), r.uraian, r.get_prioritas_display(), fmt.tanggal(r.batas_waktu),
                       r.get_status_display()] for i, r in enumerate(rek, 1)], ukuran=10)


def susun_lhe(ev: Evaluasi, tanggal: date) -> Dokumen:
    """The LHE of one evaluation as a Word document."""
    lb = lembar(ev)
    unit = ev.unit
    dok = Dokumen()
    if not ev.final:
        dok.paragraf("DRAF — evaluasi belum final", rata=WD_ALIGN_PARAGRAPH.RIGHT, miring=True, ukuran=9)
    predikat = lb.predikat
    aturan = ev.aturan_predikat or lb.aturan
    templat.sisipkan(dok, "lhe_pengantar", {
        "pemda": unit.pemda.nama, "unit": unit.nama, "unit_lengkap": nama_lengkap_unit(unit), "tahun": ev.tahun,
        "nomor": ev.nomor_lhe or "", "lke": ev.template.nama, "nilai": fmt.angka(_total(lb)),
        "predikat": ev.predikat or predikat.kode, "predikat_label": predikat.label, "aturan": aturan.nama,
    }, pemda_id=unit.pemda_id)
    _tabel_nilai(dok, lb)
    dok.judul("B. Kekuatan", 2, daftar=False)
    dok.paragraf(ev.kekuatan or "-")
    dok.judul("C. Kelemahan", 2, daftar=False)
    dok.paragraf(ev.kelemahan or "-")
    rek = list(Rekomendasi.objects.filter(evaluasi=ev).order_by("urutan", "pk"))
    dok.judul("D. Rekomendasi", 2, daftar=False)
    if rek:
        _rekomendasi(dok, rek)
    else:
        dok.paragraf("Tidak ada rekomendasi.")
    dok.paragraf("", setelah=6)
    _tanda_tangan(dok, unit.pemda, ev.tanggal_final or tanggal)
    return dok


def _tanda_tangan(dok: Dokumen, pemda: Pemda, tanggal: date) -> None:
    """Signed by the Inspektur in post on the date (name, pangkat, NIP), as the Pernyataan Telah Direviu."""
    insp = (Unit.objects.filter(pemda=pemda, jenis=JenisUnit.INSPEKTORAT, induk__isnull=True).order_by("pk").first())
    jabatan = kepala_pada(insp, tanggal) if insp is not None else None
    p = penandatangan(jabatan) if jabatan is not None else None
    teks = f"INSPEKTUR {pemda.nama.upper()}"
    if p is not None:
        teks = p.jabatan_kapital if pemda.nama.upper() in p.jabatan_kapital else f"{p.jabatan_kapital} {pemda.nama.upper()}"
    baris = blok_tanda_tangan(f"{tempat(pemda)}, {fmt.tanggal(tanggal)}", teks, p)
    dok.tanda_tangan([baris], lebar_cm=8.5, kanan=True)


def render_lhe(ev: Evaluasi, fmt_: str, *, tanggal: date) -> bytes:
    """The LHE as DOCX or PDF (one layout: the PDF is the DOCX converted)."""
    if fmt_ not in ("docx", "pdf"):
        raise ValueError(f"Format {fmt_!r} tidak dikenal; pilih docx atau pdf.")
    docx = susun_lhe(ev, tanggal).simpan()
    return docx if fmt_ == "docx" else docx_ke_pdf(docx)


def susun_rekap(pemda: Pemda, tahun: int) -> Dokumen:
    """The Pemda recap: every PD's score and predikat, ranked, and the distribution by predikat."""
    evs = list(Evaluasi.objects.filter(unit__pemda=pemda, tahun=tahun, status=StatusEvaluasi.FINAL)
               .select_related("unit").order_by("-nilai_total", "unit__nama"))
    if not evs:
        raise DataKurang(f"Belum ada Evaluasi AKIP final tahun {tahun}.")
    dok = Dokumen()
    _judul(dok, ["REKAPITULASI HASIL EVALUASI AKIP PERANGKAT DAERAH", pemda.nama.upper(), f"TAHUN {tahun}"])
    rata = sum(e.nilai_total for e in evs if e.nilai_total is not None) / len(evs)
    belum = (Evaluasi.objects.filter(unit__pemda=pemda, tahun=tahun).exclude(status=StatusEvaluasi.FINAL)
             .select_related("unit").order_by("unit__nama"))
    dok.paragraf(f"Evaluasi AKIP tahun {tahun} telah final untuk {len(evs)} perangkat daerah dengan nilai rata-rata "
                 f"{fmt.angka(rata)}. Nilai tertinggi {fmt.angka(evs[0].nilai_total)} ({evs[0].unit.nama}), "
                 f"terendah {fmt.angka(evs[-1].nilai_total)} ({evs[-1].unit.nama})."
                 + (f" Belum final: {', '.join(e.unit.nama for e in belum)}." if belum else ""))
    dok.judul("A. Sebaran Predikat", 2, daftar=False)
    aturan = evs[0].aturan_predikat or evs[0].template.aturan_predikat
    sebaran = Counter(e.predikat for e in evs)
    band = list(BandPredikat.objects.filter(aturan=aturan).order_by("-peringkat"))
    kolom = [Kolom("Predikat", 2.4, Rata.TENGAH), Kolom("Keterangan", 5.0), Kolom("Rentang nilai", 4.0),
             Kolom("Jumlah PD", 2.8, Rata.KANAN), Kolom("Persentase", 2.8, Rata.KANAN)]
    rows: list[list[Sel | str | None]] = []
    for i, b in enumerate(band):
        atas = band[i - 1].bawah if i > 0 else None
        rows.append([b.kode, b.label, _rentang(b.bawah, atas, aturan.bawah_inklusif), str(sebaran[b.kode]),
                     f"{fmt.angka(bulatkan(Fraction(sebaran[b.kode] * 100, len(evs))))} %"])
    rows.append([Sel("Jumlah", tebal=True, lebar_kolom=3, rata=Rata.KANAN), Sel(str(len(evs)), tebal=True),
                 Sel("100,00 %", tebal=True)])
    dok.tabel(kolom, rows, ukuran=10)
    dok.judul("B. Peringkat Perangkat Daerah", 2, daftar=False)
    lebar = dok.lebar
    kolom = [Kolom("Peringkat", 2.0, Rata.TENGAH), Kolom("Perangkat Daerah", lebar - 2.0 - 2.6 - 2.4),
             Kolom("Nilai", 2.6, Rata.KANAN), Kolom("Predikat", 2.4, Rata.TENGAH)]
    dok.tabel(kolom, [[str(i), e.unit.nama, fmt.angka(e.nilai_total), e.predikat] for i, e in enumerate(evs, 1)],
              ukuran=10)
    dok.paragraf("", setelah=6)
    _tanda_tangan(dok, pemda, max(e.tanggal_final or date(tahun, 12, 31) for e in evs))
    return dok


def _rentang(bawah: Decimal | None, atas: Decimal | None, inklusif: bool) -> str:
    """'> 80,00 s.d. 90,00' (lower bound exclusive) or '≥ 80,00 s.d. < 90,00' (inclusive), as the rule says."""
    if bawah is None:
        return f"≤ {fmt.angka(atas)}" if not inklusif else f"< {fmt.angka(atas)}"
    awal = f"≥ {fmt.angka(bawah)}" if inklusif else f"> {fmt.angka(bawah)}"
    if atas is None:
        return f"{awal} s.d. 100,00"
    return f"{awal} s.d. {'< ' if inklusif else ''}{fmt.angka(atas)}"
