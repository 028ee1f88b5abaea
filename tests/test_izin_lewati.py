"""The CI guard against skips (tests/izin_lewati.py), run on tiny test files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.db import connection

from .izin_lewati import IZIN, Izin, PenjagaLewati

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
TES = """
import pytest

def test_jalan():
    assert True

def test_dilewati():
    pytest.skip("berkas referensi tidak ada")

@pytest.mark.parametrize("n", [1, 2])
def test_berparameter(n):
    pytest.skip("hanya di basis data lain")
"""
# The inner run is a plain pytest: no Django set-up, no workers.
ARGS = ("-p", "no:django", "-p", "no:xdist", "-p", "no:cacheprovider", "-ra")


def jalankan(pytester: pytest.Pytester, izin: dict[str, Izin]) -> pytest.RunResult:
    pytester.makepyfile(test_kecil=TES)
    return pytester.runpytest(*ARGS, plugins=[PenjagaLewati(izin)])


def test_outside_ci_a_skip_is_a_skip(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    hasil = jalankan(pytester, {})
    hasil.assert_outcomes(passed=1, skipped=3)
    assert hasil.ret == pytest.ExitCode.OK


def test_in_ci_a_skip_not_allowed_fails_with_its_reason(pytester: pytest.Pytester,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    hasil = jalankan(pytester, {"test_kecil.py::test_dilewati": Izin("alasan")})
    hasil.assert_outcomes(passed=1, skipped=1, failed=2)
    assert hasil.ret == pytest.ExitCode.TESTS_FAILED
    hasil.stdout.fnmatch_lines(["*Tes dilewati di CI tanpa izin (Skipped: hanya di basis data lain)*",
                                "*tambahkan 'test_kecil.py::test_berparameter[[]1[]]' ke IZIN*"])


def test_in_ci_allowed_skips_pass(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "1")
    hasil = jalankan(pytester, {"test_kecil.py::test_dilewati": Izin("referensi opsional"),
                                "test_kecil.py::test_berparameter": Izin("semua parameternya")})
    hasil.assert_outcomes(passed=1, skipped=3)
    assert hasil.ret == pytest.ExitCode.OK


def test_in_ci_a_skip_allowed_on_another_database_fails_on_this_one(pytester: pytest.Pytester,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    lain = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    hasil = jalankan(pytester, {"test_kecil.py::test_dilewati": Izin("x", basis_data=lain),
                                "test_kecil.py::test_berparameter": Izin("x", basis_data=connection.vendor)})
    hasil.assert_outcomes(passed=1, skipped=2, failed=1)


def test_in_ci_a_module_level_skip_fails_the_run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    pytester.makepyfile(test_modul='import pytest\npytest.skip("tidak ada", allow_module_level=True)\n')
    hasil = pytester.runpytest(*ARGS, plugins=[PenjagaLewati({})])
    assert hasil.ret != pytest.ExitCode.OK
    hasil.stdout.fnmatch_lines(["*Tes dilewati di CI tanpa izin*"])


def test_ci_false_is_not_ci(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "false")
    jalankan(pytester, {}).assert_outcomes(passed=1, skipped=3)


@pytest.mark.parametrize("nodeid", sorted(IZIN))
def test_every_allowed_skip_names_a_test_that_exists_and_skips(nodeid: str) -> None:
    """A stale entry would allow a skip nobody reviews any more."""
    path, name = nodeid.split("::")
    source = (ROOT / path).read_text(encoding="utf-8")
    assert re.search(rf"^def {re.escape(name)}\(", source, re.M), nodeid
    assert IZIN[nodeid].alasan and IZIN[nodeid].basis_data in (None, "sqlite", "postgresql")
