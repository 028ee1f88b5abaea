"""Backup and restore of a whole installation, portable between SQLite and PostgreSQL.

A backup is a zip: ``manifest.json`` (format, time, migration state, row counts, checksum),
``data.json`` (every row, with natural keys for users, permissions and content types, so
it loads into a database whose ids for those differ) and ``media/`` (published files).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from sakip.impor.unggahan import SUBFOLDER as UNGGAHAN

FORMAT = "sakip-cadangan"
VERSI = 1
# Recreated by migrate, or worthless in another installation (login-throttling records included:
# a lock copied into a restored installation would only lock people out there).
EXCLUDE = ["contenttypes", "auth.permission", "sessions", "admin.logentry", "axes"]
# Models that moved to another app since a backup may have been made: old label → new label.
DIPINDAH = {"audit.statustriwulan": "realisasi.statustriwulan"}


class CadanganError(Exception):
    """A backup that cannot be made or restored; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Ringkasan:
    path: Path
    baris: int
    berkas_media: int


def _models() -> Iterator[type]:
    excluded_apps = {e for e in EXCLUDE if "." not in e}
    excluded_models = {e.lower() for e in EXCLUDE if "." in e}
    for model in apps.get_models():
        label = model._meta.label_lower
        if model._meta.app_label in excluded_apps or label in excluded_models:
            continue
        if model._meta.proxy or not model._meta.managed:
            continue
        yield model


def _counts() -> dict[str, int]:
    return {m._meta.label_lower: m._default_manager.count() for m in _models()}


def _sementara(rel: Path) -> bool:
    """Uploads waiting for a confirmation: swept after a day, never part of a backup."""
    return bool(rel.parts) and rel.parts[0] == UNGGAHAN


def _media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    if not root.exists():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not _sementara(p.relative_to(root)))


def buat(output: Path) -> Ringkasan:
    """Write a backup of the current database and media to ``output`` (atomically)."""
    output = Path(output)
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise CadanganError("Basis data belum dimigrasi ke versi Sakip ini; jalankan 'sakip migrate' dahulu.")
    if not output.parent.exists():
        raise CadanganError(f"Folder {output.parent} tidak ada.")
    fd, tmp_name = tempfile.mkstemp(prefix=".sakip-cadangan-", suffix=".zip", dir=output.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with tempfile.TemporaryDirectory() as work:
            data = Path(work) / "data.json"
            with transaction.atomic():  # one consistent snapshot of rows and counts
                call_command("dumpdata", exclude=EXCLUDE, natural_foreign=True, natural_primary=True,
                             output=str(data), verbosity=0)
                counts = _counts()
            media = _media_files()
            manifest = {
                "format": FORMAT,
                "versi": VERSI,
                "dibuat": datetime.now(UTC).isoformat(),
                "migrasi": sorted(MigrationRecorder(connections[DEFAULT_DB_ALIAS]).applied_migrations()),
                "jumlah": counts,
                "sha256": hashlib.sha256(data.read_bytes()).hexdigest(),
            }
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
                zf.write(data, "data.json")
                root = Path(settings.MEDIA_ROOT)
                for f in media:
                    zf.write(f, "media/" + f.relative_to(root).as_posix())
        os.replace(tmp, output)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return Ringkasan(output, sum(counts.values()), len(media))


def _read_manifest(zf: zipfile.ZipFile, path: Path) -> dict:
    try:
        manifest = json.loads(zf.read("manifest.json"))
    except KeyError:
        raise CadanganError(f"{path.name} bukan berkas cadangan Sakip (manifest.json tidak ada).") from None
    except ValueError:
        raise CadanganError(f"manifest.json di {path.name} rusak.") from None
    if manifest.get("format") != FORMAT:
        raise CadanganError(f"{path.name} bukan berkas cadangan Sakip.")
    if manifest.get("versi") != VERSI:
        raise CadanganError(f"Versi cadangan {manifest.get('versi')} tidak didukung (didukung: {VERSI}).")
    return manifest


def _label_kini(data: Path, manifest: dict) -> None:
    """Give the rows and counts of an older backup the labels of the apps their models live in now."""
    raw = data.read_bytes()
    if not any(f'"{lama}"'.encode() in raw for lama in DIPINDAH):
        return
    rows = json.loads(raw)
    for row in rows:
        row["model"] = DIPINDAH.get(row["model"], row["model"])
    data.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    jumlah = manifest.get("jumlah", {})
    manifest["jumlah"] = {DIPINDAH.get(k, k): v for k, v in jumlah.items()}


def database_kosong() -> bool:
    from django.contrib.auth.models import User

    from sakip.organisasi.models import Pemda

    return not Pemda.objects.exists() and not User.objects.exists()


def pastikan_database_ada() -> None:
    """Create the PostgreSQL database named by DATABASE_URL if it does not exist yet."""
    conn = connections[DEFAULT_DB_ALIAS]
    if conn.vendor != "postgresql":
        name = conn.settings_dict["NAME"]
        if name and str(name) != ":memory:":
            Path(name).parent.mkdir(parents=True, exist_ok=True)
        return
    import psycopg
    from psycopg import sql

    params = conn.get_connection_params()
    dbname = params.pop("dbname")
    params.pop("cursor_factory", None)
    params.pop("context", None)
    try:
        psycopg.connect(dbname=dbname, **params).close()
        return
    except psycopg.OperationalError as exc:
        if "does not exist" not in str(exc):
            raise CadanganError(f"Tidak dapat terhubung ke PostgreSQL: {str(exc).strip().splitlines()[0]}") from exc
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))


def pulihkan(path: Path, *, ganti: bool = False) -> Ringkasan:
    """Restore a backup into this installation's database (created and migrated if needed)."""
    path = Path(path)
    if not path.is_file():
        raise CadanganError(f"Berkas {path} tidak ada.")
    if not zipfile.is_zipfile(path):
        raise CadanganError(f"{path.name} bukan berkas cadangan Sakip (bukan arsip zip).")
    with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory() as work:
        manifest = _read_manifest(zf, path)
        data = Path(work) / "data.json"
        data.write_bytes(zf.read("data.json"))
        if hashlib.sha256(data.read_bytes()).hexdigest() != manifest.get("sha256"):
            raise CadanganError(f"Isi {path.name} tidak cocok dengan checksum-nya; berkas rusak.")
        _label_kini(data, manifest)
        pastikan_database_ada()
        call_command("migrate", interactive=False, verbosity=0)
        if not database_kosong() and not ganti:
            raise CadanganError(
                "Basis data tujuan sudah berisi data; pemulihan dibatalkan. "
                "Pakai --ganti untuk mengganti seluruh isinya dengan cadangan."
            )
        with transaction.atomic():
            # Empty every table (the seeded scales too): the backup holds them all.
            call_command("flush", interactive=False, verbosity=0)
            call_command("loaddata", str(data), verbosity=0)
            _reset_sequences()
            got = _counts()
            expected = manifest.get("jumlah", {})
            wrong = {k: (v, got.get(k)) for k, v in expected.items() if got.get(k) != v}
            if wrong:
                raise CadanganError(f"Jumlah baris setelah pemulihan tidak cocok: {wrong}")
        media_root = Path(settings.MEDIA_ROOT)
        # an older backup may still hold waiting uploads: they are not restored
        files = [n for n in zf.namelist() if n.startswith("media/") and not n.endswith("/")
                 and not _sementara(Path(n).relative_to("media"))]
        for name in files:
            rel = Path(name).relative_to("media")
            if ".." in rel.parts or rel.is_absolute():
                raise CadanganError(f"Nama berkas tidak aman di dalam cadangan: {name}")
            target = media_root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(name))
    return Ringkasan(path, sum(got.values()), len(files))


def _reset_sequences() -> None:
    """After loading explicit ids, PostgreSQL's sequences must move past them."""
    conn = connections[DEFAULT_DB_ALIAS]
    if conn.vendor != "postgresql":
        return
    from django.core.management.color import no_style

    statements = conn.ops.sequence_reset_sql(no_style(), list(_models()))
    with conn.cursor() as cur:
        for stmt in statements:
            cur.execute(stmt)
