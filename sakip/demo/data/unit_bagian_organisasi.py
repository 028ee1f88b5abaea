"""Bagian Organisasi, Sekretariat Daerah Kabupaten Mojokerto -- real data.

Source: Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025 Bagian Organisasi Setda
Kabupaten Mojokerto (signed Mojokerto, 30 Januari 2026), OCR text in
shared/reference/lkjip-2025-bagian-organisasi-setda.txt.
Every choice, assumption and OCR reconstruction is documented in
docs/demo-data/bagian-organisasi.md.

ASSUMED / SYNTHETIC (the document does not give them):
- pejabat "asisten-administrasi-umum": the Asisten Administrasi Umum (pihak kedua of both
  PKs) is not named in the document; name, start date and the whole record are SYNTHETIC;
- start of office of Kepala Bagian Hevi Maida Laily ("2023-01-01");
- PK dates: awal "2025-01-24" (date of the Kecamatan Mojosari PK awal), perubahan
  "2025-09-30"; "ditandatangani" True;
- PK awal anggaran: Tabel II.4 prints a single amount for both PKs; it is used for both;
- program / kegiatan / sub kegiatan codes (4.01.01, 4.01.01.2.10, .0001-.0005);
- budget realisation per sub kegiatan is the annual figure at 31 December 2025, stored
  under "TW4" (the document has no triwulan breakdown);
- indicator realisations are annual values ("TAHUN").
Figures printed by the engine (capaian %, realisasi, pagu, totals, efisiensi) were removed
from every narrative text.
"""


def _ind(ref, nama, satuan, *, kode_standar=None, definisi="", formulasi="", sumber_data="",
         iku=False, polaritas="positif", agregasi="terakhir", skala=None, desimal=2,
         target=None, target_akhir=None, pendahulu=None, realisasi=None, pembanding=None,
         narasi=None):
    """Return one IND dict with every key of FORMAT.md (plain data, no logic)."""
    return {
        "ref": ref, "kode_standar": kode_standar, "nama": nama, "satuan": satuan,
        "definisi": definisi, "formulasi": formulasi, "sumber_data": sumber_data,
        "iku": iku, "polaritas": polaritas, "agregasi": agregasi, "skala": skala,
        "desimal": desimal, "target": target or {}, "target_akhir": target_akhir,
        "pendahulu": pendahulu, "realisasi": realisasi or {}, "pembanding": pembanding or {},
        "narasi": narasi or {},
    }


# --------------------------------------------------------------------------------------
# Codes (ASSUMED: the document prints no codes)
PROGRAM_KODE = "4.01.01"
PROGRAM_NAMA = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
KEGIATAN_KODE = "4.01.01.2.10"
KEGIATAN_NAMA = "Penataan Organisasi"
SUB = {
    "kelembagaan": ("4.01.01.2.10.0001", "Pengelolaan Kelembagaan dan Analisis Jabatan"),
    "fasilitasi": ("4.01.01.2.10.0002", "Fasilitasi Pelayanan Publik dan Tata Laksana"),
    "pkrb": ("4.01.01.2.10.0003", "Peningkatan Kinerja dan Reformasi Birokrasi"),
    "monev": ("4.01.01.2.10.0004", "Monitoring, Evaluasi dan Pengendalian Kualitas "
                                   "Pelayanan Publik dan Tata Laksana"),
    "lkj": ("4.01.01.2.10.0005", "Koordinasi dan Penyusunan Laporan Kinerja Pemerintah Daerah"),
}


def _node(tingkat, nama, kode="", indikator=(), anak=(), mendukung=None):
    node = {"tingkat": tingkat, "nama": nama, "kode": kode,
            "indikator": list(indikator), "anak": list(anak)}
    if mendukung:  # the RPJMD box this tujuan/sasaran supports (unit_pemkab_mojokerto.py)
        node["mendukung"] = mendukung
    return node


def _sub(key, indikator):
    kode, nama = SUB[key]
    return _node("sub_kegiatan", nama, kode, [indikator])


# --------------------------------------------------------------------------------------
# Category texts of Tabel II.2.A / II.2.B (kept in "definisi")
KATEGORI_SKM = ("Kategori Tidak Baik: 25,00 - 64,99; Kategori Kurang Baik: 65,00 - 76,60; "
                "Kategori Baik: 76,61 - 88,30; Kategori Sangat Baik: 88,31 - 100,00.")
KATEGORI_KEMATANGAN = ("Kategori Sangat Rendah: 10 - 19; Kategori Rendah: 19,1 - 28; "
                       "Kategori Sedang: 28,1 - 37; Kategori Tinggi: 37,1 - 46; "
                       "Kategori Sangat Tinggi: 46,1 - 55.")
KATEGORI_SAKIP = ("Ket Nilai SAKIP: Kategori Sangat Kurang: 0 - 30; Kategori Kurang: 30 - 50; "
                  "Kategori Cukup: 50 - 60; Kategori Baik: 60 - 70; Kategori Sangat Baik: "
                  "70 - 80; Kategori Memuaskan: 80 - 90; Kategori Sangat Memuaskan: 90 - 100.")
KATEGORI_KOMPOSIT = ("Kategori Penilaian: Peringkat Komposit 1 (P1): Skor 0-20; Peringkat "
                     "Komposit 2 (P2): Skor 21-40; Peringkat Komposit 3 (P3): Skor 41-60; "
                     "Peringkat Komposit 4 (P4): Skor 61-80; Peringkat Komposit 5 (P5): "
                     "Skor 81-100.")


# ======================================================================================
# Periode 2021-2025 -- Tabel II.1.A, II.2.A, II.3.A, III.1.A, III.2.A
# ======================================================================================

# --- IKU (Tabel II.2.A) = indicators of kegiatan Penataan Organisasi = PK awal utama ----
PD_SKM_2125 = _ind(
    "pd-skm-baik-2125", "Jumlah PD/UKPD dengan nilai SKM minimal baik", "PD/UKPD",
    definisi="Survey Kepuasan Masyarakat (SKM) adalah pengukuran secara konprehensif kegiatan "
             "tentang tingkat kepuasan masyarakat dan keterlibatan masyarakat dalam menempuh "
             "jaminan akses informasi publik berdasarkan pedoman pengelolaan informasi dan "
             "dokumentasi. " + KATEGORI_SKM,
    formulasi="Jumlah PD/UKPD dengan nilai SKM minimal baik",
    sumber_data="Laporan Hasil Survei Kepuasan Masyarakat",
    iku=True, agregasi="terakhir", skala=None, desimal=0,
    target={"2025": "57"},
    realisasi={"2023": {"TAHUN": "57"}, "2024": {"TAHUN": "57"}, "2025": {"TAHUN": "57"}},
    narasi={"2025": {
        "faktor_pendorong":
            "a. Pembinaan dan pendampingan kepada PD/UKPD dalam penyelenggaraan Survei "
            "Kepuasan Masyarakat secara berkala sesuai dengan ketentuan yang berlaku;\n"
            "b. Penguatan koordinasi lintas PD/UKPD dalam rangka peningkatan kualitas "
            "pelayanan publik;\n"
            "c. Monitoring dan evaluasi hasil SKM secara rutin sebagai dasar perumusan tindak "
            "lanjut perbaikan layanan.",
        "faktor_penghambat": "", "solusi": "", "rencana_tindak_lanjut": ""}},
)

PD_KEMATANGAN_2125 = _ind(
    "pd-kematangan-tinggi-2125",
    "Jumlah PD/UKPD dengan tingkat kematangan kelembagaan minimal tinggi", "PD/UKPD",
    definisi="Tingkat kematangan kelembagaan merupakan salah satu bentuk pembinaan penataan "
             "perangkat daerah yang dilakukan terhadap tatalaksana (proses bisnis), budaya "
             "organisasi dan inovasi. " + KATEGORI_KEMATANGAN,
    formulasi="Jumlah PD/UKPD dengan tingkat kematangan kelembagaan minimal tinggi",
    sumber_data="Laporan Hasil Evaluasi Tingkat Kematangan Kelembagaan",
    iku=True, agregasi="terakhir", skala=None, desimal=0,
    target={"2025": "48"},
    realisasi={"2022": {"TAHUN": "48"}, "2023": {"TAHUN": "48"}, "2024": {"TAHUN": "48"},
               "2025": {"TAHUN": "48"}},
    narasi={"2025": {
        "faktor_pendorong":
            "a. Pelaksanaan evaluasi tingkat kematangan kelembagaan PD/UKPD secara berkala "
            "sesuai pedoman yang berlaku;\n"
            "b. Penguatan koordinasi lintas PD/UKPD dalam rangka penyelarasan fungsi dan peran "
            "organisasi;\n"
            "c. Monitoring dan evaluasi tindak lanjut hasil penilaian kematangan kelembagaan.",
        "faktor_penghambat": "", "solusi": "", "rencana_tindak_lanjut": ""}},
)

PD_SAKIP_2125 = _ind(
    "pd-sakip-baik-2125", "Jumlah PD/UKPD dengan nilai SAKIP minimal baik", "PD/UKPD",
    definisi="Sistem Akuntabilitas Kinerja Instansi Pemerintah bertujuan untuk memudahkan "
             "proses pemantauan dan pengendalian kinerja Satuan Kerja Perangkat Daerah (SKPD) "
             "di lingkungan Pemerintah Kabupaten Mojokerto dalam rangka meningkatkan "
             "akuntabilitas dan kinerja SKPD pada khususnya dan kinerja Pemerintah Kabupaten "
             "Mojokerto. " + KATEGORI_SAKIP,
    formulasi="Jumlah PD/UKPD dengan nilai SAKIP minimal baik",
    sumber_data="Laporan Hasil Evaluasi SAKIP",
    iku=True, agregasi="terakhir", skala=None, desimal=0,
    target={"2025": "48"},
    realisasi={"2021": {"TAHUN": "48"}, "2022": {"TAHUN": "48"}, "2023": {"TAHUN": "48"},
               "2024": {"TAHUN": "48"}, "2025": {"TAHUN": "48"}},
    narasi={"2025": {
        "faktor_pendorong":
            "a. Pelaksanaan pembinaan dan pendampingan teknis SAKIP kepada PD/UKPD secara "
            "berkelanjutan;\n"
            "b. Fasilitasi penyusunan dan penyelarasan dokumen perencanaan dan kinerja "
            "(Renstra, Renja, PK, IKU, dan LKjIP);\n"
            "c. Monitoring dan evaluasi implementasi SAKIP pada PD/UKPD secara periodik.",
        "faktor_penghambat": "", "solusi": "", "rencana_tindak_lanjut": ""}},
)

# --- Kinerja lainnya of the PK awal (not in the cascade) -------------------------------
SERAPAN_2125 = _ind(
    "serapan-anggaran-2125", "Persentase Realisasi Anggaran Bagian Organisasi", "%",
    kode_standar="serapan_anggaran",
    formulasi="Realisasi anggaran / Pagu anggaran x 100%",
    agregasi="terakhir", desimal=2,
    target={"2025": "96.40"},
    realisasi={"2021": {"TAHUN": "90.64"}, "2022": {"TAHUN": "96.49"},
               "2023": {"TAHUN": "95.54"}, "2024": {"TAHUN": "96.35"},
               "2025": {"TAHUN": "85.72"}},
    narasi={"2025": {
        "faktor_pendorong": "",
        "faktor_penghambat":
            "a. Adanya penyesuaian kebijakan dan refocusing kegiatan yang berdampak pada "
            "perubahan rencana pelaksanaan program;\n"
            "b. Sebagian kegiatan tidak dapat dilaksanakan secara optimal sesuai jadwal yang "
            "telah direncanakan karena adanya perubahan kebijakan dari "
            "Kementerian/Lembaga/Pemerintah Provinsi;\n"
            "c. Perubahan kebutuhan operasional yang memerlukan penyesuaian anggaran.",
        "solusi":
            "a. Melakukan penyesuaian kebijakan serta refocusing kegiatan yang berdampak pada "
            "perubahan rencana pelaksanaan program, guna memastikan tetap tercapainya sasaran "
            "strategis organisasi;\n"
            "b. Melakukan penjadwalan ulang serta optimalisasi pelaksanaan kegiatan yang belum "
            "dapat dilaksanakan sesuai rencana awal;\n"
            "c. Melakukan penyesuaian kebutuhan operasional melalui realokasi dan pengendalian "
            "anggaran agar tetap mendukung efektivitas pelaksanaan program dan kegiatan.",
        # SYNTHETIC (docs/demo-data.md): the LKjIP gives no rencana tindak lanjut.
        "rencana_tindak_lanjut":
            "Menyusun rencana penarikan dana per triwulan sejak awal tahun 2026 dan menggeser "
            "sisa anggaran kegiatan yang tertunda pada Perubahan APBD."}},
)

IP_ASN_2125 = _ind(
    "ip-asn-2125", "Indeks Profesionalitas ASN Bagian Organisasi", "Nilai",
    kode_standar="ip_asn",
    formulasi="Indeks Profesionalitas ASN Bagian Organisasi",
    agregasi="terakhir", skala="ip_asn", desimal=2,
    target={"2025": "86.50"},
    realisasi={"2021": {"TAHUN": "84.37"}, "2022": {"TAHUN": "78.13"},
               "2023": {"TAHUN": "91.25"}, "2024": {"TAHUN": "87.50"},
               "2025": {"TAHUN": "84.44"}},
    narasi={"2025": {
        "faktor_pendorong": "",
        "faktor_penghambat":
            "a. Masih terdapat ASN yang mengalami kenaikan jabatan, namun belum diikuti dengan "
            "peningkatan kualifikasi pendidikan yang sesuai, dimana sebagian pegawai masih "
            "berpendidikan S1 sehingga memengaruhi nilai pada aspek kualifikasi dalam "
            "perhitungan Indeks Profesionalitas ASN;\n"
            "b. Masih terdapat ASN yang telah mengunggah sertifikat pelatihan maupun seminar "
            "pada aplikasi Segaran, namun data tersebut belum tersinkronisasi secara otomatis "
            "dengan sistem MyASN, sehingga berdampak pada belum terakomodasinya nilai "
            "pengembangan kompetensi dalam perhitungan Indeks Profesionalitas ASN.",
        "solusi":
            "a. Mendorong ASN yang telah mengalami kenaikan jabatan untuk meningkatkan "
            "kualifikasi pendidikan sesuai dengan persyaratan jabatan melalui fasilitasi "
            "informasi tugas belajar;\n"
            "b. Melakukan koordinasi dengan BKPSDM terkait pengelola sistem aplikasi Segaran "
            "dan MyASN guna memastikan sinkronisasi data pengembangan kompetensi, sekaligus "
            "melakukan verifikasi dan pemutakhiran data secara berkala;\n"
            "c. Melaksanakan monitoring secara rutin terhadap kelengkapan data Indeks "
            "Profesionalitas ASN sebagai dasar percepatan perbaikan nilai indikator.",
        # SYNTHETIC (docs/demo-data.md): the LKjIP gives no rencana tindak lanjut.
        "rencana_tindak_lanjut":
            "Memutakhirkan data kualifikasi dan pengembangan kompetensi seluruh pegawai pada "
            "MyASN setiap triwulan tahun 2026 bersama BKPSDM."}},
)

INOVASI_2125 = _ind(
    "inovasi-2125",
    "Jumlah Inovasi yang terinternalisasi dan tersosialisasi serta berkelanjutan", "Inovasi",
    formulasi="Jumlah inovasi yang terinternalisasi dan tersosialisasi serta berkelanjutan "
              "pada Bagian Organisasi",
    agregasi="terakhir", desimal=0,
    target={"2025": "3"},
    realisasi={"2021": {"TAHUN": "2"}, "2022": {"TAHUN": "2"}, "2023": {"TAHUN": "3"},
               "2024": {"TAHUN": "3"}, "2025": {"TAHUN": "3"}},
    narasi={"2025": {
        "faktor_pendorong":
            "a. Mengintegrasikan inovasi ke dalam proses bisnis dan tata kelola organisasi "
            "sehingga dapat diinternalisasi dalam pelaksanaan tugas sehari-hari;\n"
            "b. Melakukan monitoring dan evaluasi secara berkala terhadap keberlanjutan "
            "pelaksanaan inovasi untuk memastikan manfaatnya tetap dirasakan;\n"
            "c. Mendorong komitmen pimpinan dan partisipasi aparatur dalam pengembangan "
            "inovasi pelayanan publik dan tata kelola pemerintahan.",
        "faktor_penghambat": "", "solusi": "", "rencana_tindak_lanjut": ""}},
)

# --- Other cascade indicators of Tabel II.1.A (targets = 2025) --------------------------
NILAI_SAKIP_PEMDA_2125 = _ind(
    "nilai-sakip-pemda-2125", "Nilai SAKIP Pemerintah Daerah", "Nilai",
    skala="sakip", target={"2025": "79.05"})
PD_KELEMBAGAAN_PERSEN_2125 = _ind(
    "pd-kelembagaan-tepat-persen-2125",
    "Persentase PD/UKPD dengan Struktur Kelembagaan Tepat Fungsi dan Tepat Ukuran serta "
    "Akuntabel dengan Kategori minimal Baik", "%", target={"2025": "100"})
PD_SAKIP_PERSEN_2125 = _ind(
    "pd-sakip-baik-persen-2125", "Persentase PD/UKPD dengan nilai SAKIP minimal Baik", "%",
    target={"2025": "100"})
PD_KEMATANGAN_PERSEN_2125 = _ind(
    "pd-kematangan-tinggi-persen-2125",
    "Persentase PD/UKPD dengan Tingkat Kematangan Kelembagaan Minimal Tinggi", "%",
    target={"2025": "100"})
INDEKS_PP_2125 = _ind(
    "indeks-pelayanan-publik-2125", "Indeks Pelayanan Publik", "Nilai",
    target={"2025": "4.35"})
KEPATUHAN_SPP_2125 = _ind(
    "kepatuhan-standar-pp-2125", "Tingkat Kepatuhan Standar Pelayanan Publik", "Nilai",
    target={"2025": "93.85"})
DOK_PKRB_2125 = _ind(
    "dok-pkrb-2125", "Jumlah Dokumen Peningkatan Kinerja dan Reformasi Birokrasi", "Dokumen",
    agregasi="jumlah", desimal=0, target={"2025": "5"})
DOK_LKJ_2125 = _ind(
    "dok-lkj-pemda-2125",
    "Jumlah Dokumen Koordinasi dan Penyusunan Laporan Kinerja Pemerintah Daerah", "Dokumen",
    agregasi="jumlah", desimal=0, target={"2025": "3"})
DOK_KELEMBAGAAN_2125 = _ind(
    "dok-kelembagaan-anjab-2125",
    "Jumlah Dokumen Pengelolaan Kelembagaan dan Analisis Jabatan", "Dokumen",
    agregasi="jumlah", desimal=0, target={"2025": "4"})
LAP_FASILITASI_2125 = _ind(
    "lap-fasilitasi-pp-2125",
    "Jumlah Laporan Hasil Fasilitasi Pelayanan Publik dan Tata Laksana", "Laporan",
    agregasi="jumlah", desimal=0, target={"2025": "3"})
DOK_MONEV_2125 = _ind(
    "dok-monev-pp-2125",
    "Jumlah Dokumen Monitoring, Evaluasi dan Pengendalian Kualitas Pelayanan Publik dan "
    "Tata Laksana", "Dokumen",
    agregasi="jumlah", desimal=0, target={"2025": "4"})

CASCADE_2125 = [
    _node("tujuan", "Mewujudkan Integritas Sistem Akuntabilitas Kinerja Instansi Pemerintah "
                    "di Kabupaten Mojokerto", "", [NILAI_SAKIP_PEMDA_2125],
          mendukung="rpjmd-2125-akuntabilitas", anak=[
        _node("sasaran", "Meningkatnya Tata kelola Pemerintahan yang Akuntabel", "",
              [PD_KELEMBAGAAN_PERSEN_2125], mendukung="rpjmd-2125-akuntabilitas", anak=[
            _node("program", PROGRAM_NAMA, PROGRAM_KODE, [PD_SAKIP_PERSEN_2125], [
                _node("kegiatan", KEGIATAN_NAMA, KEGIATAN_KODE, [PD_SAKIP_2125], [
                    _sub("pkrb", DOK_PKRB_2125),
                    _sub("lkj", DOK_LKJ_2125),
                ]),
            ]),
            _node("program", PROGRAM_NAMA, PROGRAM_KODE, [PD_KEMATANGAN_PERSEN_2125], [
                _node("kegiatan", KEGIATAN_NAMA, KEGIATAN_KODE, [PD_KEMATANGAN_2125], [
                    _sub("kelembagaan", DOK_KELEMBAGAAN_2125),
                ]),
            ]),
        ]),
        _node("sasaran", "Meningkatnya Kualitas Pelayanan Publik", "", [INDEKS_PP_2125],
              mendukung="rpjmd-2125-pelayanan", anak=[
            _node("program", PROGRAM_NAMA, PROGRAM_KODE, [KEPATUHAN_SPP_2125], [
                _node("kegiatan", KEGIATAN_NAMA, KEGIATAN_KODE, [PD_SKM_2125], [
                    _sub("fasilitasi", LAP_FASILITASI_2125),
                    _sub("monev", DOK_MONEV_2125),
                ]),
            ]),
        ]),
    ]),
]


# ======================================================================================
# Periode 2025-2029 -- Tabel II.1.B, II.2.B, II.3.B, III.1.B, III.2.B, III.3
# ======================================================================================

RERATA_SAKIP_PD_2529 = _ind(
    "rerata-sakip-pd-2529", "Nilai Rata-Rata SAKIP Perangkat Daerah", "Nilai",
    definisi="Nilai Rata-Rata SAKIP Perangkat Daerah merupakan indikator yang menggambarkan "
             "tingkat akuntabilitas kinerja perangkat daerah secara agregat. Nilai ini "
             "diperoleh dari rata-rata hasil evaluasi SAKIP masing-masing perangkat daerah "
             "yang dilaksanakan sesuai pedoman evaluasi SAKIP dari Kementerian PANRB, yang "
             "mencakup komponen perencanaan kinerja, pengukuran kinerja, pelaporan kinerja "
             "serta evaluasi internal.",
    formulasi="Nilai Rata-Rata SAKIP = (Σ Nilai SAKIP seluruh Perangkat Daerah) / (Jumlah "
              "Perangkat Daerah yang dinilai)\n"
              "Keterangan: Σ Nilai SAKIP seluruh Perangkat Daerah = total akumulasi nilai "
              "SAKIP dari seluruh PD/UKPD hasil evaluasi; Jumlah Perangkat Daerah yang dinilai "
              "= total PD/UKPD yang menjadi objek penilaian SAKIP pada tahun berjalan.",
    sumber_data="Laporan Hasil Evaluasi SAKIP Perangkat Daerah",
    iku=True, agregasi="terakhir", skala="sakip", desimal=2,
    target={"2025": "83.11"},
    realisasi={"2024": {"TAHUN": "83.11"}, "2025": {"TAHUN": "83.78"}},
    narasi={"2025": {
        "faktor_pendorong":
            "a. Menyelenggarakan bimbingan teknis dan sosialisasi kebijakan terkait SAKIP guna "
            "meningkatkan pemahaman dan kapasitas aparatur;\n"
            "b. Menguatkan koordinasi lintas perangkat daerah dalam rangka penyelarasan "
            "dokumen perencanaan, penganggaran, dan pelaporan kinerja;\n"
            "c. Mendorong pemanfaatan hasil evaluasi SAKIP sebagai dasar perbaikan kinerja dan "
            "pengambilan keputusan.",
        "faktor_penghambat": "", "solusi": "", "rencana_tindak_lanjut": ""}},
)

EFEKTIVITAS_KELEMBAGAAN_2529 = _ind(
    "efektivitas-kelembagaan-2529", "Nilai Efektivitas Kelembagaan", "Nilai",
    definisi="Evaluasi kelembagaan merupakan langkah awal untuk membangun suatu sistem "
             "evaluasi lembaga instansi pemerintah yang dapat memotret keberadaan organisasi "
             "pemerintah secara dinamis dalam konteks meningkatkan efektivitas pencapaian "
             "kinerja organisasi. Hasil dari pelaksanaan evaluasi kelembagaan ini adalah "
             "pemeringkatan organisasi yang disebut peringkat komposit dan digunakan sebagai "
             "salah satu pendukung indeks reformasi birokrasi. " + KATEGORI_KOMPOSIT,
    formulasi="Nilai Efektivitas Kelembagaan = Dimensi Struktur Organisasi + Dimensi Proses\n"
              "Bobot Penilaian sebagaimana berikut: 1. Dimensi Struktur Organisasi (50%); "
              "2. Dimensi Proses (50%).",
    sumber_data="Laporan Hasil Evaluasi Kelembagaan",
    iku=True, agregasi="terakhir", skala="komposit", desimal=1,
    target={"2025": "95.9"},
    realisasi={"2024": {"TAHUN": "95.9"}, "2025": {"TAHUN": "95.9"}},
    narasi={"2025": {
        "faktor_pendorong":
            "a. Menguatkan koordinasi lintas perangkat daerah dalam rangka penyelarasan "
            "kebijakan kelembagaan;\n"
            "b. Melaksanakan monitoring dan evaluasi terhadap tingkat kematangan kelembagaan "
            "sebagai dasar perbaikan berkelanjutan;\n"
            "c. Memberikan rekomendasi perbaikan kelembagaan berdasarkan hasil evaluasi untuk "
            "meningkatkan kinerja organisasi secara menyeluruh.",
        "faktor_penghambat": "", "solusi": "", "rencana_tindak_lanjut": ""}},
)

IKM_PEMDA_2529 = _ind(
    "ikm-pemda-2529", "Indeks Kepuasan Masyarakat (IKM) Pemerintah Daerah", "Nilai",
    definisi="Indeks Kepuasan Masyarakat adalah hasil pengukuran dari kegiatan Survei "
             "Kepuasan Masyarakat berupa angka. Survei Kepuasan Masyarakat adalah kegiatan "
             "pengukuran secara komprehensif tentang tingkat kepuasan masyarakat terhadap "
             "kualitas layanan yang diberikan oleh penyelenggara pelayanan publik. "
             + KATEGORI_SKM,
    formulasi="IKM Pemerintah Daerah = (Σ Nilai IKM seluruh Perangkat Daerah/Unit Pelayanan) "
              "/ (Jumlah Perangkat Daerah/Unit Pelayanan yang disurvei)\n"
              "Keterangan: Σ Nilai IKM seluruh Perangkat Daerah/Unit Pelayanan = total nilai "
              "IKM hasil survei pada seluruh PD/UKPD atau unit pelayanan; Jumlah Perangkat "
              "Daerah/Unit Pelayanan yang disurvei = total PD/UKPD atau unit pelayanan yang "
              "menjadi objek Survei Kepuasan Masyarakat pada tahun berjalan.",
    sumber_data="Laporan Hasil Survei Kepuasan Masyarakat",
    iku=True, agregasi="terakhir", skala="skm", desimal=2,
    target={"2025": "90.05"},
    realisasi={"2024": {"TAHUN": "89.97"}, "2025": {"TAHUN": "90.87"}},
    pembanding={"2025": {"pemda": None, "provinsi": "89.71", "nasional": None}},
    narasi={"2025": {
        "faktor_pendorong":
            "a. Melaksanakan pembinaan dan pendampingan kepada perangkat daerah/unit pelayanan "
            "dalam pelaksanaan Survei Kepuasan Masyarakat sesuai pedoman yang berlaku;\n"
            "b. Mendorong pemanfaatan hasil IKM sebagai dasar perbaikan kualitas pelayanan "
            "publik pada masing-masing perangkat daerah;\n"
            "c. Melakukan monitoring dan evaluasi secara berkala terhadap pelaksanaan survei "
            "dan tindak lanjut hasil IKM.",
        "faktor_penghambat": "", "solusi": "", "rencana_tindak_lanjut": ""}},
)

INDEKS_RB_2529 = _ind(
    "indeks-rb-2529", "Indeks Reformasi Birokrasi", "Nilai", target={"2025": "86.36"})
NILAI_RB_GENERAL_2529 = _ind(
    "nilai-rb-general-2529", "Nilai RB General", "Nilai", target={"2025": "76.25"})
NILAI_PELAPORAN_SAKIP_2529 = _ind(
    "nilai-pelaporan-sakip-2529", "Nilai Aspek Pelaporan Kinerja (SAKIP)", "Nilai",
    target={"2025": "12.47"})
INDEKS_KEMATANGAN_2529 = _ind(
    "indeks-kematangan-organisasi-2529", "Indeks Kematangan Organisasi", "Nilai",
    skala="kematangan", desimal=1, target={"2025": "49.5"})
OPINI_PENGAWASAN_PP_2529 = _ind(
    "opini-pengawasan-pp-2529", "Opini Pengawasan Penyelenggaraan Pelayanan Publik", "Nilai",
    target={"2025": "93.85"})
DOK_PKRB_2529 = _ind(
    "dok-pkrb-2529", "Jumlah Dokumen Peningkatan Kinerja dan Reformasi Birokrasi", "Dokumen",
    agregasi="jumlah", desimal=0, target={"2025": "6"}, pendahulu="dok-pkrb-2125")
DOK_LKJ_2529 = _ind(
    "dok-lkj-pemda-2529",
    "Jumlah Dokumen Koordinasi dan Penyusunan Laporan Kinerja Pemerintah Daerah", "Dokumen",
    agregasi="jumlah", desimal=0, target={"2025": "4"}, pendahulu="dok-lkj-pemda-2125")
DOK_KELEMBAGAAN_2529 = _ind(
    "dok-kelembagaan-anjab-2529",
    "Jumlah Dokumen Pengelolaan Kelembagaan dan Analisis Jabatan", "Dokumen",
    agregasi="jumlah", desimal=0, target={"2025": "4"}, pendahulu="dok-kelembagaan-anjab-2125")
LAP_FASILITASI_2529 = _ind(
    "lap-fasilitasi-pp-2529",
    "Jumlah Laporan Hasil Fasilitasi Pelayanan Publik dan Tata Laksana", "Laporan",
    agregasi="jumlah", desimal=0, target={"2025": "3"}, pendahulu="lap-fasilitasi-pp-2125")
DOK_MONEV_2529 = _ind(
    "dok-monev-pp-2529",
    "Jumlah Dokumen Monitoring, Evaluasi dan Pengendalian Kualitas Pelayanan Publik dan "
    "Tata Laksana", "Dokumen",
    agregasi="jumlah", desimal=0, target={"2025": "4"}, pendahulu="dok-monev-pp-2125")

CASCADE_2529 = [
    _node("tujuan", "Mewujudkan Tata Kelola Pemerintahan yang Berintegritas, Transparan, "
                    "Akuntabel dan Responsif", "", [INDEKS_RB_2529],
          mendukung="rpjmd-2529-t1", anak=[
        _node("sasaran", "Meningkatnya kinerja birokrasi", "", [NILAI_RB_GENERAL_2529],
              mendukung="rpjmd-2529-akuntabilitas", anak=[
            _node("program", PROGRAM_NAMA, PROGRAM_KODE, [NILAI_PELAPORAN_SAKIP_2529], [
                _node("kegiatan", KEGIATAN_NAMA, KEGIATAN_KODE, [RERATA_SAKIP_PD_2529], [
                    _sub("pkrb", DOK_PKRB_2529),
                    _sub("lkj", DOK_LKJ_2529),
                ]),
            ]),
            _node("program", PROGRAM_NAMA, PROGRAM_KODE, [INDEKS_KEMATANGAN_2529], [
                _node("kegiatan", KEGIATAN_NAMA, KEGIATAN_KODE, [EFEKTIVITAS_KELEMBAGAAN_2529], [
                    _sub("kelembagaan", DOK_KELEMBAGAAN_2529),
                ]),
            ]),
            _node("program", PROGRAM_NAMA, PROGRAM_KODE, [OPINI_PENGAWASAN_PP_2529], [
                _node("kegiatan", KEGIATAN_NAMA, KEGIATAN_KODE, [IKM_PEMDA_2529], [
                    _sub("fasilitasi", LAP_FASILITASI_2529),
                    _sub("monev", DOK_MONEV_2529),
                ]),
            ]),
        ]),
    ]),
]


# --------------------------------------------------------------------------------------
# Figures computed over the PDs of the Pemda (issue #6). From 2025 on they are not typed
# here: each follows from the PDs' own indicators (kode_standar) or from this unit's budget.
# Earlier years stay as the history the LKjIP prints.
def _turunan(ind, fungsi, sumber="", cakupan="pd", kategori_min=""):
    ind["turunan"] = {"fungsi": fungsi, "sumber": sumber, "cakupan": cakupan,
                      "kategori_min": kategori_min, "mulai_tahun": 2025}
    ind["realisasi"] = {y: v for y, v in ind["realisasi"].items() if int(y) < 2025}


_turunan(PD_SKM_2125, "hitung", "ikm", cakupan="semua", kategori_min="B")
_turunan(PD_KEMATANGAN_2125, "hitung", "kematangan", kategori_min="T")
_turunan(PD_SAKIP_2125, "hitung", "nilai_sakip", kategori_min="B")
_turunan(SERAPAN_2125, "serapan_anggaran", cakupan="sendiri")
_turunan(RERATA_SAKIP_PD_2529, "rata_rata", "nilai_sakip")
_turunan(IKM_PEMDA_2529, "rata_rata", "ikm", cakupan="semua")


# ======================================================================================
UNIT = {
    "slug": "bagian-organisasi",
    "nama": "Bagian Organisasi",
    "jenis": "bagian",
    "induk": "sekretariat-daerah",
    "kode_organisasi": "",
    "singkatan": "",
    "alamat": "Sekretariat Daerah Kabupaten Mojokerto, Jl. Ahmad Yani No.16, Mergelo, "
              "Purwotengah, Kec. Magersari, Kota Mojokerto, Jawa Timur",
    "tugas_fungsi":
        "Bagian Organisasi Sekretariat Daerah Kabupaten Mojokerto memiliki tugas membantu "
        "Asisten Administrasi Umum untuk melaksanakan sebagian tugas Sekretariat Daerah dalam "
        "melaksanakan penyiapan perumusan kebijakan daerah, pengoordinasian perumusan "
        "kebijakan daerah, pengoordinasian pelaksanaan tugas Perangkat Daerah, pemantauan dan "
        "evaluasi pelaksanaan kebijakan daerah di bidang kelembagaan dan analisis jabatan, "
        "pelayanan publik dan tata laksana dan kinerja dan reformasi birokrasi.\n\n"
        "Kedudukan, susunan organisasi, rincian tugas dan fungsi serta tata kerja Sekretariat "
        "Daerah diatur dalam Peraturan Bupati Nomor 69 Tahun 2019; pembentukan dan susunan "
        "Perangkat Daerah diatur dalam Peraturan Daerah Kabupaten Mojokerto Nomor 6 Tahun 2021.",
    "struktur_organisasi":
        "Lokasi kantor berada di pusat pemerintahan daerah sehingga mudah diakses oleh "
        "masyarakat dan pemangku kepentingan. Bagian Organisasi Sekretariat Daerah Kabupaten "
        "Mojokerto didukung oleh sumber daya manusia yang terdiri dari aparatur sipil negara "
        "dengan latar belakang pendidikan dan kompetensi yang beragam, mencakup pejabat "
        "struktural, fungsional, dan pelaksana. SDM yang ada diarahkan untuk mendukung "
        "pelaksanaan tugas dan fungsi dinas secara efektif dan profesional.\n\n"
        "Aset yang dimiliki meliputi kendaraan dinas, peralatan kerja, serta sarana dan "
        "prasarana pendukung lainnya yang digunakan untuk menunjang kelancaran operasional dan "
        "pelayanan kepada masyarakat. Dalam pelaksanaan tugas, Bagian Organisasi Sekretariat "
        "Daerah Kabupaten Mojokerto didukung oleh fasilitas perkantoran, teknologi informasi "
        "serta jaringan komunikasi yang memadai guna meningkatkan efisiensi dan kualitas "
        "layanan.",
    "sintetis": False,
    "wilayah": [],
    "sub_unit": [],
    "aset": [],
    "pejabat": [
        {"ref": "kabag-hevi", "nama": "HEVI MAIDA LAILY", "gelar_depan": "Dra.",
         "gelar_belakang": "M.Si.", "nip": "197005281994032003",
         "pangkat": "Pembina Tingkat I", "golongan": "IV/b",
         "jabatan": [{"nama": "Kepala Bagian Organisasi", "unit": "bagian-organisasi",
                      "plt": False,
                      "mulai": "2023-01-01",        # ASSUMED: the document gives no date
                      "selesai": None}]},
        # SYNTHETIC: the document does not name the Asisten Administrasi Umum.
        # "sintetis" (pejabat) and "kepala_unit" (jabatan) are optional keys read by
        # sakip/demo/loader.py: the Asisten is not the head of Sekretariat Daerah.
        {"ref": "asisten-administrasi-umum", "nama": "ASISTEN ADMINISTRASI UMUM",
         "gelar_depan": "", "gelar_belakang": "", "nip": None, "pangkat": "", "golongan": "",
         "sintetis": True,
         "jabatan": [{"nama": "Asisten Administrasi Umum Sekretariat Daerah",
                      "unit": "sekretariat-daerah", "plt": False, "kepala_unit": False,
                      "mulai": "2021-01-01", "selesai": None}]},
    ],
    "periode": {
        "2021-2025": {
            "misi": [3],
            "cascade": CASCADE_2125,
            "indikator_lain": [SERAPAN_2125, IP_ASN_2125, INOVASI_2125],
        },
        "2025-2029": {
            "misi": [1],
            "cascade": CASCADE_2529,
            "indikator_lain": [],
        },
    },
    "perjanjian_kinerja": [
        {
            "tahun": 2025, "versi": "awal", "nomor_perubahan": 0,
            "periode": "2021-2025",
            "tanggal": "2025-01-24",              # ASSUMED (date of the Mojosari PK awal)
            "alasan": "",
            "pihak_pertama": "kabag-hevi",
            "pihak_kedua": "asisten-administrasi-umum",
            "ditandatangani": True,
            "sasaran": [
                {"kelompok": "utama",
                 "uraian": "Terwujudnya penataan organisasi dalam peningkatan pelayanan publik",
                 "indikator": [{"ref": "pd-skm-baik-2125", "target": "57"}]},
                {"kelompok": "utama",
                 "uraian": "Terwujudnya penataan organisasi dalam peningkatan kematangan "
                           "kelembagaan",
                 "indikator": [{"ref": "pd-kematangan-tinggi-2125", "target": "48"}]},
                {"kelompok": "utama",
                 "uraian": "Terwujudnya penataan organisasi dalam penerapan SAKIP",
                 "indikator": [{"ref": "pd-sakip-baik-2125", "target": "48"}]},
                {"kelompok": "lainnya",
                 "uraian": "Meningkatnya Tatakelola Birokrasi Pemerintahan yang Efektif, "
                           "Efisien dan Akuntabel",
                 "indikator": [{"ref": "serapan-anggaran-2125", "target": "96.40"},
                               {"ref": "ip-asn-2125", "target": "86.50"}]},
                {"kelompok": "lainnya",
                 "uraian": "Optimalisasi Kualitas Pelayanan melalui Pembangunan Inovasi yang "
                           "mempunyai Nilai Tambah",
                 "indikator": [{"ref": "inovasi-2125", "target": "3"}]},
            ],
            # Tabel II.4 (one table for both PKs; ASSUMED identical for the PK awal)
            "anggaran": [{"kode": KEGIATAN_KODE, "program": KEGIATAN_NAMA,
                          "jumlah": "796858170", "sumber": "APBD 2025"}],
        },
        {
            "tahun": 2025, "versi": "perubahan", "nomor_perubahan": 1,
            "periode": "2025-2029",
            "tanggal": "2025-09-30",              # ASSUMED
            "alasan": "Penetapan RPJMD 2025-2029 dan Perubahan APBD 2025",
            "pihak_pertama": "kabag-hevi",
            "pihak_kedua": "asisten-administrasi-umum",
            "ditandatangani": True,
            "sasaran": [
                {"kelompok": "utama",
                 "uraian": "Meningkatnya akuntabilitas kinerja Perangkat Daerah",
                 "indikator": [{"ref": "rerata-sakip-pd-2529", "target": "83.11"}]},
                {"kelompok": "utama",
                 "uraian": "Terwujudnya kelembagaan tepat struktur dan tepat proses",
                 "indikator": [{"ref": "efektivitas-kelembagaan-2529", "target": "95.9"}]},
                {"kelompok": "utama",
                 "uraian": "Meningkatnya Persepsi Masyarakat Terhadap Layanan Publik "
                           "Pemerintah Daerah",
                 "indikator": [{"ref": "ikm-pemda-2529", "target": "90.05"}]},
            ],
            "anggaran": [{"kode": KEGIATAN_KODE, "program": KEGIATAN_NAMA,
                          "jumlah": "796858170", "sumber": "PAPBD 2025"}],
        },
    ],
    # Tabel III.4.A; realisation at 31 December 2025 stored under "TW4" (no triwulan data)
    "anggaran": {
        "2025": [
            {"tingkat": "program", "kode": PROGRAM_KODE, "nama": PROGRAM_NAMA, "anak": [
                {"tingkat": "kegiatan", "kode": KEGIATAN_KODE, "nama": KEGIATAN_NAMA, "anak": [
                    {"tingkat": "sub_kegiatan", "kode": SUB["kelembagaan"][0],
                     "nama": SUB["kelembagaan"][1], "pelaksana": None,
                     "pagu": "81373500", "realisasi": {"TW4": "57921700"}},
                    {"tingkat": "sub_kegiatan", "kode": SUB["fasilitasi"][0],
                     "nama": SUB["fasilitasi"][1], "pelaksana": None,
                     "pagu": "100613435", "realisasi": {"TW4": "85012295"}},
                    {"tingkat": "sub_kegiatan", "kode": SUB["pkrb"][0],
                     "nama": SUB["pkrb"][1], "pelaksana": None,
                     "pagu": "437724565", "realisasi": {"TW4": "399549077"}},
                    {"tingkat": "sub_kegiatan", "kode": SUB["monev"][0],
                     "nama": SUB["monev"][1], "pelaksana": None,
                     "pagu": "127146670", "realisasi": {"TW4": "92641133"}},
                    {"tingkat": "sub_kegiatan", "kode": SUB["lkj"][0],
                     "nama": SUB["lkj"][1], "pelaksana": None,
                     "pagu": "50000000", "realisasi": {"TW4": "47949920"}},
                ]},
            ]},
        ],
    },
    # --- Anggaran kas 2025 (not printed; the document has no triwulan breakdown): the profile of
    # Mojosari, 20/25/25/30 % of each pagu ---
    "rencana_kas": {"2025": {"profil": ["0.20", "0.25", "0.25", "0.30"]}},
    "narasi": {
        "2025": {
            "latar_belakang":
                "Penyelenggaraan Pemerintahan yang bersih adalah penyelenggaraan Pemerintahan "
                "yang mentaati asas asas umum penyelenggaraan Pemerintahan dan bebas dari "
                "praktek korupsi, kolusi dan nepotisme, serta perbuatan tercela lainnya. Asas "
                "umum pemerintahan yang baik adalah asas yang menjunjung tinggi norma "
                "kesusilaan, kepatuhan dan norma hukum, untuk mewujudkan Good Governance atau "
                "tata kelola pemerintahan yang baik merupakan hal yang sangat penting "
                "diperhatikan untuk mencapai tujuan Negara. Dalam rangka penyampaian "
                "pertanggungjawaban atas pengelolaan kinerjanya, Bagian Organisasi Sekretariat "
                "Daerah Kabupaten Mojokerto sebagai instansi pemerintah memiliki kewajiban "
                "untuk menyampaikan Laporan Kinerja Instansi Pemerintah (Laporan Kinerja) yang "
                "berisi tentang pertanggungjawaban kinerja instansi dalam rangka mencapai "
                "tujuan dan sasaran strategisnya.\n\n"
                "Penyusunan Laporan Kinerja ini berpedoman pada Peraturan Menteri "
                "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia "
                "Nomor 53 Tahun 2014 Tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan "
                "Kinerja dan Tata Cara Review atas Laporan Kinerja Instansi Pemerintah dan "
                "peraturan Bupati Nomor 62 tahun 2016 tentang pedoman penyusunan Laporan "
                "Kinerja di Lingkungan Pemerintah Kabupaten Mojokerto dan peraturan Bupati "
                "Nomor 61 Tahun 2016 tentang Pedoman Penyusunan Perjanjian Kinerja di "
                "Lingkungan Pemerintah Kabupaten Mojokerto.\n\n"
                "Penyampaian Laporan Kinerja Bagian Organisasi Sekretariat Daerah Kabupaten "
                "Mojokerto ini dimaksudkan sebagai salah satu bentuk komitmen evaluasi tingkat "
                "akuntabilitas atas keberhasilan atau kegagalan pencapaian sasaran strategis "
                "Bagian Organisasi Sekretariat Daerah Kabupaten Mojokerto. Selain itu "
                "penyusunan Laporan Kinerja ini juga ditujukan sebagai upaya untuk "
                "mengevaluasi kinerja Bagian Organisasi Sekretariat Daerah Kabupaten Mojokerto "
                "untuk menentukan upaya perbaikan kinerja dimasa yang akan datang.\n\n"
                "Laporan Kinerja ini mengacu pada beberapa landasan hukum yaitu:\n"
                "1. Peraturan Menteri Pendayagunaan Aparatur Negara Nomor 53 Tahun 2014 "
                "tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara "
                "Review atas Laporan Kinerja Instansi Pemerintah;\n"
                "2. Peraturan Daerah Kabupaten Mojokerto Nomor 6 Tahun 2021 tentang "
                "Pembentukan dan Susunan Perangkat Daerah;\n"
                "3. Peraturan Bupati Nomor 69 Tahun 2019 tentang Kedudukan, Susunan "
                "Organisasi, Rincian Tugas dan Fungsi serta Tata Kerja Sekretariat Daerah;\n"
                "4. Peraturan Bupati Mojokerto Nomor 61 Tahun 2016 tentang pedoman Penyusunan "
                "Perjanjian Kinerja;\n"
                "5. Peraturan Bupati Nomor 62 tahun 2016 tentang Pedoman Penyusunan Laporan "
                "Kinerja.\n\n"
                "Laporan Kinerja ini merupakan pertanggungjawaban Bagian Organisasi "
                "Sekretariat Daerah Kabupaten Mojokerto untuk menilai keberhasilan program "
                "dalam pencapaian tujuan dan sasaran. Dalam Laporan Kinerja ini diuraikan "
                "hasil evaluasi berupa analisis akuntabilitas kinerja sasaran dalam rangka "
                "mewujudkan Tujuan, Misi, dan Visi sebagaimana ditetapkan dalam Rencana "
                "Strategis.\n\n"
                "Pelaporan Kinerja bertujuan untuk memberikan:\n"
                "1. Peningkatan akuntabilitas Bagian Organisasi Sekretariat Daerah Kabupaten "
                "Mojokerto;\n"
                "2. Memberikan umpan balik bagi peningkatan kinerja Bagian Organisasi "
                "Sekretariat Daerah Kabupaten Mojokerto;\n"
                "3. Mengetahui tingkat keberhasilan dan kekurangan dalam melaksanakan tugas "
                "sebagai rekomendasi tindak lanjut tahun berikutnya;\n"
                "4. Sebagai salah satu rujukan dalam pengambilan keputusan Pimpinan.",
            "isu_strategis":
                "Berdasarkan hasil evaluasi pelaksanaan kinerja, capaian indikator, serta "
                "identifikasi permasalahan yang dihadapi selama tahun berjalan, masih terdapat "
                "sejumlah kondisi yang perlu mendapat perhatian dan penanganan secara "
                "berkelanjutan. Oleh karena itu, dirumuskan isu-isu strategis yang menjadi "
                "dasar dalam penyusunan arah kebijakan dan program kerja Bagian Organisasi "
                "Sekretariat Daerah ke depan, sebagai berikut:\n"
                "1. Tantangan adaptasi terhadap transformasi digital pemerintahan, pemanfaatan "
                "teknologi informasi dalam penataan organisasi, tata laksana, dan pelayanan "
                "publik belum sepenuhnya terintegrasi, sehingga menghambat percepatan "
                "terwujudnya pemerintahan yang efektif dan efisien.\n"
                "2. Tuntutan peningkatan kualitas pelayanan publik dan akuntabilitas kinerja, "
                "meningkatnya ekspektasi masyarakat terhadap pelayanan publik yang cepat, "
                "transparan, dan akuntabel menuntut Bagian Organisasi untuk terus mendorong "
                "perbaikan standar pelayanan, SOP, serta sistem akuntabilitas kinerja "
                "perangkat daerah.",
            "efisiensi":
                "Selain melakukan upaya untuk peningkatan kinerja, Bagian Organisasi "
                "Sekretariat Daerah juga melakukan efisiensi sumber daya untuk mendukung "
                "refocusing prioritas pembangunan. Efisiensi tersebut berupa:\n"
                "- Penghematan listrik dan air dengan mematikan komputer/AC/lampu/dll saat "
                "tidak digunakan;\n"
                "- Penghapusan mamin rapat internal;\n"
                "- Efisiensi perjalanan dinas.",
            "kesimpulan":
                "Secara umum, kinerja Bagian Organisasi Sekretariat Daerah pada tahun "
                "pelaporan menunjukkan hasil yang baik, tercermin dari capaian indikator "
                "kinerja utama yang sebagian besar telah memenuhi target.\n\n"
                "Capaian tersebut menunjukkan adanya peningkatan kualitas tata kelola "
                "pemerintahan, efektivitas kelembagaan, serta mutu pelayanan publik di "
                "lingkungan Pemerintah Daerah, yang tercermin dari membaiknya nilai "
                "akuntabilitas kinerja perangkat daerah, penguatan struktur dan fungsi "
                "organisasi, serta meningkatnya tingkat kepuasan masyarakat terhadap layanan "
                "yang diberikan.",
            "upaya_perbaikan":
                "Upaya yang akan dilaksanakan pada tahun-tahun ke depan dalam rangka "
                "peningkatan kinerja meliputi:\n"
                "1. Peningkatan kapasitas sumber daya manusia aparatur melalui bimbingan "
                "teknis, sosialisasi kebijakan, serta pendampingan berkelanjutan kepada "
                "perangkat daerah;\n"
                "2. Optimalisasi pelaksanaan monitoring dan evaluasi secara berkala terhadap "
                "capaian indikator kinerja, termasuk tindak lanjut atas hasil evaluasi SAKIP, "
                "efektivitas kelembagaan, dan IKM;\n"
                "3. Penguatan efektivitas kelembagaan perangkat daerah melalui pembinaan "
                "struktur, tata laksana, serta penyelarasan tugas dan fungsi organisasi;\n"
                "4. Peningkatan kualitas pelayanan publik melalui pembinaan pelaksanaan Survei "
                "Kepuasan Masyarakat dan pemanfaatan hasil IKM sebagai dasar perbaikan "
                "layanan;\n"
                "5. Pemanfaatan teknologi informasi dalam mendukung pengelolaan data kinerja, "
                "pelaporan, serta tata kelola organisasi.\n\n"
                "Untuk meningkatkan kinerja selanjutnya, Bagian Organisasi Sekretariat Daerah "
                "akan melakukan beberapa rencana aksi, yaitu:\n"
                "a. Melakukan penguatan koordinasi dan pendampingan kepada PD/UKPD dalam "
                "rangka peningkatan kualitas pelayanan publik, penerapan SAKIP, serta "
                "penguatan kelembagaan;\n"
                "b. Mengoptimalkan pelaksanaan monitoring dan evaluasi secara berkala terhadap "
                "capaian indikator kinerja, termasuk tindak lanjut hasil evaluasi.",
            "prestasi":
                "Dengan bantuan aplikasi-aplikasi yang ada di Kabupaten Mojokerto, "
                "akuntabilitas kinerja di Kabupaten Mojokerto, khususnya Sekretariat Daerah, "
                "lebih sistematis, efektif, dan efisien. Dibuktikan dengan nilai hasil "
                "evaluasi AKIP Sekretariat Daerah yang mendapatkan predikat A. Peningkatan "
                "kinerja juga dibuktikan melalui nilai SAKIP Sekretariat Daerah yang lebih "
                "baik dari tahun sebelumnya.\n\n"
                "Nilai tersebut lebih tinggi dibandingkan dengan nilai SAKIP Kabupaten "
                "Mojokerto namun dibawah nilai SAKIP Pemerintah Provinsi Jawa Timur.",
        },
    },
}
