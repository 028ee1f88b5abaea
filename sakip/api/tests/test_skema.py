"""The OpenAPI schema: snapshot, and schemathesis in-process against it (no 500s, conformant responses)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

pytestmark = pytest.mark.django_db

SNAPSHOT = Path(__file__).parent / "files" / "openapi.json"


def test_openapi_schema_matches_snapshot(client: Client) -> None:
    got = client.get("/api/openapi.json").json()
    if os.environ.get("SAKIP_PERBARUI_SNAPSHOT") or not SNAPSHOT.exists():
        SNAPSHOT.write_text(json.dumps(got, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    assert got == json.loads(SNAPSHOT.read_text()), (
        "Skema OpenAPI berubah; periksa perubahannya lalu jalankan ulang dengan SAKIP_PERBARUI_SNAPSHOT=1.")


# Server errors, and responses (every status, 4xx included) that do not match their documented schema.
# Not ignored_auth (it would replay our valid token and call the 200 a bypass; 401s are tested in
# test_peran) nor positive_data_acceptance (domain rules refuse some schema-valid bodies with a documented 4xx).
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


def _uji(operation, mode: GenerationMode, auth: dict[str, str], failures: list[str],
         jumlah: list[int]):  # a hypothesis test
    @settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case) -> None:
        if "slug" in case.path_parameters:  # mostly a real PD, so the handlers are exercised beyond 404
            case.path_parameters["slug"] = "kecamatan-mojosari"
        response = case.call(headers=auth)
        jumlah.append(response.status_code)
        if response.status_code >= 500:
            failures.append(f"{operation.label} {mode.value}: {response.status_code} {case.body!r:.200}")
        case.validate_response(response, headers=auth, checks=CHECKS)

    return check


@pytest.fixture
def koneksi_tetap():  # a generator fixture
    """As Django's test Client does: a finished WSGI request must not close the test's connection."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_api_conforms_to_its_schema(header, koneksi_tetap) -> None:
    from sakip.wsgi import application

    auth = {"Authorization": header("operator.mojosari")["HTTP_AUTHORIZATION"]}
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
    failures: list[str] = []
    jumlah: list[int] = []
    for op in schema.get_all_operations():
        op = op.ok()
        # Writes also get bodies that break the schema (hostile numbers, wrong types): 4xx, never 500.
        modes = [GenerationMode.POSITIVE, GenerationMode.NEGATIVE] if op.method.upper() == "PUT" else [
            GenerationMode.POSITIVE]
        for mode in modes:
            _uji(op, mode, auth, failures, jumlah)()
    per_status = {k: jumlah.count(k) for k in sorted(set(jumlah))}
    print(f"schemathesis: {len(jumlah)} kasus, per status {per_status}")  # the count is the point
    assert not failures
    assert len(jumlah) >= 100 and per_status.get(200, 0) > 0 and per_status.get(422, 0) > 0
