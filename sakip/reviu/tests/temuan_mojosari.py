"""The findings on lkjip-2025-kecamatan-mojosari.txt, each checked by hand against the document.

(kode, tingkat, lokasi, tercetak, seharusnya). The reviu must find exactly these: a missing
one is a miss, an extra one a false alarm. Line numbers are those of the reference file;
docs/demo-data/kecamatan-mojosari.md lists the same contradictions found by hand.
"""

from __future__ import annotations

# fmt: off
TEMUAN: list[tuple[str, str, str, str, str]] = [
    # capaian printed differs from realisasi / target at the printed precision (peringatan: truncated)
    ('CAPAIAN_SALAH', 'peringatan', 'tabel (baris 63)', '101%', '102% (84,32 / 83 × 100% = 101,59%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 65)', '93%', '97% (79,69 / 82 × 100% = 97,18%)'),
    ('CAPAIAN_SALAH', 'peringatan', 'tabel (baris 72)', '101%', '102% (84,32 / 83 × 100% = 101,59%)'),
    ('CAPAIAN_SALAH', 'galat', 'Tabel II.3.A (baris 483)', '102%', '101% (93,15 / 92 × 100% = 101,25%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 488)', '101%', '102% (84,32 / 82,5 × 100% = 102,21%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 490)', '99%', '97% (79,13 / 82 × 100% = 96,50%)'),
    ('CAPAIAN_SALAH', 'galat', 'Tabel II.3.C (baris 508)', '102%', '101% (93,15 / 92 × 100% = 101,25%)'),
    ('CAPAIAN_SALAH', 'peringatan', 'Tabel II.3.C (baris 509)', '101%', '102% (84,32 / 83 × 100% = 101,59%)'),
    ('CAPAIAN_SALAH', 'galat', 'Tabel III.1.a (baris 541)', '102%', '101% (93,15 / 92 × 100% = 101,25%)'),
    ('CAPAIAN_SALAH', 'peringatan', 'tabel (baris 548)', '101%', '102% (84,32 / 83 × 100% = 101,59%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 550)', '99%', '97% (79,69 / 82 × 100% = 97,18%)'),
    ('CAPAIAN_SALAH', 'peringatan', 'Tabel III.1.b (baris 566)', '101%', '102% (84,32 / 83 × 100% = 101,59%)'),
    ('CAPAIAN_SALAH', 'galat', 'Tabel III.2.a (baris 605), kolom 2021', '105%', '104% (86,02 / 83 × 100% = 103,64%)'),
    ('CAPAIAN_SALAH', 'galat', 'Tabel III.2.a (baris 605), kolom 2022', '110%', '107% (90 / 84 × 100% = 107,14%)'),
    ('CAPAIAN_SALAH', 'galat', 'Tabel III.2.a (baris 605), kolom 2023', '105,28%', '104,12% (88,5 / 85 × 100% = 104,12%)'),
    ('CAPAIAN_SALAH', 'galat', 'Tabel III.2.a (baris 605), kolom 2024', '100,61%', '103,90% (91,75 / 88,31 × 100% = 103,90%)'),
    ('CAPAIAN_SALAH', 'galat', 'Tabel III.2.a (baris 605), kolom 2025', '102,4%', '104,7% (93,15 / 89 × 100% = 104,66%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 611), kolom 2022', '102 %', '105% (79,5 / 76 × 100% = 104,61%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 611), kolom 2023', '100,97%', '100,84% (77,65 / 77 × 100% = 100,84%)'),
    ('CAPAIAN_SALAH', 'peringatan', 'tabel (baris 611), kolom 2024', '100,36%', '100,37% (82,3 / 82 × 100% = 100,37%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 612), kolom 2022', '113,38%', '108,64% (88 / 81 × 100% = 108,64%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 612), kolom 2023', '97,96%', '96,80% (87,12 / 90 × 100% = 96,80%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 612), kolom 2024', '102,42%', '101,63% (92,48 / 91 × 100% = 101,63%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 612), kolom 2025', '99,03%', '98,69% (90,3 / 91,5 × 100% = 98,69%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 613), kolom 2022', '107%', '114% (80 / 70 × 100% = 114,29%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 613), kolom 2023', '105,29%', '105,71% (79,28 / 75 × 100% = 105,71%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 613), kolom 2025', '99%', '97% (79,69 / 82 × 100% = 97,18%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 620), kolom 2022', '102 %', '105% (79,5 / 76 × 100% = 104,61%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 620), kolom 2023', '100,97%', '100,84% (77,65 / 77 × 100% = 100,84%)'),
    ('CAPAIAN_SALAH', 'peringatan', 'tabel (baris 620), kolom 2024', '100,36%', '100,37% (82,3 / 82 × 100% = 100,37%)'),
    ('CAPAIAN_SALAH', 'peringatan', 'Tabel III.2.b (baris 683), kolom 2024', '100,36 %', '100,37% (82,3 / 82 × 100% = 100,37%)'),
    ('CAPAIAN_SALAH', 'galat', 'tabel (baris 689), kolom 2024', '100,61 %', '103,90% (91,75 / 88,31 × 100% = 103,90%)'),
    ('CAPAIAN_SALAH', 'peringatan', 'tabel (baris 690), kolom 2024', '100,36 %', '100,37% (82,30 / 82 × 100% = 100,37%)'),
    # progress against the end-of-period target (III.2.c)
    ('PROGRES_SALAH', 'peringatan', 'Tabel III.2.c (baris 700), kolom 2025', '105%', '106% (93,15 / 88 × 100% = 105,85%)'),
    ('CAPAIAN_SALAH', 'galat', 'Tabel III.5 (baris 814)', '5 Kelurahan', '100,00% (5 / 5 × 100% = 100,00%)'),
    # one indicator-year, different figures in different tables
    ('TARGET_BERBEDA', 'galat', 'Tabel III.2.a (baris 605), kolom 2025; tabel (baris 926)', '89 (Tabel III.2.a (baris 605), kolom 2025); 88,5 (tabel (baris 926))', '92 seperti di tabel (baris 56), Tabel II.3.A (baris 483), Tabel III.1.a (baris 541)'),
    ('REALISASI_BERBEDA', 'galat', 'Tabel III.2.b (baris 682), kolom 2025; tabel (baris 689), kolom 2025', '91,13 (Tabel III.2.b (baris 682), kolom 2025, tabel (baris 689), kolom 2025)', '93,15 seperti di tabel (baris 56), tabel (baris 71), Tabel II.3.A (baris 483), Tabel II.3.C (baris 508), Tabel III.1.a (baris 541), Tabel III.1.b (baris 565), Tabel III.2.a (baris 605), kolom 2025, Tabel III.2.c (baris 700), kolom 2025'),
    ('CAPAIAN_BERBEDA', 'galat', 'Tabel II.3.A (baris 483); Tabel III.1.a (baris 541); Tabel III.2.a (baris 605), kolom 2025', '102% (Tabel II.3.A (baris 483), Tabel III.1.a (baris 541), Tabel III.2.a (baris 605), kolom 2025)', '101% seperti di tabel (baris 56); menurut perhitungan 101,25% (93,15 / 92 × 100%)'),
    ('TARGET_BERBEDA', 'galat', 'tabel (baris 63); tabel (baris 548)', '83 (tabel (baris 63), tabel (baris 548))', '82,5 seperti di tabel (baris 488), tabel (baris 611), kolom 2025, tabel (baris 620), kolom 2025, tabel (baris 931)'),
    ('REALISASI_BERBEDA', 'galat', 'Tabel III.2.b (baris 683), kolom 2025; tabel (baris 690), kolom 2025', '83,11 (Tabel III.2.b (baris 683), kolom 2025, tabel (baris 690), kolom 2025)', '84,32 seperti di tabel (baris 63), tabel (baris 72), tabel (baris 488), Tabel II.3.C (baris 509), tabel (baris 548), Tabel III.1.b (baris 566), tabel (baris 611), kolom 2025, tabel (baris 620), kolom 2025, Tabel III.2.c (baris 706), kolom 2025'),
    ('CAPAIAN_BERBEDA', 'galat', 'tabel (baris 63); tabel (baris 488); tabel (baris 548)', '101% (tabel (baris 63), tabel (baris 488), tabel (baris 548))', '102% seperti di tabel (baris 611), kolom 2025, tabel (baris 620), kolom 2025; menurut perhitungan 102,21% (84,32 / 82,5 × 100%)'),
    ('TARGET_BERBEDA', 'galat', 'Tabel III.5 (baris 812)', '92% (Tabel III.5 (baris 812))', '91,5% seperti di tabel (baris 64), tabel (baris 489), tabel (baris 549), tabel (baris 612), kolom 2025, tabel (baris 932)'),
    ('REALISASI_BERBEDA', 'galat', 'Tabel III.5 (baris 812)', '93,24% (Tabel III.5 (baris 812))', '90,3% seperti di tabel (baris 64), tabel (baris 489), tabel (baris 549), tabel (baris 612), kolom 2025, Tabel III.2.c (baris 707), kolom 2025'),
    ('CAPAIAN_BERBEDA', 'galat', 'Tabel III.5 (baris 812)', '101% (Tabel III.5 (baris 812))', '99% seperti di tabel (baris 64), tabel (baris 489), tabel (baris 549), tabel (baris 612), kolom 2025; menurut perhitungan 98,69% (90,3 / 91,5 × 100%)'),
    ('REALISASI_BERBEDA', 'galat', 'tabel (baris 490)', '79,13 (Tinggi) (tabel (baris 490))', '79,69 (Sedang) seperti di tabel (baris 65), tabel (baris 550), tabel (baris 613), kolom 2025, Tabel III.2.c (baris 708), kolom 2025'),
    ('CAPAIAN_BERBEDA', 'galat', 'tabel (baris 65)', '93% (tabel (baris 65))', '99% seperti di tabel (baris 490), tabel (baris 550), tabel (baris 613), kolom 2025; menurut perhitungan 97,18% (79,69 / 82 × 100%)'),
    ('TARGET_BERBEDA', 'galat', 'Tabel III.2.b (baris 682), kolom 2025; tabel (baris 689), kolom 2025', '89 (Tabel III.2.b (baris 682), kolom 2025, tabel (baris 689), kolom 2025)', '92,00 seperti di tabel (baris 71), Tabel II.3.C (baris 508), Tabel III.1.b (baris 565), tabel (baris 1013)'),
    ('CAPAIAN_BERBEDA', 'galat', 'Tabel II.3.C (baris 508); Tabel III.2.b (baris 682), kolom 2025; tabel (baris 689), kolom 2025', '102% (Tabel II.3.C (baris 508), Tabel III.2.b (baris 682), kolom 2025, tabel (baris 689), kolom 2025)', '101% seperti di tabel (baris 71), Tabel III.1.b (baris 565); menurut perhitungan 101,25% (93,15 / 92,00 × 100%)'),
    ('TARGET_BERBEDA', 'galat', 'Tabel III.2.b (baris 683), kolom 2025; tabel (baris 690), kolom 2025', '82,5 (Tabel III.2.b (baris 683), kolom 2025, tabel (baris 690), kolom 2025)', '83 seperti di tabel (baris 72), Tabel II.3.C (baris 509), Tabel III.1.b (baris 566), tabel (baris 1014)'),
    ('REALISASI_BERBEDA', 'galat', 'Tabel III.2.b (baris 682), kolom 2024', '88,85 (Tabel III.2.b (baris 682), kolom 2024)', '91,75 seperti di Tabel III.2.a (baris 605), kolom 2024, tabel (baris 689), kolom 2024, Tabel III.2.c (baris 700), kolom 2024'),
    ('REALISASI_BERBEDA', 'galat', 'Tabel III.2.c (baris 704), kolom 2021', '100% (Tabel III.2.c (baris 704), kolom 2021)', '65,03% seperti di tabel (baris 609), kolom 2021, tabel (baris 618), kolom 2021'),
    ('REALISASI_BERBEDA', 'galat', 'Tabel III.2.c (baris 704), kolom 2022', '100 % (Tabel III.2.c (baris 704), kolom 2022)', '97,41% seperti di tabel (baris 609), kolom 2022, tabel (baris 618), kolom 2022'),
    ('REALISASI_BERBEDA', 'galat', 'Tabel III.2.c (baris 709), kolom 2021', '1 (Tabel III.2.c (baris 709), kolom 2021)', 'NA seperti di tabel (baris 614), kolom 2021, tabel (baris 621), kolom 2021'),
    ('REALISASI_BERBEDA', 'galat', 'Tabel III.2.c (baris 709), kolom 2022', '1 (Tabel III.2.c (baris 709), kolom 2022)', '2 Inovasi seperti di tabel (baris 614), kolom 2022, tabel (baris 621), kolom 2022'),
    # counts above / at / below 100% (III.1 repeats the PK awal counts for the PK perubahan)
    ('JUMLAH_CAPAIAN_SALAH', 'galat', 'baris 555', 'di atas 100% 2, tepat 100% 3, di bawah 100% 2, tidak terukur 0', 'di atas 100% 2, tepat 100% 2, di bawah 100% 0, tidak terukur 0'),
    # 'rata-rata ... 92,46 dan 94,28' is 93,37, not 93,15 (printed twice)
    ('RATA_RATA_SALAH', 'galat', 'baris 623', '93,15', '93,37 (rata-rata 92,46 dan 94,28)'),
    ('RATA_RATA_SALAH', 'galat', 'baris 711', '93,15', '93,37 (rata-rata 92,46 dan 94,28)'),
    # PK budgets: swapped programs in the PK awal, PK perubahan vs DPA, II.3.B/II.3.D swapped
    ('ANGGARAN_PK_TANPA_PADANAN', 'galat', 'tabel (baris 939)', 'Rp. 275.000.000', 'tabel lain mencetak Rp 3.582.472.065 (Tabel II.3.B, Tabel III.4, tabel di baris 1018)'),
    ('ANGGARAN_PK_TANPA_PADANAN', 'galat', 'tabel (baris 940)', 'Rp. 4.038.790.000', 'tabel lain mencetak Rp 503.572.000 (Tabel II.3.B, Tabel III.4, tabel di baris 1018); Rp 275.000.000 (Tabel II.3.D)'),
    ('ANGGARAN_PK_BEDA_DPA', 'peringatan', 'tabel (baris 1019)', 'Rp 7.224.893.790', '6.697.421.790 (Tabel III.4 (baris 768))'),
    ('ANGGARAN_PK_TABEL_BEDA', 'peringatan', 'Tabel II.3.B (baris 500)', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/kota: Rp. 7.224.893.790; Program Penyelenggaraan Pemerintahan dan Pelayanan Publik: Rp. 23.900.000; Program Pemberdayaan Masyarakat Desa dan Kelurahan: Rp. 3.582.472.065; Program Pembinaan dan Pengawasan Pemerintahan Desa: Rp. 503.572.000', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota: Rp. 7.485.930.000; Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik: Rp. 25.000.000; Program Pemberdayaan Masyarakat Desa dan Kelurahan: Rp. 275.000.000; Program Pembinaan Dan Pengawasan Pemerintahan Desa: Rp. 4.038.790.000'),
    ('ANGGARAN_PK_TABEL_BEDA', 'peringatan', 'Tabel II.3.D (baris 518)', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/kota: Rp. 7.485.930.000; Program Penyelenggaraan Pemerintahan dan Pelayanan Publik: Rp. 25.000.000; Program Pemberdayaan Masyarakat Desa dan Kelurahan: Rp. 4.038.790.0000; Program Pembinaan dan Pengawasan Pemerintahan Desa: Rp. 275.000.000', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota: Rp 7.224.893.790; Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik: Rp 23.900.000; Program Pemberdayaan Masyarakat Desa dan Kelurahan: Rp 3.582.472.065; Program Pembinaan Dan Pengawasan Pemerintahan Desa: Rp 503.572.000'),
    # the document's own IP ASN scale: 79,13 is Sedang
    ('KATEGORI_SALAH', 'galat', 'tabel (baris 490)', '79,13 (Tinggi)', '79,13 (Sedang)'),
    # another kecamatan's name, one person with two NIPs, periods, notation, citations
    ('NAMA_UNIT_LAIN', 'galat', 'baris 749', 'Kecamatan Trowulan', 'Kecamatan Mojosari'),
    ('NAMA_UNIT_LAIN', 'galat', 'baris 818', 'Kecamatan Trowulan', 'Kecamatan Mojosari'),
    ('NIP_GANDA', 'galat', 'baris 31', '196607131986031007 (baris 31)', '196907291994031006 (baris 917, baris 960, baris 1003, baris 1041, baris 1076)'),
    ('PERIODE_TIDAK_SAH', 'galat', 'baris 302', 'Tahun 2021-2015', '2021-2025'),
    ('PERIODE_TIDAK_SAH', 'peringatan', 'baris 306', 'periode 2021-2026', '2021-2025'),
    ('FORMAT_ANGKA', 'peringatan', 'baris 818', '90.3%', '90,3%'),
    ('FORMAT_RUPIAH', 'galat', 'Tabel II.3.D (baris 522)', 'Rp. 4.038.790.0000', 'Rp 4.038.790.000 (bila angka terakhir berlebih)'),
    ('RUJUKAN_TAHUN_BEDA', 'peringatan', 'baris 472', 'Nomor 53 Tahun 2024', 'Nomor 53 Tahun 2014 (baris 17)'),
]
# fmt: on

TIDAK_TERBACA = [
    'tabel di baris 1043: tabel tanpa baris judul kolom (terpotong atau bergeser); isinya tidak diperiksa.',
    'tabel di baris 1078: kolom-kolomnya tidak selaras dengan baris judul (angka di kolom nama); isinya tidak diperiksa.',
]
