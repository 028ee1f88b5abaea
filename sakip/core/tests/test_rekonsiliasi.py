"""Budgets that meet: Tabel III.4.b adds up to the DPA pagu, and the PK's budget is set against the DPA."""

from __future__ import annotations

from decimal import Decimal

from sakip.core.budget import BudgetLine, TingkatAnggaran
from sakip.core.keterkaitan import rekonsiliasi, selisih_pk_dpa

D = Decimal
P, K, S = TingkatAnggaran.PROGRAM, TingkatAnggaran.KEGIATAN, TingkatAnggaran.SUB_KEGIATAN


def _sub(kode: str, pagu: str, real: str) -> BudgetLine:
    return BudgetLine(kode, f"Sub {kode}", S, D(pagu), {4: D(real)})


DPA = [
    BudgetLine("7.01.01", "Penunjang", P, anak=[
        BudgetLine("7.01.01.2.01", "Perencanaan", K, anak=[_sub("7.01.01.2.01.0001", "100", "90")]),
        BudgetLine("7.01.01.2.02", "Keuangan", K, anak=[_sub("7.01.01.2.02.0001", "500", "450")]),
    ]),
    BudgetLine("7.01.03", "Pemberdayaan", P, anak=[
        BudgetLine("7.01.03.2.02", "Kelurahan", K, anak=[_sub("7.01.03.2.02.0001", "300", "270")]),
    ]),
]


def test_rows_double_counts_and_lines_without_sasaran_add_up_to_the_pagu() -> None:
    # Two indicators share kegiatan 2.01; program 7.01.03 supports no sasaran.
    per_ind = [{"7.01.01.2.01"}, {"7.01.01.2.01", "7.01.01.2.02"}]
    rk = rekonsiliasi(DPA, per_ind)
    assert (rk.dobel.pagu, rk.dobel.realisasi) == (D("100"), D("90"))
    assert [line.kode for line in rk.tanpa_sasaran] == ["7.01.03"]
    baris = D("100") + D("600")
    assert baris - rk.dobel.pagu + sum(line.total_pagu for line in rk.tanpa_sasaran) == D("900")


def test_no_indicator_leaves_the_whole_dpa_without_sasaran() -> None:
    rk = rekonsiliasi(DPA, [])
    assert [line.kode for line in rk.tanpa_sasaran] == ["7.01.01", "7.01.03"] and rk.dobel.pagu == 0


def test_pk_against_dpa_by_code_at_any_level() -> None:
    rows = selisih_pk_dpa([("7.01.01", "Penunjang", D("650")), ("7.01.03.2.02", "Kelurahan", D("300"))], DPA)
    assert [(r.kode, r.anggaran_pk, r.pagu_dpa, r.selisih) for r in rows] == [
        ("7.01.01", D("650"), D("600"), D("50")), ("7.01.03.2.02", D("300"), D("300"), D("0"))]
    # A program missing from the PK appears with its pagu, so both totals meet the documents'.
    rows = selisih_pk_dpa([("7.01.01.2.02", "Keuangan", D("500")), ("9.99", "Tak ada di DPA", D("7"))], DPA)
    assert [(r.kode, r.anggaran_pk, r.pagu_dpa) for r in rows] == [
        ("7.01.01.2.02", D("500"), D("500")), ("9.99", D("7"), None), ("7.01.01.2.01", None, D("100")),
        ("7.01.03", None, D("300"))]
    assert sum(r.selisih for r in rows) == D("7") - D("400")
