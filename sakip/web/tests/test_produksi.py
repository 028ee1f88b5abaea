"""Production settings end to end, as an installation runs them: `sakip collectstatic`, `sakip migrate`,
then gunicorn behind a (pretend) TLS proxy, in real processes on a temporary folder."""

from __future__ import annotations

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SAKIP = Path(sys.executable).with_name("sakip")


@dataclass
class Jawaban:
    status: int
    headers: dict[str, str]
    body: str


@dataclass
class Produksi:
    base: str
    static_root: Path

    def get(self, path: str) -> Jawaban:
        # The reverse proxy terminates TLS and says so; without the header Django redirects to https.
        req = urllib.request.Request(self.base + path,  # noqa: S310  # an http://127.0.0.1 URL built here
                                     headers={"X-Forwarded-Proto": "https"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:  # noqa: S310  # the same loopback URL
                return Jawaban(r.status, dict(r.headers), r.read().decode())
        except urllib.error.HTTPError as exc:
            return Jawaban(exc.code, dict(exc.headers), exc.read().decode())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(tmp: Path) -> dict[str, str]:
    env = {**os.environ, "SAKIP_ENV": "production", "SAKIP_SECRET_KEY": secrets.token_urlsafe(50),
           "SAKIP_ALLOWED_HOSTS": "127.0.0.1", "SAKIP_DATA_DIR": str(tmp),
           "SAKIP_STATIC_ROOT": str(tmp / "statis"), "DATABASE_URL": f"sqlite:///{tmp / 'produksi.sqlite3'}"}
    for name in ("DJANGO_SETTINGS_MODULE", "SAKIP_DEBUG", "SAKIP_SSL_REDIRECT"):
        env.pop(name, None)
    return env


@pytest.fixture(scope="module")
def produksi(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Produksi]:
    tmp = tmp_path_factory.mktemp("produksi")
    env = _env(tmp)
    for args in (["collectstatic", "--noinput"], ["migrate", "--noinput"]):
        done = subprocess.run([str(SAKIP), *args], env=env, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, f"sakip {' '.join(args)}:\n{done.stderr}"
    port = _free_port()
    log = (tmp / "gunicorn.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "sakip.wsgi:application", "--bind",
                             f"127.0.0.1:{port}", "--workers", "1"], env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    server = Produksi(f"http://127.0.0.1:{port}", tmp / "statis")
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (tmp / "gunicorn.log").read_text()
            try:
                server.get("/masuk/")
                break
            except OSError:
                assert time.monotonic() < deadline, (tmp / "gunicorn.log").read_text()
                time.sleep(0.3)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_collectstatic_writes_the_manifest_with_hashed_names(produksi: Produksi) -> None:
    manifest = produksi.static_root / "staticfiles.json"
    assert manifest.is_file()
    hashed = re.findall(r'"(web/sakip\.[0-9a-f]{12}\.css|api/swagger-ui\.[0-9a-f]{12}\.css)"', manifest.read_text())
    assert len(set(hashed)) == 2


def test_login_page_and_its_hashed_stylesheet_are_served(produksi: Produksi) -> None:
    page = produksi.get("/masuk/")
    assert page.status == 200
    assert "Masuk ke Sakip" in page.body
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    links = re.findall(r'href="(/static/web/sakip\.[0-9a-f]{12}\.css)"', page.body)
    assert len(links) == 1, page.body[:800]
    css = produksi.get(links[0])
    assert css.status == 200
    assert css.headers["Content-Type"].startswith("text/css")
    assert "--biru:" in css.body
    # WhiteNoise marks hashed names as never changing.
    assert "immutable" in css.headers["Cache-Control"]


def test_unknown_address_shows_the_indonesian_404_page(produksi: Produksi) -> None:
    page = produksi.get("/tidak-ada/")
    assert page.status == 404
    assert "Halaman tidak ditemukan" in page.body
    assert re.search(r'href="/static/web/sakip\.[0-9a-f]{12}\.css"', page.body)
    assert "Traceback" not in page.body


def test_api_docs_load_swagger_ui_from_hashed_static_files(produksi: Produksi) -> None:
    page = produksi.get("/api/docs")
    assert page.status == 200
    bundle = re.findall(r'src="(/static/api/swagger-ui-bundle\.[0-9a-f]{12}\.js)"', page.body)
    assert len(bundle) == 1, page.body
    js = produksi.get(bundle[0])
    assert js.status == 200 and "SwaggerUIBundle" in js.body
