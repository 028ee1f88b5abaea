"""`sakip laporan ...`: documents written to files, one-line errors, never a half-written file."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from openpyxl import load_workbook

from sakip.laporan import batch
from sakip.organisasi.commands import Galat
from sakip.organisasi.models import Unit

from .bacaan import baca

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    err = io.StringIO()
    call_command("laporan", *args, stdout=io.StringIO(), stderr=err)
    return err.getvalue()


def test_lkjip_docx_is_written(tmp_path: Path) -> None:
    out = tmp_path / "lkjip.docx"
    log = run("lkjip", "--pd", "bagian-organisasi", "--tahun", "2025", "--format", "docx", "--output", str(out),
              "--tanggal", "2026-01-30")
    assert "Ditulis:" in log
    b = baca(out.read_bytes())
    assert ("Heading 1", "BAB III AKUNTABILITAS KINERJA") in b.judul
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left beside it


def test_pk_and_e81_are_written(tmp_path: Path) -> None:
    run("pk", "--pd", "kecamatan-mojosari", "--tahun", "2025", "--versi", "perubahan", "--format", "docx",
        "--output", str(tmp_path / "pk.docx"))
    assert "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025" in baca((tmp_path / "pk.docx").read_bytes()).paragraf
    run("e81", "--pd", "kecamatan-mojosari", "--tahun", "2025", "--output", str(tmp_path / "e81.xlsx"),
        "--tanggal", "2026-01-30")
    assert load_workbook(tmp_path / "e81.xlsx").active["A1"].value == "FORMULIR E.81"


@pytest.mark.parametrize(
    ("args", "pesan"),
    [
        (["lkjip", "--pd", "kecamatan-atlantis", "--tahun", "2025", "--format", "pdf"], "tidak ditemukan"),
        (["lkjip", "--pd", "kecamatan-mojosari", "--tahun", "2031", "--format", "docx"], "belum dapat dibuat"),
        (["lkjip", "--tahun", "2025", "--format", "docx"], "--pd"),
        (["lkjip", "--pd", "kecamatan-mojosari", "--tahun", "2025", "--format", "docx", "--tanggal", "30-01-2026"],
         "TTTT-BB-HH"),
        (["pk", "--pd", "sekretariat-daerah", "--tahun", "2025", "--versi", "awal", "--format", "docx"],
         "belum ada"),
        (["e81", "--pd", "sekretariat-daerah", "--tahun", "2025"], "DPA tahun 2025"),
    ],
)
def test_user_errors_are_one_line_and_write_nothing(tmp_path: Path, args: list[str], pesan: str) -> None:
    out = tmp_path / "x.out"
    with pytest.raises(CommandError) as exc:
        run(*args, "--output", str(out))
    assert isinstance(exc.value, Galat)
    assert pesan in str(exc.value) and "\n" not in str(exc.value)
    assert not out.exists()


def test_unwritable_path(tmp_path: Path) -> None:
    out = tmp_path / "tidak-ada" / "lkjip.docx"
    with pytest.raises(Galat, match="tidak ada"):
        run("lkjip", "--pd", "kecamatan-mojosari", "--tahun", "2025", "--format", "docx", "--output", str(out))
    assert not out.parent.exists()
    with pytest.raises(Galat, match="folder"):
        run("lkjip", "--pd", "kecamatan-mojosari", "--tahun", "2025", "--format", "docx", "--output", str(tmp_path))


def test_a_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    out = tmp_path / "e81.xlsx"
    with pytest.raises(Galat, match="No space left"):
        run("e81", "--pd", "kecamatan-mojosari", "--tahun", "2025", "--output", str(out))
    assert list(tmp_path.iterdir()) == []


def test_all_writes_every_unit_and_reports_failures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    units = [Unit.objects.get(slug="kecamatan-mojosari"), Unit.objects.get(slug="sekretariat-daerah")]
    monkeypatch.setattr(batch, "unit_dengan_pk", lambda tahun, pemda=None: units)
    with pytest.raises(Galat, match="1 LKjIP gagal: sekretariat-daerah:"):
        run("lkjip", "--all", "--tahun", "2025", "--format", "docx", "--output", str(tmp_path / "semua"),
            "--jobs", "1", "--tanggal", "2026-01-30")
    assert sorted(p.name for p in (tmp_path / "semua").iterdir()) == ["lkjip-2025-kecamatan-mojosari.docx"]


def test_all_selects_every_unit_that_signed_a_pk() -> None:
    slugs = {u.slug for u in batch.unit_dengan_pk(2025)}
    assert {"kecamatan-mojosari", "bagian-organisasi"} <= slugs
    assert "sekretariat-daerah" not in slugs
    # 48 PD-level units, and the Pemda itself: the Bupati's signed PK makes the LKjIP Pemda one of the batch.
    assert "pemkab-mojokerto" in slugs
    assert len(slugs) == 49


@pytest.mark.skipif(connection.vendor == "sqlite", reason="worker processes need a database they can open")
def test_all_in_parallel_worker_processes(tmp_path: Path) -> None:
    from datetime import date

    units = [Unit.objects.get(slug="kecamatan-mojosari"), Unit.objects.get(slug="bagian-organisasi")]
    seen: list[str] = []
    hasil = batch.buat_semua(units, 2025, "docx", tmp_path, date(2026, 1, 30), jobs=2, progres=seen.append)
    assert [h.galat for h in hasil] == [None, None]
    assert sorted(seen) == ["bagian-organisasi", "kecamatan-mojosari"]
    assert len(list(tmp_path.iterdir())) == 2


def test_progress_bar_on_a_pipe() -> None:
    out = io.StringIO()
    p = batch.Progres(2, out, lebar=4)
    p.maju("a")
    p.maju("b")
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("[██░░] 1/2 a") and lines[1].startswith("[████] 2/2 b")


def test_all_pdf_converts_a_group_in_one_run_and_isolates_a_bad_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from sakip.laporan.galat import KonversiGagal

    units = [Unit.objects.get(slug="kecamatan-mojosari"), Unit.objects.get(slug="sekretariat-daerah"),
             Unit.objects.get(slug="bagian-organisasi")]
    runs: list[int] = []

    def banyak(docxs: list[bytes]) -> list[bytes]:
        runs.append(len(docxs))
        raise KonversiGagal("LibreOffice gagal mengonversi DOCX ke PDF.")

    def satu(docx: bytes) -> bytes:
        runs.append(1)
        if len(runs) == 3:  # the second document of the group is the one LibreOffice refuses
            raise KonversiGagal("LibreOffice gagal mengonversi DOCX ke PDF.")
        return b"%PDF-1.7 uji"

    monkeypatch.setattr(batch, "docx_ke_pdf_banyak", banyak)
    monkeypatch.setattr(batch, "docx_ke_pdf", satu)
    seen: list[str] = []
    hasil = batch.buat_semua(units, 2025, "pdf", tmp_path, date(2026, 1, 30), jobs=1, progres=seen.append)
    assert runs == [2, 1, 1]  # one run for the group's two documents, then one each to find the bad one
    assert [h.slug for h in hasil] == ["kecamatan-mojosari", "sekretariat-daerah", "bagian-organisasi"]
    assert hasil[0].galat is None and (tmp_path / "lkjip-2025-kecamatan-mojosari.pdf").read_bytes()[:5] == b"%PDF-"
    assert "belum dapat dibuat" in hasil[1].galat  # missing data: never built
    assert "gagal mengonversi" in hasil[2].galat
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lkjip-2025-kecamatan-mojosari.pdf"]


@pytest.mark.parametrize(("argv", "dini"), [
    (["sakip", "laporan", "lkjip", "--pd", "x", "--tahun", "2025", "--format", "pdf"], True),
    (["sakip", "laporan", "lkjip", "--pd", "x", "--tahun", "2025", "--format=pdf"], True),
    (["sakip", "laporan", "lkjip", "--pd", "x", "--tahun", "2025", "--format", "docx"], False),
    (["sakip", "laporan", "lkjip", "--all", "--tahun", "2025", "--format", "pdf"], False),
    (["sakip", "laporan", "lkjip", "--pd", "x", "--format", "pdf", "--antrean"], False),
    (["sakip", "laporan", "pk", "--pd", "x", "--format", "pdf"], False),
    (["sakip", "measure", "--format", "pdf"], False),
    (["sakip"], False),
])
def test_libreoffice_starts_before_django_only_for_one_lkjip_pdf(argv: list[str], dini: bool) -> None:
    from sakip.cli import _pdf_satu_lkjip

    assert _pdf_satu_lkjip(argv) is dini


def test_an_early_libreoffice_is_stopped_when_the_command_fails(tmp_path: Path) -> None:
    """No database here: the command fails before building anything, and its LibreOffice goes with it."""
    import subprocess
    import sys

    env = {**os.environ, "SAKIP_DATA_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/kosong.sqlite3"}
    proc = subprocess.Popen([sys.executable, "-m", "sakip.cli", "laporan", "lkjip", "--pd", "tidak-ada",
                             "--tahun", "2025", "--format", "pdf", "--output", str(tmp_path / "x.pdf")],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0 and b"Traceback" not in err
    sisa = subprocess.run(["pgrep", "-f", f"name=sakip-{proc.pid}-"], capture_output=True, text=True)
    assert sisa.stdout.strip() == "", sisa.stdout
