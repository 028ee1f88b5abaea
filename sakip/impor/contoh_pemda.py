"""The example Pemda file of ``sakip contoh-pemda``: the smallest useful file ``muat-pemda`` accepts.

A new Pemda copies it and fills in its own data. It shows every part a real set-up needs
once: the Kabupaten (its RPJMD tujuan and sasaran with an IKU), one PD whose tujuan and
sasaran support them, an indicator with yearly targets, program → kegiatan → sub kegiatan,
the officials, the PK and the year's DPA with pagu. Names and numbers are invented.
"""

from __future__ import annotations

import copy
from typing import Any

PERIODE = "2025-2029"
TAHUN = 2025


def _target(*nilai: str) -> dict[str, str]:
    return {str(TAHUN + i): v for i, v in enumerate(nilai)}


CONTOH: dict[str, Any] = {
    "pemda": {
        "slug": "kabupaten-contoh",
        "nama": "Kabupaten Contoh",
        "provinsi": "Jawa Timur",
        "ibukota": "Kota Contoh",
        "pejabat": [
            {"ref": "bupati", "nama": "NAMA BUPATI", "gelar_depan": "", "gelar_belakang": "", "nip": None,
             "jabatan": [{"nama": "Bupati Contoh", "unit": None, "mulai": "2025-02-20", "selesai": None}]},
        ],
        "periode": [
            {"nama": PERIODE, "mulai": 2025, "selesai": 2029,
             "dasar_hukum": "Peraturan Daerah Kabupaten Contoh Nomor ... Tahun 2025 tentang RPJMD Tahun 2025-2029",
             "visi": "Terwujudnya Kabupaten Contoh yang Maju dan Sejahtera",
             "misi": ["Meningkatkan pelayanan publik dan tata kelola pemerintahan yang baik",
                      "Meningkatkan kualitas sumber daya manusia"]},
        ],
    },
    "unit": [
        {
            # The Kabupaten itself (at most one unit of jenis "pemda"): its cascade is the RPJMD.
            "slug": "pemkab-contoh", "nama": "Pemerintah Kabupaten Contoh", "jenis": "pemda", "induk": None,
            "periode": {PERIODE: {"cascade": [
                {"tingkat": "tujuan", "nama": "Meningkatnya kualitas tata kelola pemerintahan", "misi": 1,
                 "ref": "rpjmd-tujuan-1", "indikator": [
                     {"ref": "iku-sakip", "nama": "Nilai SAKIP Kabupaten", "satuan": "Nilai", "iku": True,
                      "skala": "sakip", "target": _target("70", "72", "74", "76", "78"), "target_akhir": "78"}],
                 "anak": [
                     {"tingkat": "sasaran", "nama": "Meningkatnya akuntabilitas kinerja perangkat daerah",
                      "ref": "rpjmd-sasaran-1-1", "indikator": [
                          {"ref": "iku-ikm", "nama": "Indeks Kepuasan Masyarakat", "satuan": "Nilai", "iku": True,
                           "skala": "skm", "target": _target("82", "83", "84", "85", "86"),
                           "target_akhir": "86"}]},
                 ]},
            ]}},
            "perjanjian_kinerja": [
                {"tahun": TAHUN, "versi": "awal", "periode": PERIODE, "tanggal": "2025-03-03",
                 "pihak_pertama": "bupati", "pihak_kedua": None, "ditandatangani": True,
                 "sasaran": [{"kelompok": "utama", "uraian": "Meningkatnya akuntabilitas kinerja perangkat daerah",
                              "indikator": [{"ref": "iku-ikm", "target": "82"}]}]},
            ],
        },
        {
            "slug": "dinas-contoh", "nama": "Dinas Contoh", "jenis": "dinas", "induk": None,
            "kode_organisasi": "", "singkatan": "DC", "alamat": "Jl. Contoh No. 1",
            "tugas_fungsi": "Tugas pokok dan fungsi Dinas Contoh.",
            "pejabat": [
                {"ref": "kadis", "nama": "NAMA KEPALA DINAS", "gelar_depan": "", "gelar_belakang": "S.E.",
                 "nip": "197001011995031001", "pangkat": "Pembina Utama Muda", "golongan": "IV/c",
                 "jabatan": [{"nama": "Kepala Dinas Contoh", "unit": "dinas-contoh", "mulai": "2024-01-02"}]},
            ],
            "periode": {PERIODE: {
                "misi": [1],
                "cascade": [
                    {"tingkat": "tujuan", "nama": "Meningkatnya kualitas pelayanan Dinas Contoh",
                     "mendukung": "rpjmd-tujuan-1",
                     "anak": [
                         {"tingkat": "sasaran", "nama": "Meningkatnya kepuasan penerima layanan",
                          "mendukung": "rpjmd-sasaran-1-1",
                          "indikator": [
                              {"ref": "ikm-dinas", "kode_standar": "ikm", "nama": "Indeks Kepuasan Masyarakat",
                               "satuan": "Nilai", "definisi": "Hasil survei kepuasan masyarakat",
                               "formulasi": "Rata-rata nilai unsur pelayanan x 25",
                               "sumber_data": "Laporan survei kepuasan masyarakat", "iku": True,
                               "polaritas": "positif", "agregasi": "terakhir", "skala": "skm", "desimal": 2,
                               "target": _target("82", "83", "84", "85", "86"), "target_akhir": "86"}],
                          "anak": [
                              {"tingkat": "program", "kode": "2.01.01",
                               "nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "anak": [
                                   {"tingkat": "kegiatan", "kode": "2.01.01.2.01",
                                    "nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                                    "anak": [
                                        {"tingkat": "sub_kegiatan", "kode": "2.01.01.2.01.0006",
                                         "nama": "Koordinasi dan Penyusunan Laporan Capaian Kinerja"},
                                    ]},
                               ]},
                          ]},
                     ]},
                ],
            }},
            "perjanjian_kinerja": [
                {"tahun": TAHUN, "versi": "awal", "periode": PERIODE, "tanggal": "2025-03-03",
                 "pihak_pertama": "kadis", "pihak_kedua": "bupati", "ditandatangani": True,
                 "sasaran": [{"kelompok": "utama", "uraian": "Meningkatnya kepuasan penerima layanan",
                              "indikator": [{"ref": "ikm-dinas", "target": "82"}]}],
                 "anggaran": [{"kode": "2.01.01", "program": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
                               "jumlah": "150000000", "sumber": "APBD 2025"}]},
            ],
            "anggaran": {str(TAHUN): [
                {"tingkat": "program", "kode": "2.01.01", "nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
                 "anak": [
                     {"tingkat": "kegiatan", "kode": "2.01.01.2.01",
                      "nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "anak": [
                          {"tingkat": "sub_kegiatan", "kode": "2.01.01.2.01.0006",
                           "nama": "Koordinasi dan Penyusunan Laporan Capaian Kinerja", "pelaksana": None,
                           "pagu": "150000000"},
                      ]},
                 ]},
            ]},
        },
    ],
}


def contoh() -> dict[str, Any]:
    """A fresh copy of the example (callers may change it)."""
    return copy.deepcopy(CONTOH)
