"""The Django side of ``sakip.core.batas``: a refused number as a ValidationError naming its field.

Services call ``periksa_angka`` before storing any number, so the web forms, the API, the
importers and the CLI, which all go through the services, refuse the same values the same way.
"""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError

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
