"""KIB subtotals of the aset table (Kecamatan Mojosari I.2: TOTAL KIB A … TOTAL ASET TETAP)."""

from __future__ import annotations

from decimal import Decimal

from sakip.core.aset import BarisAset, kelompokkan

D = Decimal


def rows() -> list[BarisAset]:
    tetap = "Aset Tetap"
    return [
        BarisAset(tetap, "A", "1.3.1.01.01.04", "TANAH UNTUK BANGUNAN TEMPAT KERJA", D("4590777000.00")),
        BarisAset(tetap, "A", "1.3.1.01.03.07", "TANAH UNTUK JALAN", D("30738558097.00")),
        BarisAset(tetap, "B", "1.3.2.02.02.02", "KENDARAAN TAK BERMOTOR PENUMPANG", D("6761739.12")),
        BarisAset(tetap, "B", "1.3.2.05.02.01", "MEUBELAIR", D("393572944.99")),
        BarisAset("Aset Lain-lain (Rusak Berat)", "", "1.5.4.01.01.01.002", "Peralatan dan Mesin Rusak Berat",
                  D("84000000.00")),
    ]


def test_groups_keep_document_order_and_add_up() -> None:
    groups = kelompokkan(rows())
    assert [g.nama for g in groups] == ["Aset Tetap", "Aset Lain-lain (Rusak Berat)"]
    tetap = groups[0]
    assert [(g.kib, g.total) for g in tetap.golongan] == [("A", D("35329335097.00")), ("B", D("400334684.11"))]
    assert tetap.total == D("35729669781.11")
    assert groups[1].total == D("84000000.00")
    assert len(tetap.baris) == 4


def test_no_rows_no_groups() -> None:
    assert kelompokkan([]) == []
