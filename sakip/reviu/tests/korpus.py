"""The reviu corpus: excerpts of real LKjIPs of other Pemdas, each with its verified inconsistencies.

Every excerpt in ``files/korpus/`` is the text a public copy of the report shows (source in
``SUMBER``), cut to the passages with figures. ``Temuan`` lists what a reviewer checked by hand,
with the arithmetic; ``penanda`` is a piece of the line the inconsistency is printed on. A
document without ``temuan`` is a clean control: the reviu may report at most one finding on it.

``ukur()`` runs the reviu over the corpus (and over the generated documents of ``tanam_umum``)
and counts, per kind of error, how many verified inconsistencies a finding points at (a
finding of severity galat or peringatan within three lines of the marked line), and how many
findings each clean control gets. The tests hold a floor on these figures; the benchmark
prints them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sakip.reviu.dokumen import HasilReviu, TingkatTemuan, reviu_dokumen

FOLDER = Path(__file__).parent / "files" / "korpus"


@dataclass(frozen=True)
class Salah:
    jenis: str  # kind of error (see JENIS)
    penanda: str  # a piece of the line it is printed on
    hitungan: str  # the arithmetic that shows it


@dataclass(frozen=True)
class Dok:
    berkas: str
    instansi: str
    tahun: int
    sumber: str
    temuan: tuple[Salah, ...] = ()
    catatan: str = ""


JENIS = {
    "prosa_jumlah": "jumlah dalam kalimat (A + B ≠ total)",
    "prosa_persen": "persentase dalam kalimat (Rp X atau Y% dari Rp Z, sisa)",
    "prosa_rumus": "perhitungan tertulis (a / b × 100 = c)",
    "angka_kata": "bilangan dan hurufnya berbeda",
    "hitung_indikator": "jumlah indikator tercapai/tidak tercapai",
    "tahun_judul": "tahun judul tabel ≠ tahun kolom",
    "tabel_teks": "nilai di tabel ≠ nilai di teks",
    "polaritas": "capaian indikator negatif",
    "capaian": "capaian ≠ realisasi / target",
    "anggaran_program": "baris program ≠ jumlah/rata-rata tertimbang rinciannya",
    "anggaran_baris": "persentase realisasi anggaran per baris",
    "narasi_banding": "perbandingan dalam kalimat bertentangan dengan angkanya",
    "header_rusak": "tabel dengan kepala terpotong/bergeser",
    "perubahan": "kolom perubahan (%) antar-tahun",
    "jumlah_kolom": "baris jumlah ≠ jumlah kolom",
}

KORPUS: tuple[Dok, ...] = (
    Dok("manggarai-timur-2019.txt", "Pemerintah Kabupaten Manggarai Timur (sasaran kesehatan)", 2019,
        "https://123dok.com/article/menurunnya-kematian-ibu-baru-melahirkan-anak-baru-lahir.qojrmjjz", (
            Salah("polaritas", "Balita per 1.000KH 1,5",
                  "Angka Kematian Balita (semakin rendah semakin baik): T 0,64, R 0,18; T/R = 0,64/0,18×100 = "
                  "355,56%, (2T−R)/T = (1,28−0,18)/0,64×100 = 171,88%; tercetak 72,52"),
            Salah("prosa_rumus", "0,16% (162/100.000), dikalikan",
                  "teks: realisasi 0,19% dibagi target 0,16% × 100 = 118,75%, tercetak 87,10% "
                  "(87,10 adalah 162/186, kebalikannya)"),
            Salah("tabel_teks", "dari target 9,5/1.000 KH",
                  "target AKB di tabel 9,20 per 1.000 KH, di teks 9,5/1.000 KH"),
        ), "Tabel hasil OCR, kepala tabel bergeser (Target/Realisasi sesudah kolom Capaian). Rata-rata 85,38 = "
           "(87,10+96,54+72,52)/3 = 85,387 dipotong: info, bukan galat."),
    Dok("bantul-dikdas-2016.txt", "Dinas Pendidikan Dasar Kabupaten Bantul", 2016,
        "https://123dok.com/document/q5pr76jy-laporan-kinerja-dinas-pendidikan-dasar-kabupaten-bantul-tahun.html", (
            Salah("angka_kata", "69 (enam puluh tujuh)", "69 ≠ enam puluh tujuh (67); kalimat sebelumnya 69 (enam "
                  "puluh sembilan)"),
        )),
    Dok("dumai-pupr-2020.txt", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Dumai", 2020,
        "https://123dok.com/article/capaian-kinerja-organisasi-akuntabilitas-kinerja.yev4vr50", (
            Salah("tahun_judul", "Tabel 3-1Indikator", "judul 'Tahun 2019', kolom 'Target Tahun 2020' dan "
                  "'Realisasi Tahun 2020'"),
        ), "Capaian 16,05 = 65/405×100 = 16,049: benar."),
    Dok("sumut-setda-2021.txt", "Sekretariat Daerah Provinsi Sumatera Utara", 2021,
        "https://fliphtml5.com/xgkox/cyxe/LAPORAN_KINERJA_SEKRETARIAT_DAERAH_PROVINSI_SUMATERA_UTARA_TAHUN_2021/49", (
            Salah("anggaran_baris", "398.379.650 307.055.630 80.5",
                  "307.055.630 / 398.379.650 × 100 = 77,08%, tercetak 80.5"),
            Salah("anggaran_program", "Otonomi Daerah 88.6",
                  "program: (702.188.300+188.957.200+351.953.546+307.055.630) / (749.930.215+216.194.000+"
                  "378.896.500+398.379.650) = 1.550.154.676 / 1.743.400.365 = 88,92%; tercetak 88.6 = rata-rata "
                  "sederhana (93,6+87,4+92,9+80,5)/4"),
        ), "Tabel hasil OCR: satu sel per baris, angka dengan titik desimal."),
    Dok("labura-inspektorat-2020.txt", "Inspektorat Kabupaten Labuhanbatu Utara (reviu IKP)", 2020,
        "https://id.scribd.com/document/678345672/Draft-Lhr-Lppd-Labura-2021-Bahan-1", (
            Salah("perubahan", "Indeks Pembangunan Manusia 71,43", "(71,61−71,43)/71,43 = 0,25%, tercetak −28,39%"),
            Salah("perubahan", "Angka Kemiskinan 9,57", "(9,53−9,57)/9,57 = −0,42%, tercetak −90,47%"),
            Salah("perubahan", "Angka Pengangguran 5,84", "(6,82−5,84)/5,84 = 16,78%, tercetak −93,18%"),
            Salah("perubahan", "Pertumbuhan Ekonomi 17.259,19",
                  "(17.306,59−17.259,19)/17.259,19 = 0,27%, tercetak 17.206,59"),
            Salah("perubahan", "Pendapatan per Kapita 24.378,34",
                  "(25.191,24−24.378,34)/24.378,34 = 3,33%, tercetak 25.091,24"),
            Salah("perubahan", "Ketimpangan Pendapatan 0,267", "(0,262−0,267)/0,267 = −1,87%, tercetak −99,738%"),
        ), "Kolom 'Perubahan %' berisi nilai tahun N dikurangi 100, bukan perubahannya."),
    # -- clean controls (figures that agree, or text without relations) ------------------------
    Dok("lampung-2015.txt", "Pemerintah Provinsi Lampung", 2015,
        "https://text-id.123dok.com/document/lzgjwrwvz-angka-kematian-ibu-aki-per-100-000-kelahiran-hidup.html",
        catatan="AKB negatif: (2×32−4,88)/32 = 184,75 dan (2×24−4,88)/24 = 179,67: benar."),
    Dok("bantul-dinkes-2016.txt", "Dinas Kesehatan Kabupaten Bantul", 2016,
        "https://pdfslide.tips/documents/ikhtisar-eksekutif-laporan-kinerja-dinas-kesehatan-tahun-2016-merupakan-suatu.html",
        catatan="3/5 = 60,00%, 1/5 = 20,00%, 3+1+1 = 5."),
    Dok("lombok-tengah-dp3ap2kb-2020.txt", "DP3AP2KB Kabupaten Lombok Tengah", 2020,
        "https://123dok.com/article/evaluasi-kinerja-pencapaian-sasaran-akuntabilitas-kinerja.qo50opg7",
        catatan="100/90 = 111,11; 53,85/69,23 = 77,78. Baris RATA-RATA tidak diambil: baris indikator 1 "
                "tidak ada pada salinan sumber."),
    Dok("tanah-datar-2015.txt", "Pemerintah Kabupaten Tanah Datar", 2015,
        "https://text-id.123dok.com/document/oy8nx7n5y-persentasepeningkatanjalan-ber-kualitas-baik.html",
        catatan="Jumlah jalan tiap tahun 1.408,8; 25,478/21 = 121,32. Teks dirapikan dari OCR berspasi."),
    Dok("sampang-inspektorat-2019.txt", "Inspektorat Daerah Kabupaten Sampang", 2019,
        "https://123dok.com/document/zx5dll94-baik-baik-cukup-kurang-kurang.html"),
    Dok("cilegon-dinsos-2017.txt", "Dinas Sosial Kota Cilegon", 2017,
        "https://vdokumen.com/laporan-akuntabilitas-kinerja-instansi-pemerintah-10-presentase-orang-terlantar.html"),
    Dok("sulteng-dinkes-2019.txt", "Dinas Kesehatan Provinsi Sulawesi Tengah", 2019,
        "https://123dok.com/article/melakukan-pelayanan-kesehatan-bergerak-terpencil-pegunungan-kepulauan-berjumlah.q5neo07q"),
    Dok("blimbing-2022.txt", "Kecamatan Blimbing, Kota Malang", 2022,
        "https://id.scribd.com/document/700554642/BAB-III-LAKIiP"),
    Dok("jabar-bppt-2013.txt", "Badan Pelayanan Perizinan Terpadu Provinsi Jawa Barat", 2013,
        "https://adoc.pub/download/laporan-pelayanan-perizinan-di-gerai-triwulan-pertama-2013-b.html",
        catatan="1864/2470 = 75,47%; 482/2470 = 19,51%; 52/2470 = 2,11%; 72/2470 = 2,91%. Tabel disusun ulang "
                "dengan tab dari tabel yang tercetak datar."),
    Dok("pppomn-2021.txt", "PPPOMN, Badan POM (instansi pusat, kontrol tambahan)", 2021,
        "https://123dok.com/article/capaian-kinerja-anggaran-triwulan-ii-tahun.z1dp5d78",
        catatan="24.126.484.000+48.022.572.000+33.221.482.000 = 105.370.538.000; 23.906.077.655/103.826.538.000 "
                "= 23,03%."),
    Dok("bawaslu-batang-2023.txt", "Bawaslu Kabupaten Batang (instansi vertikal, kontrol tambahan)", 2023,
        "https://radarpekalongan.disway.id/amp/51703/bawaslu-batang-tertibkan-4753-apk-yang-langgar-aturan/16",
        catatan="12.390.217.935/(12.390.217.935+1.228.681.065) = 90,98% ≈ 91%."),
    Dok("kesga-2017.txt", "Direktorat Kesehatan Keluarga, Kemenkes (instansi pusat, kontrol tambahan)", 2017,
        "https://123dok.com/document/ydvn1ogy-lakip-kesga-final.html"),
    Dok("kudu-2015.txt", "Kecamatan Kudu, Kabupaten Jombang", 2015,
        "https://adoc.pub/download/laporan-kinerja-instansi-pemerintah-lkip-kecamatan-kudu-tahu.html"),
    Dok("salam-babaris-2021.txt", "Kecamatan Salam Babaris, Kabupaten Tapin", 2021,
        "https://lawinsider.com/id/contracts/jkN5J8xk9zp"),
    Dok("banyudono-2019.txt", "Kecamatan Banyudono, Kabupaten Boyolali", 2019,
        "https://fdocuments.net/document/pemerintah-kabupaten-penyusunan-lkjip-merupakan-kewajiban-sebagaimana-diamanatkan.html"),
    Dok("kotabaru-jambi-2017.txt", "Kecamatan Kotabaru, Kota Jambi", 2017,
        "https://pdfslide.tips/documents/laporan-kinerja-lkj-kecamatan-kotabaru-laporan-kinerja-lkj-kecamatan-kotabaru.html"),
    Dok("kebonsari-2021.txt", "Kecamatan Kebonsari, Kabupaten Madiun", 2021,
        "https://kebonsari.madiunkab.go.id/sakip-kec-kebonsari/"),
    Dok("pilangkenceng-2022.txt", "Kecamatan Pilangkenceng, Kabupaten Madiun", 2022,
        "https://id.scribd.com/document/716789547/Laporan-Kinerja-2022-Kec-Pilangkenceng"),
    Dok("lima-puluh-kota-setda-2020.txt", "Sekretariat Daerah Kabupaten Lima Puluh Kota", 2020,
        "https://123dok.com/document/zllj9d2z-pemerintah-kabupaten-laporan-kinerja-instansi-pemerintah-sekretariat-sarilamak.html"),
    Dok("sleman-bkd-2016.txt", "Badan Kepegawaian Daerah Kabupaten Sleman", 2016,
        "https://fdokumen.com/document/kata-pengantar-bkpp-disusun-dalam-kerangka-akuntabilitas-instansi-pemerintah.html"),
    Dok("sumbar-bkd-2016.txt", "Badan Kepegawaian Daerah Provinsi Sumatera Barat", 2016,
        "https://123dok.com/document/zp0ld97q-file-badan-kepegawaian-daerah-provinsi-sumater-barat-lakip.html"),
    Dok("garut-dinkes-2019.txt", "Dinas Kesehatan Kabupaten Garut", 2019,
        "https://vdokumen.com/laporan-kinerja-instansi-pemerintah-lakip.html"),
    Dok("lumajang-dinsos-2021.txt", "Dinas Sosial Kabupaten Lumajang", 2021,
        "https://123dok.com/document/yngojo7k-laporan-kinerja-instansi-pemerintah.html"),
    Dok("grobogan-dukcapil-2019.txt", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Grobogan", 2019,
        "https://123dok.com/document/qoj9n80z-a-gambaran-umum-organisasi-susunan-kedudukan-tugas-pokok.html"),
)


def _baris(lokasi: str) -> set[int]:
    return {int(n) for n in re.findall(r"baris (\d+)", lokasi)}


def baris_penanda(teks: str, penanda: str) -> int:
    for i, line in enumerate(teks.splitlines(), start=1):
        if penanda in line:
            return i
    raise ValueError(f"penanda tidak ditemukan: {penanda!r}")


def temuan_berarti(hasil: HasilReviu) -> list[tuple[set[int], str]]:
    """Findings that count (galat, peringatan) with the lines they point at."""
    return [(_baris(t.lokasi), t.kode) for t in hasil.temuan if t.tingkat is not TingkatTemuan.INFO]


def kena(hasil: HasilReviu, baris: int, jarak: int = 3) -> bool:
    return any(any(baris - jarak <= b <= baris + 1 for b in lines) for lines, _ in temuan_berarti(hasil))


@dataclass
class Ukuran:
    per_jenis: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # [kena, semua]
    kontrol: dict[str, int] = field(default_factory=dict)  # findings per clean control
    luput: list[str] = field(default_factory=list)

    @property
    def kena(self) -> int:
        return sum(v[0] for v in self.per_jenis.values())

    @property
    def semua(self) -> int:
        return sum(v[1] for v in self.per_jenis.values())

    @property
    def recall(self) -> float:
        return self.kena / self.semua if self.semua else 1.0


def ukur_korpus(korpus: tuple[Dok, ...] = KORPUS) -> Ukuran:
    u = Ukuran()
    for d in korpus:
        teks = (FOLDER / d.berkas).read_text(encoding="utf-8")
        hasil = reviu_dokumen(teks.encode(), d.berkas)
        if not d.temuan:
            u.kontrol[d.berkas] = len(temuan_berarti(hasil))
            continue
        # one finding counts for one inconsistency only: rows printed on adjacent lines each need their own
        bebas = [lines for lines, _ in temuan_berarti(hasil)]
        for s in d.temuan:
            n = baris_penanda(teks, s.penanda)
            cocok = sorted((min(abs(b - n) for b in lines), j) for j, lines in enumerate(bebas)
                           if any(n - 3 <= b <= n + 1 for b in lines))
            ok = bool(cocok)
            if ok:
                bebas.pop(cocok[0][1])
            u.per_jenis[s.jenis][1] += 1
            u.per_jenis[s.jenis][0] += int(ok)
            if not ok:
                u.luput.append(f"{d.berkas} baris {n} ({s.jenis}): {s.hitungan}")
    return u
