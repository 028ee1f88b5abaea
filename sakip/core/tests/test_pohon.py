"""The pohon kinerja: placement of boxes, colours by capaian, misalignment findings, branches."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.core.pohon import (
    IndikatorPohon,
    JenisTidakSelaras,
    NodeInput,
    Pohon,
    TingkatPohon,
    bangun,
    cabang,
    jelajah,
    saring_tidak_selaras,
)

J = JenisTidakSelaras
V, M, T, S, P, K, SK = (TingkatPohon.VISI, TingkatPohon.MISI, TingkatPohon.TUJUAN, TingkatPohon.SASARAN, TingkatPohon.PROGRAM,
                        TingkatPohon.KEGIATAN, TingkatPohon.SUB_KEGIATAN)


def rp(key: str, induk: str | None, tingkat: TingkatPohon, *capaian: str | None) -> NodeInput:
    """An RPJMD box (visi, misi, RPJMD tujuan/sasaran)."""
    return NodeInput(key, induk, tingkat, key.upper(), rpjmd=True, indikator=_ind(capaian))


def pd(key: str, induk: str | None, tingkat: TingkatPohon, unit: str, mendukung: str | None = None,
       *capaian: str | None, misi: tuple[str, ...] = ()) -> NodeInput:
    """A box of a PD's cascade."""
    return NodeInput(key, induk, tingkat, key.upper(), unit=f"Unit {unit}", unit_key=unit,
                     mendukung=mendukung, indikator=_ind(capaian), misi_unit=frozenset(misi))


def _ind(capaian: tuple[str | None, ...]) -> tuple[IndikatorPohon, ...]:
    return tuple(IndikatorPohon(f"I{i}", capaian=None if c is None else Decimal(c)) for i, c in enumerate(capaian))


# A small Pemda: misi m1 with tujuan t1 (sasaran s1, s2), misi m2 with tujuan t2 (sasaran s3).
RPJMD = [
    rp("v", None, V), rp("m1", "v", M), rp("t1", "m1", T), rp("s1", "t1", S), rp("s2", "t1", S),
    rp("m2", "v", M), rp("t2", "m2", T), rp("s3", "t2", S),
]
# Unit A supports s1 (tujuan a, sasaran a1 with a program), unit B supports s2 and s3.
PD_BOXES = [
    pd("a", None, T, "A", "s1"), pd("a1", "a", S, "A", "s1"), pd("ap", "a1", P, "A"), pd("ak", "ap", K, "A"),
    pd("b", None, T, "B", "s2"), pd("b1", "b", S, "B", "s2"), pd("c", None, S, "C", "s3"),
]


def shape(pohon: Pohon) -> list[tuple[str, int]]:
    return [(s.key, d) for s, d in jelajah([*pohon.akar, *pohon.lepas])]


def findings(pohon: Pohon) -> set[tuple[JenisTidakSelaras, str]]:
    return {(t.jenis, t.key) for t in pohon.tidak_selaras}


def test_boxes_hang_from_visi_to_program_in_input_order() -> None:
    pohon = bangun(RPJMD + PD_BOXES)
    assert shape(pohon) == [
        ("v", 0), ("m1", 1), ("t1", 2), ("s1", 3), ("a", 4), ("a1", 5), ("ap", 6), ("ak", 7),
        ("s2", 3), ("b", 4), ("b1", 5), ("m2", 1), ("t2", 2), ("s3", 3), ("c", 4),
    ]
    assert pohon.tidak_selaras == []
    assert pohon.simpul["s1"].pendukung == 2 and pohon.simpul["t1"].pendukung == 0


def _replace(boxes: list[NodeInput], **new: NodeInput) -> list[NodeInput]:
    return [new.get(b.key, b) for b in boxes] + [b for k, b in new.items() if k not in {x.key for x in boxes}]


@pytest.mark.parametrize(("case", "nodes", "expected"), [
    ("aligned", RPJMD + PD_BOXES, set()),
    ("PD sasaran supports nothing", _replace(RPJMD + PD_BOXES, a1=pd("a1", "a", S, "A")),
     {(J.TIDAK_MENDUKUNG, "a1")}),
    ("PD tujuan supports nothing", _replace(RPJMD + PD_BOXES, a=pd("a", None, T, "A")),
     {(J.TIDAK_MENDUKUNG, "a")}),
    ("supports a PD box, not an RPJMD one", _replace(RPJMD + PD_BOXES, b1=pd("b1", "b", S, "B", "a1")),
     {(J.TIDAK_MENDUKUNG, "b1")}),
    ("supports an unknown box", _replace(RPJMD + PD_BOXES, b1=pd("b1", "b", S, "B", "zz")),
     {(J.TIDAK_MENDUKUNG, "b1")}),
    ("RPJMD sasaran nobody supports", _replace(RPJMD + PD_BOXES, b=pd("b", None, T, "B", "s1"),
                                              b1=pd("b1", "b", S, "B", "s1")),
     {(J.TANPA_PENDUKUNG, "s2")}),
    ("misi nobody supports", _replace(RPJMD + PD_BOXES, c=pd("c", None, S, "C", "s2")),
     {(J.TANPA_PENDUKUNG, "t2"), (J.TANPA_PENDUKUNG, "s3"), (J.MISI_TANPA_PENDUKUNG, "m2")}),
    ("misi without tujuan", RPJMD + PD_BOXES + [rp("m3", "v", M)], {(J.MISI_TANPA_TUJUAN, "m3")}),
    ("RPJMD tujuan without misi", RPJMD + PD_BOXES + [rp("t9", None, T), rp("s9", "t9", S),
                                                       pd("d", None, T, "D", "s9")],
     {(J.TUJUAN_TANPA_MISI, "t9")}),
    ("supports a misi the unit does not declare",
     _replace(RPJMD + PD_BOXES, c=pd("c", None, S, "C", "s3", misi=("m1",))), {(J.MISI_TIDAK_SESUAI, "c")}),
    ("supports a declared misi", _replace(RPJMD + PD_BOXES, c=pd("c", None, S, "C", "s3", misi=("m1", "m2"))),
     set()),
    ("programs are never findings", RPJMD + PD_BOXES + [pd("bp", "b1", P, "B")], set()),
])
def test_misalignments(case: str, nodes: list[NodeInput], expected: set[tuple[JenisTidakSelaras, str]]) -> None:
    assert findings(bangun(nodes)) == expected, case


def test_a_pd_tujuan_supporting_nothing_is_listed_loose_with_its_subtree() -> None:
    pohon = bangun(_replace(RPJMD + PD_BOXES, a=pd("a", None, T, "A")))
    assert [s.key for s in pohon.lepas] == ["a"]
    assert [s.key for s, _ in jelajah(pohon.lepas)] == ["a", "a1", "ap", "ak"]
    assert "a" not in {s.key for s, _ in jelajah(pohon.akar)}


def test_an_rpjmd_tujuan_without_misi_is_shown_under_the_visi() -> None:
    pohon = bangun(RPJMD + [rp("t9", None, T)])
    assert [c.key for c in pohon.akar[0].anak] == ["m1", "m2", "t9"]


@pytest.mark.parametrize(("capaian", "expected", "kode", "warna"), [
    (("101.25",), "101.25", "ST", 4),
    (("90.00",), "90.00", "T", 3),  # predikat kinerja: 75 < x <= 90 is Tinggi
    (("90.01",), "90.01", "ST", 4),
    (("70",), "70.00", "S", 2),
    (("60",), "60.00", "R", 1),
    (("50",), "50.00", "SR", 0),
    (("100", "80"), "90.00", "T", 3),  # the mean of the printed capaian
    ((None, "95"), "95.00", "ST", 4),  # an unmeasurable indicator is left out, not counted as 0
    ((None,), None, None, None),
    ((), None, None, None),
])
def test_colour_follows_the_capaian_category(capaian: tuple[str | None, ...], expected: str | None,
                                             kode: str | None, warna: int | None) -> None:
    s = bangun([*RPJMD, pd("x", None, S, "X", "s1", *capaian)]).simpul["x"]
    assert s.capaian == (None if expected is None else Decimal(expected))
    assert (s.kategori.kode if s.kategori else None) == kode
    assert s.warna == warna


def test_cross_cutting_support_is_marked_where_it_differs_from_the_placement() -> None:
    pohon = bangun(_replace(RPJMD + PD_BOXES, b1=pd("b1", "b", S, "B", "s3")))
    assert pohon.simpul["b1"].dukungan_lain is pohon.simpul["s3"]
    assert pohon.simpul["a1"].dukungan_lain is None  # supports the box it hangs under
    assert pohon.simpul["s3"].pendukung == 2


def test_branch_of_one_unit_keeps_the_path_from_the_visi_and_its_findings() -> None:
    nodes = _replace(RPJMD + PD_BOXES, a1=pd("a1", "a", S, "A"), b1=pd("b1", "b", S, "B"))
    branch = cabang(bangun(nodes), ["A"])
    assert shape(branch) == [("v", 0), ("m1", 1), ("t1", 2), ("s1", 3), ("a", 4), ("a1", 5), ("ap", 6),
                             ("ak", 7)]
    assert findings(branch) == {(J.TIDAK_MENDUKUNG, "a1")}
    assert [s.key for s, _ in jelajah(cabang(bangun(nodes), ["A"], sampai=P).akar)][-1] == "ap"


def test_branch_of_a_unit_supporting_nothing_is_its_loose_boxes() -> None:
    branch = cabang(bangun(_replace(RPJMD + PD_BOXES, c=pd("c", None, S, "C"))), ["C"])
    assert branch.akar == [] and [s.key for s in branch.lepas] == ["c"]


def test_filter_keeps_only_misaligned_boxes_and_their_path() -> None:
    nodes = _replace(RPJMD + PD_BOXES, b1=pd("b1", "b", S, "B"))
    only = saring_tidak_selaras(bangun(nodes))
    assert shape(only) == [("v", 0), ("m1", 1), ("t1", 2), ("s2", 3), ("b", 4), ("b1", 5)]
    assert findings(only) == {(J.TIDAK_MENDUKUNG, "b1")}
    assert only.jumlah() == {J.TIDAK_MENDUKUNG: 1}


def test_a_loop_of_parents_never_hangs_the_build() -> None:
    pohon = bangun([*RPJMD, pd("x", "y", S, "X", "s1"), pd("y", "x", S, "X", "s1")])
    assert {s.key for s, _ in jelajah(pohon.lepas)} == {"x", "y"}


def test_findings_follow_the_input_order_and_speak_indonesian() -> None:
    pohon = bangun(_replace(RPJMD + PD_BOXES, a1=pd("a1", "a", S, "A"), c=pd("c", None, S, "C")))
    assert [t.key for t in pohon.tidak_selaras] == ["m2", "t2", "s3", "a1", "c"]
    pesan = {t.key: t.pesan for t in pohon.tidak_selaras}
    assert pesan["a1"] == "Sasaran 'A1' (Unit A) tidak mendukung tujuan/sasaran RPJMD mana pun."
    assert pesan["m2"] == "Misi 'M2' tidak didukung tujuan/sasaran perangkat daerah mana pun."
