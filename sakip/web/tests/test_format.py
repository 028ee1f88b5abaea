"""Template filters print figures as Indonesians write them, through sakip.core.formatting."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.template import Context, Template


def render(text: str, **context: object) -> str:
    return Template("{% load sakip %}" + text).render(Context(context))


def test_numbers_percentages_rupiah_and_dates() -> None:
    assert render("{{ x|angka }}", x=Decimal("93.145")) == "93,15"
    assert render("{{ x|angka:0 }}", x=Decimal("10807365855")) == "10.807.365.855"
    assert render("{{ x|angka_ringkas:4 }}", x=Decimal("92.5000")) == "92,5"
    assert render("{{ x|persen }}", x=Decimal("101.25")) == "101,25%"
    assert render("{{ x|rupiah }}", x=Decimal("9759995720")) == "Rp\u00a09.759.995.720,00"
    assert render("{{ d|tanggal }}", d=date(2025, 1, 24)) == "24 Januari 2025"
    moment = datetime(2025, 1, 24, 7, 5, tzinfo=ZoneInfo("UTC"))
    assert render("{{ d|waktu }}", d=moment) == "24 Januari 2025 14.05"  # Asia/Jakarta


def test_missing_values_print_a_dash() -> None:
    assert render("{{ x|persen }}", x=None) == "–"
    assert render("{{ tidak_ada|angka }}") == "–"
    assert render("{{ tidak_ada|tanggal }}") == "–"
