"""Budget roll-ups (budget.py) against Tabel III.4 (Mojosari) and III.4.A/B (Bagian Organisasi).

Every percentage was first recomputed from the printed pagu and realisasi
(realisasi / pagu x 100, half up, 2 decimals) and every program total from its sub kegiatan.

Consistent: all 34 rows of Mojosari Tabel III.4 (PD total, 4 programs, 30 sub kegiatan); the
sub kegiatan amounts add up exactly to the program amounts and the programs to the PD total
(10.807.365.855 / 9.759.995.720 / 90,31%). Bagian Organisasi Tabel III.4.A rows 1, 3, 4, 5 and
the total (796.858.170 / 683.074.125 / 85,72%); Tabel III.4.B row 2 (71,18%).

Not consistent:
* Bagian Organisasi Tabel III.4.A row 2, Fasilitasi Pelayanan Publik dan Tata Laksana:
  85.012.295 / 100.613.435 = 84,49%, printed 84,40%.
* Bagian Organisasi Tabel III.4.B row 1 (Nilai Rata-Rata SAKIP): the amounts (OCR-damaged,
  "227. 60.10 5" / "177.65 3.428") are those of sub kegiatan 2 + 4 of Tabel III.4.A,
  177.653.428 / 227.760.105 = 78,00%, printed 78,68%.
* Bagian Organisasi Tabel III.4.B row 3 (IKM Pemda): sub kegiatan 3 + 5,
  447.498.997 / 487.724.565 = 91,75%, printed 93,59%.
* Mojosari: the PK Perubahan lampiran and Tabel II.3.B give Program Penunjang
  Rp 7.224.893.790, the DPA realisation table III.4 gives 6.697.421.790 (a difference of
  527.472.000), so the PK programs add up to 11.334.837.855, not the 10.807.365.855 of Tabel
  III.4. Tabel II.3.D swaps the amounts of programs 3 and 4 of the PK awal lampiran and prints
  "4.038.790.0000" with a fourth trailing zero.
* Mojosari Tabel III.5 prints the total serapan as 90,3% (90,31 at one decimal) and uses it,
  with a rata-rata capaian of 100%, for an efisiensi of 9,7 (see test_summary).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.core.budget import BudgetLine, BudgetTotal, TingkatAnggaran, total

D = Decimal


def leaf(nama: str, pagu: int, realisasi: int | dict[int, Decimal], kode: str = "") -> BudgetLine:
    """A sub kegiatan; a bare realisasi is the amount s.d. Desember (booked in triwulan IV)."""
    tw = realisasi if isinstance(realisasi, dict) else {4: D(realisasi)}
    return BudgetLine(kode or nama, nama, TingkatAnggaran.SUB_KEGIATAN, D(pagu), tw)


def node(nama: str, tingkat: TingkatAnggaran, anak: list[BudgetLine], pagu: int = 0) -> BudgetLine:
    return BudgetLine(nama, nama, tingkat, D(pagu), anak=anak)


# --- Kecamatan Mojosari, Tabel III.4 --------------------------------------------------------

# (name, pagu, realisasi s.d. Desember, printed %)
MOJ_PROGRAMS: dict[str, tuple[int, int, str, list[tuple[str, int, int, str]]]] = {
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA": (
        6_697_421_790, 6_188_773_896, "92.41",
        [
            ("Penyusunan Dokumen Perencanaan Perangkat Daerah", 10_000_000, 9_777_300, "97.77"),
            ("Evaluasi Kinerja Perangkat Daerah", 10_000_000, 8_029_000, "80.29"),
            ("Penyediaan Gaji dan Tunjangan ASN", 5_991_835_000, 5_557_348_669, "92.75"),
            ("Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", 30_000_000, 29_335_980, "97.79"),
            ("Penyediaan Peralatan dan Perlengkapan Kantor", 31_286_790, 30_430_000, "97.26"),
            ("Penyediaan Bahan Logistik Kantor", 92_000_000, 88_820_400, "96.54"),
            ("Penyediaan Barang Cetak dan Penggandaan", 60_000_000, 37_142_000, "61.90"),
            ("Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", 6_000_000, 3_681_000, "61.35"),
            ("Penyediaan Bahan/Material", 60_000_000, 56_467_775, "94.11"),
            ("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 19_000_000, 10_137_042, "53.35"),
            ("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 84_000_000, 67_528_050, "80.39"),
            ("Penyediaan Jasa Pelayanan Umum Kantor", 166_500_000, 164_758_000, "98.95"),
            ("Penyediaan Jasa Pemeliharaan Kendaraan Dinas", 77_200_000, 67_186_000, "87.03"),
            ("Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", 35_000_000, 34_725_980, "99.22"),
            ("Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung Kantor", 24_600_000, 23_406_700, "95.15"),
        ],
    ),
    "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK": (
        23_900_000, 22_354_500, "93.53",
        [
            ("Pelaksanaan Urusan Pemerintahan yang terkait dengan Pelayanan Perizinan Non Usaha", 23_900_000, 22_354_500, "93.53"),
        ],
    ),
    "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN": (
        3_582_472_065, 3_134_246_955, "87.49",
        [
            ("Pembangunan Sarana dan Prasarana Kelurahan Kauman", 440_000_000, 407_771_535, "92.68"),
            ("Pemberdayaan Masyarakat di Kelurahan Kauman", 308_821_930, 270_771_547, "87.68"),
            ("Pembangunan Sarana dan Prasarana Kelurahan Wonokusumo", 439_087_000, 402_898_584, "91.76"),
            ("Pemberdayaan Masyarakat di Kelurahan Wonokusumo", 289_311_830, 249_837_690, "86.36"),
            ("Pembangunan Sarana dan Prasarana Kelurahan Sawahan", 440_000_000, 389_770_990, "88.58"),
            ("Pemberdayaan Masyarakat di Kelurahan Sawahan", 220_764_845, 147_225_547, "66.69"),
            ("Pembangunan Sarana dan Prasarana Kelurahan Mojosari", 349_365_700, 329_137_630, "94.21"),
            ("Pemberdayaan Masyarakat di Kelurahan Mojosari", 365_271_330, 313_731_515, "85.89"),
            ("Pembangunan Sarana dan Prasarana Kelurahan Sarirejo", 445_158_500, 417_984_150, "93.90"),
            ("Pemberdayaan Masyarakat di Kelurahan Sarirejo", 284_690_930, 205_117_767, "72.05"),
        ],
    ),
    "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA": (
        503_572_000, 414_620_369, "82.34",
        [
            ("Fasilitasi Administrasi Tata Pemerintahan Desa", 38_300_000, 34_113_348, "89.07"),
            ("Fasilitasi Sinkronisasi Perencanaan Pembangunan Daerah dengan Pembangunan Desa", 38_300_000, 28_387_331, "74.12"),
            ("Fasilitasi Penyelenggaraan Ketenteraman dan Ketertiban Umum", 283_972_000, 228_046_658, "80.31"),
            ("Fasilitasi Pelaksanaan Tugas, Fungsi, dan Kewajiban Lembaga Kemasyarakatan", 143_000_000, 124_073_032, "86.76"),
        ],
    ),
}


def mojosari_tree() -> list[BudgetLine]:
    return [
        node(prog, TingkatAnggaran.PROGRAM, [leaf(n, p, r) for n, p, r, _ in subs])
        for prog, (_, _, _, subs) in MOJ_PROGRAMS.items()
    ]


MOJ_SUB_KEGIATAN = [
    pytest.param(p, r, pct, id=n) for _, (_, _, _, subs) in MOJ_PROGRAMS.items() for n, p, r, pct in subs
]


@pytest.mark.parametrize(("pagu", "realisasi", "dicetak"), MOJ_SUB_KEGIATAN)
def test_mojosari_sub_kegiatan_percentages(pagu: int, realisasi: int, dicetak: str) -> None:
    assert leaf("x", pagu, realisasi).persen() == D(dicetak)


@pytest.mark.parametrize("program", list(MOJ_PROGRAMS))
def test_mojosari_program_roll_up(program: str) -> None:
    pagu, realisasi, dicetak, _ = MOJ_PROGRAMS[program]
    (line,) = [p for p in mojosari_tree() if p.nama == program]
    assert line.total_pagu == D(pagu)
    assert line.total_realisasi == D(realisasi)
    assert line.persen() == D(dicetak)


def test_mojosari_total() -> None:
    t = total(mojosari_tree())
    assert t == BudgetTotal(D(10_807_365_855), D(9_759_995_720), D("90.31"))


def test_mojosari_walk_visits_every_line() -> None:
    lines = [line for p in mojosari_tree() for line in p.walk()]
    assert len(lines) == 4 + 30
    assert lines[0].tingkat is TingkatAnggaran.PROGRAM
    assert lines[1].nama == "Penyusunan Dokumen Perencanaan Perangkat Daerah"
    assert sum((x.pagu for x in lines if not x.anak), D(0)) == D(10_807_365_855)


# --- Bagian Organisasi, Tabel III.4.A -------------------------------------------------------

ORG_SUB = [
    ("Pengelolaan Kelembagaan dan Analisis Jabatan", 81_373_500, 57_921_700),
    ("Fasilitasi Pelayanan Publik dan Tata Laksana", 100_613_435, 85_012_295),
    ("Peningkatan Kinerja dan Reformasi Birokrasi", 437_724_565, 399_549_077),
    ("Monitoring, Evaluasi dan Pengendalian Kualitas Pelayanan Publik dan Tata Laksana", 127_146_670, 92_641_133),
    ("Koordinasi dan Penyusunan Laporan Kinerja Pemerintah Daerah", 50_000_000, 47_949_920),
]


def organisasi_tree() -> list[BudgetLine]:
    """The five sub kegiatan under one program, split over two kegiatan (an arbitrary grouping)."""
    kegiatan_a = node("Kegiatan A", TingkatAnggaran.KEGIATAN, [leaf(n, p, r) for n, p, r in (ORG_SUB[0], ORG_SUB[1], ORG_SUB[3])])
    kegiatan_b = node("Kegiatan B", TingkatAnggaran.KEGIATAN, [leaf(n, p, r) for n, p, r in (ORG_SUB[2], ORG_SUB[4])])
    return [node("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", TingkatAnggaran.PROGRAM, [kegiatan_a, kegiatan_b])]


@pytest.mark.parametrize(
    ("index", "dicetak"),
    [
        pytest.param(0, "71.18", id="pengelolaan-kelembagaan"),
        pytest.param(2, "91.28", id="peningkatan-kinerja-rb"),
        pytest.param(3, "72.86", id="monitoring-evaluasi"),
        pytest.param(4, "95.90", id="koordinasi-laporan-kinerja"),
    ],
)
def test_organisasi_sub_kegiatan_percentages(index: int, dicetak: str) -> None:
    n, p, r = ORG_SUB[index]
    assert leaf(n, p, r).persen() == D(dicetak)


def test_organisasi_fasilitasi_pelayanan_publik_is_84_49_not_printed_84_40() -> None:
    n, p, r = ORG_SUB[1]
    persen = leaf(n, p, r).persen()
    assert persen == D("84.49")
    assert persen != D("84.40")


def test_organisasi_total() -> None:
    t = total(organisasi_tree())
    assert t.pagu == D(796_858_170)
    assert t.realisasi == D(683_074_125)
    assert t.persen == D("85.72")
    (program,) = organisasi_tree()
    assert program.persen() == D("85.72")
    assert [k.persen() for k in program.anak] == [D("76.20"), D("91.75")]


def test_organisasi_table_iii_4_b_groupings() -> None:
    subs = [leaf(n, p, r) for n, p, r in ORG_SUB]
    row1 = total([subs[1], subs[3]])
    row2 = total([subs[0]])
    row3 = total([subs[2], subs[4]])
    assert (row1.pagu, row1.realisasi, row1.persen) == (D(227_760_105), D(177_653_428), D("78.00"))
    assert row1.persen != D("78.68")  # printed
    assert row2.persen == D("71.18")  # printed, consistent
    assert (row3.pagu, row3.realisasi, row3.persen) == (D(487_724_565), D(447_498_997), D("91.75"))
    assert row3.persen != D("93.59")  # printed


# --- realisasi per triwulan (SAKIP-rules §4.4, E.81 Rp columns) ------------------------------

E81_TW = {1: D(500_000), 2: D(700_000), 3: D(400_000), 4: D(800_000)}


@pytest.mark.parametrize(
    ("triwulan", "realisasi", "persen"),
    [(1, 500_000, "20.00"), (2, 1_200_000, "48.00"), (3, 1_600_000, "64.00"), (4, 2_400_000, "96.00")],
)
def test_realisasi_sd_per_triwulan(triwulan: int, realisasi: int, persen: str) -> None:
    line = leaf("Penyusunan Dokumen Perencanaan", 2_500_000, E81_TW)
    assert line.realisasi_sd(triwulan) == D(realisasi)
    assert line.persen(triwulan) == D(persen)


def test_realisasi_sd_default_is_whole_year() -> None:
    line = leaf("x", 2_500_000, E81_TW)
    assert line.realisasi_sd() == line.total_realisasi == D(2_400_000)
    assert line.persen() == D("96.00")


def test_realisasi_sd_rolls_up_through_the_tree() -> None:
    a = leaf("a", 1_000_000, {1: D(100_000), 3: D(300_000)})
    b = leaf("b", 3_000_000, {2: D(1_000_000), 4: D(500_000)})
    prog = node("P", TingkatAnggaran.PROGRAM, [node("K", TingkatAnggaran.KEGIATAN, [a, b])])
    assert [prog.realisasi_sd(tw) for tw in (1, 2, 3, 4)] == [D(100_000), D(1_100_000), D(1_400_000), D(1_900_000)]
    assert prog.persen(2) == D("27.50")
    t2 = total([prog], triwulan=2)
    assert (t2.pagu, t2.realisasi, t2.persen) == (D(4_000_000), D(1_100_000), D("27.50"))


def test_parent_pagu_is_ignored_when_it_has_children() -> None:
    # only leaves carry amounts: a stale pagu on a program must not be double counted
    prog = node("P", TingkatAnggaran.PROGRAM, [leaf("a", 300, 150), leaf("b", 100, 100)], pagu=999)
    assert prog.total_pagu == D(400)
    assert prog.persen() == D("62.50")


def test_percent_rounds_half_up() -> None:
    # 1000.1 / 2000 = 50.005 %
    assert leaf("x", 2000, {4: D("1000.1")}).persen() == D("50.01")


# --- empty and zero -------------------------------------------------------------------------


def test_empty_total() -> None:
    assert total([]) == BudgetTotal(D(0), D(0), None)


def test_empty_program_has_no_percent() -> None:
    prog = node("P", TingkatAnggaran.PROGRAM, [])
    assert prog.total_pagu == D(0)
    assert prog.total_realisasi == D(0)
    assert prog.persen() is None


def test_pagu_zero_gives_none_not_division_error() -> None:
    line = leaf("x", 0, 0)
    assert line.persen() is None
    # realisasi without pagu: still no percentage
    assert leaf("y", 0, 5_000).persen() is None
    assert total([leaf("z", 0, 5_000)]).persen is None


def test_leaf_without_realisasi_is_zero_percent() -> None:
    line = BudgetLine("k", "n", TingkatAnggaran.SUB_KEGIATAN, D(20_000_000))
    assert line.total_realisasi == D(0)
    assert line.persen() == D("0.00")


def test_key_is_carried() -> None:
    line = BudgetLine("7.01.01.2.01.0001", "n", TingkatAnggaran.SUB_KEGIATAN, D(1), key=42)
    assert line.key == 42
    assert [x.key for x in line.walk()] == [42]
