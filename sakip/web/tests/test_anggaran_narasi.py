"""Budget realisasi per sub kegiatan, and the narratives (escaped wherever they are shown)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import NarasiIndikator, NarasiUnit

pytestmark = pytest.mark.django_db

URL = "/pd/kecamatan-mojosari/2025/anggaran/"


def sub_kegiatan() -> MataAnggaran:
    return MataAnggaran.objects.filter(unit__slug="kecamatan-mojosari", tahun=2025,
                                       tingkat="sub_kegiatan").order_by("urutan").first()


def test_budget_grid_shows_pagu_and_serapan(operator: Client) -> None:
    html = operator.get(URL + "?tw=4").content.decode()
    assert "90,31%" in html
    assert "10.807.365.855" in html


def test_rupiah_with_thousand_dots_is_stored(operator: Client) -> None:
    line = sub_kegiatan()
    # The demo spreads the year over the triwulan: TW1 holds 1.466.595 (docs/demo-data).
    response = operator.post(URL, {"tw": "1", f"r-{line.pk}-1": "1.250.000,50", f"a-r-{line.pk}-1": "1.466.595"})
    assert response.status_code == 302
    assert RealisasiAnggaran.objects.get(mata_anggaran=line, triwulan=1).jumlah == Decimal("1250000.50")


def test_negative_or_malformed_amounts_are_refused_at_their_cell(operator: Client) -> None:
    line = sub_kegiatan()
    response = operator.post(URL, {"tw": "1", f"r-{line.pk}-1": "-5", f"a-r-{line.pk}-1": "1.466.595",
                                   f"r-{line.pk}-2": "Rp 2.000", f"a-r-{line.pk}-2": "2.444.325"})
    assert response.status_code == 422
    html = response.content.decode()
    assert "tidak boleh negatif" in html
    assert f'name="r-{line.pk}-1" value="-5"' in html
    assert RealisasiAnggaran.objects.get(mata_anggaran=line, triwulan=2).jumlah == Decimal("2000")


def test_serapan_is_recomputed_as_you_type(operator: Client) -> None:
    line = sub_kegiatan()  # pagu 10.000.000
    response = operator.post(URL + "hitung/", {"baris": line.pk, "tw": "1", f"r-{line.pk}-1": "5.000.000"})
    html = response.content.decode()
    assert f'id="persen-{line.pk}"' in html and "50,00%" in html


def ikm() -> Indikator:
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="ikm-2529")


def test_narratives_are_saved_and_escaped(operator: Client) -> None:
    ind = ikm()
    url = "/pd/kecamatan-mojosari/2025/narasi/"
    page = operator.get(url)
    assert page.status_code == 200
    data = {f"n{ind.pk}-faktor_penghambat": "<script>alert('x')</script> & hujan",
            "pd-kesimpulan": "Kinerja <b>baik</b>."}
    form = page.context["isian"]
    for _, f, _ in form:  # post every field as shown, changing only ours
        for field in f:
            data.setdefault(field.html_name, field.value() or "")
    for field in page.context["form_unit"]:
        data.setdefault(field.html_name, field.value() or "")
    response = operator.post(url, data)
    assert response.status_code == 302
    assert NarasiIndikator.objects.get(indikator=ind, tahun=2025).faktor_penghambat.startswith("<script>")
    assert NarasiUnit.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, jenis="kesimpulan").teks == \
        "Kinerja <b>baik</b>."
    html = operator.get(url).content.decode()  # in the textareas
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<b>baik</b>" not in html
    pimpinan = Client()
    pimpinan.login(username="pimpinan", password="sakip-demo")
    html = pimpinan.get(url).content.decode()  # read-only view prints the text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; hujan" in html


def test_emptying_a_pd_narrative_removes_it(operator: Client) -> None:
    url = "/pd/kecamatan-mojosari/2025/narasi/"
    page = operator.get(url)
    data = {}
    for _, f, _ in page.context["isian"]:
        for field in f:
            data[field.html_name] = field.value() or ""
    for field in page.context["form_unit"]:
        data[field.html_name] = field.value() or ""
    data["pd-prestasi"] = ""
    assert operator.post(url, data).status_code == 302
    assert not NarasiUnit.objects.filter(unit__slug="kecamatan-mojosari", tahun=2025, jenis="prestasi").exists()
