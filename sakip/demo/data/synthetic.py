"""SYNTHETIC Perangkat Daerah of Kabupaten Mojokerto for the demo (format: FORMAT.md).

Everything here is invented: 29 non-kecamatan PDs, the 17 kecamatan other than Mojosari
and 9 UKPD, each with "sintetis": True (units and their heads). ``generate(seed)`` only
uses ``random.Random(seed)``, so the output is identical on every run.
Two Pemda-wide totals are fixed (see docs/demo-data/synthetic.md): the 46 PDs' Nilai
SAKIP 2025 sum to 3850.93 and the 55 rounded IKM 2025 means (46 PDs + 9 UKPD) sum to
4996.32.
"""

# ruff: noqa: S101 -- the self-check below uses assert on purpose
import random
from datetime import date
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from sakip.demo.data.unit_pemkab_mojokerto import RPJMD, rujukan

SAKIP_SUM, IKM_SUM = 385093, 499632            # in hundredths
P1, P2 = "2021-2025", "2025-2029"
MISI = {P1: {"s": 1, "e": 2, "g": 3, "i": 4}, P2: {"g": 1, "s": 2, "e": 3, "i": 4}}
P01 = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"

# slug, nama, singkatan, jenis, bidang, tema (misi), urusan,
# tujuan indicator (nama, satuan, polaritas, base), sasaran indicator, [(program, objek)]
PD = [
    ("dinas-pendidikan", "Dinas Pendidikan", "Dindik", "dinas", "1.01", "s", "pendidikan",
     ("Angka Partisipasi Murni SD/MI dan SMP/MTs", "%", "+", "94.5"),
     ("Persentase Satuan Pendidikan Terakreditasi Minimal B", "%", "+", "82"),
     [("Program Pengelolaan Pendidikan", "Pendidikan Dasar"),
      ("Program Pendidik dan Tenaga Kependidikan", "Pendidik dan Tenaga Kependidikan")]),
    ("dinas-kesehatan", "Dinas Kesehatan", "Dinkes", "dinas", "1.02", "s", "kesehatan masyarakat",
     ("Indeks Keluarga Sehat", "Nilai", "+", "0.45"),
     ("Angka Kematian Ibu per 100.000 Kelahiran Hidup", "Nilai", "-", "88"),
     [("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
       "Upaya Kesehatan Masyarakat"),
      ("Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", "SDM Kesehatan")]),
    ("dinas-pupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "dinas", "1.03", "i",
     "infrastruktur pekerjaan umum",
     ("Persentase Jalan Kabupaten dalam Kondisi Mantap", "%", "+", "78"),
     ("Persentase Daerah Irigasi dalam Kondisi Baik", "%", "+", "70"),
     [("Program Penyelenggaraan Jalan", "Jalan dan Jembatan Kabupaten"),
      ("Program Pengelolaan Sumber Daya Air (SDA)", "Jaringan Irigasi")]),
    ("dinas-perkim", "Dinas Perumahan Rakyat dan Kawasan Permukiman", "Disperkim", "dinas",
     "1.04", "i", "perumahan dan kawasan permukiman",
     ("Persentase Rumah Tangga dengan Akses Hunian Layak", "%", "+", "82"),
     ("Persentase Luas Kawasan Permukiman Kumuh", "%", "-", "3.5"),
     [("Program Pengembangan Perumahan", "Rumah Tidak Layak Huni"),
      ("Program Kawasan Permukiman", "Kawasan Permukiman")]),
    ("satpol-pp", "Satuan Polisi Pamong Praja", "Satpol PP", "satpol_pp", "1.05", "s",
     "ketenteraman dan ketertiban umum",
     ("Persentase Penegakan Peraturan Daerah dan Peraturan Kepala Daerah", "%", "+", "80"),
     ("Persentase Gangguan Ketenteraman dan Ketertiban Umum yang Tertangani", "%", "+", "85"),
     [("Program Peningkatan Ketenteraman dan Ketertiban Umum",
       "Ketenteraman dan Ketertiban Umum")]),
    ("dinas-sosial", "Dinas Sosial", "Dinsos", "dinas", "1.06", "s", "kesejahteraan sosial",
     ("Persentase PPKS yang Memperoleh Bantuan Sosial", "%", "+", "70"),
     ("Persentase Penduduk Miskin", "%", "-", "10.5"),
     [("Program Rehabilitasi Sosial", "Rehabilitasi Sosial"),
      ("Program Perlindungan dan Jaminan Sosial", "Perlindungan dan Jaminan Sosial")]),
    ("dinas-tenaga-kerja", "Dinas Tenaga Kerja", "Disnaker", "dinas", "2.07", "e",
     "ketenagakerjaan", ("Tingkat Pengangguran Terbuka", "%", "-", "4.8"),
     ("Persentase Pencari Kerja yang Ditempatkan", "%", "+", "40"),
     [("Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", "Pelatihan Kerja"),
      ("Program Penempatan Tenaga Kerja", "Penempatan Tenaga Kerja")]),
    ("dp2kbp2", "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
     "Perlindungan Anak", "DP2KBP2", "dinas", "2.14", "s",
     "keluarga berencana, pemberdayaan perempuan dan perlindungan anak",
     ("Indeks Pembangunan Gender", "Nilai", "+", "91"),
     ("Persentase Kasus Kekerasan terhadap Perempuan dan Anak yang Tertangani", "%", "+", "90"),
     [("Program Pembinaan Keluarga Berencana (KB)", "Keluarga Berencana"),
      ("Program Perlindungan Khusus Anak", "Perlindungan Khusus Anak")]),
    ("dinas-ketahanan-pangan-dan-perikanan", "Dinas Ketahanan Pangan dan Perikanan", "DKPP",
     "dinas", "2.09", "e", "ketahanan pangan dan perikanan",
     ("Skor Pola Pangan Harapan", "Nilai", "+", "88"),
     ("Persentase Desa Rawan Pangan", "%", "-", "6"),
     [("Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat",
       "Diversifikasi Pangan"),
      ("Program Pengelolaan Perikanan Budidaya", "Perikanan Budidaya")]),
    ("dinas-lingkungan-hidup", "Dinas Lingkungan Hidup", "DLH", "dinas", "2.11", "i",
     "lingkungan hidup", ("Indeks Kualitas Lingkungan Hidup", "Nilai", "+", "65"),
     ("Persentase Sampah yang Terkelola", "%", "+", "60"),
     [("Program Pengelolaan Persampahan", "Persampahan"),
      ("Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
       "Pengendalian Pencemaran Lingkungan")]),
    ("dispendukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "Dispendukcapil", "dinas",
     "2.12", "g", "administrasi kependudukan",
     ("Persentase Kepemilikan Dokumen Kependudukan", "%", "+", "92"),
     ("Persentase Penduduk yang Memiliki Akta Kelahiran", "%", "+", "90"),
     [("Program Pendaftaran Penduduk", "Pendaftaran Penduduk"),
      ("Program Pencatatan Sipil", "Pencatatan Sipil")]),
    ("dpmd", "Dinas Pemberdayaan Masyarakat dan Desa", "DPMD", "dinas", "2.13", "e",
     "pemberdayaan masyarakat dan desa", ("Indeks Desa Membangun", "Nilai", "+", "0.72"),
     ("Persentase Desa Tertib Administrasi Pemerintahan Desa", "%", "+", "75"),
     [("Program Administrasi Pemerintahan Desa", "Administrasi Pemerintahan Desa"),
      ("Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat",
       "Lembaga Kemasyarakatan Desa")]),
    ("dinas-perhubungan", "Dinas Perhubungan", "Dishub", "dinas", "2.15", "i", "perhubungan",
     ("Persentase Kinerja Pelayanan Transportasi", "%", "+", "75"),
     ("Angka Kecelakaan Lalu Lintas per 100.000 Penduduk", "Nilai", "-", "35"),
     [("Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
       "Lalu Lintas dan Angkutan Jalan")]),
    ("diskominfo", "Dinas Komunikasi dan Informatika", "Diskominfo", "dinas", "2.16", "g",
     "komunikasi dan informatika",
     ("Indeks Sistem Pemerintahan Berbasis Elektronik", "Nilai", "+", "2.6"),
     ("Persentase Layanan Publik Berbasis Elektronik yang Terintegrasi", "%", "+", "60"),
     [("Program Pengelolaan Aplikasi Informatika", "Aplikasi Informatika"),
      ("Program Informasi dan Komunikasi Publik", "Informasi dan Komunikasi Publik")]),
    ("dinas-koperasi-dan-usaha-mikro", "Dinas Koperasi dan Usaha Mikro", "Diskopum", "dinas",
     "2.17", "e", "koperasi dan usaha mikro", ("Persentase Koperasi Aktif", "%", "+", "55"),
     ("Persentase Usaha Mikro yang Naik Kelas", "%", "+", "8"),
     [("Program Pemberdayaan dan Perlindungan Koperasi", "Koperasi"),
      ("Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
       "Usaha Mikro")]),
    ("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "dinas",
     "2.18", "e", "penanaman modal dan perizinan",
     ("Pertumbuhan Nilai Realisasi Investasi", "%", "+", "6"),
     ("Persentase Perizinan yang Terbit Tepat Waktu", "%", "+", "92"),
     [("Program Pelayanan Penanaman Modal", "Pelayanan Perizinan"),
      ("Program Promosi Penanaman Modal", "Promosi Penanaman Modal")]),
    ("disparpora", "Dinas Pariwisata, Kepemudaan dan Olahraga", "Disparpora", "dinas", "3.26",
     "e", "pariwisata, kepemudaan dan olahraga",
     ("Pertumbuhan Jumlah Kunjungan Wisatawan", "%", "+", "5"),
     ("Persentase Cabang Olahraga Berprestasi", "%", "+", "40"),
     [("Program Peningkatan Daya Tarik Destinasi Pariwisata", "Destinasi Pariwisata"),
      ("Program Pengembangan Kapasitas Daya Saing Keolahragaan", "Keolahragaan")]),
    ("dinas-perpustakaan-dan-kearsipan", "Dinas Perpustakaan dan Kearsipan", "Dispusip",
     "dinas", "2.23", "s", "perpustakaan dan kearsipan",
     ("Tingkat Gemar Membaca Masyarakat", "Nilai", "+", "62"),
     ("Persentase Perangkat Daerah yang Tertib Arsip", "%", "+", "55"),
     [("Program Pembinaan Perpustakaan", "Perpustakaan"),
      ("Program Pengelolaan Arsip", "Kearsipan")]),
    ("dinas-pertanian", "Dinas Pertanian", "Distan", "dinas", "3.27", "e", "pertanian",
     ("Pertumbuhan PDRB Sektor Pertanian", "%", "+", "2.5"),
     ("Persentase Luas Lahan Pertanian Terserang Organisme Pengganggu Tumbuhan", "%", "-", "4"),
     [("Program Penyediaan dan Pengembangan Sarana Pertanian", "Sarana Pertanian"),
      ("Program Penyuluhan Pertanian", "Penyuluhan Pertanian")]),
    ("disperindag", "Dinas Perindustrian dan Perdagangan", "Disperindag", "dinas", "3.30", "e",
     "perindustrian dan perdagangan",
     ("Pertumbuhan Nilai Produksi Industri Kecil dan Menengah", "%", "+", "4.5"),
     ("Persentase Alat Ukur, Takar, Timbang dan Perlengkapannya yang Ditera Ulang", "%", "+",
      "80"),
     [("Program Pengembangan Industri", "Industri Kecil dan Menengah"),
      ("Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting",
       "Stabilisasi Harga Bahan Pokok")]),
    ("bappeda", "Badan Perencanaan Pembangunan Daerah", "Bappeda", "badan", "5.01", "g",
     "perencanaan pembangunan daerah",
     ("Persentase Keselarasan Program RPJMD dan RKPD", "%", "+", "90"),
     ("Persentase Capaian Indikator Kinerja Utama Daerah", "%", "+", "85"),
     [("Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
       "Perencanaan dan Evaluasi Pembangunan"),
      ("Program Penelitian dan Pengembangan Daerah", "Penelitian dan Pengembangan")]),
    ("bpkpd", "Badan Pendapatan dan Pengelolaan Keuangan Daerah", "BPKPD", "badan", "5.02",
     "g", "pendapatan dan pengelolaan keuangan daerah",
     ("Rasio Pendapatan Asli Daerah terhadap Total Pendapatan Daerah", "%", "+", "18"),
     ("Persentase Realisasi Pendapatan Asli Daerah", "%", "+", "95"),
     [("Program Pengelolaan Keuangan Daerah", "Pengelolaan Keuangan Daerah"),
      ("Program Pengelolaan Pendapatan Daerah", "Pendapatan Daerah")]),
    ("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "badan",
     "5.03", "g", "kepegawaian dan pengembangan SDM aparatur",
     ("Indeks Profesionalitas ASN", "Nilai", "+", "70"),
     ("Persentase ASN yang Memenuhi Standar Kompetensi Jabatan", "%", "+", "60"),
     [("Program Kepegawaian Daerah", "Manajemen Kepegawaian"),
      ("Program Pengembangan Sumber Daya Manusia", "Pengembangan Kompetensi ASN")]),
    ("inspektorat", "Inspektorat", "Inspektorat", "inspektorat", "6.01", "g",
     "pengawasan internal", ("Level Kapabilitas APIP", "Nilai", "+", "3"),
     ("Persentase Temuan Berulang", "%", "-", "15"),
     [("Program Penyelenggaraan Pengawasan", "Pengawasan Internal"),
      ("Program Perumusan Kebijakan, Pendampingan dan Asistensi", "Pendampingan dan Asistensi")]),
    ("sekretariat-dprd", "Sekretariat DPRD", "Setwan", "sekretariat_dprd", "4.02", "g",
     "fasilitasi tugas DPRD",
     ("Persentase Fasilitasi Tugas dan Fungsi DPRD yang Terlaksana", "%", "+", "90"),
     ("Persentase Rancangan Peraturan Daerah yang Ditetapkan", "%", "+", "80"),
     [("Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD", "Tugas dan Fungsi DPRD")]),
    ("bpbd", "Badan Penanggulangan Bencana Daerah", "BPBD", "badan", "1.05", "i",
     "penanggulangan bencana", ("Indeks Risiko Bencana", "Nilai", "-", "130"),
     ("Persentase Desa Tangguh Bencana", "%", "+", "25"),
     [("Program Penanggulangan Bencana", "Penanggulangan Bencana")]),
    ("bakesbangpol", "Badan Kesatuan Bangsa dan Politik", "Bakesbangpol", "badan", "8.01", "g",
     "kesatuan bangsa dan politik",
     ("Persentase Konflik Sosial yang Tertangani", "%", "+", "90"),
     ("Persentase Organisasi Kemasyarakatan yang Aktif dan Terbina", "%", "+", "60"),
     [("Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan", "Wawasan Kebangsaan"),
      ("Program Peningkatan Kewaspadaan Nasional dan Peningkatan Kualitas dan Fasilitasi "
       "Penanganan Konflik Sosial", "Kewaspadaan Nasional")]),
    ("rsud", "RSUD Prof. Dr. Soekandar", "RSUD", "rsud", "1.02", "s",
     "pelayanan kesehatan rujukan", ("Bed Occupancy Rate", "%", "+", "70"),
     ("Net Death Rate", "%", "-", "2.5"),
     [("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
       "Pelayanan Kesehatan Rujukan")]),
    ("dinas-kebudayaan", "Dinas Kebudayaan", "Disbud", "dinas", "2.22", "s", "kebudayaan",
     ("Persentase Cagar Budaya yang Dilestarikan", "%", "+", "45"),
     ("Persentase Kelompok Kesenian yang Aktif", "%", "+", "60"),
     [("Program Pengembangan Kebudayaan", "Kebudayaan"),
      ("Program Pelestarian dan Pengelolaan Cagar Budaya", "Cagar Budaya")]),
]
# The RPJMD sasaran (a key of unit_pemkab_mojokerto.RPJMD) that each PD's tujuan and sasaran
# support in both periods; it lies under the misi MISI[period][tema] the PD declares. Kecamatan
# and UKPD support "pelayanan". No random draw: adding this left every other value unchanged.
RPJMD_SASARAN = {
    "dinas-pendidikan": "pendidikan", "dinas-kesehatan": "kesehatan", "dinas-pupr": "infrastruktur",
    "dinas-perkim": "permukiman", "satpol-pp": "ketenteraman", "dinas-sosial": "sosial",
    "dinas-tenaga-kerja": "ekonomi", "dp2kbp2": "sosial", "dinas-ketahanan-pangan-dan-perikanan": "pangan",
    "dinas-lingkungan-hidup": "lingkungan", "dispendukcapil": "pelayanan", "dpmd": "kemiskinan",
    "dinas-perhubungan": "infrastruktur", "diskominfo": "pelayanan", "dinas-koperasi-dan-usaha-mikro": "umkm",
    "dpmptsp": "ekonomi", "disparpora": "ekonomi", "dinas-perpustakaan-dan-kearsipan": "pendidikan",
    "dinas-pertanian": "pangan", "disperindag": "umkm", "bappeda": "akuntabilitas", "bpkpd": "keuangan",
    "bkpsdm": "akuntabilitas", "inspektorat": "akuntabilitas", "sekretariat-dprd": "demokrasi",
    "bpbd": "lingkungan", "bakesbangpol": "demokrasi", "rsud": "kesehatan", "dinas-kebudayaan": "pendidikan",
}
# Seeded misalignment (docs/demo-data/rpjmd.md): in each period the last sasaran of this PD
# supports no RPJMD box, so the pohon kinerja has something to show.
TANPA_DUKUNGAN = {P1: "dinas-perpustakaan-dan-kearsipan", P2: "disparpora"}
KECAMATAN = ["Jatirejo", "Gondang", "Pacet", "Trawas", "Ngoro", "Pungging", "Kutorejo", "Bangsal",
             "Mojoanyar", "Dlanggu", "Puri", "Trowulan", "Sooko", "Gedeg", "Kemlagi", "Jetis",
             "Dawarblandong"]
KEC_TUJUAN = ("Indeks Kinerja Penyelenggaraan Pemerintahan Kecamatan", "Nilai", "+", "78")
KEC_SASARAN = [
    ("Persentase Layanan Administrasi Terpadu Kecamatan yang Selesai Tepat Waktu", "%", "+", "90"),
    ("Persentase Gangguan Ketenteraman dan Ketertiban Umum yang Berulang", "%", "-", "8")]
KEC_PROGRAM = [("02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
                "Pelayanan Publik Kecamatan"),
               ("03", "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
                "Pemberdayaan Masyarakat Desa"),
               ("04", "Program Koordinasi Ketentraman dan Ketertiban Umum",
                "Ketenteraman dan Ketertiban Umum")]
UKPD = [("upt-puskesmas-" + p.lower(), "UPT Puskesmas " + p, "dinas-kesehatan")
        for p in ("Pacet", "Trawas", "Gondang", "Dlanggu", "Sooko")] + [
    ("upt-pengelolaan-sampah", "UPT Pengelolaan Sampah", "dinas-lingkungan-hidup"),
    ("upt-pengujian-kendaraan-bermotor", "UPT Pengujian Kendaraan Bermotor", "dinas-perhubungan"),
    ("upt-balai-latihan-kerja", "UPT Balai Latihan Kerja", "dinas-tenaga-kerja"),
    ("upt-rumah-potong-hewan", "UPT Rumah Potong Hewan", "dinas-pertanian")]

# kegiatan / sub kegiatan templates of a substantive program ({o} = objek)
KEG = [("Penyelenggaraan {o}", "Persentase Penyelenggaraan {o} sesuai Standar", "%", "kum"),
       ("Pembinaan dan Pengawasan {o}", "Persentase Pembinaan dan Pengawasan {o} yang Terlaksana",
        "%", "kum"),
       ("Peningkatan Kualitas {o}", "Nilai Kualitas Layanan {o}", "Nilai", "level")]
SUB = [("Koordinasi dan Sinkronisasi {o}", "Jumlah Dokumen Hasil Koordinasi {o}", "Dokumen", 2, 6),
       ("Fasilitasi {o}", "Jumlah Kegiatan Fasilitasi {o}", "Kegiatan", 4, 24),
       ("Penyediaan Sarana Pendukung {o}", "Jumlah Paket Sarana Pendukung {o}", "Paket", 1, 8),
       ("Peningkatan Kapasitas Pelaku {o}", "Jumlah Orang yang Mengikuti Peningkatan Kapasitas "
        "{o}", "Orang", 40, 300),
       ("Monitoring dan Evaluasi {o}", "Jumlah Laporan Monitoring dan Evaluasi {o}", "Laporan", 2,
        12),
       ("Pemeliharaan Sarana dan Prasarana {o}", "Jumlah Unit Sarana dan Prasarana {o} yang "
        "Dipelihara", "Unit", 3, 40)]
# program 01: kegiatan code, nama, indicator; sub kegiatan code, nama, indicator, satuan, lo, hi
P01_KEG = {
    "01": ("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
           "Persentase Dokumen Perencanaan dan Evaluasi Kinerja yang Tersusun Tepat Waktu",
           [("0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
             "Jumlah Dokumen Perencanaan Perangkat Daerah", "Dokumen", 3, 6),
            ("0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi "
                     "Kinerja SKPD", "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi "
                     "Kinerja SKPD", "Laporan", 4, 6),
            ("0007", "Evaluasi Kinerja Perangkat Daerah",
             "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah", "Laporan", 4, 4)]),
    "02": ("Administrasi Keuangan Perangkat Daerah",
           "Persentase Pemenuhan Administrasi Keuangan Perangkat Daerah",
           [("0001", "Penyediaan Gaji dan Tunjangan ASN",
             "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "Orang", 0, 0),
            ("0003", "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
             "Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", "Dokumen",
             12, 12),
            ("0004", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
             "Jumlah Laporan Keuangan Akhir Tahun SKPD", "Laporan", 1, 2)]),
}
MALE = ["Agus", "Bambang", "Budi", "Didik", "Eko", "Hadi", "Joko", "Heru", "Arif", "Yudha",
        "Rizal", "Teguh", "Wahyu", "Slamet", "Ahmad", "Imam", "Gatot", "Sugeng", "Hendro", "Edi"]
MALE_LAST = ["Santoso", "Prasetyo", "Wibowo", "Setiawan", "Hidayat", "Kurniawan", "Susanto",
             "Purnomo", "Sugiarto", "Hermawan", "Nugroho", "Effendi"]
FEMALE = ["Sri", "Endang", "Dewi", "Ratna", "Lilik", "Yuni", "Retno", "Ika", "Nurul", "Dyah"]
FEMALE_LAST = ["Wahyuni", "Lestari", "Rahayu", "Handayani", "Astuti", "Kusumawati", "Suryani",
               "Pratiwi"]
GELAR = ["S.Sos., M.Si.", "S.T., M.T.", "S.H., M.H.", "S.E., M.M.", "S.Pd., M.Pd.",
         "S.STP., M.Si.", "S.P., M.M.", "S.Kom., M.Kom.", "S.AP., M.AP."]
PANGKAT = [("Pembina", "IV/a"), ("Pembina Tingkat I", "IV/b"), ("Pembina Utama Muda", "IV/c")]
UPAYA = ["Memperkuat monitoring dan evaluasi capaian kinerja secara berkala setiap triwulan.",
         "Meningkatkan kualitas data kinerja melalui verifikasi berjenjang.",
         "Menyelaraskan program dan kegiatan dengan sasaran RPJMD 2025-2029.",
         "Meningkatkan kompetensi aparatur melalui bimbingan teknis dan pendampingan.",
         "Memperluas pemanfaatan aplikasi dalam pelayanan dan pelaporan kinerja."]


def _s(v, dec):
    """Integer (units or hundredths) -> Decimal string."""
    return str(v) if dec == 0 else f"{v // 100}.{v % 100:02d}"


def _fit(r, n, total, lo, hi, glo, ghi):
    """n integers drawn in [lo, hi], shifted within [glo, ghi] to sum to total."""
    vals = [r.randint(lo, hi) for _ in range(n)]
    diff = total - sum(vals)
    while diff:
        for i in r.sample(range(n), n):
            room = (ghi - vals[i]) if diff > 0 else (vals[i] - glo)
            step = min(room, abs(diff), r.randint(1, 60))
            vals[i] += step if diff > 0 else -step
            diff += -step if diff > 0 else step
            if not diff:
                break
    return vals


def _split(r, total, parts):
    w = [r.randint(2, 5) + i for i in range(parts)]
    out = [total * x // sum(w) for x in w]
    out[-1] += total - sum(out)
    return out


def _rencana_aksi(ind: dict, target: str) -> dict:
    """A plausible rencana aksi of a synthetic PK indicator (no random draw: the other figures stay).

    Nilai SAKIP is planned for TW III (the evaluation result), IKM per semester (TW II and IV), any
    other level at the year's end; a count is spread over the triwulan in whole parts (the rest
    in TW IV), a mean held every triwulan.
    """
    t = Decimal(target)
    if ind["agregasi"] == "jumlah":
        q = (t / 4).to_integral_value(rounding=ROUND_FLOOR) if ind["desimal"] == 0 else (t / 4).quantize(Decimal("0.0001"))
        parts = {"TW1": q, "TW2": q, "TW3": q, "TW4": t - 3 * q}
        return {"target": {k: str(v) for k, v in parts.items()}, "kumulatif": False,
                "aksi": [[f"Pelaksanaan kegiatan {ind['nama'].lower()}", "Kepala Bidang"]]}
    if ind["agregasi"] == "rata_rata":
        return {"target": {f"TW{i}": target for i in (1, 2, 3, 4)}, "kumulatif": False}
    tw = {"nilai_sakip": ("TW3",), "ikm": ("TW2", "TW4")}.get(ind.get("kode_standar") or "", ("TW2", "TW4"))
    return {"target": dict.fromkeys(tw, target), "kumulatif": True,
            "aksi": [["Pemantauan capaian dan evaluasi triwulanan", "Sekretaris"]]}


def _f(r, low=False):
    return r.randint(600, 790) if low else r.randint(900, 1100)


def _measure(r, key, nama, satuan, kind, *, pol="+", base=None, lo=1, hi=1, low=False,
             value=None, iku=False, sumber=""):
    """One measure (an indicator followed across both periods): targets and realisasi."""
    dec = 0 if kind in ("count", "tetap") else 2
    t, real, neg = {}, {}, pol == "-"
    pct = satuan == "%"
    cap = 10000 if pct else 10 ** 9
    if kind in ("sakip", "ikm"):
        t25 = min(9600, value * 1000 // r.randint(940, 1060))
        step = r.randint(40, 120)
        t = {y: max(6100, min(9700, t25 + (y - 2025) * step)) for y in range(2021, 2030)}
        v = value
        for y in (2024, 2023, 2022, 2021):
            v = max(6050, v - r.randint(20, 220))
            real[y] = {"TAHUN": v}
        if kind == "sakip":
            real[2025] = {"TAHUN": value}
        else:
            d = r.randint(0, 150)
            real[2025] = {"S1": value - d, "S2": value + d}
            real[2026] = {"S1": min(9900, value + r.randint(-80, 150))}
    elif kind in ("count", "tetap"):
        n, g = r.randint(lo, hi), r.choice((0, 0, 1))
        t = {y: n + g * (y - 2021) for y in range(2021, 2030)}
        for y in range(2021, 2027):
            if kind == "tetap":
                a = t[y] * r.randint(960, 1020) // 1000
                tw = 3 if y == 2026 else 4
                real[y] = {"TAHUN": a} if y < 2025 else {f"TW{k}": a for k in range(1, tw + 1)}
                continue
            a = (t[y] * _f(r, low and y == 2025) + 500) // 1000
            if y < 2025:
                real[y] = {"TAHUN": a}
            else:
                parts = _split(r, a, 4)[:3 if y == 2026 else 4]
                real[y] = {f"TW{k + 1}": p for k, p in enumerate(parts)}
    else:   # "level" (value of the moment) or "kum" (cumulative progress towards 100 %)
        b = 10000 if kind == "kum" else int(Decimal(base) * 100)
        step = 0 if kind == "kum" else max(1, b * r.randint(5, 25) // 1000)
        t = {y: max(1, min(cap, b + (-step if neg else step) * (y - 2021)))
             for y in range(2021, 2030)}
        for y in range(2021, 2027):
            f = _f(r, low and y == 2025)
            a = min(cap, t[y] * 1000 // f if neg else t[y] * f // 1000)
            if y < 2025:
                real[y] = {"TAHUN": a}
                continue
            n = 3 if y == 2026 else 4
            if kind == "kum":
                real[y] = {f"TW{k}": a * k // 4 for k in range(1, n + 1)}
            else:
                d = max(1, a * r.randint(2, 15) // 1000)
                real[y] = {f"TW{k}": max(0, min(cap, a + (d if neg else -d) * (4 - k)))
                           for k in range(1, n + 1)}
    return {"key": key, "nama": nama, "satuan": satuan, "kind": kind, "neg": neg, "dec": dec,
            "t": t, "real": real, "iku": iku, "sumber": sumber, "baru": False,
            "tanpa2025": False, "narasi": None}


def _ind(m, per):
    """IND dict of measure m in period P1 or P2 (realisasi stored once, see FORMAT.md)."""
    y0 = 2021 if per == P1 else 2025
    dec, kind = m["dec"], m["kind"]
    suffix = "-2125" if per == P1 else "-2529"
    if per == P1:
        years = [y for y in m["real"] if y < 2025]
    else:
        years = [y for y in m["real"] if y >= 2025 and not (y == 2025 and m["tanpa2025"])]
    realisasi = {str(y): {k: _s(v, dec) for k, v in m["real"][y].items()} for y in sorted(years)}
    spec = {"sakip": ("nilai_sakip", "sakip", "terakhir"), "ikm": ("ikm", "skm", "rata_rata"),
            "count": (None, None, "jumlah")}.get(kind, (None, None, "terakhir"))
    if kind == "count":
        formulasi = f"Jumlah {m['satuan'].lower()} yang direalisasikan dalam tahun berjalan"
    elif m["satuan"] == "%":
        formulasi = "(Jumlah realisasi / jumlah sasaran) x 100%"
    else:
        formulasi = m["nama"] + " sesuai hasil pengukuran pada akhir periode"
    return {
        "ref": m["key"] + suffix, "kode_standar": spec[0], "nama": m["nama"],
        "satuan": m["satuan"], "definisi": f"{m['nama']} sebagai ukuran keberhasilan kinerja.",
        "formulasi": formulasi, "sumber_data": m["sumber"] or "Laporan kinerja perangkat daerah",
        "iku": m["iku"], "polaritas": "negatif" if m["neg"] else "positif", "agregasi": spec[2],
        "skala": spec[1], "desimal": dec,
        "target": {str(y): _s(m["t"][y], dec) for y in range(y0, y0 + 5)},
        "target_akhir": _s(m["t"][y0 + 4], dec),
        "pendahulu": m["key"] + "-2125" if per == P2 and not m["baru"] else None,
        "realisasi": realisasi, "pembanding": {},
        "narasi": {"2025": m["narasi"]} if per == P2 and m["narasi"] else {},
    }


def _cascade(node, per):
    """Tree of (tingkat, nama, kode, [measures], [children]) -> cascade dict for a period."""
    tingkat, nama, kode, ms, anak = node
    ms = [m for m in ms if per == P2 or not m["baru"]]
    kids = [_cascade(c, per) for c in anak]
    return {"tingkat": tingkat, "nama": nama, "kode": kode,
            "indikator": [_ind(m, per) for m in ms], "anak": [k for k in kids if k]} \
        if ms or kids else None


def _nip(r, female, used):
    while True:
        y = r.randint(1966, 1985)
        birth = date(y, r.randint(1, 12), 1)
        birth = date.fromordinal(birth.toordinal() + r.randint(0, 27))
        nip = (f"{birth:%Y%m%d}{y + r.randint(20, 30)}{r.randint(1, 12):02d}"
               f"{2 if female else 1}{r.randint(1, 999):03d}")
        if nip not in used:
            used.add(nip)
            return nip, y


def _kepala(r, slug, jabatan, plt, used, names, dokter=False):
    while True:
        female = r.random() < 0.3
        nama = (f"{r.choice(FEMALE)} {r.choice(FEMALE_LAST)}" if female
                else f"{r.choice(MALE)} {r.choice(MALE_LAST)}").upper()
        if nama not in names:
            names.add(nama)
            break
    nip, y = _nip(r, female, used)
    pangkat = PANGKAT[min(2, max(0, (1985 - y) // 7 + r.randint(-1, 0)))]
    mulai = date.fromordinal(date(2022, 1, 1).toordinal() + r.randint(0, 911))
    return {"ref": f"{slug}-kepala", "nama": nama, "gelar_depan": "dr." if dokter else "",
            "gelar_belakang": "M.Kes." if dokter else r.choice(GELAR), "nip": nip,
            "pangkat": pangkat[0], "golongan": pangkat[1], "sintetis": True,
            "jabatan": [{"nama": jabatan, "unit": slug, "plt": plt, "mulai": mulai.isoformat(),
                         "selesai": None}]}


def _budget_sub(r, kode, nama, gaji, kec):
    if gaji:
        pagu = r.randint(1500, 3500 if kec else 7900) * 1_000_000 + r.randint(0, 999_999)
    else:
        pagu = r.randint(10, 1500) * 1_000_000 + r.randint(0, 999) * 1000
    pagu26 = max(10_000_000, min(8_000_000_000, pagu * r.randint(900, 1100) // 1000))
    r25 = _split(r, pagu * r.randint(600, 990) // 1000, 4)
    r26 = _split(r, pagu26 * r.randint(400, 720) // 1000, 3)
    return {y: {"tingkat": "sub_kegiatan", "kode": kode, "nama": nama, "pelaksana": None,
                "pagu": str(p), "realisasi": {f"TW{k + 1}": str(v) for k, v in enumerate(rs)}}
            for y, p, rs in (("2025", pagu, r25), ("2026", pagu26, r26))}


# The seasonal shares of a sub kegiatan without any stored realisasi (none in the demo today).
KAS_MUSIMAN = (Decimal("0.15"), Decimal("0.25"), Decimal("0.25"), Decimal("0.35"))


def _kas(sub: dict) -> dict:
    """The anggaran kas of one sub kegiatan, a little ahead of its own realisasi (docs/demo-data/synthetic.md).

    All four triwulan realised (2025): the realisasi's seasonal shape scaled up to the pagu, so
    each triwulan plans at least what it spent and the gap is the unspent pagu. Only TW I-III
    realised (2026): those plus 10 %. TW I-III are rounded down to the rupiah and TW IV takes
    the rest, so the kas adds up to the pagu exactly.
    """
    pagu = Decimal(sub["pagu"])
    real = [Decimal(sub["realisasi"].get(f"TW{tw}", "0")) for tw in (1, 2, 3, 4)]
    if not any(real):
        faktor = [pagu * b for b in KAS_MUSIMAN[:3]]
    elif "TW4" in sub["realisasi"]:
        faktor = [pagu * x / sum(real) for x in real[:3]]
    else:
        faktor = [x * Decimal("1.1") for x in real[:3]]
    kas = [x.to_integral_value(rounding=ROUND_FLOOR) for x in faktor]
    return {**{f"TW{tw}": str(v) for tw, v in enumerate(kas, 1)}, "TW4": str(pagu - sum(kas))}


def _rencana_kas(budget: dict) -> dict:
    """Every sub kegiatan's anggaran kas, per DPA year (for the PK in force that year)."""
    return {y: {"sub_kegiatan": {s["kode"]: _kas(s) for p in progs for k in p["anak"] for s in k["anak"]}}
            for y, progs in budget.items() if progs}


def _kegiatan(r, low, budget, pc, pk, obj, ki, kg, kec):
    """One kegiatan of a program: its indicator, sub kegiatan and DPA lines (both years)."""
    if obj is None:
        kcode, (knama, kind_nama, subs) = kg, P01_KEG[kg]
        km = _measure(r, f"kegiatan-{pc}-{kcode}", kind_nama, "%", "kum", low=low())
        pick = [0] if kg == "02" else []
        pick += r.sample([j for j in range(3) if j not in pick], r.randint(0, 2) if pick
                         else r.randint(1, 3))
        subs = [subs[j] for j in sorted(pick)]
    else:
        kcode = f"{ki + 1:02d}"
        knama, ikn, ksat, kkind = (s.format(o=obj) if "{" in s else s for s in KEG[kg])
        km = _measure(r, f"kegiatan-{pc}-{kcode}", ikn, ksat, kkind, base="80", low=low())
        subs = [(f"{j + 1:04d}", SUB[j][0].format(o=obj), SUB[j][1].format(o=obj),
                 SUB[j][2], SUB[j][3], SUB[j][4])
                for j in sorted(r.sample(range(len(SUB)), r.randint(1, 3)))]
    kk = f"{pk}.2.{kcode}"
    bkeg = {y: {"tingkat": "kegiatan", "kode": kk, "nama": knama, "anak": []}
            for y in budget}
    snodes = []
    for si, (sc, snama, sind, ssat, lo, hi) in enumerate(subs):
        gaji = snama.startswith("Penyediaan Gaji")
        if gaji:
            lo, hi = (25, 45) if kec else (40, 400)
        sm = _measure(r, f"sub-{pc}-{kcode}-{sc}", sind, ssat,
                      "tetap" if gaji else "count", lo=lo, hi=hi, low=low())
        sm["baru"] = si == len(subs) - 1 and len(subs) > 1 and r.random() < 0.25
        snodes.append(("sub_kegiatan", snama, f"{kk}.{sc}", [sm], []))
        for y, line in _budget_sub(r, f"{kk}.{sc}", snama, gaji, kec).items():
            bkeg[y]["anak"].append(line)
    return ("kegiatan", knama, kk, [km], snodes), bkeg


def _pd(r, i, row, sakip, ikm, plt, missing, used, names):
    slug, nama, singkatan, jenis, bidang, tema, urusan, ind_t, ind_s, programs = row
    kec = jenis == "kecamatan"
    if kec:   # kecamatan numbered in list order, 13 being Mojosari (real data)
        i = KECAMATAN.index(nama.split(" ", 1)[1]) + 1
        i += i >= 13

    def low() -> bool:
        return r.random() < 0.01

    tujuan_m = _measure(r, "tujuan", ind_t[0], ind_t[1], "level", pol=ind_t[2], base=ind_t[3],
                        iku=True, low=low())
    tujuan_m["tanpa2025"] = missing
    sak = _measure(r, "nilai-sakip", f"Nilai SAKIP {nama}", "Nilai", "sakip", value=sakip,
                   iku=True, sumber="Laporan Hasil Evaluasi SAKIP")
    ik = _measure(r, "ikm", f"IKM {nama}", "Nilai", "ikm", value=ikm, iku=True,
                  sumber="Laporan Hasil Survei Kepuasan Masyarakat")
    two = ind_s[2] == "-" or r.random() < 0.6
    sas_m = _measure(r, "sasaran-2", ind_s[0], ind_s[1], "level", pol=ind_s[2], base=ind_s[3],
                     iku=True, low=low())
    sas_m["narasi"] = {
        "faktor_pendorong": f"Dukungan lintas sektor dan komitmen pimpinan dalam urusan {urusan}.",
        "faktor_penghambat": "Keterbatasan sumber daya dan ketersediaan data yang belum "
                             "sepenuhnya terintegrasi.",
        "solusi": "Penguatan koordinasi dan pemutakhiran data secara berkala.",
        "rencana_tindak_lanjut": "Monitoring capaian setiap triwulan."}
    budget = {"2025": [], "2026": []}
    progs = []
    plan = [("01", P01, None), *programs]
    for pc, pnama, obj in plan:
        pk = f"{bidang}.{pc}"
        if obj is None:
            pm = _measure(r, "program-01", "Persentase Layanan Penunjang Urusan Pemerintahan yang "
                          "Terpenuhi", "%", "kum", low=low())
            kegs = [k for k in ("01", "02") if k == "02" or r.random() < 0.6]
        else:
            pm = _measure(r, f"program-{pc}", f"Persentase Capaian Target Layanan {obj}", "%",
                          "level", base=str(r.randint(70, 90)), low=low())
            kegs = sorted(r.sample(range(len(KEG)), r.randint(1, 2)))
        bprog = {y: {"tingkat": "program", "kode": pk, "nama": pnama.upper(), "anak": []}
                 for y in budget}
        knodes = []
        for ki, kg in enumerate(kegs):
            knode, bkeg = _kegiatan(r, low, budget, pc, pk, obj, ki, kg, kec)
            knodes.append(knode)
            for y in budget:
                bprog[y]["anak"].append(bkeg[y])
        progs.append(("program", pnama, pk, [pm], knodes))
        for y in budget:
            budget[y].append(bprog[y])
    sas1 = ("sasaran", f"Meningkatnya akuntabilitas kinerja dan kualitas pelayanan {nama}", "",
            [sak, ik], progs[:1] if two else progs)
    sasaran = [sas1] + ([("sasaran", f"Meningkatnya kualitas {urusan}", "", [sas_m], progs[1:])]
                        if two else [])
    tree = ("tujuan", f"Meningkatkan kinerja penyelenggaraan urusan {urusan}", "", [tujuan_m],
            sasaran)
    pnames = {kode: pnama for _, pnama, kode, _, _ in progs}
    periode = {p: {"misi": [MISI[p][tema]], "cascade": [_cascade(tree, p)], "indikator_lain": []}
               for p in (P1, P2)}
    if kec:
        jabatan = "Camat " + nama.split(" ", 1)[1]
    else:
        jabatan = {"inspektorat": "Inspektur", "sekretariat_dprd": "Sekretaris DPRD",
                   "rsud": "Direktur " + nama, "satpol_pp": "Kepala Satuan Polisi Pamong Praja"
                   }.get(jenis, "Kepala " + nama)
    kepala = _kepala(r, slug, jabatan, plt, used, names, dokter=slug in ("dinas-kesehatan", "rsud"))
    lain = r.random() < 0.4
    pks = []
    for tahun, versi, per, tgl, kedua, sumber in (
            (2025, "awal", P1, "2025-01-24", "bupati-ikfina", "APBD 2025"),
            (2025, "perubahan", P2, "2025-09-30", "bupati-albarraa", "PAPBD 2025"),
            (2026, "awal", P2, "2026-01-23", "bupati-albarraa", "APBD 2026")):
        groups = []
        for sas in periode[per]["cascade"][0]["anak"]:
            groups.append({"kelompok": "utama", "uraian": sas["nama"], "indikator": [
                {"ref": ind["ref"], "target": ind["target"][str(tahun)],
                 **({"rencana_aksi": _rencana_aksi(ind, ind["target"][str(tahun)])} if versi != "awal" or tahun > 2025
                    else {})}
                for ind in sas["indikator"]]})
        if lain:
            prog = periode[per]["cascade"][0]["anak"][-1]["anak"][-1]
            groups.append({"kelompok": "lainnya", "uraian": prog["nama"], "indikator": [
                {"ref": prog["indikator"][0]["ref"],
                 "target": prog["indikator"][0]["target"][str(tahun)]}]})
        ang = []
        for bp in budget[str(tahun)]:
            total = sum(int(s["pagu"]) for k in bp["anak"] for s in k["anak"])
            if versi == "awal" and tahun == 2025:
                total = total * r.choice((960, 970, 975, 980, 1020, 1025, 1030, 1040)) // 1000
            ang.append({"kode": bp["kode"], "program": pnames[bp["kode"]], "jumlah": str(total),
                        "sumber": sumber})
        pks.append({"tahun": tahun, "versi": versi, "nomor_perubahan": int(versi == "perubahan"),
                    "periode": per, "tanggal": tgl,
                    "alasan": "Penetapan RPJMD 2025-2029 dan Perubahan APBD 2025"
                    if versi == "perubahan" else "",
                    "pihak_pertama": kepala["ref"], "pihak_kedua": kedua, "ditandatangani": True,
                    "sasaran": groups, "anggaran": ang})
    return {
        "slug": slug, "nama": nama, "jenis": jenis, "induk": None,
        "kode_organisasi": f"{bidang}.0.00.0.00.{i:02d}.0000",
        "singkatan": singkatan, "alamat": f"Jl. Raya {r.choice(KECAMATAN)}, Kabupaten Mojokerto",
        "tugas_fungsi": f"{nama} melaksanakan urusan pemerintahan di bidang {urusan} yang "
                        "menjadi kewenangan daerah.",
        "struktur_organisasi": f"{jabatan}, Sekretariat, dan bidang/seksi teknis.",
        "sintetis": True, "pejabat": [kepala], "periode": periode,
        "perjanjian_kinerja": pks, "anggaran": budget, "rencana_kas": _rencana_kas(budget),
        "narasi": {"2025": {
            "isu_strategis": f"Isu strategis {nama} meliputi peningkatan kualitas {urusan}, "
                             "penguatan akuntabilitas kinerja, dan optimalisasi pelayanan "
                             "berbasis elektronik.",
            "kesimpulan": f"Secara umum kinerja {nama} tahun 2025 berjalan sesuai rencana; "
                          "sebagian besar indikator mencapai target, sedangkan beberapa "
                          "indikator masih memerlukan perhatian.",
            "upaya_perbaikan": " ".join(r.sample(UPAYA, 2))}},
    }


def _ukpd(r, slug, nama, induk, ikm):
    m = _measure(r, "ikm", f"IKM {nama}", "Nilai", "ikm", value=ikm, iku=True,
                 sumber="Laporan Hasil Survei Kepuasan Masyarakat")
    m["baru"] = True
    node = ("sasaran", f"Meningkatnya kualitas pelayanan {nama}", "", [m], [])
    return {"slug": slug, "nama": nama, "jenis": "lainnya", "induk": induk,
            "kode_organisasi": "", "singkatan": "", "alamat": "",
            "tugas_fungsi": f"{nama} melaksanakan kegiatan teknis operasional dinas induknya.",
            "struktur_organisasi": "", "sintetis": True, "pejabat": [],
            "periode": {P2: {"misi": [1], "cascade": [_cascade(node, P2)], "indikator_lain": []}},
            "perjanjian_kinerja": [], "anggaran": {}, "narasi": {}}


def generate(seed: int = 2025) -> list[dict]:
    """Return the synthetic UNIT dicts: 46 PDs then 9 UKPD (same output for the same seed)."""
    r = random.Random(seed)  # noqa: S311 -- reproducible demo data, not cryptography
    rows = [(*row[:-1], [(f"{j + 2:02d}", p, o) for j, (p, o) in enumerate(row[-1])])
            for row in PD]
    for j, k in enumerate(KECAMATAN):
        sas = KEC_SASARAN[1] if j % 3 == 1 else KEC_SASARAN[0]
        progs = [(c, p, o) for c, p, o in r.sample(KEC_PROGRAM, r.randint(1, 2))]
        rows.append((f"kecamatan-{k.lower()}", f"Kecamatan {k}", "", "kecamatan", "7.01",
                     "g", f"pemerintahan dan pelayanan publik Kecamatan {k}", KEC_TUJUAN, sas,
                     sorted(progs)))
    sakip = _fit(r, len(rows), SAKIP_SUM, 7600, 8900, 6600, 8950)
    ikm = _fit(r, len(rows) + len(UKPD), IKM_SUM, 8400, 9600, 8000, 9700)
    plt = set(r.sample(range(len(rows)), 5))
    missing = set(r.sample(range(len(rows)), 3))
    used, names = set(), set()
    units = [_pd(r, i + 1, row, sakip[i], ikm[i], i in plt, i in missing, used, names)
             for i, row in enumerate(rows)]
    units += [_ukpd(r, s, n, p, ikm[len(rows) + j]) for j, (s, n, p) in enumerate(UKPD)]
    _add_kematangan(units[: len(rows)], random.Random(seed + 1))  # noqa: S311 -- demo data
    _align(units)
    return units


def _align(units):
    """Point every tujuan/sasaran at the RPJMD sasaran of its theme ("mendukung")."""
    for unit in units:
        key = RPJMD_SASARAN.get(unit["slug"], "pelayanan")
        for per, content in unit["periode"].items():
            for top in content["cascade"]:
                top["mendukung"] = rujukan(per, key)
                sasaran = [n for n in top["anak"] if n["tingkat"] == "sasaran"]
                for node in sasaran:
                    node["mendukung"] = rujukan(per, key)
                if TANPA_DUKUNGAN[per] == unit["slug"]:
                    sasaran[-1]["mendukung"] = None


def _add_kematangan(pds, r):
    """Every PD's 2025 tingkat kematangan kelembagaan, at least "Tinggi" (>= 37,1).

    Its own generator keeps every other synthetic value as it was; Bagian Organisasi counts
    the PDs with kematangan at least Tinggi (48 with Sekretariat Daerah and Mojosari).
    """
    for unit in pds:
        sasaran = unit["periode"]["2025-2029"]["cascade"][0]["anak"][0]
        nilai = Decimal(r.randint(3710, 5200)) / 100
        sasaran["indikator"].append({
            "ref": "kematangan-2529", "kode_standar": "kematangan",
            "nama": f"Indeks Kematangan Kelembagaan {unit['nama']}", "satuan": "Nilai",
            "definisi": "Tingkat kematangan kelembagaan hasil evaluasi Bagian Organisasi.",
            "formulasi": "Nilai hasil evaluasi tingkat kematangan kelembagaan",
            "sumber_data": "Laporan Hasil Evaluasi Tingkat Kematangan Kelembagaan",
            "iku": False, "polaritas": "positif", "agregasi": "terakhir", "skala": "kematangan",
            "desimal": 2, "target": {"2025": "37.10"}, "target_akhir": "46.10", "pendahulu": None,
            "realisasi": {"2025": {"TAHUN": str(nilai)}}, "pembanding": {}, "narasi": {},
        })


# ======================================================================================
def _walk_ind(nodes):
    for n in nodes:
        yield from n["indikator"]
        yield from _walk_ind(n["anak"])


def _walk_nodes(nodes):
    for n in nodes:
        yield n
        yield from _walk_nodes(n["anak"])


def _check_alignment(units):
    """Every tujuan/sasaran supports an RPJMD sasaran under a misi its unit declares, but the seeded two."""
    misi_of = {rujukan(p, key): misi for p, tujuan in RPJMD.items()
               for misi, _, _, sasaran in tujuan for key, _, _ in sasaran}
    unaligned = []
    for u in units:
        for per, content in u["periode"].items():
            for n in _walk_nodes(content["cascade"]):
                if n["tingkat"] not in ("tujuan", "sasaran"):
                    assert "mendukung" not in n, u["slug"]
                elif n.get("mendukung") is None:
                    unaligned.append((per, u["slug"]))
                else:
                    assert misi_of[n["mendukung"]] in content["misi"], (u["slug"], n["mendukung"])
                    assert n["mendukung"].startswith(rujukan(per, "")), (u["slug"], n["mendukung"])
    assert sorted(unaligned) == sorted((p, s) for p, s in TANPA_DUKUNGAN.items()), unaligned


def _check():
    units = generate()
    _check_alignment(units)
    assert units == generate(), "not deterministic"
    q = Decimal("0.01")
    slugs = [u["slug"] for u in units]
    assert len(set(slugs)) == len(slugs) == 55
    assert not {"kecamatan-mojosari", "sekretariat-daerah", "bagian-organisasi"} & set(slugs)
    sakip_sum, ikm_sum, nips, n_neg = Decimal(0), Decimal(0), set(), 0
    for u in units:
        assert u["sintetis"] is True and all(p["sintetis"] for p in u["pejabat"])
        inds = {p: list(_walk_ind(c["cascade"])) + c["indikator_lain"]
                for p, c in u["periode"].items()}
        refs = [i["ref"] for lst in inds.values() for i in lst]
        assert len(set(refs)) == len(refs), u["slug"]
        by = {p: {i["ref"]: i for i in lst} for p, lst in inds.items()}
        succ = {i["pendahulu"] for i in inds.get(P2, []) if i["pendahulu"]}
        assert succ <= set(by.get(P1, {})), u["slug"]
        for i in inds.get(P1, []):
            assert not (i["ref"] in succ and "2025" in i["realisasi"]), i["ref"]
        n_neg += any(i["polaritas"] == "negatif" for lst in inds.values() for i in lst)
        for lst in inds.values():
            for i in lst:
                vals = [i["target_akhir"], *i["target"].values()]
                vals += [v for d in i["realisasi"].values() for v in d.values()]
                assert all(isinstance(v, str) and Decimal(v) >= 0 for v in vals), i["ref"]
        allind = [i for lst in inds.values() for i in lst]
        ikms = [i for i in allind if i["kode_standar"] == "ikm" and "2025" in i["realisasi"]]
        assert len(ikms) == 1, u["slug"]
        s = ikms[0]["realisasi"]["2025"]
        mean = ((Decimal(s["S1"]) + Decimal(s["S2"])) / 2).quantize(q, ROUND_HALF_UP)
        assert mean >= Decimal("76.61"), u["slug"]
        ikm_sum += mean
        if u["induk"]:
            assert u["induk"] in slugs and not u["perjanjian_kinerja"]
            continue
        sak = [i["realisasi"]["2025"]["TAHUN"] for i in allind
               if i["kode_standar"] == "nilai_sakip" and "2025" in i["realisasi"]]
        assert len(sak) == 1 and Decimal("65") <= Decimal(sak[0]) <= Decimal("90"), u["slug"]
        sakip_sum += Decimal(sak[0])
        for p in u["pejabat"]:
            nip = p["nip"]
            assert len(nip) == 18 and nip.isdigit() and nip not in nips
            nips.add(nip)
            birth = date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
            assert 1966 <= birth.year <= 1985 and 20 <= int(nip[8:12]) - birth.year <= 30
            assert 1 <= int(nip[12:14]) <= 12 and 1 <= int(nip[15:]) <= 999
            female = p["nama"].split()[0].title() in FEMALE
            assert nip[14] == ("2" if female else "1"), p["nama"]
        for pk in u["perjanjian_kinerja"]:
            for g in pk["sasaran"]:
                for x in g["indikator"]:
                    assert x["ref"] in by[pk["periode"]], (u["slug"], x["ref"])
                    Decimal(x["target"])
            for a in pk["anggaran"]:
                Decimal(a["jumlah"])
        for y, progs in u["anggaran"].items():
            for sub in (s for p in progs for k in p["anak"] for s in k["anak"]):
                pagu = Decimal(sub["pagu"])
                assert 10_000_000 <= pagu <= 8_000_000_000, sub["kode"]
                assert sum(Decimal(v) for v in sub["realisasi"].values()) <= pagu, sub["kode"]
                kas = {tw: Decimal(v) for tw, v in u["rencana_kas"][y]["sub_kegiatan"][sub["kode"]].items()}
                assert sum(kas.values()) == pagu, (y, sub["kode"])
                # the plan is a little ahead of the realisation in every triwulan realised
                assert all(kas[tw] >= Decimal(v) for tw, v in sub["realisasi"].items()), (y, sub["kode"])
    assert sakip_sum == Decimal("3850.93"), sakip_sum
    assert ikm_sum == Decimal("4996.32"), ikm_sum
    print(f"OK: {len(units)} units ({len(units) - len(UKPD)} PD, {len(UKPD)} UKPD), "
          f"Nilai SAKIP 2025 sum {sakip_sum}, IKM 2025 sum {ikm_sum}, {len(nips)} NIPs, "
          f"{n_neg} units with a negatif indicator")


if __name__ == "__main__":
    _check()
