"""Recognisers: turn the blocks of a document into the facts the checks compare.

Tables become indicator rows (target, realisasi, capaian per year), budget rows and summary
rows; the running text gives count sentences, sentences that state figures, signatures,
unit names, scales and the places where amounts, dates and citations are printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sakip.core.skala import AturanSkala
from sakip.core.skala_teks import KelasTertulis, baca_kelas, skala_dari_teks

from .angka import Nilai, baca_nilai
from .model import Dokumen, Paragraf, Tabel
from .struktur import Kepala, Peran, baca_kepala, sel_angka
from .teks import BarisTeks, InfoBlok, info_blok, rapat, semua_baris, tahun_laporan, teks_berjalan

# -- names ---------------------------------------------------------------------------------

_ORG = sorted(
    ["perangkat daerah", "pd", "opd", "skpd", "kecamatan", "kelurahan", "bagian organisasi", "pemerintah daerah",
     "sekretariat daerah", "setda", "unit kerja", "instansi", "kabupaten"],
    key=len, reverse=True,
)
_NOMOR_DEPAN = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Za-z]\.)\s+")


def bersih_nama(nama: str) -> str:
    """An indicator name as printed, without its numbering ('3.1 Nilai SAKIP' -> 'Nilai SAKIP')."""
    return _NOMOR_DEPAN.sub("", rapat(nama)).strip()


def kunci_indikator(nama: str) -> str:
    """The key under which two printings of one indicator meet.

    Case, spacing (PDF breaks words inside narrow cells), numbering and the name of the
    organisation at the end ('Nilai SAKIP Kecamatan' / '... Perangkat Daerah') are ignored.
    """
    text = " ".join(re.findall(r"[0-9a-z]+", bersih_nama(nama).casefold()))
    changed = True
    while changed:
        changed = False
        for org in _ORG:
            if text.endswith(" " + org):
                text = text[: -len(org) - 1]
                changed = True
    return text.replace(" ", "")


def kunci_program(nama: str) -> str:
    text = re.sub(r"^\s*\d+(?:\.\d+)*\s*", "", nama.casefold())
    text = re.sub(r"\bprogram\b", "", text)
    return "".join(re.findall(r"[0-9a-z]+", text))


def _nomor_saja(teks: str) -> bool:
    return bool(re.fullmatch(r"\s*(\d+(\.\d+)*\.?|[A-Za-z]\.?)\s*", teks))


# -- facts ---------------------------------------------------------------------------------

@dataclass
class BarisKinerja:
    """One indicator in one year as a table prints it."""

    tabel: Tabel
    indeks: int
    lokasi: str
    nama: str
    kunci: str
    sasaran: str
    kelompok: str  # "utama" or "lainnya"
    tahun: int
    target: Nilai | None
    realisasi: Nilai | None
    capaian: Nilai | None
    pk: str | None
    jenis: str  # "pk" (targets only), "capaian", "seri" (several years), "kinerja_anggaran"
    bagian: str
    nama_andal: bool = True
    triwulan: list[Nilai] = field(default_factory=list)
    target_akhir: Nilai | None = None
    progres: Nilai | None = None
    lampiran_pk: bool = False


@dataclass
class BarisAnggaranDokumen:
    tabel: Tabel
    indeks: int
    lokasi: str
    nama: str
    kode: str
    tingkat: str  # "total", "program", "kegiatan", "sub", "baris"
    pagu: Nilai | None
    realisasi: Nilai | None
    persen: Nilai | None
    jenis: str  # "realisasi" (a DPA table), "program" (a list of budgets per program), "kinerja_anggaran"
    pk: str | None
    bagian: str
    lampiran_pk: bool
    sumber: str = ""  # Keterangan column: "APBD 2025"


@dataclass
class BarisRingkasan:
    """A 'Rata-rata capaian … Total capaian …' row and the rows it sums up."""

    tabel: Tabel
    lokasi: str
    rata: Nilai | None
    total: Nilai | None
    kinerja: list[BarisKinerja]
    anggaran: list[BarisAnggaranDokumen]


@dataclass
class BarisJumlah:
    """A 'TOTAL ...'/'JUMLAH' row of a list, with the rows above it."""

    tabel: Tabel
    lokasi: str
    label: str
    nilai: Nilai
    rincian: list[tuple[str, Nilai]]  # rows since the previous total
    subtotal: list[tuple[str, Nilai]]  # previous totals (for a grand total)


@dataclass
class BlokJumlah:
    """'Capaian realisasi di atas 100% sebanyak 2 indikator; tepat 100% ...'."""

    lokasi: str
    jumlah: dict[str, int]  # atas, tepat, bawah, tidak
    tercetak: dict[str, str]
    pk: str | None
    bagian: str
    kelompok: str = ""  # "lainnya" when the sentence counts the kinerja lainnya only


@dataclass
class Kalimat:
    """A sentence that states figures; ``jenis`` says which relation must hold."""

    jenis: str  # "rata_rata", "efisiensi", "anggaran", "capaian", "predikat"
    lokasi: str
    teks: str
    nilai: dict[str, Nilai]
    komponen: list[Nilai] = field(default_factory=list)
    nama: str = ""


@dataclass
class NipTercetak:
    nama: str  # as printed
    kunci: str  # without titles
    nip: str
    lokasi: str


@dataclass
class Tercetak:
    """Something printed at a place: an amount, a date, a period, a citation, a unit name."""

    jenis: str
    teks: str
    lokasi: str
    data: dict[str, str] = field(default_factory=dict)


@dataclass
class SkalaDokumen:
    nama: str
    skala: AturanSkala
    tertulis: list[KelasTertulis]


@dataclass
class Fakta:
    tahun: int | None
    kinerja: list[BarisKinerja] = field(default_factory=list)
    anggaran: list[BarisAnggaranDokumen] = field(default_factory=list)
    ringkasan: list[BarisRingkasan] = field(default_factory=list)
    jumlah: list[BarisJumlah] = field(default_factory=list)
    blok_jumlah: list[BlokJumlah] = field(default_factory=list)
    kalimat: list[Kalimat] = field(default_factory=list)
    nip: list[NipTercetak] = field(default_factory=list)
    tercetak: list[Tercetak] = field(default_factory=list)
    skala: dict[str, SkalaDokumen] = field(default_factory=dict)
    negatif: set[str] = field(default_factory=set)  # indicator keys declared "semakin rendah"
    rumus_negatif: bool = False  # the document states a formula for lower-is-better indicators
    tidak_terbaca: list[str] = field(default_factory=list)
    teks_polos: list[tuple[str, str]] = field(default_factory=list)  # (line, lokasi) of running text
    ocr: bool = False


# -- tables --------------------------------------------------------------------------------

_SASARAN_KOL = re.compile(r"sasaran|kinerja lainnya|program|tujuan|kegiatan", re.IGNORECASE)
_INDIKATOR_KOL = re.compile(r"indikator|uraian", re.IGNORECASE)
# a summary row's label cell ("Rata-rata capaian", "Total capaian"), not a name holding "rata-rata"
_RINGKAS = re.compile(r"^\s*(rata-?\s*rata(\s+capaian(\s+kinerja)?)?|total(\s+capaian)?|jumlah(\s+capaian)?)\s*:?\s*$",
                      re.IGNORECASE)
_KODE = re.compile(r"\b(\d\.\d{2}\.\d{2}(?:\.\d\.\d{2}(?:\.\d{4})?)?)\b")
_TOTAL = re.compile(r"^\s*(total|jumlah|sub\s*total)\b", re.IGNORECASE)


def _nilai(row: list[str], kol: int | None) -> Nilai | None:
    if kol is None or kol >= len(row):
        return None
    return baca_nilai(row[kol])


def _nilai_capaian(row: list[str], kol: int | None, kepala: Kepala) -> Nilai | None:
    """A capaian cell; under a header that says "%" a bare number is a percentage."""
    v = _nilai(row, kol)
    if v is not None and v.ada and not v.persen and kol is not None and "%" in kepala.kolom[kol].label:
        return replace(v, persen=True)
    return v


def _first(cols: list[int]) -> int | None:
    return cols[0] if cols else None


def _jenis_kinerja(kepala: Kepala, seri: bool) -> str:
    """What a performance table reports, from its columns (the ``jenis`` of its rows)."""
    jenis = "seri" if seri else "capaian"
    if not kepala.peran(Peran.REALISASI) and not kepala.peran(Peran.CAPAIAN):
        jenis = "pk"
    if not seri and not kepala.peran(Peran.TARGET) and not kepala.peran(Peran.CAPAIAN):
        jenis = "progres" if kepala.peran(Peran.REALISASI_SD) else "realisasi"
    if kepala.punya_anggaran:
        jenis = "kinerja_anggaran"
    renja = any(re.search(r"renja|renstra", k.label, re.IGNORECASE) for k in kepala.kolom)
    if renja and kepala.peran(Peran.PROGRES):
        # Form E-81 (evaluasi Renja): its capaian is against the Renja target, printed in
        # another table, so its rows are not compared with the PK; only the progress is checked
        jenis = "renja"
    return jenis


def _baris_seri(row: list[str], kepala: Kepala, years: list[int], dasar: BarisKinerja) -> list[BarisKinerja]:
    """One row per year that prints a figure; the last one also carries the end target and progress."""
    out: list[BarisKinerja] = []
    for y in years:
        def col(p: Peran, y: int = y) -> int | None:
            return _first([k.indeks for k in kepala.kolom if k.peran is p and k.tahun == y])
        tv, rv = _nilai(row, col(Peran.TARGET)), _nilai(row, col(Peran.REALISASI))
        cv = _nilai_capaian(row, col(Peran.CAPAIAN), kepala)
        if not any(v is not None and (v.ada or v.na or v.cacat) for v in (tv, rv, cv)):
            continue
        out.append(replace(dasar, tahun=y, target=tv, realisasi=rv, capaian=cv, lokasi=f"{dasar.lokasi}, kolom {y}"))
    if out:
        out[-1].target_akhir = _nilai(row, _first([k.indeks for k in kepala.peran(Peran.TARGET_AKHIR)]))
        out[-1].progres = _nilai(row, _first([k.indeks for k in kepala.peran(Peran.PROGRES)]))
    return out


def _baris_tunggal(row: list[str], kepala: Kepala, dasar: BarisKinerja, jenis: str, tahun_tunggal: int | None,
                   kat_kol: int | None) -> BarisKinerja:
    """The row of a one-year table: target, realisasi (or the "s.d." one), capaian, triwulan."""
    realisasi = _nilai(row, _first([k.indeks for k in kepala.peran(Peran.REALISASI)]))
    kategori = _nilai(row, kat_kol)
    if realisasi is not None and kategori is not None and not realisasi.label and kategori.teks \
            and not kategori.ada and not kategori.na and kategori.teks not in ("-", "–"):
        realisasi = replace(realisasi, label=kategori.teks)  # a "Kategori" column beside the value
    sd_kol = [k.indeks for k in kepala.peran(Peran.REALISASI_SD)]
    # the progress counts the realisasi up to this year: the last "s.d." column
    sd = sd_kol[-1] if jenis == "renja" and sd_kol else _first(sd_kol)
    return replace(
        dasar,
        tahun=(_first([k.tahun for k in kepala.peran(Peran.REALISASI_SD) if k.tahun]) or tahun_tunggal or 0)
        if jenis in ("progres", "renja") else (tahun_tunggal or 0),
        target=_nilai(row, _first([k.indeks for k in kepala.peran(Peran.TARGET)])),
        realisasi=_nilai(row, sd) if jenis in ("progres", "renja") else realisasi,
        capaian=_nilai_capaian(row, _first([k.indeks for k in kepala.peran(Peran.CAPAIAN)]), kepala),
        triwulan=[v for v in (_nilai(row, k.indeks) for k in kepala.peran(Peran.TRIWULAN)) if v is not None],
        target_akhir=_nilai(row, _first([k.indeks for k in kepala.peran(Peran.TARGET_AKHIR)])),
        progres=_nilai(row, _first([k.indeks for k in kepala.peran(Peran.PROGRES)])),
    )


class _Pembaca:
    def __init__(self, doc: Dokumen) -> None:
        self.doc = doc
        self.info = info_blok(doc)
        self.fakta = Fakta(tahun=tahun_laporan(doc), ocr=doc.sumber.value == "teks-ocr")

    def jalankan(self) -> Fakta:
        for i, b in enumerate(self.doc.blok):
            if isinstance(b, Tabel):
                self._tabel(b, self.info[i])
        self._teks()
        return self.fakta

    # kinds of table ------------------------------------------------------------------------
    def _tabel(self, t: Tabel, info: InfoBlok) -> None:
        if info.bagian.startswith("daftar"):
            return  # table of contents: titles and page numbers
        kepala = baca_kepala(t.baris)
        if kepala is None:
            if sum(1 for r in t.baris for c in r if sel_angka(c)) >= 6:
                self.fakta.tidak_terbaca.append(
                    f"{t.nama}: tabel tanpa baris judul kolom (terpotong atau bergeser); isinya tidak diperiksa."
                )
            return
        peran = {k.peran for k in kepala.kolom}
        if Peran.PENJELASAN in peran:
            self._tabel_iku(t, kepala)
            return
        labels = [k.label.casefold() for k in kepala.kolom]
        if labels[0].startswith(("tujuan", "tingkat")) or any("tujuan" in lab and "sasaran" in lab for lab in labels):
            return  # the cascade matrix: targets of the plan, not of one year's PK
        if kepala.peran(Peran.URAIAN) and any(k.tahun for k in kepala.kolom):
            self._tabel_tahunan(t, kepala, info)
            return
        if kepala.punya_kinerja or kepala.peran(Peran.REALISASI_SD):
            self._tabel_kinerja(t, kepala, info)
        elif kepala.punya_anggaran:
            self._tabel_anggaran(t, kepala, info, "program" if not kepala.peran(Peran.REALISASI_ANGGARAN)
                                 else "realisasi")
        elif kepala.peran(Peran.JUMLAH):
            self._tabel_jumlah(t, kepala)

    def _kolom_nama(self, kepala: Kepala, first_value: int) -> tuple[list[int], int | None]:
        teks = [k.indeks for k in kepala.kolom
                if k.indeks < first_value and k.peran in (Peran.TEKS, Peran.LAINNYA)]
        sasaran = next((k.indeks for k in kepala.kolom if k.indeks < first_value and k.indeks in teks
                        and _SASARAN_KOL.search(k.label) and not _INDIKATOR_KOL.search(k.label)), None)
        nama = [j for j in teks if j != sasaran]
        if not nama and sasaran is not None:
            return [sasaran], None  # one column holds both (OCR rows, short tables)
        return nama, sasaran

    def _tabel_kinerja(self, t: Tabel, kepala: Kepala, info: InfoBlok) -> None:
        nilai_kol = [k for k in kepala.kolom if k.peran not in (Peran.TEKS, Peran.LAINNYA, Peran.NOMOR)]
        first_value = min(k.indeks for k in nilai_kol)
        nama_kol, sasaran_kol = self._kolom_nama(kepala, first_value)
        lainnya = bool(re.search(r"kinerja lainnya", " ".join(k.label for k in kepala.kolom), re.IGNORECASE))
        years = sorted({k.tahun for k in kepala.kolom if k.tahun is not None
                        and k.peran in (Peran.TARGET, Peran.REALISASI, Peran.CAPAIAN)})
        seri = len(years) > 1
        jenis = _jenis_kinerja(kepala, seri)
        kat_kol = _first([k.indeks for k in kepala.peran(Peran.KATEGORI)])
        tahun_tunggal = years[0] if len(years) == 1 else self.fakta.tahun
        sasaran = ""
        misaligned = 0
        rows_k: list[BarisKinerja] = []
        rows_a: list[BarisAnggaranDokumen] = []
        for i in range(kepala.baris, len(t.baris)):
            row = t.baris[i]
            if any(_RINGKAS.search(c) for c in row if c and not sel_angka(c)):
                self._ringkasan(t, i, row, rows_k, rows_a)
                continue
            filled = [c for c in row if c.strip()]
            if len(filled) == 1 and re.search(r"kinerja\s+lainnya", filled[0], re.IGNORECASE):
                lainnya = True  # a separator row: the rows below are "kinerja lainnya"
                continue
            if sasaran_kol is not None and sasaran_kol < len(row) and row[sasaran_kol].strip():
                sasaran = rapat(row[sasaran_kol])
            names = [row[j] for j in nama_kol if j < len(row) and row[j].strip() and not _nomor_saja(row[j])]
            name = bersih_nama(names[-1]) if names else ""
            if not name:
                continue
            if sel_angka(name):
                misaligned += 1  # a figure where the name should be: the columns have shifted
                continue
            lokasi = t.lokasi_baris(i)
            dasar = BarisKinerja(
                tabel=t, indeks=i, lokasi=lokasi, nama=name, kunci=kunci_indikator(name), sasaran=sasaran,
                kelompok="lainnya" if lainnya else "utama", tahun=tahun_tunggal or 0, target=None,
                realisasi=None, capaian=None, pk=info.pk, jenis=jenis, bagian=info.bagian,
                nama_andal=not t.nama_tercampur, lampiran_pk=info.lampiran_pk,
            )
            if seri:
                rows_k.extend(_baris_seri(row, kepala, years, dasar))
                continue
            rows_k.append(_baris_tunggal(row, kepala, dasar, jenis, tahun_tunggal, kat_kol))
            if jenis == "kinerja_anggaran":
                pagu = _nilai(row, _first([k.indeks for k in kepala.peran(Peran.PAGU)]))
                if pagu is not None and (pagu.ada or pagu.cacat):
                    rows_a.append(BarisAnggaranDokumen(
                        t, i, lokasi, sasaran or name, "", "baris", pagu,
                        _nilai(row, _first([k.indeks for k in kepala.peran(Peran.REALISASI_ANGGARAN)])),
                        _nilai(row, _first([k.indeks for k in kepala.peran(Peran.CAPAIAN_ANGGARAN)])),
                        "kinerja_anggaran", info.pk, info.bagian, info.lampiran_pk,
                    ))
        if misaligned and misaligned >= len({b.indeks for b in rows_k}):
            self.fakta.tidak_terbaca.append(
                f"{t.nama}: kolom-kolomnya tidak selaras dengan baris judul (angka di kolom nama); "
                f"isinya tidak diperiksa."
            )
            return
        self.fakta.kinerja.extend(rows_k)
        self.fakta.anggaran.extend(rows_a)

    def _tabel_tahunan(self, t: Tabel, kepala: Kepala, info: InfoBlok) -> None:
        """One column per year, rows labelled Target / Realisasi / Capaian under each indicator."""
        uraian = kepala.peran(Peran.URAIAN)[0].indeks
        years = [(k.indeks, k.tahun) for k in kepala.kolom if k.tahun is not None]
        first_value = min(j for j, _ in years)
        nama_kol, _ = self._kolom_nama(kepala, min(first_value, uraian))
        lainnya = False
        name, start = "", 0
        values: dict[tuple[str, int, int], dict[str, Nilai]] = {}
        order: list[tuple[str, int, int]] = []
        for i in range(kepala.baris, len(t.baris)):
            row = t.baris[i]
            filled = [c for c in row if c.strip()]
            if len(filled) == 1 and re.search(r"kinerja\s+lainnya", filled[0], re.IGNORECASE):
                lainnya = True
                continue
            names = [row[j] for j in nama_kol if j < len(row) and row[j].strip() and not _nomor_saja(row[j])]
            if names:
                name, start = bersih_nama(names[-1]), i
            label = row[uraian].casefold() if uraian < len(row) else ""
            medan = next((m for m in ("target", "realisasi", "capaian") if m in label), None)
            if not name or medan is None:
                continue
            for j, y in years:
                if j < len(row):
                    key = (name, start, y)
                    if key not in values:
                        values[key] = {"lainnya": Nilai("lainnya" if lainnya else "", None)}
                        order.append(key)
                    values[key][medan] = baca_nilai(row[j])
        for key in order:
            name, start, y = key
            v = values[key]
            if not any(x.ada or x.na for m, x in v.items() if m != "lainnya"):
                continue
            self.fakta.kinerja.append(BarisKinerja(
                tabel=t, indeks=start, lokasi=f"{t.lokasi_baris(start)}, kolom {y}", nama=name,
                kunci=kunci_indikator(name), sasaran="", kelompok="lainnya" if v["lainnya"].teks else "utama",
                tahun=y, target=v.get("target"), realisasi=v.get("realisasi"), capaian=v.get("capaian"),
                pk=info.pk, jenis="seri", bagian=info.bagian, nama_andal=not t.nama_tercampur,
                lampiran_pk=info.lampiran_pk,
            ))

    def _ringkasan(self, t: Tabel, i: int, row: list[str], rows_k: list[BarisKinerja],
                   rows_a: list[BarisAnggaranDokumen]) -> None:
        rata = total = None
        for j, c in enumerate(row):
            low = c.casefold()
            if not c or sel_angka(c):
                continue
            after = next((baca_nilai(x) for x in row[j + 1:] if sel_angka(x)), None)
            if re.search(r"rata-?\s*rata", low):
                rata = after
            elif "total" in low or "jumlah" in low:
                total = after
        self.fakta.ringkasan.append(BarisRingkasan(t, t.lokasi_baris(i), rata, total, list(rows_k), list(rows_a)))

    def _tabel_anggaran(self, t: Tabel, kepala: Kepala, info: InfoBlok, jenis: str) -> None:
        nilai_kol = [k.indeks for k in kepala.kolom if k.peran in (Peran.PAGU, Peran.REALISASI_ANGGARAN,
                                                                      Peran.CAPAIAN_ANGGARAN)]
        first_value = min(nilai_kol)
        teks_kol = [k.indeks for k in kepala.kolom if k.indeks < first_value and k.peran is Peran.TEKS]
        ket_kol = [k.indeks for k in kepala.kolom if k.indeks > first_value and k.peran is Peran.LAINNYA]
        seen_program = False
        for i in range(kepala.baris, len(t.baris)):
            row = t.baris[i]
            names = [row[j] for j in teks_kol if j < len(row) and row[j].strip()]
            name = rapat(" ".join(names))
            pagu = _nilai(row, _first([k.indeks for k in kepala.peran(Peran.PAGU)]))
            if not name or pagu is None or not (pagu.ada or pagu.cacat):
                continue
            kode_m = _KODE.search(name)
            kode = kode_m.group(1) if kode_m else ""
            tingkat = self._tingkat(name, kode, seen_program, i == kepala.baris)
            seen_program = seen_program or tingkat == "program"
            self.fakta.anggaran.append(BarisAnggaranDokumen(
                t, i, t.lokasi_baris(i), name, kode, tingkat, pagu,
                _nilai(row, _first([k.indeks for k in kepala.peran(Peran.REALISASI_ANGGARAN)])),
                _nilai(row, _first([k.indeks for k in kepala.peran(Peran.CAPAIAN_ANGGARAN)])),
                jenis, info.pk, info.bagian, info.lampiran_pk,
                sumber=" ".join(row[j] for j in ket_kol if j < len(row)).strip(),
            ))

    @staticmethod
    def _tingkat(name: str, kode: str, seen_program: bool, first: bool) -> str:
        low = name.casefold()
        if kode:
            parts = kode.split(".")
            return {3: "program", 5: "kegiatan", 6: "sub"}.get(len(parts), "sub")
        if _TOTAL.match(name):
            return "total"
        if low.startswith("program"):
            return "program"
        if low.startswith("kegiatan") or low.startswith("[kegiatan]"):
            return "kegiatan"
        if first and not seen_program and name.upper() == name:
            return "total"  # the PD's own line above its programs
        return "sub"

    def _tabel_jumlah(self, t: Tabel, kepala: Kepala) -> None:
        kol = kepala.peran(Peran.JUMLAH)[0].indeks
        items: list[tuple[str, Nilai]] = []
        totals: list[tuple[str, Nilai]] = []
        for i in range(kepala.baris, len(t.baris)):
            row = t.baris[i]
            v = _nilai(row, kol)
            label = rapat(" ".join(c for j, c in enumerate(row) if j != kol and c and not sel_angka(c)))
            if v is None or not v.ada:
                continue
            if re.search(r"\btotal\b|\bjumlah\b", label, re.IGNORECASE):
                self.fakta.jumlah.append(BarisJumlah(t, t.lokasi_baris(i), label, v, list(items), list(totals)))
                totals.append((label, v))
                items = []
            else:
                items.append((label, v))

    def _tabel_iku(self, t: Tabel, kepala: Kepala) -> None:
        """Definitions: the scale printed for each indicator, and its polarity."""
        nama_kol = [k.indeks for k in kepala.kolom
                    if k.peran is Peran.TEKS and _INDIKATOR_KOL.search(k.label)]
        start = nama_kol[0] if nama_kol else 1
        for i in range(kepala.baris, len(t.baris)):
            row = t.baris[i]
            whole = " ".join(row)
            name = next((bersih_nama(c) for c in row[start:] if c.strip() and not _nomor_saja(c)
                         and len(c.split()) <= 15 and "Kategori" not in c), "")
            if not name:
                continue
            key = kunci_indikator(name)
            scale = skala_dari_teks(key, whole)
            if scale is not None:
                self.fakta.skala[key] = SkalaDokumen(name, scale, baca_kelas(whole))
            low = whole.casefold()
            if "semakin rendah" in low or "polaritas negatif" in low or re.search(r"polaritas\s*:\s*negatif", low):
                self.fakta.negatif.add(key)

    # running text --------------------------------------------------------------------------
    def _teks(self) -> None:
        runs = teks_berjalan(self.doc)
        hits: list[tuple[int, int, str, str, str, InfoBlok]] = []
        for r, run in enumerate(runs):
            info = self.info[run.blok]
            _kalimat(run.teks, run.lokasi, self.fakta)
            for pos, kind, raw in _hit_jumlah(run.teks):
                hits.append((r, pos, kind, raw, run.lokasi(pos), info))
            for m in _RE_JUMLAH_LAINNYA.finditer(run.teks):
                counts = dict(zip(("atas", "tepat", "bawah", "tidak"), m.groups()[1:], strict=True))
                jumlah = {k: int(v) for k, v in counts.items() if v is not None}
                self.fakta.blok_jumlah.append(BlokJumlah(run.lokasi(m.start()), jumlah,
                                                         {k: str(v) for k, v in jumlah.items()},
                                                         info.pk, info.bagian, "lainnya"))
            _tercetak(run.teks, run.lokasi, self.fakta)
        _blok_jumlah(hits, self.fakta)
        lines = semua_baris(self.doc)
        for idx, b in enumerate(self.doc.blok):
            if isinstance(b, Tabel) and baca_kepala(b.baris) is None:
                # a table without a header is layout: signature blocks, "Nama : ..." lists
                for i, row in enumerate(b.baris):
                    for j, c in enumerate(row):
                        lines.extend(BarisTeks(x.strip(), b.lokasi_baris(i), idx, (i, j))
                                     for x in c.split("\n") if x.strip())
        lines.sort(key=lambda x: x.blok)
        self.fakta.teks_polos = [(b.teks, b.lokasi) for b in lines]
        self.fakta.rumus_negatif = rumus_negatif_dinyatakan("\n".join(b.teks for b in lines))
        _nip(lines, self.fakta)
        for b in self.doc.blok:
            if isinstance(b, Tabel):
                for i, row in enumerate(b.baris):
                    for c in row:
                        if "Rp" in c or "%" in c:
                            _tercetak_sel(c, b.lokasi_baris(i), self.fakta)


# -- sentences -----------------------------------------------------------------------------

_V = r"\d[\d.,]*\d|\d"
_PERSEN = rf"(?:{_V})\s*%"
# a unit after a figure ("57 PD/UKPD", "3 Inovasi"), never a function word ("86,50 dan ...")
_UNIT = (r"(?:\s*%|\s+(?!(?:dan|atau|dari|yang|dengan|sebesar|serta|untuk|pada|di|ke|angka|dibandingkan)\b)"
         r"[A-Za-z][A-Za-z/]*)?")

_RE_RATA = re.compile(
    rf"(?:adalah|sebesar|mencapai)\s+(?P<x>(?:{_V})(?:\s*%)?)[^.]*?\brata-?\s*rata\b(?P<sisa>[^.]*)", re.IGNORECASE
)
_RE_KOMPONEN = re.compile(rf"(?:sebesar|yakni|yaitu)\s+(?P<v>(?:{_V})(?:\s*%)?)", re.IGNORECASE)
_RE_EFISIENSI = re.compile(
    rf"capaian kinerja\s+(?:sebesar\s+)?(?P<k>{_PERSEN})\s+dan\s+capaian\s+(?:keuangan|anggaran)\s+"
    rf"(?:sebesar\s+)?(?P<a>{_PERSEN}).{{0,80}}?efisiensi\b[^%]{{0,80}}?(?:sebesar\s+)?(?P<e>-?{_PERSEN})",
    re.IGNORECASE,
)
_RE_RP = re.compile(r"Rp\.?\s*(\d[\d.,]*\d)")
_RE_CAP_1 = re.compile(
    rf"sebesar\s+(?P<c>{_PERSEN})[^.]{{0,80}}?target\s+sebesar\s+(?P<t>(?:{_V}){_UNIT})"
    rf"[^.]{{0,40}}?realisasi\s+sebesar\s+(?P<r>(?:{_V}){_UNIT})",
    re.IGNORECASE,
)
_RE_CAP_2 = re.compile(
    rf"(?:terealisasi|mencapai)\s+(?:sebanyak\s+|sebesar\s+)?(?P<r>(?:{_V}){_UNIT})\s+dari\s+target\s+"
    rf"(?:sebesar\s+)?(?P<t>(?:{_V}){_UNIT})\s+atau\s+sebesar\s+(?P<c>{_PERSEN})",
    re.IGNORECASE,
)
_RE_NAMA_KUTIP = re.compile(r"[“\"]([^”\"]{3,160})[”\"]")
_RE_PREDIKAT = re.compile(rf"predikat\s+(?P<l>[A-D]{{1,2}})\s+dengan\s+nilai\s+(?:sebesar\s+)?(?P<v>{_V})",
                          re.IGNORECASE)


def _kalimat(text: str, at: Callable[[int], str], fakta: Fakta) -> None:
    """Sentences stating figures; ``at`` names the place of a character offset of ``text``."""
    for sentence_start, sentence in _sentences(text):
        low = sentence.casefold()
        if "rata" in low:
            m = _RE_RATA.search(sentence)
            if m:
                comps = [baca_nilai(x.group("v")) for x in _RE_KOMPONEN.finditer(m.group("sisa"))]
                if len(comps) >= 2:
                    fakta.kalimat.append(Kalimat("rata_rata", at(sentence_start + m.start()), sentence,
                                                 {"x": baca_nilai(m.group("x"))}, comps))
        if "efisiensi" in low:
            m = _RE_EFISIENSI.search(sentence)
            if m:
                fakta.kalimat.append(Kalimat("efisiensi", at(sentence_start + m.start()), sentence,
                                             {k: baca_nilai(m.group(k)) for k in ("k", "a", "e")}))
        if "rp" in low and "%" in sentence:
            _kalimat_anggaran(sentence, sentence_start, at, fakta)
        for rx in (_RE_CAP_1, _RE_CAP_2):
            for m in rx.finditer(sentence):
                names = _RE_NAMA_KUTIP.findall(sentence[: m.start()])
                fakta.kalimat.append(Kalimat(
                    "capaian", at(sentence_start + m.start()), sentence,
                    {k: baca_nilai(m.group(k)) for k in ("t", "r", "c")}, nama=names[-1] if names else "",
                ))
        if "predikat" in low:
            for m in _RE_PREDIKAT.finditer(sentence):
                fakta.kalimat.append(Kalimat("predikat", at(sentence_start + m.start()), sentence,
                                             {"v": baca_nilai(m.group("v"))}, nama=m.group("l")))


_SINGKATAN = re.compile(r"(?:\b(?:Rp|No|Nomor|NIP|Kab|Kec|Kel|Jl|JI|dr|Dra|Drs|Ir|Hj|H|Prof|dll|dsb|St|Tbk|Bpk|"
                        r"Sdr|Plt|Pt|Ptl|P)|\b[A-Z]\.[A-Z]{1,3})\.$")


def _sentences(text: str) -> list[tuple[int, str]]:
    """Split on sentence ends ('. ' before a capital or digit), keeping offsets.

    'Rp. 683.074.125' or 'S.P., M.M.' do not end a sentence.
    """
    out: list[tuple[int, str]] = []
    start = 0
    for m in re.finditer(r"(?<=[.;!?])\s+(?=[A-Z0-9“\"(\-])", text):
        if _SINGKATAN.search(text[max(start, m.start() - 12):m.start()]):
            continue
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def _kalimat_anggaran(sentence: str, offset: int, at: Callable[[int], str], fakta: Fakta) -> None:
    amounts = list(_RE_RP.finditer(sentence))
    pcts = list(re.finditer(rf"(?<![\d.,])({_V})\s*%", sentence))
    if len(amounts) != 2 or not pcts:
        return
    pagu = real = None
    prev_end = 0
    for m in amounts:
        window = sentence[prev_end:m.start()].casefold()
        if "sisa" in window[-40:]:
            pass  # what is left of the budget is neither the pagu nor the realisasi
        elif "realisasi" in window or "penyerapan" in window or "terserap" in window:
            real = m
        elif "anggaran" in window or "pagu" in window:
            pagu = m
        prev_end = m.end()
    if pagu is None or real is None:
        return
    pct = pcts[0]
    fakta.kalimat.append(Kalimat("anggaran", at(offset + min(pagu.start(), real.start())), sentence,
                                 {"p": baca_nilai(pagu.group(1)), "r": baca_nilai(real.group(1)),
                                  "c": baca_nilai(pct.group(0))}))


_RE_JUMLAH = {
    "atas": re.compile(r"di\s*atas\s*100\s*%\s*sebanyak\s+([0-9Oo]{1,3})\b", re.IGNORECASE),
    "tepat": re.compile(r"(?:tepat|sama\s+dengan)\s*100\s*%\s*sebanyak\s+([0-9Oo]{1,3})\b", re.IGNORECASE),
    "bawah": re.compile(r"di\s*bawah\s*100\s*%\s*sebanyak\s+([0-9Oo]{1,3})\b", re.IGNORECASE),
    "tidak": re.compile(r"tidak\s+dapat\s+diperoleh[^;.]{0,60}?sebanyak\s+([0-9Oo]{1,3})\b", re.IGNORECASE),
}


_RE_JUMLAH_LAINNYA = re.compile(
    r"dari\s+(\d+)\s+indikator\s+kinerja\s+lainnya,?\s+(\d+)\s+indikator\s+(?:capaiannya\s+)?di\s*atas\s*100\s*%,?"
    r"\s+(\d+)\s+(?:indikator\s+)?tepat\s*100\s*%,?\s+(?:dan\s+)?(\d+)\s+(?:indikator\s+)?di\s*bawah\s*100\s*%"
    r"(?:,?\s*(?:dan\s+)?(\d+)\s+(?:indikator\s+)?tidak\s+dapat\s+diukur)?",
    re.IGNORECASE,
)


def _hit_jumlah(text: str) -> list[tuple[int, str, str]]:
    return sorted((m.start(), kind, m.group(1)) for kind, rx in _RE_JUMLAH.items() for m in rx.finditer(text))


def _blok_jumlah(hits: list[tuple[int, int, str, str, str, InfoBlok]], fakta: Fakta) -> None:
    """Group the count sentences into blocks: a list of four, possibly one per paragraph."""
    block: BlokJumlah | None = None
    last_run = -99
    for run, _, kind, raw, lokasi, info in hits:
        if block is None or kind in block.jumlah or kind == "atas" or run - last_run > 4:
            block = BlokJumlah(lokasi, {}, {}, info.pk, info.bagian)
            fakta.blok_jumlah.append(block)
        # OCR reads the digit 0 as the letter O ("sebanyak O", "0O")
        block.jumlah[kind] = int(re.sub(r"[Oo]", "0", raw))
        block.tercetak[kind] = raw
        last_run = run


# -- signatures and NIP --------------------------------------------------------------------

_RE_NIP = re.compile(r"\bNIP\.?\s*:?\s*((?:\d[\s.]?){17}\d)\b")
_BUKAN_NAMA = re.compile(
    r"\b(pembina|penata|pengatur|juru|nip|camat|bupati|kepala|pihak|kabupaten|kecamatan|plt|sekretaris|"
    r"mojokerto|asisten|jabatan|tingkat|golongan|lampiran|tahun|disusun|dievaluasi|mengetahui|badan|dinas)\b"
    r"|^[IVX]+/?[a-e]?$|\d{4}",
    re.IGNORECASE,
)
_GELAR = re.compile(r"\b(dr|drs|dra|ir|h|hj|prof|s|m|a|st|se|sh|mm|msi|mt|mpd|spd|sp|ssos|sstp|mh|ak|"
                    r"s\.?\w{1,4}|m\.?\w{1,4})\.?(?=[\s,]|$)", re.IGNORECASE)


def kunci_orang(nama: str) -> str:
    """'YULIUS BAKHTIAR, S.P., M.M.' and 'Yulius Bakhtiar, S.P., M.M.' -> 'YULIUS BAKHTIAR'."""
    head = nama.split(",")[0]
    words = [w for w in re.findall(r"[A-Za-z']+\.?", head) if not w.endswith(".")]
    return " ".join(w.upper() for w in words if len(w) > 1)


def _nama_dekat(lines: list[BarisTeks], i: int) -> str:
    """The name printed above a NIP: the lines before it, or in a signature table the
    lines above it in the same column (two officials sign side by side)."""
    line = lines[i]
    if line.sel is None:
        before = [x for x in reversed(lines[max(0, i - 6):i]) if x.sel is None]
    else:
        row, col = line.sel
        before = [x for x in reversed(lines[:i]) if x.blok == line.blok and x.sel is not None
                  and x.sel[1] == col and x.sel[0] >= row - 3]
    for cand in before[:5]:
        teks = cand.teks.strip()
        if not teks or len(teks.split()) > 8 or _BUKAN_NAMA.search(teks) or ":" in teks:
            continue
        if sum(c.isalpha() for c in teks) < 4:
            continue
        return teks
    return ""


def _nip(lines: list[BarisTeks], fakta: Fakta) -> None:
    for i, line in enumerate(lines):
        m = _RE_NIP.search(line.teks)
        if not m:
            continue
        nip = re.sub(r"[\s.]", "", m.group(1))
        name = _nama_dekat(lines, i)
        fakta.nip.append(NipTercetak(name, kunci_orang(name) if name else "", nip, line.lokasi))


# -- printed amounts, dates, periods, citations ---------------------------------------------

_BULAN = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
          "november", "desember"]
_RE_TANGGAL = re.compile(r"\b(\d{1,2})\s+([A-Z][a-z]{2,9})\s+((?:19|20)\d{2})\b")
_RE_PERIODE = re.compile(r"\b(?P<w>tahun|periode|renstra|rpjmd)\s+(?P<a>(?:19|20)\d{2})\s*[-–—]\s*(?P<b>(?:19|20)\d{2})\b",
                         re.IGNORECASE)
_RE_RUJUKAN = re.compile(
    r"(?P<jenis>Peraturan|Keputusan|Instruksi|Surat Edaran)(?P<penerbit>[^.;]{0,120}?)\s+"
    r"Nomor\s+(?P<nomor>\d+)\s+Tahun\s+(?P<tahun>(?:19|20)\d{2})(?P<sisa>[^.;]{0,90})",
    re.IGNORECASE,
)
_RE_RUJUKAN_PENDEK = re.compile(r"\b(?P<jenis>Perpres|Permendagri|Permen\s*PAN\s*-?\s*RB|PermenpanRB|Permenpan\s*RB|"
                                r"Perda|Perbup)\s*(?P<nomor>\d+)\s*/\s*(?P<tahun>(?:19|20)\d{2})\b", re.IGNORECASE)
_RE_ANGKA_TITIK = re.compile(r"(?<![\d.,])(\d{1,3}\.\d{1,2})\s*%")


def penerbit(teks: str) -> str:
    """Who issued a regulation, as a key: 'permenpanrb', 'perpres', 'perda', 'perbup', ..."""
    low = teks.casefold().replace(" ", "")
    if "aparatur" in low or "panrb" in low or "pan-rb" in low:
        return "permenpanrb"
    if "presiden" in low or "perpres" in low:
        return "perpres"
    if "dalamnegeri" in low or "permendagri" in low:
        return "permendagri"
    if "bupati" in low or "perbup" in low:
        return "perbup"
    if "daerah" in low or "perda" in low:
        return "perda"
    return re.sub(r"[^a-z]", "", low)[:20]


def _tercetak(text: str, at: Callable[[int], str], fakta: Fakta) -> None:
    for m in _RE_RP.finditer(text):
        v = baca_nilai("Rp " + m.group(1))
        if v.cacat:
            fakta.tercetak.append(Tercetak("rupiah", m.group(0), at(m.start()), {"cacat": v.cacat}))
    for m in _RE_ANGKA_TITIK.finditer(text):
        fakta.tercetak.append(Tercetak("desimal_titik", m.group(0), at(m.start())))
    for m in _RE_TANGGAL.finditer(text):
        fakta.tercetak.append(Tercetak("tanggal", m.group(0), at(m.start()),
                                       {"d": m.group(1), "bulan": m.group(2), "y": m.group(3)}))
    for m in _RE_PERIODE.finditer(text):
        fakta.tercetak.append(Tercetak("periode", m.group(0), at(m.start()),
                                       {"a": m.group("a"), "b": m.group("b")}))
    for m in _RE_RUJUKAN.finditer(text):
        sisa = m.group("sisa")
        tentang = ""
        t = re.search(r"tentang\s+(.{5,80})", sisa, re.IGNORECASE)
        if t:
            tentang = " ".join(t.group(1).split()[:6])
        fakta.tercetak.append(Tercetak("rujukan", rapat(m.group(0)[:160]), at(m.start()), {
            "penerbit": penerbit(m.group("jenis") + m.group("penerbit")), "nomor": m.group("nomor"),
            "tahun": m.group("tahun"), "tentang": tentang.casefold(),
            "cetak": f"Nomor {m.group('nomor')} Tahun {m.group('tahun')}",
        }))
    for m in _RE_RUJUKAN_PENDEK.finditer(text):
        fakta.tercetak.append(Tercetak("rujukan", m.group(0), at(m.start()), {
            "penerbit": penerbit(m.group("jenis")), "nomor": m.group("nomor"), "tahun": m.group("tahun"),
            "tentang": "", "cetak": m.group(0),
        }))


def _tercetak_sel(cell: str, lokasi: str, fakta: Fakta) -> None:
    v = baca_nilai(cell)
    if v.cacat and v.rupiah:
        fakta.tercetak.append(Tercetak("rupiah", cell.strip(), lokasi, {"cacat": v.cacat}))
    elif v.cacat and v.persen and "titik" in v.cacat:
        fakta.tercetak.append(Tercetak("desimal_titik", cell.strip(), lokasi))


def kenali(doc: Dokumen) -> Fakta:
    """Every fact the checks need, read from ``doc``."""
    return _Pembaca(doc).jalankan()


def nilai_persen(v: Nilai | None) -> Decimal | None:
    return v.angka if v is not None and v.angka is not None else None


__all__ = ["Fakta", "Paragraf", "kenali", "kunci_indikator", "kunci_orang", "kunci_program"]


_RUMUS_NEGATIF = re.compile(
    r"2\s*[x×*]?\s*target\s*[-–−]\s*realisasi|\(\s*2\s*t\s*[-–−]\s*r\s*\)|target\s*(?:/|dibagi)\s*realisasi",
    re.IGNORECASE,
)


def rumus_negatif_dinyatakan(teks: str) -> bool:
    """Whether the text states how a lower-is-better indicator's capaian is computed."""
    return bool(_RUMUS_NEGATIF.search(teks))
