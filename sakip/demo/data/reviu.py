"""A few lines of the Inspektorat's Kertas Kerja Reviu 2025, so the workspace opens with a conversation.

Each line names a finding of the data reviu on the demo as it is loaded (rule code and the place
the rule prints); a test checks that every one still matches a live finding. All of it is
**synthetic**: the reference LKjIPs print no reviu notes. See docs/demo-data.md.
"""

from __future__ import annotations

CATATAN_REVIU = [
    {
        "unit": "kecamatan-mojosari", "tahun": 2025, "kode": "INDIKATOR_TANPA_FORMULASI", "langkah": "mekanisme",
        "objek": "Perencanaan › Indikator 'Indeks Profesionalitas ASN PD' (2021-2025) › Formulasi",
        "catatan": "Cara menghitung Indeks Profesionalitas ASN belum dituliskan pada manual indikator; mohon "
                   "dilengkapi atau dijelaskan rujukannya.",
        "penjawab": "operator.mojosari",
        "jawaban": "Nilai IP ASN diambil dari hasil pengukuran BKPSDM sesuai Peraturan BKN 8/2019; rumusnya akan "
                   "kami tuliskan pada manual indikator.",
    },
    {
        "unit": "kecamatan-mojosari", "tahun": 2025, "kode": "ANGGARAN_PK_BEDA_DPA", "langkah": "konsistensi",
        "objek": "Perjanjian Kinerja Perubahan 2025 › Anggaran › 7.01.01 Program Penunjang Urusan Pemerintahan "
                 "Daerah Kabupaten/Kota",
        "catatan": "Anggaran Program Penunjang pada PK Perubahan tidak sama dengan pagu DPA; mohon dijelaskan "
                   "asal selisihnya.",
    },
    {
        "unit": "bagian-organisasi", "tahun": 2025, "kode": "INDIKATOR_TANPA_SUMBER_DATA", "langkah": "mekanisme",
        "objek": "Perencanaan › Indikator 'Persentase Realisasi Anggaran Bagian Organisasi' (2021-2025) › "
                 "Sumber data",
        "catatan": "Sumber data realisasi anggaran belum disebutkan.",
        "penjawab": "operator.organisasi",
        "jawaban": "Sumber datanya laporan realisasi anggaran SIPD Bagian Organisasi.",
        "status": "dijelaskan",
        "penyelesaian": "Penjelasan diterima; sumber data agar dicantumkan pada Renstra perubahan.",
    },
]
