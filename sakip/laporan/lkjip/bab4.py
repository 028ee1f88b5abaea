"""BAB IV Penutup: a conclusion generated from the figures, then the unit's own words."""

from __future__ import annotations

from sakip.core import formatting as fmt
from sakip.evaluasi.nilai import rekomendasi_unit
from sakip.realisasi.models import JenisNarasi

from .. import templat
from ..data_pemda import DataLaporanPemda
from ..docxkit import Kolom, Rata
from .umum import Konteks


def tulis(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    h = data.hasil
    pk = data.pk_terakhir
    r = pk.hasil.utama
    d.mulai_bab("IV", "PENUTUP")
    d.mulai_subbab("1", "Kesimpulan")
    templat.sisipkan(d, "lkjip_penutup", {
        "pemda": data.pemda.nama, "unit": data.nama, "tahun": data.tahun, "judul_pk": pk.judul,
        "jumlah": r.jumlah, "melampaui": r.di_atas_100, "tepat": r.sama_dengan_100, "belum": r.di_bawah_100,
        "tidak_terukur": r.tidak_terukur, "rata_rata": fmt.persen(r.rata_rata_capaian),
        "pagu": fmt.rupiah(h.anggaran.pagu), "realisasi_anggaran": fmt.rupiah(h.anggaran.realisasi),
        "persen_anggaran": fmt.persen(h.anggaran.persen),
        "efisiensi": fmt.persen(h.efisiensi) if h.efisiensi is not None else "",
    }, pemda_id=data.pemda.pk)
    d.teks(data.narasi[JenisNarasi.KESIMPULAN])
    d.mulai_subbab("2", "Upaya Perbaikan Kinerja")
    d.teks(data.narasi[JenisNarasi.UPAYA_PERBAIKAN])
    tl = data.narasi.get(JenisNarasi.TINDAK_LANJUT_SAKIP, "").strip()
    if tl:
        d.paragraf("Tindak lanjut rekomendasi hasil evaluasi SAKIP:", tebal=True, lekat=True)
        d.teks(tl)
    _rekomendasi_tahun_lalu(ctx)


def _rekomendasi_tahun_lalu(ctx: Konteks) -> None:
    """Last year's LHE recommendations and their verified status, from the Evaluasi AKIP records."""
    data = ctx.data
    rek = rekomendasi_unit(data.unit, data.tahun - 1)
    if not rek:
        return
    d = ctx.dok
    d.paragraf(f"Status tindak lanjut rekomendasi Laporan Hasil Evaluasi AKIP tahun {data.tahun - 1}:", tebal=True,
               lekat=True)
    lebar = d.lebar
    kolom = [Kolom("No", 0.9, Rata.TENGAH), Kolom("Rekomendasi", lebar - 0.9 - 3.2 - 3.4),
             Kolom("Batas waktu", 3.2), Kolom("Status", 3.4)]
    d.tabel(kolom, [[str(i), r.uraian, fmt.tanggal(r.batas_waktu), r.get_status_display()]
                    for i, r in enumerate(rek, 1)], ukuran=10)


def tulis_pemda(ctx: Konteks) -> None:
    """The Pemda's conclusion: IKU, the PDs and the whole budget, then its own words when written."""
    d, data = ctx.dok, ctx.data
    assert isinstance(data, DataLaporanPemda)  # noqa: S101  # the Pemda's document only
    k = data.pk_terakhir
    r = k.hasil.utama
    a = data.anggaran
    d.mulai_bab("IV", "PENUTUP")
    d.mulai_subbab("1", "Kesimpulan")
    templat.sisipkan(d, "lkjip_pemda_penutup", {
        "pemda": data.pemda.nama, "unit": data.nama, "tahun": data.tahun, "judul_pk": k.judul,
        "jumlah": r.jumlah, "melampaui": r.di_atas_100, "tepat": r.sama_dengan_100, "belum": r.di_bawah_100,
        "tidak_terukur": r.tidak_terukur, "rata_rata": fmt.persen(r.rata_rata_capaian), "jumlah_pd": len(data.pd),
        "rata_rata_pd": fmt.persen(data.rata_rata_pd), "pagu": fmt.rupiah(a.pagu),
        "realisasi_anggaran": fmt.rupiah(a.realisasi), "persen_anggaran": fmt.persen(a.persen),
        "efisiensi": fmt.persen(data.efisiensi) if data.efisiensi is not None else "",
    }, pemda_id=data.pemda.pk)
    teks = data.narasi.get(JenisNarasi.KESIMPULAN, "").strip()
    if teks:
        d.teks(teks)
    d.mulai_subbab("2", "Upaya Perbaikan Kinerja")
    teks = data.narasi.get(JenisNarasi.UPAYA_PERBAIKAN, "").strip()
    if teks:
        d.teks(teks)
    else:
        d.paragraf("Indikator yang belum mencapai target dan perangkat daerah dengan capaian kinerja atau serapan "
                   "anggaran rendah menjadi prioritas pembinaan dan evaluasi pada tahun berikutnya, melalui "
                   "pemantauan realisasi per triwulan dan evaluasi akuntabilitas kinerja perangkat daerah.")
