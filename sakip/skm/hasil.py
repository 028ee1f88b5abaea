"""Reading the results of surveys: IKM per survey, the respondent profile, the IKM provider."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.aggregation import Bagian
from sakip.core.ikm import Bobot, HasilIKM, hitung_ikm
from sakip.perencanaan.models import IndikatorTurunan

from .models import PengaturanSkm, Responden, Survei

PROFIL = ("jenis_layanan", "jenis_kelamin", "usia", "pendidikan", "pekerjaan")


def bobot_pemda(pemda_id: int) -> Bobot:
    """The weight a Pemda computes its IKM with (exact 1/9 unless it chose a legacy one)."""
    nilai = PengaturanSkm.objects.filter(pemda_id=pemda_id).values_list("bobot", flat=True).first()
    return Bobot(nilai) if nilai else Bobot.TEPAT


def hasil_survei(survei: Survei, bobot: Bobot | None = None) -> HasilIKM | None:
    """NRR per unsur, IKM and mutu of a survey (None before every unsur has an answer)."""
    return hitung_ikm(survei.ke_ringkasan(), bobot or bobot_pemda(survei.unit.pemda_id))


@dataclass(frozen=True)
class Profil:
    """Counts of respondents per answer of each profile question (empty answers left out)."""

    rincian: Mapping[str, list[tuple[str, int]]]


def profil_responden(survei: Survei) -> Profil:
    """The respondent profile of a survey (one query), labelled as the form shows it."""
    counts: dict[str, Counter[str]] = {f: Counter() for f in PROFIL}
    for row in Responden.objects.filter(survei=survei).values_list(*PROFIL):
        for f, v in zip(PROFIL, row, strict=True):
            if v:
                counts[f][v] += 1
    label = {f: dict(Responden._meta.get_field(f).choices or []) for f in PROFIL}
    return Profil({f: [(str(label[f].get(k, k)), n) for k, n in sorted(c.items(), key=lambda kv: -kv[1])]
                   for f, c in counts.items()})


def penyedia_ikm(defs: Sequence[IndikatorTurunan], tahun: int) -> dict[int, dict[Bagian, Decimal]]:
    """The IKM per survey period of each indicator's unit in ``tahun`` (one query in all)."""
    units = {d.indikator.unit_id for d in defs}
    per_unit: dict[int, dict[Bagian, Decimal]] = defaultdict(dict)
    # One query: the Pemda's weight setting comes along with each survey.
    for s in Survei.objects.filter(unit_id__in=units, tahun=tahun, responden__gt=0).select_related(
            "unit__pemda__pengaturan_skm"):
        pengaturan = getattr(s.unit.pemda, "pengaturan_skm", None)
        h = hitung_ikm(s.ke_ringkasan(), Bobot(pengaturan.bobot) if pengaturan else Bobot.TEPAT)
        if h is not None:
            per_unit[s.unit_id][Bagian(s.periode)] = h.ikm
    return {d.indikator_id: dict(per_unit[d.indikator.unit_id]) for d in defs if per_unit.get(d.indikator.unit_id)}


def survei_terbuka(unit_id: int) -> Survei | None:
    """The unit's survey open for answers (the latest when, unusually, several are)."""
    return (Survei.objects.filter(unit_id=unit_id, status="dibuka").select_related("unit")
            .order_by("-tahun", "-periode").first())

