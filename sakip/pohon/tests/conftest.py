"""The cast of the pohon tests: the demo accounts (password sakip-demo) and anonymous visitors."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from sakip.demo.loader import DEMO_PASSWORD

PERAN = ["admin", "operator.mojosari", "kepala.mojosari", "operator.organisasi", "kepala.organisasi",
         "inspektorat", "pimpinan"]
PERAN_PEMDA = {"admin", "inspektorat", "pimpinan"}
MOJOSARI = PERAN_PEMDA | {"operator.mojosari", "kepala.mojosari"}
ORGANISASI = PERAN_PEMDA | {"operator.organisasi", "kepala.organisasi"}


@pytest.fixture
def masuk() -> Callable[[str | None], Client]:
    """A client logged in as a demo account (None: an anonymous visitor)."""

    def login(username: str | None) -> Client:
        client = Client()
        if username is not None:
            assert client.login(username=username, password=DEMO_PASSWORD), username
        return client

    return login


def pytest_configure(config: pytest.Config) -> None:
    # WhiteNoise warns that STATIC_ROOT does not exist: in development static files come from the apps.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")
