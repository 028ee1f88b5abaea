"""Pemerintah Kabupaten Mojokerto as a unit: the RPJMD cascade of both periods (format: FORMAT.md).

The unit is real (the Kabupaten itself, jenis "pemda"); its CONTENT IS SYNTHETIC except where
marked below. The reference LKjIPs print only the visi and misi of the two RPJMD periods
(pemda.py); the tujuan, sasaran and IKU Pemda here are plausible Kabupaten RPJMD content
written for the demo (see docs/demo-data/rpjmd.md).

Taken from the Bagian Organisasi LKjIP 2025 (BAB II.1):
- the 2025-2029 tujuan "Mewujudkan Tata Kelola Pemerintahan yang Berintegritas, Transparan,
  Akuntabel dan Responsif" and its target Indeks Reformasi Birokrasi 86,36 (Tabel II.1.B);
- target 2025 of "Nilai SAKIP Pemerintah Daerah" 79,05 (Tabel II.1.A, 2021-2025);
- targets 2025 of "Indeks Pelayanan Publik" 4,35 (2021-2025), "Nilai rata-rata SAKIP Perangkat
  Daerah" 83,11 and "IKM Pemerintah Daerah" 90,05 (2025-2029);
- the Provinsi Jawa Timur IKM 2025 (89,71, Tabel III.3) as comparison.
The Kabupaten's Nilai SAKIP 2025 is only said to be below Sekretariat Daerah's 86,19 (BAB
III.3); 73,42 is SYNTHETIC.

Computed, never typed (IndikatorTurunan): from 2025 "IKM Pemerintah Daerah" is the mean IKM of
every unit (90,87) and "Rata-rata Nilai SAKIP Perangkat Daerah" the mean of the PDs (83,78).

Node keys: "ref" names an RPJMD box so that the PDs' boxes can point at it ("mendukung");
"misi" (tujuan only) is the number of the Kepala Daerah's misi the tujuan serves.
A measure in both periods is one series: the 2021-2025 indicator holds 2021-2024, its
2025-2029 successor ("pendahulu") holds 2025 (see FORMAT.md, "A year in two periods").
"""

P1, P2 = "2021-2025", "2025-2029"

# code: nama, satuan, polaritas, skala, definisi/formulasi, sumber data
UKURAN = {
    "ipm": ("Indeks Pembangunan Manusia (IPM)", "Nilai", "positif", None,
            "Rata-rata geometrik indeks kesehatan, pendidikan dan pengeluaran",
            "Badan Pusat Statistik Kabupaten Mojokerto"),
    "lpe": ("Laju Pertumbuhan Ekonomi", "%", "positif", None,
            "(PDRB ADHK tahun n - PDRB ADHK tahun n-1) / PDRB ADHK tahun n-1 x 100%",
            "Badan Pusat Statistik Kabupaten Mojokerto"),
    "irb": ("Indeks Reformasi Birokrasi", "Nilai", "positif", None,
            "Nilai hasil evaluasi Reformasi Birokrasi oleh Kementerian PANRB",
            "Laporan Hasil Evaluasi Reformasi Birokrasi"),
    "infra": ("Persentase Infrastruktur Dasar dalam Kondisi Baik", "%", "positif", None,
              "(Panjang/jumlah infrastruktur dasar kondisi baik / total) x 100%",
              "Dinas Pekerjaan Umum dan Penataan Ruang"),
    "rls": ("Rata-rata Lama Sekolah", "Tahun", "positif", None,
            "Rata-rata jumlah tahun sekolah penduduk usia 25 tahun ke atas",
            "Badan Pusat Statistik Kabupaten Mojokerto"),
    "ahh": ("Angka Harapan Hidup", "Tahun", "positif", None,
            "Perkiraan rata-rata lama hidup sejak lahir", "Badan Pusat Statistik Kabupaten Mojokerto"),
    "ipg": ("Indeks Pembangunan Gender", "Nilai", "positif", None,
            "Rasio IPM perempuan terhadap IPM laki-laki x 100", "Badan Pusat Statistik Kabupaten Mojokerto"),
    "trantib": ("Persentase Gangguan Ketenteraman dan Ketertiban Umum yang Tertangani", "%", "positif",
                None, "(Gangguan trantibum yang tertangani / gangguan yang dilaporkan) x 100%",
                "Satuan Polisi Pamong Praja"),
    "kerukunan": ("Indeks Kerukunan Umat Beragama", "Nilai", "positif", None,
                  "Nilai survei kerukunan umat beragama", "Kantor Kementerian Agama Kabupaten Mojokerto"),
    "tpt": ("Tingkat Pengangguran Terbuka", "%", "negatif", None,
            "(Jumlah penganggur / angkatan kerja) x 100%", "Badan Pusat Statistik Kabupaten Mojokerto"),
    "kop": ("Pertumbuhan Jumlah Koperasi dan Usaha Mikro Aktif", "%", "positif", None,
            "(Jumlah tahun n - jumlah tahun n-1) / jumlah tahun n-1 x 100%",
            "Dinas Koperasi dan Usaha Mikro"),
    "ntp": ("Nilai Tukar Petani", "Nilai", "positif", None,
            "Indeks harga yang diterima petani / indeks harga yang dibayar petani x 100",
            "Badan Pusat Statistik Kabupaten Mojokerto"),
    "miskin": ("Persentase Penduduk Miskin", "%", "negatif", None,
               "(Penduduk di bawah garis kemiskinan / jumlah penduduk) x 100%",
               "Badan Pusat Statistik Kabupaten Mojokerto"),
    "sakip": ("Nilai SAKIP Pemerintah Daerah", "Nilai", "positif", "sakip",
              "Nilai hasil evaluasi AKIP Pemerintah Kabupaten oleh Kementerian PANRB",
              "Laporan Hasil Evaluasi SAKIP"),
    "sakip-pd": ("Rata-rata Nilai SAKIP Perangkat Daerah", "Nilai", "positif", "sakip",
                 "(Jumlah nilai SAKIP seluruh PD / jumlah PD)", "Bagian Organisasi, hasil evaluasi SAKIP PD"),
    "ikm": ("Indeks Kepuasan Masyarakat (IKM) Pemerintah Daerah", "Nilai", "positif", "skm",
            "(Jumlah nilai IKM seluruh unit penyelenggara layanan / jumlah unit)",
            "Bagian Organisasi, hasil SKM seluruh PD/UKPD"),
    "ipp": ("Indeks Pelayanan Publik", "Nilai", "positif", None,
            "Nilai hasil evaluasi penyelenggaraan pelayanan publik", "Kementerian PANRB"),
    "pad": ("Rasio Pendapatan Asli Daerah terhadap Pendapatan Daerah", "%", "positif", None,
            "(PAD / total pendapatan daerah) x 100%", "Badan Pendapatan dan Pengelolaan Keuangan Daerah"),
    "idi": ("Indeks Demokrasi Daerah", "Nilai", "positif", None,
            "Nilai aspek kebebasan, kesetaraan dan kapasitas lembaga demokrasi",
            "Badan Kesatuan Bangsa dan Politik"),
    "jalan": ("Persentase Jalan Kabupaten dalam Kondisi Mantap", "%", "positif", None,
              "(Panjang jalan kondisi baik dan sedang / panjang jalan kabupaten) x 100%",
              "Dinas Pekerjaan Umum dan Penataan Ruang"),
    "kumuh": ("Persentase Luas Kawasan Permukiman Kumuh", "%", "negatif", None,
              "(Luas kawasan kumuh / luas kawasan permukiman) x 100%",
              "Dinas Perumahan Rakyat dan Kawasan Permukiman"),
    "iklh": ("Indeks Kualitas Lingkungan Hidup", "Nilai", "positif", None,
             "Gabungan indeks kualitas air, udara, lahan dan air laut", "Dinas Lingkungan Hidup"),
    "ruang": ("Persentase Kesesuaian Pemanfaatan Ruang dengan RTRW", "%", "positif", None,
              "(Luas pemanfaatan ruang yang sesuai RTRW / luas yang dinilai) x 100%",
              "Dinas Pekerjaan Umum dan Penataan Ruang"),
}

# code: (targets 2021-2025, realisasi 2021-2024), (targets 2025-2029, realisasi 2025); None = not in
# that period. Realisasi 2025 of a measure in both periods is stored once, on the 2025-2029 indicator.
SERI = {
    "ipm": (("74.10 74.50 74.90 75.30 75.70", "74.15 74.61 75.24 75.89"), ("76.20 76.60 77.00 77.40 77.80", "76.41")),
    "lpe": (("3.50 5.00 5.20 5.40 5.50", "3.81 5.48 5.36 5.21"), ("5.30 5.40 5.50 5.60 5.70", "5.12")),
    "irb": (("66.00 68.00 70.00 72.00 74.00", "65.12 67.84 70.25 73.10"),
            ("86.36 87.00 88.00 89.00 90.00", "84.92")),  # 86,36: Tabel II.1.B
    "infra": (("68 70 72 74 76", "67.45 69.80 71.92 73.50"), ("76 78 80 82 84", "75.10")),
    "rls": (("8.30 8.40 8.50 8.60 8.70", "8.32 8.45 8.52 8.61"), ("8.75 8.85 8.95 9.05 9.15", "8.74")),
    "ahh": (("72.60 72.70 72.80 72.90 73.00", "72.63 72.74 72.86 72.98"),
            ("73.10 73.20 73.30 73.40 73.50", "73.12")),
    "ipg": (("91.00 91.20 91.40 91.60 91.80", "90.85 91.24 91.47 91.55"),
            ("91.90 92.10 92.30 92.50 92.70", "91.71")),
    "trantib": (("85 87 89 91 93", "86.20 88.10 90.35 92.00"), ("94 95 96 97 98", "95.40")),
    # 2021-2025 only (replaced in the new RPJMD): it keeps its own 2025 value.
    "kerukunan": (("72.00 73.00 74.00 75.00 76.00", "72.40 73.85 74.10 75.30 76.25"), None),
    "tpt": (("5.80 5.50 5.20 4.90 4.60", "5.98 5.12 4.97 4.73"), ("4.50 4.30 4.10 3.90 3.70", "4.62")),
    "kop": (("2.00 2.50 3.00 3.50 4.00", "1.45 2.80 3.10 3.20"), ("4.00 4.25 4.50 4.75 5.00", "2.60")),
    "ntp": (("101 102 103 104 105", "100.85 103.20 104.10 105.35"), ("105.50 106 106.50 107 107.50", "108.12")),
    "miskin": (("10.60 10.20 9.80 9.40 9.00", "10.57 10.12 9.98 9.35"), ("8.90 8.50 8.10 7.70 7.30", "9.13")),
    "sakip": (("66.00 68.00 70.00 72.00 79.05", "65.78 67.21 70.53 71.86"),  # 79,05: Tabel II.1.A
              ("77.00 78.50 80.00 81.50 83.00", "73.42")),
    "sakip-pd": (None, ("83.11 83.50 84.00 84.50 85.00", "")),  # 83,11: Tabel II.1.B; 2025 computed
    "ikm": (("84 85 86 87 88", "84.52 85.93 87.10 89.21"), ("90.05 90.50 91.00 91.50 92.00", "")),  # computed
    "ipp": (("3.50 3.70 3.90 4.10 4.35", "3.62 3.81 4.02 4.18"), ("4.40 4.45 4.50 4.55 4.60", "4.38")),
    "pad": (("15 16 17 18 19", "14.62 16.35 17.20 17.85"), ("19.50 20 20.50 21 21.50", "18.70")),
    "idi": (("76 77 78 79 80", "75.90 77.40 78.85 79.20"), ("80.50 81 81.50 82 82.50", "79.64")),
    "jalan": (("74 75 76 77 78", "73.80 75.10 76.45 77.30"), ("79 80 81 82 83", "78.25")),
    "kumuh": (("4.00 3.70 3.40 3.10 2.80", "3.98 3.65 3.42 3.05"), ("2.60 2.40 2.20 2.00 1.80", "2.74")),
    "iklh": (("60 61 62 63 64", "59.40 61.25 62.10 62.80"), ("64.50 65 65.50 66 66.50", "63.05")),
    "ruang": (None, ("80 82 84 86 88", "68.00")),
}
# The Pemda's own Nilai SAKIP and IKM: tagged so that its dashboard shows them like a PD's; the
# derivations skip the pemda unit, so the tag never makes it one of its own sources.
KODE_STANDAR = {"sakip": "nilai_sakip", "ikm": "ikm"}
# Realisasi computed over the units from 2025 on (kode_standar of the units' indicators).
TURUNAN = {
    "ikm": {"fungsi": "rata_rata", "sumber": "ikm", "cakupan": "semua", "kategori_min": "", "mulai_tahun": 2025},
    "sakip-pd": {"fungsi": "rata_rata", "sumber": "nilai_sakip", "cakupan": "pd", "kategori_min": "",
                 "mulai_tahun": 2025},
}
PEMBANDING = {
    ("ikm", P2): {"2025": {"provinsi": "89.71"}},  # Tabel III.3 of Bagian Organisasi
    # SYNTHETIC (docs/demo-data.md): both LKjIPs say their Nilai SAKIP is below the Provinsi's
    # but print no figure; a value above Sekretariat Daerah's 86,19 makes the claim checkable.
    ("sakip", P2): {"2025": {"provinsi": "86.50"}},
}

# The RPJMD boxes. Tujuan: (misi, nama, [codes], [sasaran]); sasaran: (key, nama, [codes]).
# A key names the same theme in both periods; PDs point at f"rpjmd-{2125|2529}-{key}".
RPJMD = {
    P1: [
        (1, "Meningkatnya kualitas sumber daya manusia yang sehat, cerdas, terampil dan berakhlak", ["ipm"], [
            ("pendidikan", "Meningkatnya kualitas pendidikan dan pelestarian kebudayaan", ["rls"]),
            ("kesehatan", "Meningkatnya derajat kesehatan masyarakat", ["ahh"]),
            ("sosial", "Meningkatnya perlindungan sosial dan kesetaraan gender", ["ipg"]),
            ("ketenteraman", "Meningkatnya ketenteraman dan ketertiban masyarakat", ["trantib"]),
            # Seeded misalignment: no PD of the demo supports it (docs/demo-data/rpjmd.md).
            ("keagamaan", "Meningkatnya kehidupan beragama dan kerukunan umat beragama", ["kerukunan"]),
        ]),
        (2, "Meningkatnya kemandirian ekonomi yang berdimensi kerakyatan", ["lpe"], [
            ("ekonomi", "Meningkatnya investasi, kesempatan kerja dan daya tarik pariwisata", ["tpt"]),
            ("umkm", "Meningkatnya daya saing koperasi, usaha mikro dan industri kecil", ["kop"]),
            ("pangan", "Meningkatnya ketahanan pangan dan produktivitas pertanian", ["ntp"]),
            ("kemiskinan", "Menurunnya tingkat kemiskinan dan meningkatnya kemandirian desa", ["miskin"]),
        ]),
        (3, "Mewujudkan tata kelola pemerintahan yang berintegritas, akuntabel, bersih dan transparan", ["irb"], [
            ("akuntabilitas", "Meningkatnya akuntabilitas kinerja pemerintah daerah", ["sakip"]),
            ("pelayanan", "Meningkatnya kualitas pelayanan publik", ["ikm", "ipp"]),
            ("keuangan", "Meningkatnya kemandirian dan akuntabilitas keuangan daerah", ["pad"]),
            ("demokrasi", "Meningkatnya kualitas demokrasi dan kesatuan bangsa", ["idi"]),
        ]),
        (4, "Meningkatnya pemerataan infrastruktur wilayah yang berwawasan lingkungan", ["infra"], [
            ("infrastruktur", "Meningkatnya kualitas dan konektivitas infrastruktur jalan, irigasi dan "
                              "transportasi", ["jalan"]),
            ("permukiman", "Meningkatnya kualitas perumahan dan kawasan permukiman", ["kumuh"]),
            ("lingkungan", "Meningkatnya kualitas lingkungan hidup dan ketangguhan terhadap bencana", ["iklh"]),
        ]),
    ],
    P2: [
        (1, "Mewujudkan Tata Kelola Pemerintahan yang Berintegritas, Transparan, Akuntabel dan Responsif",
         ["irb"], [
            ("akuntabilitas", "Meningkatnya akuntabilitas kinerja dan reformasi birokrasi", ["sakip", "sakip-pd"]),
            ("pelayanan", "Meningkatnya kualitas pelayanan publik", ["ikm", "ipp"]),
            ("keuangan", "Meningkatnya kemandirian keuangan daerah", ["pad"]),
            ("demokrasi", "Meningkatnya kualitas demokrasi dan kesatuan bangsa", ["idi"]),
        ]),
        (2, "Meningkatnya kualitas SDM yang tangguh, cerdas, terampil dan berkarakter", ["ipm"], [
            ("pendidikan", "Meningkatnya kualitas pendidikan dan kebudayaan", ["rls"]),
            ("kesehatan", "Meningkatnya derajat kesehatan masyarakat", ["ahh"]),
            ("sosial", "Meningkatnya perlindungan sosial dan kesetaraan gender", ["ipg"]),
            ("ketenteraman", "Meningkatnya ketenteraman dan ketertiban masyarakat", ["trantib"]),
        ]),
        (3, "Meningkatnya kemandirian ekonomi dan kesejahteraan keluarga", ["lpe"], [
            ("ekonomi", "Meningkatnya investasi, kesempatan kerja dan daya tarik pariwisata", ["tpt"]),
            ("umkm", "Meningkatnya daya saing koperasi, usaha mikro dan BUMDesa", ["kop"]),
            ("pangan", "Meningkatnya ketahanan pangan dan produktivitas pertanian", ["ntp"]),
            ("kemiskinan", "Menurunnya tingkat kemiskinan dan meningkatnya kemandirian desa", ["miskin"]),
        ]),
        (4, "Meningkatnya kualitas infrastruktur dan kelestarian lingkungan", ["infra"], [
            ("infrastruktur", "Meningkatnya kualitas dan konektivitas infrastruktur jalan, irigasi dan "
                              "transportasi", ["jalan"]),
            ("permukiman", "Meningkatnya kualitas perumahan dan kawasan permukiman", ["kumuh"]),
            ("lingkungan", "Meningkatnya kualitas lingkungan hidup dan ketangguhan terhadap bencana", ["iklh"]),
            # Seeded misalignment: no PD of the demo supports it (docs/demo-data/rpjmd.md).
            ("tata-ruang", "Meningkatnya kesesuaian pemanfaatan ruang", ["ruang"]),
        ]),
    ],
}


def rujukan(periode, key):
    """The ref of an RPJMD box: rujukan("2025-2029", "pelayanan") -> "rpjmd-2529-pelayanan"."""
    return f"rpjmd-{periode[2:4]}{periode[7:9]}-{key}"


def _indikator(code, periode):
    nama, satuan, polaritas, skala, formulasi, sumber = UKURAN[code]
    p1, p2 = SERI[code]
    spec = p1 if periode == P1 else p2
    targets, realisasi = spec[0].split(), spec[1].split()
    mulai = 2021 if periode == P1 else 2025
    suffix = "-2125" if periode == P1 else "-2529"
    ind = {
        "ref": code + suffix, "kode_standar": KODE_STANDAR.get(code), "nama": nama, "satuan": satuan,
        "definisi": f"{nama} sebagai Indikator Kinerja Utama Pemerintah Daerah.",
        "formulasi": formulasi, "sumber_data": sumber, "iku": True, "polaritas": polaritas,
        "agregasi": "terakhir", "skala": skala, "desimal": 2,
        "target": {str(mulai + i): t for i, t in enumerate(targets)},
        "target_akhir": targets[-1],
        "pendahulu": code + "-2125" if periode == P2 and p1 is not None else None,
        "realisasi": {str(mulai + i): {"TAHUN": r} for i, r in enumerate(realisasi)},
        "pembanding": PEMBANDING.get((code, periode), {}), "narasi": {},
    }
    if code in TURUNAN:
        ind["turunan"] = dict(TURUNAN[code])
    return ind


def _cascade(periode):
    out = []
    for i, (misi, nama, codes, sasaran) in enumerate(RPJMD[periode], start=1):
        out.append({
            "tingkat": "tujuan", "ref": rujukan(periode, f"t{i}"), "misi": misi, "nama": nama, "kode": "",
            "indikator": [_indikator(c, periode) for c in codes],
            "anak": [{"tingkat": "sasaran", "ref": rujukan(periode, key), "nama": s_nama, "kode": "",
                      "indikator": [_indikator(c, periode) for c in s_codes], "anak": []}
                     for key, s_nama, s_codes in sasaran],
        })
    return out


def _pk_bupati(tahun):
    """The Bupati's own PK of a year (SYNTHETIC): every IKU Pemda of 2025-2029 at its RPJMD target.

    A Kepala Daerah's PK has no pihak kedua and, here, no budget rows (docs/demo-data/rpjmd.md)."""
    sasaran = []
    for _misi, nama, codes, anak in RPJMD[P2]:
        for uraian, group in [(nama, codes), *((s_nama, s_codes) for _key, s_nama, s_codes in anak)]:
            sasaran.append({"kelompok": "utama", "uraian": uraian, "indikator": [
                {"ref": c + "-2529", "target": SERI[c][1][0].split()[tahun - 2025]} for c in group]})
    return {
        "tahun": tahun, "versi": "awal", "nomor_perubahan": 0, "periode": P2, "tanggal": f"{tahun}-03-03",
        "alasan": "", "pihak_pertama": "bupati-albarraa", "pihak_kedua": None, "ditandatangani": True,
        "sasaran": sasaran, "anggaran": [],
    }


UNIT = {
    "slug": "pemkab-mojokerto",
    "nama": "Pemerintah Kabupaten Mojokerto",
    "jenis": "pemda",
    "induk": None,
    "kode_organisasi": "",
    "singkatan": "Pemkab Mojokerto",
    "alamat": "Jl. Ahmad Yani No.16, Mojokerto",
    "tugas_fungsi": "",
    "struktur_organisasi": "",
    "sintetis": False,   # the Kabupaten is real; its RPJMD boxes and IKU here are SYNTHETIC
    "wilayah": [],
    "sub_unit": [],
    "aset": [],
    "pejabat": [],
    "periode": {p: {"misi": [], "cascade": _cascade(p), "indikator_lain": []} for p in (P1, P2)},
    "perjanjian_kinerja": [_pk_bupati(2025)],
    "anggaran": {},
    "narasi": {},
}
