"""The "Pernyataan Telah Direviu" the Inspektur signs and the LKjIP carries in its lampiran.

PermenPAN-RB 53/2014 (tata cara reviu) as the domain notes know it (siklus-lanjutan §2f): the
APIP reviews the draft LKjIP to give limited assurance on the accuracy, reliability and validity
of its performance information; the substance stays management's responsibility; the statement
says no matter was found that casts doubt on the reliability of the information. One page,
house style of the other documents (the PK's signature block and fonts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from docx.enum.text import WD_ALIGN_PARAGRAPH

from sakip.core import formatting as fmt
from sakip.core.nip import NIPError, parse_nip
from sakip.kertaskerja.models import PernyataanReviu

from .data import Penandatangan, nama_lengkap_unit, tempat
from .docxkit import Dokumen
from .pdf import docx_ke_pdf

FORMAT = ("docx", "pdf")


@dataclass(frozen=True)
class IsiPernyataan:
    nomor: str
    tanggal: date
    tempat: str
    unit: str  # the reviewed unit's full name
    pemda: str
    tahun: int
    penandatangan: Penandatangan
    dijelaskan: int = 0  # findings the reviewer accepted as explained


def dokumen_pernyataan(isi: IsiPernyataan) -> Dokumen:
    """The statement on one page."""
    d = Dokumen()
    d.paragraf("PERNYATAAN TELAH DIREVIU", rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=14, setelah=0)
    d.paragraf(f"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {isi.tahun}", rata=WD_ALIGN_PARAGRAPH.CENTER,
               tebal=True, ukuran=12, setelah=0)
    d.paragraf(isi.unit.upper(), rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=12, setelah=0)
    d.paragraf(f"Nomor: {isi.nomor}", rata=WD_ALIGN_PARAGRAPH.CENTER, ukuran=11, setelah=18)
    d.paragraf(f"Kami telah mereviu Laporan Kinerja Instansi Pemerintah (LKjIP) {isi.unit} {isi.pemda} Tahun "
               f"{isi.tahun} sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
               f"Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara "
               f"Reviu atas Laporan Kinerja Instansi Pemerintah. Substansi informasi yang dimuat dalam Laporan "
               f"Kinerja tersebut menjadi tanggung jawab manajemen {isi.unit}.")
    d.paragraf("Reviu bertujuan untuk memberikan keyakinan terbatas mengenai akurasi, keandalan dan keabsahan "
               "informasi kinerja dalam Laporan Kinerja kepada pimpinan instansi pemerintah. Reviu mencakup "
               "penelaahan format dan kelengkapan laporan, mekanisme pengumpulan data dan dokumentasinya, "
               "konsistensi Rencana Strategis, Perjanjian Kinerja dan Indikator Kinerja Utama dengan Laporan "
               "Kinerja, penghitungan kembali capaian kinerja, serta kecukupan analisis capaian.")
    if isi.dijelaskan:
        d.paragraf(f"Sebanyak {isi.dijelaskan} temuan reviu telah dijelaskan oleh manajemen dan penjelasannya "
                   f"diterima; rinciannya dimuat dalam Kertas Kerja Reviu.")
    d.paragraf("Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan dalam "
               "meyakini keandalan informasi yang disajikan di dalam Laporan Kinerja ini.", setelah=18)
    p = isi.penandatangan
    d.tanda_tangan([[f"{isi.tempat}, {fmt.tanggal(isi.tanggal)}", p.jabatan_kapital, "", p.nama,
                     *([p.pangkat] if p.pangkat else []), *([f"NIP {p.nip}"] if p.nip else [])]],
                   lebar_cm=8.5, kanan=True)
    d.doc.core_properties.title = f"Pernyataan Telah Direviu LKjIP {isi.unit} Tahun {isi.tahun}"
    d.doc.core_properties.author = p.jabatan
    return d


def render_pernyataan(isi: IsiPernyataan, fmt_berkas: str) -> bytes:
    """The statement as DOCX or PDF (the PDF is the DOCX laid out by LibreOffice)."""
    if fmt_berkas not in FORMAT:
        raise ValueError(f"Format {fmt_berkas!r} tidak dikenal; pilih docx atau pdf.")
    docx = dokumen_pernyataan(isi).simpan()
    return docx if fmt_berkas == "docx" else docx_ke_pdf(docx)


def muat_pernyataan(p: PernyataanReviu, *, dijelaskan: int = 0) -> IsiPernyataan:
    """What the statement prints, read from the stored Pernyataan of a PD-year."""
    pejabat = p.penandatangan
    try:
        nip = parse_nip(pejabat.nip).tampil if pejabat.nip else ""
    except NIPError:
        nip = pejabat.nip  # validated on input; print what is stored rather than hide it
    return IsiPernyataan(
        nomor=p.nomor, tanggal=p.tanggal, tempat=tempat(p.unit.pemda), unit=nama_lengkap_unit(p.unit),
        pemda=p.unit.pemda.nama, tahun=p.tahun,
        penandatangan=Penandatangan(pejabat.nama_lengkap, p.jabatan, pejabat.pangkat_golongan, nip),
        dijelaskan=dijelaskan,
    )
