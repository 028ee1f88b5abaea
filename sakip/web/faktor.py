"""Faktor per triwulan: pendorong, penghambat and solusi of each PK indicator, beside its figures.

The sheet lists the PK indicators of the version in force as the dashboard measures them as of
the triwulan (target TW from the rencana aksi, realisasi s.d. TW, capaian), so the operator writes
why while looking at the figure. A fixed number of queries; every write goes through
``sakip.rencana_aksi.services.simpan_faktor_triwulan`` (which refuses a closed triwulan and audits).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError

from sakip.core import formatting as fmt
from sakip.core.capaian import Capaian
from sakip.core.waktu import ROMAWI
from sakip.organisasi.models import Unit
from sakip.pengukuran.dasbor import STATUS_CAPAIAN, skala_map, warna
from sakip.pengukuran.services import ukur_pd_banyak
from sakip.perencanaan.models import Indikator
from sakip.perjanjian.models import IndikatorPK
from sakip.rencana_aksi.baca import faktor_triwulan
from sakip.rencana_aksi.services import TEKS_FAKTOR, simpan_faktor_triwulan
from sakip.web.persetujuan import StatusTW, status_tahun
from sakip.web.sheets import TriwulanLembar

JUDUL_FAKTOR = {"pendorong": "Faktor pendorong", "penghambat": "Faktor penghambat",
                "solusi": "Solusi / tindak lanjut"}
PANJANG_MAKS = 5000
DIUBAH_LAIN = ("Faktor indikator ini disimpan pengguna lain sejak halaman Anda buka; teks tersimpan kini "
               "menjadi teks awal. Periksa isian Anda lalu simpan lagi.")


@dataclass
class IsianFaktor:
    """One text field of a row: what is stored, and what the box shows."""

    medan: str
    nama: str
    asal: str
    teks: str
    label: str
    galat: str = ""

    @property
    def judul(self) -> str:
        return JUDUL_FAKTOR[self.medan]


@dataclass
class BarisFaktor:
    indikator_id: int
    nama: str
    satuan: str
    desimal: int
    target_tw: Decimal | None
    teks_tw: str
    realisasi_tw: Decimal | None
    capaian: Capaian | None
    warna_capaian: str
    isian: list[IsianFaktor] = field(default_factory=list)
    galat: str = ""

    @property
    def status_capaian(self) -> str:
        return STATUS_CAPAIAN[self.capaian.status] if self.capaian is not None else ""

    @property
    def diisi(self) -> bool:
        return any(i.asal for i in self.isian)


@dataclass
class LembarFaktor(TriwulanLembar):
    unit: Unit
    tahun: int
    tw: int
    versi: str  # the PK version whose indicators are listed
    baris: list[BarisFaktor]
    status: dict[int, StatusTW]

    @property
    def terbuka(self) -> bool:
        return self.status_tw.terbuka

    @property
    def jumlah_diisi(self) -> int:
        return sum(1 for b in self.baris if b.diisi)


def lembar_faktor(unit: Unit, tahun: int, tw: int) -> LembarFaktor:
    """The PK indicators of a PD-year measured as of ``tw``, with their faktor of that triwulan."""
    hasil = ukur_pd_banyak([unit], tahun, triwulan=tw).get(unit.pk)
    if hasil is None or not hasil.pk:  # no signed PK yet: the draft's indicators, as the dashboard does
        hasil = ukur_pd_banyak([unit], tahun, termasuk_draf=True, triwulan=tw).get(unit.pk)
    pk = hasil.pk[-1] if hasil is not None and hasil.pk else None
    rows = pk.baris if pk is not None else []
    indikator_of = dict(IndikatorPK.objects.filter(pk__in=[b.input.key for b in rows])
                        .values_list("pk", "indikator_id"))
    ids = [indikator_of[b.input.key] for b in rows if b.input.key in indikator_of]
    tersimpan = faktor_triwulan(ids, tahun)
    predikat = skala_map(set()).get(0)
    out: list[BarisFaktor] = []
    seen: set[int] = set()
    for b in rows:
        ind_id = indikator_of.get(b.input.key)
        if ind_id is None or ind_id in seen:
            continue
        seen.add(ind_id)
        cap = b.capaian_triwulan
        band = predikat.classify(cap.persen) if predikat and cap is not None and cap.terukur else None
        row = BarisFaktor(ind_id, b.input.nama, b.input.satuan, b.input.desimal, b.input.target_triwulan,
                          b.input.teks_triwulan, b.realisasi_triwulan, cap, warna(predikat, band))
        f = tersimpan.get(ind_id, {}).get(tw)
        for medan in TEKS_FAKTOR:
            teks = getattr(f, medan) if f is not None else ""
            row.isian.append(IsianFaktor(medan, f"f{ind_id}-{medan}", teks, teks,
                                         f"{JUDUL_FAKTOR[medan]} TW {ROMAWI[tw]}: {b.input.nama}"))
        out.append(row)
    return LembarFaktor(unit, tahun, tw, pk.versi if pk is not None else "", out, status_tahun(unit, tahun))


@dataclass
class KirimanFaktor:
    """The changed texts of a posted faktor sheet, per indicator; refusals per row."""

    perubahan: dict[int, dict[str, str]] = field(default_factory=dict)
    teks: dict[str, str] = field(default_factory=dict)
    galat: dict[int, str] = field(default_factory=dict)
    tersimpan: int = 0

    @classmethod
    def baca(cls, lembar: LembarFaktor, data: Mapping[str, str]) -> KirimanFaktor:
        """Only the texts that differ from what the page showed; a colleague's save since then is refused."""
        out = cls()
        for b in lembar.baris:
            for i in b.isian:
                if i.nama not in data:
                    continue
                typed = data[i.nama].replace("\r\n", "\n").strip()
                semula = data.get(f"a-{i.nama}", i.asal).replace("\r\n", "\n").strip()
                if typed == semula:
                    continue
                out.teks[i.nama] = typed
                if semula != i.asal:
                    out.galat[b.indikator_id] = DIUBAH_LAIN
                elif len(typed) > PANJANG_MAKS:
                    out.galat[b.indikator_id] = (f"{i.label} terlalu panjang ({fmt.angka(len(typed), 0)} karakter; "
                                                 f"paling banyak {fmt.angka(PANJANG_MAKS, 0)}).")
                else:
                    out.perubahan.setdefault(b.indikator_id, {})[i.medan] = typed
        for ind_id in out.galat:
            out.perubahan.pop(ind_id, None)
        return out

    def simpan(self, lembar: LembarFaktor) -> None:
        """Each changed indicator through the service; a refused one keeps its typed texts."""
        if not self.perubahan:
            return
        indikator = Indikator.objects.in_bulk(list(self.perubahan))
        for ind_id, teks in self.perubahan.items():
            try:
                simpan_faktor_triwulan(indikator[ind_id], lembar.tahun, lembar.tw, **teks)
            except ValidationError as exc:
                self.galat[ind_id] = " ".join(exc.messages)
            else:
                self.tersimpan += 1

    def tampilkan(self, lembar: LembarFaktor) -> None:
        """Lay the typed texts of refused rows over a freshly built sheet."""
        for b in lembar.baris:
            if b.indikator_id not in self.galat:
                continue
            b.galat = self.galat[b.indikator_id]
            for i in b.isian:
                i.teks = self.teks.get(i.nama, i.teks)
