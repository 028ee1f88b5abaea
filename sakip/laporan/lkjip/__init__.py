"""The LKjIP of one PD-year (PermenPAN-RB 53/2014 Lampiran II; SAKIP-rules §2), one module per part.

``susun`` writes the whole document top to bottom: cover, Kata Pengantar, Ikhtisar Eksekutif,
the three lists, BAB I-IV and the Lampiran.
"""

from __future__ import annotations

from ..data import DataLaporan
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
    ctx.dok.doc.core_properties.title = f"Laporan Kinerja Instansi Pemerintah {data.nama} Tahun {data.tahun}"
    ctx.dok.doc.core_properties.author = data.nama
    return ctx.dok
