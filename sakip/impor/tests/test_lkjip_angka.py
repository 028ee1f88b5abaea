"""`sakip impor-lkjip` and numbers no column can hold: refused with where the document prints them."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from sakip.impor import lkjip
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import Realisasi
from sakip.reviu.tests import lkjip_uji

pytestmark = pytest.mark.django_db

BESAR = Decimal("99999999999999999999")  # 20 digits: beyond every bound, printed 99.999.999.999.999.999.999,00


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_a_huge_printed_value_is_not_imported_and_its_place_is_named(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    ikm = lkjip_uji.INDIKATOR[0]
    assert ikm.nama == "IKM Kecamatan"
    monkeypatch.setattr(lkjip_uji, "INDIKATOR", [dataclasses.replace(ikm, realisasi=BESAR),
                                                 *lkjip_uji.INDIKATOR[1:]])
    data, _ = lkjip_uji.buat_lkjip()
    berkas = tmp_path / "lkjip-pacet.docx"
    berkas.write_bytes(data)
    out = run("impor-lkjip", str(berkas), "--pd", "kecamatan-pacet", "--tahun", "2025")
    baris = next(line for line in out.splitlines() if "2025 realisasi" in line and "ditolak" in line)
    assert "ditolak: nilai terlalu besar; paling besar 1.000.000.000.000.000; tidak diimpor" in baris
    # The note names the table and row the value was read from.
    assert ("  - Realisasi IKM Kecamatan 2025 pada tabel (tabel ke-1 baris ke-2): nilai terlalu besar; paling besar "
            "1.000.000.000.000.000; tidak diimpor.") in out.splitlines()
    out = run("impor-lkjip", str(berkas), "--pd", "kecamatan-pacet", "--tahun", "2025", "--ya")
    assert "Tersimpan:" in out
    stored = Indikator.objects.get(unit__slug="kecamatan-pacet", nama="IKM Kecamatan")
    real = {(r.tahun, r.bagian): r.nilai for r in stored.realisasi.all()}
    assert (2025, "TAHUN") not in real  # the refused value
    assert real[(2024, "TAHUN")] == Decimal("88.90")  # the rest of the document was imported
    assert {t.tahun: t.nilai for t in stored.target.all()}[2025] == 88


def test_the_services_refuse_it_too_and_the_message_names_the_place() -> None:
    """A plan that skipped the preview's check still cannot store the value: all or nothing."""
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    ind = Indikator.objects.filter(unit=unit, periode__nama="2025-2029", satuan="Nilai").order_by("pk").first()
    per = ind.periode
    before = list(Realisasi.objects.filter(indikator__unit=unit).values_list("pk", "nilai"))
    plan = lkjip.RencanaImpor(unit, 2026, 2026, [lkjip.RencanaIndikator(
        ind.nama, ind.satuan, per, ind,
        [lkjip.Perubahan(2026, "realisasi", Decimal("1e16"), None, "", "Tabel III.2 (baris 7)")])], [])
    with pytest.raises(ValidationError) as exc:
        lkjip.simpan(plan)
    assert exc.value.messages == [f"Realisasi {ind.nama} 2026 TAHUN: nilai terlalu besar; paling besar "
                                  "1.000.000.000.000.000 (dibaca dari Tabel III.2 (baris 7))"]
    assert list(Realisasi.objects.filter(indikator__unit=unit).values_list("pk", "nilai")) == before
