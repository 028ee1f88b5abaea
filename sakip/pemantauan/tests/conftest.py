"""The cast: the demo Pemda's accounts (password sakip-demo), logged in on demand."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from sakip.demo.loader import DEMO_PASSWORD

PERAN = ["admin", "operator.mojosari", "kepala.mojosari", "operator.organisasi", "kepala.organisasi",
         "inspektorat", "pimpinan"]
PERAN_PEMDA = {"admin", "inspektorat", "pimpinan"}


def pytest_configure(config: pytest.Config) -> None:
    # WhiteNoise warns that STATIC_ROOT does not exist: in development static files come from the apps.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.fixture
def masuk() -> Callable[[str], Client]:
    def login(username: str) -> Client:
        client = Client()
        assert client.login(username=username, password=DEMO_PASSWORD), username
        return client

    return login
