from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from sakip.api.models import buat_token

ROLES = ["admin", "operator.mojosari", "kepala.mojosari", "operator.organisasi", "inspektorat", "pimpinan",
         "anonim"]


@pytest.fixture
def header():  # returns a callable
    def make(role: str) -> dict[str, str]:
        if role == "anonim":
            return {}
        return {"HTTP_AUTHORIZATION": f"Bearer {buat_token(User.objects.get(username=role))}"}
    return make
