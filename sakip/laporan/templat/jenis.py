"""The kinds of Word template a Pemda may replace: what each prints and the variables it receives.

Every variable is a ready-formatted string (Indonesian numbers, dates, Rupiah from
``sakip.core.formatting``), a person (``nama``, ``jabatan``, ``jabatan_kapital``, ``pangkat``,
``nip``), a yes/no flag or, for ``logo``, a picture or nothing. The sample context of a kind is
what an uploaded template is tried with before it is accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

ORANG = "orang: .nama, .jabatan, .jabatan_kapital (huruf kapital), .pangkat, .nip (boleh kosong)"


@dataclass(frozen=True)
class Jenis:
    kode: str
    judul: str
    keterangan: str  # which part of which document the template writes
    variabel: Mapping[str, str]  # name -> what it holds (docs/templat-dokumen.md lists the same)
    contoh: Mapping[str, object] = field(default_factory=dict)

    @property
    def berkas(self) -> str:
        return f"{self.kode}.docx"


def _orang(nama: str, jabatan: str, nip: str = "19700101 199001 1 001") -> dict[str, str]:
    return {"nama": nama, "jabatan": jabatan, "jabatan_kapital": jabatan.upper(), "pangkat": "Pembina (IV/a)",
            "nip": nip}


_UMUM = {
    "pemda": "nama Pemda, mis. 'Kabupaten Mojokerto'",
    "unit": "nama unit, mis. 'Kecamatan Mojosari'",
    "tahun": "tahun laporan (bilangan), mis. 2025",
}
_CONTOH_UMUM: dict[str, object] = {"pemda": "Kabupaten Contoh", "unit": "Dinas Contoh", "tahun": 2025}

JENIS: dict[str, Jenis] = {j.kode: j for j in (
    Jenis("lkjip_sampul", "LKjIP — sampul", "halaman sampul LKjIP perangkat daerah (tanpa nomor halaman)",
          {**_UMUM, "induk": "nama unit induk bila unit ini sub unit, selain itu kosong",
           "tanggal": "tanggal laporan, mis. '30 Januari 2026'",
           "bulan_tahun": "bulan dan tahun laporan, mis. 'Januari 2026'",
           "logo": "logo Pemda (gambar) atau kosong; tulis {{ logo }} di paragrafnya sendiri"},
          {**_CONTOH_UMUM, "induk": "", "tanggal": "30 Januari 2026", "bulan_tahun": "Januari 2026", "logo": None}),
    Jenis("lkjip_kata_pengantar", "LKjIP — kata pengantar",
          "isi Kata Pengantar (judul dan tanda tangan kepala ditulis Sakip)",
          {**_UMUM, "tempat": "tempat penandatanganan, mis. 'Mojokerto'",
           "tanggal": "tanggal laporan", "kepala": ORANG},
          {**_CONTOH_UMUM, "tempat": "Contoh", "tanggal": "30 Januari 2026",
           "kepala": _orang("Nama Kepala, S.E.", "Kepala Dinas Contoh")}),
    Jenis("lkjip_latar_belakang", "LKjIP — BAB I latar belakang",
          "I.1 Latar Belakang bila unit belum menulis latar belakangnya sendiri", dict(_UMUM), dict(_CONTOH_UMUM)),
    Jenis("lkjip_sistematika", "LKjIP — BAB I sistematika penulisan", "I.4 Sistematika Penulisan",
          dict(_UMUM), dict(_CONTOH_UMUM)),
    Jenis("lkjip_penutup", "LKjIP — BAB IV kesimpulan",
          "kalimat pembuka IV.1 Kesimpulan (narasi kesimpulan unit menyusul)",
          {**_UMUM, "judul_pk": "judul PK terakhir, mis. 'Perjanjian Kinerja Perubahan'",
           "jumlah": "jumlah indikator sasaran strategis", "melampaui": "jumlah yang melampaui target",
           "tepat": "jumlah yang tepat mencapai target", "belum": "jumlah yang belum mencapai target",
           "tidak_terukur": "jumlah yang tidak dapat diukur", "rata_rata": "rata-rata capaian, mis. '100,71%'",
           "pagu": "pagu anggaran, mis. 'Rp 10.807.365.855,00'", "realisasi_anggaran": "realisasi anggaran",
           "persen_anggaran": "persentase realisasi anggaran",
           "efisiensi": "efisiensi penggunaan sumber daya, kosong bila tidak dapat dihitung"},
          {**_CONTOH_UMUM, "judul_pk": "Perjanjian Kinerja", "jumlah": "4", "melampaui": "2", "tepat": "1",
           "belum": "1", "tidak_terukur": "0", "rata_rata": "100,71%", "pagu": "Rp\u00a01.000.000,00",
           "realisasi_anggaran": "Rp\u00a0900.000,00", "persen_anggaran": "90,00%", "efisiensi": "10,71%"}),
    Jenis("pk_naskah", "PK — naskah perjanjian",
          "naskah Perjanjian Kinerja antara dua pihak, antara judul dan tanda tangan",
          {**_UMUM, "pihak_pertama": ORANG, "pihak_kedua": ORANG,
           "perubahan": "ya bila PK perubahan", "alasan": "alasan perubahan (kosong pada PK awal)"},
          {**_CONTOH_UMUM, "pihak_pertama": _orang("Nama Kepala, S.E.", "Kepala Dinas Contoh"),
           "pihak_kedua": _orang("Nama Bupati", "Bupati Contoh", nip=""), "perubahan": True,
           "alasan": "perubahan anggaran"}),
    Jenis("pk_naskah_kepala_daerah", "PK — naskah Kepala Daerah",
          "naskah Perjanjian Kinerja Kepala Daerah (satu penanda tangan), antara judul dan tanda tangan",
          {**_UMUM, "pihak_pertama": ORANG, "perubahan": "ya bila PK perubahan",
           "alasan": "alasan perubahan (kosong pada PK awal)"},
          {**_CONTOH_UMUM, "pihak_pertama": _orang("Nama Bupati", "Bupati Contoh", nip=""), "perubahan": False,
           "alasan": ""}),
    Jenis("lhe_pengantar", "LHE — judul dan hasil evaluasi",
          "judul Laporan Hasil Evaluasi AKIP dan kalimat hasilnya (tabel nilai menyusul)",
          {**_UMUM, "unit_lengkap": "nama unit dengan unit induknya", "nomor": "nomor LHE (boleh kosong)",
           "lke": "nama Lembar Kerja Evaluasi", "nilai": "nilai hasil evaluasi, mis. '84,32'",
           "predikat": "predikat, mis. 'A'", "predikat_label": "arti predikat, mis. 'Memuaskan'",
           "aturan": "aturan penetapan predikat"},
          {**_CONTOH_UMUM, "unit_lengkap": "Dinas Contoh", "nomor": "700/1/2026", "lke": "LKE 88/2021",
           "nilai": "84,32", "predikat": "A", "predikat_label": "Memuaskan", "aturan": "PermenPAN-RB 88/2021"}),
    Jenis("lkjip_pemda_sampul", "LKjIP Pemda — sampul", "halaman sampul LKjIP pemerintah daerah (Kabupaten)",
          {**_UMUM, "unit": "nama pemerintah daerah, mis. 'Pemerintah Kabupaten Mojokerto'",
           "tanggal": "tanggal laporan", "bulan_tahun": "bulan dan tahun laporan",
           "logo": "logo Pemda (gambar) atau kosong"},
          {**_CONTOH_UMUM, "unit": "Pemerintah Kabupaten Contoh", "tanggal": "30 Januari 2026",
           "bulan_tahun": "Januari 2026", "logo": None}),
    Jenis("lkjip_pemda_kata_pengantar", "LKjIP Pemda — kata pengantar",
          "isi Kata Pengantar LKjIP pemerintah daerah (judul dan tanda tangan Kepala Daerah ditulis Sakip)",
          {**_UMUM, "tempat": "tempat penandatanganan", "tanggal": "tanggal laporan", "kepala": ORANG,
           "dasar": "dasar pengukuran, mis. 'Perjanjian Kinerja Bupati Mojokerto Tahun 2025'"},
          {**_CONTOH_UMUM, "unit": "Pemerintah Kabupaten Contoh", "tempat": "Contoh", "tanggal": "30 Januari 2026",
           "kepala": _orang("Nama Bupati", "Bupati Contoh", nip=""),
           "dasar": "Perjanjian Kinerja Bupati Contoh Tahun 2025"}),
    Jenis("lkjip_pemda_latar_belakang", "LKjIP Pemda — BAB I latar belakang",
          "I.1 Latar Belakang LKjIP pemerintah daerah bila belum ditulis sendiri",
          {**_UMUM, "dasar": "yang dipertanggungjawabkan, mis. 'Perjanjian Kinerja Bupati Mojokerto Tahun 2025'"},
          {**_CONTOH_UMUM, "unit": "Pemerintah Kabupaten Contoh",
           "dasar": "Perjanjian Kinerja Bupati Contoh Tahun 2025"}),
    Jenis("lkjip_pemda_sistematika", "LKjIP Pemda — BAB I sistematika penulisan",
          "I.4 Sistematika Penulisan LKjIP pemerintah daerah", dict(_UMUM),
          {**_CONTOH_UMUM, "unit": "Pemerintah Kabupaten Contoh"}),
    Jenis("lkjip_pemda_penutup", "LKjIP Pemda — BAB IV kesimpulan",
          "kalimat pembuka IV.1 Kesimpulan LKjIP pemerintah daerah",
          {**_UMUM, "judul_pk": "judul pengukuran terakhir, mis. 'Indikator Kinerja Utama'",
           "jumlah": "jumlah indikator", "melampaui": "jumlah yang melampaui target",
           "tepat": "jumlah yang tepat mencapai target", "belum": "jumlah yang belum mencapai target",
           "tidak_terukur": "jumlah yang tidak dapat diukur", "rata_rata": "rata-rata capaian",
           "jumlah_pd": "jumlah perangkat daerah yang diukur", "rata_rata_pd": "rata-rata capaian perangkat daerah",
           "pagu": "pagu anggaran seluruh perangkat daerah", "realisasi_anggaran": "realisasi anggaran",
           "persen_anggaran": "persentase realisasi anggaran",
           "efisiensi": "efisiensi penggunaan sumber daya, kosong bila tidak dapat dihitung"},
          {**_CONTOH_UMUM, "unit": "Pemerintah Kabupaten Contoh", "judul_pk": "Indikator Kinerja Utama",
           "jumlah": "4", "melampaui": "2", "tepat": "1", "belum": "1", "tidak_terukur": "0",
           "rata_rata": "100,71%", "jumlah_pd": "48", "rata_rata_pd": "98,50%", "pagu": "Rp\u00a01.000.000,00",
           "realisasi_anggaran": "Rp\u00a0900.000,00", "persen_anggaran": "90,00%", "efisiensi": "10,71%"}),
)}
