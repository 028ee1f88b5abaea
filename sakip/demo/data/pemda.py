"""Pemerintah Kabupaten Mojokerto: planning periods and Kepala Daerah.

Sources (see docs/demo-data/bagian-organisasi.md, section "pemda.py"):
- LKjIP 2025 Bagian Organisasi Setda Kabupaten Mojokerto, BAB II.1 (visi, misi and
  dasar hukum of both periods);
- LKjIP 2025 Kecamatan Mojosari, BAB II.1 (same visi/misi, used to check the wording).
The Bupati names, titles and dates of office come from the project brief; the
documents give no dates of office and no titles for Muhammad Albarraa.
"""

PEMDA = {
    "slug": "kabupaten-mojokerto",
    "nama": "Kabupaten Mojokerto",
    "provinsi": "Jawa Timur",
    "ibukota": "Mojosari",
    "pejabat": [
        {"ref": "bupati-ikfina", "nama": "IKFINA FAHMAWATI", "gelar_depan": "dr.",
         "gelar_belakang": "M.Si", "nip": None, "pangkat": "", "golongan": "",
         "jabatan": [{"nama": "Bupati Mojokerto", "unit": None, "plt": False,
                      "mulai": "2021-02-26", "selesai": "2025-02-19"}]},
        {"ref": "bupati-albarraa", "nama": "MUHAMMAD ALBARRAA", "gelar_depan": "",
         "gelar_belakang": "", "nip": None, "pangkat": "", "golongan": "",
         "jabatan": [{"nama": "Bupati Mojokerto", "unit": None, "plt": False,
                      "mulai": "2025-02-20", "selesai": None}]},
    ],
    "periode": [
        {
            "nama": "2021-2025", "mulai": 2021, "selesai": 2025,
            "dasar_hukum": "Keputusan Bupati Mojokerto Nomor 188.45/280/HK/416-012/2023 tentang "
                           "Reviu Rencana Pembangunan Jangka Menengah Daerah Kabupaten Mojokerto "
                           "Tahun 2021-2025",
            "visi": "Terwujudnya Kabupaten Mojokerto yang Maju, Adil dan Makmur melalui "
                    "Penguatan Infrastruktur dan Peningkatan Kualitas Sumber Daya Manusia",
            "misi": [
                "Mewujudkan SDM yang sehat, cerdas, terampil dan produktif yang dilandasi "
                "nilai-nilai keimanan dan ketakwaan",
                "Membangun kemandirian ekonomi yang berdimensi kerakyatan",
                "Mewujudkan tata kelola pemerintahan yang berintegritas, akuntabel, bersih, "
                "transparan",
                "Pemerataan dan perluasan pembangunan infrastruktur disemua sektor untuk "
                "mendorong pertumbuhan ekonomi, sosial, budaya dan pelestarian lingkungan",
            ],
        },
        {
            "nama": "2025-2029", "mulai": 2025, "selesai": 2029,
            "dasar_hukum": "Peraturan Daerah Kabupaten Mojokerto Nomor 6 Tahun 2025 tentang "
                           "Rencana Pembangunan Jangka Menengah Daerah Kabupaten Mojokerto "
                           "Tahun 2025-2029",
            "visi": "Terwujudnya Kabupaten Mojokerto yang Lebih Maju, Adil dan Makmur",
            "misi": [
                "Meningkatkan pelayanan kepada masyarakat dan mewujudkan tata kelola "
                "pemerintahan yang baik",
                "Mewujudkan SDM yang tangguh, cerdas, terampil, produktif dan berkarakter "
                "melalui peningkatan kualitas pendidikan dan kesehatan serta menjaga "
                "ketentraman masyarakat",
                "Membangun kemandirian ekonomi pada semua tingkatan, koperasi dan UM (Usaha "
                "Mikro) serta BUMDesa yang berbasis Masyarakat guna mewujudkan keluarga yang "
                "sejahtera",
                "Meningkatkan pembangunan infrastruktur sesuai kebutuhan di semua sektor untuk "
                "mendorong pertumbuhan ekonomi, pelayanan publik dan mendukung akses sosial, "
                "budaya dan pelestarian lingkungan",
            ],
        },
    ],
}
