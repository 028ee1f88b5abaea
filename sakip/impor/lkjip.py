"""Import last year's LKjIP as draft data: targets, realisasi and history per indicator.

Two phases, as with every import in Sakip: ``rencana`` reads the document and the PD's
data and says what would change (nothing is written); ``simpan`` writes that plan through
the planning and realisasi services in one transaction.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from sakip.core.aggregation import Agregasi, AgregasiError, Bagian, nilai_tahunan
from sakip.core.batas import AngkaDitolak, periksa_satuan
from sakip.organisasi.models import Unit
from sakip.perencanaan import services as perencanaan
from sakip.perencanaan.models import Indikator, IndikatorTurunan, PeriodePerencanaan, Target
from sakip.realisasi import services as realisasi
from sakip.realisasi.models import Realisasi

# The document reader is reviu's (it reads LKjIPs written elsewhere for reviu-dokumen too);
# importing only turns what it read into targets and realisasi.
from sakip.reviu.dokumen import BerkasTidakTerbaca, Dokumen, baca_berkas
from sakip.reviu.dokumen.angka import Nilai, angka_teks
from sakip.reviu.dokumen.kenali import BarisKinerja, bersih_nama, kenali, kunci_indikator
from sakip.reviu.dokumen.umum import baris_ringkasan, negatif_menurut_nama, satuan_baris


class ImporGagal(ValueError):
    """The document holds nothing that can be imported; the message says why."""


def baca(path: str | Path) -> Dokumen:
    """Read the LKjIP from disk (.txt, .docx or .pdf); ImporGagal when it cannot be read."""
    try:
        return baca_berkas(path)
    except BerkasTidakTerbaca as exc:
        raise ImporGagal(f"berkas tidak dapat dibaca: {exc}") from exc


def _tepat(nama: str) -> str:
    """An indicator's exact key: case and spacing ignored, the organisation's name kept."""
    return "".join(re.findall(r"[0-9a-z]+", bersih_nama(nama).casefold()))


@dataclass
class Perubahan:
    tahun: int
    medan: str  # "target" or "realisasi"
    nilai: Decimal
    lama: Decimal | None  # what is stored now
    catatan: str = ""  # why it is not written, when it is not
    lokasi: str = ""  # where the document prints it: 'Tabel III.4 (baris 768)'

    @property
    def ditulis(self) -> bool:
        return not self.catatan and self.lama != self.nilai


@dataclass
class RencanaIndikator:
    nama: str
    satuan: str
    periode: PeriodePerencanaan
    indikator: Indikator | None  # None: a new indicator (kinerja lainnya, draft)
    perubahan: list[Perubahan] = field(default_factory=list)
    negatif: bool = False
    desimal: int = 2


@dataclass
class RencanaImpor:
    unit: Unit
    tahun: int
    tahun_dokumen: int | None
    indikator: list[RencanaIndikator]
    catatan: list[str]

    @property
    def jumlah_tulis(self) -> int:
        return sum(1 for r in self.indikator for p in r.perubahan if p.ditulis)

    @property
    def indikator_baru(self) -> int:
        return sum(1 for r in self.indikator if r.indikator is None and any(p.ditulis for p in r.perubahan))


def _pilih(values: list[Nilai], lama: Decimal | None) -> tuple[Nilai | None, str]:
    """The value to import when the document prints several, and a note saying so.

    The stored value wins when the document also prints it; otherwise the value printed
    most often ("NA" counts: a year marked not available is not filled in); a tie is not
    resolved by guessing.
    """
    present = [v for v in values if v.angka is not None or v.na]
    if not present:
        return None, ""
    counts = Counter("NA" if v.angka is None else v.angka for v in present)
    if len(counts) == 1:
        return (None if "NA" in counts else present[0]), ""
    first = {("NA" if v.angka is None else v.angka): v for v in reversed(present)}
    listing = ", ".join(f"{first[k].teks} ({c}×)" for k, c in counts.most_common())
    if lama is not None and lama in counts:
        return first[lama], f"dokumen mencetak {listing}; nilai tersimpan dipertahankan"
    (best, n), (_, n2) = counts.most_common(2)
    if n == n2:
        return None, f"dokumen mencetak {listing}; tidak diimpor karena tidak ada yang lebih sering"
    if best == "NA":
        return None, f"dokumen mencetak {listing}; tidak diimpor"
    return first[best], f"dokumen mencetak {listing}; dipakai {first[best].teks}"


def _periode_untuk(periode: list[PeriodePerencanaan], tahun: int, pk: str | None) -> PeriodePerencanaan | None:
    covering = sorted((p for p in periode if p.memuat(tahun)), key=lambda p: p.tahun_mulai)
    if not covering:
        return None
    if len(covering) > 1 and pk == "perubahan":
        return covering[-1]
    return covering[0]


def rencana(unit: Unit, tahun: int, doc: Dokumen) -> RencanaImpor:
    """What importing ``doc`` into ``unit`` would write, without writing anything."""
    fakta = kenali(doc)
    # PK, capaian and comparison tables; the kinerja-vs-anggaran table only repeats them
    rows = [b for b in fakta.kinerja if b.nama_andal and b.jenis in ("pk", "capaian", "seri")
            and b.tahun and b.tahun <= tahun]
    catatan = list(dict.fromkeys([*doc.tidak_terbaca, *fakta.tidak_terbaca]))
    # 'Jumlah Capaian Realisasi Kinerja', 'Rata-Rata Capaian…' sum up the rows above: no indicator
    ringkasan = [b for b in rows if baris_ringkasan(b.nama)]
    if ringkasan:
        rows = [b for b in rows if not baris_ringkasan(b.nama)]
        daftar = "; ".join(dict.fromkeys(f"'{b.nama}' ({b.lokasi})" for b in ringkasan))
        catatan.append(f"Baris ringkasan tidak diimpor sebagai indikator: {daftar}.")
    if fakta.ocr:
        catatan.append("Tabel hasil OCR tidak diimpor: nama indikatornya tercampur dengan kolom lain.")
    if not rows:
        raise ImporGagal(f"{doc.nama} tidak memuat tabel perjanjian kinerja atau capaian yang dapat dibaca.")
    if fakta.tahun and fakta.tahun != tahun:
        catatan.append(f"Dokumen ini laporan tahun {fakta.tahun}, bukan {tahun}; nilai dibaca menurut tahun kolomnya.")
    data = _DataPD.baca(unit)
    plans = [_rencana_indikator(brs, per, ind, data, fakta.negatif, doc.nama, catatan)
             for brs, per, ind in _kelompok(rows, tahun, data, catatan)]
    return RencanaImpor(unit, tahun, fakta.tahun, plans, list(dict.fromkeys(catatan)))


@dataclass
class _DataPD:
    """The PD's indicators with what they store, read once for a plan (five queries)."""

    periode: list[PeriodePerencanaan]
    by_id: dict[int, Indikator]
    by_exact: dict[str, list[Indikator]]
    by_loose: dict[str, list[Indikator]]
    targets: dict[tuple[int, int], Decimal]
    stored: dict[tuple[int, int], dict[Bagian, Decimal]]
    turunan: dict[int, int]  # derived indicator -> the first year it is computed
    linked: dict[int, list[Indikator]]  # its predecessor and successor across periods

    @classmethod
    def baca(cls, unit: Unit) -> _DataPD:
        periode = list(PeriodePerencanaan.objects.filter(pemda_id=unit.pemda_id).order_by("tahun_mulai"))
        existing = list(Indikator.objects.filter(unit=unit).select_related("periode"))
        by_id = {i.pk: i for i in existing}
        by_exact: dict[str, list[Indikator]] = defaultdict(list)
        by_loose: dict[str, list[Indikator]] = defaultdict(list)
        for ind in existing:
            by_exact[_tepat(ind.nama)].append(ind)
            by_loose[kunci_indikator(ind.nama)].append(ind)
        ids = list(by_id)
        targets = {(t, y): v for t, y, v in Target.objects.filter(indikator_id__in=ids).values_list(
            "indikator_id", "tahun", "nilai")}
        stored: dict[tuple[int, int], dict[Bagian, Decimal]] = defaultdict(dict)
        for i, y, bagian, v in Realisasi.objects.filter(indikator_id__in=ids).values_list(
                "indikator_id", "tahun", "bagian", "nilai"):
            stored[(i, y)][Bagian(bagian)] = v
        turunan = dict(IndikatorTurunan.objects.filter(indikator_id__in=ids).values_list("indikator_id",
                                                                                         "mulai_tahun"))
        # a year shared by two periods is stored once, on one of the linked indicators
        linked: dict[int, list[Indikator]] = defaultdict(list)
        for i in existing:
            if i.pendahulu_id in by_id:
                linked[i.pk].append(by_id[i.pendahulu_id])
                linked[i.pendahulu_id].append(i)
        return cls(periode, by_id, by_exact, by_loose, targets, stored, turunan, linked)

    def cocok(self, nama: str, per: PeriodePerencanaan | None) -> list[Indikator]:
        """The period's indicators of this name: exactly, else loosely."""
        if per is None:
            return []
        found = [i for i in self.by_exact.get(_tepat(nama), []) if i.periode_id == per.pk]
        return found or [i for i in self.by_loose.get(kunci_indikator(nama), []) if i.periode_id == per.pk]


def _kelompok(rows: list[BarisKinerja], tahun: int, data: _DataPD, catatan: list[str],
              ) -> list[tuple[list[BarisKinerja], PeriodePerencanaan, Indikator | None]]:
    """The document's rows per indicator (an existing one, or a new one per name and period).

    A row belongs to the indicator of its PK's period; a year before that period starts goes
    to the indicator's predecessor, where the PD's own history is stored.
    """
    periode = data.periode
    groups: dict[tuple[object, ...], list[BarisKinerja]] = defaultdict(list)
    places: dict[tuple[object, ...], tuple[PeriodePerencanaan, Indikator | None]] = {}
    for b in rows:
        per = _periode_untuk(periode, tahun, b.pk) if b.pk else _periode_untuk(periode, b.tahun, None)
        per = per or _periode_untuk(periode, tahun, None)
        if per is None:
            continue
        match = data.cocok(b.nama, per)
        if not match and not b.pk:
            # no PK context: any one period covering the year that has this indicator
            found = [m for p in periode if p.memuat(b.tahun) or p.memuat(tahun) for m in data.cocok(b.nama, p)]
            match = found if len({m.pk for m in found}) == 1 else match
        if len(match) > 1:
            catatan.append(f"'{b.nama}' cocok dengan {len(match)} indikator periode {per.nama}; dibuat sebagai draf.")
        ind = match[0] if len(match) == 1 else None
        if ind is not None and not ind.periode.memuat(b.tahun) and ind.pendahulu_id in data.by_id:
            before = data.by_id[ind.pendahulu_id]
            if before.periode.memuat(b.tahun):
                ind = before
        key: tuple[object, ...] = ("ada", ind.pk) if ind is not None else ("baru", _tepat(b.nama), per.pk)
        groups[key].append(b)
        places[key] = (ind.periode if ind is not None else per, ind)
    return [(brs, *places[key]) for key, brs in groups.items()]


def _rencana_indikator(brs: list[BarisKinerja], per: PeriodePerencanaan, ind: Indikator | None, data: _DataPD,
                       negatif: Collection[str], nama_dokumen: str, catatan: list[str]) -> RencanaIndikator:
    """One indicator's changes: its target and realisasi of each year the document prints."""
    nama = brs[0].nama
    values = [v for b in brs for v in (b.target, b.realisasi) if v is not None and v.angka is not None]
    # the table's Satuan column says the unit ('Persen' -> '%'); else the values' own marks
    satuan = next((s for b in brs if (s := satuan_baris(b.tabel, b.indeks))), "") or _satuan(values)
    # polarity: declared by the document, or (for a new indicator) said by its name
    turun = brs[0].kunci in negatif or (ind is None and negatif_menurut_nama(nama))
    plan = RencanaIndikator(nama, satuan, per, ind, negatif=turun,
                            desimal=min(4, max((v.desimal for v in values), default=2)))
    for y in sorted({b.tahun for b in brs}):
        year_rows = [b for b in brs if b.tahun == y]
        for medan in ("target", "realisasi"):
            ubah = _perubahan(plan, year_rows, y, medan, data, nama_dokumen, catatan)
            if ubah is not None:
                plan.perubahan.append(ubah)
    return plan


def _perubahan(plan: RencanaIndikator, year_rows: list[BarisKinerja], y: int, medan: str, data: _DataPD,
               nama_dokumen: str, catatan: list[str]) -> Perubahan | None:
    """The change of one field of one year, with why it is not written when it is not (None: nothing printed)."""
    ind, nama = plan.indikator, plan.nama
    lama, alasan = (_tersimpan(ind, medan, y, data.targets, data.stored, data.linked) if ind is not None
                    else (None, ""))
    chosen, note = _pilih([getattr(b, medan) for b in year_rows if getattr(b, medan) is not None], lama)
    if note:
        catatan.append(f"{medan.capitalize()} {nama} {y}: {note}.")
    if chosen is None or chosen.angka is None:
        return None
    if alasan and lama == chosen.angka:
        alasan = ""
    if medan == "realisasi" and ind is not None and ind.pk in data.turunan and y >= data.turunan[ind.pk]:
        alasan = "dihitung otomatis dari data lain; tidak diimpor"
    lokasi = next((b.lokasi for b in year_rows if getattr(b, medan) is chosen), "")
    if not alasan:
        # The bounds every door applies (core.batas), checked here so the preview says so.
        try:
            periksa_satuan(chosen.angka, ind.satuan if ind is not None else plan.satuan)
        except AngkaDitolak as exc:
            alasan = f"ditolak: {exc}; tidak diimpor"
            catatan.append(f"{medan.capitalize()} {nama} {y} pada {lokasi or nama_dokumen}: {exc}; "
                           "tidak diimpor.")
    return Perubahan(y, medan, chosen.angka, lama, alasan, lokasi)


def _tersimpan(ind: Indikator, medan: str, tahun: int, targets: dict[tuple[int, int], Decimal],
               stored: dict[tuple[int, int], dict[Bagian, Decimal]],
               linked: dict[int, list[Indikator]]) -> tuple[Decimal | None, str]:
    """What is stored for an indicator-year, and why an import must not overwrite it."""
    if medan == "target":
        return targets.get((ind.pk, tahun)), ""
    own = stored.get((ind.pk, tahun), {})
    if own:
        nilai = _tahunan(own, ind)
        if Bagian.TAHUN in own:
            return nilai, ""
        return nilai, "sudah tercatat per triwulan/semester; tidak ditimpa"
    for other in linked.get(ind.pk, []):
        parts = stored.get((other.pk, tahun), {})
        if parts:
            return _tahunan(parts, other), f"tercatat pada indikator periode {other.periode.nama}; tidak ditimpa"
    return None, ""


def _tahunan(parts: dict[Bagian, Decimal], ind: Indikator) -> Decimal | None:
    try:
        return nilai_tahunan(parts, Agregasi(ind.agregasi))
    except AgregasiError:
        return None


def _satuan(values: list[Nilai]) -> str:
    if any(v.persen for v in values):
        return "%"
    units = [v.satuan for v in values if v.satuan]
    return Counter(units).most_common(1)[0][0] if units else "Nilai"


def _ref(unit: Unit, nama: str, periode: PeriodePerencanaan, taken: set[str]) -> str:
    base = f"impor-{slugify(nama)[:50]}-{periode.tahun_mulai}"
    ref, n = base, 2
    while ref in taken:
        ref, n = f"{base}-{n}", n + 1
    taken.add(ref)
    return ref


@transaction.atomic
def simpan(r: RencanaImpor) -> dict[str, int]:
    """Write the plan through the services, all or nothing; returns what was written."""
    taken = set(Indikator.objects.filter(unit=r.unit).values_list("ref", flat=True))
    counts = {"indikator_baru": 0, "target": 0, "realisasi": 0}
    for plan in r.indikator:
        writes = [p for p in plan.perubahan if p.ditulis]
        if not writes:
            continue
        ind = plan.indikator
        if ind is None:
            ind = perencanaan.tambah_indikator(
                r.unit, plan.periode, ref=_ref(r.unit, plan.nama, plan.periode, taken), nama=plan.nama,
                satuan=plan.satuan, polaritas="negatif" if plan.negatif else "positif", agregasi="terakhir",
                desimal=plan.desimal, iku=False,
                definisi="Diimpor dari LKjIP; lengkapi definisi, formulasi dan sumber data.",
            )
            counts["indikator_baru"] += 1
        targets = {p.tahun: p.nilai for p in writes if p.medan == "target"}
        if targets:
            with _dari(p for p in writes if p.medan == "target"):
                perencanaan.ubah_target(ind, targets)
            counts["target"] += len(targets)
        values = {p.tahun: {Bagian.TAHUN.value: p.nilai} for p in writes if p.medan == "realisasi"}
        if values:
            with _dari(p for p in writes if p.medan == "realisasi"):
                realisasi.catat_realisasi_tahun(ind, values)
            counts["realisasi"] += len(values)
    return counts


@contextmanager
def _dari(perubahan: Iterable[Perubahan]) -> Iterator[None]:
    """A service's refusal, with where in the document the refused values were read."""
    try:
        yield
    except ValidationError as exc:
        lokasi = "; ".join(dict.fromkeys(p.lokasi for p in perubahan if p.lokasi))
        pesan = " ".join(exc.messages)
        raise ValidationError(f"{pesan} (dibaca dari {lokasi})" if lokasi else pesan) from exc


def teks_rencana(r: RencanaImpor, nama_berkas: str) -> str:
    """The preview a user confirms."""
    lines = [f"Pratinjau impor {nama_berkas} ke {r.unit.nama} (sampai tahun {r.tahun})", ""]
    for plan in r.indikator:
        if plan.indikator is None:
            head = f"[baru, periode {plan.periode.nama}] {plan.nama} ({plan.satuan})"
        else:
            head = f"[ada, periode {plan.periode.nama}] {plan.indikator.nama}"
        lines.append(head)
        for p in plan.perubahan:
            new = angka_teks(p.nilai, plan.desimal)
            if p.catatan:
                status = p.catatan
            elif p.lama is None:
                status = "baru"
            elif p.lama == p.nilai:
                status = "sama, tidak diubah"
            else:
                status = f"menggantikan {angka_teks(p.lama, plan.desimal)}"
            lines.append(f"    {p.tahun} {p.medan:<9} {new:>14}  {status}")
    if r.catatan:
        lines += ["", "Catatan:"] + [f"  - {c}" for c in r.catatan]
    lines += ["", f"Akan ditulis: {r.jumlah_tulis} nilai, {r.indikator_baru} indikator baru (draf)."]
    return "\n".join(lines) + "\n"
