"""The demo's SKM: every IKM value the demo holds from 2025 on comes from a survey's answers.

``pindahkan_ikm(units)`` takes the typed IKM realisasi of 2025 and later out of each unit's IKM
indicators (kode_standar "ikm"), makes those indicators read the unit's SKM (turunan ikm_skm
from 2025, on the indicator of each planning period), and lists one survey per value with the
IKM it must give; the loader generates answer sets that give exactly that IKM
(``sakip.core.ikm.jawaban_untuk_ikm``). Each unit also gets an open survey for the current
semester (2026 S2) so the public form works. Choices: docs/demo-data.md, "SKM".
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

MULAI = 2025
# Mojosari's LKjIP prints one 2025 value (93.15, placed in TW4) and says it is the mean of the
# two semester surveys; the semesters are not printed, so both are taken as 93.15: the mean
# and the last value (the indicator's rule) are then both the printed figure.
GANTI = {("kecamatan-mojosari", "2025"): {"S1": "93.15", "S2": "93.15"}}
TERBUKA = (2026, "S2")
LAYANAN = {
    "kecamatan": "Pelayanan administrasi kependudukan\nPelayanan perizinan non berusaha\nPelayanan surat keterangan",
    "lainnya": "Pelayanan teknis unit",
}
LAYANAN_PD = "Pelayanan informasi\nPelayanan administrasi"


def _indikator(nodes: list[dict]) -> Iterator[dict]:
    for n in nodes:
        yield from n.get("indikator", [])
        yield from _indikator(n.get("anak", []))


def _populasi(slug: str, tahun: int, periode: str) -> int:
    """A stable population of 100-160 service users per survey (a sample of 80-113)."""
    h = sum(ord(c) * (i + 1) for i, c in enumerate(f"{slug}{tahun}{periode}"))
    return 100 + h % 61


def pindahkan_ikm(units: list[dict], *, salin: bool = True) -> list[dict]:
    """The units with IKM from 2025 read from surveys; with ``salin`` False the dicts are changed in place
    (for freshly generated ones: a deep copy of 55 synthetic units costs a second)."""
    out = copy.deepcopy(units) if salin else units
    for u in out:
        inds = [i for content in u.get("periode", {}).values()
                for i in [*_indikator(content.get("cascade", [])), *content.get("indikator_lain", [])]
                if i.get("kode_standar") == "ikm" and not i.get("turunan")]  # not a mean over units
        if not inds:
            continue
        nilai: dict[str, dict[str, str]] = {}
        for ind in inds:
            for tahun in [t for t in ind.get("realisasi", {}) if int(t) >= MULAI]:
                parts = ind["realisasi"].pop(tahun)
                nilai[tahun] = GANTI.get((u["slug"], tahun), parts)
            ind["turunan"] = {"fungsi": "ikm_skm", "cakupan": "sendiri", "mulai_tahun": MULAI}
        layanan = LAYANAN.get(u.get("jenis", ""), LAYANAN_PD)
        survei = [{"tahun": int(t), "periode": p, "ikm": v, "populasi": _populasi(u["slug"], int(t), p),
                   "jenis_layanan": layanan, "metode": "campuran", "status": "ditutup", "diumumkan": True}
                  for t, parts in sorted(nilai.items()) for p, v in sorted(parts.items())]
        if not any((s["tahun"], s["periode"]) == TERBUKA for s in survei):
            survei.append({"tahun": TERBUKA[0], "periode": TERBUKA[1], "populasi": 1000 if u["slug"] ==
                           "kecamatan-mojosari" else _populasi(u["slug"], *TERBUKA), "jenis_layanan": layanan,
                           "metode": "campuran", "status": "dibuka"})
        u["skm"] = survei
    return out
