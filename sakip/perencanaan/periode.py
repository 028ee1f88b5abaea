"""Which planning periods hold a year: the rule every door (web, API) applies before a write.

A year outside every RPJMD/Renstra period has no cascade, no indicators to measure and no
triwulan status; data typed for it could never be seen, so it is refused.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from .models import PeriodePerencanaan

# Years a PositiveSmallIntegerField holds; beyond them the query itself would fail on PostgreSQL.
_TAHUN_MAKS = 32767


class TahunDiLuarPeriode(ValidationError):
    """The year lies in no planning period of the Pemda."""


def periode_tahun(pemda_id: int, tahun: int) -> list[PeriodePerencanaan]:
    """The Pemda's planning periods that contain ``tahun``, newest first; TahunDiLuarPeriode when none does."""
    found = [] if not 0 < tahun <= _TAHUN_MAKS else list(
        PeriodePerencanaan.objects.filter(pemda_id=pemda_id, tahun_mulai__lte=tahun, tahun_selesai__gte=tahun)
        .order_by("-tahun_mulai"))
    if not found:
        raise TahunDiLuarPeriode(f"Tahun {tahun} tidak termasuk periode perencanaan mana pun.", code="periode")
    return found
