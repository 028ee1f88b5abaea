"""The Perjanjian Kinerja document (PermenPAN-RB 53/2014 Lampiran I; SAKIP-rules §1.3).

The agreement page with both parties and their signature blocks, then the lampiran: sasaran,
indikator and target, and the programs with their budget and its total. The same writer
serves the stand-alone document and the Lampiran of the LKjIP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from docx.enum.text import WD_ALIGN_PARAGRAPH

from sakip.core import formatting as fmt
from sakip.core.budget import BudgetLine, TingkatAnggaran
from sakip.core.budget import total as budget_total
from sakip.core.narasi import nilai_satuan
from sakip.organisasi.models import JenisUnit
from sakip.perjanjian.models import PerjanjianKinerja, Versi

from . import templat
from .data import DI_PK, Penandatangan, nama_lengkap_unit, penandatangan, tempat
from .docxkit import Dokumen, Kolom, Rata, Sel
from .galat import DataKurang
from .gambar_profil import logo_pemda, sisip_logo


@dataclass(frozen=True)
class BarisTarget:
    sasaran: str
    lainnya: bool
    indikator: str
    target: str  # with its unit, as agreed: '92', '100%', '1 Inovasi'


@dataclass(frozen=True)
class BarisAnggaranPK:
    nama: str
    jumlah: Decimal
    sumber: str


@dataclass(frozen=True)
class IsiPK:
    judul: str  # 'Perjanjian Kinerja' / 'Perjanjian Kinerja Perubahan'
    tahun: int
    unit: str
    pemda: str
    tempat: str
    tanggal: date
    alasan: str
    perubahan: bool
    ditandatangani: bool
    pihak_pertama: Penandatangan
    pihak_kedua: Penandatangan | None  # None: the Kepala Daerah's PK, signed by the Bupati alone
    target: list[BarisTarget]
    anggaran: list[BarisAnggaranPK]
    total_anggaran: Decimal
    pemda_id: int | None = None  # whose Word templates write the agreement (None: the defaults)
    logo: bytes | None = field(default=None, repr=False)  # the Pemda's, above the title

    @property
    def kepala_judul(self) -> list[str]:
        if self.unit == f"Pemerintah {self.pemda}":  # the Pemda's own PK: its name says it all
            return [f"{self.judul.upper()} TAHUN {self.tahun}", self.unit.upper()]
        return [f"{self.judul.upper()} TAHUN {self.tahun}", self.unit.upper(), self.pemda.upper()]


def muat_pk(pk: PerjanjianKinerja) -> IsiPK:
    """Everything the PK document prints, read from one PK version."""
    pk = (PerjanjianKinerja.objects.select_related(
        "unit__pemda", "unit__induk", "pihak_pertama__pejabat", "pihak_kedua__pejabat")
        .prefetch_related("sasaran__indikator__indikator", "anggaran").get(pk=pk.pk))
    target = [
        BarisTarget(s.uraian, s.kelompok == "lainnya", i.indikator.nama, nilai_satuan(i.target, i.indikator.satuan))
        for s in pk.sasaran.all() for i in s.indikator.all()
    ]
    anggaran = [BarisAnggaranPK(a.nama, a.jumlah, a.sumber) for a in pk.anggaran.all()]
    kurang = []
    if not target:
        kurang.append(f"sasaran, indikator dan target belum diisi (isi di {DI_PK})")
    if not anggaran and pk.unit.jenis != JenisUnit.PEMDA:  # the Kepala Daerah's PK may list no budget
        kurang.append(f"anggaran program belum diisi (isi di {DI_PK}, bagian Anggaran PK)")
    if kurang:
        raise DataKurang(f"Dokumen {pk.judul} {nama_lengkap_unit(pk.unit)} tahun {pk.tahun}", kurang)
    # Summed by the core like any budget, so the total is the engine's.
    total = budget_total(BudgetLine("", a.nama, TingkatAnggaran.PROGRAM, a.jumlah) for a in anggaran).pagu
    return IsiPK(
        judul=pk.judul, tahun=pk.tahun, unit=nama_lengkap_unit(pk.unit), pemda=pk.unit.pemda.nama,
        tempat=tempat(pk.unit.pemda), tanggal=pk.tanggal, alasan=pk.alasan, perubahan=pk.versi == Versi.PERUBAHAN,
        ditandatangani=pk.ditandatangani, pihak_pertama=penandatangan(pk.pihak_pertama),
        pihak_kedua=penandatangan(pk.pihak_kedua) if pk.pihak_kedua else None, target=target, anggaran=anggaran, total_anggaran=total,
        pemda_id=pk.unit.pemda_id,
        logo=logo_pemda(pk.unit.pemda),
    )


def _blok(judul_pihak: str, p: Penandatangan, tanggal_baris: str) -> list[str]:
    lines = [tanggal_baris, judul_pihak, p.jabatan_kapital, "", p.nama]
    if p.pangkat:
        lines.append(p.pangkat)
    if p.nip:
        lines.append(f"NIP {p.nip}")
    return lines


def _tanda_tangan(dok: Dokumen, isi: IsiPK) -> None:
    tanggal = f"{isi.tempat}, {fmt.tanggal(isi.tanggal)}"
    if isi.pihak_kedua is None:
        p = isi.pihak_pertama
        dok.tanda_tangan([[tanggal, p.jabatan_kapital, "", p.nama, *([p.pangkat] if p.pangkat else []),
                           *([f"NIP {p.nip}"] if p.nip else [])]], lebar_cm=8.5, kanan=True)
        return
    dok.tanda_tangan([
        _blok("Pihak Kedua,", isi.pihak_kedua, " "),
        _blok("Pihak Pertama,", isi.pihak_pertama, tanggal),
    ])


def _judul(dok: Dokumen, isi: IsiPK) -> None:
    for i, line in enumerate(isi.kepala_judul):
        dok.paragraf(line, rata=WD_ALIGN_PARAGRAPH.CENTER, tebal=True, ukuran=13 if i == 0 else 12, setelah=0)
    dok.paragraf("", setelah=6)


def orang(p: Penandatangan) -> dict[str, str]:
    """A signatory as the Word templates receive it."""
    return {"nama": p.nama, "jabatan": p.jabatan, "jabatan_kapital": p.jabatan_kapital, "pangkat": p.pangkat,
            "nip": p.nip}


def _konteks(isi: IsiPK) -> dict[str, object]:
    """What the agreement's template receives (see docs/templat-dokumen.md)."""
    return {"pemda": isi.pemda, "unit": isi.unit, "tahun": isi.tahun, "pihak_pertama": orang(isi.pihak_pertama),
            "perubahan": isi.perubahan, "alasan": isi.alasan}


def tulis_pk(dok: Dokumen, isi: IsiPK) -> None:
    """The agreement page, then the lampiran on a page of its own."""
    if not isi.ditandatangani:
        dok.paragraf("DRAF — belum ditandatangani", rata=WD_ALIGN_PARAGRAPH.RIGHT, miring=True, ukuran=9)
    sisip_logo(dok, isi.logo, tinggi_cm=2.2)
    _judul(dok, isi)
    if isi.pihak_kedua is None:
        _pernyataan_kepala_daerah(dok, isi)
        return
    templat.sisipkan(dok, "pk_naskah", {**_konteks(isi), "pihak_kedua": orang(isi.pihak_kedua)},
                     pemda_id=isi.pemda_id)
    _tanda_tangan(dok, isi)

    dok.halaman_baru()
    dok.paragraf("Lampiran", tebal=True, rata=WD_ALIGN_PARAGRAPH.LEFT)
    _judul(dok, isi)
    tulis_tabel_target(dok, isi)
    tulis_tabel_anggaran(dok, isi)
    _tanda_tangan(dok, isi)


def _pernyataan_kepala_daerah(dok: Dokumen, isi: IsiPK) -> None:
    """The Kepala Daerah's PK (PermenPAN-RB 53/2014 Lampiran I): one signatory, no pihak kedua."""
    templat.sisipkan(dok, "pk_naskah_kepala_daerah", _konteks(isi), pemda_id=isi.pemda_id)
    _tanda_tangan(dok, isi)
    dok.halaman_baru()
    dok.paragraf("Lampiran", tebal=True, rata=WD_ALIGN_PARAGRAPH.LEFT)
    _judul(dok, isi)
    tulis_tabel_target(dok, isi)
    if isi.anggaran:
        tulis_tabel_anggaran(dok, isi)
    _tanda_tangan(dok, isi)


def tulis_tabel_target(dok: Dokumen, isi: IsiPK) -> None:
    lebar = dok.lebar
    kolom = [Kolom("No", 0.9, Rata.TENGAH), Kolom("Sasaran Strategis", (lebar - 3.9) * 0.45),
             Kolom("Indikator Kinerja", (lebar - 3.9) * 0.55), Kolom("Target", 3.0, Rata.KANAN)]
    rows: list[list[Sel | str | None]] = []
    for lainnya in (False, True):
        group = [b for b in isi.target if b.lainnya == lainnya]
        if not group:
            continue
        if lainnya:
            rows.append([Sel("Kinerja Lainnya", tebal=True, lebar_kolom=4, latar="F2F2F2", lekat=True)])
        nomor = 0
        for i, b in enumerate(group):
            pertama = i == 0 or group[i - 1].sasaran != b.sasaran
            if pertama:
                nomor += 1
                span = next((j for j in range(i + 1, len(group)) if group[j].sasaran != b.sasaran), len(group)) - i
                rows.append([Sel(str(nomor), tinggi_baris=span), Sel(b.sasaran, tinggi_baris=span), b.indikator,
                             b.target])
            else:
                rows.append([None, None, b.indikator, b.target])
    dok.tabel(kolom, rows, ukuran=10)


def tulis_tabel_anggaran(dok: Dokumen, isi: IsiPK) -> None:
    lebar = dok.lebar
    kolom = [Kolom("No", 0.9, Rata.TENGAH), Kolom("Program/Kegiatan", lebar - 0.9 - 4.6 - 3.2),
             Kolom("Anggaran", 4.6, Rata.KANAN), Kolom("Keterangan", 3.2)]
    rows: list[list[Sel | str | None]] = [
        [str(i), a.nama, fmt.rupiah(a.jumlah), a.sumber] for i, a in enumerate(isi.anggaran, start=1)
    ]
    rows.append([Sel("Jumlah anggaran", tebal=True, lebar_kolom=2, rata=Rata.KANAN),
                 Sel(fmt.rupiah(isi.total_anggaran), tebal=True), ""])
    dok.tabel(kolom, rows, ukuran=10)


def dokumen_pk(isi: IsiPK) -> Dokumen:
    """A stand-alone PK document."""
    dok = Dokumen()
    tulis_pk(dok, isi)
    dok.metadata(judul=f"{isi.judul} Tahun {isi.tahun} {isi.unit}", subjek=f"{isi.judul} {isi.unit} {isi.tahun}",
                 penulis=isi.unit, kata_kunci=f"Perjanjian Kinerja; SAKIP; {isi.unit}; {isi.tahun}",
                 dibuat=datetime.now(UTC).replace(microsecond=0))
    return dok
