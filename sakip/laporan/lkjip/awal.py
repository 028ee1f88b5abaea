"""Cover, Kata Pengantar, Ikhtisar Eksekutif and the Daftar Isi / Tabel / Gambar."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH

from sakip.core import formatting as fmt
from sakip.core.measurement import Kelompok
from sakip.core.narasi import daftar_ringkasan, kalimat_anggaran, kalimat_efisiensi
from sakip.core.summary import ringkas

from .. import templat
from ..data_pemda import DataLaporanPemda
from ..docxkit import Kolom, Rata
from ..pk import orang
from .umum import KolomIsi, Konteks, capaian, judul_pk, kategori, realisasi, tabel_indikator, target


def sampul(ctx: Konteks) -> None:
    """The cover page, a section without a page number; numbering starts on the next page."""
    d, data = ctx.dok, ctx.data
    pemda_id = data.pemda.pk
    templat.sisipkan(d, "lkjip_sampul", {
        "pemda": data.pemda.nama, "unit": data.unit.nama, "induk": data.unit.induk.nama if data.unit.induk_id else "",
        "tahun": data.tahun, "tanggal": fmt.tanggal(data.tanggal), "bulan_tahun": fmt.tanggal_bulan(data.tanggal),
        "logo": templat.konteks_logo(d, pemda_id),
    }, pemda_id=pemda_id)
    d.nomor_halaman(d.bagian_baru(), mulai=1, romawi=True)  # i, ii, iii until BAB I


def kata_pengantar(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    d.judul("KATA PENGANTAR")
    k = data.kepala
    templat.sisipkan(d, "lkjip_kata_pengantar", {
        "pemda": data.pemda.nama, "unit": data.nama, "tahun": data.tahun, "tempat": data.tempat,
        "tanggal": fmt.tanggal(data.tanggal), "kepala": orang(k)}, pemda_id=data.pemda.pk)
    d.tanda_tangan([[f"{data.tempat}, {fmt.tanggal(data.tanggal)}", k.jabatan_kapital, "", k.nama,
                     *([k.pangkat] if k.pangkat else []), *([f"NIP {k.nip}"] if k.nip else [])]],
                   lebar_cm=8.5, kanan=True)


def ikhtisar(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    tahun = data.tahun
    d.judul("IKHTISAR EKSEKUTIF")
    d.paragraf(f"Laporan Kinerja {data.nama} {data.pemda.nama} Tahun {tahun} menyajikan capaian kinerja atas "
               f"Perjanjian Kinerja {data.nama} Tahun {tahun}.")
    pks = data.pk
    if len(pks) == 1:
        pk = pks[0]
        d.paragraf(f"Pada tahun {tahun}, {data.nama} menyusun 1 Perjanjian Kinerja yang ditandatangani pada "
                   f"{fmt.tanggal(pk.model.tanggal)} sesuai dokumen perencanaan periode {pk.periode.nama}.")
    else:
        bagian = [f"{pk.judul} yang ditandatangani pada {fmt.tanggal(pk.model.tanggal)} sesuai dokumen "
                  f"perencanaan periode {pk.periode.nama}" for pk in pks]
        d.paragraf(f"Pada tahun {tahun}, {data.nama} menyusun {len(pks)} Perjanjian Kinerja, yaitu "
                   + "; ".join(bagian[:-1]) + f"; dan {bagian[-1]}.")
    for pk in pks:
        n_utama, n_lain = len(pk.utama), len(pk.lainnya)
        teks = (f"{pk.judul} Tahun {tahun} memiliki {pk.jumlah_sasaran(Kelompok.UTAMA)} sasaran strategis dengan "
                f"{n_utama} indikator kinerja dan {n_utama} target kinerja yang harus dicapai")
        if n_lain:
            teks += (f", serta {pk.jumlah_sasaran(Kelompok.LAINNYA)} kinerja lainnya dengan {n_lain} indikator "
                     "kinerja")
        d.paragraf(teks + ".")
    for pk in pks:
        d.paragraf(f"Dari hasil pengukuran realisasi {pk.judul} Tahun {tahun} sesuai dokumen perencanaan periode "
                   f"{pk.periode.nama}, capaian indikator sasaran strategis dapat disimpulkan sebagai berikut:",
                   lekat=True)
        d.daftar_butir(daftar_ringkasan(pk.hasil.utama))
        if pk.lainnya:
            r = ringkas(b.hasil.capaian for b in pk.lainnya)
            d.paragraf(f"Selain itu, dari {r.jumlah} indikator kinerja lainnya, {r.di_atas_100} indikator "
                       f"capaiannya di atas 100%, {r.sama_dengan_100} tepat 100%, {r.di_bawah_100} di bawah 100% "
                       f"dan {r.tidak_terukur} tidak dapat diukur.")
    d.paragraf("Rincian realisasi masing-masing indikator kinerja pada setiap sasaran yang diperjanjikan dapat "
               "dilihat pada tabel-tabel berikut.", lekat=True)
    kolom = [KolomIsi(Kolom("Target", 1.7, Rata.KANAN), target),
             KolomIsi(Kolom("Realisasi", 1.7, Rata.KANAN), realisasi),
             KolomIsi(Kolom("Capaian", 1.8, Rata.KANAN), lambda b: capaian(b.hasil.capaian)),
             KolomIsi(Kolom("Kategori", 2.2), kategori)]
    for i, pk in enumerate(pks, start=1):
        d.paragraf(f"{i}. Capaian {judul_pk(pk, tahun)}", tebal=True, lekat=True, rata=WD_ALIGN_PARAGRAPH.LEFT)
        tabel_indikator(d, pk, kolom, lebar_sasaran=3.6, lebar_indikator=4.8)
    h = data.hasil
    terakhir = data.pk_terakhir
    d.paragraf(f"Rata-rata capaian indikator sasaran strategis {terakhir.judul} Tahun {tahun} sebesar "
               f"{fmt.persen(terakhir.hasil.utama.rata_rata_capaian)}.")
    d.paragraf(kalimat_anggaran(data.nama, tahun, h.anggaran.pagu, h.anggaran.realisasi, h.anggaran.persen))
    d.paragraf(kalimat_efisiensi(data.nama, tahun, h.capaian_kinerja, h.anggaran.persen, h.efisiensi))
    d.paragraf(f"Capaian kinerja {data.nama} diharapkan dapat terus meningkat dari tahun ke tahun. Untuk itu, "
               "diperlukan upaya bersama seluruh jajaran untuk mewujudkan harapan tersebut.")


def daftar(ctx: Konteks) -> None:
    d = ctx.dok
    d.judul("DAFTAR ISI")
    d.tempat_daftar("judul")
    d.judul("DAFTAR TABEL")
    d.tempat_daftar("tabel")
    d.judul("DAFTAR GAMBAR")
    d.tempat_daftar("gambar")
    d.mulai_isi()  # BAB I is page 1


# -- The Pemda's own LKjIP (the Kabupaten as a whole) --------------------------------------------

def _pemda(ctx: Konteks) -> DataLaporanPemda:
    assert isinstance(ctx.data, DataLaporanPemda)  # noqa: S101  # only the Pemda's document calls these
    return ctx.data


def dasar_pengukuran(data: DataLaporanPemda) -> str:
    """What the year is judged against: the Kepala Daerah's PK, or the RPJMD targets of the year."""
    if data.pk:
        return f"Perjanjian Kinerja {data.kepala.jabatan} Tahun {data.tahun}"
    return f"target Indikator Kinerja Utama tahun {data.tahun} dalam Rencana Pembangunan Jangka Menengah Daerah"


def sampul_pemda(ctx: Konteks) -> None:
    """The cover: the Pemda's name once, no unit above it."""
    d, data = ctx.dok, _pemda(ctx)
    pemda_id = data.pemda.pk
    templat.sisipkan(d, "lkjip_pemda_sampul", {
        "pemda": data.pemda.nama, "unit": data.nama, "tahun": data.tahun, "tanggal": fmt.tanggal(data.tanggal),
        "bulan_tahun": fmt.tanggal_bulan(data.tanggal), "logo": templat.konteks_logo(d, pemda_id),
    }, pemda_id=pemda_id)
    d.nomor_halaman(d.bagian_baru(), mulai=1, romawi=True)  # i, ii, iii until BAB I


def kata_pengantar_pemda(ctx: Konteks) -> None:
    d, data = ctx.dok, _pemda(ctx)
    d.judul("KATA PENGANTAR")
    templat.sisipkan(d, "lkjip_pemda_kata_pengantar", {
        "pemda": data.pemda.nama, "unit": data.nama, "tahun": data.tahun, "tempat": data.tempat,
        "tanggal": fmt.tanggal(data.tanggal), "kepala": orang(data.kepala), "dasar": dasar_pengukuran(data),
    }, pemda_id=data.pemda.pk)
    k = data.kepala
    d.tanda_tangan([[f"{data.tempat}, {fmt.tanggal(data.tanggal)}", k.jabatan_kapital, "", k.nama,
                     *([k.pangkat] if k.pangkat else []), *([f"NIP {k.nip}"] if k.nip else [])]],
                   lebar_cm=8.5, kanan=True)


def ikhtisar_pemda(ctx: Konteks) -> None:
    d, data = ctx.dok, _pemda(ctx)
    tahun = data.tahun
    d.judul("IKHTISAR EKSEKUTIF")
    d.paragraf(f"Laporan Kinerja {data.nama} Tahun {tahun} menyajikan capaian Indikator Kinerja Utama (IKU) "
               f"{data.nama} terhadap {dasar_pengukuran(data)}, capaian kinerja {len(data.pd)} perangkat "
               f"daerah, serta realisasi anggaran seluruh perangkat daerah.")
    kolom = [KolomIsi(Kolom("Target", 1.7, Rata.KANAN), target),
             KolomIsi(Kolom("Realisasi", 1.7, Rata.KANAN), realisasi),
             KolomIsi(Kolom("Capaian", 1.8, Rata.KANAN), lambda b: capaian(b.hasil.capaian)),
             KolomIsi(Kolom("Kategori", 2.2), kategori)]
    for i, k in enumerate(data.kelompok, start=1):
        d.paragraf(f"Hasil pengukuran {judul_pk(k, tahun)}, dengan {len(k.utama)} indikator, dapat disimpulkan "
                   "sebagai berikut:", lekat=True)
        d.daftar_butir(daftar_ringkasan(k.hasil.utama))
        d.paragraf(f"{i}. Capaian {judul_pk(k, tahun)}", tebal=True, lekat=True, rata=WD_ALIGN_PARAGRAPH.LEFT)
        tabel_indikator(d, k, kolom, lebar_sasaran=3.6, lebar_indikator=4.8)
    terakhir = data.pk_terakhir
    d.paragraf(f"Rata-rata capaian {terakhir.judul} {data.nama} Tahun {tahun} sebesar "
               f"{fmt.persen(terakhir.hasil.utama.rata_rata_capaian)}.")
    if data.pd:
        d.paragraf(f"Rata-rata capaian kinerja {len(data.pd)} perangkat daerah (rata-rata capaian indikator "
                   f"sasaran strategis Perjanjian Kinerja masing-masing) sebesar {fmt.persen(data.rata_rata_pd)}.")
    a = data.anggaran
    d.paragraf(kalimat_anggaran(f"{data.nama} (seluruh perangkat daerah)", tahun, a.pagu, a.realisasi, a.persen))
    d.paragraf(kalimat_efisiensi(data.nama, tahun, data.capaian_kinerja, a.persen, data.efisiensi))
