"""Uploaded workbooks do not linger: refused ones go at once, unconfirmed ones after a day,
and none of them travels in a backup."""

from __future__ import annotations

import io
import os
import time
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

from sakip.cadangan.arsip import buat
from sakip.impor.buku import ekspor
from sakip.impor.unggahan import bersihkan, folder
from sakip.organisasi.models import Unit

pytestmark = [pytest.mark.django_db, pytest.mark.urls("sakip.impor.tests.urls_uji")]

PD, TAHUN = "kecamatan-mojosari", 2025
HARI = 24 * 3600


def _berkas(nama: str, umur_detik: float) -> Path:
    path = folder() / nama
    path.write_bytes(b"x")
    t = time.time() - umur_detik
    os.utime(path, (t, t))
    return path


def test_sweep_removes_only_files_older_than_a_day() -> None:
    lama = _berkas("1-5-2025-" + "a" * 32 + ".xlsx", HARI + 60)
    baru = _berkas("1-5-2025-" + "b" * 32 + ".xlsx", HARI - 60)
    assert bersihkan() == 1
    assert not lama.exists() and baru.exists()
    # the clock is a parameter: a day later the second one goes too
    assert bersihkan(sekarang=time.time() + 120) == 1 and not baru.exists()


def test_command_for_cron_reports_what_it_removed() -> None:
    _berkas("lama.xlsx", 3 * HARI)
    _berkas("segar.xlsx", 60)
    out = io.StringIO()
    call_command("bersihkan-unggahan", stdout=out)
    assert out.getvalue().strip() == "1 berkas unggahan lebih tua dari 24 jam dihapus."
    assert [p.name for p in folder().iterdir()] == ["segar.xlsx"]
    call_command("bersihkan-unggahan", "--jam", "1", stdout=out)
    assert [p.name for p in folder().iterdir()] == ["segar.xlsx"]
    assert bersihkan(timedelta(seconds=1)) == 1


def test_refused_upload_is_deleted_valid_one_waits_and_old_ones_are_swept(client: Client, tmp_path: Path) -> None:
    lama = _berkas("9-9-2025-" + "c" * 32 + ".xlsx", 2 * HARI)
    client.force_login(User.objects.get(username="operator.mojosari"))
    rusak = io.BytesIO(b"bukan excel")
    rusak.name = "rusak.xlsx"
    r = client.post(f"/impor/{PD}/{TAHUN}/", {"berkas": rusak})
    assert r.status_code == 422 and "bukan XLSX" in r.content.decode()
    assert not lama.exists()  # swept by the upload
    assert list(folder().iterdir()) == []  # the refused file is not kept
    path = ekspor([Unit.objects.get(slug=PD)], TAHUN, tmp_path / "m.xlsx")
    with path.open("rb") as f:
        r = client.post(f"/impor/{PD}/{TAHUN}/", {"berkas": f})
    assert r.status_code == 200
    assert [p.name for p in folder().iterdir()] == [f"{r.wsgi_request.user.pk}-{Unit.objects.get(slug=PD).pk}-"
                                                    f"{TAHUN}-{r.context['token']}.xlsx"]


def test_oversized_upload_is_refused_from_its_declared_length(client: Client) -> None:
    client.force_login(User.objects.get(username="operator.mojosari"))
    kecil = io.BytesIO(b"x")
    kecil.name = "besar.xlsx"
    r = client.post(f"/impor/{PD}/{TAHUN}/", {"berkas": kecil}, CONTENT_LENGTH=str(500 * 1024 * 1024))
    assert r.status_code == 413 and "Berkas terlalu besar untuk satu PD-tahun (batas 20 MB)" in r.content.decode()
    assert list(folder().iterdir()) == []


def test_backup_leaves_waiting_uploads_out(tmp_path: Path, settings: object) -> None:
    _berkas("1-5-2025-" + "d" * 32 + ".xlsx", 60)
    terbit = Path(settings.MEDIA_ROOT) / "publikasi" / "lkjip.pdf"  # type: ignore[attr-defined]
    terbit.parent.mkdir(parents=True)
    terbit.write_bytes(b"%PDF-1.4")
    ringkas = buat(tmp_path / "cadangan.zip")
    with zipfile.ZipFile(ringkas.path) as zf:
        media = [n for n in zf.namelist() if n.startswith("media/")]
    assert media == ["media/publikasi/lkjip.pdf"] and ringkas.berkas_media == 1
