"""The Django side of ``sakip.core.batas``: a refused number as a ValidationError naming its field.

Services call ``periksa_angka`` before storing any number, so the web forms, the API, the
importers and the CLI, which all go through the services, refuse the same values the same way.
"""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible

from sakip.core.batas import AngkaDitolak, JenisAngka, jenis_satuan, periksa


def periksa_angka(nilai: Decimal | None, jenis: JenisAngka | str = JenisAngka.NILAI, *, field: str = "nilai",
                  label: str = "") -> Decimal | None:
    """The value as it will be stored (None stays None), or ValidationError({field: message})."""
    if nilai is None:
        return None
    try:
        return periksa(nilai, JenisAngka(jenis))
    except AngkaDitolak as exc:
        raise ValidationError({field: f"{label}: {exc}" if label else str(exc)}, code="angka") from None


def periksa_nilai_indikator(nilai: Decimal | None, satuan: str, *, field: str = "nilai",
                            label: str = "") -> Decimal | None:
    """``periksa_angka`` with the kind read from an indicator's unit."""
    return periksa_angka(nilai, jenis_satuan(satuan), field=field, label=label)


@deconstructible
class BatasAngka:
    """A model field validator with the bounds of one kind, so ``full_clean`` refuses what the services refuse.

    Fields whose kind depends on the indicator's unit carry the widest kind of their column
    (NILAI); the services check the narrower kind of the unit.
    """

    def __init__(self, jenis: str) -> None:
        self.jenis = JenisAngka(jenis)

    def __call__(self, nilai: Decimal | None) -> None:
        if nilai is None:
            return
        try:
            periksa(nilai, self.jenis)
        except AngkaDitolak as exc:
            raise ValidationError(str(exc), code="angka") from None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BatasAngka) and other.jenis == self.jenis

    def __hash__(self) -> int:
        return hash(self.jenis)
