"""BAB II Perencanaan Kinerja: penjenjangan strategis, IKU, and each PK with its budget."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH

from sakip.core import formatting as fmt
from sakip.core.narasi import nilai_satuan, teks_skala
from sakip.core.pohon import TingkatPohon as TingkatPohon
from sakip.pengukuran.pohon import pohon_pemda
from sakip.perencanaan.models import Indikator, TingkatCascade

from ..charts import ukuran_png
from ..data import BarisIndikator, DataPeriode
from ..data_pemda import DataLaporanPemda
from ..docxkit import Kolom, Rata, Sel
from ..gambar_pohon import gambar_pohon, pohon_png
from ..pk import tulis_tabel_anggaran, tulis_tabel_target
from .umum import KolomIsi, Konteks, judul_pk, tabel_indikator

LABEL_TINGKAT = dict(TingkatCascade.choices)


def tulis(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    d.mulai_bab("II", "PERENCANAAN KINERJA")
    d.mulai_subbab("1", "Penjenjangan Strategis")
    if len(data.periode) > 1:
        d.paragraf(f"Perjanjian Kinerja Tahun {data.tahun} disusun dengan mengacu pada "
                   f"{len(data.periode)} periode dokumen perencanaan, yaitu "
                   + " dan ".join(f"periode {p.model.nama}" for p in data.periode)
                   + ". Kondisi ini terjadi pada masa transisi perencanaan, ketika sebagian program dan kegiatan "
                     "masih berlandaskan prioritas periode sebelumnya sementara arah kebijakan periode baru mulai "
                     "dilaksanakan.")
    for per in data.periode:
        _penjenjangan(ctx, per)

    d.mulai_subbab("2", "Indikator Kinerja Utama")
    d.paragraf(f"Indikator Kinerja Utama (IKU) merupakan ukuran keberhasilan utama pencapaian tujuan dan sasaran "
               f"{data.nama}. Setiap indikator dilengkapi satuan, penjelasan atau formulasi penghitungan, sumber "
               "data dan, bila ada, skala kategorinya, agar pengukurannya konsisten dan dapat "
               "dipertanggungjawabkan.")
    for per in data.periode:
        _iku(ctx, per)
    for per in data.periode:
        _pohon(ctx, per, pohon_png(data.unit, per.model, data.tahun))

    d.mulai_subbab("3", "Perjanjian Kinerja")
    d.paragraf("Sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun "
               "2014, perjanjian kinerja dapat diubah dalam satu tahun apabila:", lekat=True)
    for i, alasan in enumerate((
        "terjadi perubahan dan mutasi pejabat;",
        "terjadi perubahan strategi yang mempengaruhi pencapaian tujuan dan sasaran (perubahan program, "
        "kegiatan dan/atau alokasi anggaran);",
        "terjadi perubahan prioritas atau asumsi yang berakibat signifikan pada proses pencapaian tujuan dan "
        "sasaran.",
    )):
        d.butir(f"{chr(ord('a') + i)}.", alasan)
    for pk in data.pk:
        isi = ctx.isi_pk(pk)
        if isi.pihak_kedua is None:
            oleh = f"{isi.pihak_pertama.nama} ({isi.pihak_pertama.jabatan})"
        else:
            oleh = (f"{isi.pihak_pertama.nama} ({isi.pihak_pertama.jabatan}) selaku pihak pertama dan "
                    f"{isi.pihak_kedua.nama} ({isi.pihak_kedua.jabatan}) selaku pihak kedua")
        kalimat = (f"{pk.judul} Tahun {data.tahun} ditandatangani pada {fmt.tanggal(pk.model.tanggal)} oleh "
                   f"{oleh}, sesuai dokumen perencanaan periode {pk.periode.nama}")
        if pk.model.alasan:
            kalimat += f", dengan alasan: {pk.model.alasan}"
        d.paragraf(kalimat + ". Sasaran, indikator dan targetnya adalah sebagai berikut:", lekat=True)
        d.keterangan("tabel", f"{pk.judul} Tahun {data.tahun} (sesuai Dokumen Perencanaan Periode "
                              f"{pk.periode.nama})")
        tulis_tabel_target(d, isi)
        d.paragraf(f"Untuk mendukung pencapaian target {pk.judul} tersebut, ditetapkan alokasi anggaran sebagai "
                   "berikut:", lekat=True)
        d.keterangan("tabel", f"Anggaran per Program {pk.judul} Tahun {data.tahun}")
        tulis_tabel_anggaran(d, isi)


def _penjenjangan(ctx: Konteks, per: DataPeriode, judul: str = "Matriks Penjenjangan Strategis") -> None:
    d, data = ctx.dok, ctx.data
    p = per.model
    awal = f"Sesuai {p.dasar_hukum}, " if p.dasar_hukum else ""
    d.paragraf(f"{awal}Pemerintah {data.pemda.nama} pada periode {p.nama} memiliki visi:", lekat=True)
    d.paragraf(f"“{p.visi}”", rata=WD_ALIGN_PARAGRAPH.CENTER, miring=True, tebal=True)
    if per.misi:
        d.paragraf(f"Visi tersebut dijabarkan dalam {len(per.misi)} misi:", lekat=True)
        for m in per.misi:
            d.butir(f"{m.nomor}.", m.uraian)
    if per.didukung:
        nomor = " dan ".join(f"ke-{m.nomor}" for m in per.didukung)
        d.paragraf(f"{data.nama} mendukung pencapaian misi {nomor}:", lekat=True)
        for m in per.didukung:
            d.paragraf(f"“{m.uraian}”", rata=WD_ALIGN_PARAGRAPH.CENTER, miring=True)
    if not per.matriks:
        d.paragraf(f"Penjenjangan strategis periode {p.nama} belum dicatat.")
        return
    d.paragraf("Untuk mencapai kondisi tersebut, berikut matriks penjenjangan strategisnya:", lekat=True)
    d.keterangan("tabel", f"{judul} (sesuai Dokumen Perencanaan Periode {p.nama})")
    kolom = [Kolom("Tingkat", 2.0), Kolom("Tujuan / Sasaran / Program / Kegiatan / Sub Kegiatan", 6.4),
             Kolom("Indikator", 5.6), Kolom(f"Target {data.tahun}", 2.3, Rata.KANAN)]
    rows: list[list[Sel | str | None]] = []
    for row in per.matriks:
        n = row.node
        tebal = n.tingkat in (TingkatCascade.TUJUAN, TingkatCascade.SASARAN)
        uraian = f"{n.kode} {n.nama}".strip()
        items = row.indikator or [(None, None)]
        for i, (ind, t) in enumerate(items):
            head: list[Sel | str | None] = (
                [Sel(LABEL_TINGKAT.get(n.tingkat, n.tingkat), tinggi_baris=len(items), tebal=tebal),
                 Sel(uraian, tinggi_baris=len(items), tebal=tebal)] if i == 0 else [None, None]
            )
            if ind is None:
                rows.append([*head, "–", "–"])
            else:
                rows.append([*head, ind.nama, nilai_satuan(t, ind.satuan)])
    d.tabel(kolom, rows)


def _keterangan_iku(ind: Indikator) -> str:
    parts = []
    if ind.definisi:
        parts.append(ind.definisi)
    if ind.formulasi:
        parts.append(f"Formulasi: {ind.formulasi}")
    if ind.skala_id:
        parts.append("Kategori:\n" + "\n".join(teks_skala(ind.skala.ke_aturan())))
    return "\n".join(parts) or "–"


def _iku(ctx: Konteks, per: DataPeriode) -> None:
    d = ctx.dok
    kolom = [Kolom("No", 0.7, Rata.TENGAH), Kolom("Sasaran Strategis", 2.8), Kolom("Indikator Kinerja", 3.0),
             Kolom("Satuan", 1.4), Kolom("Penjelasan / Formulasi / Kategori", 6.2), Kolom("Sumber Data", 2.4)]
    for judul, rows_src in (("Indikator Kinerja Utama", per.iku), ("Indikator Kinerja Lainnya", per.lainnya)):
        if not rows_src:
            continue
        d.keterangan("tabel", f"{judul} (sesuai Dokumen Perencanaan Periode {per.model.nama})")
        rows: list[list[Sel | str | None]] = [
            [str(i), sasaran, ind.nama, ind.satuan or "–", _keterangan_iku(ind), ind.sumber_data or "–"]
            for i, (sasaran, ind) in enumerate(rows_src, start=1)
        ]
        d.tabel(kolom, rows, kunci_baris=False)
    if not per.iku:
        d.paragraf(f"Indikator kinerja utama periode {per.model.nama} belum ditetapkan.")


# -- The Pemda's own LKjIP --------------------------------------------------------------------------

def tulis_pemda(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    assert isinstance(data, DataLaporanPemda)  # noqa: S101  # the Pemda's document only
    d.mulai_bab("II", "PERENCANAAN KINERJA")
    d.mulai_subbab("1", "Rencana Pembangunan Jangka Menengah Daerah")
    if len(data.periode) > 1:
        d.paragraf(f"Tahun {data.tahun} berada pada {len(data.periode)} periode Rencana Pembangunan Jangka "
                   "Menengah Daerah (RPJMD), yaitu " + " dan ".join(f"periode {p.model.nama}" for p in data.periode)
                   + ". Capaian kinerja tahun ini diukur menurut indikator kinerja utama kedua periode tersebut.")
    for per in data.periode:
        _penjenjangan(ctx, per, "Tujuan, Sasaran dan Indikator Kinerja RPJMD")
        _tujuan_misi(ctx, per)

    d.mulai_subbab("2", "Indikator Kinerja Utama")
    d.paragraf(f"Indikator Kinerja Utama (IKU) {data.nama} merupakan ukuran keberhasilan pencapaian tujuan dan "
               "sasaran RPJMD. Setiap indikator dilengkapi satuan, penjelasan atau formulasi penghitungan, sumber "
               "data dan, bila ada, skala kategorinya.")
    for per in data.periode:
        _iku(ctx, per)
    for per in data.periode:
        # The RPJMD boxes only, but aligned over every PD's tujuan/sasaran: a box no PD supports is flagged.
        pohon = pohon_pemda(data.pemda, per.model, data.tahun,
                            tingkat=[TingkatCascade.TUJUAN, TingkatCascade.SASARAN])
        judul = f"Pohon Kinerja {data.nama} — Periode {per.model.nama}, Capaian Tahun {data.tahun}"
        _pohon(ctx, per, gambar_pohon(pohon, judul, sampai=TingkatPohon.MISI))

    d.mulai_subbab("3", "Perjanjian Kinerja")
    if not data.pk:
        d.paragraf(f"Perjanjian Kinerja Kepala Daerah tahun {data.tahun} belum dicatat pada aplikasi Sakip. Oleh "
                   f"karena itu capaian kinerja {data.nama} tahun {data.tahun} diukur terhadap target tahunan "
                   "Indikator Kinerja Utama yang ditetapkan dalam RPJMD, sebagai berikut:", lekat=True)
        for k in data.kelompok:
            d.keterangan("tabel", f"Target {judul_pk(k, data.tahun)}")
            tabel_indikator(d, k, [KolomIsi(Kolom(f"Target {data.tahun}", 2.6, Rata.KANAN), target_satuan)],
                            lebar_sasaran=5.0, lebar_indikator=6.0)
        return
    for pk in data.pk:
        isi = ctx.isi_pk(pk)
        d.paragraf(f"{pk.judul} Tahun {data.tahun} ditandatangani pada {fmt.tanggal(pk.model.tanggal)} oleh "
                   f"{isi.pihak_pertama.nama} ({isi.pihak_pertama.jabatan}), sesuai dokumen perencanaan periode "
                   f"{pk.periode.nama}" + (f", dengan alasan: {pk.model.alasan}" if pk.model.alasan else "")
                   + ". Sasaran, indikator dan targetnya adalah sebagai berikut:", lekat=True)
        d.keterangan("tabel", f"{pk.judul} Tahun {data.tahun} (sesuai Dokumen Perencanaan Periode "
                              f"{pk.periode.nama})")
        tulis_tabel_target(d, isi)
        if isi.anggaran:
            d.keterangan("tabel", f"Anggaran per Program {pk.judul} Tahun {data.tahun}")
            tulis_tabel_anggaran(d, isi)


def target_satuan(b: BarisIndikator) -> str:
    """The year's target with its unit, as the RPJMD states it."""
    return nilai_satuan(b.hasil.input.target, b.satuan)


def _tujuan_misi(ctx: Konteks, per: DataPeriode) -> None:
    """Which misi each RPJMD tujuan serves (recorded on the tujuan)."""
    misi = {m.pk: m for m in per.misi}
    rows = [(row.node, misi[row.node.misi_id]) for row in per.matriks if row.node.misi_id in misi]
    if not rows:
        return
    d = ctx.dok
    d.paragraf(f"Keterkaitan tujuan RPJMD periode {per.model.nama} dengan misi Kepala Daerah:", lekat=True)
    for node, m in rows:
        d.butir("•", f"{node.nama} (mendukung misi ke-{m.nomor})")


def _pohon(ctx: Konteks, per: DataPeriode, png: bytes) -> None:
    """The pohon kinerja of a period (its boxes coloured by this year's capaian), at the text width."""
    d, data = ctx.dok, ctx.data
    lebar, tinggi = ukuran_png(png)
    # The lead-in, the picture and its caption must fit one page, or the lead-in is left alone
    # on a page of its own: shrink a tall tree (about 4 cm for the text and the caption).
    skala = min(1.0, (d.tinggi - 4.0) / tinggi, d.lebar / lebar)
    lebar, tinggi = lebar * skala, tinggi * skala
    d.paragraf(f"Keterkaitan visi, misi, tujuan dan sasaran {data.nama} periode {per.model.nama} digambarkan "
               f"dalam pohon kinerja berikut; warna setiap kotak menunjukkan capaian tahun {data.tahun} dan garis "
               "putus-putus merah menandai kotak yang belum selaras.", lekat=True)
    d.gambar(png, f"Pohon Kinerja {data.nama} Periode {per.model.nama}", lebar_cm=lebar, tinggi_cm=tinggi)
