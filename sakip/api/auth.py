"""Token authentication: who is calling. Whether they may is decided per PD by sakip.organisasi.access."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from .models import Token, hash_token


class TokenAuth(HttpBearer):
    openapi_scheme = "bearer"

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        found = Token.objects.select_related("user").filter(hash=hash_token(token), user__is_active=True).first()
        if found is None:
            return None
        Token.objects.filter(pk=found.pk).update(terakhir_dipakai=timezone.now())
        request.user = found.user  # the policy module reads request.user like the web does
        return found.user
