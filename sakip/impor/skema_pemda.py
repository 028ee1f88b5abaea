"""The shape of a Pemda file (sakip/demo/data/FORMAT.md), checked before anything is stored.

``periksa(data)`` walks ``{"pemda": ..., "unit": [...]}`` and raises ``BerkasPemdaTidakSah`` at the
first missing key, unknown key, wrong type or number that cannot be stored, naming its place in
the JSON (``unit[3].periode["2021-2025"].cascade[0].indikator[2].target["2025"]``). References
between parts (a parent slug, a pejabat ref, a period name) are resolved by the loader, which
names the same kind of path. Unknown keys are refused too: a mistyped ``"targte"`` would
otherwise be dropped without a word.
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sakip.core.batas import AngkaDitolak, JenisAngka, jenis_satuan
from sakip.core.batas import periksa as periksa_batas


class BerkasPemdaTidakSah(ValueError):
    """A Pemda file that cannot be loaded; ``jalur`` is the place in the JSON, ``pesan`` why."""

    def __init__(self, jalur: str, pesan: str) -> None:
        super().__init__(f"{jalur}: {pesan}" if jalur else pesan)
        self.jalur = jalur
        self.pesan = pesan


def jalur_kunci(jalur: str, kunci: str) -> str:
    """``a.b`` for a fixed key, ``a["2025"]`` for a key chosen by the file (a year, a period name)."""
    return f"{jalur}.{kunci}" if jalur else kunci


def jalur_peta(jalur: str, kunci: str) -> str:
    return f"{jalur}[{json.dumps(kunci, ensure_ascii=False)}]"


def _jenis(nilai: object) -> str:
    """How the message names the JSON type found."""
    if nilai is None:
        return "null"
    if isinstance(nilai, bool):
        return "true/false"
    if isinstance(nilai, int):
        return "bilangan bulat"
    if isinstance(nilai, float):
        return "angka"
    if isinstance(nilai, str):
        return "teks"
    if isinstance(nilai, Mapping):
        return "objek {...}"
    if isinstance(nilai, list | tuple):
        return "daftar [...]"
    return type(nilai).__name__


def _salah_jenis(jalur: str, harus: str, nilai: object) -> BerkasPemdaTidakSah:
    return BerkasPemdaTidakSah(jalur, f"{'' if jalur else 'isi berkas '}harus {harus}, bukan {_jenis(nilai)}")


Konteks = dict[str, Any]


class Aturan(ABC):
    """One node of the schema: checks a value at a path."""

    @abstractmethod
    def periksa(self, nilai: object, jalur: str, ktx: Konteks) -> None:
        """Raise BerkasPemdaTidakSah naming ``jalur`` when ``nilai`` does not fit."""


@dataclass(frozen=True)
class Teks(Aturan):
    kosong: bool = False  # null allowed

    def periksa(self, nilai: object, jalur: str, ktx: Konteks) -> None:
        if nilai is None and self.kosong:
            return
        if not isinstance(nilai, str):
            raise _salah_jenis(jalur, "teks" + (" atau null" if self.kosong else ""), nilai)


@dataclass(frozen=True)
class Bulat(Aturan):
    def periksa(self, nilai: object, jalur: str, ktx: Konteks) -> None:
        if isinstance(nilai, bool) or not isinstance(nilai, int):
            raise _salah_jenis(jalur, "bilangan bulat", nilai)


@dataclass(frozen=True)
class Logika(Aturan):
    def periksa(self, nilai: object, jalur: str, ktx: Konteks) -> None:
        if not isinstance(nilai, bool):
            raise _salah_jenis(jalur, "true atau false", nilai)


@dataclass(frozen=True)
class Tanggal(Aturan):
    kosong: bool = False

    def periksa(self, nilai: object, jalur: str, ktx: Konteks) -> None:
        if nilai is None and self.kosong:
            return
        if not isinstance(nilai, str):
            raise _salah_jenis(jalur, "tanggal \"TTTT-BB-HH\"" + (" atau null" if self.kosong else ""), nilai)
        try:
            date.fromisoformat(nilai)
        except ValueError:
            raise BerkasPemdaTidakSah(jalur, f"tanggal \"{nilai}\" tidak sah; tulis \"TTTT-BB-HH\", "
                                             "mis. \"2025-01-24\"") from None


@dataclass(frozen=True)
class Angka(Aturan):
    """A number written as text ("93.15"), within the bounds of what it measures.

    ``jenis`` None: an indicator's value, whose kind follows the indicator's satuan.
    """

    jenis: JenisAngka | None = None

    def periksa(self, nilai: object, jalur: str, ktx: Konteks) -> None:
        if nilai is None or nilai == "":
            return  # a value the document does not give
        if not isinstance(nilai, str):
            raise BerkasPemdaTidakSah(jalur, f"angka ditulis sebagai teks dengan titik desimal, mis. \"93.15\", "
                                             f"bukan {_jenis(nilai)}")
        try:
            d = Decimal(nilai.strip())
        except InvalidOperation:
            d = Decimal("NaN")
        if not d.is_finite():
            raise BerkasPemdaTidakSah(jalur, f"\"{nilai}\" bukan angka; tulis dengan titik desimal, mis. \"93.15\"")
        jenis = self.jenis or jenis_satuan(str(ktx.get("satuan") or ""))
        try:
            periksa_batas(d, jenis)
        except AngkaDitolak as exc:
            raise BerkasPemdaTidakSah(jalur, f"\"{nilai}\" ditolak: {exc}") from None


@dataclass(frozen=True)
class Daftar(Aturan):
    isi: Aturan

    def periksa(self, nilai: object, jalur: str, ktx: Konteks) -> None:
        if not isinstance(nilai, list | tuple):
            raise _salah_jenis(jalur, "daftar [...]", nilai)
        for i, x in enumerate(nilai):
            self.isi.periksa(x, f"{jalur}[{i}]", ktx)


@dataclass(frozen=True)
class Pasangan(Aturan):
    """``["Luas wilayah", "26,65 km²"]``: a label and its text."""

    def periksa(self, nilai: object, jalur: str, ktx: Konteks) -> None:
        if not isinstance(nilai, list | tuple) or len(nilai) != 2:
            raise _salah_jenis(jalur, "pasangan [\"label\", \"teks\"]", nilai)
        for i, x in enumerate(nilai):
            Teks().periksa(x, f"{jalur}[{i}]", ktx)


_TAHUN = re.compile(r"\d{4}")


@dataclass(frozen=True)
class Peta(Aturan):
    """An object whose keys the file chooses: years ("2025"), period names, or a fixed few."""

    isi: Aturan
    kunci: frozenset[str] | None = None  # None: any text; else only these
    tahun: bool = False  # keys are years

    def periksa(self, nilai: object, jalur: str, ktx: Konteks) -> None:
        if not isinstance(nilai, Mapping):
            raise _salah_jenis(jalur, "objek {...}", nilai)
        for k, v in nilai.items():
            j = jalur_peta(jalur, str(k))
            if self.tahun and not (isinstance(k, str) and _TAHUN.fullmatch(k)):
                raise BerkasPemdaTidakSah(j, "kunci harus tahun empat angka, mis. \"2025\"")
            if self.kunci is not None and k not in self.kunci:
                raise BerkasPemdaTidakSah(j, "kunci tidak dikenal; yang boleh: " + ", ".join(sorted(self.kunci)))
            self.isi.periksa(v, j, ktx)


@dataclass(frozen=True)
class Objek(Aturan):
    wajib: Mapping[str, Aturan]
    boleh: Mapping[str, Aturan] = field(default_factory=dict)
    # What children need to know of this object (an indicator's satuan for its values).
    konteks: Callable[[Mapping[str, Any]], Konteks] | None = None

    def periksa(self, nilai: object, jalur: str, ktx: Konteks) -> None:
        if not isinstance(nilai, Mapping):
            raise _salah_jenis(jalur, "objek {...}", nilai)
        for k in self.wajib:
            if k not in nilai:
                raise BerkasPemdaTidakSah(jalur_kunci(jalur, k), "kunci wajib ini tidak ada")
        if self.konteks is not None:
            ktx = {**ktx, **self.konteks(nilai)}
        for k, v in nilai.items():
            aturan = self.wajib.get(k) or self.boleh.get(k)
            if aturan is None:
                raise BerkasPemdaTidakSah(jalur_kunci(jalur, str(k)), "kunci tidak dikenal (salah ketik?)")
            aturan.periksa(v, jalur_kunci(jalur, k), ktx)


@dataclass(frozen=True)
class Tunda(Aturan):
    """A rule defined later (the cascade and the DPA are trees)."""

    ambil: Callable[[], Aturan]

    def periksa(self, nilai: object, jalur: str, ktx: Konteks) -> None:
        self.ambil().periksa(nilai, jalur, ktx)


T, TK = Teks(), Teks(kosong=True)
RUPIAH = Angka(JenisAngka.RUPIAH)

JABATAN = Objek({"nama": T, "mulai": Tanggal()},
                {"unit": TK, "plt": Logika(), "selesai": Tanggal(kosong=True), "kepala_unit": Logika()})
PEJABAT = Objek({"ref": T, "nama": T},
                {"gelar_depan": T, "gelar_belakang": T, "nip": TK, "pangkat": T, "golongan": T,
                 "sintetis": Logika(), "jabatan": Daftar(JABATAN)})
PERIODE = Objek({"nama": T, "mulai": Bulat(), "selesai": Bulat(), "visi": T, "misi": Daftar(T)},
                {"dasar_hukum": T})
PEMDA = Objek({"slug": T, "nama": T, "provinsi": T, "periode": Daftar(PERIODE)},
              {"ibukota": T, "pejabat": Daftar(PEJABAT)})

BAGIAN_REALISASI = frozenset({"TW1", "TW2", "TW3", "TW4", "S1", "S2", "TAHUN"})
NARASI_INDIKATOR = frozenset({"faktor_pendorong", "faktor_penghambat", "solusi", "rencana_tindak_lanjut"})
NARASI_UNIT = frozenset({"latar_belakang", "isu_strategis", "efisiensi", "kesimpulan", "upaya_perbaikan",
                         "tindak_lanjut_sakip", "prestasi"})
TINGKAT_PEMBANDING = frozenset({"pemda", "provinsi", "nasional"})

TURUNAN = Objek({"fungsi": T, "mulai_tahun": Bulat()},
                {"sumber": T, "cakupan": T, "kategori_min": T, "nilai_min": Angka(JenisAngka.NILAI)})
INDIKATOR = Objek(
    {"ref": T, "nama": T},
    {"kode_standar": TK, "satuan": T, "definisi": T, "formulasi": T, "sumber_data": T, "iku": Logika(),
     "polaritas": T, "agregasi": T, "skala": TK, "desimal": Bulat(), "target": Peta(Angka(), tahun=True),
     "target_akhir": Angka(), "pendahulu": TK,
     "realisasi": Peta(Peta(Angka(), BAGIAN_REALISASI), tahun=True),
     "pembanding": Peta(Peta(Angka(), TINGKAT_PEMBANDING), tahun=True),
     "narasi": Peta(Peta(T, NARASI_INDIKATOR), tahun=True), "turunan": TURUNAN},
    konteks=lambda d: {"satuan": d.get("satuan")},
)
NODE: Objek = Objek(
    {"tingkat": T, "nama": T},
    {"kode": T, "ref": TK, "misi": Bulat(), "mendukung": TK, "indikator": Daftar(INDIKATOR),
     "anak": Daftar(Tunda(lambda: NODE))},
)
PERIODE_UNIT = Objek({}, {"misi": Daftar(Bulat()), "cascade": Daftar(NODE), "indikator_lain": Daftar(INDIKATOR)})
TRIWULAN_RA = frozenset({"TW1", "TW2", "TW3", "TW4"})
RENCANA_AKSI = Objek({}, {"target": Peta(Angka(JenisAngka.NILAI), TRIWULAN_RA), "teks": Peta(T, TRIWULAN_RA),
                          "kumulatif": Logika(), "aksi": Daftar(Pasangan())})
PK = Objek(
    {"tahun": Bulat(), "versi": T, "periode": T, "tanggal": Tanggal(), "pihak_pertama": T,
     "sasaran": Daftar(Objek({"uraian": T, "indikator": Daftar(Objek({"ref": T, "target": Angka(JenisAngka.NILAI)},
                                                                     {"rencana_aksi": RENCANA_AKSI}))},
                             {"kelompok": T}))},
    {"nomor_perubahan": Bulat(), "alasan": T, "pihak_kedua": TK, "ditandatangani": Logika(),
     "anggaran": Daftar(Objek({"program": T, "jumlah": RUPIAH}, {"kode": T, "sumber": T}))},
)
MATA_ANGGARAN: Objek = Objek(
    {"tingkat": T, "nama": T},
    {"kode": T, "pelaksana": TK, "pagu": RUPIAH, "realisasi": Peta(RUPIAH, frozenset({"TW1", "TW2", "TW3", "TW4"})),
     "anak": Daftar(Tunda(lambda: MATA_ANGGARAN))},
)
# A survey of the unit (SKM). "ikm": the figure a generated answer set must give (demo data);
# "jawaban": the respondents' scores, one list of nine 1-4 values (U1..U9) per respondent.
SKM = Objek(
    {"tahun": Bulat(), "periode": T, "populasi": Bulat(), "jenis_layanan": T},
    {"metode": T, "status": T, "ikm": Angka(JenisAngka.NILAI), "diumumkan": Logika(),
     "jawaban": Daftar(Daftar(Bulat()))},
)
UNIT = Objek(
    {"slug": T, "nama": T, "jenis": T},
    {"induk": TK, "kode_organisasi": T, "singkatan": T, "alamat": T, "tugas_fungsi": T, "struktur_organisasi": T,
     "sintetis": Logika(), "wilayah": Daftar(Pasangan()),
     "sub_unit": Daftar(Objek({"slug": T, "nama": T, "jenis": T})),
     "aset": Daftar(Objek({"kelompok": T, "kib": T, "kode_akun": T, "uraian": T, "nilai": RUPIAH})),
     "pejabat": Daftar(PEJABAT), "periode": Peta(PERIODE_UNIT), "perjanjian_kinerja": Daftar(PK),
     "anggaran": Peta(Daftar(MATA_ANGGARAN), tahun=True), "narasi": Peta(Peta(T, NARASI_UNIT), tahun=True),
     "skm": Daftar(SKM),
     # either a profile of shares for every sub kegiatan or each sub kegiatan's kas by its kode
     "rencana_kas": Peta(Objek({}, {"profil": Daftar(Angka(JenisAngka.NILAI)),
                                    "sub_kegiatan": Peta(Peta(RUPIAH, TRIWULAN_RA))}), tahun=True)},
)
BERKAS = Objek({"pemda": PEMDA, "unit": Daftar(UNIT)})


def periksa(data: object) -> None:
    """Refuse, naming the place, the first part of a Pemda file that is not in the documented shape."""
    BERKAS.periksa(data, "", {})
