"""The client's address behind our reverse proxies, from a request's headers (pure, so both doors share it).

The web's login throttling (django-axes) and the API's token throttling count failures per
address; both must read it the same way, or a forged header would escape one of them.
"""

from __future__ import annotations

from collections.abc import Mapping


def alamat_klien(meta: Mapping[str, object], jumlah_proxy: int) -> str:
    """REMOTE_ADDR, or behind ``jumlah_proxy`` proxies the address the outermost one saw.

    Each proxy appends the address it saw to X-Forwarded-For, so the client is the N-th from
    the right; without a proxy (0) the header is ignored, as the client could forge it.
    """
    diteruskan = meta.get("HTTP_X_FORWARDED_FOR", "")
    if jumlah_proxy > 0 and isinstance(diteruskan, str) and diteruskan:
        alamat = [a.strip() for a in diteruskan.split(",") if a.strip()]
        if alamat:
            return alamat[-min(jumlah_proxy, len(alamat))]
    remote = meta.get("REMOTE_ADDR", "")
    return remote if isinstance(remote, str) else ""
