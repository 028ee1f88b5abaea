"""Category scales as documents print them: "Kategori Baik : 76,61 – 88,30".

LKjIPs print their own scale beside each indicator (IKU tables, definitions), and Sakip
stores those texts in the indicator's definition. This module reads such a text into a
``AturanSkala`` so that a printed or stored category label can be checked against the bands
the same document (or record) gives, before falling back on the standard scales.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .skala import AturanSkala, RentangSkala

_NUM = r"\d+(?:[.,]\d+)?"
_ENTRY = re.compile(
    r"(?:Kategori|Peringkat\s+Komposit\s*(?P<n>\d)\s*(?:\(\s*(?P<kode>P\s*-?\s*\d)\s*\))?)"
    r"\s*(?P<label>[A-Za-z][A-Za-z ]*?)?\s*:\s*(?:Skor\s*)?"
    rf"(?P<op>=<|<=|≤|<|>=|=>|≥|>)?\s*(?P<a>{_NUM})(?:\s*[-–—]\s*(?P<b>{_NUM}))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class KelasTertulis:
    """One printed band: its label, and the bounds as printed (b is None for '=< 60')."""

    label: str
    a: Decimal | None  # lower bound as printed; None for "=< 60"
    b: Decimal | None  # upper bound as printed


def kunci_label(label: str) -> str:
    """'Sangat  Baik' -> 'sangatbaik', 'P-1' -> 'p1': how labels are compared."""
    return re.sub(r"[^0-9a-z]", "", label.casefold())


def _angka(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text.replace(",", "."))


def baca_kelas(teks: str) -> list[KelasTertulis]:
    """Every band printed in ``teks``, in printed order."""
    flat = re.sub(r"\s+", " ", teks)
    rows: list[KelasTertulis] = []
    for m in _ENTRY.finditer(flat):
        label = (m.group("label") or "").strip()
        if m.group("n"):  # Peringkat Komposit 1 (P1): the code is the label
            label = m.group("kode") or f"P{m.group('n')}"
        if not label:
            continue
        a, b = _angka(m.group("a")), _angka(m.group("b"))
        op = m.group("op")
        if op in ("=<", "<=", "≤", "<"):
            rows.append(KelasTertulis(label, None, a))
        elif op in (">=", "=>", "≥", ">"):
            rows.append(KelasTertulis(label, a, None))
        else:
            rows.append(KelasTertulis(label, a, b))
    return rows


def skala_dari_teks(kode: str, teks: str, *, minimal_kelas: int = 3) -> AturanSkala | None:
    """A scale from its printed bands, or None when the text holds no scale.

    Printed bands leave gaps (60 | 61) or overlap (30-50 | 50-60); classification uses
    half-open bands from each printed lower bound to the next, so every value has one.
    """
    rows = baca_kelas(teks)
    if len(rows) < minimal_kelas:
        return None
    ordered = sorted(rows, key=lambda r: Decimal("-Infinity") if r.a is None else r.a)
    bands = []
    for i, row in enumerate(ordered):
        atas = ordered[i + 1].a if i + 1 < len(ordered) else None
        bawah = None if i == 0 else row.a
        bands.append(RentangSkala(row.label, row.label, bawah, True, atas, False, peringkat=i + 1))
    return AturanSkala(kode, kode, tuple(bands), desimal_klasifikasi=None)


def cari_kelas(scale: AturanSkala, label: str) -> RentangSkala | None:
    """The band of ``scale`` whose code or label is ``label`` (compared loosely)."""
    key = kunci_label(label)
    for band in scale.bands:
        if key in (kunci_label(band.kode), kunci_label(band.label)):
            return band
    return None


def label_sesuai(scale: AturanSkala, label: str, nilai: Decimal, *, tertulis: list[KelasTertulis] | None = None) -> bool | None:
    """Whether ``label`` fits ``nilai`` on ``scale``; None when the scale has no such label.

    A value on a printed bound (50 in "30-50 | 50-60") fits both neighbouring labels: the
    document's own ranges are read as closed intervals before the half-open rule applies.
    """
    band = cari_kelas(scale, label)
    if band is None:
        return None
    got = scale.classify(nilai)
    if got is not None and got.peringkat == band.peringkat:
        return True
    for row in tertulis or []:
        if kunci_label(row.label) != kunci_label(label):
            continue
        if (row.a is None or nilai >= row.a) and (row.b is None or nilai <= row.b):
            return True
    return False
