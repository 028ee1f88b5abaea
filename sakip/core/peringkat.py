"""Ranking Perangkat Daerah by one figure: rank numbers with ties, sort order, change since last year.

Callers pass the figures as printed (two decimals, from the engine), so two PDs that read the
same on the page share a rank. Ranks are "competition" ranks (1, 2, 2, 4): equal values share
the best rank of the group and the next rank skips, which is how a published ranking reads. A
PD without a value gets no rank and always sorts last, whichever direction the column is sorted.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from decimal import Decimal
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def beri_peringkat(nilai: Mapping[K, Decimal | None], *, makin_tinggi_makin_baik: bool = True) -> dict[K, int | None]:
    """Rank of each key (1 = best); equal values share a rank, the next one skips; None gets None."""
    ada = sorted((v for v in nilai.values() if v is not None), reverse=makin_tinggi_makin_baik)
    pertama: dict[Decimal, int] = {}
    for i, v in enumerate(ada, start=1):
        pertama.setdefault(v, i)  # the first position a value takes is its shared rank
    return {k: None if v is None else pertama[v] for k, v in nilai.items()}


def urutkan(keys: Iterable[K], nilai: Mapping[K, Decimal | None], *, turun: bool,
            nama: Callable[[K], str]) -> list[K]:
    """Keys ordered by value (descending when ``turun``), ties by name; keys without a value last, by name."""
    keys = list(keys)
    ada = [k for k in keys if nilai.get(k) is not None]
    kosong = [k for k in keys if nilai.get(k) is None]
    # Two stable sorts: by name first, then by value, so equal values keep alphabetical order
    # in both directions (a reversed sort would reverse the names too).
    ada.sort(key=lambda k: nama(k).casefold())
    ada.sort(key=lambda k: nilai[k], reverse=turun)  # type: ignore[arg-type,return-value]  # None filtered out
    return ada + sorted(kosong, key=lambda k: nama(k).casefold())


def selisih(sekarang: Decimal | None, lalu: Decimal | None) -> Decimal | None:
    """Change of a figure since the previous year, in its own unit (points); None when either is missing."""
    if sekarang is None or lalu is None:
        return None
    return sekarang - lalu


def naik_peringkat(sekarang: int | None, lalu: int | None) -> int | None:
    """Places gained since the previous year (negative: lost); None when either year has no rank."""
    if sekarang is None or lalu is None:
        return None
    return lalu - sekarang
