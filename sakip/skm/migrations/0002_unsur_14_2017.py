"""The nine unsur of PermenPAN-RB 14/2017 with the wording of the 1-4 scale (versioned data).

Stored by code: sources print U8/U9 in different orders; Sakip follows SAKIP-rules §5.2
(U8 pengaduan, U9 sarana). The scale wording is the one common in Pemda questionnaires.
"""

from django.db import migrations

VERSI = "14/2017"
SESUAI = ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]
UNSUR = [
    ("U1", "Persyaratan", "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?", SESUAI),
    ("U2", "Sistem, mekanisme, dan prosedur", "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
     ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"]),
    ("U3", "Waktu penyelesaian", "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
     ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"]),
    ("U4", "Biaya/tarif", "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
     ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]),
    ("U5", "Produk spesifikasi jenis pelayanan", "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?", SESUAI),
    ("U6", "Kompetensi pelaksana", "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
     ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"]),
    ("U7", "Perilaku pelaksana", "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
     ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"]),
    ("U8", "Penanganan pengaduan, saran dan masukan", "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
     ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"]),
    ("U9", "Sarana dan prasarana", "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
     ["Buruk", "Cukup", "Baik", "Sangat baik"]),
]


def isi(apps, schema_editor):
    Unsur = apps.get_model("skm", "Unsur")
    Unsur.objects.bulk_create([Unsur(versi=VERSI, kode=k, nama=n, pertanyaan=p, label_skala=lbl, urutan=i)
                               for i, (k, n, p, lbl) in enumerate(UNSUR, start=1)])


def hapus(apps, schema_editor):
    apps.get_model("skm", "Unsur").objects.filter(versi=VERSI).delete()


class Migration(migrations.Migration):
    dependencies = [("skm", "0001_initial")]
    operations = [migrations.RunPython(isi, hapus)]
