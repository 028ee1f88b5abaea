"""Token buckets in Django's cache: a key may make ``kapasitas`` requests at once, refilled over ``detik``.

A bucket is one cache entry (tokens left, when counted). Reading and writing it are two steps, so
two requests at the same instant may both pass: fine for a limit meant to stop guessing, not billing.
"""

from __future__ import annotations

import math
import time

from django.core.cache import cache

from sakip.core.formatting import angka

sekarang = time.time  # wall clock: a shared cache (Redis) is read by several processes


class Dibatasi(Exception):
    """Too many requests: answered 429 with Retry-After ``detik``."""

    def __init__(self, pesan: str, detik: float) -> None:
        self.detik = max(1, math.ceil(round(detik, 3)))  # 30.000000000000004 waits 30 s, not 31
        super().__init__(f"{pesan} Coba lagi dalam {angka(self.detik, 0)} detik.")


def _isi(kunci: str, kapasitas: int, detik: float) -> tuple[float, float]:
    """Tokens in the bucket now (refilled since it was last counted), and now."""
    kini = sekarang()
    isi, waktu = cache.get(kunci, (float(kapasitas), kini))
    return min(float(kapasitas), isi + max(0.0, kini - waktu) * kapasitas / detik), kini


def tunggu(kunci: str, kapasitas: int, detik: float) -> float:
    """Seconds until the bucket holds one token again; 0 when a request may pass now."""
    isi, _ = _isi(kunci, kapasitas, detik)
    return 0.0 if isi >= 1 else (1 - isi) * detik / kapasitas


def pakai(kunci: str, kapasitas: int, detik: float) -> None:
    """Take one token (an empty bucket stays empty); the entry expires once it would be full again."""
    isi, kini = _isi(kunci, kapasitas, detik)
    cache.set(kunci, (max(0.0, isi - 1), kini), timeout=math.ceil(detik))
