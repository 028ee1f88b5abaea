"""The published LKjIP of a PD as evidence for the LKE (registered in ``sakip.evaluasi.rekaman``)."""

from __future__ import annotations

from sakip.evaluasi.rekaman import Rekaman
from sakip.organisasi.models import Unit

from .models import JenisLaporan, Publikasi


def lkjip_terbit(unit: Unit, tahun: int) -> list[Rekaman]:
    """The LKjIP published for the evaluated year and the one before (what the LKE's 3.a asks for)."""
    return [Rekaman("lkjip", p.pk, f"LKjIP {p.tahun} terbit ({p.format.upper()}, "
                    f"{p.diterbitkan_pada:%d-%m-%Y})")
            for p in Publikasi.objects.filter(unit=unit, tahun__in=[tahun, tahun - 1], jenis=JenisLaporan.LKJIP,
                                              ditarik=False).order_by("-tahun", "-pk")]
