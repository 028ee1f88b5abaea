"""Pieces the LKjIP chapters share: how a figure is printed, the capaian table, the charts in use."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sakip.core import formatting as fmt
from sakip.core.capaian import Capaian

from ..data import BarisIndikator, DataLaporan, DataPK, Terukur
from ..data_pemda import DataLaporanPemda
from ..docxkit import Dokumen, Kolom, Rata, Sel
from ..pk import IsiPK, muat_pk

_TANPA_SATUAN = {"", "nilai", "indeks", "skor", "angka", "poin"}


def label_indikator(nama: str, satuan: str) -> str:
    """'Jumlah PD/UKPD dengan nilai SKM minimal baik (PD/UKPD)': tables print bare numbers."""
    return nama if satuan.strip().casefold() in _TANPA_SATUAN else f"{nama} ({satuan.strip()})"


def target(b: BarisIndikator) -> str:
    """The agreed target as the PK writes it (no trailing zeros)."""
    return fmt.angka_ringkas(b.hasil.input.target)


def realisasi(b: BarisIndikator) -> str:
    """The realisasi as measured, with the indicator's decimals."""
    return fmt.angka(b.hasil.realisasi, b.desimal)


def capaian(c: Capaian) -> str:
    """A capaian cell: '–' where none can be computed (the analysis sentences say why)."""
    return fmt.persen(c.persen) if c.terukur else "–"


def sebut_indikator(judul: str, awal: str = "indikator") -> str:
    """'indikator Perjanjian Kinerja', but 'Indikator Kinerja Utama' without the word twice."""
    return judul if judul.startswith("Indikator") else f"{awal} {judul}"


def judul_pk(pk: Terukur, tahun: int) -> str:
    return f"{pk.judul} Tahun {tahun} (sesuai Dokumen Perencanaan Periode {pk.periode.nama})"


def kategori(b: BarisIndikator) -> str:
    return b.hasil.kategori.label if b.hasil.kategori else "–"


@dataclass(frozen=True)
class KolomIsi:
    """A column of the capaian table and how a row fills it."""

    kolom: Kolom
    isi: Callable[[BarisIndikator], str]


def kelompok_sasaran(baris: Sequence[BarisIndikator]) -> list[tuple[str, list[BarisIndikator]]]:
    """Consecutive rows of one sasaran, in order."""
    out: list[tuple[str, list[BarisIndikator]]] = []
    for b in baris:
        if out and out[-1][0] == b.sasaran:
            out[-1][1].append(b)
        else:
            out.append((b.sasaran, [b]))
    return out


def tabel_indikator(dok: Dokumen, pk: Terukur, kolom: Sequence[KolomIsi], *, kepala: list[list[Sel | str | None]]
                    | None = None, lebar_sasaran: float = 3.2, lebar_indikator: float = 3.6,
                    ukuran: float | None = None, tambahan: list[list[Sel | str | None]] | None = None) -> None:
    """A table of the PK's indicators grouped by sasaran: No | Sasaran | Indikator | columns…

    'Kinerja lainnya' rows follow under a row of their own, numbered again from 1.
    """
    cols = [Kolom("No", 0.7, Rata.TENGAH), Kolom("Sasaran Strategis", lebar_sasaran),
            Kolom("Indikator Kinerja", lebar_indikator), *(k.kolom for k in kolom)]
    rows: list[list[Sel | str | None]] = []
    lekat: set[int] = set()  # the rows of one sasaran stay together
    for lainnya, group in ((False, pk.utama), (True, pk.lainnya)):
        if not group:
            continue
        if lainnya:
            rows.append([Sel("Kinerja Lainnya", tebal=True, lebar_kolom=len(cols), latar="F2F2F2", lekat=True)])
        for nomor, (sasaran, items) in enumerate(kelompok_sasaran(group), start=1):
            for i, b in enumerate(items):
                head: list[Sel | str | None] = (
                    [Sel(str(nomor), tinggi_baris=len(items)), Sel(sasaran, tinggi_baris=len(items))]
                    if i == 0 else [None, None]
                )
                if i < len(items) - 1:
                    lekat.add(len(rows))
                rows.append([*head, label_indikator(b.nama, b.satuan), *(k.isi(b) for k in kolom)])
    rows += tambahan or []
    dok.tabel(cols, rows, kepala=kepala, ukuran=ukuran, lekat=lekat)


@dataclass
class Konteks:
    """The document being written and the data it prints."""

    dok: Dokumen
    data: DataLaporan | DataLaporanPemda  # a PD-year, or the Pemda itself (the Kabupaten)
    sudah_dianalisis: dict[tuple[object, ...], str] = field(default_factory=dict)  # -> where it was analysed
    sudah_digambar: set[tuple[object, ...]] = field(default_factory=set)
    _isi_pk: dict[int, IsiPK] = field(default_factory=dict)

    def isi_pk(self, pk: DataPK) -> IsiPK:
        """The PK document's content, loaded once for BAB II and the Lampiran."""
        if pk.model.pk not in self._isi_pk:
            self._isi_pk[pk.model.pk] = muat_pk(pk.model)
        return self._isi_pk[pk.model.pk]

    @property
    def tahun(self) -> int:
        return self.data.tahun

    @property
    def nama(self) -> str:
        return self.data.nama
