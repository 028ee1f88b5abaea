"""Reading printed figures: '93,15', '101%', '82 (Tinggi)', '1 Inovasi', 'Rp. 7.224.893.790', 'NA'.

Unlike the form parser of ``sakip.core.formatting`` this reader never refuses: a document
is what it is, so it returns the value it can read together with what is wrong with how
it is written ('Rp. 4.038.790.0000' has a group of four digits, '90.3%' a decimal dot).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sakip.core.numbers import quantize

_KOSONG = {"", "-", "–", "—", "na", "n/a", "n.a", "n.a.", "tidak ada", "nihil"}
_NA = {"na", "n/a", "n.a", "n.a."}
_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")
_PLAIN = re.compile(r"^\d+(,\d+)?$")
_DOT_DECIMAL = re.compile(r"^\d+\.\d{1,2}$|^\d+\.\d{4,}$")
_VALUE = re.compile(
    r"^(?P<rp>Rp\.?\s*)?(?P<sign>[-+])?\s*(?P<num>\d[\d.,]*\d|\d)\s*(?P<pct>%)?\s*"
    r"(?P<unit>[A-Za-z/][A-Za-z/ .]*?)?\s*(?:\(\s*(?P<label>[^)]*?)\s*\))?\s*$"
)


@dataclass(frozen=True)
class Nilai:
    teks: str  # as printed
    angka: Decimal | None
    desimal: int = 0  # decimals printed
    persen: bool = False
    rupiah: bool = False
    satuan: str = ""
    label: str = ""  # a category printed beside the number: "Tinggi", "A"
    na: bool = False  # printed "NA" / "N/A": explicitly not available
    cacat: str = ""  # what is wrong with the way it is written (Indonesian)

    @property
    def ada(self) -> bool:
        return self.angka is not None

    @property
    def kosong(self) -> bool:
        return self.angka is None and not self.cacat


def _num(raw: str) -> tuple[Decimal | None, int, str]:
    """Value, decimals printed and a defect of an Indonesian-written number."""
    if _GROUPED.match(raw) or _PLAIN.match(raw):
        whole, _, frac = raw.partition(",")
        return Decimal(whole.replace(".", "") + ("." + frac if frac else "")), len(frac), ""
    if _DOT_DECIMAL.match(raw):
        frac = raw.partition(".")[2]
        return Decimal(raw), len(frac), "memakai titik sebagai pemisah desimal"
    if re.fullmatch(r"\d{1,3}(\.\d{3})*\.\d{4,}(,\d+)?", raw) or re.fullmatch(r"\d+(\.\d+)+(,\d+)?", raw):
        return None, 0, "pengelompokan ribuan tidak sah"
    try:
        return Decimal(raw.replace(",", ".")), 0, "penulisan angka tidak baku"
    except InvalidOperation:
        return None, 0, "bukan angka"


def baca_nilai(teks: str) -> Nilai:
    """Read one printed cell or phrase holding a single figure."""
    t = re.sub(r"\s+", " ", (teks or "").replace("\u00a0", " ")).strip().rstrip(";")
    low = t.casefold()
    if low in _KOSONG:
        return Nilai(t, None, na=low in _NA)
    m = _VALUE.match(t)
    if not m:
        return Nilai(t, None)
    num = m.group("num").rstrip(".")
    angka, desimal, cacat = _num(num)
    if angka is not None and m.group("sign") == "-":
        angka = -angka
    unit = (m.group("unit") or "").strip().rstrip(".")
    if unit.casefold() in ("rp",):
        unit = ""
    return Nilai(
        teks=t, angka=angka, desimal=desimal, persen=bool(m.group("pct")), rupiah=bool(m.group("rp")),
        satuan=unit, label=(m.group("label") or "").strip(), cacat=cacat,
    )


def angka_teks(value: Decimal, desimal: int = 2) -> str:
    """Decimal -> Indonesian print with ``desimal`` decimals: 101.25 -> '101,25'."""
    q = quantize(value, desimal)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = ".".join(groups)
    return sign + (out + "," + frac if frac else out)


def persen_teks(value: Decimal, desimal: int = 2) -> str:
    return angka_teks(value, desimal) + "%"


def rupiah_teks(value: Decimal) -> str:
    return "Rp " + angka_teks(value, 0 if value == value.to_integral_value() else 2)
