"""BAB IV Penutup: a conclusion generated from the figures, then the unit's own words."""

from __future__ import annotations

from sakip.core import formatting as fmt
from sakip.realisasi.models import JenisNarasi

from .umum import Konteks


def tulis(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    h = data.hasil
    pk = data.pk_terakhir
    r = pk.hasil.utama
    d.mulai_bab("IV", "PENUTUP")
    d.mulai_subbab("1", "Kesimpulan")
    d.paragraf(
        f"Dari {r.jumlah} indikator sasaran strategis {pk.judul} {data.nama} Tahun {data.tahun}, "
        f"{r.di_atas_100} indikator melampaui target, {r.sama_dengan_100} indikator tepat mencapai target, "
        f"{r.di_bawah_100} indikator belum mencapai target dan {r.tidak_terukur} indikator tidak dapat diukur, "
        f"dengan rata-rata capaian sebesar {fmt.persen(r.rata_rata_capaian)}. Dari pagu anggaran sebesar "
        f"{fmt.rupiah(h.anggaran.pagu)}, realisasi anggaran sampai dengan akhir tahun {data.tahun} sebesar "
        f"{fmt.rupiah(h.anggaran.realisasi)} atau {fmt.persen(h.anggaran.persen)}"
        + (f", sehingga efisiensi penggunaan sumber daya sebesar {fmt.persen(h.efisiensi)}."
           if h.efisiensi is not None else ".")
    )
    d.teks(data.narasi[JenisNarasi.KESIMPULAN])
    d.mulai_subbab("2", "Upaya Perbaikan Kinerja")
    d.teks(data.narasi[JenisNarasi.UPAYA_PERBAIKAN])
    tl = data.narasi.get(JenisNarasi.TINDAK_LANJUT_SAKIP, "").strip()
    if tl:
        d.paragraf("Tindak lanjut rekomendasi hasil evaluasi SAKIP:", tebal=True, lekat=True)
        d.teks(tl)
