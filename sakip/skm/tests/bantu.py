"""Test help: give a unit's survey a chosen (lower) IKM by adding answers through the service."""

from __future__ import annotations

from decimal import Decimal

from sakip.core.ikm import KODE_UNSUR, ikm_dari_jumlah
from sakip.skm.models import Survei
from sakip.skm.services import DataResponden, impor_responden


def turunkan_ikm(slug: str, tahun: int, periode: str, target: Decimal) -> Survei:
    """Add the fewest low-scoring respondents that bring the survey's IKM to ``target`` exactly."""
    s = Survei.objects.get(unit__slug=slug, tahun=tahun, periode=periode)
    n, total = s.responden, sum(s.ringkasan["jumlah"].values())
    for m in range(1, 10 * n + 10):
        tambah = int((target * 9 * (n + m) / 25).to_integral_value()) - total
        if 9 * m <= tambah <= 36 * m and ikm_dari_jumlah(total + tambah, n + m) == target:
            break
    else:
        raise ValueError(f"IKM {target} tidak tercapai")
    dasar, sisa = divmod(tambah, 9 * m)
    cells = [dasar + (1 if i < sisa else 0) for i in range(9 * m)]
    impor_responden(s, [DataResponden(jawaban=dict(zip(KODE_UNSUR, cells[9 * i:9 * i + 9], strict=True)))
                        for i in range(m)])
    return s
