"""Bagian Organisasi's figures follow from the PDs' own data (issue #6)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from sakip.organisasi.models import Unit
from sakip.pengukuran.derived import rincian
from sakip.pengukuran.services import ukur_pd
from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import Realisasi
from sakip.realisasi.services import catat_realisasi

pytestmark = pytest.mark.django_db


def organisasi() -> Unit:
    return Unit.objects.get(slug="bagian-organisasi")


def realisasi_of(nama_prefix: str, tahun: int = 2025) -> Decimal | None:
    hasil = ukur_pd(organisasi(), tahun)
    for pk in hasil.pk:
        for b in pk.baris:
            if b.input.nama.startswith(nama_prefix):
                return b.realisasi
    raise AssertionError(nama_prefix)


def test_pemda_figures_are_computed_not_stored() -> None:
    derived = Indikator.objects.filter(unit__slug="bagian-organisasi", turunan__isnull=False)
    assert derived.count() == 6
    assert not Realisasi.objects.filter(indikator__in=derived, tahun=2025).exists()
    assert realisasi_of("Nilai Rata-Rata SAKIP") == Decimal("83.78")
    assert realisasi_of("Indeks Kepuasan Masyarakat") == Decimal("90.87")
    assert realisasi_of("Jumlah PD/UKPD dengan nilai SKM") == 57
    assert realisasi_of("Jumlah PD/UKPD dengan tingkat kematangan") == 48
    assert realisasi_of("Jumlah PD/UKPD dengan nilai SAKIP") == 48
    assert realisasi_of("Persentase Realisasi Anggaran") == Decimal("85.72")


def test_history_before_sakip_stays_as_printed() -> None:
    ind = Indikator.objects.get(unit__slug="bagian-organisasi", ref="rerata-sakip-pd-2529")
    assert Realisasi.objects.get(indikator=ind, tahun=2024).nilai == Decimal("83.11")


def test_changing_one_pd_changes_the_pemda_figures() -> None:
    sakip = Indikator.objects.get(unit__slug="dinas-pendidikan", kode_standar="nilai_sakip",
                                  periode__nama="2025-2029")
    old = _nilai_evaluasi("dinas-pendidikan")
    # 48 PDs: lowering one by 48 points lowers the mean by exactly 1, and drops it below "Baik".
    # Its 2025 figure is its final Evaluasi AKIP: re-evaluated with answers giving old - 48.
    _evaluasi_ulang("dinas-pendidikan", old - 48)
    assert realisasi_of_unit(sakip) == old - 48
    assert realisasi_of("Nilai Rata-Rata SAKIP") == Decimal("82.78")
    assert realisasi_of("Jumlah PD/UKPD dengan nilai SAKIP") == 47


def _nilai_evaluasi(slug: str) -> Decimal:
    from sakip.evaluasi.models import Evaluasi

    return Evaluasi.objects.get(unit__slug=slug, tahun=2025).nilai_total


def _evaluasi_ulang(slug: str, nilai: Decimal) -> None:
    """Reopen a PD's final 2025 evaluation and close it again with answers that give ``nilai``."""
    from sakip.evaluasi import services as evaluasi
    from sakip.evaluasi.cari import Sub, cari_jawaban
    from sakip.evaluasi.models import Evaluasi
    from sakip.evaluasi.nilai import struktur

    ev = evaluasi.buka_kembali(Evaluasi.objects.select_related("unit", "template").get(unit__slug=slug, tahun=2025),
                               "Uji")
    st = struktur(ev.template)
    subs = [Sub(f"{k.kode}.{s.kode}", s.perspektif, s.bobot, sum(1 for c in st.kriteria if c.sub_id == s.pk))
            for k in st.komponen for s in k.sub.all()]
    huruf = cari_jawaban(subs, nilai)
    evaluasi.muat_evaluasi_final(ev.unit, 2025, {f"{kd}.{n}": h for kd, hs in huruf.items()
                                                 for n, h in enumerate(hs, 1)}, tanggal=date(2025, 12, 1))


def realisasi_of_unit(ind: Indikator) -> Decimal | None:
    hasil = ukur_pd(ind.unit, 2025)
    return next(b.realisasi for pk in hasil.pk for b in pk.baris if b.input.nama == ind.nama)


def test_a_unit_below_baik_leaves_the_skm_count() -> None:
    from sakip.skm.tests.bantu import turunkan_ikm

    turunkan_ikm("kecamatan-mojosari", 2025, "S2", Decimal("76.60"))  # mutu C: Kurang Baik (the year's value is S2's: rule "terakhir")
    assert realisasi_of("Jumlah PD/UKPD dengan nilai SKM") == 56
    # 57 units: 93,15 -> 76,60 lowers the mean by 16,55/57
    assert realisasi_of("Indeks Kepuasan Masyarakat") == Decimal("90.58")


def test_a_budget_change_changes_the_serapan_indicator() -> None:
    from sakip.anggaran.models import MataAnggaran
    from sakip.anggaran.services import catat_realisasi_anggaran

    line = MataAnggaran.objects.get(unit__slug="bagian-organisasi", tahun=2025, kode="4.01.01.2.10.0002")
    catat_realisasi_anggaran(line, {4: Decimal("100613435")})  # spend the whole pagu
    # (683.074.125 − 85.012.295 + 100.613.435) / 796.858.170 = 87,68%
    assert realisasi_of("Persentase Realisasi Anggaran") == Decimal("87.68")


def test_derived_realisasi_cannot_be_typed() -> None:
    ind = Indikator.objects.get(unit__slug="bagian-organisasi", ref="ikm-pemda-2529")
    with pytest.raises(ValidationError) as err:
        catat_realisasi(ind, 2025, {"TAHUN": Decimal("99")})
    assert "dihitung otomatis" in str(err.value)
    catat_realisasi(ind, 2023, {"TAHUN": Decimal("88.00")})  # history before 2025 is allowed


def test_drill_down_lists_the_units_behind_a_figure() -> None:
    ind = Indikator.objects.get(unit__slug="bagian-organisasi", ref="pd-sakip-baik-2125")
    hasil = rincian(ind, 2025)
    assert hasil is not None
    units = {r.key.slug: (r.nilai, r.memenuhi) for r in hasil.rincian}
    assert len(units) == 48
    assert units["kecamatan-mojosari"] == (Decimal("84.32"), True)
    assert units["sekretariat-daerah"] == (Decimal("86.19"), True)
    assert "kelurahan-kauman" not in units
    ikm = rincian(Indikator.objects.get(unit__slug="bagian-organisasi", ref="ikm-pemda-2529"), 2025)
    assert ikm.jumlah_unit == 57


def test_mojosari_serapan_indicator_follows_the_budget() -> None:
    hasil = ukur_pd(Unit.objects.get(slug="kecamatan-mojosari"), 2025)
    awal = hasil.pk[0]
    (row,) = [b for b in awal.baris if b.input.nama.startswith("Persentase Realisasi Anggaran")]
    assert (row.realisasi, row.capaian.persen) == (Decimal("90.31"), Decimal("98.70"))


def _nilai_sakip_pendidikan() -> Indikator:
    return Indikator.objects.get(unit__slug="dinas-pendidikan", kode_standar="nilai_sakip", periode__nama="2025-2029")


def test_a_figure_another_module_provides_is_read_from_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from sakip.evaluasi.nilai import nilai_lke_untuk
    from sakip.pengukuran import derived
    from sakip.perencanaan.models import IndikatorTurunan

    ind = _nilai_sakip_pendidikan()
    old = _nilai_evaluasi("dinas-pendidikan")
    # From 2025 the evaluation gives it, on the indicator of each planning period that measures 2025
    # (the demo defines it so; typed 2025 values are gone).
    both = Indikator.objects.filter(unit__slug="dinas-pendidikan", kode_standar="nilai_sakip")
    assert both.count() == 2
    assert not Realisasi.objects.filter(indikator__in=both, tahun=2025).exists()
    assert IndikatorTurunan.objects.filter(indikator__in=both, fungsi="nilai_lke", mulai_tahun=2025).count() == 2
    seen: list[tuple[int, int]] = []

    def penyedia(defs, tahun):  # type: ignore[no-untyped-def]  # the shape a module registers
        seen.extend((d.indikator_id, tahun) for d in defs)
        out = nilai_lke_untuk(defs, tahun)  # every other PD keeps its evaluation's figure
        out.update({d.indikator_id: {"TAHUN": old - 48} for d in defs if d.indikator.unit.slug == "dinas-pendidikan"})
        return out

    monkeypatch.setattr(derived, "_PENYEDIA", {})
    derived.daftarkan_penyedia("nilai_lke", penyedia)
    hasil = ukur_pd(Unit.objects.get(slug="dinas-pendidikan"), 2025)
    assert [b.realisasi for p in hasil.pk for b in p.baris if b.input.nama == ind.nama] == [old - 48] * 2
    # Bagian Organisasi's mean and count follow the provided figure, as they followed the typed one.
    assert realisasi_of("Nilai Rata-Rata SAKIP") == Decimal("82.78")
    assert realisasi_of("Jumlah PD/UKPD dengan nilai SAKIP") == 47
    assert (ind.pk, 2025) in seen
    with pytest.raises(ValidationError, match="dihitung otomatis"):
        catat_realisasi(ind, 2025, {"TAHUN": Decimal("90")})  # never typed over


def test_without_its_module_a_provided_figure_is_absent_not_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    from sakip.pengukuran import derived
    from sakip.perencanaan.models import IndikatorTurunan

    ind = _nilai_sakip_pendidikan()
    assert IndikatorTurunan.objects.filter(indikator__unit__slug="dinas-pendidikan", fungsi="nilai_lke").count() == 2
    monkeypatch.setattr(derived, "_PENYEDIA", {})
    hasil = ukur_pd(Unit.objects.get(slug="dinas-pendidikan"), 2025)
    assert [b.realisasi for p in hasil.pk for b in p.baris if b.input.nama == ind.nama] == [None, None]
    # No PD's 2025 figure without the module (all come from their evaluations): none is counted.
    assert realisasi_of("Jumlah PD/UKPD dengan nilai SAKIP") == 0
    with pytest.raises(ValueError):
        derived.daftarkan_penyedia("rata_rata", lambda defs, tahun: {})


def test_a_module_figure_is_the_units_own() -> None:
    from sakip.perencanaan.models import IndikatorTurunan

    t = IndikatorTurunan(indikator=_nilai_sakip_pendidikan(), fungsi="ikm_skm", sumber="ikm", cakupan="pd",
                         mulai_tahun=2025)
    with pytest.raises(ValidationError, match="unit sendiri"):
        t.clean()


def test_one_reading_serves_a_whole_document_and_only_it() -> None:
    """``satu_bacaan``: a document reads the Pemda-wide values once; outside it every read is fresh."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sakip.pengukuran.derived import satu_bacaan

    ind = Indikator.objects.get(unit__slug="bagian-organisasi", ref="rerata-sakip-pd-2529")
    with CaptureQueriesContext(connection) as pertama:
        rincian(ind, 2025)
    with satu_bacaan():
        rincian(ind, 2025)
        with CaptureQueriesContext(connection) as kedua:
            nilai = rincian(ind, 2025)
    assert nilai is not None and nilai.nilai == Decimal("83.78")
    assert len(kedua) < len(pertama)  # the units' values came from the block's reading
    _evaluasi_ulang("dinas-pendidikan", _nilai_evaluasi("dinas-pendidikan") - 48)
    assert rincian(ind, 2025).nilai == Decimal("82.78")  # outside a block the change shows at once
