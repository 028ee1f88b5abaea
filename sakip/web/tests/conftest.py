"""The cast of the web tests: the demo Pemda's accounts, a Mojosari PK, node, indicator, publication."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from sakip.demo.loader import DEMO_PASSWORD
from sakip.organisasi.models import Unit

PERAN = ["admin", "operator.mojosari", "kepala.mojosari", "operator.organisasi", "kepala.organisasi",
         "inspektorat", "pimpinan"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives Debian's chromium against a real server")
    # WhiteNoise warns that STATIC_ROOT does not exist: in development static files come from the apps.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.fixture
def masuk() -> Callable[[str], Client]:
    """A client logged in as one of the demo accounts."""

    def login(username: str, **kwargs: object) -> Client:
        client = Client(**kwargs)
        assert client.login(username=username, password=DEMO_PASSWORD), username
        return client

    return login


@pytest.fixture
def mojosari() -> Unit:
    return Unit.objects.get(slug="kecamatan-mojosari")


@pytest.fixture
def operator(masuk: Callable[[str], Client]) -> Client:
    return masuk("operator.mojosari")


@pytest.fixture
def kepala(masuk: Callable[[str], Client]) -> Client:
    return masuk("kepala.mojosari")


@pytest.fixture
def admin(masuk: Callable[[str], Client]) -> Client:
    return masuk("admin")


def user(username: str) -> User:
    return User.objects.get(username=username)
