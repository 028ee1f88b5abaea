"""API tokens: one user, many tokens; only a hash is stored, the token itself is shown once."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from sakip.audit.services import Perubahan, catat

AWALAN = "sakip_"


def hash_token(token: str) -> str:
    """SHA-256 is enough: tokens are 256 random bits, so no salt or slow hash is needed."""
    return hashlib.sha256(token.encode()).hexdigest()


class Token(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="token_api")
    nama = models.CharField(max_length=100, blank=True)
    hash = models.CharField(max_length=64, unique=True)
    dibuat = models.DateTimeField(default=timezone.now)
    terakhir_dipakai = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "token API"
        verbose_name_plural = "token API"

    def __str__(self) -> str:
        return f"Token {self.nama or self.pk} milik {self.user}"


@transaction.atomic
def buat_token(user: object, nama: str = "") -> str:
    """Create a token for ``user`` and return it in clear text (the only time it is known).

    A token is a grant of the user's rights, so it is audited like any change (never its hash).
    """
    token = AWALAN + secrets.token_urlsafe(32)
    obj = Token.objects.create(user=user, nama=nama, hash=hash_token(token))
    catat([Perubahan("api.token", obj.pk, f"Token API {obj.user}", "nama", None, nama or "(tanpa nama)")])
    return token
