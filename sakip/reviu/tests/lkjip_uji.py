"""A consistent LKjIP for a synthetic Kecamatan, as DOCX, with errors planted on request.

The layout follows the reference LKjIPs (Ikhtisar, BAB I-IV, PK in the appendix); every
figure is computed here, so the clean document has no inconsistency and each planted
error is the only thing that differs. ``Tanam`` names what is planted and where it
must be reported, so a test can measure recall and false alarms.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

D = Decimal


def pct(x: Decimal, d: int = 2) -> str:
    return angka(x, d) + "%"


def angka(x: Decimal, d: int = 2) -> str:
    q = x.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{abs(q):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ("-" if q < 0 else "") + ".".join(groups) + ("," + frac if frac else "")


def rp(x: Decimal) -> str:
    return "Rp. " + angka(x, 0)


@dataclass(frozen=True)
class Indikator:
    sasaran: str
    nama: str
    satuan: str
    target: Decimal
    realisasi: Decimal
    negatif: bool = False
    lainnya: bool = False
    desimal: int = 2
    label_target: str = ""
    label_realisasi: str = ""
    skala: str = ""  # printed category scale (IKU table)
    riwayat: tuple[tuple[int, Decimal, Decimal], ...] = ()  # (tahun, target, realisasi)

    @property
    def capaian(self) -> Decimal:
        return capaian(self.target, self.realisasi, self.negatif)


def capaian(t: Decimal, r: Decimal, negatif: bool) -> Decimal:
    return (2 * t - r) / t * 100 if negatif else r / t * 100


SKALA_SKM = ("Kategori Tidak Baik : 25,00 – 64,99 Kategori Kurang Baik : 65,00 – 76,60 "
             "Kategori Baik : 76,61 – 88,30 Kategori Sangat Baik : 88,31 – 100,00")
SKALA_IPASN = ("Kategori Sangat Rendah : =< 60 Kategori Rendah : 61 – 70 Kategori Sedang : 71 – 80 "
               "Kategori Tinggi : 81 – 90 Kategori Sangat Tinggi : 91 – 100")

INDIKATOR = [
    Indikator("Meningkatnya Kualitas Pelayanan Publik Kecamatan", "IKM Kecamatan", "Nilai", D("88"), D("90.12"),
              skala=SKALA_SKM, riwayat=((2023, D("86"), D("87.45")), (2024, D("87"), D("88.90")))),
    Indikator("Meningkatnya Akuntabilitas Kinerja Kecamatan", "Nilai SAKIP Kecamatan", "Nilai", D("75"),
              D("76.5"), desimal=1, riwayat=((2023, D("72"), D("73.1")), (2024, D("74"), D("74.6")))),
    Indikator("Meningkatnya Ketertiban Penanganan Aduan", "Persentase Aduan Masyarakat yang Belum Ditindaklanjuti",
              "%", D("5"), D("4"), negatif=True, desimal=0,
              riwayat=((2023, D("8"), D("7")), (2024, D("6"), D("6")))),
    Indikator("Meningkatnya Kualitas Layanan Administrasi", "Persentase Layanan Sesuai Standar", "%", D("100"),
              D("100"), desimal=0, riwayat=((2023, D("100"), D("100")), (2024, D("100"), D("100")))),
    Indikator("Meningkatnya Tata Kelola Keuangan", "Persentase Realisasi Anggaran Perangkat Daerah", "%",
              D("95"), D("92.15"), lainnya=True),
    Indikator("Meningkatnya Tata Kelola Keuangan", "Indeks Profesionalitas ASN", "Nilai", D("80"), D("78.4"),
              lainnya=True, desimal=1, label_target="Sedang", label_realisasi="Sedang", skala=SKALA_IPASN),
]

# program -> sub kegiatan (name, pagu, realisasi); the PD is "Kecamatan Pacet"
ANGGARAN = [
    ("7.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", [
        ("Penyusunan Dokumen Perencanaan Perangkat Daerah", D("12000000"), D("11640000")),
        ("Penyediaan Gaji dan Tunjangan ASN", D("5120000000"), D("4730880000")),
        ("Penyediaan Jasa Pelayanan Umum Kantor", D("150500000"), D("140116500")),
    ]),
    ("7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", [
        ("Pelaksanaan Urusan Pemerintahan yang terkait dengan Nonperizinan", D("30000000"), D("28230000")),
        ("Pelaksanaan Kewenangan Lain yang Dilimpahkan", D("45600000"), D("41974800")),
    ]),
    ("7.01.06", "Program Pembinaan dan Pengawasan Pemerintahan Desa", [
        ("Fasilitasi Administrasi Tata Pemerintahan Desa", D("64000000"), D("60800000")),
        ("Fasilitasi Penyelenggaraan Ketenteraman dan Ketertiban Umum", D("250000000"), D("231250000")),
    ]),
]

UNIT = "Kecamatan Pacet"
CAMAT = "BUDI SANTOSO, S.Sos., M.Si."
NIP = "197203151998031005"
NIP_SALAH = "197203151998031015"


@dataclass(frozen=True)
class Tanam:
    """A planted error: the finding it must raise and the printed text that marks it.

    Places differ between DOCX ('tabel ke-5') and PDF ('halaman 3'), the printed text does
    not: a finding belongs to a planted error when its ``tercetak`` (or ``seharusnya``)
    holds one of the markers.
    """

    kode: str
    cetak: tuple[str, ...]
    uraian: str


class Dok:
    """Builds the document; records where each planted error went."""

    def __init__(self, tanam: set[str]) -> None:
        self.doc = Document()
        style = self.doc.styles["Normal"]
        style.font.name = "Liberation Sans"
        style.font.size = Pt(10)
        style.paragraph_format.space_after = Pt(6)
        self.tanam = tanam
        self.ditanam: list[Tanam] = []
        self.n_par = 0
        self.n_tab = 0

    def on(self, key: str) -> bool:
        return key in self.tanam

    def catat(self, key: str, kode: str, cetak: tuple[str, ...], uraian: str) -> None:
        if self.on(key):
            self.ditanam.append(Tanam(kode, cetak, uraian))

    def p(self, text: str, bold: bool = False) -> str:
        para = self.doc.add_paragraph()
        run = para.add_run(text)
        run.bold = bold
        self.n_par += 1
        return f"paragraf {self.n_par}"

    def h(self, text: str) -> str:
        return self.p(text, bold=True)

    def table(self, caption: str, header: list[list[str]], rows: list[list[str]], merge_groups: bool = True) -> str:
        if caption:
            self.p(caption)
        width = max(len(r) for r in [*header, *rows])
        t = self.doc.add_table(rows=0, cols=width)
        t.style = "Table Grid"
        t.autofit = False
        widths = _lebar_kolom(header, width)
        for hr in header:
            cells = t.add_row().cells
            for j, v in enumerate(hr):
                cells[j].text = v
            if merge_groups and len(header) > 1 and hr is header[0]:
                # a group label over its sub-columns, as printed in the references
                j = 0
                while j < width:
                    if hr[j] and j + 1 < width and not hr[j + 1] and header[1][j]:
                        k = j + 1
                        while k < width and not hr[k] and header[1][k]:
                            k += 1
                        merged = cells[j].merge(cells[k - 1])
                        merged.text = hr[j]
                        j = k
                    else:
                        j += 1
        for r in rows:
            cells = t.add_row().cells
            for j, v in enumerate(r):
                cells[j].text = v
        for row in t.rows:
            for j, cell in enumerate(row.cells):
                cell.width = widths[j]
                for para in cell.paragraphs:
                    para.paragraph_format.space_after = Pt(0)
                    for run in para.runs:
                        run.font.size = Pt(8)
        self.doc.add_paragraph()  # a table is followed by space, as in the reference documents
        self.n_tab += 1
        return f"tabel ke-{self.n_tab}"

    def bytes(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


def _lebar_kolom(header: list[list[str]], width: int) -> list[Cm]:
    """Column widths on a 16 cm text width: numbers narrow, names wide."""
    labels = [" ".join(h[j] for h in header if j < len(h)).casefold() for j in range(width)]
    weights = []
    for lab in labels:
        if lab.strip() in ("no", "no."):
            weights.append(0.7)
        elif any(k in lab for k in ("sasaran", "indikator", "program", "kegiatan", "kinerja lainnya", "penjelasan")):
            weights.append(3.2)
        elif "polaritas" in lab or "satuan" in lab:
            weights.append(1.8)
        else:
            weights.append(1.6)
    scale = 16 / sum(weights)
    return [Cm(w * scale) for w in weights]


def _cap_text(ind: Indikator, value: Decimal | None = None) -> str:
    return pct(ind.capaian if value is None else value)


def _v(ind: Indikator, x: Decimal, label: str = "") -> str:
    s = angka(x, ind.desimal) + ("%" if ind.satuan == "%" else "")
    return f"{s} ({label})" if label else s


@dataclass(frozen=True)
class _Jumlah:
    """The figures several parts of the report print."""

    utama: list[Indikator]
    lain: list[Indikator]
    program_pagu: dict[str, Decimal]
    program_real: dict[str, Decimal]
    pagu: Decimal
    real: Decimal
    serapan: Decimal
    counts: tuple[int, int, int]


def _jumlah() -> _Jumlah:
    program_pagu = {kode: sum((s[1] for s in subs), D(0)) for kode, _, subs in ANGGARAN}
    program_real = {kode: sum((s[2] for s in subs), D(0)) for kode, _, subs in ANGGARAN}
    pagu = sum(program_pagu.values(), D(0))
    real = sum(program_real.values(), D(0))
    return _Jumlah([i for i in INDIKATOR if not i.lainnya], [i for i in INDIKATOR if i.lainnya],
                   program_pagu, program_real, pagu, real, real / pagu * 100, _hitung([i.capaian for i in INDIKATOR]))


def buat_lkjip(tanam: set[str] | None = None, ulang_bab3: int = 1) -> tuple[bytes, list[Tanam]]:
    """The DOCX bytes of the report and the list of planted errors.

    ``ulang_bab3`` repeats the analysis chapter (per-indicator narratives and tables for
    further years of history) to make a long document for the benchmark.
    """
    d = Dok(tanam or set())
    j = _jumlah()
    _pembuka(d, j)
    _bab1_bab2(d, j)
    _bab3_pengukuran(d, j)
    _bab3_analisis(d, j, ulang_bab3)
    _bab3_anggaran(d, j)
    _penutup_lampiran(d, j)
    return d.bytes(), d.ditanam


def _pembuka(d: Dok, j: _Jumlah) -> None:
    """Title, Kata Pengantar and Ikhtisar."""
    utama, lain, pagu, real, serapan, counts = j.utama, j.lain, j.pagu, j.real, j.serapan, j.counts
    d.h(f"LAPORAN KINERJA INSTANSI PEMERINTAH (LKJIP) {UNIT.upper()} TAHUN 2025")
    d.h("Kata Pengantar")
    d.p(f"Laporan Kinerja Instansi Pemerintah {UNIT} Tahun 2025 ini merupakan wujud pertanggungjawaban "
        f"pelaksanaan Rencana Kerja sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
        f"Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja.")
    d.p("Pacet, Januari 2026")
    d.p("CAMAT PACET")
    d.p(CAMAT)
    d.p("Pembina")
    d.p(f"NIP. {NIP_SALAH if d.on('nip') else NIP}")
    d.catat("nip", "NIP_GANDA", (NIP_SALAH,), "NIP Camat pada Kata Pengantar berbeda dengan tanda tangan PK")

    # -- Ikhtisar --------------------------------------------------------------------------
    d.h("IKHTISAR EKSEKUTIF")
    counts = _hitung([i.capaian for i in INDIKATOR])
    d.p("Dari hasil pengukuran realisasi Perjanjian Kinerja Tahun 2025, dapat disimpulkan sebagai berikut:")
    d.p(f"1. Capaian realisasi di atas 100% sebanyak {counts[0]} indikator;")
    d.p(f"2. Capaian realisasi tepat 100% sebanyak {counts[1]} indikator;")
    d.p(f"3. Capaian realisasi di bawah 100% sebanyak {counts[2]} indikator;")
    d.p("4. Capaian yang tidak dapat diperoleh hasil pengukurannya sebanyak 0 indikator.")
    d.p("1. Capaian Perjanjian Kinerja Tahun 2025")
    d.table("", [["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "% CAPAIAN"]],
            [[str(n), i.sasaran, i.nama, _v(i, i.target, i.label_target), _v(i, i.realisasi, i.label_realisasi),
              _cap_text(i)] for n, i in enumerate(utama, 1)])
    d.p("Selain kinerja strategis di Perjanjian Kinerja juga terdapat kinerja tambahan berupa kinerja lainnya, yaitu:")
    d.table("", [["NO", "KINERJA LAINNYA", "INDIKATOR KINERJA", "TARGET", "REALISASI", "% CAPAIAN"]],
            [[str(n), i.sasaran, i.nama, _v(i, i.target, i.label_target), _v(i, i.realisasi, i.label_realisasi),
              _cap_text(i)] for n, i in enumerate(lain, 1)])
    d.p(f"Kinerja keuangan {UNIT} tahun 2025 menunjukkan realisasi sebesar Rp {angka(real, 2)} atau "
        f"{pct(serapan)} dari total pagu anggaran sebesar Rp {angka(pagu, 2)}.")


def _bab1_bab2(d: Dok, j: _Jumlah) -> None:
    program_pagu = j.program_pagu
    # -- BAB I ---------------------------------------------------------------------------------
    d.h("BAB I PENDAHULUAN")
    d.h("I.2 Gambaran Umum")
    d.p(f"{UNIT} berada di bagian selatan Kabupaten Mojokerto. Adapun batas wilayah sebagai berikut:")
    d.p("- Sebelah Utara : Kecamatan Gondang Kab. Mojokerto")
    d.p("- Sebelah Timur : Kecamatan Trawas Kab. Mojokerto")
    d.p("- Sebelah Barat : Kabupaten Jombang")

    # -- BAB II --------------------------------------------------------------------------------
    d.h("BAB II PERENCANAAN KINERJA")
    periode = "Tahun 2021-2015" if d.on("periode") else "Tahun 2021-2025"
    d.p(f"Sesuai dengan Rencana Pembangunan Jangka Menengah Daerah Kabupaten Mojokerto {periode}, "
                f"{UNIT} mendukung misi ke-3. Renstra periode 2021-2025 dan periode 2021-2025 menjadi acuan; "
                f"RPJMD periode 2021-2025 ditetapkan lebih dahulu.")
    d.catat("periode", "PERIODE_TIDAK_SAH", ("2021-2015",), "rentang tahun terbalik")
    d.h("II.2 Indikator Kinerja Utama")
    d.table("Tabel II.2 Indikator Kinerja Utama",
            [["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Penjelasan/Formulasi", "Polaritas"]],
            [[str(n), i.sasaran, i.nama, i.satuan,
              (("Ket Nilai : " + i.skala) if i.skala else "Realisasi dibandingkan target x 100%"),
              "Semakin rendah semakin baik" if i.negatif else "Semakin tinggi semakin baik"]
             for n, i in enumerate(INDIKATOR, 1)])
    d.h("II.3 Perjanjian Kinerja")
    d.table("Tabel II.3.A Perjanjian Kinerja Tahun 2025",
            [["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"]],
            [[str(n), i.sasaran, i.nama, _v(i, i.target, i.label_target)] for n, i in enumerate(INDIKATOR, 1)])
    d.p("Untuk mendukung pelaksanaan target pada perjanjian kinerja, ditetapkan alokasi anggaran sebagai berikut:")
    d.table("Tabel II.3.B Anggaran Per Program", [["No", "Program", "Anggaran"]],
            [[str(n), name, rp(program_pagu[kode])] for n, (kode, name, _) in enumerate(ANGGARAN, 1)])


def _bab3_pengukuran(d: Dok, j: _Jumlah) -> None:
    counts = j.counts
    # -- BAB III -------------------------------------------------------------------------------
    d.h("BAB III AKUNTABILITAS KINERJA")
    d.h("III.1 Pengukuran Kinerja")
    d.p("Pengukuran realisasi Perjanjian Kinerja Tahun 2025 dapat disimpulkan sebagai berikut:")
    atas = counts[0] + 1 if d.on("jumlah") else counts[0]
    d.p(f"1. Capaian realisasi di atas 100% sebanyak {atas} indikator;")
    d.catat("jumlah", "JUMLAH_CAPAIAN_SALAH", (f"di atas 100% {atas}",), "jumlah di atas 100% tidak sesuai tabel")
    d.p(f"2. Capaian realisasi tepat 100% sebanyak {counts[1]} indikator;")
    d.p(f"3. Capaian realisasi di bawah 100% sebanyak {counts[2]} indikator;")
    rows = []
    for n, i in enumerate(INDIKATOR, 1):
        tw = [i.realisasi if i.satuan != "%" or i.negatif else i.realisasi * k / 4 for k in (1, 2, 3, 4)]
        if i.satuan == "Nilai":
            tw = [D(0), D(0), D(0), i.realisasi]
        cap = i.capaian - 1 if (d.on("capaian") and n == 1) else i.capaian
        rows.append([str(n), i.sasaran, i.nama, _v(i, i.target), *[_v(i, x) for x in tw], _v(i, i.realisasi),
                     pct(cap)])
    d.table("Tabel III.1 Capaian Perjanjian Kinerja Tahun 2025",
                    [["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi per Triwulan", "", "", "",
                      "Realisasi 2025", "Capaian"],
                     ["", "", "", "", "I", "II", "III", "IV", "", ""]], rows)
    d.catat("capaian", "CAPAIAN_SALAH", (pct(INDIKATOR[0].capaian - 1),), "capaian IKM tercetak 1 poin lebih rendah")


def _bab3_analisis(d: Dok, j: _Jumlah, ulang_bab3: int) -> None:
    """III.2 (repeated ``ulang_bab3`` times for a long document) and III.3."""
    utama = j.utama
    d.h("III.2 Analisis Kinerja")
    for rep in range(ulang_bab3):
        years = [2023, 2024, 2025]
        header = [["No", "SASARAN", "INDIKATOR KINERJA", *sum(([str(y), "", ""] for y in years), [])],
                  ["", "", "", *["Target", "Realisasi", "Capaian"] * len(years)]]
        rows = []
        for n, i in enumerate(utama, 1):
            cells = [str(n), i.sasaran, i.nama]
            for y, t, r in [*i.riwayat, (2025, i.target, i.realisasi)]:
                if rep == 0 and d.on("realisasi") and n == 1 and y == 2025:
                    r = r + D("0.09")
                c = capaian(t, r, i.negatif)
                if rep == 0 and d.on("negatif") and i.negatif and y == 2023:
                    c = r / t * 100  # the positive formula applied to a negative indicator
                cells += [_v(i, t), _v(i, r), pct(c)]
            rows.append(cells)
        caption = "Tabel III.2 Perbandingan Realisasi dan Capaian Kinerja" + (f" ({rep + 1})" if rep else "")
        d.table(caption, header, rows)
        if rep == 0:
            r_salah = INDIKATOR[0].realisasi + D("0.09")
            d.catat("realisasi", "REALISASI_BERBEDA", (angka(r_salah), pct(r_salah / INDIKATOR[0].target * 100)),
                    "realisasi IKM 2025 berbeda")
            d.catat("negatif", "CAPAIAN_SALAH", ("87,50%",), "capaian indikator negatif 2023 dihitung R/T")
        for i in INDIKATOR:
            c = i.capaian
            if rep == 0 and d.on("kalimat") and i.nama.startswith("Nilai SAKIP"):
                c = c - D("2.5")
            d.p(f"Capaian indikator “{i.nama}” di tahun 2025 sebesar {pct(c)} angka capaian tersebut "
                        f"didapatkan dari target sebesar {_v(i, i.target)} dan realisasi sebesar "
                        f"{_v(i, i.realisasi)}. Keberhasilan tersebut didukung oleh kerja sama seluruh aparatur "
                        f"kecamatan, pemerintah desa dan masyarakat dalam pelaksanaan program dan kegiatan.")
            if rep == 0 and i.nama.startswith("Nilai SAKIP"):
                d.catat("kalimat", "CAPAIAN_SALAH", (pct(c),), "capaian dalam kalimat tidak sama dengan R/T")
        s1, s2 = D("89.84"), D("90.40")
        if rep == 0 and d.on("rata"):
            s2 = D("90.60")
        d.p(f"Nilai IKM Kecamatan tahun 2025 adalah sebesar {angka(D('90.12'))} yang didapatkan dari "
                    f"rata-rata nilai SKM semester 1 yakni sebesar {angka(s1)} dan nilai SKM semester 2 yakni "
                    f"sebesar {angka(s2)}.")
        if rep == 0:
            d.catat("rata", "RATA_RATA_SALAH", ("90,12",), "rata-rata dua semester salah")
    d.h("III.3 Prestasi Kinerja Lainnya")
    nama_lain = "Kecamatan Gondang" if d.on("unit") else UNIT
    d.p(f"Nilai hasil evaluasi AKIP {UNIT} mendapatkan predikat BB dengan nilai sebesar 76,5. Peningkatan "
                f"kinerja juga dibuktikan melalui pelayanan {nama_lain} yang semakin baik.")
    d.catat("unit", "NAMA_UNIT_LAIN", ("Kecamatan Gondang",), "nama kecamatan lain")


def _bab3_anggaran(d: Dok, j: _Jumlah) -> None:
    """III.4 and the table of kinerja against anggaran."""
    utama, program_pagu, program_real, pagu, real, serapan = j.utama, j.program_pagu, j.program_real, j.pagu, j.real, j.serapan
    d.h("III.4 Akuntabilitas Anggaran")
    d.p(f"Anggaran {UNIT} tahun 2025 adalah sebesar {rp(pagu)} dengan realisasi anggaran per 31 Desember 2025 "
        f"tercatat sebesar {rp(real)} atau sebesar {pct(serapan)} dengan rincian sebagai berikut:")
    rows = [[UNIT.upper(), angka(pagu, 0), angka(real, 0), pct(serapan)]]
    for p_i, (kode, name, subs) in enumerate(ANGGARAN):
        pp = program_pagu[kode]
        rows.append([name.upper(), angka(pp, 0), angka(program_real[kode], 0),
                     pct(program_real[kode] / pp * 100)])
        for s_i, (sname, sp, sr) in enumerate(subs):
            if d.on("hierarki") and p_i == 1 and s_i == 1:
                sp = sp + D(1000000)  # a sub kegiatan printed with a pagu its program does not add up to
            c = sr / sp * 100
            if d.on("persen") and p_i == 0 and s_i == 2:
                c = D("91.30")  # 93,10 with its digits shuffled
            rows.append([sname, angka(sp, 0), angka(sr, 0), pct(c)])
    d.table("Tabel III.4 Realisasi Anggaran Tahun 2025",
            [["OPD/SUB KEGIATAN", "ANGGARAN (Rp)", "REALISASI S/D DESEMBER (Rp)", "%"]], rows)
    d.catat("hierarki", "JUMLAH_ANGGARAN_SALAH", (angka(program_pagu["7.01.02"], 0),),
            "pagu sub kegiatan tidak menjumlah ke pagu program")
    d.catat("persen", "PERSEN_ANGGARAN_SALAH", ("91,30%",), "persentase sub kegiatan tertukar angkanya")

    # kinerja vs anggaran per sasaran: each main indicator with one program
    pairs = list(zip(utama[:3], ANGGARAN, strict=False))
    rows = []
    caps = []
    for n, (i, (kode, _, _)) in enumerate(pairs, 1):
        caps.append(i.capaian)
        rows.append([str(n), i.sasaran, i.nama, _v(i, i.target), _v(i, i.realisasi), pct(i.capaian),
                     rp(program_pagu[kode]), rp(program_real[kode]), pct(program_real[kode] / program_pagu[kode] * 100)])
    rata = sum(caps, D(0)) / len(caps)
    p3 = sum((program_pagu[k] for _, (k, _, _) in pairs), D(0))
    r3 = sum((program_real[k] for _, (k, _, _) in pairs), D(0))
    rata_cetak = rata + 1 if d.on("rata_tabel") else rata
    rows.append(["", "", "", "Rata-rata capaian", "", pct(rata_cetak), "Total capaian", "", pct(r3 / p3 * 100)])
    d.table("Tabel III.5 Perbandingan Capaian Kinerja dengan Anggaran",
                    [["No", "Sasaran Strategis", "Indikator Kinerja", "Kinerja", "", "", "Anggaran", "", ""],
                     ["", "", "", "Target", "Realisasi", "Capaian", "Alokasi", "Realisasi", "Capaian"]], rows)
    d.catat("rata_tabel", "RATA_RATA_SALAH", (pct(rata_cetak),), "rata-rata capaian di tabel salah")
    ef = rata.quantize(D("0.01"), ROUND_HALF_UP) - (r3 / p3 * 100).quantize(D("0.01"), ROUND_HALF_UP)
    if d.on("efisiensi"):
        ef += D("1.5")
    d.p(f"Dengan capaian kinerja sebesar {pct(rata)} dan capaian keuangan sebesar {pct(r3 / p3 * 100)}, "
                f"efisiensi kinerja {UNIT} sebesar {pct(ef)}.")
    d.catat("efisiensi", "EFISIENSI_SALAH", (pct(ef),), "efisiensi bukan selisih capaian")


def _penutup_lampiran(d: Dok, j: _Jumlah) -> None:
    """BAB IV and the signed PK in the appendix."""
    lain, program_pagu, pagu, real, serapan = j.lain, j.program_pagu, j.pagu, j.real, j.serapan
    d.h("BAB IV PENUTUP")
    d.p(f"Capaian kinerja {UNIT} pada tahun 2025 menunjukkan hasil yang baik. Dari pagu anggaran sebesar "
        f"{rp(pagu)} realisasi anggaran sampai dengan tanggal 31 Desember 2025 sebesar {rp(real)} atau "
        f"{pct(serapan)}.")

    # -- Lampiran: the signed PK ------------------------------------------------------------
    d.h("LAMPIRAN")
    d.h(f"PERJANJIAN KINERJA TAHUN 2025 {UNIT.upper()} KABUPATEN MOJOKERTO")
    d.p(f"Nama : {CAMAT}")
    d.p("Jabatan : CAMAT PACET KABUPATEN MOJOKERTO")
    tanggal = "31 September 2025" if d.on("tanggal") else "24 Januari 2025"
    d.p(f"Mojokerto, {tanggal}")
    d.catat("tanggal", "TANGGAL_TIDAK_SAH", ("31 September 2025",), "tanggal yang tidak ada")
    target_rows = []
    for n, i in enumerate(INDIKATOR, 1):
        t = i.target + 1 if (d.on("target") and i.nama.startswith("Nilai SAKIP")) else i.target
        target_rows.append([str(n), i.sasaran, i.nama, _v(i, t, i.label_target)])
    d.table("", [["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"]], target_rows)
    d.catat("target", "TARGET_BERBEDA", ("76,0",), "target Nilai SAKIP pada lampiran PK berbeda")
    rows = []
    for n, (kode, name, _) in enumerate(ANGGARAN, 1):
        amount = rp(program_pagu[kode])
        if d.on("pk_anggaran") and n == 3:
            amount = rp(program_pagu[kode] + D(50000000))
        if d.on("rupiah") and n == 2:
            amount = rp(program_pagu[kode]) + "0"
        rows.append([str(n), name, amount, "APBD 2025"])
    d.table("", [["NO", "PROGRAM", "ANGGARAN", "KETERANGAN"]], rows)
    d.catat("pk_anggaran", "ANGGARAN_PK_TANPA_PADANAN", (angka(program_pagu["7.01.06"] + D(50000000), 0),),
            "anggaran program pada PK tidak ada di tabel lain")
    d.catat("rupiah", "FORMAT_RUPIAH", (rp(program_pagu["7.01.02"]) + "0",), "satu angka nol berlebih")
    d.p("Pihak Pertama")
    d.p("CAMAT PACET")
    d.p(CAMAT)
    d.p("Pembina")
    d.p(f"NIP {NIP}")
    if d.on("kategori"):
        # the Ikhtisar-style label in a closing table: 78,4 printed as "Tinggi"
        d.table("Tabel IV.1 Ringkasan Indeks Profesionalitas ASN",
                        [["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "% CAPAIAN"]],
                        [["1", lain[1].sasaran, lain[1].nama, _v(lain[1], lain[1].target, "Sedang"),
                          _v(lain[1], lain[1].realisasi, "Tinggi"), _cap_text(lain[1])]])
        d.catat("kategori", "KATEGORI_SALAH", ("78,4 (Tinggi)",), "kategori Tinggi untuk nilai 78,4")


def _hitung(caps: list[Decimal]) -> tuple[int, int, int]:
    printed = [c.quantize(D("0.01"), ROUND_HALF_UP) for c in caps]
    return (sum(1 for c in printed if c > 100), sum(1 for c in printed if c == 100),
            sum(1 for c in printed if c < 100))


SEMUA_TANAM = {"nip", "periode", "jumlah", "capaian", "realisasi", "negatif", "kalimat", "rata", "unit",
               "hierarki", "persen", "rata_tabel", "efisiensi", "tanggal", "target", "pk_anggaran", "rupiah",
               "kategori"}


def ke_pdf(docx: bytes, folder: Path, timeout: int = 180) -> bytes:
    """Convert DOCX to PDF with LibreOffice (own profile, no restore, a timeout)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise FileNotFoundError("LibreOffice (soffice) tidak terpasang")
    src = folder / "lkjip.docx"
    src.write_bytes(docx)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(folder), str(src)],
            check=False, capture_output=True, timeout=timeout,
        )
    out = folder / "lkjip.pdf"
    if not out.exists():  # soffice can exit 0 without writing the file
        raise RuntimeError("LibreOffice tidak menghasilkan PDF")
    return out.read_bytes()
