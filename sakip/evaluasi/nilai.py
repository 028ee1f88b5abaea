"""Reading an evaluation: its worksheet structure, the answer that prevails per criterion, its
score (computed by ``sakip.core.lke``), logic-rule warnings, and the Nilai SAKIP provider.

Nothing here writes; the score is computed on every read from the stored answers, and a final
evaluation's stored total is what the measurement reads (``nilai_lke_untuk``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction

from sakip.core.aggregation import Bagian
from sakip.core.lke import (
    BandPredikat as BandInti,
)
from sakip.core.lke import (
    HasilLKE,
    Jawaban,
    Komponen,
    Metode,
    Peringatan,
    SubKomponen,
    bulatkan,
    hitung_lke,
    periksa_batas,
    persen_jawaban,
    tentukan_predikat,
)
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import IndikatorTurunan

from .models import (
    URUTAN_TIM,
    AturanPredikat,
    Evaluasi,
    JawabanEvaluasi,
    KomponenLKE,
    KriteriaLKE,
    OpsiJawaban,
    Rekomendasi,
    StatusEvaluasi,
    StatusRekomendasi,
    Tahap,
    TemplateLKE,
)


@dataclass
class Struktur:
    """A template's worksheet, loaded once (4 queries)."""

    template: TemplateLKE
    komponen: list[KomponenLKE]
    kriteria: list[KriteriaLKE]
    opsi: dict[int, list[OpsiJawaban]]  # by skala id
    maks: dict[int, Decimal]  # skala id -> nilai_maks

    def opsi_huruf(self, k: KriteriaLKE, huruf: str) -> OpsiJawaban | None:
        key = huruf.strip().upper()
        return next((o for o in self.opsi.get(k.skala_id, []) if o.huruf.upper() == key), None)


def struktur(template: TemplateLKE) -> Struktur:
    """The worksheet of a template: komponen → sub → kriteria with their scales."""
    komponen = list(KomponenLKE.objects.filter(template=template).prefetch_related("sub"))
    kriteria = list(KriteriaLKE.objects.filter(sub__komponen__template=template)
                    .select_related("sub__komponen", "skala").order_by("sub__komponen__kode", "sub__kode", "nomor"))
    skala_ids = {k.skala_id for k in kriteria}
    opsi: dict[int, list[OpsiJawaban]] = {}
    for o in OpsiJawaban.objects.filter(skala_id__in=skala_ids).order_by("urutan"):
        opsi.setdefault(o.skala_id, []).append(o)
    maks = {k.skala_id: k.skala.nilai_maks for k in kriteria}
    return Struktur(template, komponen, kriteria, opsi, maks)


def template_untuk(tahun: int) -> TemplateLKE | None:
    """The LKE version in force in a year (the latest that started by then)."""
    for t in TemplateLKE.objects.filter(tahun_mulai__lte=tahun).order_by("-tahun_mulai"):
        if t.tahun_selesai is None or t.tahun_selesai >= tahun:
            return t
    return None


def semua_jawaban(evaluasi: Evaluasi) -> dict[int, dict[str, JawabanEvaluasi]]:
    """Every tier's answer, by kriteria id then tahap (one query)."""
    out: dict[int, dict[str, JawabanEvaluasi]] = {}
    for j in JawabanEvaluasi.objects.filter(evaluasi=evaluasi).select_related("opsi", "oleh"):
        out.setdefault(j.kriteria_id, {})[j.tahap] = j
    return out


def yang_berlaku(per_tahap: Mapping[str, JawabanEvaluasi], tahap: str | None = None) -> JawabanEvaluasi | None:
    """The answer that prevails: the highest team tier that answered (or the given tier's own)."""
    if tahap is not None:
        j = per_tahap.get(tahap)
        return j if j is not None and j.opsi_id else None
    for t in reversed(URUTAN_TIM):
        j = per_tahap.get(t)
        if j is not None and j.opsi_id:
            return j
    return None


@dataclass
class BarisKriteria:
    kriteria: KriteriaLKE
    per_tahap: dict[str, JawabanEvaluasi]
    berlaku: JawabanEvaluasi | None
    peringatan: Peringatan | None = None

    @property
    def huruf(self) -> str:
        return self.berlaku.opsi.huruf if self.berlaku and self.berlaku.opsi else ""

    @property
    def mandiri(self) -> JawabanEvaluasi | None:
        return self.per_tahap.get(Tahap.MANDIRI)


@dataclass
class Lembar:
    """An evaluation as one tier (or the prevailing answers) sees it, with its score."""

    evaluasi: Evaluasi
    struktur: Struktur
    baris: list[BarisKriteria]
    hasil: HasilLKE
    predikat: BandInti
    aturan: AturanPredikat
    tahap: str | None = None
    peringatan: list[Peringatan] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return self.hasil.total

    def nilai_kriteria(self, b: BarisKriteria) -> Decimal | None:
        if b.berlaku is None or b.berlaku.opsi is None:
            return None
        return b.berlaku.opsi.nilai

    def per_komponen(self) -> list[tuple[KomponenLKE, object, list[tuple[object, object, list[BarisKriteria]]]]]:
        """(komponen, its score, [(sub, its score, its rows)]) in worksheet order."""
        by_sub: dict[int, list[BarisKriteria]] = {}
        for b in self.baris:
            by_sub.setdefault(b.kriteria.sub_id, []).append(b)
        out = []
        for k, nk in zip(self.struktur.komponen, self.hasil.komponen, strict=True):
            subs = list(k.sub.all())
            out.append((k, nk, [(s, ns, by_sub.get(s.pk, [])) for s, ns in zip(subs, nk.sub, strict=True)]))
        return out


def aturan_predikat(evaluasi: Evaluasi) -> AturanPredikat:
    return evaluasi.aturan_predikat or evaluasi.template.aturan_predikat


def bands(aturan: AturanPredikat) -> list[BandInti]:
    return [BandInti(b.kode, b.label, b.bawah) for b in aturan.band.all()]


def lembar(evaluasi: Evaluasi, tahap: str | None = None, st: Struktur | None = None) -> Lembar:
    """The worksheet with the prevailing answers (``tahap`` None) or one tier's, scored."""
    st = st or struktur(evaluasi.template)
    jawab = semua_jawaban(evaluasi)
    baris = [BarisKriteria(k, jawab.get(k.pk, {}), yang_berlaku(jawab.get(k.pk, {}), tahap)) for k in st.kriteria]
    komponen = []
    by_sub: dict[int, list[BarisKriteria]] = {}
    for b in baris:
        by_sub.setdefault(b.kriteria.sub_id, []).append(b)
    for k in st.komponen:
        subs = []
        for s in k.sub.all():
            js = tuple(Jawaban(b.kriteria.kode, b.berlaku.opsi.nilai if b.berlaku and b.berlaku.opsi else None,
                               st.maks[b.kriteria.skala_id]) for b in by_sub.get(s.pk, []))
            subs.append(SubKomponen(f"{k.kode}.{s.kode}", s.bobot, js, Metode(s.metode)))
        komponen.append(Komponen(k.kode, k.bobot, tuple(subs)))
    hasil = hitung_lke(komponen)
    sub_id = {s.pk: f"{k.kode}.{s.kode}" for k in st.komponen for s in k.sub.all()}
    warnings = []
    for b in baris:
        k = b.kriteria
        if k.batas_sub_id and b.berlaku and b.berlaku.opsi:
            p = persen_jawaban(Jawaban(k.kode, b.berlaku.opsi.nilai, st.maks[k.skala_id]))
            batas = _persen_terjawab(by_sub.get(k.batas_sub_id, []), st)
            b.peringatan = periksa_batas(p, batas, k.kode, k.pesan_logika or f"melebihi {sub_id[k.batas_sub_id]}")
            if b.peringatan:
                warnings.append(b.peringatan)
    aturan = aturan_predikat(evaluasi)
    predikat = tentukan_predikat(hasil.total, bands(aturan), aturan.bawah_inklusif)
    return Lembar(evaluasi, st, baris, hasil, predikat, aturan, tahap, warnings)


def _persen_terjawab(rows: Sequence[BarisKriteria], st: Struktur) -> Fraction | None:
    """Mean percentage of the answered criteria of a sub-component (the bound of a logic rule)."""
    vals = [persen_jawaban(Jawaban(b.kriteria.kode, b.berlaku.opsi.nilai, st.maks[b.kriteria.skala_id]))
            for b in rows if b.berlaku and b.berlaku.opsi]
    got = [v for v in vals if v is not None]
    return sum(got, Fraction(0)) / len(got) if got else None


def nilai_lke_untuk(defs: Sequence[IndikatorTurunan], tahun: int) -> dict[int, dict[Bagian, Decimal]]:
    """The Nilai SAKIP provider: each indicator's unit's final total in ``tahun`` (one query)."""
    units = {d.indikator.unit_id for d in defs}
    final = dict(Evaluasi.objects.filter(unit_id__in=units, tahun=tahun, status=StatusEvaluasi.FINAL,
                                         nilai_total__isnull=False).values_list("unit_id", "nilai_total"))
    return {d.indikator_id: {Bagian.TAHUN: final[d.indikator.unit_id]}
            for d in defs if d.indikator.unit_id in final}


def rekomendasi_unit(unit: Unit, tahun: int) -> list[Rekomendasi]:
    """The recommendations a unit owns from the evaluation of ``tahun`` (one query)."""
    return list(Rekomendasi.objects.filter(unit=unit, evaluasi__tahun=tahun).order_by("urutan", "pk"))


def rekomendasi_terlambat(unit: Unit, hari_ini: date) -> list[Rekomendasi]:
    """The unit's LHE recommendations past their deadline and not verified as settled (one query)."""
    return list(Rekomendasi.objects.filter(unit=unit, batas_waktu__lt=hari_ini)
                .exclude(status=StatusRekomendasi.TUNTAS).select_related("evaluasi").order_by("batas_waktu"))


def ringkas(lb: Lembar) -> dict[str, object]:
    """The evaluation as ``sakip lke nilai --json`` prints it."""
    ev = lb.evaluasi
    return {
        "pd": ev.unit.slug, "tahun": ev.tahun, "status": ev.status,
        "nilai_total": str(ev.nilai_total if ev.final and ev.nilai_total is not None else lb.total),
        "predikat": ev.predikat if ev.final and ev.predikat else lb.predikat.kode,
        "komponen": [
            {"kode": k.kode, "nama": k.nama, "bobot": str(k.bobot), "nilai": str(bulatkan(nk.nilai, 2)),
             "subkomponen": [
                 {"kode": f"{k.kode}.{s.kode}", "bobot": str(bulatkan(Fraction(s.bobot), 2)),
                  "nilai": str(bulatkan(ns.nilai, 2)),
                  "kriteria": [{"kode": b.kriteria.kode, "jawaban": b.huruf,
                                "nilai": None if lb.nilai_kriteria(b) is None else str(_angka(lb.nilai_kriteria(b)))}
                               for b in rows]}
                 for s, ns, rows in subs]}
            for k, nk, subs in lb.per_komponen()],
    }


def _angka(x: Decimal | None) -> Decimal | None:
    return None if x is None else x.normalize() if x != x.to_integral() else x.quantize(Decimal(1))
