"""Lampiran: each Perjanjian Kinerja document of the year, then the E-81 form as a table."""

from __future__ import annotations

from ..e81 import DataE81, tanda_tangan, tulis_tabel
from ..pk import tulis_pk
from .umum import Konteks


def tulis(ctx: Konteks, e81: DataE81) -> None:
    d, data = ctx.dok, ctx.data
    d.judul("LAMPIRAN")
    nomor = 0
    items = [f"{pk.judul} Tahun {data.tahun}" for pk in data.pk] + [
        f"Formulir E-81 Evaluasi terhadap Hasil Renja Perangkat Daerah Tahun {data.tahun}"]
    d.paragraf("Lampiran laporan ini terdiri atas:", lekat=True)
    d.daftar_butir(items)
    for pk in data.pk:
        nomor += 1
        d.halaman_baru()
        d.judul(f"Lampiran {nomor}. {pk.judul} Tahun {data.tahun}", 2)
        tulis_pk(d, ctx.isi_pk(pk))
    nomor += 1
    d.bagian_baru(landscape=True)
    d.judul(f"Lampiran {nomor}. Formulir E-81 Evaluasi terhadap Hasil Renja {data.nama} Tahun {data.tahun}", 2)
    d.paragraf(f"Renstra periode {e81.periode}. K = kinerja, Rp = anggaran (rupiah). Indikator tingkat (indeks, "
               "persentase) dilaporkan dengan nilai akhir tahunnya, indikator kumulatif dengan jumlahnya.",
               ukuran=8)
    tulis_tabel(d, e81)
    tanda_tangan(d, e81)


def tulis_pemda(ctx: Konteks) -> None:
    """The Kepala Daerah's PK documents of the year, when signed ones exist."""
    d, data = ctx.dok, ctx.data
    if not data.pk:
        return
    d.judul("LAMPIRAN")
    d.paragraf("Lampiran laporan ini terdiri atas:", lekat=True)
    d.daftar_butir([f"{pk.judul} Tahun {data.tahun}" for pk in data.pk])
    for nomor, pk in enumerate(data.pk, start=1):
        d.halaman_baru()
        d.judul(f"Lampiran {nomor}. {pk.judul} Tahun {data.tahun}", 2)
        tulis_pk(d, ctx.isi_pk(pk))
