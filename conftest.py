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
def nilai_sakip_diketik():  # a factory fixture
    """Give a PD's Nilai SAKIP 2025 back its typed form (the demo's figure before the Evaluasi AKIP
    provided it): for tests of typed entry and its checks that use that indicator as their example.
    The figure is the same (the final evaluation's total), stored as a realisasi again."""
    from sakip.evaluasi.models import Evaluasi
    from sakip.perencanaan.models import Indikator, IndikatorTurunan
    from sakip.realisasi.models import Realisasi

    def ketik(slug: str, bagian: str = "TAHUN") -> None:
        inds = Indikator.objects.filter(unit__slug=slug, kode_standar="nilai_sakip")
        IndikatorTurunan.objects.filter(indikator__in=inds, fungsi="nilai_lke").delete()
        latest = inds.order_by("-periode__tahun_mulai").first()
        nilai = Evaluasi.objects.get(unit__slug=slug, tahun=2025).nilai_total
        Realisasi.objects.create(indikator=latest, tahun=2025, bagian=bagian, nilai=nilai)

    return ketik
