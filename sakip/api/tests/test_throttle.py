"""API throttling: wrong tokens from one address, and requests per valid token, get 429 with Retry-After."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from django.core.cache import cache
from django.test import Client

from sakip.api import pembatas

pytestmark = pytest.mark.django_db


class Jam:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = 1_000_000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(autouse=True)
def jam(monkeypatch: pytest.MonkeyPatch) -> Iterator[Jam]:
    """Empty buckets and a still clock; the buckets are emptied again for the other tests."""
    cache.clear()
    j = Jam()
    monkeypatch.setattr(pembatas, "sekarang", j)
    yield j
    cache.clear()


def _salah(client: Client, n: int) -> None:
    for i in range(n):
        r = client.get("/api/pd", HTTP_AUTHORIZATION=f"Bearer sakip_salah{i}")
        assert r.status_code == 401, i


def test_wrong_tokens_from_one_address_get_429_with_retry_after(header: Callable[[str], dict[str, str]],
                                                                jam: Jam) -> None:
    client = Client()
    _salah(client, 10)

    r = client.get("/api/pd", HTTP_AUTHORIZATION="Bearer sakip_salah-lagi")
    assert r.status_code == 429
    assert r["Retry-After"] == "90"  # one of 10 guesses comes back every 900/10 seconds
    assert r.json() == {"detail": "Terlalu banyak token salah dari alamat ini. Coba lagi dalam 90 detik."}
    # Even a valid token is not looked at: a blocked address cannot tell a right guess.
    r = client.get("/api/pd", **header("operator.mojosari"))
    assert r.status_code == 429 and r["Retry-After"] == "90"

    jam.t += 60
    assert client.get("/api/pd", **header("operator.mojosari"))["Retry-After"] == "30"
    jam.t += 30
    r = client.get("/api/pd", **header("operator.mojosari"))
    assert r.status_code == 200 and r.json()[0]["slug"]


def test_other_addresses_are_not_blocked(header: Callable[[str], dict[str, str]]) -> None:
    _salah(Client(), 10)
    r = Client(REMOTE_ADDR="10.9.8.7").get("/api/pd", **header("operator.mojosari"))
    assert r.status_code == 200
    assert Client(REMOTE_ADDR="10.9.8.7").get("/api/pd", HTTP_AUTHORIZATION="Bearer salah").status_code == 401


def test_a_forged_forwarded_for_header_does_not_escape_without_a_proxy() -> None:
    client = Client()
    for i in range(10):
        r = client.get("/api/pd", HTTP_AUTHORIZATION="Bearer salah", HTTP_X_FORWARDED_FOR=f"10.0.0.{i}")
        assert r.status_code == 401
    r = client.get("/api/pd", HTTP_AUTHORIZATION="Bearer salah", HTTP_X_FORWARDED_FOR="10.0.0.99")
    assert r.status_code == 429


def test_behind_a_proxy_wrong_tokens_count_per_address_the_proxy_saw(settings) -> None:
    settings.SAKIP_PROXY_COUNT = 1
    client = Client(REMOTE_ADDR="10.0.0.2")  # the proxy: every request comes from it
    for i in range(10):  # a forged first address does not give a fresh bucket
        r = client.get("/api/pd", HTTP_AUTHORIZATION="Bearer salah", HTTP_X_FORWARDED_FOR=f"1.1.1.{i}, 203.0.113.5")
        assert r.status_code == 401, i
    r = client.get("/api/pd", HTTP_AUTHORIZATION="Bearer salah", HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert r.status_code == 429
    # Another client behind the same proxy is not blocked.
    r = client.get("/api/pd", HTTP_AUTHORIZATION="Bearer salah", HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert r.status_code == 401


def test_a_valid_token_has_a_rate_limit_of_its_own(header: Callable[[str], dict[str, str]], settings,
                                                   jam: Jam) -> None:
    settings.SAKIP_API_PER_TOKEN = (3, 60)
    client = Client()
    token = header("operator.mojosari")
    for _ in range(3):
        assert client.get("/api/pd", **token).status_code == 200
    r = client.get("/api/pd", **token)
    assert r.status_code == 429 and r["Retry-After"] == "20"
    assert r.json() == {"detail": "Terlalu banyak permintaan dengan token ini. Coba lagi dalam 20 detik."}
    assert client.get("/api/pd", **header("kepala.mojosari")).status_code == 200  # another token
    jam.t += 20
    assert client.get("/api/pd", **token).status_code == 200
    assert client.get("/api/pd", **token).status_code == 429


def test_the_429_is_in_the_openapi_schema() -> None:
    schema = Client().get("/api/openapi.json").json()
    galat = schema["paths"]["/api/pd"]["get"]["responses"]["429"]
    assert galat["content"]["application/json"]["schema"]["$ref"].endswith("/GalatApi")
    assert "Retry-After" in schema["info"]["description"]
