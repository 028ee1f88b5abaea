"""The Kertas Kerja Reviu of a PD-year: the data reviu's findings beside the notes kept on them.

The rules (``rules.py``) are run afresh; each finding is matched with its stored line
(``sakip.kertaskerja``) by its rule code and the object it names, so a note survives a re-run
as long as the finding is still there. A stored line whose finding no longer appears is kept
and shown as "tidak muncul lagi" (the data was corrected).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from sakip.kertaskerja.models import TUNTAS, CatatanReviu, Langkah, StatusTemuan, kunci_temuan
from sakip.organisasi.models import Unit

from .dokumen.model import TingkatTemuan
from .rules import TemuanData, reviu_data

# A plain Indonesian title and the step of the reviu for every rule code (the code is shown only
# in a tooltip). A code missing here falls back to its own words and the consistency step.
JUDUL: dict[str, tuple[str, Langkah]] = {
    "PK_TIDAK_ADA": ("Perjanjian kinerja belum ditandatangani", Langkah.FORMAT),
    "PENANDATANGAN_TIDAK_MENJABAT": ("Penandatangan PK tidak menjabat pada tanggal PK", Langkah.FORMAT),
    "INDIKATOR_TANPA_FORMULASI": ("Indikator belum mempunyai formulasi perhitungan", Langkah.MEKANISME),
    "INDIKATOR_TANPA_SUMBER_DATA": ("Indikator belum mempunyai sumber data", Langkah.MEKANISME),
    "PK_TANPA_REALISASI": ("Realisasi indikator PK belum diisi", Langkah.MEKANISME),
    "REALISASI_KUMULATIF_TURUN": ("Realisasi kumulatif menurun antar triwulan", Langkah.MEKANISME),
    "PK_TANPA_TARGET": ("Target PK bernilai nol", Langkah.KONSISTENSI),
    "TARGET_RENCANA_KOSONG": ("Target Renstra tahun ini belum diisi", Langkah.KONSISTENSI),
    "TARGET_PK_BEDA_RENCANA": ("Target PK berbeda dengan target Renstra", Langkah.KONSISTENSI),
    "IKU_TIDAK_DI_PK": ("IKU tidak dimuat pada perjanjian kinerja", Langkah.KONSISTENSI),
    "ANGGARAN_PK_BEDA_DPA": ("Anggaran PK berbeda dengan pagu DPA", Langkah.KONSISTENSI),
    "ANGGARAN_PK_TANPA_DPA": ("Anggaran PK tanpa baris DPA yang sesuai", Langkah.KONSISTENSI),
    "ANGGARAN_MELEBIHI_PAGU": ("Realisasi anggaran melebihi pagu", Langkah.CAPAIAN),
    "SKALA_KOSONG": ("Indikator berkategori belum diberi skala", Langkah.CAPAIAN),
    "KATEGORI_TIDAK_SESUAI_SKALA": ("Kategori tidak sesuai dengan skala penilaian", Langkah.CAPAIAN),
    "NARASI_PENGHAMBAT_KOSONG": ("Faktor penghambat dan solusi belum ditulis", Langkah.ANALISIS),
}

# The document reviu's codes (the reader is rewritten beside this module: a new code falls back to
# its own words until it is named here).
JUDUL_DOKUMEN: dict[str, str] = {
    "ANGGARAN_KALIMAT_BEDA": "Angka anggaran dalam kalimat berbeda dengan tabel",
    "ANGGARAN_PK_TABEL_BEDA": "Anggaran PK berbeda dengan tabel anggaran",
    "ANGGARAN_PK_TANPA_PADANAN": "Anggaran PK tanpa padanan pada tabel anggaran",
    "CAPAIAN_SALAH": "Capaian tidak sesuai dengan target dan realisasi",
    "EFISIENSI_SALAH": "Efisiensi tidak sesuai dengan hitungannya",
    "FORMAT_ANGKA": "Penulisan angka tidak baku",
    "FORMAT_RUPIAH": "Penulisan rupiah tidak baku",
    "JUMLAH_ANGGARAN_SALAH": "Jumlah anggaran tidak sama dengan rinciannya",
    "JUMLAH_CAPAIAN_SALAH": "Jumlah capaian tidak sama dengan rinciannya",
    "JUMLAH_SALAH": "Jumlah tidak sama dengan rinciannya",
    "KATEGORI_SALAH": "Kategori capaian tidak sesuai skala",
    "NAMA_UNIT_LAIN": "Nama unit kerja lain tertulis pada dokumen",
    "NIP_BEDA_DATA": "NIP berbeda dengan data kepegawaian",
    "NIP_GANDA": "Satu NIP untuk dua nama",
    "NIP_TIDAK_SAH": "NIP tidak sah",
    "PERIODE_TIDAK_SAH": "Periode tidak sah",
    "PERSEN_ANGGARAN_SALAH": "Persentase realisasi anggaran salah hitung",
    "PROGRES_SALAH": "Progres terhadap target akhir salah hitung",
    "RATA_RATA_SALAH": "Rata-rata tidak sesuai dengan rinciannya",
    "REALISASI_TRIWULAN": "Realisasi triwulan tidak runtut",
    "RUJUKAN_TAHUN_BEDA": "Tahun yang dirujuk berbeda",
    "TANGGAL_TIDAK_SAH": "Tanggal tidak sah",
}

LABEL_TINGKAT = {TingkatTemuan.GALAT: "Galat", TingkatTemuan.PERINGATAN: "Peringatan", TingkatTemuan.INFO: "Info"}


_BAB = re.compile(r"\bBAB\s+([IVX]+)\b", re.IGNORECASE)
_NOMOR = re.compile(r"\b(?:Tabel|Gambar|Grafik)\s+([IVX]+|\d+)[.\-]\d", re.IGNORECASE)
_ROMAWI = {str(i): r for i, r in enumerate(("", "I", "II", "III", "IV", "V", "VI"))}


def bagian_dokumen(lokasi: str) -> str:
    """The chapter a document finding sits in ("BAB III"), read from its place; "Lainnya" when unknown."""
    if m := _BAB.search(lokasi):
        return f"BAB {m.group(1).upper()}"
    if m := _NOMOR.search(lokasi):
        nomor = m.group(1).upper()
        return f"BAB {_ROMAWI.get(nomor, nomor)}"
    if lokasi.casefold().startswith("lampiran"):
        return "Lampiran"
    return "Lainnya"


def judul_temuan(kode: str) -> str:
    """The plain title of a rule code ("Realisasi anggaran melebihi pagu")."""
    if kode in JUDUL:
        return JUDUL[kode][0]
    if kode in JUDUL_DOKUMEN:
        return JUDUL_DOKUMEN[kode]
    return kode.replace("_", " ").capitalize()


def langkah_temuan(kode: str) -> Langkah:
    return JUDUL[kode][1] if kode in JUDUL else Langkah.KONSISTENSI


@dataclass
class ButirKKR:
    """One line of the Kertas Kerja: a finding (None when it no longer appears) and its stored line."""

    kode: str
    objek: str
    langkah: Langkah
    temuan: TemuanData | None
    catatan: CatatanReviu | None

    @property
    def kunci(self) -> str:
        return kunci_temuan(self.kode, self.objek)

    @property
    def judul(self) -> str:
        return judul_temuan(self.kode)

    @property
    def status(self) -> StatusTemuan:
        if self.catatan is not None:
            return StatusTemuan(self.catatan.status)
        return StatusTemuan.TERBUKA

    @property
    def tingkat(self) -> TingkatTemuan | None:
        return self.temuan.tingkat if self.temuan else None

    @property
    def label_tingkat(self) -> str:
        return LABEL_TINGKAT[self.tingkat] if self.tingkat is not None else ""

    @property
    def muncul(self) -> bool:
        return self.temuan is not None

    @property
    def terbuka(self) -> bool:
        """Still awaiting the reviewer: neither settled nor gone from the data."""
        return self.muncul and self.status not in TUNTAS


@dataclass
class KertasKerja:
    unit: Unit
    tahun: int
    butir: list[ButirKKR] = field(default_factory=list)

    def per_langkah(self) -> list[tuple[Langkah, list[ButirKKR]]]:
        return [(lk, [b for b in self.butir if b.langkah == lk]) for lk in Langkah]

    @property
    def jumlah_tingkat(self) -> dict[str, int]:
        c = Counter(b.tingkat.value for b in self.butir if b.tingkat is not None)
        return {t.value: c.get(t.value, 0) for t in TingkatTemuan}

    @property
    def jumlah_status(self) -> dict[str, int]:
        c = Counter(b.status.value for b in self.butir if b.muncul)
        return {s.value: c.get(s.value, 0) for s in StatusTemuan}

    @property
    def galat_terbuka(self) -> list[ButirKKR]:
        """Errors not yet resolved or explained: what keeps an LKjIP a draft."""
        return [b for b in self.butir if b.terbuka and b.tingkat is TingkatTemuan.GALAT]

    @property
    def terbuka(self) -> list[ButirKKR]:
        return [b for b in self.butir if b.terbuka]

    @property
    def siap_pernyataan(self) -> bool:
        """Every finding still in the data is resolved or explained."""
        return not self.terbuka

    def cari(self, kunci: str) -> ButirKKR | None:
        return next((b for b in self.butir if b.kunci == kunci), None)


_URUTAN_LANGKAH = {lk: i for i, lk in enumerate(Langkah)}


def gabung(unit: Unit, tahun: int, temuan: list[TemuanData], catatan: list[CatatanReviu]) -> KertasKerja:
    """Match findings with their stored lines (two identical findings are one line)."""
    tersimpan = {c.kunci: c for c in catatan}
    butir: dict[str, ButirKKR] = {}
    for t in temuan:
        b = ButirKKR(t.kode, t.lokasi, langkah_temuan(t.kode), t, None)
        if b.kunci not in butir:
            b.catatan = tersimpan.pop(b.kunci, None)
            butir[b.kunci] = b
    for c in tersimpan.values():  # the data no longer yields this finding
        butir[c.kunci] = ButirKKR(c.kode, c.objek, Langkah(c.langkah), None, c)
    daftar = sorted(butir.values(), key=lambda b: (_URUTAN_LANGKAH[b.langkah], not b.muncul))
    return KertasKerja(unit, tahun, daftar)


def kertas_kerja(unit: Unit, tahun: int) -> KertasKerja:
    """The Kertas Kerja Reviu of one PD-year: the rules run now, with every stored note."""
    catatan = list(CatatanReviu.objects.filter(unit=unit, tahun=tahun).select_related(
        "dicatat_oleh", "dijawab_oleh", "diselesaikan_oleh"))
    return gabung(unit, tahun, reviu_data(unit, tahun), catatan)


def kertas_kerja_banyak(units: list[Unit], tahun: int) -> list[KertasKerja]:
    """The Kertas Kerja of many PDs (one query for all the stored lines)."""
    per_unit: dict[int, list[CatatanReviu]] = {}
    for c in CatatanReviu.objects.filter(unit__in=units, tahun=tahun):
        per_unit.setdefault(c.unit_id, []).append(c)
    return [gabung(u, tahun, reviu_data(u, tahun), per_unit.get(u.pk, [])) for u in units]
