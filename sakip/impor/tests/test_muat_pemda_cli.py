"""A new installation set up as the README says, with the real `sakip` script on a fresh SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

SAKIP = Path(sys.executable).with_name("sakip")


def run(args: list[str], db: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", **env}
    environ.pop("DJANGO_SETTINGS_MODULE", None)
    environ.pop("SAKIP_KATA_SANDI", None)
    environ.update(env)
    return subprocess.run([str(SAKIP), *args], capture_output=True, text=True, env=environ, timeout=300,
                          check=False, stdin=subprocess.DEVNULL)


def test_a_fresh_installation_gets_its_pemda_and_first_admin(tmp_path: Path) -> None:
    db = tmp_path / "sakip.sqlite3"
    assert run(["migrate", "-v0"], db).returncode == 0
    contoh = tmp_path / "contoh.json"
    r = run(["contoh-pemda", "--output", str(contoh)], db)
    assert r.returncode == 0, r.stderr

    rusak = json.loads(contoh.read_text(encoding="utf-8"))
    rusak["unit"][1]["periode"]["2025-2029"]["cascade"][0]["anak"][0]["indikator"][0]["target"]["2027"] = "1e400"
    (tmp_path / "rusak.json").write_text(json.dumps(rusak), encoding="utf-8")
    r = run(["muat-pemda", str(tmp_path / "rusak.json")], db)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [
        'Galat: unit[1].periode["2025-2029"].cascade[0].anak[0].indikator[0].target["2027"]: "1e400" ditolak: '
        "nilai terlalu besar; paling besar 1.000.000.000.000.000. Tidak ada yang disimpan."]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM organisasi_pemda").fetchone() == (0,)
        assert conn.execute("SELECT COUNT(*) FROM audit_jejak").fetchone() == (0,)

    r = run(["muat-pemda", str(contoh), "--oleh", "petugas.bagian.organisasi"], db)
    assert r.returncode == 0, r.stderr
    assert "Kabupaten Contoh (kabupaten-contoh) dimuat" in r.stdout

    r = run(["admin-pemda", "--pemda", "kabupaten-contoh", "--username", "admin.contoh"], db)
    assert r.returncode == 1  # no terminal and no SAKIP_KATA_SANDI: nothing to read
    assert r.stderr.strip().splitlines() == [
        "Galat: tidak ada terminal untuk mengetik kata sandi; isi SAKIP_KATA_SANDI untuk otomasi."]
    r = run(["admin-pemda", "--pemda", "kabupaten-contoh", "--username", "admin.contoh"], db,
            SAKIP_KATA_SANDI="Rahasia#Contoh2025")
    assert r.returncode == 0, r.stderr

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT slug FROM organisasi_pemda").fetchall() == [("kabupaten-contoh",)]
        assert conn.execute("SELECT username, is_staff FROM auth_user").fetchall() == [("admin.contoh", 1)]
        assert conn.execute("SELECT sumber, nama_pengguna, objek FROM audit_jejak WHERE field = 'muat_awal'"
                            ).fetchall() == [("perintah", "petugas.bagian.organisasi", "Berkas Pemda contoh.json dimuat")]
