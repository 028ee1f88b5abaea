from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from sakip.demo.loader import DEMO_PASSWORD


@pytest.fixture
def masuk() -> Callable[[str], Client]:
    """A client logged in as one of the demo accounts."""

    def login(username: str) -> Client:
        client = Client()
        assert client.login(username=username, password=DEMO_PASSWORD), username
        return client

    return login
