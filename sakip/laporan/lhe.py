"""The Laporan Hasil Evaluasi (LHE) AKIP of a PD-year and the Pemda's recap of every PD.

House style of the other documents (``docxkit``): the scores per component and sub-component,
the predikat (with the boundary rule that produced it), strengths, weaknesses and the
recommendations with their priority, deadline and follow-up status. The figures are the
evaluation's own (``sakip.evaluasi.nilai``), never recomputed here.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from fractions import Fraction

from docx.enum.text import WD_ALIGN_PARAGRAPH

from sakip.core import formatting as fmt
from sakip.core.lke import bulatkan
from sakip.evaluasi.models import Evaluasi, Rekomendasi, StatusEvaluasi
from sakip.evaluasi.nilai import Lembar, lembar
from sakip.organisasi.models import Pemda

from . import templat
from .data import nama_lengkap_unit, tempat
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
                 Sel(fmt.angka(_total(lb)), tebal=True), ""])
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
    dok.tanda_tangan([[f"{tempat(unit.pemda)}, {fmt.tanggal(ev.tanggal_final or tanggal)}", "Inspektur", "", "",
                       "Inspektorat"]], lebar_cm=8.5, kanan=True)
    return dok


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
    sebaran = Counter(e.predikat for e in evs)
    kolom = [Kolom("Predikat", 3.0), Kolom("Jumlah PD", 3.0, Rata.KANAN)]
    dok.tabel(kolom, [[p, str(sebaran[p])] for p in ("AA", "A", "BB", "B", "CC", "C", "D") if sebaran[p]], ukuran=10)
    rata = sum(e.nilai_total for e in evs if e.nilai_total is not None) / len(evs)
    dok.paragraf(f"Rata-rata nilai {len(evs)} perangkat daerah: {fmt.angka(rata)}.")
    lebar = dok.lebar
    kolom = [Kolom("Peringkat", 2.0, Rata.TENGAH), Kolom("Perangkat Daerah", lebar - 2.0 - 2.6 - 2.4),
             Kolom("Nilai", 2.6, Rata.KANAN), Kolom("Predikat", 2.4, Rata.TENGAH)]
    dok.tabel(kolom, [[str(i), e.unit.nama, fmt.angka(e.nilai_total), e.predikat] for i, e in enumerate(evs, 1)],
              ukuran=10)
    return dok
