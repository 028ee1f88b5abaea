"""Form E-81 as XLSX: the official columns, numbers stored as numbers with number formats."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from sakip.laporan.api import DataKurang, render_e81
from sakip.organisasi.models import Unit

pytestmark = pytest.mark.django_db

TANGGAL = date(2026, 1, 30)


@pytest.fixture(scope="module")
def mojosari(django_db_setup, django_db_blocker):  # pytest-django fixtures
    with django_db_blocker.unblock():
        data = render_e81(Unit.objects.get(slug="kecamatan-mojosari"), 2025, tanggal=TANGGAL)
    return load_workbook(io.BytesIO(data)).active


def kolom(ws, header: str, sub: str = "") -> int:  # openpyxl worksheet
    """The column of a header (row 7) and its K/Rp sub-column (row 8)."""
    for c in range(1, ws.max_column + 1):
        top = ws.cell(7, c).value
        if top and top.startswith(header):
            if not sub:
                return c
            for j in (c, c + 1):
                if ws.cell(8, j).value == sub:
                    return j
    raise AssertionError(header)


def baris(ws, kode: str) -> int:
    for r in range(10, ws.max_row + 1):
        if ws.cell(r, 3).value == kode:
            return r
    raise AssertionError(kode)


def test_header_and_official_column_numbers(mojosari) -> None:
    ws = mojosari
    assert ws["A1"].value == "FORMULIR E.81"
    assert "Kecamatan Mojosari Kabupaten Mojokerto" in ws["A3"].value
    numbers = [ws.cell(9, c).value for c in range(1, ws.max_column + 1) if ws.cell(9, c).value]
    assert numbers[:3] == ["1", "2", "3"]
    for n in ("5", "6", "7", "8", "9", "10", "11", "12 = 8+9+10+11", "13 = 6+12", "14 = 13/5×100%", "15", "16"):
        assert n in numbers
    assert [ws.cell(8, kolom(ws, "Realisasi Kinerja pada Triwulan I") + i).value for i in (0, 1)] == ["K", "Rp"]
    assert "A7:A8" in {str(r) for r in ws.merged_cells.ranges}


def test_rp_columns_are_numbers_with_a_format(mojosari) -> None:
    ws = mojosari
    r = baris(ws, "7.01.01")
    pagu = ws.cell(r, kolom(ws, "Target Kinerja dan Anggaran Renja", "Rp"))
    assert pagu.value == 6697421790 and pagu.number_format == "#,##0.00"
    per_tw = [ws.cell(r, kolom(ws, f"Realisasi Kinerja pada Triwulan {tw}", "Rp")).value
              for tw in ("I", "II", "III", "IV")]
    assert all(v > 0 for v in per_tw) and sum(per_tw) == 6188773896  # the year spread over the triwulan
    renja = ws.cell(r, kolom(ws, "Realisasi Capaian Kinerja dan Anggaran Renja", "Rp"))
    assert renja.value == 6188773896
    capaian = ws.cell(r, kolom(ws, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja", "Rp"))
    assert Decimal(str(capaian.value)) == Decimal("92.41") and capaian.number_format == "#,##0.00"


def test_k_columns_follow_the_indicator(mojosari) -> None:
    ws = mojosari
    r = baris(ws, "7.01.02")  # Persentase layanan sesuai standar: TW 25/50/75/100, a level indicator
    k = [ws.cell(r, kolom(ws, f"Realisasi Kinerja pada Triwulan {tw}", "K")).value for tw in ("I", "II", "III", "IV")]
    assert k == [25, 50, 75, 100]
    renja_k = ws.cell(r, kolom(ws, "Realisasi Capaian Kinerja dan Anggaran Renja", "K"))
    assert renja_k.value == 100 and renja_k.number_format == "#,##0.00"  # the year-end value, not 250
    assert "nilai akhir tahun" in ws.cell(r, kolom(ws, "Keterangan")).value
    r = baris(ws, "7.01.01.2.01.0001")
    assert ws.cell(r, kolom(ws, "Target Kinerja dan Anggaran Renja", "K")).number_format == "#,##0"


def test_total_and_footer_rows(mojosari) -> None:
    ws = mojosari
    jumlah = next(r for r in range(10, ws.max_row + 1) if ws.cell(r, 1).value == "JUMLAH")
    assert ws.cell(jumlah, kolom(ws, "Target Kinerja dan Anggaran Renja", "Rp")).value == 10807365855
    assert ws.cell(jumlah, kolom(ws, "Realisasi Capaian Kinerja dan Anggaran Renja", "Rp")).value == 9759995720
    labels = {ws.cell(r, 1).value: r for r in range(jumlah, ws.max_row + 1) if ws.cell(r, 1).value}
    rata = labels["Rata-rata capaian kinerja (%)"]
    rp = ws.cell(rata, kolom(ws, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja", "Rp"))
    assert Decimal(str(rp.value)) == Decimal("90.31")
    assert ws.cell(labels["Predikat kinerja"], rp.column).value == "Sangat Tinggi"
    for footer in ("Faktor pendorong keberhasilan pencapaian", "Faktor penghambat pencapaian kinerja",
                   "Tindak lanjut yang diperlukan dalam triwulan berikutnya",
                   "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah kabupaten/kota berikutnya"):
        assert footer in labels
    assert ws.cell(labels["Faktor pendorong keberhasilan pencapaian"], 6).value.startswith("IKM Kecamatan:")
    signed = [ws.cell(r, c).value for r in range(labels["Faktor pendorong keberhasilan pencapaian"], ws.max_row + 1)
              for c in range(1, ws.max_column + 1)]
    assert "YULIUS BAKHTIAR, S.P., M.M." in signed and "Mojokerto, 30 Januari 2026" in signed


def test_a_unit_without_dpa_is_refused() -> None:
    with pytest.raises(DataKurang, match="DPA tahun 2025 belum diisi"):
        render_e81(Unit.objects.get(slug="sekretariat-daerah"), 2025, tanggal=TANGGAL)


# LibreOffice Calc (libreoffice-calc-nogui) is a system dependency the Makefile installs.
def test_libreoffice_calc_opens_the_workbook(tmp_path) -> None:  # pytest tmp_path
    import subprocess

    from sakip.laporan import pdf

    src = tmp_path / "e81.xlsx"
    src.write_bytes(render_e81(Unit.objects.get(slug="bagian-organisasi"), 2025, tanggal=TANGGAL))
    subprocess.run([pdf.soffice(), f"-env:UserInstallation={pdf.profil().as_uri()}", "--headless", "--norestore",
                    "--convert-to", "csv", "--outdir", str(tmp_path), str(src)], check=True, capture_output=True,
                   timeout=120)
    csv = (tmp_path / "e81.csv").read_bytes().decode("latin-1")  # Calc writes the system charset
    assert "FORMULIR E.81" in csv and "Penataan Organisasi" in csv
    assert "796858170" in csv.replace(",", "").replace(".", "")  # the pagu, as a number Calc formats itself


def test_sub_kegiatan_rows_carry_k_and_rp_per_triwulan(mojosari) -> None:
    ws = mojosari
    sub = [r for r in range(10, ws.max_row + 1) if str(ws.cell(r, 4).value or "").startswith("Sub Kegiatan:")]
    assert len(sub) >= 20
    with_indicator = [r for r in sub if ws.cell(r, 5).value != "belum diisi"]
    assert with_indicator
    for r in with_indicator:
        for tw in ("I", "II", "III", "IV"):
            k = ws.cell(r, kolom(ws, f"Realisasi Kinerja pada Triwulan {tw}", "K")).value
            rp = ws.cell(r, kolom(ws, f"Realisasi Kinerja pada Triwulan {tw}", "Rp")).value
            assert isinstance(k, int | float) and isinstance(rp, int | float), (ws.cell(r, 3).value, tw, k, rp)
    r = baris(ws, "7.01.01.2.01.0001")  # Jumlah Dokumen Perencanaan: 4 in the year, 1 a triwulan
    assert [ws.cell(r, kolom(ws, f"Realisasi Kinerja pada Triwulan {tw}", "K")).value
            for tw in ("I", "II", "III", "IV")] == [1, 1, 1, 1]
    assert sum(ws.cell(r, kolom(ws, f"Realisasi Kinerja pada Triwulan {tw}", "Rp")).value
               for tw in ("I", "II", "III", "IV")) == 9777300


def test_missing_values_read_belum_diisi_not_blank(mojosari) -> None:
    ws = mojosari
    r = baris(ws, "7.01.01.2.01.0001")  # no Renstra end target typed for this sub kegiatan
    assert ws.cell(r, kolom(ws, "Target Renstra PD pada Tahun Akhir", "K")).value == "belum diisi"
    # Realisasi s.d. tahun lalu does not apply in the first year of the Renstra period: blank, not missing.
    assert ws.cell(r, kolom(ws, "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu", "K")).value is None


def test_faktor_per_triwulan_fill_the_footer_where_the_annual_narrative_is_empty() -> None:
    from sakip.perjanjian.models import IndikatorPK
    from sakip.rencana_aksi.services import simpan_faktor_triwulan

    row = IndikatorPK.objects.filter(sasaran__perjanjian__unit__slug="kecamatan-mojosari",
                                     sasaran__perjanjian__nomor_perubahan=1,
                                     indikator__nama__startswith="Persentase hasil koordinasi").get()
    simpan_faktor_triwulan(row.indikator, 2025, 1, penghambat="Rapat desa tertunda")
    simpan_faktor_triwulan(row.indikator, 2025, 3, penghambat="Rapat desa tertunda")
    ws = load_workbook(io.BytesIO(render_e81(Unit.objects.get(slug="kecamatan-mojosari"), 2025,
                                             tanggal=TANGGAL))).active
    r = next(r for r in range(10, ws.max_row + 1) if ws.cell(r, 1).value == "Faktor penghambat pencapaian kinerja")
    assert ("Persentase hasil koordinasi yang ditindaklanjuti: Triwulan I, III: Rapat desa tertunda"
            in ws.cell(r, 6).value)


def test_computed_serapan_is_reported_as_of_each_triwulan(mojosari) -> None:
    ws = mojosari
    r = next(r for r in range(10, ws.max_row + 1) if ws.cell(r, 5).value == "Persentase Realisasi Anggaran PD")
    k = [ws.cell(r, kolom(ws, f"Realisasi Kinerja pada Triwulan {tw}", "K")).value for tw in ("I", "II", "III", "IV")]
    assert [Decimal(str(v)) for v in k] == [Decimal("13.55"), Decimal("36.12"), Decimal("58.7"), Decimal("90.31")]


TW = ("I", "II", "III", "IV")


def _k_tw(ws, r: int) -> list[object]:  # openpyxl worksheet
    return [ws.cell(r, kolom(ws, f"Realisasi Kinerja pada Triwulan {tw}", "K")).value for tw in TW]


def _rp_tw(ws, r: int) -> list[object]:  # openpyxl worksheet
    return [ws.cell(r, kolom(ws, f"Realisasi Kinerja pada Triwulan {tw}", "Rp")).value for tw in TW]


def test_program_and_kegiatan_rows_carry_k_and_rp_per_triwulan(mojosari) -> None:
    ws = mojosari
    rows = [(ws.cell(r, 3).value, r) for r in range(10, ws.max_row + 1) if ws.cell(r, 3).value]
    assert sum(1 for _, r in rows if str(ws.cell(r, 4).value).startswith(("Program:", "Kegiatan:"))) >= 10
    for i, (kode, r) in enumerate(rows):
        tingkat = str(ws.cell(r, 4).value).split(":")[0]
        if tingkat not in ("Program", "Kegiatan"):
            continue
        # Rp per triwulan: the sum of the sub kegiatan below it (the rows after it under its code;
        # kelurahan lines repeat a code, so rows are walked in order).
        anak = []
        for k, rr in rows[i + 1:]:
            if not k.startswith(kode + "."):
                break
            if str(ws.cell(rr, 4).value).startswith("Sub Kegiatan:"):
                anak.append(rr)
        assert anak, kode
        for i, rp in enumerate(_rp_tw(ws, r)):
            assert isinstance(rp, int | float), (kode, i)
            assert round(rp, 2) == round(sum(_rp_tw(ws, rr)[i] for rr in anak), 2), (kode, i)
    # K per triwulan where the indicator's triwulan realisasi is stored (the PK's 25/50/75/100 series)...
    assert _k_tw(ws, baris(ws, "7.01.02")) == [25, 50, 75, 100]
    assert _k_tw(ws, baris(ws, "7.01.06")) == [25, 50, 75, 100]
    # ... and "belum diisi" where it is not: a kegiatan level indicator with no value in the year.
    assert _k_tw(ws, baris(ws, "7.01.01.2.01")) == ["belum diisi"] * 4


def test_the_rencana_aksi_decides_what_is_missing_and_gives_the_planned_k() -> None:
    from sakip.anggaran.models import MataAnggaran
    from sakip.perencanaan.models import Indikator
    from sakip.perencanaan.services import ubah_target
    from sakip.perjanjian.models import PerjanjianKinerja
    from sakip.realisasi.models import Realisasi
    from sakip.realisasi.services import catat_realisasi
    from sakip.rencana_aksi.models import RencanaSubKegiatan
    from sakip.rencana_aksi.services import simpan_rencana_sub_kegiatan

    unit = Unit.objects.get(slug="kecamatan-mojosari")
    kode = "7.01.01.2.01.0001"  # Jumlah Dokumen Perencanaan: 1 a triwulan, target 4
    line = MataAnggaran.objects.get(unit=unit, tahun=2025, kode=kode)
    pk = PerjanjianKinerja.objects.filter(unit=unit, tahun=2025, ditandatangani=True).latest("nomor_perubahan")
    kas = dict(RencanaSubKegiatan.objects.filter(perjanjian=pk, mata_anggaran=line)
               .values_list("triwulan", "anggaran_kas"))
    # The planned output: one document in TW I and III, two in TW IV, none in TW II.
    simpan_rencana_sub_kegiatan(pk, line, target_k={1: Decimal(1), 3: Decimal(1), 4: Decimal(2)}, anggaran_kas=kas)
    nama = "Jumlah Dokumen Perencanaan Perangkat Daerah"
    for tw in ("TW2", "TW3"):  # the operator clears two cells
        stored = Realisasi.objects.get(indikator__unit=unit, indikator__nama=nama, tahun=2025, bagian=tw)
        catat_realisasi(stored.indikator, 2025, {tw: None})
    row_ind = Indikator.objects.get(unit=unit, nama=nama, periode__nama="2025-2029")
    ubah_target(row_ind, {2025: None})  # no Renja target typed: the rencana aksi's planned K stands in
    ws = load_workbook(io.BytesIO(render_e81(unit, 2025, tanggal=TANGGAL))).active
    r = baris(ws, kode)
    assert _k_tw(ws, r) == [1, None, "belum diisi", 1]  # TW II planned nothing: blank, not missing
    assert ws.cell(r, kolom(ws, "Target Kinerja dan Anggaran Renja PD Tahun Berjalan", "K")).value == 4
    assert "target K dari rencana aksi" in ws.cell(r, kolom(ws, "Keterangan")).value
    # The form has no column for the triwulan targets themselves: none was added.
    assert not any("rencana" in str(ws.cell(7, c).value or "").lower() for c in range(1, ws.max_column + 1))
