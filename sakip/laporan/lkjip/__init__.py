"""The LKjIP of one PD-year (PermenPAN-RB 53/2014 Lampiran II; SAKIP-rules §2), one module per part.

``susun`` writes the whole document top to bottom: cover, Kata Pengantar, Ikhtisar Eksekutif,
the three lists, BAB I-IV and the Lampiran. ``susun_pemda`` writes the Kabupaten's own LKjIP
with the same parts: each module has a ``*_pemda`` twin where the Pemda's content differs.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..data import DataLaporan
from ..data_pemda import DataLaporanPemda
from ..docxkit import Dokumen
from ..e81 import DataE81
from . import awal, bab1, bab2, bab3, bab4, lampiran
from .umum import Konteks


def susun(data: DataLaporan, e81: DataE81) -> Dokumen:
    """Write the LKjIP; page numbers of the lists are filled in later (``Dokumen.isi_halaman``)."""
    ctx = Konteks(Dokumen(), data)
    awal.sampul(ctx)
    awal.kata_pengantar(ctx)
    awal.ikhtisar(ctx)
    awal.daftar(ctx)
    bab1.tulis(ctx)
    bab2.tulis(ctx)
    bab3.tulis(ctx)
    bab4.tulis(ctx)
    lampiran.tulis(ctx, e81)
    ctx.dok.selesai()
    _metadata(ctx.dok, data.nama, data.pemda.nama if hasattr(data, "pemda") else "", data.tahun)
    return ctx.dok


def susun_pemda(data: DataLaporanPemda) -> Dokumen:
    """The LKjIP of the Pemda itself (the Kabupaten): IKU Pemda, every PD's capaian and budget."""
    ctx = Konteks(Dokumen(), data)
    awal.sampul_pemda(ctx)
    awal.kata_pengantar_pemda(ctx)
    awal.ikhtisar_pemda(ctx)
    awal.daftar(ctx)
    bab1.tulis_pemda(ctx)
    bab2.tulis_pemda(ctx)
    bab3.tulis_pemda(ctx)
    bab4.tulis_pemda(ctx)
    lampiran.tulis_pemda(ctx)
    ctx.dok.selesai()
    _metadata(ctx.dok, data.nama, data.pemda.nama if hasattr(data, "pemda") else "", data.tahun)
    return ctx.dok


def _metadata(dok: Dokumen, nama: str, pemda: str, tahun: int) -> None:
    unit = f"{nama} {pemda}".strip() if pemda and pemda not in nama else nama
    dok.metadata(judul=f"Laporan Kinerja Instansi Pemerintah {unit} Tahun {tahun}",
                 subjek=f"LKjIP {nama} Tahun {tahun}", penulis=nama,
                 kata_kunci=f"LKjIP; SAKIP; {nama}; {tahun}", dibuat=datetime.now(UTC).replace(microsecond=0))
