"""Skips in CI: each one fails the run unless it is listed in IZIN with its reason.

A skipped test is a test that did not run; in CI that hides a missing file or program. CI runs
the suite twice (SQLite, then PostgreSQL: .ci/run), so a test only one database can run is
skipped on the other leg and still runs on its own: such a skip is allowed, on that database only.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.db import connection


@dataclass(frozen=True)
class Izin:
    alasan: str
    # The database (Django vendor) on which the skip is expected; None: on any.
    basis_data: str | None = None


_BALAPAN_KUNCI_BARIS = ("SQLite locks the whole file, so two connections cannot hold row locks at once; "
                        "the race runs in the PostgreSQL leg of CI")

# Node id (without parameters) -> why it may skip. Keep it short: every entry is a test not run.
IZIN: dict[str, Izin] = {
    "sakip/audit/tests/test_konkurensi.py::test_two_connections_saving_at_once_on_postgresql":
        Izin(_BALAPAN_KUNCI_BARIS, basis_data="sqlite"),
    "sakip/anggaran/tests/test_konflik.py::test_two_connections_saving_at_once_on_postgresql":
        Izin(_BALAPAN_KUNCI_BARIS, basis_data="sqlite"),
    "sakip/laporan/tests/test_cli.py::test_all_in_parallel_worker_processes":
        Izin("worker processes cannot open the test's in-memory SQLite database; "
             "runs in the PostgreSQL leg of CI", basis_data="sqlite"),
}


def di_ci() -> bool:
    """CI sets CI=true (GitHub, GitLab and most runners do the same)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _basis_data() -> str | None:
    return connection.vendor if settings.configured else None


def _alasan_lewati(longrepr: object) -> str:
    # A skip's longrepr is (path, line, "Skipped: reason").
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2])
    return str(longrepr)


class PenjagaLewati:
    """Turns a skip into a failure in CI unless its node id is allowed (on this database)."""

    def __init__(self, izin: Mapping[str, Izin]) -> None:
        self.izin = izin

    def diizinkan(self, nodeid: str) -> bool:
        izin = self.izin.get(nodeid) or self.izin.get(nodeid.split("[", 1)[0])
        return izin is not None and izin.basis_data in (None, _basis_data())

    def _gagalkan(self, laporan: pytest.TestReport | pytest.CollectReport) -> None:
        if not laporan.skipped or hasattr(laporan, "wasxfail") or not di_ci() or self.diizinkan(laporan.nodeid):
            return
        laporan.outcome = "failed"
        laporan.longrepr = (f"Tes dilewati di CI tanpa izin ({_alasan_lewati(laporan.longrepr)}).\n"
                            f"Jalankan tesnya, atau tambahkan {laporan.nodeid!r} ke IZIN di "
                            f"tests/izin_lewati.py beserta alasannya.")

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[
            None, pytest.TestReport, pytest.TestReport]:
        laporan = yield
        self._gagalkan(laporan)
        return laporan

    @pytest.hookimpl(wrapper=True)
    def pytest_make_collect_report(self, collector: pytest.Collector) -> Generator[
            None, pytest.CollectReport, pytest.CollectReport]:
        laporan = yield  # a module-level skip (pytestmark, importorskip) is reported here
        self._gagalkan(laporan)
        return laporan
