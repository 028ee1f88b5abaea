"""Whether an indicator is used elsewhere and so cannot be deleted: asked of the apps that use it.

Perencanaan sits below perjanjian and realisasi (their models point at ``Indikator``), so it
cannot import them to ask. Instead each app that holds indicators registers, in its models
module next to the foreign key, one check; the planning services run every check before a
delete. Django imports every installed app's models before serving, so all checks are in place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Pemeriksa = Callable[[list[int]], str]
_PEMERIKSA: list[Pemeriksa] = []


def daftarkan(pemeriksa: Pemeriksa) -> Pemeriksa:
    """Register a check: given indicator ids, why one of them cannot be deleted, or ''."""
    if pemeriksa not in _PEMERIKSA:
        _PEMERIKSA.append(pemeriksa)
    return pemeriksa


def alasan_dipakai(indikator_ids: Iterable[int]) -> str:
    """Why indicators cannot be deleted (the first use found, in app order), or '' when they can."""
    ids = list(indikator_ids)
    for periksa in _PEMERIKSA:
        alasan = periksa(ids)
        if alasan:
            return alasan
    return ""
