"""Test set-up shared by every app: the demo Pemda is loaded once per test database."""

from __future__ import annotations

import socket

import pytest

from tests.izin_lewati import IZIN, PenjagaLewati


def pytest_configure(config: pytest.Config) -> None:
    # In CI a skip fails the run unless tests/izin_lewati.py allows it with a reason.
    config.pluginmanager.register(PenjagaLewati(IZIN), "izin-lewati")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # pytest-django fixture
    from sakip.demo.loader import load_demo

    with django_db_blocker.unblock():
        load_demo()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never reach the network; only loopback connections are allowed."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1") or host.startswith("/")):
            raise RuntimeError(f"tes mencoba menghubungi jaringan: {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path) -> None:  # pytest-django fixture
    """Files a test stores (publications, uploads) never land in the project's var/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def kelengkapan_peringatan(db) -> None:  # pytest-django fixture
    """The "Ajukan" gate as a warning only (issue #13), for tests of the approval steps on the demo's
    incomplete triwulans; the gate itself is tested in sakip/realisasi/tests/test_kelengkapan.py."""
    from sakip.kendali.models import PengaturanKendali
    from sakip.organisasi.models import Pemda

    for pemda in Pemda.objects.all():
        PengaturanKendali.objects.update_or_create(pemda=pemda, defaults={"kelengkapan_peringatan": True})
