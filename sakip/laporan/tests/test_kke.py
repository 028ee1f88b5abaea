"""The Kertas Kerja Evaluasi workbook: every tier's answer and note per criterion, the final answer,
the evidence, the review chain's sign-off and last year's recommendations — read back from the file."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from openpyxl import load_workbook

from sakip.demo.loader import DEMO_PASSWORD
from sakip.evaluasi import services as evaluasi
from sakip.evaluasi.models import Evaluasi
from sakip.laporan.kke import render_kke
from sakip.organisasi.models import Unit

pytestmark = pytest.mark.django_db


def _u(nama: str) -> User:
    return User.objects.get(username=nama)


def _baris(ws, kode: str) -> dict[str, object]:
    kepala = next(r for r in ws.iter_rows(values_only=True) if r[0] == "Kode")
    row = next(r for r in ws.iter_rows(values_only=True) if r[0] == kode)
    return dict(zip(kepala, row, strict=True))


def test_each_tier_its_answer_and_note_the_final_answer_and_the_evidence() -> None:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    ev = evaluasi.mulai_evaluasi(unit, 2026)
    evaluasi.simpan_jawaban(ev, "mandiri", {"1.a.1": ("AA", "Renstra 2025-2029 ditetapkan")},
                            user=_u("operator.mojosari"))
    k = next(k for k in ev.template.komponen.get(kode="1").sub.get(kode="a").kriteria.all() if k.nomor == 1)
    evaluasi.tambah_bukti(ev, k, "tautan", "Renstra di JDIH", url="https://jdih.example/renstra.pdf",
                          user=_u("operator.mojosari"))
    evaluasi.simpan_jawaban(ev, "anggota", {"1.a.1": ("A", "Belum dipublikasikan")}, user=_u("anggota.mojosari"))
    evaluasi.simpan_jawaban(ev, "ketua", {"1.a.1": ("BB", "Setuju dengan anggota, turun satu")},
                            user=_u("evaluator.mojosari"))
    dalnis = _u("evaluator.organisasi")
    evaluasi.tugaskan_evaluator(dalnis, unit, "dalnis")
    evaluasi.simpan_jawaban(ev, "dalnis", {"1.a.1": ("B", "")}, user=dalnis)

    wb = load_workbook(io.BytesIO(render_kke(ev, hari_ini=date(2026, 7, 1))))
    assert wb.sheetnames == ["Kertas Kerja", "Persetujuan", "Tindak Lanjut"]
    ws = wb["Kertas Kerja"]
    row = _baris(ws, "1.a.1")
    assert row["Penilaian mandiri (PD): jawaban"] == "AA"
    assert row["Penilaian mandiri (PD): catatan"] == "Renstra 2025-2029 ditetapkan"
    assert (row["Anggota tim: jawaban"], row["Anggota tim: catatan"]) == ("A", "Belum dipublikasikan")
    assert (row["Ketua tim: jawaban"], row["Pengendali teknis: jawaban"]) == ("BB", "B")
    assert (row["Jawaban akhir"], row["Nilai"]) == ("B", "70")  # the highest tier prevails
    assert row["Bukti dukung"] == "Renstra di JDIH (https://jdih.example/renstra.pdf)"
    assert _baris(ws, "1.a.2")["Jawaban akhir"] == "belum"
    assert sum(1 for r in ws.iter_rows(values_only=True) if r[0] and str(r[0]).count(".") == 2) == 80

    ttd = {r[0]: r for r in wb["Persetujuan"].iter_rows(values_only=True) if r[0]}
    assert ttd["Pengendali teknis"][1:5] == ("Disetujui (pengendali teknis)", "evaluator.organisasi",
                                             "evaluator.organisasi", "1 dari 80")
    assert ttd["Ketua tim"][2] == "evaluator.mojosari" and ttd["Anggota tim"][2] == "anggota.mojosari"
    assert ttd["Status"][1] == "Dievaluasi Inspektorat (belum final)"
    # KKE 6: last year's (2025) LHE recommendations with their status; two are late by July 2026.
    tl = [r for r in wb["Tindak Lanjut"].iter_rows(values_only=True) if isinstance(r[0], int)]
    assert [r[4] for r in tl] == ["Belum ditindaklanjuti (terlambat)"] * 2 + ["Belum ditindaklanjuti"]
    assert tl[0][1].startswith("Menyempurnakan indikator kinerja individu") and tl[0][3] == "31 Maret 2026"


def test_the_final_evaluation_signs_off_with_its_total_and_date(tmp_path: Path) -> None:
    out = tmp_path / "kke.xlsx"
    call_command("laporan", "kke", "--pd", "kecamatan-mojosari", "--tahun", "2025", "--output", str(out))
    wb = load_workbook(out)
    ttd = {r[0]: r for r in wb["Persetujuan"].iter_rows(values_only=True) if r[0]}
    assert ttd["Ketua tim"][2:5] == ("evaluator.mojosari", "(dimuat sistem)", "80 dari 80")
    assert ttd["Nilai hasil evaluasi"][1] == "84,32, predikat A (Memuaskan)"
    assert ttd["Status"][1] == "Final, ditetapkan 28 November 2025"
    kk = [r for r in wb["Kertas Kerja"].iter_rows(values_only=True)]
    assert kk[-1][1] == "Nilai hasil evaluasi" and "84,32 (A)" in kk[-1]
    assert next(r for r in kk if r[0] == "1")[1] == "1. Perencanaan Kinerja — bobot 30,00, nilai 25,22"


def test_the_worksheet_page_downloads_it_for_whoever_sees_the_worksheet() -> None:
    c = Client()
    c.login(username="evaluator.mojosari", password=DEMO_PASSWORD)
    assert 'data-unduh-kke' in c.get("/pd/kecamatan-mojosari/2025/evaluasi/").content.decode()
    r = c.get("/pd/kecamatan-mojosari/2025/kke.xlsx")
    assert r.status_code == 200 and r["Content-Disposition"].endswith('filename="KKE-2025-kecamatan-mojosari.xlsx"')
    assert load_workbook(io.BytesIO(r.content))["Kertas Kerja"]["A2"].value.endswith("Mojosari tahun 2025")
    lain = Client()
    lain.login(username="evaluator.organisasi", password=DEMO_PASSWORD)
    assert lain.get("/pd/kecamatan-mojosari/2025/kke.xlsx").status_code == 403
    assert Evaluasi.objects.filter(unit__slug="kecamatan-mojosari", tahun=2025, status="final").exists()
