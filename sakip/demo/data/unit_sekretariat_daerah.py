"""Sekretariat Daerah Kabupaten Mojokerto (minimal: parent unit of Bagian Organisasi).

The only real figures come from the LKjIP 2025 of Bagian Organisasi Setda, BAB III.3
(Prestasi Kinerja Lainnya): Nilai SAKIP (hasil evaluasi AKIP) Sekretariat Daerah 86,19
in 2025 (predikat A) and 86,10 in the previous year (2024).

SYNTHETIC (not in any document; "sintetis" stays False because the unit is real):
- the sasaran name "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan Sekretariat
  Daerah" (the tujuan name is the Pemda tujuan printed in Tabel II.1.B of the Bagian
  Organisasi LKjIP);
- target 2025 of "Nilai SAKIP Sekretariat Daerah" ("86");
- the whole indicator "IKM Sekretariat Daerah": realisasi 2025 "90.12" and target 2025 "90";
- misi [1] (assumed: Setda is the coordinating unit of the tata kelola misi).
Source of kode_organisasi "4.01.0.00.0.00.01.0000": project brief (not printed in the LKjIP).
No PK, no DPA and no officials are recorded for this unit.
See docs/demo-data/bagian-organisasi.md, section "Sekretariat Daerah".
"""

UNIT = {
    "slug": "sekretariat-daerah",
    "nama": "Sekretariat Daerah",
    "jenis": "sekretariat_daerah",
    "induk": None,
    "kode_organisasi": "4.01.0.00.0.00.01.0000",
    "singkatan": "Setda",
    "alamat": "",
    "tugas_fungsi": "",
    "struktur_organisasi": "",
    "sintetis": False,
    "wilayah": [],
    "sub_unit": [],
    "aset": [],
    "pejabat": [],
    "periode": {
        "2025-2029": {
            "misi": [1],
            "cascade": [
                {"tingkat": "tujuan",
                 "nama": "Mewujudkan Tata Kelola Pemerintahan yang Berintegritas, Transparan, "
                         "Akuntabel dan Responsif",
                 "kode": "", "indikator": [],
                 "mendukung": "rpjmd-2529-t1",   # RPJMD tujuan of misi 1 (SYNTHETIC link)
                 "anak": [
                     {"tingkat": "sasaran",
                      # SYNTHETIC name
                      "nama": "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan "
                              "Sekretariat Daerah",
                      "kode": "",
                      "mendukung": "rpjmd-2529-akuntabilitas",   # SYNTHETIC link
                      "indikator": [
                          {
                              "ref": "nilai-sakip-setda-2529",
                              "kode_standar": "nilai_sakip",
                              "nama": "Nilai SAKIP Sekretariat Daerah",
                              "satuan": "Nilai",
                              "definisi": "Nilai hasil evaluasi akuntabilitas kinerja instansi "
                                          "pemerintah (AKIP) Sekretariat Daerah.",
                              "formulasi": "",
                              "sumber_data": "Laporan Hasil Evaluasi SAKIP",
                              "iku": True,
                              "polaritas": "positif",
                              "agregasi": "terakhir",
                              "skala": "sakip",
                              "desimal": 2,
                              "target": {"2025": "86"},          # SYNTHETIC
                              "target_akhir": None,
                              "pendahulu": None,
                              "realisasi": {
                                  "2025": {"TAHUN": "86.19"},    # LKjIP Bag. Organisasi III.3
                                  "2024": {"TAHUN": "86.10"},    # idem ("tahun sebelumnya")
                              },
                              "pembanding": {},
                              "narasi": {},
                          },
                          {
                              "ref": "ikm-setda-2529",
                              "kode_standar": "ikm",
                              "nama": "IKM Sekretariat Daerah",
                              "satuan": "Nilai",
                              "definisi": "",
                              "formulasi": "",
                              "sumber_data": "",
                              "iku": True,
                              "polaritas": "positif",
                              "agregasi": "terakhir",
                              "skala": "skm",
                              "desimal": 2,
                              "target": {"2025": "90"},          # SYNTHETIC
                              "target_akhir": None,
                              "pendahulu": None,
                              "realisasi": {
                                  "2025": {"TAHUN": "90.12"},    # SYNTHETIC
                              },
                              "pembanding": {},
                              "narasi": {},
                          },
                      ],
                      "anak": []},
                 ]},
            ],
            "indikator_lain": [
                {"ref": "kematangan-2529", "kode_standar": "kematangan",
                 "nama": "Indeks Kematangan Kelembagaan Sekretariat Daerah", "satuan": "Nilai",
                 "definisi": "Tingkat kematangan kelembagaan hasil evaluasi Bagian Organisasi.",
                 "formulasi": "Nilai hasil evaluasi tingkat kematangan kelembagaan",
                 "sumber_data": "Laporan Hasil Evaluasi Tingkat Kematangan Kelembagaan",
                 "iku": False, "polaritas": "positif", "agregasi": "terakhir", "skala": "kematangan",
                 "desimal": 2, "target": {}, "target_akhir": None, "pendahulu": None,
                 # SYNTHETIC: the LKjIPs give no unit's value; Bagian Organisasi counts 48 PDs
                 # with kematangan at least Tinggi, so this value is chosen at least 37,1.
                 "realisasi": {"2025": {"TAHUN": "45.30"}}, "pembanding": {}, "narasi": {}}
            ],
        },
    },
    "perjanjian_kinerja": [],
    "anggaran": {},
    "narasi": {},
}
