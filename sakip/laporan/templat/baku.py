"""The readable source of the default Word templates: ``python -m sakip.laporan.templat.baku`` rewrites them.

Each function writes one template with the same ``Dokumen`` calls the generators used before the
wording moved into templates, with Jinja tags (docxtpl) where the data goes, so the default output
is the very document Sakip wrote before. ``test_templat.py`` checks the committed .docx files are
what this module writes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

from ..docxkit import Dokumen, Kolom

FOLDER = Path(__file__).parent
C = WD_ALIGN_PARAGRAPH.CENTER


def lkjip_sampul(d: Dokumen) -> None:
    d.paragraf("{%p if logo %}")
    d.paragraf("{{ logo }}", rata=C, setelah=12)
    d.paragraf("{%p endif %}")
    d.paragraf("", setelah=60)
    d.paragraf("LAPORAN KINERJA\nINSTANSI PEMERINTAH", rata=C, tebal=True, ukuran=22, setelah=6)
    d.paragraf("(LKjIP)", rata=C, tebal=True, ukuran=18, setelah=6)
    d.paragraf("TAHUN {{ tahun }}", rata=C, tebal=True, ukuran=18, setelah=120)
    # The unit's name, and on a second line its parent's when it is a sub unit.
    d.paragraf("{{ unit|upper }}{% if induk %}\n{{ induk|upper }}{% endif %}", rata=C, tebal=True, ukuran=18,
               setelah=150)
    d.paragraf("PEMERINTAH {{ pemda|upper }}", rata=C, tebal=True, ukuran=14, setelah=4)
    d.paragraf("{{ bulan_tahun|upper }}", rata=C, tebal=True, ukuran=14)


def lkjip_kata_pengantar(d: Dokumen) -> None:
    d.paragraf("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas rahmat dan karunia-Nya, sehingga "
               "kami dapat melaksanakan amanah dalam bidang tugas kami masing-masing bagi kepentingan negara, "
               "nusa dan bangsa.")
    d.paragraf("Sebagai tindak lanjut Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
               "Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
               "Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan "
               "Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah, {{ unit }} {{ pemda }} "
               "menyajikan Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun {{ tahun }}. Laporan ini merupakan "
               "wujud pertanggungjawaban pelaksanaan Perjanjian Kinerja Tahun {{ tahun }}, yang berisi "
               "informasi tentang keberhasilan maupun kegagalan pencapaian sasaran yang telah ditetapkan, "
               "termasuk hambatan yang dihadapi dan upaya pemecahannya.")
    d.paragraf("Seluruh angka dalam laporan ini dihitung dari data perencanaan, perjanjian kinerja, realisasi "
               "dan anggaran yang tercatat pada aplikasi Sakip, sehingga setiap angka dapat ditelusuri kembali "
               "ke sumbernya.")
    d.paragraf("Kami menyampaikan terima kasih dan penghargaan kepada semua pihak yang telah bekerja keras "
               "dalam penyusunan laporan ini. Semoga laporan ini bermanfaat sebagai bahan evaluasi dan "
               "perbaikan kinerja pada tahun-tahun mendatang.", setelah=18)


def lkjip_latar_belakang(d: Dokumen) -> None:
    d.paragraf("Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) sebagaimana diatur dalam Peraturan "
               "Presiden Nomor 29 Tahun 2014 merupakan rangkaian sistematis kegiatan penetapan, pengukuran, "
               "pengelolaan data dan pelaporan kinerja sebagai wujud pertanggungjawaban dan peningkatan kinerja "
               "instansi pemerintah. Pelaporan kinerja merupakan unsur wajib SAKIP.")
    d.paragraf("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 "
               "memberikan petunjuk teknis penyusunan perjanjian kinerja, pelaporan kinerja dan tata cara reviu "
               "atas laporan kinerja. Laporan kinerja menyajikan capaian target, analisis penyebab keberhasilan "
               "atau kegagalan, efisiensi penggunaan sumber daya serta perbandingan dengan tahun-tahun "
               "sebelumnya dan dengan target jangka menengah.")
    d.paragraf("Laporan Kinerja Instansi Pemerintah {{ unit }} Tahun {{ tahun }} disusun sebagai "
               "pertanggungjawaban atas pelaksanaan Perjanjian Kinerja Tahun {{ tahun }} dan sebagai umpan balik "
               "bagi perencanaan tahun berikutnya.")


def lkjip_sistematika(d: Dokumen) -> None:
    d.paragraf("Sistematika penyusunan Laporan Kinerja Instansi Pemerintah {{ unit }} Tahun {{ tahun }} "
               "terdiri atas empat bab dan lampiran:", lekat=True)
    for judul, isi in (
        ("Bab I Pendahuluan", "menyampaikan secara ringkas latar belakang penyusunan laporan; gambaran umum "
         "yang meliputi kedudukan, tugas dan fungsi, struktur organisasi dan aset; isu-isu strategis; serta "
         "sistematika penulisan."),
        ("Bab II Perencanaan Kinerja", "menyampaikan ringkasan perencanaan strategis (penjenjangan strategis "
         "dan indikator kinerja utama) serta perjanjian kinerja sebagai dasar pelaporan kinerja."),
        ("Bab III Akuntabilitas Kinerja", "menyampaikan pengukuran capaian kinerja terhadap target perjanjian "
         "kinerja, analisis capaian setiap indikator (perbandingan dengan tahun-tahun sebelumnya, dengan target "
         "akhir periode dan dengan capaian pihak lain), faktor pendorong dan penghambat beserta tindak lanjutnya, "
         "prestasi kinerja lainnya, serta realisasi anggaran dan efisiensinya."),
        ("Bab IV Penutup", "menyampaikan kesimpulan umum atas capaian kinerja serta upaya perbaikan kinerja "
         "pada tahun-tahun mendatang."),
        ("Lampiran", "memuat dokumen Perjanjian Kinerja dan Formulir E-81 evaluasi hasil Renja."),
    ):
        d.butir("•", f"{judul}: {isi}")


def lkjip_penutup(d: Dokumen) -> None:
    d.paragraf("Dari {{ jumlah }} indikator sasaran strategis {{ judul_pk }} {{ unit }} Tahun {{ tahun }}, "
               "{{ melampaui }} indikator melampaui target, {{ tepat }} indikator tepat mencapai target, "
               "{{ belum }} indikator belum mencapai target dan {{ tidak_terukur }} indikator tidak dapat diukur, "
               "dengan rata-rata capaian sebesar {{ rata_rata }}. Dari pagu anggaran sebesar {{ pagu }}, "
               "realisasi anggaran sampai dengan akhir tahun {{ tahun }} sebesar {{ realisasi_anggaran }} atau "
               "{{ persen_anggaran }}{% if efisiensi %}, sehingga efisiensi penggunaan sumber daya sebesar "
               "{{ efisiensi }}{% endif %}.")


def _identitas(d: Dokumen, pihak: str) -> None:
    kolom = [Kolom("", 2.5), Kolom("", 0.5), Kolom("", d.lebar - 3.5)]
    d.tabel(kolom, [["Nama", ":", f"{{{{ {pihak}.nama }}}}"], ["Jabatan", ":", f"{{{{ {pihak}.jabatan }}}}"]],
            kepala=[], garis=False, ukuran=11, judul_berulang=False)


def _perubahan(d: Dokumen) -> None:
    d.paragraf("{%p if perubahan and alasan %}")
    d.paragraf("Perjanjian kinerja ini merupakan perubahan atas perjanjian kinerja tahun {{ tahun }} "
               "sebelumnya, dengan alasan: {{ alasan }}.")
    d.paragraf("{%p endif %}")


def pk_naskah(d: Dokumen) -> None:
    d.paragraf("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
               "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
    _identitas(d, "pihak_pertama")
    d.paragraf("selanjutnya disebut pihak pertama.")
    _identitas(d, "pihak_kedua")
    d.paragraf("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.")
    _perubahan(d)
    d.paragraf("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
               "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
               "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja "
               "tersebut menjadi tanggung jawab kami.")
    d.paragraf("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap "
               "capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka "
               "pemberian penghargaan dan sanksi.", setelah=12)


def pk_naskah_kepala_daerah(d: Dokumen) -> None:
    d.paragraf("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
               "berorientasi pada hasil, yang bertanda tangan di bawah ini:")
    _identitas(d, "pihak_pertama")
    _perubahan(d)
    d.paragraf("berjanji akan mewujudkan target kinerja tahunan Pemerintah {{ pemda }} sesuai lampiran "
               "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
               "ditetapkan dalam dokumen perencanaan (RPJMD). Keberhasilan dan kegagalan pencapaian target "
               "kinerja tersebut menjadi tanggung jawab kami.", setelah=12)


def lhe_pengantar(d: Dokumen) -> None:
    for i, line in enumerate(["LAPORAN HASIL EVALUASI", "AKUNTABILITAS KINERJA INSTANSI PEMERINTAH",
                              "{{ unit_lengkap|upper }}", "TAHUN {{ tahun }}"]):
        d.paragraf(line, rata=C, tebal=True, ukuran=13 if i == 0 else 12, setelah=0)
    d.paragraf("", setelah=6)
    d.paragraf("{%p if nomor %}")
    d.paragraf("Nomor: {{ nomor }}", rata=C)
    d.paragraf("{%p endif %}")
    d.judul("A. Hasil Evaluasi", 2, daftar=False)
    d.paragraf("Berdasarkan evaluasi atas implementasi SAKIP {{ unit }} tahun {{ tahun }} dengan "
               "{{ lke }}, diperoleh nilai {{ nilai }} dengan predikat {{ predikat }} "
               "({{ predikat_label }}). Predikat ditetapkan menurut {{ aturan }}.")


# -- The Pemda's own LKjIP (the Kabupaten as a whole) --------------------------------------------

def lkjip_pemda_sampul(d: Dokumen) -> None:
    d.paragraf("{%p if logo %}")
    d.paragraf("{{ logo }}", rata=C, setelah=12)
    d.paragraf("{%p endif %}")
    d.paragraf("", setelah=60)
    d.paragraf("LAPORAN KINERJA\nINSTANSI PEMERINTAH", rata=C, tebal=True, ukuran=22, setelah=6)
    d.paragraf("(LKjIP)", rata=C, tebal=True, ukuran=18, setelah=6)
    d.paragraf("TAHUN {{ tahun }}", rata=C, tebal=True, ukuran=18, setelah=150)
    d.paragraf("{{ unit|upper }}", rata=C, tebal=True, ukuran=18, setelah=150)
    d.paragraf("{{ bulan_tahun|upper }}", rata=C, tebal=True, ukuran=14)


def lkjip_pemda_kata_pengantar(d: Dokumen) -> None:
    d.paragraf("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas rahmat dan karunia-Nya, sehingga "
               "Laporan Kinerja Instansi Pemerintah (LKjIP) {{ unit }} Tahun {{ tahun }} dapat diselesaikan.")
    d.paragraf("Sebagai tindak lanjut Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
               "Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
               "Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan "
               "Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah, {{ unit }} menyajikan Laporan Kinerja "
               "Instansi Pemerintah Tahun {{ tahun }}. Laporan ini merupakan wujud pertanggungjawaban "
               "pencapaian {{ dasar }}, yang berisi informasi tentang keberhasilan maupun "
               "kegagalan pencapaian sasaran pembangunan daerah, capaian kinerja seluruh perangkat daerah, "
               "penggunaan anggaran, serta hambatan yang dihadapi dan upaya pemecahannya.")
    d.paragraf("Seluruh angka dalam laporan ini dihitung dari data perencanaan, perjanjian kinerja, realisasi "
               "dan anggaran perangkat daerah yang tercatat pada aplikasi Sakip, sehingga setiap angka dapat "
               "ditelusuri kembali ke sumbernya.")
    d.paragraf("Kami menyampaikan terima kasih kepada seluruh perangkat daerah dan semua pihak yang telah "
               "berperan dalam pencapaian kinerja dan penyusunan laporan ini. Semoga laporan ini bermanfaat "
               "sebagai bahan evaluasi dan perbaikan kinerja pada tahun-tahun mendatang.", setelah=18)


def lkjip_pemda_latar_belakang(d: Dokumen) -> None:
    d.paragraf("Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) sebagaimana diatur dalam Peraturan "
               "Presiden Nomor 29 Tahun 2014 merupakan rangkaian sistematis kegiatan penetapan, pengukuran, "
               "pengelolaan data dan pelaporan kinerja sebagai wujud pertanggungjawaban dan peningkatan kinerja "
               "instansi pemerintah. Pemerintah daerah wajib menyusun laporan kinerja tahunan yang disampaikan "
               "Kepala Daerah.")
    d.paragraf("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 "
               "memberikan petunjuk teknis penyusunan perjanjian kinerja, pelaporan kinerja dan tata cara reviu "
               "atas laporan kinerja. Laporan kinerja pemerintah daerah menyajikan capaian Indikator Kinerja "
               "Utama, analisis penyebab keberhasilan atau kegagalan, efisiensi penggunaan sumber daya serta "
               "perbandingan dengan tahun-tahun sebelumnya dan dengan target jangka menengah.")
    d.paragraf("Laporan Kinerja {{ unit }} Tahun {{ tahun }} disusun sebagai pertanggungjawaban atas "
               "pelaksanaan {{ dasar }} dan sebagai umpan balik bagi perencanaan tahun berikutnya.")


def lkjip_pemda_sistematika(d: Dokumen) -> None:
    d.paragraf("Sistematika penyusunan Laporan Kinerja {{ unit }} Tahun {{ tahun }} terdiri atas empat bab "
               "dan lampiran:", lekat=True)
    for judul, isi in (
        ("Bab I Pendahuluan", "menyampaikan latar belakang, gambaran umum dan isu-isu strategis pemerintah "
         "daerah serta sistematika penulisan."),
        ("Bab II Perencanaan Kinerja", "menyampaikan visi, misi, tujuan dan sasaran Rencana Pembangunan Jangka "
         "Menengah Daerah (RPJMD), Indikator Kinerja Utama (IKU) pemerintah daerah serta perjanjian kinerja "
         "Kepala Daerah."),
        ("Bab III Akuntabilitas Kinerja", "menyampaikan pengukuran dan analisis capaian IKU pemerintah daerah "
         "(perbandingan dengan tahun-tahun sebelumnya dan dengan target akhir RPJMD), capaian kinerja setiap "
         "perangkat daerah, serta realisasi anggaran seluruh perangkat daerah dan efisiensinya."),
        ("Bab IV Penutup", "menyampaikan kesimpulan umum atas capaian kinerja serta upaya perbaikan kinerja "
         "pada tahun-tahun mendatang."),
        ("Lampiran", "memuat dokumen Perjanjian Kinerja Kepala Daerah bila ada."),
    ):
        d.butir("•", f"{judul}: {isi}")


def lkjip_pemda_penutup(d: Dokumen) -> None:
    d.paragraf("Dari {{ jumlah }} indikator {{ judul_pk }} {{ unit }} Tahun {{ tahun }}, {{ melampaui }} indikator "
               "melampaui target, {{ tepat }} indikator tepat mencapai target, {{ belum }} indikator belum "
               "mencapai target dan {{ tidak_terukur }} indikator tidak dapat diukur, dengan rata-rata capaian "
               "sebesar {{ rata_rata }}. Rata-rata capaian kinerja {{ jumlah_pd }} perangkat daerah sebesar "
               "{{ rata_rata_pd }}. Dari pagu anggaran seluruh perangkat daerah sebesar {{ pagu }}, realisasi "
               "sampai dengan akhir tahun {{ tahun }} sebesar {{ realisasi_anggaran }} atau {{ persen_anggaran }}"
               "{% if efisiensi %}, sehingga efisiensi penggunaan sumber daya sebesar {{ efisiensi }}{% endif %}.")


PENULIS: dict[str, Callable[[Dokumen], None]] = {
    f.__name__: f for f in (lkjip_sampul, lkjip_kata_pengantar, lkjip_latar_belakang, lkjip_sistematika,
                            lkjip_penutup, pk_naskah, pk_naskah_kepala_daerah, lhe_pengantar, lkjip_pemda_sampul,
                            lkjip_pemda_kata_pengantar, lkjip_pemda_latar_belakang, lkjip_pemda_sistematika,
                            lkjip_pemda_penutup)
}


def tulis(kode: str) -> bytes:
    """The default template of one kind, as the .docx bytes this module writes."""
    d = Dokumen()
    PENULIS[kode](d)
    # Fixed metadata: the committed files do not change each time they are rewritten.
    from datetime import UTC, datetime
    d.metadata(judul=f"Templat {kode}", subjek="Templat dokumen Sakip", penulis="Sakip", kata_kunci="templat",
               dibuat=datetime(2026, 1, 1, tzinfo=UTC))
    return d.simpan()


def _isi(docx: bytes) -> bytes:
    import io
    import zipfile

    return zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml")


def main() -> None:
    """Rewrite the templates whose text changed (a zip differs each time it is written, the text does not)."""
    for kode in PENULIS:
        berkas, baru = FOLDER / f"{kode}.docx", tulis(kode)
        if not berkas.exists() or _isi(berkas.read_bytes()) != _isi(baru):
            berkas.write_bytes(baru)
            print(f"ditulis: {berkas.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
