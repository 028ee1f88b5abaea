"""What the reviu knows about the Pemda beyond the document: its units and officials.

The Django side fills this from the database; without one, the built-in list of the
kecamatan of Kabupaten Mojokerto is used, so that a report naming another kecamatan as
its own is caught even on a machine without data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KECAMATAN_KABUPATEN_MOJOKERTO = (
    "Bangsal", "Dawarblandong", "Dlanggu", "Gedeg", "Gondang", "Jatirejo", "Jetis", "Kemlagi", "Kutorejo",
    "Mojoanyar", "Mojosari", "Ngoro", "Pacet", "Pungging", "Puri", "Sooko", "Trawas", "Trowulan",
)


@dataclass(frozen=True)
class UnitPemda:
    nama: str  # "Kecamatan Trowulan", "Kelurahan Kauman", "Bagian Organisasi"
    jenis: str  # "kecamatan", "kelurahan", "bagian", ...
    induk: str | None = None  # the parent's name


@dataclass(frozen=True)
class PejabatPemda:
    nama: str
    nip: str


@dataclass
class KonteksPemda:
    nama_pemda: str = "Kabupaten Mojokerto"
    unit: list[UnitPemda] = field(default_factory=list)
    pejabat: list[PejabatPemda] = field(default_factory=list)
    negatif: set[str] = field(default_factory=set)  # indicator keys with negative polarity

    @classmethod
    def bawaan(cls) -> KonteksPemda:
        """The built-in context: the 18 kecamatan of Kabupaten Mojokerto."""
        return cls(unit=[UnitPemda(f"Kecamatan {n}", "kecamatan") for n in KECAMATAN_KABUPATEN_MOJOKERTO])
