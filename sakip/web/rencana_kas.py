"""The anggaran kas sheet: per sub kegiatan, the planned output (K) and disbursement per triwulan.

The sheet belongs to the PK version in force, like the rencana aksi grid beside it. It is built in
two queries whatever the size of the DPA. A row's anggaran kas must add up to its pagu; the service
(``sakip.rencana_aksi.services.simpan_rencana_sub_kegiatan``) checks that and audits, this module
only reads the typed cells, names what is wrong where, and keeps what was typed on a refusal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError

from sakip.anggaran.models import MataAnggaran
from sakip.core import formatting as fmt
from sakip.core.batas import JenisAngka
from sakip.core.rencana_aksi import TRIWULAN_NOMOR
from sakip.core.waktu import ROMAWI
from sakip.organisasi.models import Unit
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.rencana_aksi.baca import RencanaLine, rencana_kas
from sakip.rencana_aksi.services import simpan_rencana_sub_kegiatan
from sakip.web.forms import SEMULA_RUSAK, baca_angka
from sakip.web.sheets import teks_nilai

SUB_KEGIATAN = "sub_kegiatan"
JUDUL_JENIS = {"k": "Keluaran (K)", "kas": "Anggaran kas"}
DIUBAH_LAIN = ("Rencana sub kegiatan ini disimpan pengguna lain sejak halaman Anda buka; nilai awal sel kini "
               "nilai tersimpan itu. Periksa isian Anda lalu simpan lagi.")


@dataclass
class SelKas:
    """One input cell: the planned K or the anggaran kas of one triwulan."""

    jenis: str  # "k" or "kas"
    tw: int
    nama: str
    asal: str  # the stored value as the page showed it
    teks: str  # what the cell shows (stored, or typed and refused)
    label: str
    galat: str = ""

    @property
    def judul_kolom(self) -> str:
        return f"TW {ROMAWI[self.tw]}"

    @property
    def rupiah(self) -> bool:
        return self.jenis == "kas"


@dataclass
class BarisKas:
    """A DPA line; a sub kegiatan with a pagu has the eight cells, the others their sums."""

    id: int
    kode: str
    nama: str
    tingkat: str
    kedalaman: int
    pagu: Decimal | None  # None: a sub kegiatan without pagu, for which no kas is planned
    pelaksana: str = ""
    kas: dict[int, Decimal] = field(default_factory=dict)  # as shown (typed on a refused row)
    k_tersimpan: dict[int, Decimal | None] = field(default_factory=dict)
    kas_tersimpan: dict[int, Decimal | None] = field(default_factory=dict)
    sel_k: list[SelKas] = field(default_factory=list)
    sel_kas: list[SelKas] = field(default_factory=list)
    galat: str = ""

    @property
    def sub_kegiatan(self) -> bool:
        return self.tingkat == SUB_KEGIATAN

    @property
    def dapat_diisi(self) -> bool:
        return self.sub_kegiatan and self.pagu is not None

    @property
    def judul(self) -> str:
        return f"{self.kode} {self.nama}".strip()

    @property
    def sel(self) -> list[SelKas]:
        return [*self.sel_k, *self.sel_kas]

    @property
    def nama_isian(self) -> str:
        """The row's input names, for hx-params: the live sum sends this row only."""
        return ",".join(s.nama for s in self.sel)

    @property
    def kas_tw(self) -> list[Decimal | None]:
        return [self.kas.get(tw) for tw in TRIWULAN_NOMOR]

    @property
    def jumlah(self) -> Decimal:
        return sum(self.kas.values(), Decimal(0))

    @property
    def kosong(self) -> bool:
        """No kas planned (nor typed) in any triwulan."""
        return not self.kas

    @property
    def selisih(self) -> Decimal:
        """What is still to plan (negative: planned above the pagu)."""
        return (self.pagu or Decimal(0)) - self.jumlah

    @property
    def selisih_mutlak(self) -> Decimal:
        return abs(self.selisih)

    @property
    def ada_galat(self) -> bool:
        return bool(self.galat) or any(s.galat for s in self.sel)


@dataclass
class LembarKas:
    unit: Unit
    tahun: int
    pk: PerjanjianKinerja | None
    baris: list[BarisKas]
    versi_sebelumnya: str = ""  # the earlier PK version whose kas fills rows this version has not planned
    disalin: int = 0  # how many rows show that version's kas, not yet stored on this one

    def cari(self, line_id: int) -> BarisKas | None:
        return next((b for b in self.baris if b.id == line_id and b.dapat_diisi), None)

    @property
    def sub(self) -> list[BarisKas]:
        return [b for b in self.baris if b.sub_kegiatan]

    @property
    def pagu(self) -> Decimal:
        return sum((b.pagu or Decimal(0) for b in self.sub), Decimal(0))

    @property
    def kas_tw(self) -> list[Decimal]:
        return [sum((b.kas.get(tw, Decimal(0)) for b in self.sub), Decimal(0)) for tw in TRIWULAN_NOMOR]

    @property
    def jumlah(self) -> Decimal:
        return sum(self.kas_tw, Decimal(0))

    @property
    def belum_sesuai(self) -> int:
        """Sub kegiatan with a pagu whose kas does not (yet) add up to it."""
        return sum(1 for b in self.baris if b.dapat_diisi and b.selisih != 0)


def teks_rupiah(value: Decimal | None) -> str:
    """An amount as a cell shows it: 1.250.000, or 1.250.000,50 when it has sen."""
    if value is None:
        return ""
    return fmt.angka(value, 0 if value == value.to_integral_value() else 2)


def _sel(b: BarisKas) -> None:
    for tw in TRIWULAN_NOMOR:
        k, kas = teks_nilai(b.k_tersimpan.get(tw), 4), teks_rupiah(b.kas_tersimpan.get(tw))
        b.sel_k.append(SelKas("k", tw, f"k-{b.id}-{tw}", k, k, f"Keluaran (K) TW {ROMAWI[tw]}: {b.nama}"))
        b.sel_kas.append(SelKas("kas", tw, f"kas-{b.id}-{tw}", kas, kas, f"Anggaran kas TW {ROMAWI[tw]}: {b.nama}"))


def lembar_kas(unit: Unit, tahun: int, pk: PerjanjianKinerja | None, *, salin: bool = False) -> LembarKas:
    """The DPA of a PD-year with the rencana of ``pk`` per sub kegiatan and triwulan (four queries).

    ``salin`` (for who may enter): a row this version has not planned shows an earlier version's plan as typed.
    """
    rows = list(MataAnggaran.objects.filter(unit=unit, tahun=tahun).order_by("urutan", "pk")
                .values_list("pk", "induk_id", "kode", "nama", "tingkat", "pagu", "pelaksana__nama"))
    tersimpan = rencana_kas([pk.pk]).get(pk.pk, {}) if pk is not None else {}
    sebelumnya, versi = _kas_sebelumnya(pk) if salin else ({}, "")
    anak: dict[int | None, list[tuple[Any, ...]]] = defaultdict(list)
    for r in rows:
        anak[r[1]].append(r)
    out: list[BarisKas] = []

    def walk(r: tuple[Any, ...], depth: int) -> BarisKas:
        line_id, _, kode, nama, tingkat, pagu, pelaksana = r
        b = BarisKas(line_id, kode or "", nama, tingkat, depth, pagu, pelaksana or "")
        out.append(b)
        if b.sub_kegiatan:
            per_tw = tersimpan.get(b.id, {})
            b.k_tersimpan = {tw: per_tw[tw].target_k for tw in per_tw}
            b.kas_tersimpan = {tw: per_tw[tw].anggaran_kas for tw in per_tw}
            b.kas = {tw: v for tw, v in b.kas_tersimpan.items() if v is not None}
            _sel(b)
            if not per_tw and b.pagu is not None and b.id in sebelumnya:
                _salin(b, sebelumnya[b.id])
                salinan.append(b)
        children = [walk(c, depth + 1) for c in anak.get(b.id, [])]
        if not b.sub_kegiatan:  # a program or kegiatan: the sums of its sub kegiatan
            b.pagu = sum((c.pagu or Decimal(0) for c in children), Decimal(0))
            for c in children:
                for tw, v in c.kas.items():
                    b.kas[tw] = b.kas.get(tw, Decimal(0)) + v
        return b

    salinan: list[BarisKas] = []
    for r in anak.get(None, []):
        walk(r, 0)
    return LembarKas(unit, tahun, pk, out, versi if salinan else "", len(salinan))


def _kas_sebelumnya(pk: PerjanjianKinerja | None) -> tuple[dict[int, dict[int, RencanaLine]], str]:
    """The kas of the latest earlier PK version that has one (two queries): a PK Perubahan starts from it."""
    if pk is None or pk.nomor_perubahan == 0:
        return {}, ""
    versi = list(PerjanjianKinerja.objects.filter(unit_id=pk.unit_id, tahun=pk.tahun,
                                                  nomor_perubahan__lt=pk.nomor_perubahan)
                 .order_by("-nomor_perubahan"))
    kas = rencana_kas([v.pk for v in versi])
    for v in versi:
        if kas.get(v.pk):
            return kas[v.pk], f"{v.judul} ({fmt.tanggal(v.tanggal)})"
    return {}, ""


def _salin(b: BarisKas, per_tw: Mapping[int, RencanaLine]) -> None:
    """Show an earlier version's plan in the cells as typed (not stored: Simpan stores it on this version)."""
    for s in b.sel:
        line = per_tw.get(s.tw)
        if line is not None:
            s.teks = teks_rupiah(line.anggaran_kas) if s.rupiah else teks_nilai(line.target_k, 4)
    b.kas = {tw: line.anggaran_kas for tw, line in per_tw.items()}


@dataclass
class IsianKas:
    """The changed rows of a posted kas sheet: what to store, and what is wrong where."""

    baris: dict[int, tuple[dict[int, Decimal | None], dict[int, Decimal | None]]] = field(default_factory=dict)
    teks: dict[str, str] = field(default_factory=dict)  # every cell of every changed row, as typed
    galat_sel: dict[str, str] = field(default_factory=dict)
    galat_baris: dict[int, str] = field(default_factory=dict)
    ringkasan: list[tuple[int, str]] = field(default_factory=list)  # (row, message naming row and cell)
    hilang: int = 0
    tersimpan: int = 0

    @classmethod
    def baca(cls, lembar: LembarKas, data: Mapping[str, str]) -> IsianKas:
        """Take every row with a cell typed differently from what the page showed; parse its eight cells."""
        out = cls()
        dikenal: set[str] = set()
        for b in lembar.baris:
            if not b.dapat_diisi:
                continue
            dikenal.update(s.nama for s in b.sel)
            typed = {s.nama: data[s.nama].strip() for s in b.sel if s.nama in data}
            if not any(t != data.get(f"a-{n}", "").strip() for n, t in typed.items()):
                continue
            out._baca_baris(b, typed, data)
        out.hilang = sum(1 for k, v in data.items() if k.startswith(("k-", "kas-")) and k not in dikenal
                         and v.strip() != data.get(f"a-{k}", "").strip())
        return out

    def _baca_baris(self, b: BarisKas, typed: Mapping[str, str], data: Mapping[str, str]) -> None:
        k: dict[int, Decimal | None] = {}
        kas: dict[int, Decimal | None] = {}
        berubah_lain = False
        for s in b.sel:
            self.teks[s.nama] = typed.get(s.nama, s.teks)
        for s in b.sel:
            teks = self.teks[s.nama]
            try:
                semula = None if not data.get(f"a-{s.nama}", s.asal).strip() else baca_angka(
                    data.get(f"a-{s.nama}", s.asal), None)
            except ValidationError:
                self._tolak(b, SEMULA_RUSAK)
                return
            tersimpan = (b.kas_tersimpan if s.rupiah else b.k_tersimpan).get(s.tw)
            berubah_lain = berubah_lain or semula != tersimpan
            try:
                nilai = None if teks == "" else baca_angka(teks, JenisAngka.RUPIAH if s.rupiah else JenisAngka.NILAI)
            except ValidationError as exc:
                self.galat_sel[s.nama] = exc.messages[0]
                self.ringkasan.append((b.id, f"{b.judul} — {JUDUL_JENIS[s.jenis]} TW {ROMAWI[s.tw]}: "
                                             f"{exc.messages[0]}"))
                continue
            (kas if s.rupiah else k)[s.tw] = nilai
        if any(s.nama in self.galat_sel for s in b.sel):
            return
        if berubah_lain:
            self._tolak(b, DIUBAH_LAIN)
            return
        self.baris[b.id] = (k, kas)

    def _tolak(self, b: BarisKas, pesan: str) -> None:
        self.galat_baris[b.id] = pesan
        self.ringkasan.append((b.id, f"{b.judul}: {pesan}"))

    def simpan(self, lembar: LembarKas) -> None:
        """Store each changed row through the service; a refused row keeps its typed cells, the others are stored."""
        if not self.baris or lembar.pk is None:
            return
        lines = {m.pk: m for m in MataAnggaran.objects.filter(pk__in=list(self.baris), unit=lembar.unit,
                                                              tahun=lembar.tahun)}
        for line_id, (k, kas) in self.baris.items():
            try:
                simpan_rencana_sub_kegiatan(lembar.pk, lines[line_id], target_k=k, anggaran_kas=kas)
            except ValidationError as exc:
                # The service names the sub kegiatan and the triwulan (or the sum against the pagu).
                pesan = " ".join(exc.messages)
                self.galat_baris[line_id] = pesan
                self.ringkasan.append((line_id, pesan))
            else:
                self.tersimpan += 1

    @property
    def ada_galat(self) -> bool:
        return bool(self.galat_sel or self.galat_baris)

    def tampilkan(self, lembar: LembarKas) -> None:
        """Lay the typed cells of each refused row over a freshly built sheet, so nothing typed is lost."""
        for b in lembar.baris:
            if not b.dapat_diisi or not (b.id in self.galat_baris or any(s.nama in self.galat_sel for s in b.sel)):
                continue
            b.galat = self.galat_baris.get(b.id, "")
            b.kas = {}
            for s in b.sel:
                s.teks = self.teks.get(s.nama, s.teks)
                s.galat = self.galat_sel.get(s.nama, "")
                if s.rupiah and s.teks and not s.galat:
                    try:
                        b.kas[s.tw] = baca_angka(s.teks, None)
                    except ValidationError:
                        s.galat = "Bukan angka; tulis mis. 1.250.000 atau 1.250.000,50."


def baris_hitung(unit: Unit, tahun: int, line_id: int, data: Mapping[str, str]) -> BarisKas | None:
    """One sub kegiatan as it is typed (one query): its kas sum against the pagu, and cell errors."""
    row = (MataAnggaran.objects.filter(unit=unit, tahun=tahun, pk=line_id, tingkat=SUB_KEGIATAN, pagu__isnull=False)
           .values_list("kode", "nama", "pagu").first())
    if row is None:
        return None
    b = BarisKas(line_id, row[0], row[1], SUB_KEGIATAN, 2, row[2])
    _sel(b)
    for s in b.sel:
        s.teks = data.get(s.nama, "").strip()
        try:
            nilai = None if s.teks == "" else baca_angka(s.teks, JenisAngka.RUPIAH if s.rupiah else JenisAngka.NILAI)
        except ValidationError as exc:
            s.galat = exc.messages[0]
            continue
        if s.rupiah and nilai is not None:
            b.kas[s.tw] = nilai
    return b
