"""The client's address behind N proxies: X-Forwarded-For is trusted exactly as far as our proxies go."""

from __future__ import annotations

import pytest

from sakip.core.alamat import alamat_klien

PALSU = {"HTTP_X_FORWARDED_FOR": "1.1.1.1, 203.0.113.5", "REMOTE_ADDR": "10.0.0.2"}


@pytest.mark.parametrize(("meta", "jumlah_proxy", "expected"), [
    (PALSU, 0, "10.0.0.2"),  # no proxy configured: the header is ignored, a client could forge it
    (PALSU, 1, "203.0.113.5"),  # the address our proxy saw, not the forged one before it
    (PALSU, 2, "1.1.1.1"),
    (PALSU, 5, "1.1.1.1"),  # more proxies than addresses: the leftmost
    ({"HTTP_X_FORWARDED_FOR": " , ", "REMOTE_ADDR": "10.0.0.2"}, 1, "10.0.0.2"),  # nothing usable
    ({"REMOTE_ADDR": "10.0.0.2"}, 1, "10.0.0.2"),
    ({}, 0, ""),
])
def test_alamat_klien(meta: dict[str, object], jumlah_proxy: int, expected: str) -> None:
    assert alamat_klien(meta, jumlah_proxy) == expected
