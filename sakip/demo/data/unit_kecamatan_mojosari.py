"""Kecamatan Mojosari (Kabupaten Mojokerto): real data from the LKjIP 2025.

Source: /work/shared/reference/lkjip-2025-kecamatan-mojosari.txt (LKjIP Kecamatan Mojosari
Tahun 2025, dated Januari 2026). Format: sakip/demo/data/FORMAT.md.
Every choice, contradiction and inferred code is listed in docs/demo-data/kecamatan-mojosari.md.

Notes for the loader:
* Bupati officials "bupati-ikfina" and "bupati-albarraa" are defined in pemda.py, not here.
* Anggaran 2025 (Tabel III.4) prints only the year's realisation: it is spread over the triwulan
  by a fixed profile at the end of this module (the year's total unchanged).
* The ten kelurahan budget lines share two sub kegiatan codes (7.01.03.2.02.0002 / .0003);
  they are told apart by "pelaksana" (kelurahan slug) and by name.
* A printed 0 for a triwulan that was not measured is left out (IKM TW1-TW3, SAKIP TW1/TW2/TW4).
"""

# 2021-2025 / 7.01.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota
_2125_PROGRAM_7_01_01 = {
    "tingkat": "program", "nama": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "kode": "7.01.01",
    "indikator": [
        {
            "ref": "sakip-2125", "kode_standar": "nilai_sakip",
            "nama": "Nilai SAKIP Perangkat Daerah", "satuan": "Nilai",
            "definisi": (
                "Kategori Sangat Kurang : 0 – 30; Kategori Kurang : 30 – 50; Kategori "
                "Cukup : 50 – 60; Kategori Baik : 60 - 70; Kategori Sangat Baik : 70 – 80; "
                "Kategori Memuaskan : 80 - 90; Kategori Sangat Memuaskan : 90 – 100"
            ),
            "formulasi": "Laporan Hasil Evaluasi SAKIP",
            "sumber_data": "Inspektorat (Laporan Hasil Evaluasi SAKIP)", "iku": False,
            "polaritas": "positif", "agregasi": "terakhir", "skala": "sakip", "desimal": 2,
            "target": {"2022": "76", "2023": "77", "2024": "82", "2025": "82.5"},
            "target_akhir": None, "pendahulu": None,
            "realisasi": {"2022": {"TAHUN": "79.5"}, "2023": {"TAHUN": "77.65"},
                          "2024": {"TAHUN": "82.3"}},
            "pembanding": {},
            "narasi": {
                "2025": {
                    "faktor_pendorong": (
                        "Realisasi indikator didapatkan dari nilai yang ada pada dokumen "
                        "Laporan Hasil Evaluasi AKIP tahun berjalan. Penilaian AKIP "
                        "tersebut meliputi penilaian perencanaan kinerja, pengukuran "
                        "kinerja, pelaporan kinerja dan evaluasi akuntabilitas kinerja "
                        "internal. Keberhasilan capaian target tersebut dikarenakan "
                        "beberapa upaya yang telah dilakukan diantaranya:\n"
                        "A. Adanya dokumen perencanaan kinerja yang terukur dan relevan\n"
                        "B. Tim SAKIP memahami regulasi dan teknis penyusunan\n"
                        "C. Adanya Program/kegiatan yang mendukung langsung pencapaian "
                        "indikator\n"
                        "D. Data capaian indikator valid dan dapat dipertanggungjawabkan\n"
                        "E. Tertib Administrasi dan Dokumentasi"
                    ),
                },
            },
        },
        {
            "ref": "inovasi-2125", "kode_standar": None,
            "nama": "Jumlah inovasi yang terinternalisasi dan tersosialisasi serta berkelanjutan",
            "satuan": "Inovasi", "definisi": "",
            "formulasi": (
                "Jumlah inovasi yang terinternalisasi dan tersosialisasi serta "
                "berkelanjutan pada Kecamatan"
            ),
            "sumber_data": "Kecamatan (Laporan Pelaksanaan Inovasi)", "iku": False,
            "polaritas": "positif", "agregasi": "jumlah", "skala": None, "desimal": 0,
            "target": {"2022": "2", "2023": "1", "2024": "1", "2025": "1"}, "target_akhir": None,
            "pendahulu": None,
            "realisasi": {"2022": {"TAHUN": "2"}, "2023": {"TAHUN": "1"}, "2024": {"TAHUN": "1"},
                          "2025": {"TAHUN": "1"}},
            "pembanding": {},
            "narasi": {
                "2025": {
                    "faktor_pendorong": (
                        "Realisasi indikator didapatkan dari dokumen laporan inovasi. "
                        "Keberhasilan capaian target tersebut dikarenakan beberapa upaya "
                        "yang telah dilakukan diantaranya:\n"
                        "A. Adanya penyebaran inovasi kepada ASN dan masyarakat\n"
                        "B. Adanya dukungan sumber daya terutama Sarana dan prasarana "
                        "mendukung\n"
                        "C. Dilakukan perbaikan dan penyempurnaan\n"
                        "D. Dokumentasi dan Legalitas yang Kuat pada setiap inovasi"
                    ),
                },
            },
        },
    ],
    "anak": [
        {
            "tingkat": "kegiatan",
            "nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "kode": "7.01.01.2.01",
            "indikator": [
                {
                    "ref": "7.01.01.2.01-2125", "kode_standar": None,
                    "nama": (
                        "Persentase dokumen perencanaan dan laporan evaluasi kinerja "
                        "perangkat daerah yang terpenuhi"
                    ),
                    "satuan": "%", "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                    "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                    "target": {"2025": "90"}, "target_akhir": None, "pendahulu": None,
                    "realisasi": {}, "pembanding": {}, "narasi": {},
                },
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
                    "kode": "7.01.01.2.01.0001",
                    "indikator": [
                        {"ref": "7.01.01.2.01.0001-2125", "kode_standar": None,
                         "nama": "Jumlah Dokumen Perencanaan Perangkat Daerah",
                         "satuan": "Dokumen", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "4"}, "target_akhir": None,
                         "pendahulu": None, "realisasi": {}, "pembanding": {}, "narasi": {}},
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan", "nama": "Evaluasi Kinerja Perangkat Daerah",
                    "kode": "7.01.01.2.01.0007",
                    "indikator": [
                        {"ref": "7.01.01.2.01.0007-2125", "kode_standar": None,
                         "nama": "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah",
                         "satuan": "Laporan", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "21"}, "target_akhir": None,
                         "pendahulu": None, "realisasi": {}, "pembanding": {}, "narasi": {}},
                    ],
                    "anak": [],
                },
            ],
        },
        {
            "tingkat": "kegiatan", "nama": "Administrasi Keuangan Perangkat Daerah",
            "kode": "7.01.01.2.02",
            "indikator": [
                {"ref": "7.01.01.2.02-2125", "kode_standar": None,
                 "nama": "Persentase Hasil Temuan Pemeriksaan Laporan Keuangan yang ditindaklanjuti",
                 "satuan": "%", "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                 "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                 "target": {"2025": "90"}, "target_akhir": None, "pendahulu": None,
                 "realisasi": {}, "pembanding": {}, "narasi": {}},
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan", "nama": "Penyediaan Gaji dan Tunjangan ASN",
                    "kode": "7.01.01.2.02.0001",
                    "indikator": [
                        {"ref": "7.01.01.2.02.0001-2125", "kode_standar": None,
                         "nama": "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
                         "satuan": "Orang/Bulan", "definisi": "", "formulasi": "",
                         "sumber_data": "", "iku": False, "polaritas": "positif",
                         "agregasi": "terakhir", "skala": None, "desimal": 0,
                         "target": {"2025": "40"}, "target_akhir": None, "pendahulu": None,
                         "realisasi": {}, "pembanding": {}, "narasi": {}},
                    ],
                    "anak": [],
                },
            ],
        },
        {
            "tingkat": "kegiatan", "nama": "Administrasi Kepegawaian Perangkat Daerah",
            "kode": "7.01.01.2.05",
            "indikator": [
                {
                    "ref": "ip-asn-2125", "kode_standar": "ip_asn",
                    "nama": "Indeks Profesionalitas ASN PD", "satuan": "Nilai",
                    "definisi": (
                        "Kategori Sangat Rendah : =< 60; Kategori Rendah : 61 – 70; "
                        "Kategori Sedang : 71 – 80; Kategori Tinggi : 81 – 90; Kategori "
                        "Sangat Tinggi : 91 – 100"
                    ),
                    "formulasi": "", "sumber_data": "BKPSDM (Nilai IP ASN)", "iku": False,
                    "polaritas": "positif", "agregasi": "terakhir", "skala": "ip_asn", "desimal": 2,
                    "target": {"2022": "70", "2023": "75", "2024": "80", "2025": "82"},
                    "target_akhir": None, "pendahulu": None,
                    "realisasi": {"2022": {"TAHUN": "80"}, "2023": {"TAHUN": "79.28"},
                                  "2024": {"TAHUN": "79.58"}, "2025": {"TAHUN": "79.69"}},
                    "pembanding": {},
                    "narasi": {
                        "2025": {
                            "faktor_pendorong": (
                                "Realisasi indikator didapatkan dari dokumen Nilai IP ASN. "
                                "Keberhasilan capaian target tersebut dikarenakan beberapa "
                                "upaya yang telah dilakukan diantaranya:\n"
                                "A. Adanya penilaian kinerja yang Objektif\n"
                                "B. Adanya Komitmen Pimpinan dalam Pembinaan ASN\n"
                                "C. Penempatan pegawai sesuai latar belakang pendidikan"
                            ),
                            # SYNTHETIC (docs/demo-data.md): the LKjIP wrote only a success
                            # text for this missed target (97,18 %).
                            "faktor_penghambat": (
                                "A. Sebagian pegawai belum memenuhi kualifikasi pendidikan jabatannya\n"
                                "B. Jam pelatihan pengembangan kompetensi belum tercatat pada MyASN"
                            ),
                            "solusi": (
                                "A. Fasilitasi informasi tugas belajar dan izin belajar bagi pegawai\n"
                                "B. Pemutakhiran data pengembangan kompetensi bersama BKPSDM"
                            ),
                            "rencana_tindak_lanjut": (
                                "Mengikutsertakan setiap pegawai dalam pelatihan minimal 20 jam "
                                "pelajaran pada tahun 2026 dan memeriksa data MyASN setiap triwulan."
                            ),
                        },
                    },
                },
            ],
            "anak": [],
        },
        {
            "tingkat": "kegiatan", "nama": "Administrasi Umum Perangkat Daerah",
            "kode": "7.01.01.2.06",
            "indikator": [
                {"ref": "7.01.01.2.06-2125", "kode_standar": None,
                 "nama": "Persentase Ketersediaan Sarana dan Prasarana Kantor sesuai standar",
                 "satuan": "%", "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                 "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                 "target": {"2025": "92"}, "target_akhir": None, "pendahulu": None,
                 "realisasi": {}, "pembanding": {}, "narasi": {}},
                {"ref": "7.01.01.2.06-2125-2", "kode_standar": None,
                 "nama": "Persentase Pelayanan Umum yang Terlaksana Sesuai Standar", "satuan": "%",
                 "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                 "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                 "target": {"2025": "92"}, "target_akhir": None, "pendahulu": None,
                 "realisasi": {}, "pembanding": {}, "narasi": {}},
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
                    "kode": "7.01.01.2.06.0001",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.06.0001-2125", "kode_standar": None,
                            "nama": (
                                "Jumlah Paket Komponen Instalasi Listrik/Penerangan "
                                "Bangunan Kantor yang Disediakan"
                            ),
                            "satuan": "Paket", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "1"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Penyediaan Peralatan dan Perlengkapan Kantor",
                    "kode": "7.01.01.2.06.0002",
                    "indikator": [
                        {"ref": "7.01.01.2.06.0002-2125", "kode_standar": None,
                         "nama": "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan",
                         "satuan": "Paket", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "3"}, "target_akhir": None,
                         "pendahulu": None, "realisasi": {}, "pembanding": {}, "narasi": {}},
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan", "nama": "Penyediaan Bahan Logistik Kantor",
                    "kode": "7.01.01.2.06.0004",
                    "indikator": [
                        {"ref": "7.01.01.2.06.0004-2125", "kode_standar": None,
                         "nama": "Jumlah Paket Bahan Logistik Kantor yang Disediakan",
                         "satuan": "Paket", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "12"}, "target_akhir": None,
                         "pendahulu": None, "realisasi": {}, "pembanding": {}, "narasi": {}},
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan", "nama": "Penyediaan Barang Cetak dan Penggandaan",
                    "kode": "7.01.01.2.06.0005",
                    "indikator": [
                        {"ref": "7.01.01.2.06.0005-2125", "kode_standar": None,
                         "nama": "Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan",
                         "satuan": "Paket", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "2"}, "target_akhir": None,
                         "pendahulu": None, "realisasi": {}, "pembanding": {}, "narasi": {}},
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan",
                    "kode": "7.01.01.2.06.0006",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.06.0006-2125", "kode_standar": None,
                            "nama": (
                                "Jumlah Dokumen Bahan Bacaan dan Peraturan "
                                "Perundang-Undangan yang Disediakan"
                            ),
                            "satuan": "Dokumen", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "2"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan", "nama": "Penyediaan Bahan/Material",
                    "kode": "7.01.01.2.06.0007",
                    "indikator": [
                        {"ref": "7.01.01.2.06.0007-2125", "kode_standar": None,
                         "nama": "Jumlah Paket Bahan/Material yang Disediakan", "satuan": "Paket",
                         "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                         "polaritas": "positif", "agregasi": "jumlah", "skala": None, "desimal": 0,
                         "target": {"2025": "2"}, "target_akhir": None, "pendahulu": None,
                         "realisasi": {}, "pembanding": {}, "narasi": {}},
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                    "kode": "7.01.01.2.06.0009",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.06.0009-2125", "kode_standar": None,
                            "nama": (
                                "Jumlah laporan Penyelenggaraan Rapat Koordinasi dan "
                                "Konsultasi SKPD"
                            ),
                            "satuan": "Laporan", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "12"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
            ],
        },
        {
            "tingkat": "kegiatan", "nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            "kode": "7.01.01.2.08",
            "indikator": [
                {
                    "ref": "7.01.01.2.08-2125", "kode_standar": None,
                    "nama": (
                        "Persentase Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah "
                        "sesuai Kebutuhan"
                    ),
                    "satuan": "%", "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                    "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                    "target": {"2025": "100"}, "target_akhir": None, "pendahulu": None,
                    "realisasi": {}, "pembanding": {}, "narasi": {},
                },
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                    "kode": "7.01.01.2.08.0002",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.08.0002-2125", "kode_standar": None,
                            "nama": (
                                "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya "
                                "Air dan Listrik yang Disediakan"
                            ),
                            "satuan": "Paket", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "1"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan", "nama": "Penyediaan Jasa Pelayanan Umum Kantor",
                    "kode": "7.01.01.2.08.0004",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.08.0004-2125", "kode_standar": None,
                            "nama": (
                                "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang "
                                "Disediakan"
                            ),
                            "satuan": "Paket", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "1"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
            ],
        },
        {
            "tingkat": "kegiatan",
            "nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
            "kode": "7.01.01.2.09",
            "indikator": [
                {"ref": "7.01.01.2.09-2125", "kode_standar": None,
                 "nama": "Persentase Ketersediaan Sarana dan Prasarana Kantor sesuai standar",
                 "satuan": "%", "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                 "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                 "target": {"2025": "100"}, "target_akhir": None, "pendahulu": None,
                 "realisasi": {}, "pembanding": {}, "narasi": {}},
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan",
                    "nama": (
                        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak "
                        "Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan"
                    ),
                    "kode": "7.01.01.2.09.0001",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.09.0001-2125", "kode_standar": None,
                            "nama": (
                                "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas "
                                "Jabatan yang Dipelihara dan dibayarkan Pajaknya"
                            ),
                            "satuan": "Unit", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "2"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan", "nama": "Pemeliharaan Peralatan dan Mesin Lainnya",
                    "kode": "7.01.01.2.09.0006",
                    "indikator": [
                        {"ref": "7.01.01.2.09.0006-2125", "kode_standar": None,
                         "nama": "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara",
                         "satuan": "Unit", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "24"}, "target_akhir": None,
                         "pendahulu": None, "realisasi": {}, "pembanding": {}, "narasi": {}},
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
                    "kode": "7.01.01.2.09.0009",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.09.0009-2125", "kode_standar": None,
                            "nama": (
                                "Jumlah Gedung Kantor dan Bangunan Lainnya yang "
                                "Dipelihara/Direhabilitasi"
                            ),
                            "satuan": "Unit", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "3"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
            ],
        },
    ],
}

# 2021-2025 / 7.01.02 Program Penyelenggaraan Pemerintahan dan Pelayanan Publik
_2125_PROGRAM_7_01_02 = {
    "tingkat": "program", "nama": "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
    "kode": "7.01.02",
    "indikator": [
        {
            "ref": "layanan-standar-2125", "kode_standar": None,
            "nama": "Persentase pelayanan yang terlayani sesuai standar pelayanan", "satuan": "%",
            "definisi": "",
            "formulasi": (
                "(Jumlah Pelayanan Yang Terlayani Sesuai Standart Pelayanan / Jumlah "
                "Pelayanan Yang Terlayani) x 100%"
            ),
            "sumber_data": "Kecamatan (Laporan Hasil Pelayanan)", "iku": False,
            "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
            "target": {"2021": "81", "2022": "81", "2023": "100", "2024": "100", "2025": "100"},
            "target_akhir": None, "pendahulu": None,
            "realisasi": {"2021": {"TAHUN": "65.03"}, "2022": {"TAHUN": "97.41"},
                          "2023": {"TAHUN": "100"}, "2024": {"TAHUN": "100"}},
            "pembanding": {},
            "narasi": {
                "2025": {
                    "faktor_pendorong": (
                        "Realisasi indikator didapatkan dari akumulasi laporan Pelayanan "
                        "Administrasi Terpadu Kecamatan (PATEN) triwulan 1 sampai dengan "
                        "triwulan 4. Keberhasilan capaian target tersebut dikarenakan "
                        "beberapa upaya yang telah dilakukan diantaranya:\n"
                        "A. SOP yang terdokumentasi dan mudah dipahami\n"
                        "B. Adanya Budaya kerja yang responsif dan ramah\n"
                        "C. Dilakukan Monitoring dan Evaluasi secara berkala terhadap "
                        "pelayanan\n"
                        "D. Adanya laman pengaduan yang mudah diakses oleh warga"
                    ),
                },
            },
        },
    ],
    "anak": [
        {
            "tingkat": "kegiatan",
            "nama": "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
            "kode": "7.01.02.2.04",
            "indikator": [
                {"ref": "7.01.02.2.04-2125", "kode_standar": None,
                 "nama": "Persentase Aduan Masyarakat yang telah ditindaklanjuti", "satuan": "%",
                 "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                 "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                 "target": {"2025": "100"}, "target_akhir": None, "pendahulu": None,
                 "realisasi": {}, "pembanding": {}, "narasi": {}},
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Pelaksanaan Urusan Pemerintahan yang terkait dengan Nonperizinan",
                    "kode": "7.01.02.2.04.0002",
                    "indikator": [
                        {"ref": "7.01.02.2.04.0002-2125", "kode_standar": None,
                         "nama": "Jumlah Laporan Pelaksanaan Nonperizinan pada Urusan Pemerintahan",
                         "satuan": "Layanan", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "975"}, "target_akhir": None,
                         "pendahulu": None, "realisasi": {}, "pembanding": {}, "narasi": {}},
                    ],
                    "anak": [],
                },
            ],
        },
    ],
}

# 2021-2025 / 7.01.06 Program Pembinaan dan Pengawasan Pemerintahan Desa
_2125_PROGRAM_7_01_06 = {
    "tingkat": "program", "nama": "Program Pembinaan dan Pengawasan Pemerintahan Desa",
    "kode": "7.01.06",
    "indikator": [
        {
            "ref": "koordinasi-2125", "kode_standar": None,
            "nama": "Persentase hasil koordinasi yang ditindaklanjuti", "satuan": "%",
            "definisi": "",
            "formulasi": (
                "(Jumlah Dokumen Hasil Koordinasi Yang Ditindaklanjuti / Jumlah Dokumen "
                "Hasil Koordinasi) x 100%"
            ),
            "sumber_data": "Kecamatan (Dokumen Hasil Koordinasi)", "iku": False,
            "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
            "target": {"2022": "100", "2023": "100", "2024": "100", "2025": "100"},
            "target_akhir": None, "pendahulu": None,
            "realisasi": {"2022": {"TAHUN": "100"}, "2023": {"TAHUN": "100"},
                          "2024": {"TAHUN": "100"}},
            "pembanding": {},
            "narasi": {
                "2025": {
                    "faktor_pendorong": (
                        "Realisasi indikator didapatkan dari dokumen hasil koordinasi yang "
                        "telah di tindaklanjuti ditahun berjalan. Keberhasilan capaian "
                        "target tersebut dikarenakan beberapa upaya yang telah dilakukan "
                        "diantaranya:\n"
                        "A. Adanya penanggungjawab untuk menindaklanjuti setiap koordinasi\n"
                        "B. Tidak saling lempar tanggung jawab antar bidang/bagian\n"
                        "C. Dilakukan Monitoring dan Evaluasi secara berkala"
                    ),
                },
            },
        },
    ],
    "anak": [
        {
            "tingkat": "kegiatan",
            "nama": (
                "Fasilitasi, Rekomendasi, dan Koordinasi Pembinaan dan Pengawasan "
                "Pemerintahan Desa"
            ),
            "kode": "7.01.06.2.01",
            "indikator": [
                {"ref": "7.01.06.2.01-2125", "kode_standar": None,
                 "nama": "Jumlah laporan koordinasi", "satuan": "Fasilitasi", "definisi": "",
                 "formulasi": "", "sumber_data": "", "iku": False, "polaritas": "positif",
                 "agregasi": "jumlah", "skala": None, "desimal": 0, "target": {"2025": "23"},
                 "target_akhir": None, "pendahulu": None, "realisasi": {}, "pembanding": {},
                 "narasi": {}},
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Fasilitasi Administrasi Tata Pemerintahan Desa",
                    "kode": "7.01.06.2.01.0002",
                    "indikator": [
                        {
                            "ref": "7.01.06.2.01.0002-2125", "kode_standar": None,
                            "nama": (
                                "Jumlah Dokumen yang Difasilitasi dalam rangka "
                                "Administrasi Tata Pemerintahan Desa"
                            ),
                            "satuan": "Dokumen", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "8"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": (
                        "Fasilitasi Sinkronisasi Perencanaan Pembangunan Daerah dengan "
                        "Pembangunan Desa"
                    ),
                    "kode": "7.01.06.2.01.0009",
                    "indikator": [
                        {
                            "ref": "7.01.06.2.01.0009-2125", "kode_standar": None,
                            "nama": (
                                "Jumlah Dokumen Sinkronisasi Perencanaan Pembangunan "
                                "Daerah dengan Pembangunan Desa"
                            ),
                            "satuan": "Dokumen", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "5"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Fasilitasi Penyelenggaraan Ketenteraman dan Ketertiban Umum",
                    "kode": "7.01.06.2.01.0011",
                    "indikator": [
                        {
                            "ref": "7.01.06.2.01.0011-2125", "kode_standar": None,
                            "nama": (
                                "Jumlah Dokumen Fasilitasi dalam rangka Penyelenggaraan "
                                "Ketenteraman dan Ketertiban Umum"
                            ),
                            "satuan": "Dokumen", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "5"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": (
                        "Fasilitasi Pelaksanaan Tugas, Fungsi, dan Kewajiban Lembaga "
                        "Kemasyarakatan"
                    ),
                    "kode": "7.01.06.2.01.0012",
                    "indikator": [
                        {
                            "ref": "7.01.06.2.01.0012-2125", "kode_standar": None,
                            "nama": (
                                "Jumlah Dokumen Fasilitasi dalam rangka Pelaksanaan Tugas, "
                                "Fungsi, dan Kewajiban Lembaga Kemasyarakatan"
                            ),
                            "satuan": "Dokumen", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "5"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
            ],
        },
    ],
}

# Cascade 2021-2025 (tujuan -> sasaran -> program; programs defined above)
_CASCADE_2125 = [
    {
        "tingkat": "tujuan", "nama": "Meningkatnya Kualitas Pelayanan Publik", "kode": "",
        "mendukung": "rpjmd-2125-pelayanan",   # RPJMD box (unit_pemkab_mojokerto.py), misi 3
        "indikator": [],
        "anak": [
            {
                "tingkat": "sasaran", "nama": "Meningkatnya Kinerja Layanan Kecamatan", "kode": "",
                "mendukung": "rpjmd-2125-pelayanan",
                "indikator": [
                    {
                        "ref": "ikm-2125", "kode_standar": "ikm", "nama": "IKM Kecamatan",
                        "satuan": "Nilai",
                        "definisi": (
                            "Survey Kepuasan Masyarakat (SKM) adalah pengukuran secara "
                            "komprehensif kegiatan tentang tingkat kepuasan masyarakat dan "
                            "keterlibatan masyarakat dalam menempuh jaminan akses "
                            "informasi publik berdasarkan pedoman pengelolaan informasi "
                            "dan dokumentasi.\n"
                            "\n"
                            "Indeks Kepuasan Masyarakat adalah hasil pengukuran dari "
                            "kegiatan Survei Kepuasan Masyarakat berupa angka. Survei "
                            "Kepuasan Masyarakat adalah kegiatan pengukuran secara "
                            "komprehensif tentang tingkat kepuasan masyarakat terhadap "
                            "kualitas layanan yang diberikan oleh penyelenggara pelayanan "
                            "publik.\n"
                            "\n"
                            "Kategori Tidak Baik : 25,00 – 64,99; Kategori Kurang Baik : "
                            "65,00 – 76,60; Kategori Baik : 76,61 – 88,30; Kategori Sangat "
                            "Baik : 88,31 – 100,00"
                        ),
                        "formulasi": (
                            "(Total dari Nilai Persepsi per Unsur / Total Unsur yang "
                            "Terisi) x Nilai Penimbang"
                        ),
                        "sumber_data": "Laporan Hasil Sukma-E", "iku": True, "polaritas": "positif",
                        "agregasi": "terakhir", "skala": "skm", "desimal": 2,
                        "target": {"2021": "83", "2022": "84", "2023": "85", "2024": "88.31",
                                   "2025": "92"},
                        "target_akhir": "88", "pendahulu": None,
                        "realisasi": {"2021": {"TAHUN": "86.02"}, "2022": {"TAHUN": "90"},
                                      "2023": {"TAHUN": "88.5"}, "2024": {"TAHUN": "91.75"}},
                        "pembanding": {},
                        "narasi": {
                            "2025": {
                                "faktor_pendorong": (
                                    "Nilai IKM Kecamatan didapatkan dari rata-rata nilai "
                                    "Survei Kepuasan Masyarakat (SKM) semester 1 dan "
                                    "semester 2. Keberhasilan capaian target tersebut "
                                    "dikarenakan beberapa upaya yang telah dilakukan yaitu:\n"
                                    "a. Kualitas pelayanan yang baik, meliputi waktu, "
                                    "prosedur serta persyaratan yang tidak berbelit\n"
                                    "b. Sumber Daya Manusia yang Profesional dan Ramah\n"
                                    "c. Sarana dan prasarana yang cukup memadai, terdiri "
                                    "dari ruang tunggu yang nyaman, fasilitas yang ramah "
                                    "disabilitas serta system antrian yang tertib\n"
                                    "d. Transparansi serta kepastian layanan"
                                ),
                            },
                        },
                    },
                ],
                "anak": [_2125_PROGRAM_7_01_01, _2125_PROGRAM_7_01_02, _2125_PROGRAM_7_01_06],
            },
        ],
    },
]

# 2025-2029 / 7.01.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota
_2529_PROGRAM_7_01_01 = {
    "tingkat": "program", "nama": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "kode": "7.01.01",
    "indikator": [
        {"ref": "kepuasan-kesekretariatan-2529", "kode_standar": None,
         "nama": "Tingkat Kepuasan Pengguna Layanan Kesekretariatan", "satuan": "%",
         "definisi": "", "formulasi": "", "sumber_data": "", "iku": False, "polaritas": "positif",
         "agregasi": "terakhir", "skala": None, "desimal": 2, "target": {"2025": "90"},
         "target_akhir": None, "pendahulu": None, "realisasi": {}, "pembanding": {}, "narasi": {}},
        {"ref": "realisasi-anggaran-2529", "kode_standar": "serapan_anggaran",
         "nama": "Persentase Realisasi Anggaran PD", "satuan": "%", "definisi": "",
         "formulasi": "(Realisasi Anggaran / Pagu Anggaran) x 100%",
         "sumber_data": "Kecamatan (Realisasi Anggaran)", "iku": False, "polaritas": "positif",
         "agregasi": "terakhir", "skala": None, "desimal": 2, "target": {"2025": "90.3"},
         "target_akhir": None, "pendahulu": "realisasi-anggaran-2125", "realisasi": {},
         "turunan": {"fungsi": "serapan_anggaran", "cakupan": "sendiri", "mulai_tahun": 2025},
         "pembanding": {}, "narasi": {}},
    ],
    "anak": [
        {
            "tingkat": "kegiatan",
            "nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "kode": "7.01.01.2.01",
            "indikator": [
                {"ref": "7.01.01.2.01-2529", "kode_standar": None,
                 "nama": "Persentase Kinerja PD yang tercapai Minimal 90%", "satuan": "%",
                 "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                 "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                 "target": {"2025": "90"}, "target_akhir": None, "pendahulu": None,
                 "realisasi": {}, "pembanding": {}, "narasi": {}},
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
                    "kode": "7.01.01.2.01.0001",
                    "indikator": [
                        {"ref": "7.01.01.2.01.0001-2529", "kode_standar": None,
                         "nama": "Jumlah Dokumen Perencanaan Perangkat Daerah",
                         "satuan": "Dokumen", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "4"}, "target_akhir": None,
                         "pendahulu": "7.01.01.2.01.0001-2125", "realisasi": {}, "pembanding": {},
                         "narasi": {}},
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan", "nama": "Evaluasi Kinerja Perangkat Daerah",
                    "kode": "7.01.01.2.01.0007",
                    "indikator": [
                        {"ref": "7.01.01.2.01.0007-2529", "kode_standar": None,
                         "nama": "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah",
                         "satuan": "Laporan", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "21"}, "target_akhir": None,
                         "pendahulu": "7.01.01.2.01.0007-2125", "realisasi": {}, "pembanding": {},
                         "narasi": {}},
                    ],
                    "anak": [],
                },
            ],
        },
        {
            "tingkat": "kegiatan", "nama": "Administrasi Keuangan Perangkat Daerah",
            "kode": "7.01.01.2.02",
            "indikator": [
                {"ref": "7.01.01.2.02-2529", "kode_standar": None,
                 "nama": "Persentase Hasil Temuan Pemeriksaan Laporan Keuangan yang ditindaklanjuti",
                 "satuan": "%", "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                 "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                 "target": {"2025": "100"}, "target_akhir": None, "pendahulu": "7.01.01.2.02-2125",
                 "realisasi": {}, "pembanding": {}, "narasi": {}},
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan", "nama": "Penyediaan Gaji dan Tunjangan ASN",
                    "kode": "7.01.01.2.02.0001",
                    "indikator": [
                        {"ref": "7.01.01.2.02.0001-2529", "kode_standar": None,
                         "nama": "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
                         "satuan": "Orang/Bulan", "definisi": "", "formulasi": "",
                         "sumber_data": "", "iku": False, "polaritas": "positif",
                         "agregasi": "terakhir", "skala": None, "desimal": 0,
                         "target": {"2025": "40"}, "target_akhir": None,
                         "pendahulu": "7.01.01.2.02.0001-2125", "realisasi": {}, "pembanding": {},
                         "narasi": {}},
                    ],
                    "anak": [],
                },
            ],
        },
        {
            "tingkat": "kegiatan", "nama": "Administrasi Umum Perangkat Daerah",
            "kode": "7.01.01.2.06",
            "indikator": [
                {"ref": "7.01.01.2.06-2529", "kode_standar": None,
                 "nama": "Persentase Pelayanan Umum yang Terlaksana Sesuai Standar", "satuan": "%",
                 "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                 "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                 "target": {"2025": "85"}, "target_akhir": None,
                 "pendahulu": "7.01.01.2.06-2125-2", "realisasi": {}, "pembanding": {},
                 "narasi": {}},
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
                    "kode": "7.01.01.2.06.0001",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.06.0001-2529", "kode_standar": None,
                            "nama": (
                                "Jumlah Paket Komponen Instalasi Listrik/ Penerangan "
                                "Bangunan Kantor yang Disediakan"
                            ),
                            "satuan": "Paket", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "1"},
                            "target_akhir": None, "pendahulu": "7.01.01.2.06.0001-2125",
                            "realisasi": {}, "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Penyediaan Peralatan dan Perlengkapan Kantor",
                    "kode": "7.01.01.2.06.0002",
                    "indikator": [
                        {"ref": "7.01.01.2.06.0002-2529", "kode_standar": None,
                         "nama": "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan",
                         "satuan": "Paket", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "2"}, "target_akhir": None,
                         "pendahulu": "7.01.01.2.06.0002-2125", "realisasi": {}, "pembanding": {},
                         "narasi": {}},
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan", "nama": "Penyediaan Bahan Logistik Kantor",
                    "kode": "7.01.01.2.06.0004",
                    "indikator": [
                        {"ref": "7.01.01.2.06.0004-2529", "kode_standar": None,
                         "nama": "Jumlah Paket Bahan Logistik Kantor yang disediakan",
                         "satuan": "Paket", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "12"}, "target_akhir": None,
                         "pendahulu": "7.01.01.2.06.0004-2125", "realisasi": {}, "pembanding": {},
                         "narasi": {}},
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan", "nama": "Penyediaan Barang Cetak dan Penggandaan",
                    "kode": "7.01.01.2.06.0005",
                    "indikator": [
                        {"ref": "7.01.01.2.06.0005-2529", "kode_standar": None,
                         "nama": "Jumlah Paket Barang Cetak dan Penggandaan yang disediakan",
                         "satuan": "Paket", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "1"}, "target_akhir": None,
                         "pendahulu": "7.01.01.2.06.0005-2125", "realisasi": {}, "pembanding": {},
                         "narasi": {}},
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan",
                    "kode": "7.01.01.2.06.0006",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.06.0006-2529", "kode_standar": None,
                            "nama": (
                                "Jumlah Dokumen Bahan Bacaan dan Peraturan "
                                "Perundang-Undangan yang disediakan"
                            ),
                            "satuan": "Dokumen", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "2"},
                            "target_akhir": None, "pendahulu": "7.01.01.2.06.0006-2125",
                            "realisasi": {}, "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan", "nama": "Penyediaan Bahan/Material",
                    "kode": "7.01.01.2.06.0007",
                    "indikator": [
                        {"ref": "7.01.01.2.06.0007-2529", "kode_standar": None,
                         "nama": "Jumlah Paket Bahan / Material yang disediakan",
                         "satuan": "Paket", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "12"}, "target_akhir": None,
                         "pendahulu": "7.01.01.2.06.0007-2125", "realisasi": {}, "pembanding": {},
                         "narasi": {}},
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                    "kode": "7.01.01.2.06.0009",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.06.0009-2529", "kode_standar": None,
                            "nama": (
                                "Jumlah laporan Penyelenggaraan Rapat Koordinasi dan "
                                "Konsultasi SKPD"
                            ),
                            "satuan": "Laporan", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "12"},
                            "target_akhir": None, "pendahulu": "7.01.01.2.06.0009-2125",
                            "realisasi": {}, "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
            ],
        },
        {
            "tingkat": "kegiatan", "nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            "kode": "7.01.01.2.08",
            "indikator": [
                {"ref": "7.01.01.2.08-2529", "kode_standar": None,
                 "nama": "Persentase Pelayanan Umum yang Terlaksana Sesuai Standar", "satuan": "%",
                 "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                 "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                 "target": {"2025": "100"}, "target_akhir": None, "pendahulu": None,
                 "realisasi": {}, "pembanding": {}, "narasi": {}},
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                    "kode": "7.01.01.2.08.0002",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.08.0002-2529", "kode_standar": None,
                            "nama": (
                                "Jumlah laporan Penyediaan Jasa Komunikasi, Sumber Daya "
                                "Air dan Listrik yang disediakan"
                            ),
                            "satuan": "Laporan", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "12"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan", "nama": "Penyediaan Jasa Pelayanan Umum Kantor",
                    "kode": "7.01.01.2.08.0004",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.08.0004-2529", "kode_standar": None,
                            "nama": (
                                "Jumlah laporan Penyediaan Jasa Pelayanan Umum Kantor yang "
                                "disediakan"
                            ),
                            "satuan": "Laporan", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "12"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
            ],
        },
        {
            "tingkat": "kegiatan",
            "nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
            "kode": "7.01.01.2.09",
            "indikator": [
                {"ref": "7.01.01.2.09-2529", "kode_standar": None,
                 "nama": "Persentase Ketersediaan Sarana dan Prasarana Kantor sesuai standar",
                 "satuan": "%", "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                 "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                 "target": {"2025": "85"}, "target_akhir": None, "pendahulu": "7.01.01.2.09-2125",
                 "realisasi": {}, "pembanding": {}, "narasi": {}},
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan",
                    "nama": (
                        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak "
                        "Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan"
                    ),
                    "kode": "7.01.01.2.09.0001",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.09.0001-2529", "kode_standar": None,
                            "nama": (
                                "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas "
                                "Jabatan yang Dipelihara dan dibayarkan Pajaknya"
                            ),
                            "satuan": "Unit", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "1"},
                            "target_akhir": None, "pendahulu": "7.01.01.2.09.0001-2125",
                            "realisasi": {}, "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
                    "kode": "7.01.01.2.09.0009",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.09.0009-2529", "kode_standar": None,
                            "nama": (
                                "Jumlah unit Gedung Kantor dan Bangunan Lainnya yang "
                                "Dipelihara/Direhabilitasi"
                            ),
                            "satuan": "Unit", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "3"},
                            "target_akhir": None, "pendahulu": "7.01.01.2.09.0009-2125",
                            "realisasi": {}, "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": (
                        "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung "
                        "Kantor atau Bangunan Lainnya"
                    ),
                    "kode": "7.01.01.2.09.0011",
                    "indikator": [
                        {
                            "ref": "7.01.01.2.09.0011-2529", "kode_standar": None,
                            "nama": (
                                "Jumlah Sarana dan Prasarana Pendukung Gedung Kantor atau "
                                "Bangunan lainnya yang dipelihara/direhabilitasi"
                            ),
                            "satuan": "Unit", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "6"},
                            "target_akhir": None, "pendahulu": None, "realisasi": {},
                            "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
            ],
        },
    ],
}

# 2025-2029 / 7.01.02 Program Penyelenggaraan Pemerintahan dan Pelayanan Publik
_2529_PROGRAM_7_01_02 = {
    "tingkat": "program", "nama": "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
    "kode": "7.01.02",
    "indikator": [
        {
            "ref": "layanan-standar-2529", "kode_standar": None,
            "nama": "Persentase layanan yang diselenggarakan sesuai standar", "satuan": "%",
            "definisi": (
                "Persentase Layanan yang Diselenggarakan Sesuai Standar merupakan "
                "indikator kinerja untuk mengukur tingkat kepatuhan Kecamatan dalam "
                "menyelenggarakan pelayanan publik sesuai standar pelayanan yang "
                "ditetapkan, meliputi persyaratan, prosedur, waktu penyelesaian, "
                "biaya/tarif, produk layanan, kompetensi petugas, sarana prasarana, serta "
                "penanganan pengaduan. Indikator ini mencerminkan kualitas dan konsistensi "
                "pelayanan publik yang diberikan kepada masyarakat."
            ),
            "formulasi": (
                "(Jumlah Pelayanan Yang Terlayani Sesuai Standart Pelayanan / Jumlah "
                "Pelayanan Yang Terlayani) x 100%"
            ),
            "sumber_data": "Kecamatan (Laporan Hasil Pelayanan)", "iku": True,
            "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
            "target": {"2025": "100"}, "target_akhir": None, "pendahulu": "layanan-standar-2125",
            "realisasi": {"2025": {"TW1": "25", "TW2": "50", "TW3": "75", "TW4": "100"}},
            "pembanding": {},
            "narasi": {
                "2025": {
                    "faktor_pendorong": (
                        "Realisasi indikator didapatkan dari akumulasi laporan Pelayanan "
                        "Administrasi Terpadu Kecamatan (PATEN) triwulan 1 sampai dengan "
                        "triwulan 4. Keberhasilan capaian target tersebut dikarenakan "
                        "beberapa upaya yang telah dilakukan diantaranya:\n"
                        "A. SOP yang terdokumentasi dan mudah dipahami\n"
                        "B. Adanya Budaya kerja yang responsif dan ramah\n"
                        "C. Dilakukan Monitoring dan Evaluasi secara berkala terhadap "
                        "pelayanan\n"
                        "D. Adanya laman pengaduan yang mudah diakses oleh warga"
                    ),
                },
            },
        },
    ],
    "anak": [
        {
            "tingkat": "kegiatan",
            "nama": "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
            "kode": "7.01.02.2.04",
            "indikator": [
                {"ref": "7.01.02.2.04-2529", "kode_standar": None,
                 "nama": "Persentase Aduan Masyarakat yang telah ditindaklanjuti", "satuan": "%",
                 "definisi": "", "formulasi": "", "sumber_data": "", "iku": False,
                 "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                 "target": {"2025": "100"}, "target_akhir": None, "pendahulu": "7.01.02.2.04-2125",
                 "realisasi": {}, "pembanding": {}, "narasi": {}},
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Pelaksanaan Urusan Pemerintahan yang terkait dengan Nonperizinan",
                    "kode": "7.01.02.2.04.0002",
                    "indikator": [
                        {"ref": "7.01.02.2.04.0002-2529", "kode_standar": None,
                         "nama": "Jumlah Laporan Pelaksanaan Nonperizinan pada Urusan Pemerintahan",
                         "satuan": "Laporan", "definisi": "", "formulasi": "", "sumber_data": "",
                         "iku": False, "polaritas": "positif", "agregasi": "jumlah", "skala": None,
                         "desimal": 0, "target": {"2025": "17"}, "target_akhir": None,
                         "pendahulu": None, "realisasi": {}, "pembanding": {}, "narasi": {}},
                    ],
                    "anak": [],
                },
            ],
        },
    ],
}

# 2025-2029 / 7.01.06 Program Pembinaan dan Pengawasan Pemerintahan Desa
_2529_PROGRAM_7_01_06 = {
    "tingkat": "program", "nama": "Program Pembinaan dan Pengawasan Pemerintahan Desa",
    "kode": "7.01.06",
    "indikator": [
        {
            "ref": "koordinasi-2529", "kode_standar": None,
            "nama": "Persentase hasil koordinasi yang ditindaklanjuti", "satuan": "%",
            "definisi": (
                "Persentase Hasil Koordinasi yang Ditindaklanjuti merupakan indikator "
                "kinerja untuk mengukur efektivitas Kecamatan dalam menindaklanjuti hasil "
                "koordinasi dengan perangkat daerah, instansi terkait, pemerintah "
                "desa/kelurahan, dan pemangku kepentingan lainnya. Indikator ini "
                "mencerminkan komitmen Kecamatan dalam mewujudkan hasil koordinasi ke "
                "dalam tindakan nyata guna mendukung penyelenggaraan pemerintahan, "
                "pembangunan, dan pelayanan publik."
            ),
            "formulasi": (
                "(Jumlah Dokumen Hasil Koordinasi Yang Ditindaklanjuti / Jumlah Dokumen "
                "Hasil Koordinasi) x 100%"
            ),
            "sumber_data": "Kecamatan (Dokumen Hasil Koordinasi)", "iku": True,
            "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
            "target": {"2025": "100"}, "target_akhir": None, "pendahulu": "koordinasi-2125",
            "realisasi": {"2025": {"TW1": "25", "TW2": "50", "TW3": "75", "TW4": "100"}},
            "pembanding": {},
            "narasi": {
                "2025": {
                    "faktor_pendorong": (
                        "Realisasi indikator didapatkan dari dokumen hasil koordinasi yang "
                        "telah di tindaklanjuti ditahun berjalan. Keberhasilan capaian "
                        "target tersebut dikarenakan beberapa upaya yang telah dilakukan "
                        "diantaranya:\n"
                        "A. Adanya penanggungjawab untuk menindaklanjuti setiap koordinasi\n"
                        "B. Tidak saling lempar tanggung jawab antar bidang/bagian\n"
                        "C. Dilakukan Monitoring dan Evaluasi secara berkala"
                    ),
                },
            },
        },
    ],
    "anak": [
        {
            "tingkat": "kegiatan",
            "nama": (
                "Fasilitasi, Rekomendasi, dan Koordinasi Pembinaan dan Pengawasan "
                "Pemerintahan Desa"
            ),
            "kode": "7.01.06.2.01",
            "indikator": [
                {"ref": "7.01.06.2.01-2529", "kode_standar": None,
                 "nama": "Jumlah laporan koordinasi", "satuan": "Fasilitasi", "definisi": "",
                 "formulasi": "", "sumber_data": "", "iku": False, "polaritas": "positif",
                 "agregasi": "jumlah", "skala": None, "desimal": 0, "target": {"2025": "23"},
                 "target_akhir": None, "pendahulu": "7.01.06.2.01-2125", "realisasi": {},
                 "pembanding": {}, "narasi": {}},
            ],
            "anak": [
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Fasilitasi Administrasi Tata Pemerintahan Desa",
                    "kode": "7.01.06.2.01.0002",
                    "indikator": [
                        {
                            "ref": "7.01.06.2.01.0002-2529", "kode_standar": None,
                            "nama": (
                                "Jumlah Dokumen yang Difasilitasi dalam Rangka "
                                "Administrasi Pemerintahan Desa"
                            ),
                            "satuan": "Dokumen", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "5"},
                            "target_akhir": None, "pendahulu": "7.01.06.2.01.0002-2125",
                            "realisasi": {}, "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": (
                        "Fasilitasi Sinkronisasi Perencanaan Pembangunan Daerah dengan "
                        "Pembangunan Desa"
                    ),
                    "kode": "7.01.06.2.01.0009",
                    "indikator": [
                        {
                            "ref": "7.01.06.2.01.0009-2529", "kode_standar": None,
                            "nama": (
                                "Jumlah Dokumen Sinkronisasi Perencanaan Pembangunan "
                                "Daerah dengan Pembangunan Desa"
                            ),
                            "satuan": "Dokumen", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "5"},
                            "target_akhir": None, "pendahulu": "7.01.06.2.01.0009-2125",
                            "realisasi": {}, "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": "Fasilitasi Penyelenggaraan Ketenteraman dan Ketertiban Umum",
                    "kode": "7.01.06.2.01.0011",
                    "indikator": [
                        {
                            "ref": "7.01.06.2.01.0011-2529", "kode_standar": None,
                            "nama": (
                                "Jumlah Dokumen Fasilitasi dalam Rangka Penyelenggaraan "
                                "Ketenteraman dan Ketertiban Umum"
                            ),
                            "satuan": "Dokumen", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "5"},
                            "target_akhir": None, "pendahulu": "7.01.06.2.01.0011-2125",
                            "realisasi": {}, "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
                {
                    "tingkat": "sub_kegiatan",
                    "nama": (
                        "Fasilitasi Pelaksanaan Tugas, Fungsi, dan Kewajiban Lembaga "
                        "Kemasyarakatan"
                    ),
                    "kode": "7.01.06.2.01.0012",
                    "indikator": [
                        {
                            "ref": "7.01.06.2.01.0012-2529", "kode_standar": None,
                            "nama": (
                                "Jumlah Dokumen Fasilitasi dalam Rangka Pelaksanaan Tugas, "
                                "Fungsi, dan Kewajiban Lembaga Kemasyarakatan"
                            ),
                            "satuan": "Dokumen", "definisi": "", "formulasi": "", "sumber_data": "",
                            "iku": False, "polaritas": "positif", "agregasi": "jumlah",
                            "skala": None, "desimal": 0, "target": {"2025": "5"},
                            "target_akhir": None, "pendahulu": "7.01.06.2.01.0012-2125",
                            "realisasi": {}, "pembanding": {}, "narasi": {},
                        },
                    ],
                    "anak": [],
                },
            ],
        },
    ],
}

# Cascade 2025-2029 (tujuan -> sasaran -> program; programs defined above)
_CASCADE_2529 = [
    {
        "tingkat": "tujuan", "nama": "Meningkatnya Kinerja Layanan Kecamatan", "kode": "",
        "mendukung": "rpjmd-2529-t1",   # the RPJMD tujuan of misi 1 (unit_pemkab_mojokerto.py)
        "indikator": [],
        "anak": [
            {
                "tingkat": "sasaran",
                "nama": (
                    "Meningkatnya Kualitas Tata Kelola Penunjang Pencapaian Kinerja "
                    "Perangkat Daerah"
                ),
                "kode": "", "mendukung": "rpjmd-2529-akuntabilitas",
                "indikator": [
                    {
                        "ref": "sakip-2529", "kode_standar": "nilai_sakip",
                        "nama": "Nilai SAKIP Kecamatan", "satuan": "Nilai",
                        "definisi": (
                            "Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) "
                            "adalah sistem yang mengintegrasikan perencanaan, pengukuran, "
                            "pelaporan, dan evaluasi kinerja secara terpadu dalam rangka "
                            "mewujudkan pemerintah yang transparan dan akuntabel.\n"
                            "\n"
                            "Kategori Sangat Kurang : 0 – 30; Kategori Kurang : 30 – 50; "
                            "Kategori Cukup : 50 – 60; Kategori Baik : 60 - 70; Kategori "
                            "Sangat Baik : 70 – 80; Kategori Memuaskan : 80 - 90; Kategori "
                            "Sangat Memuaskan : 90 – 100"
                        ),
                        "formulasi": "Laporan Hasil Evaluasi SAKIP",
                        "sumber_data": "LHE SAKIP dari Inspektorat", "iku": True,
                        "polaritas": "positif", "agregasi": "terakhir", "skala": "sakip",
                        "desimal": 2, "target": {"2025": "83"}, "target_akhir": None,
                        "pendahulu": "sakip-2125", "realisasi": {"2025": {"TW3": "84.32"}},
                        "pembanding": {},
                        "narasi": {
                            "2025": {
                                "faktor_pendorong": (
                                    "Realisasi indikator didapatkan dari nilai yang ada "
                                    "pada dokumen Laporan Hasil Evaluasi AKIP tahun "
                                    "berjalan. Penilaian AKIP tersebut meliputi penilaian "
                                    "perencanaan kinerja, pengukuran kinerja, pelaporan "
                                    "kinerja dan evaluasi akuntabilitas kinerja internal. "
                                    "Keberhasilan capaian target tersebut dikarenakan "
                                    "beberapa upaya yang telah dilakukan diantaranya:\n"
                                    "A. Adanya dokumen perencanaan kinerja yang terukur "
                                    "dan relevan\n"
                                    "B. Tim SAKIP memahami regulasi dan teknis penyusunan\n"
                                    "C. Adanya Program/kegiatan yang mendukung langsung "
                                    "pencapaian indikator\n"
                                    "D. Data capaian indikator valid dan dapat "
                                    "dipertanggungjawabkan\n"
                                    "E. Tertib Administrasi dan Dokumentasi"
                                ),
                            },
                        },
                    },
                ],
                "anak": [_2529_PROGRAM_7_01_01],
            },
            {
                "tingkat": "sasaran", "nama": "Meningkatnya Kinerja Layanan Kecamatan", "kode": "",
                "mendukung": "rpjmd-2529-pelayanan",
                "indikator": [
                    {
                        "ref": "ikm-2529", "kode_standar": "ikm", "nama": "IKM Kecamatan",
                        "satuan": "Nilai",
                        "definisi": (
                            "Survey Kepuasan Masyarakat (SKM) adalah pengukuran secara "
                            "komprehensif kegiatan tentang tingkat kepuasan masyarakat dan "
                            "keterlibatan masyarakat dalam menempuh jaminan akses "
                            "informasi publik berdasarkan pedoman pengelolaan informasi "
                            "dan dokumentasi.\n"
                            "\n"
                            "Indeks Kepuasan Masyarakat adalah hasil pengukuran dari "
                            "kegiatan Survei Kepuasan Masyarakat berupa angka. Survei "
                            "Kepuasan Masyarakat adalah kegiatan pengukuran secara "
                            "komprehensif tentang tingkat kepuasan masyarakat terhadap "
                            "kualitas layanan yang diberikan oleh penyelenggara pelayanan "
                            "publik.\n"
                            "\n"
                            "Kategori Tidak Baik : 25,00 – 64,99; Kategori Kurang Baik : "
                            "65,00 – 76,60; Kategori Baik : 76,61 – 88,30; Kategori Sangat "
                            "Baik : 88,31 – 100,00"
                        ),
                        "formulasi": (
                            "(Total dari Nilai Persepsi per Unsur / Total Unsur yang "
                            "Terisi) x Nilai Penimbang"
                        ),
                        "sumber_data": "Laporan Hasil Sukma-E", "iku": True, "polaritas": "positif",
                        "agregasi": "terakhir", "skala": "skm", "desimal": 2,
                        "target": {"2025": "92"}, "target_akhir": None, "pendahulu": "ikm-2125",
                        "realisasi": {"2025": {"TW4": "93.15"}}, "pembanding": {},
                        "narasi": {
                            "2025": {
                                "faktor_pendorong": (
                                    "Nilai IKM Kecamatan didapatkan dari rata-rata nilai "
                                    "Survei Kepuasan Masyarakat (SKM) semester 1 dan "
                                    "semester 2. Keberhasilan capaian target tersebut "
                                    "dikarenakan beberapa upaya yang telah dilakukan yaitu:\n"
                                    "a. Kualitas pelayanan yang baik, meliputi waktu, "
                                    "prosedur serta persyaratan yang tidak berbelit\n"
                                    "b. Sumber Daya Manusia yang Profesional dan Ramah\n"
                                    "c. Sarana dan prasarana yang cukup memadai, terdiri "
                                    "dari ruang tunggu yang nyaman, fasilitas yang ramah "
                                    "disabilitas serta system antrian yang tertib\n"
                                    "d. Transparansi serta kepastian layanan"
                                ),
                            },
                        },
                    },
                ],
                "anak": [_2529_PROGRAM_7_01_02, _2529_PROGRAM_7_01_06],
            },
        ],
    },
]

# DPA 2025 (Tabel III.4) / 7.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA
_DPA_2025_7_01_01 = {
    "tingkat": "program", "kode": "7.01.01",
    "nama": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    "anak": [
        {
            "tingkat": "kegiatan", "kode": "7.01.01.2.01",
            "nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "anak": [
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.01.0001",
                 "nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah", "pelaksana": None,
                 "pagu": "10000000", "realisasi": {"TW4": "9777300"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.01.0007",
                 "nama": "Evaluasi Kinerja Perangkat Daerah", "pelaksana": None,
                 "pagu": "10000000", "realisasi": {"TW4": "8029000"}},
            ],
        },
        {
            "tingkat": "kegiatan", "kode": "7.01.01.2.02",
            "nama": "Administrasi Keuangan Perangkat Daerah",
            "anak": [
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.02.0001",
                 "nama": "Penyediaan Gaji dan Tunjangan ASN", "pelaksana": None,
                 "pagu": "5991835000", "realisasi": {"TW4": "5557348669"}},
            ],
        },
        {
            "tingkat": "kegiatan", "kode": "7.01.01.2.06",
            "nama": "Administrasi Umum Perangkat Daerah",
            "anak": [
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.06.0001",
                 "nama": "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
                 "pelaksana": None, "pagu": "30000000", "realisasi": {"TW4": "29335980"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.06.0002",
                 "nama": "Penyediaan Peralatan dan Perlengkapan Kantor", "pelaksana": None,
                 "pagu": "31286790", "realisasi": {"TW4": "30430000"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.06.0004",
                 "nama": "Penyediaan Bahan Logistik Kantor", "pelaksana": None, "pagu": "92000000",
                 "realisasi": {"TW4": "88820400"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.06.0005",
                 "nama": "Penyediaan Barang Cetak dan Penggandaan", "pelaksana": None,
                 "pagu": "60000000", "realisasi": {"TW4": "37142000"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.06.0006",
                 "nama": "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan",
                 "pelaksana": None, "pagu": "6000000", "realisasi": {"TW4": "3681000"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.06.0007",
                 "nama": "Penyediaan Bahan/Material", "pelaksana": None, "pagu": "60000000",
                 "realisasi": {"TW4": "56467775"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.06.0009",
                 "nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "pelaksana": None,
                 "pagu": "19000000", "realisasi": {"TW4": "10137042"}},
            ],
        },
        {
            "tingkat": "kegiatan", "kode": "7.01.01.2.08",
            "nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            "anak": [
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.08.0002",
                 "nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                 "pelaksana": None, "pagu": "84000000", "realisasi": {"TW4": "67528050"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.08.0004",
                 "nama": "Penyediaan Jasa Pelayanan Umum Kantor", "pelaksana": None,
                 "pagu": "166500000", "realisasi": {"TW4": "164758000"}},
            ],
        },
        {
            "tingkat": "kegiatan", "kode": "7.01.01.2.09",
            "nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
            "anak": [
                {
                    "tingkat": "sub_kegiatan", "kode": "7.01.01.2.09.0001",
                    "nama": (
                        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak "
                        "Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan"
                    ),
                    "pelaksana": None, "pagu": "77200000", "realisasi": {"TW4": "67186000"},
                },
                {"tingkat": "sub_kegiatan", "kode": "7.01.01.2.09.0009",
                 "nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
                 "pelaksana": None, "pagu": "35000000", "realisasi": {"TW4": "34725980"}},
                {
                    "tingkat": "sub_kegiatan", "kode": "7.01.01.2.09.0011",
                    "nama": (
                        "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung "
                        "Kantor atau Bangunan Lainnya"
                    ),
                    "pelaksana": None, "pagu": "24600000", "realisasi": {"TW4": "23406700"},
                },
            ],
        },
    ],
}

# DPA 2025 (Tabel III.4) / 7.01.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK
_DPA_2025_7_01_02 = {
    "tingkat": "program", "kode": "7.01.02",
    "nama": "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
    "anak": [
        {
            "tingkat": "kegiatan", "kode": "7.01.02.2.04",
            "nama": "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
            "anak": [
                {
                    "tingkat": "sub_kegiatan", "kode": "7.01.02.2.04.0002",
                    "nama": (
                        "Pelaksanaan Urusan Pemerintahan yang terkait dengan Pelayanan "
                        "Perizinan Non Usaha"
                    ),
                    "pelaksana": None, "pagu": "23900000", "realisasi": {"TW4": "22354500"},
                },
            ],
        },
    ],
}

# DPA 2025 (Tabel III.4) / 7.01.03 PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN
_DPA_2025_7_01_03 = {
    "tingkat": "program", "kode": "7.01.03",
    "nama": "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
    "anak": [
        {
            "tingkat": "kegiatan", "kode": "7.01.03.2.02",
            "nama": "Kegiatan Pemberdayaan Kelurahan",
            "anak": [
                {"tingkat": "sub_kegiatan", "kode": "7.01.03.2.02.0002",
                 "nama": "Pembangunan Sarana dan Prasarana Kelurahan Kauman",
                 "pelaksana": "kelurahan-kauman", "pagu": "440000000",
                 "realisasi": {"TW4": "407771535"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.03.2.02.0003",
                 "nama": "Pemberdayaan Masyarakat di Kelurahan Kauman",
                 "pelaksana": "kelurahan-kauman", "pagu": "308821930",
                 "realisasi": {"TW4": "270771547"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.03.2.02.0002",
                 "nama": "Pembangunan Sarana dan Prasarana Kelurahan Wonokusumo",
                 "pelaksana": "kelurahan-wonokusumo", "pagu": "439087000",
                 "realisasi": {"TW4": "402898584"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.03.2.02.0003",
                 "nama": "Pemberdayaan Masyarakat di Kelurahan Wonokusumo",
                 "pelaksana": "kelurahan-wonokusumo", "pagu": "289311830",
                 "realisasi": {"TW4": "249837690"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.03.2.02.0002",
                 "nama": "Pembangunan Sarana dan Prasarana Kelurahan Sawahan",
                 "pelaksana": "kelurahan-sawahan", "pagu": "440000000",
                 "realisasi": {"TW4": "389770990"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.03.2.02.0003",
                 "nama": "Pemberdayaan Masyarakat di Kelurahan Sawahan",
                 "pelaksana": "kelurahan-sawahan", "pagu": "220764845",
                 "realisasi": {"TW4": "147225547"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.03.2.02.0002",
                 "nama": "Pembangunan Sarana dan Prasarana Kelurahan Mojosari",
                 "pelaksana": "kelurahan-mojosari", "pagu": "349365700",
                 "realisasi": {"TW4": "329137630"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.03.2.02.0003",
                 "nama": "Pemberdayaan Masyarakat di Kelurahan Mojosari",
                 "pelaksana": "kelurahan-mojosari", "pagu": "365271330",
                 "realisasi": {"TW4": "313731515"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.03.2.02.0002",
                 "nama": "Pembangunan Sarana dan Prasarana Kelurahan Sarirejo",
                 "pelaksana": "kelurahan-sarirejo", "pagu": "445158500",
                 "realisasi": {"TW4": "417984150"}},
                {"tingkat": "sub_kegiatan", "kode": "7.01.03.2.02.0003",
                 "nama": "Pemberdayaan Masyarakat di Kelurahan Sarirejo",
                 "pelaksana": "kelurahan-sarirejo", "pagu": "284690930",
                 "realisasi": {"TW4": "205117767"}},
            ],
        },
    ],
}

# DPA 2025 (Tabel III.4) / 7.01.06 PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA
_DPA_2025_7_01_06 = {
    "tingkat": "program", "kode": "7.01.06",
    "nama": "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA",
    "anak": [
        {
            "tingkat": "kegiatan", "kode": "7.01.06.2.01",
            "nama": (
                "Fasilitasi, Rekomendasi, dan Koordinasi Pembinaan dan Pengawasan "
                "Pemerintahan Desa"
            ),
            "anak": [
                {"tingkat": "sub_kegiatan", "kode": "7.01.06.2.01.0002",
                 "nama": "Fasilitasi Administrasi Tata Pemerintahan Desa", "pelaksana": None,
                 "pagu": "38300000", "realisasi": {"TW4": "34113348"}},
                {
                    "tingkat": "sub_kegiatan", "kode": "7.01.06.2.01.0009",
                    "nama": (
                        "Fasilitasi Sinkronisasi Perencanaan Pembangunan Daerah dengan "
                        "Pembangunan Desa"
                    ),
                    "pelaksana": None, "pagu": "38300000", "realisasi": {"TW4": "28387331"},
                },
                {"tingkat": "sub_kegiatan", "kode": "7.01.06.2.01.0011",
                 "nama": "Fasilitasi Penyelenggaraan Ketenteraman dan Ketertiban Umum",
                 "pelaksana": None, "pagu": "283972000", "realisasi": {"TW4": "228046658"}},
                {
                    "tingkat": "sub_kegiatan", "kode": "7.01.06.2.01.0012",
                    "nama": (
                        "Fasilitasi Pelaksanaan Tugas, Fungsi, dan Kewajiban Lembaga "
                        "Kemasyarakatan"
                    ),
                    "pelaksana": None, "pagu": "143000000", "realisasi": {"TW4": "124073032"},
                },
            ],
        },
    ],
}

UNIT = {
    # --- Profil (BAB I.2) ---
    "slug": "kecamatan-mojosari",
    "nama": "Kecamatan Mojosari",
    "jenis": "kecamatan",
    "induk": None,
    "kode_organisasi": "",
    "singkatan": "",
    "alamat": "",
    "tugas_fungsi": (
        "Kecamatan Mojosari merupakan unit administratif di bawah pemerintah Kabupaten "
        "Mojokerto yang bertugas mengoordinasikan pelaksanaan pemerintahan umum, "
        "pembangunan, dan pemberdayaan masyarakat di wilayahnya."
    ),
    "struktur_organisasi": (
        "Susunan organisasi kecamatan mencakup Camat di puncak hierarki. Camat dibantu "
        "oleh Sekretariat Kecamatan yang terdiri dari Subbagian Umum dan Kepegawaian serta "
        "Subbagian Penyusunan Program dan Keuangan. Struktur organisasi juga meliputi "
        "beberapa seksi utama seperti Seksi Pemerintahan, Seksi Ketentraman, Ketertiban "
        "Umum dan Perlindungan Masyarakat, Seksi Pembangunan, Seksi Kemasyarakatan dan "
        "Seksi Pelayanan."
    ),
    "sintetis": False,
    "wilayah": [
        ("Luas wilayah", "26,65 km²"),
        ("Jarak dari pusat pemerintahan Kabupaten Mojokerto", "sekitar 18 km sebelah timur"),
        ("Bujur", "112°33' Bujur Timur"),
        ("Lintang", "7°31' Lintang Selatan"),
        ("Ketinggian", "22 meter di atas permukaan laut"),
        ("Batas sebelah utara", "Kecamatan Prambon Kab. Sidoarjo"),
        ("Batas sebelah timur", "Kecamatan Pungging Kab. Mojokerto"),
        ("Batas sebelah selatan", "Kecamatan Kutorejo Kab. Mojokerto"),
        ("Batas sebelah barat", "Kecamatan Bangsal Kab. Mojokerto"),
    ],
    "sub_unit": [
        {"slug": "kelurahan-kauman", "nama": "Kelurahan Kauman", "jenis": "kelurahan"},
        {"slug": "kelurahan-wonokusumo", "nama": "Kelurahan Wonokusumo", "jenis": "kelurahan"},
        {"slug": "kelurahan-sawahan", "nama": "Kelurahan Sawahan", "jenis": "kelurahan"},
        {"slug": "kelurahan-mojosari", "nama": "Kelurahan Mojosari", "jenis": "kelurahan"},
        {"slug": "kelurahan-sarirejo", "nama": "Kelurahan Sarirejo", "jenis": "kelurahan"},
    ],
    # --- Aset (tabel KIB, BAB I.2); the TOTAL rows are not stored ---
    "aset": [
        {"kelompok": "Aset Tetap", "kib": "A", "kode_akun": "1.3.1.01.01.04",
         "uraian": "TANAH UNTUK BANGUNAN TEMPAT KERJA", "nilai": "4590777000.00"},
        {"kelompok": "Aset Tetap", "kib": "A", "kode_akun": "1.3.1.01.03.07",
         "uraian": "TANAH UNTUK JALAN", "nilai": "30738558097.00"},
        {"kelompok": "Aset Tetap", "kib": "A", "kode_akun": "1.3.1.01.03.08",
         "uraian": "TANAH UNTUK BANGUNAN AIR", "nilai": "4985182532.00"},
        {"kelompok": "Aset Tetap", "kib": "A", "kode_akun": "1.3.1.01.03.12",
         "uraian": "TANAH UNTUK MAKAM", "nilai": "8849375000.00"},
        {"kelompok": "Aset Tetap", "kib": "A", "kode_akun": "1.3.1.01.03.17",
         "uraian": "TANAH KAMPUNG", "nilai": "3581444000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.02.01.02",
         "uraian": "KENDARAAN BERMOTOR PENUMPANG", "nilai": "208850000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.02.01.03",
         "uraian": "KENDARAAN BERMOTOR ANGKUTAN BARANG", "nilai": "140000000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.02.01.04",
         "uraian": "KENDARAAN BERMOTOR BERODA DUA", "nilai": "1296168188.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.02.01.05",
         "uraian": "KENDARAAN BERMOTOR BERODA TIGA", "nilai": "32000000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.02.02.01",
         "uraian": "KENDARAAN TAK BERMOTOR ANGKUTAN BARANG", "nilai": "12522000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.02.02.02",
         "uraian": "KENDARAAN TAK BERMOTOR PENUMPANG", "nilai": "6761739.12"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.04.01.02",
         "uraian": "ALAT PEMELIHARAAN TANAMAN/IKAN/TERNAK", "nilai": "49100000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.05.01.04",
         "uraian": "ALAT PENYIMPAN PERLENGKAPAN KANTOR", "nilai": "102406500.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.05.01.05",
         "uraian": "ALAT KANTOR LAINNYA", "nilai": "128570000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.05.02.01",
         "uraian": "MEUBELAIR", "nilai": "393572944.99"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.05.02.04",
         "uraian": "ALAT PENDINGIN", "nilai": "203190150.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.05.02.06",
         "uraian": "ALAT RUMAH TANGGA LAINNYA (HOME USE)", "nilai": "324276450.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.05.03.01",
         "uraian": "MEJA KERJA PEJABAT", "nilai": "34675000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.05.03.02",
         "uraian": "MEJA RAPAT PEJABAT", "nilai": "38001000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.05.03.03",
         "uraian": "KURSI KERJA PEJABAT", "nilai": "36362500.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.05.03.04",
         "uraian": "KURSI RAPAT PEJABAT", "nilai": "6000000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.06.01.01",
         "uraian": "PERALATAN STUDIO AUDIO", "nilai": "108255000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.06.01.02",
         "uraian": "PERALATAN STUDIO VIDEO DAN FILM", "nilai": "14560000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.06.02.01",
         "uraian": "ALAT KOMUNIKASI TELEPHONE", "nilai": "3735000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.06.02.06",
         "uraian": "ALAT KOMUNIKASI SOSIAL", "nilai": "1480000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.07.01.01",
         "uraian": "ALAT KEDOKTERAN UMUM", "nilai": "121249000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.07.01.05",
         "uraian": "ALAT KESEHATAN KEBIDANAN DAN PENYAKIT KANDUNGAN", "nilai": "54700000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.07.01.21",
         "uraian": "ALAT KEDOKTERAN GAWAT DARURAT", "nilai": "6800000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.10.01.02",
         "uraian": "PERSONAL KOMPUTER", "nilai": "458694760.01"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.10.02.02",
         "uraian": "PERALATAN MINI KOMPUTER", "nilai": "95507388.89"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.10.02.03",
         "uraian": "PERALATAN PERSONAL KOMPUTER", "nilai": "202074000.00"},
        {"kelompok": "Aset Tetap", "kib": "B", "kode_akun": "1.3.2.10.02.05",
         "uraian": "PERALATAN KOMPUTER LAINNYA", "nilai": "14400000.00"},
        {"kelompok": "Aset Tetap", "kib": "C", "kode_akun": "1.3.3.01.01.01",
         "uraian": "BANGUNAN GEDUNG KANTOR", "nilai": "10630712806.00"},
        {"kelompok": "Aset Tetap", "kib": "C", "kode_akun": "1.3.3.01.01.02",
         "uraian": "BANGUNAN GUDANG", "nilai": "19692000.00"},
        {"kelompok": "Aset Tetap", "kib": "C", "kode_akun": "1.3.3.01.01.06",
         "uraian": "BANGUNAN KESEHATAN", "nilai": "480294306.62"},
        {"kelompok": "Aset Tetap", "kib": "C", "kode_akun": "1.3.3.01.01.10",
         "uraian": "BANGUNAN GEDUNG TEMPAT PENDIDIKAN", "nilai": "222943260.00"},
        {"kelompok": "Aset Tetap", "kib": "D", "kode_akun": "1.3.4.01.01.03",
         "uraian": "JALAN KABUPATEN", "nilai": "12569808317.03"},
        {"kelompok": "Aset Tetap", "kib": "D", "kode_akun": "1.3.4.02.07.01",
         "uraian": "BANGUNAN PEMBAWA AIR KOTOR", "nilai": "13944681778.28"},
        {"kelompok": "Aset Tetap", "kib": "D", "kode_akun": "1.3.4.02.07.03",
         "uraian": "BANGUNAN PEMBUANG AIR KOTOR", "nilai": "413642500.00"},
        {"kelompok": "Aset Lain-lain (Rusak Berat)", "kib": "", "kode_akun": "1.5.4.01.01.01.002",
         "uraian": "Peralatan dan Mesin Rusak Berat", "nilai": "84000000.00"},
    ],
    # --- Pejabat (Bupati refs live in pemda.py) ---
    "pejabat": [
        {
            "ref": "camat-yulius", "nama": "YULIUS BAKHTIAR", "gelar_depan": "",
            "gelar_belakang": "S.P., M.M.", "nip": "196907291994031006", "pangkat": "Pembina",
            "golongan": "IV/a",
            "jabatan": [
                {"nama": "Camat Mojosari", "unit": "kecamatan-mojosari", "plt": True,
                 "mulai": "2024-01-01", "selesai": None},
            ],
        },
    ],
    # --- Perencanaan: Tabel II.1.a (2021-2025) and II.1.b (2025-2029) ---
    "periode": {
        "2021-2025": {
            "misi": [3], "cascade": _CASCADE_2125,
            "indikator_lain": [
                {
                    "ref": "realisasi-anggaran-2125", "kode_standar": "serapan_anggaran",
                    "nama": "Persentase Realisasi Anggaran Perangkat Daerah", "satuan": "%",
                    "definisi": "", "formulasi": "(Realisasi Anggaran / Pagu Anggaran) x 100%",
                    "sumber_data": "Kecamatan (Realisasi Anggaran)", "iku": False,
                    "polaritas": "positif", "agregasi": "terakhir", "skala": None, "desimal": 2,
                    "target": {"2022": "81", "2023": "90", "2024": "91", "2025": "91.5"},
                    "target_akhir": None, "pendahulu": None,
                    # 2025 follows from the budget (90,31); the LKjIP typed 90,3.
                    "turunan": {"fungsi": "serapan_anggaran", "cakupan": "sendiri", "mulai_tahun": 2025},
                    "realisasi": {"2022": {"TAHUN": "88"}, "2023": {"TAHUN": "87.12"},
                                  "2024": {"TAHUN": "92.48"}},
                    "pembanding": {},
                    "narasi": {
                        "2025": {
                            "faktor_pendorong": (
                                "Realisasi indikator didapatkan dari perbandingan capaian "
                                "anggaran dibandingkan dengan pagu anggaran. Keberhasilan "
                                "capaian target tersebut dikarenakan beberapa upaya yang "
                                "telah dilakukan diantaranya:\n"
                                "A. Perencanaan anggaran yang matang\n"
                                "B. Ketepatan waktu pelaksanaan kegiatan\n"
                                "C. Adanya Evaluasi realisasi yang dilakukan secara berkala\n"
                                "D. Koordinasi yang baik antar PPTK, bendahara, dan PA\n"
                                "E. Kepatuhan terhadap aturan pengelolaan keuangan"
                            ),
                            # SYNTHETIC (docs/demo-data.md): the LKjIP wrote only a success
                            # text for this missed target (98,70 %).
                            "faktor_penghambat": (
                                "A. Sisa anggaran dari efisiensi pengadaan barang dan jasa\n"
                                "B. Belanja pegawai yang dianggarkan untuk formasi yang belum terisi"
                            ),
                            "solusi": (
                                "A. Pergeseran sisa efisiensi pada Perubahan APBD untuk kegiatan prioritas\n"
                                "B. Pemantauan serapan anggaran setiap bulan bersama PPTK"
                            ),
                            "rencana_tindak_lanjut": (
                                "Menyusun jadwal pelaksanaan kegiatan dan rencana penarikan dana per "
                                "triwulan sejak awal tahun 2026, dan menganggarkan belanja pegawai "
                                "sesuai formasi yang terisi."
                            ),
                        },
                    },
                },
            ],
        },
        "2025-2029": {"misi": [1], "cascade": _CASCADE_2529, "indikator_lain": [
                {"ref": "kematangan-2529", "kode_standar": "kematangan",
                 "nama": "Indeks Kematangan Kelembagaan Kecamatan Mojosari", "satuan": "Nilai",
                 "definisi": "Tingkat kematangan kelembagaan hasil evaluasi Bagian Organisasi.",
                 "formulasi": "Nilai hasil evaluasi tingkat kematangan kelembagaan",
                 "sumber_data": "Laporan Hasil Evaluasi Tingkat Kematangan Kelembagaan",
                 "iku": False, "polaritas": "positif", "agregasi": "terakhir", "skala": "kematangan",
                 "desimal": 2, "target": {}, "target_akhir": None, "pendahulu": None,
                 # SYNTHETIC: the LKjIPs give no unit's value; Bagian Organisasi counts 48 PDs
                 # with kematangan at least Tinggi, so this value is chosen at least 37,1.
                 "realisasi": {"2025": {"TAHUN": "41.20"}}, "pembanding": {}, "narasi": {}}
            ]},
    },
    # --- Perjanjian Kinerja 2025: awal (24-01-2025) and perubahan (30-09-2025) ---
    "perjanjian_kinerja": [
        {
            "tahun": 2025, "versi": "awal", "nomor_perubahan": 0, "periode": "2021-2025",
            "tanggal": "2025-01-24", "alasan": "", "pihak_pertama": "camat-yulius",
            "pihak_kedua": "bupati-ikfina", "ditandatangani": True,
            "sasaran": [
                {"kelompok": "utama", "uraian": "Terwujudnya Pelayanan Publik yang Optimal",
                 "indikator": [{"ref": "ikm-2125", "target": "92",
                                  "rencana_aksi": {"target": {"TW2": "92", "TW4": "92"}, "kumulatif": True, "aksi": [["Survei Kepuasan Masyarakat semester I", "Kasi Pelayanan Umum"], ["Survei Kepuasan Masyarakat semester II dan tindak lanjut unsur terendah", "Kasi Pelayanan Umum"]]}}]},
                {"kelompok": "lainnya",
                 "uraian": "Terselenggaranya pelayanan PATEN sesuai standar pelayanan",
                 "indikator": [{"ref": "layanan-standar-2125", "target": "100",
                                  "rencana_aksi": {"target": {"TW1": "25", "TW2": "50", "TW3": "75", "TW4": "100"}, "kumulatif": True, "aksi": [["Pelayanan PATEN dan administrasi kependudukan sesuai SOP", "Kasi Pelayanan Umum"], ["Pemantauan waktu layanan tiap bulan", "Sekretaris Kecamatan"]]}}]},
                {"kelompok": "lainnya",
                 "uraian": "Terselenggaranya fasilitasi dan koordinasi pemerintahan",
                 "indikator": [{"ref": "koordinasi-2125", "target": "100",
                                  "rencana_aksi": {"target": {"TW1": "25", "TW2": "50", "TW3": "75", "TW4": "100"}, "kumulatif": True, "aksi": [["Rapat koordinasi dengan pemerintah desa", "Kasi Pemerintahan"], ["Pemantauan tindak lanjut hasil koordinasi", "Kasi Pemerintahan"]]}}]},
                {
                    "kelompok": "lainnya",
                    "uraian": (
                        "Meningkatnya Tatakelola Birokrasi Pemerintahan yang Efektif, "
                        "Efisien dan Akuntabel"
                    ),
                    "indikator": [
                        {"ref": "sakip-2125", "target": "82.5", "rencana_aksi": {"target": {"TW3": "82.5"}, "kumulatif": True, "aksi": [["Penyusunan dan reviu LKjIP, perjanjian kinerja dan rencana aksi", "Sekretaris Kecamatan"], ["Pendampingan evaluasi SAKIP oleh Inspektorat", "Kasubag Perencanaan dan Keuangan"]]}},
                        {"ref": "realisasi-anggaran-2125", "target": "91.5",
                         "rencana_aksi": {"target": {"TW1": "20", "TW2": "45", "TW3": "70", "TW4": "91.5"}, "kumulatif": True}},
                        {"ref": "ip-asn-2125", "target": "82", "rencana_aksi": {"target": {"TW4": "82"}, "kumulatif": True}},
                    ],
                },
                {
                    "kelompok": "lainnya",
                    "uraian": (
                        "Optimalisasi Kualitas Pelayanan melalui Pembangunan Inovasi yang "
                        "Mempunyai Nilai Tambah"
                    ),
                    "indikator": [{"ref": "inovasi-2125", "target": "1",
                                  "rencana_aksi": {"target": {"TW2": "1"}, "kumulatif": False, "aksi": [["Internalisasi dan sosialisasi inovasi pelayanan", "Kasi Pelayanan Umum"]]}}],
                },
            ],
            "anggaran": [
                {"kode": "7.01.01",
                 "program": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
                 "jumlah": "7485930000", "sumber": "APBD 2025"},
                {"kode": "7.01.02",
                 "program": "Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik",
                 "jumlah": "25000000", "sumber": "APBD 2025"},
                {"kode": "7.01.03",
                 "program": "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
                 "jumlah": "4038790000", "sumber": "APBD 2025, APBD DAU"},
                {"kode": "7.01.06",
                 "program": "Program Pembinaan Dan Pengawasan Pemerintahan Desa",
                 "jumlah": "275000000", "sumber": "APBD 2025"},
            ],
        },
        {
            "tahun": 2025, "versi": "perubahan", "nomor_perubahan": 1, "periode": "2025-2029",
            "tanggal": "2025-09-30",
            "alasan": "Penetapan RPJMD/Renstra 2025-2029 dan Perubahan APBD 2025",
            "pihak_pertama": "camat-yulius", "pihak_kedua": "bupati-albarraa",
            "ditandatangani": True,
            "sasaran": [
                {"kelompok": "utama", "uraian": "Meningkatnya Kinerja Layanan Kecamatan",
                 "indikator": [{"ref": "ikm-2529", "target": "92",
                                  "rencana_aksi": {"target": {"TW2": "92", "TW4": "92"}, "kumulatif": True, "aksi": [["Survei Kepuasan Masyarakat semester I", "Kasi Pelayanan Umum"], ["Survei Kepuasan Masyarakat semester II dan tindak lanjut unsur terendah", "Kasi Pelayanan Umum"]]}}]},
                {
                    "kelompok": "utama",
                    "uraian": (
                        "Meningkatnya Kualitas Tata Kelola Penunjang Pencapaian Kinerja "
                        "Perangkat Daerah"
                    ),
                    "indikator": [{"ref": "sakip-2529", "target": "83", "rencana_aksi": {"target": {"TW3": "83"}, "kumulatif": True, "aksi": [["Penyusunan dan reviu LKjIP, perjanjian kinerja dan rencana aksi", "Sekretaris Kecamatan"], ["Pendampingan evaluasi SAKIP oleh Inspektorat", "Kasubag Perencanaan dan Keuangan"]]}}],
                },
                {"kelompok": "utama",
                 "uraian": "Meningkatnya Kualitas Ketepatan Layanan (Kualitas Pelayanan)",
                 "indikator": [{"ref": "layanan-standar-2529", "target": "100",
                                  "rencana_aksi": {"target": {"TW1": "25", "TW2": "50", "TW3": "75", "TW4": "100"}, "kumulatif": True, "aksi": [["Pelayanan PATEN dan administrasi kependudukan sesuai SOP", "Kasi Pelayanan Umum"], ["Pemantauan waktu layanan tiap bulan", "Sekretaris Kecamatan"]]}}]},
                {"kelompok": "utama",
                 "uraian": "Terwujudnya Sinergitas antara Pemerintah Desa dan Pemerintah Daerah",
                 "indikator": [{"ref": "koordinasi-2529", "target": "100",
                                  "rencana_aksi": {"target": {"TW1": "25", "TW2": "50", "TW3": "75", "TW4": "100"}, "kumulatif": True, "aksi": [["Rapat koordinasi dengan pemerintah desa", "Kasi Pemerintahan"], ["Pemantauan tindak lanjut hasil koordinasi", "Kasi Pemerintahan"]]}}]},
            ],
            "anggaran": [
                {"kode": "7.01.01",
                 "program": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
                 "jumlah": "7224893790", "sumber": "PAPBD 2025"},
                {"kode": "7.01.02",
                 "program": "Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik",
                 "jumlah": "23900000", "sumber": "PAPBD 2025"},
                {"kode": "7.01.03",
                 "program": "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
                 "jumlah": "3582472065", "sumber": "PAPBD 2025, PAPBD DAU"},
                {"kode": "7.01.06",
                 "program": "Program Pembinaan Dan Pengawasan Pemerintahan Desa",
                 "jumlah": "503572000", "sumber": "PAPBD 2025"},
            ],
        },
    ],
    # --- DPA 2025 (Tabel III.4); realisasi is the whole year, stored as TW4 ---
    "anggaran": {
        "2025": [_DPA_2025_7_01_01, _DPA_2025_7_01_02, _DPA_2025_7_01_03, _DPA_2025_7_01_06],
    },
    # --- Anggaran kas 2025 of the PK perubahan (not printed): 20/25/25/30 % of each pagu ---
    "rencana_kas": {"2025": {"profil": ["0.20", "0.25", "0.25", "0.30"]}},
    # --- Unit narratives 2025 (computed figures removed) ---
    "narasi": {
        "2025": {
            "latar_belakang": (
                "Landasan hukum penyusunan laporan kinerja instansi pemerintah diatur "
                "dalam Perpres 29/2014 dan Permenpan RB 53/2014 sebagai bagian dari Sistem "
                "Akuntabilitas Kinerja Instansi Pemerintah (SAKIP).\n"
                "\n"
                "Berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem "
                "Akuntabilitas Kinerja Instansi Pemerintah menetapkan SAKIP sebagai "
                "rangkaian sistematis aktivitas untuk penetapan, pengukuran, pengelolaan "
                "data, dan pelaporan kinerja demi pertanggungjawaban dan peningkatan "
                "kinerja instansi pemerintah. Penyelenggaraan SAKIP mencakup pelaporan "
                "kinerja sebagai elemen wajib, termasuk laporan interim dan tahunan atas "
                "prestasi kerja berdasarkan anggaran yang dialokasikan\n"
                "\n"
                "Berdasarkan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
                "Birokrasi Nomor 53 Tahun 2014 memberikan petunjuk teknis penyusunan "
                "perjanjian kinerja, pelaporan kinerja, dan revidi atas laporan kinerja "
                "instansi pemerintah untuk menstandarisasi proses akuntabilitas. Laporan "
                "kinerja wajib menyajikan capaian target, analisis penyebab keberhasilan "
                "atau kegagalan, efisiensi sumber daya, serta perbandingan dengan standar "
                "nasional.\n"
                "\n"
                "Penyusunan laporan kinerja diwajibkan untuk memastikan transparansi hasil "
                "kerja kepada publik, evaluasi objektif melalui revidi, dan bahan "
                "pertanggungjawaban pencapaian misi instansi sesuai RPJMN dan RPJMD. Hal "
                "ini mendukung peningkatan kinerja secara bertahap.\n"
                "\n"
                "Laporan kinerja instansi pemerintah merupakan dokumen tahunan yang "
                "menyajikan pertanggungjawaban atas pencapaian tujuan dan sasaran "
                "strategis organisasi. Dokumen ini menggambarkan ikhtisar capaian kinerja "
                "berdasarkan rencana kerja dan anggaran yang dialokasikan, termasuk "
                "analisis keberhasilan, kegagalan, serta efisiensi penggunaan sumber daya.\n"
                "\n"
                "Proses pembuatan laporan kinerja instansi pemerintah mengikuti tahapan "
                "sistematis sesuai petunjuk teknis untuk memastikan akuntabilitas dan "
                "kualitas data. Tahapan ini dimulai dari perencanaan hingga revidi akhir "
                "sebelum diserahkan.\n"
                "\n"
                "Laporan kinerja memiliki hubungan erat dengan dokumen perencanaan sebagai "
                "alat evaluasi pencapaian target yang telah ditetapkan sebelumnya. Dokumen "
                "ini menjadi umpan balik untuk menyempurnakan siklus perencanaan "
                "berikutnya dalam Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP).\n"
                "\n"
                "Laporan kinerja membandingkan realisasi capaian dengan target dari Renja "
                "(Rencana Kerja), RKPD (Rencana Kerja Pemerintah Daerah), dan Renstra "
                "(Rencana Strategis) untuk mengukur konsistensi dan keselarasan. Perpres "
                "29/2014 dan PermenpanRB 53/2014 mewajibkan integrasi ini agar laporan "
                "mencerminkan efektivitas pelaksanaan rencana jangka menengah dan tahunan.\n"
                "\n"
                "Hasil evaluasi dari laporan kinerja menjadi dasar penyesuaian target dan "
                "prioritas pada Renstra, Renja, serta RKPD tahun anggaran berikutnya. "
                "Laporan kinerja menyediakan data realisasi capaian dibandingkan target "
                "perencanaan sebelumnya, termasuk analisis varians dan efisiensi sumber "
                "daya. Informasi ini digunakan untuk mengidentifikasi kelemahan program, "
                "sehingga perencanaan strategis dapat lebih realistis dan terukur."
            ),
            "isu_strategis": (
                "Dalam penyelenggaraan tugas pokok dan fungsi, Kecamatan Mojosari tetap "
                "mempertimbangkan isu-isu penting sebagai bentuk kewaspadaan terhadap "
                "perkembangan kebijakan Pemerintah Daerah, Pemerintah Provinsi, maupun "
                "Pemerintah Pusat.\n"
                "\n"
                "Adanya pertimbangan terkait isu-isu penting ini dilakukan agar selalu ada "
                "perbaikan ke depannya sehingga Kecamatan Mojosari dapat melaksanakan "
                "tugas pokok dan fungsinya dengan maksimal.\n"
                "\n"
                "Beberapa kendala yang dihadapi dalam penyelenggaraan tugas dan fungsi "
                "Kecamatan Mojosari antara lain:\n"
                "\n"
                "- Teknologi informasi yang menuntut kesiapan SDM yang handal dan "
                "profesional dalam berbagai pelaksanaan tugas pokok dan fungsi perlu "
                "mendapatkan perhatian dalam rangka pengembangan program/kegiatan;\n"
                "- Kurang maksimalnya pengetahuan masyarakat akan pelayanan yang diberikan "
                "(jenis, persyaratan dan prosedur pelayanan);\n"
                "- Kurangnya pengawasan berbasis kinerja;\n"
                "- Kurang meratanya pembagian kegiatan yang berhubungan langsung maupun "
                "yang tidak berhubungan langsung dengan kinerja selaku perangkat daerah "
                "hingga berdampak pada kurang maksimalnya peran Kecamatan Mojosari "
                "terhadap perwujudan pencapaian visi dan misi daerah.\n"
                "\n"
                "Meningkatkan pelayanan kecamatan di Indonesia menghadapi berbagai "
                "tantangan terkait sumber daya manusia, infrastruktur, dan koordinasi, "
                "namun juga membuka peluang melalui inovasi digital dan optimalisasi peran "
                "kecamatan. Adapun tantangan dan peluang dalam meningkatkan pelayanan "
                "kecamatan adalah sebagai berikut:\n"
                "\n"
                "Tantangan: Rendahnya kompetensi SDM dalam perencanaan, administrasi "
                "keuangan, dan teknologi informasi menghambat pelayanan efektif. Kurangnya "
                "koordinasi antar unit kerja, stakeholder, serta infrastruktur terbatas "
                "seperti akses geografis sulit menjadi hambatan umum. Pemahaman masyarakat "
                "terhadap standar pelayanan masih minim, ditambah beban legitimasi dari "
                "kabupaten yang menambah tekanan aparat.\n"
                "\n"
                "Peluang: Optimalisasi peran kecamatan melalui Pelayanan Administrasi "
                "Terpadu Kecamatan (PATEN) memungkinkan pelayanan cepat, transparan, dan "
                "satu loket. Inovasi seperti layanan daring dan pelimpahan wewenang dari "
                "bupati ke camat dapat meningkatkan kualitas, terutama di wilayah "
                "terpencil. Dukungan stakeholder dan kepercayaan masyarakat membuka ruang "
                "untuk responsif terhadap dinamika pembangunan.\n"
                "\n"
                "Isu-isu penting dalam perumusan program dan kegiatan kecamatan "
                "diformulasikan dari evaluasi Rencana Kerja sebelumnya, identifikasi "
                "permasalahan, serta prediksi tantangan strategis seperti peningkatan "
                "pelayanan dan koordinasi. Rekomendasi ini dirancang strategis untuk "
                "ditindaklanjuti, selaras dengan Rencana Strategis, dan relevan bagi "
                "Kecamatan Mojosari. Isu-isu penting berupa rekomendasi dan catatan yang "
                "strategis untuk ditindaklanjuti dalam perumusan program dan kegiatan "
                "dapat dijabarkan sebagai berikut:\n"
                "\n"
                "1. Isu dan Rekomendasi Pelayanan: Kurang optimalnya pelayanan "
                "administrasi terpadu (PATEN) akibat keterbatasan SDM dan infrastruktur. "
                "Rekomendasi: meningkatkan pelatihan aparatur dan fasilitasi standar "
                "pelayanan minimal melalui program peningkatan kapasitas kinerja.\n"
                "2. Isu dan Rekomendasi Koordinasi: Minimnya sinergi antar perangkat "
                "daerah, desa, dan stakeholder dalam perencanaan pembangunan. Rekomendasi: "
                "Menyelenggarakan rakor rutin Muspika dan pendampingan desa untuk "
                "efektivitas pelaksanaan kegiatan pemerintahan.\n"
                "3. Isu dan Rekomendasi Pemberdayaan: Rendahnya partisipasi masyarakat "
                "dalam kegiatan pemberdayaan. Rekomendasi: Melakukan pembinaan organisasi "
                "masyarakat."
            ),
            "efisiensi": (
                "Berdasarkan perbandingan capaian kinerja dengan capaian keuangan, "
                "diperoleh efisiensi kinerja Kecamatan Mojosari."
            ),
            "kesimpulan": (
                "Tahun pelaporan ini memiliki makna strategis bagi Kecamatan Mojosari "
                "karena berada pada dua fase perencanaan sekaligus, yaitu sebagai tahun "
                "akhir pelaksanaan Rencana Strategis (RENSTRA) Periode 2021–2025 serta "
                "sebagai tahun awal transisi menuju RENSTRA Periode 2025–2029. Dengan "
                "demikian, capaian kinerja yang disajikan dalam laporan ini tidak hanya "
                "menggambarkan keberhasilan pelaksanaan kinerja tahunan, tetapi juga "
                "menjadi tolok ukur keberhasilan perencanaan jangka menengah sekaligus "
                "pijakan awal bagi arah pembangunan kinerja pada periode selanjutnya.\n"
                "\n"
                "Capaian kinerja Kecamatan Mojosari pada periode pelaporan menunjukkan "
                "hasil yang cukup baik, tercermin dari pelaksanaan tugas dan fungsi "
                "Kecamatan yang berjalan sesuai dengan rencana serta tingkat pencapaian "
                "indikator kinerja yang sebagian besar telah memenuhi target yang "
                "ditetapkan. Penyelenggaraan pelayanan kepada masyarakat, fasilitasi "
                "pemerintahan desa/kelurahan, serta pelaksanaan koordinasi lintas sektor "
                "dapat terlaksana dengan efektif dan memberikan kontribusi positif "
                "terhadap peningkatan kualitas pelayanan publik di wilayah Kecamatan.\n"
                "\n"
                "Namun demikian, masih terdapat beberapa aspek kinerja yang perlu "
                "ditingkatkan, khususnya dalam hal optimalisasi pelayanan, penguatan "
                "kapasitas sumber daya aparatur, serta pemanfaatan teknologi informasi "
                "dalam mendukung tata kelola pemerintahan yang lebih efektif dan efisien. "
                "Berbagai tantangan seperti keterbatasan sumber daya, dinamika kebutuhan "
                "masyarakat, serta kompleksitas permasalahan wilayah menjadi faktor yang "
                "mempengaruhi capaian kinerja secara keseluruhan.\n"
                "\n"
                "Keberhasilan capaian kinerja Tahun 2025 tidak terlepas dari adanya solusi "
                "untuk mengatasi hambatan dan kendala yang bersifat internal maupun "
                "eksternal. Kekurangan yang terjadi selama 2025 menjadi catatan yang "
                "tentunya akan menjadi bahan evaluasi penyusunan kebijakan guna "
                "memperbaiki kinerja tahun mendatang, sasaran program yang belum tercapai "
                "seratus persen akan dievaluasi, sehingga seluruh sasaran program tahun "
                "mendatang nantinya dapat dicapai lebih baik dari tahun sebelumnya"
            ),
            "upaya_perbaikan": (
                "Sebagai langkah strategis untuk peningkatan kinerja di tahun-tahun "
                "mendatang, Kecamatan Mojosari akan melakukan beberapa perbaikan sebagai "
                "berikut:\n"
                "\n"
                "1. Peningkatan Kapasitas ASN: Melalui pelatihan, bimtek, serta "
                "pengembangan kompetensi berbasis tugas dan fungsi agar profesionalitas "
                "aparatur semakin meningkat.\n"
                "2. Peningkatan Kualitas Tata Kelola: Penguatan sistem perencanaan, "
                "pelaksanaan, dan evaluasi kinerja berbasis teknologi informasi agar lebih "
                "efektif, efisien, dan transparan.\n"
                "3. Penguatan Inovasi Layanan Publik: Mendorong terciptanya "
                "inovasi-inovasi baru yang berdampak langsung terhadap peningkatan "
                "pelayanan kepada masyarakat.\n"
                "4. Peningkatan Koordinasi Lintas Sektor: Meningkatkan komunikasi dan "
                "sinergi antar desa, OPD, dan mitra pembangunan dalam pelaksanaan kegiatan "
                "lintas bidang.\n"
                "5. Pemantapan Tata Kelola Arsip dan Administrasi: Guna menjawab kelemahan "
                "dalam sistem kearsipan dan pemahaman tupoksi, akan dilakukan standarisasi "
                "SOP serta sosialisasi internal secara berkala."
            ),
            "tindak_lanjut_sakip": (
                "Selain upaya perbaikan kinerja diatas Kecamatan Mojosari juga "
                "memanfaatkan hasil rekomendasi SAKIP sebagai dasar perbaikan "
                "berkelanjutan dalam tata kelola kinerja. Tindak lanjut yang dilakukan "
                "meliputi:\n"
                "\n"
                "1. Kecamatan Mojosari akan menyusun dan menetapkan Dokumen Perencanaan "
                "sesuai dengan format dan ketentuan yang berlaku\n"
                "2. Pengukuran Kinerja di Kecamatan Mojosari telah dilakukan hingga level "
                "individu pegawai.\n"
                "3. Kecamatan Mojosari telah melengkapi laporan kinerja dengan analisis "
                "terhadap perbandingan realisasi kinerja dengan realisasi kinerja level "
                "Pemerintah Daerah dan Pemerintahan Provinsi.\n"
                "4. Laporan kinerja telah dilengkapi dengan analisis mengenai "
                "faktor-faktor yang berkontribusi terhadap efisiensi pencapaian kinerja.\n"
                "5. Laporan Kinerja Kecamatan Mojosari telah dilengkapi dengan analisa "
                "kegagalan pada sub kegiatan yang belum mencapai target\n"
                "6. Laporan Kinerja Kecamatan Mojosari telah membuat uraian pemanfaatan "
                "seluruh rekomendasi SAKIP dalam rangka peningkatan kinerja secara "
                "keseluruhan.\n"
                "7. Laporan Kinerja Kecamatan Mojosari telah Memanfaatkan hasil evaluasi "
                "akuntabilitas kinerja internal dalam mendukung efektifitas kinerja "
                "diantaranya dengan merumuskan hasil efisiensi perangkat daerah tahun lalu "
                "dalam mendukung peningkatan capaian kinerja program/kegiatan/sub kegiatan "
                "yang memiliki kontribusi signifikan pada sasaran strategis\n"
                "\n"
                "Melalui langkah-langkah tersebut, Kecamatan Mojosari berupaya "
                "meningkatkan akuntabilitas, transparansi, serta efektivitas kinerja, "
                "sekaligus mendorong pelayanan publik yang lebih baik dan berorientasi "
                "pada hasil (result-oriented government). Kecamatan Mojosari berkomitmen "
                "untuk terus meningkatkan mutu pelayanan publik dan tata kelola "
                "pemerintahan yang akuntabel demi terwujudnya Kabupaten Mojokerto yang "
                "maju, adil, dan makmur."
            ),
            "prestasi": (
                "Indeks Kepuasan Masyarakat (IKM) merupakan salah satu indikator penting "
                "untuk mengukur kualitas pelayanan publik yang dirasakan langsung oleh "
                "masyarakat. Berdasarkan hasil pengukuran, nilai IKM Kecamatan menunjukkan "
                "angka yang lebih tinggi dibandingkan dengan nilai IKM Pemerintah Daerah "
                "Kabupaten Mojokerto. Kondisi ini mengindikasikan bahwa kualitas pelayanan "
                "publik yang diberikan oleh Kecamatan dinilai lebih baik oleh masyarakat "
                "dibandingkan dengan rata-rata pelayanan yang diberikan oleh perangkat "
                "daerah lainnya di lingkungan Pemerintah Kabupaten Mojokerto.\n"
                "\n"
                "Dengan adanya berbagai aplikasi yang ada di Kabupaten Mojokerto, "
                "akuntabilitas kinerja di Kabupaten Mojokerto, khususnya Kecamatan "
                "Mojosari, lebih sistematis, efektif, dan efisien. Dibuktikan dengan nilai "
                "hasil evaluasi AKIP Kecamatan Mojosari yang mendapatkan predikat A. "
                "Peningkatan kinerja juga dibuktikan melalui nilai SAKIP Kecamatan "
                "Mojosari yang lebih baik dari tahun sebelumnya. Nilai tersebut lebih "
                "tinggi dibandingkan dengan nilai SAKIP Kabupaten Mojokerto namun lebih "
                "rendah dibandingkan nilai SAKIP Pemerintah Provinsi Jawa Timur."
            ),
        },
    },
}


# --- Per-triwulan figures the document does not print (docs/demo-data/kecamatan-mojosari.md) ---
# Tabel III.4 prints only the year's realisation per sub kegiatan and the E-81 appendix's triwulan
# columns contradict it (another pagu, negative amounts), so the year is spread over the triwulan:
# 15/25/25 % of the year's amount in TW I-III, rounded down to the rupiah, the rest in TW IV. The
# year's total of every line stays exactly as printed.
_PROFIL_REALISASI = ("0.15", "0.25", "0.25")


def _bagi_realisasi(line: dict) -> None:
    from decimal import ROUND_FLOOR, Decimal

    real = line.get("realisasi")
    if real and set(real) == {"TW4"}:
        total = Decimal(real["TW4"])
        parts = [(total * Decimal(p)).to_integral_value(rounding=ROUND_FLOOR) for p in _PROFIL_REALISASI]
        line["realisasi"] = {f"TW{i}": str(v) for i, v in enumerate([*parts, total - sum(parts)], start=1)}
    for child in line.get("anak", []):
        _bagi_realisasi(child)


# The K of each sub kegiatan per triwulan (the E-81 K columns): the 2025 target spread over the
# year as planned, a count in equal whole parts with the rest in TW IV, a level (Orang) each
# triwulan. Synthetic: the E-81 appendix's K columns belong to the PK awal's DPA.
def _k_per_triwulan(node: dict) -> None:
    from decimal import Decimal

    if node["tingkat"] == "sub_kegiatan":
        for ind in node.get("indikator", []):
            t = ind.get("target", {}).get("2025")
            if t is None or ind.get("realisasi"):
                continue
            total = Decimal(t)
            if ind["agregasi"] == "jumlah":
                q = (total / 4).to_integral_value(rounding="ROUND_FLOOR")
                parts = [q, q, q, total - 3 * q]
            else:
                parts = [total] * 4
            ind["realisasi"] = {"2025": {f"TW{i}": str(v) for i, v in enumerate(parts, start=1)}}
    for child in node.get("anak", []):
        _k_per_triwulan(child)


for _program in UNIT["anggaran"]["2025"]:
    _bagi_realisasi(_program)
for _node in UNIT["periode"]["2025-2029"]["cascade"]:
    _k_per_triwulan(_node)
