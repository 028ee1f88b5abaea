"""The LKE of PermenPAN-RB 88/2021 as data: answer scales, predikat rules and the 80 criteria.

A new LKE version is another migration like this one (new TemplateLKE rows), never code.
Criteria are paraphrased from the official LKE Excel as restated by implementations (see
docs/domain notes, siklus-lanjutan 2a); the guidance is ours.
"""

from decimal import Decimal

from django.db import migrations

D = Decimal

SKALA = [
    # kode, nama, dasar, maks, [(huruf, nilai, aturan keberadaan, aturan kualitas/pemanfaatan)]
    ("88-2021", "Skala LKE PermenPAN-RB 88/2021 (AA-E)", "PermenPAN-RB 88/2021", "100", [
        ("AA", "100", "Seluruh kriteria terpenuhi (100%) dan sekurang-kurangnya 5 tahun terakhir",
         "Seluruh kriteria terpenuhi, dengan inovasi yang layak menjadi percontohan nasional"),
        ("A", "90", "Seluruh kriteria terpenuhi dan sekurang-kurangnya 1 tahun terakhir",
         "Seluruh kriteria terpenuhi, dengan upaya yang patut diapresiasi"),
        ("BB", "80", "Seluruh kriteria terpenuhi sesuai mandat kebijakan nasional",
         "Seluruh kriteria terpenuhi sesuai mandat kebijakan nasional"),
        ("B", "70", "Lebih dari 75% sampai kurang dari 100% kriteria terpenuhi", "Lebih dari 75% sampai kurang dari 100%"),
        ("CC", "60", "Lebih dari 50% sampai 75% kriteria terpenuhi", "Lebih dari 50% sampai 75%"),
        ("C", "50", "Lebih dari 25% sampai 50% kriteria terpenuhi", "Lebih dari 25% sampai 50%"),
        ("D", "30", "Lebih dari 0% sampai 25% kriteria terpenuhi (sudah dimulai)", "Lebih dari 0% sampai 25%"),
        ("E", "0", "Belum ada upaya sama sekali", "Belum ada upaya sama sekali"),
    ]),
    ("y-t", "Ya/Tidak (LKE internal Pemda)", "PermenPAN-RB 12/2015", "1", [
        ("Y", "1", "Ada / memenuhi", "Ada / memenuhi"), ("T", "0", "Tidak ada / tidak memenuhi", "Tidak memenuhi"),
    ]),
    ("a-e", "A-E (LKE internal Pemda)", "PermenPAN-RB 12/2015", "1", [
        ("A", "1", "", "Sangat memadai"), ("B", "0.75", "", "Memadai"), ("C", "0.5", "", "Cukup"),
        ("D", "0.25", "", "Kurang"), ("E", "0", "", "Tidak ada"),
    ]),
]

BANDS = [("AA", "Sangat Memuaskan", "90"), ("A", "Memuaskan", "80"), ("BB", "Sangat Baik", "70"),
         ("B", "Baik", "60"), ("CC", "Cukup", "50"), ("C", "Kurang", "30"), ("D", "Sangat Kurang", None)]
ATURAN = [
    ("88-2021-bawah-eksklusif", "88/2021, batas bawah eksklusif (> 90 → AA; 90,00 = A)", False),
    ("88-2021-bawah-inklusif", "88/2021, batas bawah inklusif (≥ 90 → AA)", True),
]

KOMPONEN = [
    ("1", "Perencanaan Kinerja", "30"), ("2", "Pengukuran Kinerja", "30"), ("3", "Pelaporan Kinerja", "15"),
    ("4", "Evaluasi Akuntabilitas Kinerja Internal", "25"),
]
SUB = {
    "1.a": ("keberadaan", "Dokumen perencanaan kinerja telah tersedia"),
    "1.b": ("kualitas", "Dokumen perencanaan kinerja memenuhi standar yang baik"),
    "1.c": ("pemanfaatan", "Perencanaan kinerja dimanfaatkan untuk mewujudkan kinerja berkelanjutan"),
    "2.a": ("keberadaan", "Pengukuran kinerja telah dilakukan"),
    "2.b": ("kualitas", "Pengukuran kinerja menjadi kebutuhan, dilakukan berjenjang dan berkelanjutan"),
    "2.c": ("pemanfaatan", "Pengukuran kinerja menjadi dasar penghargaan dan penyesuaian strategi"),
    "3.a": ("keberadaan", "Terdapat dokumen laporan yang menggambarkan kinerja"),
    "3.b": ("kualitas", "Laporan kinerja memenuhi standar yang baik"),
    "3.c": ("pemanfaatan", "Pelaporan kinerja dimanfaatkan untuk penyesuaian strategi dan kebijakan"),
    "4.a": ("keberadaan", "Evaluasi akuntabilitas kinerja internal telah dilaksanakan"),
    "4.b": ("kualitas", "Evaluasi internal berkualitas dengan sumber daya memadai"),
    "4.c": ("pemanfaatan", "Implementasi SAKIP meningkat karena evaluasi internal"),
}
PERSEN = {"keberadaan": "20", "kualitas": "30", "pemanfaatan": "50"}

# (uraian, bukti) per sub-component, 80 in all: 7 10 8 / 3 7 10 / 6 9 7 / 3 5 5.
R, P, RE, L, T, RA = "renstra", "pk", "realisasi", "lkjip", "tindak_lanjut", "rencana_aksi"
KRITERIA = {
    "1.a": [
        ("Terdapat pedoman teknis perencanaan kinerja", [R]),
        ("Terdapat dokumen perencanaan kinerja jangka panjang", [R]),
        ("Terdapat dokumen perencanaan kinerja jangka menengah (Renstra)", [R]),
        ("Terdapat dokumen perencanaan kinerja jangka pendek (Renja, PK)", [R, P]),
        ("Terdapat dokumen perencanaan aktivitas yang mendukung kinerja", [R, RA]),
        ("Terdapat dokumen perencanaan anggaran yang mendukung kinerja", [R, P]),
        ("Seluruh unit kerja telah menetapkan dokumen perencanaan kinerja", [P]),
    ],
    "1.b": [
        ("Dokumen perencanaan kinerja telah ditetapkan (diformalkan)", [R, P]),
        ("Dokumen perencanaan kinerja telah dipublikasikan tepat waktu", [R, P]),
        ("Dokumen perencanaan kinerja menggambarkan kebutuhan kinerja yang sebenarnya", [R]),
        ("Hasil (tujuan/sasaran) yang ditetapkan jelas dan berorientasi hasil", [R]),
        ("Indikator kinerja memenuhi kriteria SMART", [R]),
        ("IKU menggambarkan kinerja utama dan stabil selama periode Renstra", [R]),
        ("Target kinerja dapat dicapai, menantang dan realistis", [R, P]),
        ("Kinerja telah diturunkan (cascading) secara logis ke seluruh tingkat", [R, P]),
        ("Kinerja lintas sektor (crosscutting) telah digambarkan", [R]),
        ("Setiap pegawai telah menetapkan perencanaan kinerja", [P]),
    ],
    "1.c": [
        ("Anggaran telah mengacu pada kinerja yang ingin dicapai", [P, R]),
        ("Aktivitas telah mendukung kinerja yang ingin dicapai", [R, RA]),
        ("Target kinerja tercapai atau berada pada jalur pencapaian", [RE]),
        ("Rencana aksi dinamis karena capaian dipantau secara berkala", [RA, RE]),
        ("Perencanaan diperbaiki berdasarkan analisis periode sebelumnya", [R, L]),
        ("Perencanaan diperbaiki menuju hasil yang lebih baik", [R]),
        ("Unit kerja berkomitmen terhadap perencanaan kinerja", [P]),
        ("Pegawai berkomitmen terhadap perencanaan kinerja", [P]),
    ],
    "2.a": [
        ("Terdapat pedoman pengukuran kinerja dan pengumpulan data", [R]),
        ("Terdapat definisi operasional dan cara mengukur indikator yang jelas", [R]),
        ("Terdapat mekanisme pengumpulan data kinerja yang andal", [RE]),
    ],
    "2.b": [
        ("Pimpinan terlibat dalam pengukuran kinerja", [RE]),
        ("Data kinerja relevan dengan kinerja yang diukur", [RE]),
        ("Data kinerja mendukung capaian kinerja", [RE]),
        ("Pengukuran kinerja dilakukan secara berkala", [RE, RA]),
        ("Setiap tingkat memantau kinerja tingkat di bawahnya (berjenjang)", [RE]),
        ("Pengumpulan data kinerja memanfaatkan teknologi informasi", [RE]),
        ("Pengukuran capaian kinerja memanfaatkan teknologi informasi", [RE]),
    ],
    "2.c": [
        ("Pengukuran kinerja menjadi dasar tunjangan/penghasilan", [RE]),
        ("Pengukuran kinerja menjadi dasar penempatan/penghapusan jabatan", [RE]),
        ("Pengukuran kinerja menjadi dasar refocusing organisasi", [RE]),
        ("Pengukuran kinerja menjadi dasar penyesuaian strategi", [RE, R]),
        ("Pengukuran kinerja menjadi dasar penyesuaian kebijakan", [RE]),
        ("Pengukuran kinerja menjadi dasar penyesuaian aktivitas", [RE, RA]),
        ("Pengukuran kinerja menjadi dasar penyesuaian anggaran", [RE, P]),
        ("Pengukuran kinerja mendorong efisiensi anggaran", [RE]),
        ("Unit kerja peduli pada hasil pengukuran kinerja", [RE]),
        ("Pegawai peduli pada hasil pengukuran kinerja", [RE]),
    ],
    "3.a": [
        ("Laporan kinerja telah disusun", [L]),
        ("Laporan kinerja disusun secara berkala", [L]),
        ("Laporan kinerja telah ditetapkan (diformalkan)", [L]),
        ("Laporan kinerja telah direviu", [L]),
        ("Laporan kinerja telah dipublikasikan", [L]),
        ("Laporan kinerja disampaikan tepat waktu", [L]),
    ],
    "3.b": [
        ("Laporan kinerja disusun sesuai standar", [L]),
        ("Laporan kinerja mengungkap seluruh capaian kinerja", [L, RE]),
        ("Laporan membandingkan realisasi dengan target tahunan", [L, RE]),
        ("Laporan membandingkan realisasi dengan target jangka menengah", [L, RE]),
        ("Laporan membandingkan realisasi dengan tahun-tahun sebelumnya", [L, RE]),
        ("Laporan membandingkan realisasi dengan standar nasional/internasional", [L]),
        ("Laporan menyajikan kualitas capaian beserta upaya dan hambatannya", [L]),
        ("Laporan menyajikan efisiensi penggunaan sumber daya", [L]),
        ("Laporan menyajikan rekomendasi perbaikan kinerja", [L]),
    ],
    "3.c": [
        ("Pimpinan memperhatikan informasi laporan kinerja", [L]),
        ("Seluruh pegawai peduli pada laporan kinerja", [L]),
        ("Laporan kinerja berkala digunakan untuk penyesuaian aktivitas", [L, RA]),
        ("Laporan kinerja digunakan untuk penyesuaian penggunaan anggaran", [L, P]),
        ("Laporan kinerja digunakan untuk evaluasi keberhasilan", [L]),
        ("Laporan kinerja digunakan untuk penyesuaian perencanaan berikutnya", [L, R]),
        ("Laporan kinerja mengubah budaya kinerja organisasi", [L]),
    ],
    "4.a": [
        ("Terdapat pedoman evaluasi akuntabilitas kinerja internal", [T]),
        ("Evaluasi internal dilaksanakan pada seluruh unit kerja", [T]),
        ("Evaluasi internal dilaksanakan secara berjenjang", [T]),
    ],
    "4.b": [
        ("Evaluasi internal dilaksanakan sesuai standar", [T]),
        ("Evaluasi internal dilaksanakan oleh SDM yang memadai", [T]),
        ("Evaluasi internal dilaksanakan dengan kedalaman yang memadai", [T]),
        ("Evaluasi internal menjangkau seluruh unit kerja", [T]),
        ("Evaluasi internal memanfaatkan teknologi informasi", [T]),
    ],
    "4.c": [
        ("Seluruh rekomendasi hasil evaluasi telah ditindaklanjuti", [T]),
        ("Implementasi SAKIP meningkat melalui tindak lanjut rekomendasi", [T]),
        ("Hasil evaluasi dimanfaatkan untuk peningkatan akuntabilitas", [T, L]),
        ("Hasil evaluasi dimanfaatkan untuk efektivitas dan efisiensi", [T]),
        ("Kinerja meningkat dengan memanfaatkan hasil evaluasi", [T, RE]),
    ],
}

PANDUAN = {
    "keberadaan": "Periksa keberadaan dokumen/praktik pada bukti dukung; nilai menurut persentase kriteria yang "
                  "terpenuhi (AA/A/BB: seluruhnya; B > 75%; CC > 50%; C > 25%; D > 0%; E belum ada).",
    "kualitas": "Nilai mutu pelaksanaan; tidak melebihi nilai keberadaan komponen yang sama.",
    "pemanfaatan": "Nilai pemanfaatan nyata hasilnya dalam pengambilan keputusan, dengan bukti dukung.",
}


def seed(apps, schema_editor):
    Skala = apps.get_model("evaluasi", "SkalaJawaban")
    Opsi = apps.get_model("evaluasi", "OpsiJawaban")
    Aturan = apps.get_model("evaluasi", "AturanPredikat")
    Band = apps.get_model("evaluasi", "BandPredikat")
    Template = apps.get_model("evaluasi", "TemplateLKE")
    Komponen = apps.get_model("evaluasi", "KomponenLKE")
    Sub = apps.get_model("evaluasi", "SubKomponenLKE")
    Kriteria = apps.get_model("evaluasi", "KriteriaLKE")
    skala = {}
    for kode, nama, dasar, maks, opsi in SKALA:
        s = Skala.objects.create(kode=kode, nama=nama, dasar_hukum=dasar, nilai_maks=D(maks))
        skala[kode] = s
        Opsi.objects.bulk_create(Opsi(skala=s, huruf=h, nilai=D(v), aturan_keberadaan=a, aturan_kualitas=b, urutan=i)
                                 for i, (h, v, a, b) in enumerate(opsi, 1))
    aturan = {}
    for kode, nama, inklusif in ATURAN:
        aturan[kode] = a = Aturan.objects.create(kode=kode, nama=nama, bawah_inklusif=inklusif)
        Band.objects.bulk_create(Band(aturan=a, kode=k, label=label, bawah=None if b is None else D(b), peringkat=7 - i)
                                 for i, (k, label, b) in enumerate(BANDS))
    t = Template.objects.create(versi="88-2021", nama="LKE AKIP PermenPAN-RB 88/2021",
                                dasar_hukum="Peraturan Menteri PANRB Nomor 88 Tahun 2021", tahun_mulai=2021,
                                aturan_predikat=aturan["88-2021-bawah-eksklusif"])
    for kode, nama, bobot in KOMPONEN:
        k = Komponen.objects.create(template=t, kode=kode, nama=nama, bobot=D(bobot))
        subs = {}
        for sk in "abc":
            perspektif, uraian = SUB[f"{kode}.{sk}"]
            subs[sk] = Sub.objects.create(komponen=k, kode=sk, perspektif=perspektif, uraian=uraian,
                                          persen=D(PERSEN[perspektif]))
        for sk, s in subs.items():
            kualitas = s.perspektif == "kualitas"
            Kriteria.objects.bulk_create(
                Kriteria(sub=s, nomor=i, uraian=u, panduan=PANDUAN[s.perspektif], skala=skala["88-2021"],
                         jenis_bukti=bukti, batas_sub=subs["a"] if kualitas else None,
                         pesan_logika=(f"Kualitas tidak dapat dinilai lebih tinggi dari keberadaan "
                                       f"(rata-rata sub-komponen {kode}.a)") if kualitas else "")
                for i, (u, bukti) in enumerate(KRITERIA[f"{kode}.{sk}"], 1))


class Migration(migrations.Migration):
    dependencies = [("evaluasi", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
