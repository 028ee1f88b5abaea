"""The Perjanjian Kinerja document: parties, dates, NIP, targets and the budget total."""

from __future__ import annotations

from datetime import date

import pytest

from sakip.laporan.api import DataKurang, render_pk
from sakip.perjanjian.models import AnggaranPK, PerjanjianKinerja
from sakip.perjanjian.services import buat_pk_perubahan

from .bacaan import baca

pytestmark = pytest.mark.django_db


def pk(slug: str, versi: str) -> PerjanjianKinerja:
    return PerjanjianKinerja.objects.get(unit__slug=slug, tahun=2025, versi=versi)


def sel(b: object) -> str:
    return "\n".join(c for t in b.tabel for r in t.baris for c in r)  # type: ignore[attr-defined]


def test_mojosari_pk_awal() -> None:
    b = baca(render_pk(pk("kecamatan-mojosari", "awal"), "docx"))
    teks, cells = b.teks, sel(b)
    assert "PERJANJIAN KINERJA TAHUN 2025\nKECAMATAN MOJOSARI\nKABUPATEN MOJOKERTO" in "\n".join(b.paragraf[:3])
    # Both parties, the post with its Plt., the date and the NIP of the signatory.
    for expected in ("YULIUS BAKHTIAR, S.P., M.M.", "Plt. Camat Mojosari", "dr. IKFINA FAHMAWATI, M.Si",
                     "Bupati Mojokerto", "Mojokerto, 24 Januari 2025", "Plt. CAMAT MOJOSARI", "BUPATI MOJOKERTO",
                     "Pembina (IV/a)", "NIP 19690729 199403 1 006"):
        assert expected in cells, expected
    assert "selanjutnya disebut pihak pertama" in teks
    # Lampiran: targets as agreed, with their units; budget per program and its total.
    target = next(t for t in b.tabel if t.baris[0] == ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"])
    rows = {r[2]: r[3] for r in target.baris[1:] if len(set(r)) > 1}
    assert rows["IKM Kecamatan"] == "92"
    assert rows["Nilai SAKIP Perangkat Daerah"] == "82,5"
    assert rows["Persentase Realisasi Anggaran Perangkat Daerah"] == "91,5%"
    assert rows["Jumlah inovasi yang terinternalisasi dan tersosialisasi serta berkelanjutan"] == "1 Inovasi"
    assert any(r[0] == "Kinerja Lainnya" for r in target.baris)
    anggaran = next(t for t in b.tabel if t.baris[0][:3] == ["No", "Program/Kegiatan", "Anggaran"])
    assert anggaran.baris[-1][1:3] == ["Jumlah anggaran", "Rp\u00a011.824.720.000,00"] or \
        "Rp\u00a011.824.720.000,00" in anggaran.baris[-1]
    assert ["3", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "Rp\u00a04.038.790.000,00",
            "APBD 2025, APBD DAU"] in anggaran.baris


def test_mojosari_pk_perubahan_names_its_reason_and_new_bupati() -> None:
    b = baca(render_pk(pk("kecamatan-mojosari", "perubahan"), "docx"))
    cells = sel(b)
    assert "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025" in b.paragraf
    assert "Mojokerto, 30 September 2025" in cells and "MUHAMMAD ALBARRAA" in cells
    assert "Penetapan RPJMD/Renstra 2025-2029 dan Perubahan APBD 2025" in b.teks
    assert "Rp\u00a011.334.837.855,00" in cells  # 7.224.893.790 + 23.900.000 + 3.582.472.065 + 503.572.000


def test_organisasi_pk_signed_by_the_asisten() -> None:
    b = baca(render_pk(pk("bagian-organisasi", "perubahan"), "docx"))
    cells = sel(b)
    assert "BAGIAN ORGANISASI SEKRETARIAT DAERAH" in b.paragraf
    assert "Dra. HEVI MAIDA LAILY, M.Si." in cells and "NIP 19700528 199403 2 003" in cells
    assert "ASISTEN ADMINISTRASI UMUM SEKRETARIAT DAERAH" in cells
    assert "Rp\u00a0796.858.170,00" in cells


def test_a_draft_is_marked_and_a_pk_without_budget_is_refused() -> None:
    draft = buat_pk_perubahan(pk("kecamatan-mojosari", "perubahan"), tanggal=date(2025, 11, 3),
                             alasan="Mutasi pejabat")
    b = baca(render_pk(draft, "docx"))
    assert b.paragraf[0] == "DRAF — belum ditandatangani"
    AnggaranPK.objects.filter(perjanjian=draft).delete()
    with pytest.raises(DataKurang, match="anggaran program belum diisi"):
        render_pk(draft, "docx")


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="docx atau pdf"):
        render_pk(pk("kecamatan-mojosari", "awal"), "odt")
