"""Plausibility of a value at the door (issue #13): what is refused and what must be confirmed.

Pure rules; the services of ``realisasi`` and ``anggaran`` apply them to every value whatever
the door (web grid, API, workbook import, command), so an operator's slip ("1.250.000" for 40
people, "3,5 Laporan", a budget realisasi of 110 % of its pagu) is never stored silently.

- A unit that counts whole things (its satuan is ``bulat``) takes integers only.
- A percentage of an indicator that is a share (``persen_bagian``) is at most 100.
- A value more than ``KALI_TARGET`` times its target, or more than ``KALI_LOMPATAN`` times the
  previous value of the indicator, is a question: it is stored only with a reason.
- Budget realisasi summed over the year above the pagu is refused, unless the Pemda allows it
  and a reason is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .formatting import angka_ringkas

# "Far outside": ten times the year's target, or a hundredfold jump from the previous value.
KALI_TARGET = Decimal(10)
KALI_LOMPATAN = Decimal(100)
SERATUS = Decimal(100)

# Count units seeded for every Pemda (the Admin Pemda edits the list): whole things only.
SATUAN_BULAT_AWAL = (
    "Dokumen", "Laporan", "Orang", "Jiwa", "Paket", "Unit", "Inovasi", "Kegiatan", "Buah", "Kali",
    "Lembaga", "Desa", "Kelurahan", "Sekolah", "KK", "Rumah", "PD", "OPD", "Rekomendasi", "Aplikasi",
    "Kasus", "Ekor", "Bangunan", "Titik", "Lokasi", "Perda", "Perkada", "Sertifikat", "Berkas",
)

_PERSEN = {"%", "persen", "persentase", "prosentase"}
# A name that says the value is a part of a whole ...
_BAGIAN = re.compile(r"\b(persentase|prosentase|proporsi|cakupan)\b", re.IGNORECASE)
# ... unless it measures a change, which may exceed 100 % (PAD growing 150 %).
_PERUBAHAN = re.compile(r"\b(pertumbuhan|peningkatan|kenaikan|penurunan|laju|perubahan)\b", re.IGNORECASE)


def kunci_satuan(satuan: str) -> str:
    """The satuan as the table of units keys it: spaces collapsed, case folded."""
    return " ".join(satuan.split()).casefold()


@dataclass(frozen=True)
class AturanSatuan:
    """Which units of a Pemda count whole things: the seeded list as the Admin Pemda changed it."""

    bulat: frozenset[str]  # keys (``kunci_satuan``) of whole-number units
    pecahan: frozenset[str] = frozenset()  # keys the Admin Pemda set to allow fractions

    def dihitung_utuh(self, satuan: str) -> bool:
        """Whether values of ``satuan`` are whole numbers; "Orang/Bulan" follows "Orang" unless set itself."""
        k = kunci_satuan(satuan)
        if k in self.bulat or k in self.pecahan:
            return k in self.bulat
        kepala = k.split("/")[0].strip()
        return kepala != k and kepala in self.bulat


def persen_bagian(nama: str, satuan: str, *, tanda: bool = False) -> bool:
    """Whether an indicator's value is a share of a whole, so never above 100 %.

    ``tanda`` is the explicit flag; otherwise a % unit on an indicator whose name says
    persentase/proporsi/cakupan and does not measure a change (pertumbuhan, peningkatan, ...).
    """
    if tanda:
        return True
    return (kunci_satuan(satuan) in _PERSEN and _BAGIAN.search(nama) is not None
            and _PERUBAHAN.search(nama) is None)


def galat_bulat(nilai: Decimal | None, satuan: str) -> str | None:
    """The refusal of a fraction in a count unit (None when the value is whole or empty)."""
    if nilai is None or nilai == nilai.to_integral_value():
        return None
    return f"satuan {satuan} dihitung utuh; isi bilangan bulat, bukan {angka_ringkas(nilai, 4)}"


def galat_persen(nilai: Decimal | None) -> str | None:
    """The refusal of a share above 100 %."""
    if nilai is None or nilai <= SERATUS:
        return None
    return f"persentase ini bagian dari keseluruhan; paling besar 100, bukan {angka_ringkas(nilai, 4)}"


def pertanyaan_kewajaran(nilai: Decimal | None, target: Decimal | None,
                         sebelumnya: Decimal | None) -> str | None:
    """Why a value needs confirming (None when plausible).

    More than ``KALI_TARGET`` × a positive target, or more than ``KALI_LOMPATAN`` × a positive
    previous value. Zero and negative values, and values without a positive reference, pass.
    """
    if nilai is None or nilai <= 0:
        return None
    if target is not None and target > 0 and nilai > KALI_TARGET * target:
        return (f"{angka_ringkas(nilai, 4)} lebih dari {angka_ringkas(KALI_TARGET, 0)} kali target "
                f"{angka_ringkas(target, 4)}")
    if sebelumnya is not None and sebelumnya > 0 and nilai > KALI_LOMPATAN * sebelumnya:
        return (f"{angka_ringkas(nilai, 4)} lebih dari {angka_ringkas(KALI_LOMPATAN, 0)} kali nilai "
                f"sebelumnya {angka_ringkas(sebelumnya, 4)}")
    return None


def melebihi_pagu(jumlah_setahun: Decimal, pagu: Decimal | None) -> bool:
    """Whether the year's budget realisasi exceeds the pagu (no pagu: nothing to exceed)."""
    return pagu is not None and jumlah_setahun > pagu
