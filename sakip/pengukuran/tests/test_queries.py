"""The measurement's query count does not grow with the number of indicators or budget lines."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.organisasi.models import Unit
from sakip.pengukuran.services import ukur_pd

pytestmark = pytest.mark.django_db


def count(slug: str, tahun: int = 2025) -> tuple[int, int]:
    unit = Unit.objects.get(slug=slug)
    with CaptureQueriesContext(connection) as ctx:
        hasil = ukur_pd(unit, tahun)
    return len(ctx.captured_queries), sum(len(pk.baris) for pk in hasil.pk)


def test_query_count_is_constant() -> None:
    counts = {slug: count(slug) for slug in ("dinas-pendidikan", "dinas-kesehatan", "kecamatan-trowulan",
                                             "bappeda")}
    assert len({rows for _, rows in counts.values()}) > 1, "the PDs should differ in size"
    assert len({q for q, _ in counts.values()}) == 1, counts
    # 12, one read of the unit's SKM surveys (its IKM) and one of its final Evaluasi AKIP (its Nilai SAKIP)
    assert next(iter(counts.values()))[0] <= 14


def test_derived_indicators_cost_a_bounded_number_of_queries() -> None:
    # Bagian Organisasi's six figures are computed over 57 units: the cost depends on the
    # number of distinct sources (ikm, kematangan, nilai_sakip, own budget), not on the units.
    q, _ = count("bagian-organisasi")
    assert q <= 12 + 4 * 5 + 2
