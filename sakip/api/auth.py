"""Token authentication: who is calling. Whether they may is decided per PD by sakip.organisasi.akses.

Guessing is throttled: an address that sent SAKIP_API_TOKEN_SALAH wrong tokens gets 429 for every
token until its bucket refills; a valid token may make SAKIP_API_PER_TOKEN requests.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from sakip.core.alamat import alamat_klien

from . import pembatas
from .models import Token, hash_token


class TokenAuth(HttpBearer):
    openapi_scheme = "bearer"

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        salah = f"sakip-api:salah:{alamat_klien(request.META, settings.SAKIP_PROXY_COUNT)}"
        # Checked before the lookup: a blocked address learns nothing, not even a right guess.
        if detik := pembatas.tunggu(salah, *settings.SAKIP_API_TOKEN_SALAH):
            raise pembatas.Dibatasi("Terlalu banyak token salah dari alamat ini.", detik)
        hash_ = hash_token(token)
        found = Token.objects.select_related("user").filter(hash=hash_, user__is_active=True).first()
        if found is None:
            pembatas.pakai(salah, *settings.SAKIP_API_TOKEN_SALAH)
            return None
        per_token = f"sakip-api:token:{hash_}"
        if detik := pembatas.tunggu(per_token, *settings.SAKIP_API_PER_TOKEN):
            raise pembatas.Dibatasi("Terlalu banyak permintaan dengan token ini.", detik)
        pembatas.pakai(per_token, *settings.SAKIP_API_PER_TOKEN)
        Token.objects.filter(pk=found.pk).update(terakhir_dipakai=timezone.now())
        request.user = found.user  # the policy module reads request.user like the web does
        return found.user
