"""Budget lines behind an indicator, found by the codes of its cascade boxes."""

from __future__ import annotations

from decimal import Decimal

from sakip.core.budget import BudgetLine, TingkatAnggaran, total
from sakip.core.keterkaitan import baris_untuk_kode, kode_daun

D = Decimal


def sub(kode: str, pagu: str, real: str) -> BudgetLine:
    return BudgetLine(kode, kode, TingkatAnggaran.SUB_KEGIATAN, D(pagu), {4: D(real)})


def bagian_organisasi() -> list[BudgetLine]:
    """Tabel III.4.A of Bagian Organisasi: one program, one kegiatan, five sub kegiatan."""
    keg = BudgetLine("4.01.01.2.10", "Penataan Organisasi", TingkatAnggaran.KEGIATAN, anak=[
        sub("4.01.01.2.10.0001", "81373500", "57921700"),
        sub("4.01.01.2.10.0002", "100613435", "85012295"),
        sub("4.01.01.2.10.0003", "437724565", "399549077"),
        sub("4.01.01.2.10.0004", "127146670", "92641133"),
        sub("4.01.01.2.10.0005", "50000000", "47949920"),
    ])
    return [BudgetLine("4.01.01", "Program Penunjang", TingkatAnggaran.PROGRAM, anak=[keg])]


def test_leaf_codes_of_a_box() -> None:
    # The IKM Pemda box: kegiatan 4.01.01.2.10 listing sub kegiatan .0002 and .0004.
    assert kode_daun(["4.01.01.2.10", "4.01.01.2.10.0002", "4.01.01.2.10.0004"]) == {
        "4.01.01.2.10.0002", "4.01.01.2.10.0004"}
    # A program box without coded children stands for the whole program.
    assert kode_daun(["7.01.02", ""]) == {"7.01.02"}
    # Mixed depth: a program with its sub kegiatan, another program alone.
    assert kode_daun(["7.01.02", "7.01.02.2.04", "7.01.02.2.04.0002", "7.01.06"]) == {
        "7.01.02.2.04.0002", "7.01.06"}
    assert kode_daun([]) == set()


def test_ikm_pemda_budget_is_its_two_sub_kegiatan() -> None:
    # docs/demo-data/bagian-organisasi.md §3.8: 227.760.105 / 177.653.428 = 78,00%.
    lines = baris_untuk_kode(bagian_organisasi(), {"4.01.01.2.10.0002", "4.01.01.2.10.0004"})
    t = total(lines)
    assert (t.pagu, t.realisasi, t.persen) == (D("227760105"), D("177653428"), D("78.00"))


def test_a_matched_line_is_not_counted_again_through_its_children() -> None:
    lines = baris_untuk_kode(bagian_organisasi(), {"4.01.01.2.10", "4.01.01.2.10.0001"})
    assert [x.kode for x in lines] == ["4.01.01.2.10"]
    assert total(lines).pagu == D("796858170")
