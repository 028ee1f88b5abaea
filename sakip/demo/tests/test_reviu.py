"""The demo's Kertas Kerja lines name findings the data reviu really makes on the demo."""

from __future__ import annotations

import pytest

from sakip.demo.data.reviu import CATATAN_REVIU
from sakip.kertaskerja.models import CatatanReviu, kunci_temuan
from sakip.organisasi.models import Unit
from sakip.reviu.kkr import kertas_kerja

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("c", CATATAN_REVIU, ids=[f"{c['unit']}-{c['kode']}" for c in CATATAN_REVIU])
def test_every_demo_note_sits_on_a_live_finding(c: dict[str, object]) -> None:
    unit = Unit.objects.get(slug=c["unit"])
    butir = kertas_kerja(unit, c["tahun"]).cari(kunci_temuan(c["kode"], c["objek"]))
    assert butir is not None and butir.muncul, f"{c['kode']} @ {c['objek']} tidak lagi ditemukan reviu"
    assert butir.catatan is not None and butir.catatan.catatan == c["catatan"]
    assert butir.status == c.get("status", "dijawab" if "jawaban" in c else "terbuka")


def test_the_demo_notes_are_written_by_the_demo_accounts() -> None:
    c = CatatanReviu.objects.select_related("dicatat_oleh", "dijawab_oleh").get(
        unit__slug="kecamatan-mojosari", kode="INDIKATOR_TANPA_FORMULASI")
    assert (c.dicatat_oleh.username, c.dijawab_oleh.username) == ("inspektorat", "operator.mojosari")
