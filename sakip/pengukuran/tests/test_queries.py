"""The measurement's query count does not grow with the number of indicators or budget lines."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.organisasi.models import Unit
from sakip.pengukuran.services import measure

pytestmark = pytest.mark.django_db


def count(slug: str, tahun: int = 2025) -> tuple[int, int]:
    unit = Unit.objects.get(slug=slug)
    with CaptureQueriesContext(connection) as ctx:
        hasil = measure(unit, tahun)
    return len(ctx.captured_queries), sum(len(pk.baris) for pk in hasil.pk)


def test_query_count_is_constant() -> None:
    small_q, small_rows = count("bagian-organisasi")
    big_q, big_rows = count("kecamatan-mojosari")
    synth_q, synth_rows = count("dinas-pendidikan")
    assert small_rows != big_rows
    assert small_q == big_q == synth_q
    assert small_q <= 12
