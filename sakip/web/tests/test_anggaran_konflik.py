"""The budget grid refuses an amount a colleague changed after the page was opened, at its cell."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.test import Client

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import catat_realisasi_anggaran
from sakip.audit.context import Sumber, pelaku

from .conftest import user

pytestmark = pytest.mark.django_db

URL = "/pd/kecamatan-mojosari/2025/anggaran/"


def penyusunan() -> MataAnggaran:
    """Pagu 10.000.000; the demo's 9.777.300 of the year is 1.466.595 / 2.444.325 / 2.444.325 / 3.422.055."""
    return MataAnggaran.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, kode="7.01.01.2.01.0001")


def jumlah(line: MataAnggaran, tw: int) -> Decimal | None:
    return RealisasiAnggaran.objects.filter(mata_anggaran=line, triwulan=tw).values_list("jumlah", flat=True).first()


def semula(html: str, nama: str) -> str:
    """The value the page sends back as what it showed (the hidden ``a-`` field)."""
    found = re.search(rf'name="a-{nama}" value="([^"]*)"', html)
    assert found, nama
    return found.group(1)


def galat(html: str, nama: str) -> str:
    """The message shown under a cell ('' when it has none)."""
    found = re.search(rf'<span class="galat" id="g-{nama}"[^>]*>([^<]*)</span>', html)
    assert found, nama
    return found.group(1)


def oleh_kepala(line: MataAnggaran, values: dict[int, Decimal | None]) -> None:
    with pelaku(user("kepala.mojosari"), Sumber.WEB):  # someone else saves after the page was opened
        catat_realisasi_anggaran(line, values)


def test_the_grid_sends_each_cells_loaded_value(operator: Client) -> None:
    line = penyusunan()
    html = operator.get(URL + "?tw=4").content.decode()
    assert semula(html, f"r-{line.pk}-4") == "3.422.055"
    assert semula(html, f"r-{line.pk}-1") == "1.466.595"


def test_a_value_changed_by_someone_else_meanwhile_is_refused_at_its_cell(operator: Client) -> None:
    line = penyusunan()
    nama = f"r-{line.pk}-4"
    html = operator.get(URL + "?tw=4").content.decode()
    dilihat = semula(html, nama)
    # Amounts that keep the year under the pagu (TW II–III hold 4.888.650): only the semula check refuses.
    oleh_kepala(line, {4: Decimal("3500000")})
    response = operator.post(URL, {"tw": "4", nama: "3.600.000", f"a-{nama}": dilihat,
                                   f"r-{line.pk}-1": "100.000", f"a-r-{line.pk}-1": "1.466.595"})
    assert response.status_code == 422
    html = response.content.decode()
    pesan = galat(html, nama)
    assert "sudah diubah oleh kepala.mojosari" in pesan and "menjadi 3.500.000" in pesan
    assert galat(html, f"r-{line.pk}-1") == ""  # the other cell of the line is saved, not refused with it
    assert f'name="{nama}" value="3.600.000"' in html  # what the operator typed is kept ...
    assert semula(html, nama) == "3.500.000"  # ... against the amount now stored
    assert "1 isian tersimpan." in html and "1 isian belum tersimpan" in html
    assert jumlah(line, 4) == Decimal("3500000")
    assert jumlah(line, 1) == Decimal("100000")
    # Saving again from the refreshed page is a deliberate overwrite.
    assert operator.post(URL, {"tw": "4", nama: "3.600.000", f"a-{nama}": "3.500.000"}).status_code == 302
    assert jumlah(line, 4) == Decimal("3600000")


def test_an_empty_cell_filled_meanwhile_is_not_overwritten(operator: Client) -> None:
    line = penyusunan()
    nama = f"r-{line.pk}-2"
    oleh_kepala(line, {2: Decimal("2500000.50")})
    response = operator.post(URL, {"tw": "2", nama: "3.000.000", f"a-{nama}": ""})
    assert response.status_code == 422
    assert "menjadi 2.500.000,5 " in galat(response.content.decode(), nama)
    assert jumlah(line, 2) == Decimal("2500000.50")


def test_a_cell_emptied_meanwhile_is_reported_as_kosong(operator: Client) -> None:
    line = penyusunan()
    nama = f"r-{line.pk}-4"
    oleh_kepala(line, {4: None})
    response = operator.post(URL, {"tw": "4", nama: "9.800.000", f"a-{nama}": "9.777.300"})
    assert response.status_code == 422
    assert "menjadi kosong" in galat(response.content.decode(), nama)
    assert jumlah(line, 4) is None


def test_an_unreadable_loaded_value_is_refused_not_guessed(operator: Client) -> None:
    line = penyusunan()
    nama = f"r-{line.pk}-4"
    response = operator.post(URL, {"tw": "4", nama: "9.800.000", f"a-{nama}": "sembilan juta"})
    assert response.status_code == 422
    assert "Nilai awal sel ini tidak terbaca" in galat(response.content.decode(), nama)
    assert jumlah(line, 4) == Decimal("3422055")
