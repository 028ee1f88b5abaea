"""A database made before StatusTriwulan moved from audit to realisasi keeps its rows and ids."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

PG = "postgres://postgres@127.0.0.1:5432"

# Runs in its own process on its own SQLite file: the test database is already at the latest state.
SKRIP = """
import json, os
import django
os.environ["DJANGO_SETTINGS_MODULE"] = "sakip.settings"
django.setup()
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

SEBELUM = [("audit", "0001_initial"), ("realisasi", "0002_batas_angka"),
           ("web", "0002_persetujuan_ke_status_triwulan"), ("contenttypes", "0002_remove_content_type_name")]
executor = MigrationExecutor(connection)
executor.migrate(SEBELUM)
lama = executor.loader.project_state(SEBELUM).apps
pemda = lama.get_model("organisasi", "Pemda").objects.create(slug="uji", nama="Kabupaten Uji", provinsi="Jawa Timur")
unit = lama.get_model("organisasi", "Unit").objects.create(pemda=pemda, slug="dinas-uji", nama="Dinas Uji",
                                                            jenis="dinas")
Status = lama.get_model("audit", "StatusTriwulan")
Status.objects.create(unit=unit, tahun=2026, triwulan=4, status="draft").delete()  # ids need not start at 1
ids_lama = [Status.objects.create(unit=unit, tahun=2026, triwulan=tw, status=st).pk
            for tw, st in ((1, "terkunci"), (2, "diajukan"))]
ct = lama.get_model("contenttypes", "ContentType").objects.create(app_label="audit", model="statustriwulan")

call_command("migrate", verbosity=0)

from django.contrib.contenttypes.models import ContentType
from sakip.realisasi.models import StatusTriwulan
baru = StatusTriwulan.objects.create(unit_id=unit.pk, tahun=2026, triwulan=3, status="draft")
print(json.dumps({
    "baris": list(StatusTriwulan.objects.order_by("pk").values_list("pk", "triwulan", "status")),
    "ids_lama": ids_lama,
    "id_baru": baru.pk,
    "tabel": StatusTriwulan._meta.db_table,
    "tabel_lama_ada": "audit_statustriwulan" in connection.introspection.table_names(),
    "content_type": list(ContentType.objects.filter(pk=ct.pk).values_list("app_label", "model")),
}))
"""


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each kind, dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/lama.sqlite3"
        return
    name = f"sakip_migrasi_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG}/{name}"
    finally:
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_old_status_rows_keep_their_ids_and_the_content_type_follows(database_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": database_url, "SAKIP_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    hasil = subprocess.run([sys.executable, "-c", SKRIP], capture_output=True, text=True, env=env, timeout=600,
                           check=False)
    assert hasil.returncode == 0, hasil.stderr
    got = json.loads(hasil.stdout.strip().splitlines()[-1])
    assert got["ids_lama"] == [2, 3]
    assert got["baris"] == [[2, 1, "terkunci"], [3, 2, "diajukan"], [4, 3, "draft"]]
    assert got["id_baru"] == 4  # the id sequence continues past the old rows
    assert got["tabel"] == "realisasi_statustriwulan" and not got["tabel_lama_ada"]
    assert got["content_type"] == [["realisasi", "statustriwulan"]]
