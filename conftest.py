"""Test set-up shared by every app: the demo Pemda is loaded once per test database."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator

import pytest

from tests.izin_lewati import IZIN, PenjagaLewati


def pytest_configure(config: pytest.Config) -> None:
    # In CI a skip fails the run unless tests/izin_lewati.py allows it with a reason.
    config.pluginmanager.register(PenjagaLewati(IZIN), "izin-lewati")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory):  # pytest-django fixture
    from django.test import override_settings

    from sakip.demo.loader import load_demo

    # The demo's logo is a media file: stored in a folder of the run, never in the project's var/.
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media-demo")):
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


@pytest.fixture
def mojosari_tw1_belum_lengkap(db) -> None:  # pytest-django fixture
    """Leave Mojosari's 2025 Triwulan I with one due PK indicator and one sub kegiatan empty.

    The demo's rencana aksi fills that triwulan completely (values and the budget spread 15/25/25/35 %);
    tests of the "Ajukan" gate's refusal empty one of each, through the services, to have something missing."""
    from sakip.anggaran.models import MataAnggaran
    from sakip.anggaran.services import catat_realisasi_anggaran
    from sakip.organisasi.models import Unit
    from sakip.perencanaan.models import Indikator
    from sakip.realisasi.kelengkapan import kelengkapan
    from sakip.realisasi.models import Realisasi
    from sakip.realisasi.services import catat_realisasi

    unit = Unit.objects.get(slug="kecamatan-mojosari")
    for ind in Indikator.objects.filter(pk__in=Realisasi.objects.filter(
            indikator__unit=unit, tahun=2025, bagian="TW1").values("indikator_id")).order_by("urutan", "pk"):
        semula = Realisasi.objects.get(indikator=ind, tahun=2025, bagian="TW1").nilai
        catat_realisasi(ind, 2025, {"TW1": None})
        if kelengkapan(unit, 2025, 1).indikator_belum:
            break
        catat_realisasi(ind, 2025, {"TW1": semula})  # not a due one: put it back
    line = MataAnggaran.objects.filter(unit=unit, tahun=2025, tingkat="sub_kegiatan", pagu__gt=0,
                                       realisasi__triwulan=1).order_by("urutan", "pk").first()
    catat_realisasi_anggaran(line, {1: None})
    k = kelengkapan(unit, 2025, 1)
    if not (k.indikator_belum and k.sub_kegiatan_belum):
        raise RuntimeError(f"Triwulan I Mojosari tetap lengkap: {k}")


# The job queue of this test run: its own Redis database (SAKIP_REDIS_URL_UJI, default db 15) and a
# queue name no other run uses, so parallel runs (and xdist workers) never take each other's jobs.
REDIS_UJI = os.environ.get("SAKIP_REDIS_URL_UJI", "redis://127.0.0.1:6379/15")
ANTREAN_UJI = f"sakip-uji-{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="session")
def _antrean_uji() -> Iterator[str]:
    yield ANTREAN_UJI
    from redis import Redis

    r = Redis.from_url(REDIS_UJI)
    try:
        keys = list(r.scan_iter(f"rq:*{ANTREAN_UJI}*"))
        if keys:
            r.delete(*keys)
    finally:
        r.close()


@pytest.fixture(autouse=True)
def _antrean_sendiri(settings, _antrean_uji: str) -> None:  # pytest-django fixture
    settings.SAKIP_REDIS_URL = REDIS_UJI
    settings.SAKIP_ANTREAN = _antrean_uji
    settings.SAKIP_ANTREAN_SIMPAN = 15 * 60  # jobs no worker takes expire soon after the run


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
