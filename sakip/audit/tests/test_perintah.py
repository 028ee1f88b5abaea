"""A change made by a command names who ran it: ``--oleh NAMA`` or the operating-system user."""

from __future__ import annotations

import getpass
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.db import connections
from openpyxl import load_workbook

from sakip.audit.context import saat_ini
from sakip.audit.models import Jejak
from sakip.cli import main
from sakip.impor.buku import ekspor
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import Realisasi

pytestmark = pytest.mark.django_db

PD, TAHUN = "kecamatan-mojosari", 2025


@pytest.fixture(autouse=True)
def _koneksi_tetap(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command closes the connections when it ends; in a test that would end the test's transaction."""
    monkeypatch.setattr(connections, "close_all", lambda: None)


def sakip(*args: str) -> None:
    main(["sakip", *args])


def jejak_token() -> Jejak:
    return Jejak.objects.filter(model="api.token").latest("pk")


def test_a_command_records_the_operating_system_user_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    sakip("token", "--user", "operator.mojosari", "--nama", "SIPD")
    assert capsys.readouterr().out.startswith("sakip_")
    j = jejak_token()
    assert (j.sumber, j.nama_pengguna, j.pengguna_id, j.baru) == ("perintah", getpass.getuser(), None, "SIPD")
    assert saat_ini().sumber == "sistem"  # the command's context ends with it


def test_oleh_naming_a_django_user_records_that_account(capsys: pytest.CaptureFixture[str]) -> None:
    sakip("--oleh", "admin", "token", "--user", "operator.mojosari")
    j = jejak_token()
    assert (j.sumber, j.nama_pengguna, j.pengguna_id) == ("perintah", "admin", User.objects.get(username="admin").pk)


def test_oleh_with_any_other_name_is_kept_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    sakip("token", "--user", "operator.mojosari", "--oleh=Budi (operator server)")
    j = jejak_token()
    assert (j.sumber, j.nama_pengguna, j.pengguna_id) == ("perintah", "Budi (operator server)", None)


def test_oleh_without_a_name_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    sebelum = Jejak.objects.count()
    with pytest.raises(SystemExit) as keluar:
        sakip("token", "--user", "operator.mojosari", "--oleh")
    assert keluar.value.code == 2
    assert capsys.readouterr().err == "Galat: --oleh memerlukan nama, mis. --oleh admin.\n"
    assert Jejak.objects.count() == sebelum


def _berkas_diubah(tmp_path: Path, ind: Indikator) -> Path:
    path = ekspor([ind.unit], TAHUN, tmp_path / "mojosari.xlsx")
    wb = load_workbook(path)
    ws = wb["Realisasi"]
    baris = next(r[0].row for r in ws.iter_rows(min_row=2) if r[0].value == ind.ref)
    ws.cell(baris, 4).value = 91.25  # TW1
    wb.save(path)
    return path


@pytest.mark.parametrize(("oleh", "nama", "akun"), [
    ((), None, None),  # the OS user, as text
    (("--oleh", "operator.mojosari"), "operator.mojosari", "operator.mojosari"),
])
def test_impor_xlsx_records_the_person_who_ran_it(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  oleh: tuple[str, ...], nama: str | None, akun: str | None) -> None:
    ind = (Indikator.objects.filter(unit__slug=PD, periode__nama="2025-2029", kode_standar="", turunan__isnull=True)
           .order_by("pk").first())  # typed (the IKM is read from the SKM)
    path = _berkas_diubah(tmp_path, ind)
    sebelum = Jejak.objects.order_by("pk").values_list("pk", flat=True).last()
    sakip("impor-xlsx", str(path), "--pd", PD, "--tahun", str(TAHUN), *oleh)
    assert "1 perubahan disimpan." in capsys.readouterr().out
    assert Realisasi.objects.get(indikator=ind, tahun=TAHUN, bagian="TW1").nilai == Decimal("91.25")
    rows = list(Jejak.objects.filter(pk__gt=sebelum))
    # The importer is the door ("impor"); the person is the command's.
    assert [(j.model, j.field, j.baru, j.sumber) for j in rows] == [("realisasi.realisasi", "TW1", "91.25", "impor")]
    assert rows[0].nama_pengguna == (nama or getpass.getuser())
    assert rows[0].pengguna_id == (User.objects.get(username=akun).pk if akun else None)
    assert rows[0].unit_id == Unit.objects.get(slug=PD).pk
