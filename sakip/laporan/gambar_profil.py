"""The profile pictures the documents print: the Pemda's logo, a unit's peta wilayah and struktur
organisasi (the uploaded one, or one drawn from the unit tree and its posts).

Every document reaches them here, so a missing or unreadable file only leaves the picture out.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import date

from django.core.files.storage import default_storage
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from sakip.organisasi.models import Pemda, Unit

from .charts import ukuran_png
from .docxkit import Dokumen
from .gambar_struktur import gambar_struktur, struktur_unit

log = logging.getLogger(__name__)


def _baca(nama: str) -> bytes | None:
    if not nama:
        return None
    try:
        with default_storage.open(nama, "rb") as fh:
            return fh.read()
    except OSError:  # lost from media (e.g. a restore without its files): the document goes on without it
        log.warning("Gambar %s tidak ditemukan di media; dokumen dibuat tanpa gambar itu.", nama)
        return None


def logo_pemda(pemda: Pemda) -> bytes | None:
    """The Pemda's uploaded logo (PNG or JPEG, already checked and re-encoded), or None."""
    return _baca(pemda.logo.name)


def peta_wilayah(unit: Unit) -> bytes | None:
    """The unit's uploaded peta wilayah, or None."""
    return _baca(unit.peta_wilayah.name)


@dataclass(frozen=True)
class GambarStruktur:
    isi: bytes
    diunggah: bool  # False: drawn from the unit tree and its posts


def struktur_organisasi(unit: Unit, tanggal: date) -> GambarStruktur | None:
    """The uploaded struktur organisasi, else one drawn from the stored posts and sub units;
    None when the data holds no more than the unit itself."""
    isi = _baca(unit.gambar_struktur.name)
    if isi:
        return GambarStruktur(isi, True)
    struktur = struktur_unit(unit, tanggal)
    if not struktur.anak:
        return None
    return GambarStruktur(gambar_struktur(struktur), False)


def ukuran_cm(isi: bytes, lebar_maks: float, tinggi_maks: float) -> tuple[float, float]:
    """The size a picture takes on the page: its own proportions, within the given box."""
    from PIL import Image

    lebar, tinggi = Image.open(io.BytesIO(isi)).size
    skala = min(lebar_maks / lebar, tinggi_maks / tinggi)
    return lebar * skala, tinggi * skala


def ukuran_gambar(g: GambarStruktur, lebar_maks: float, tinggi_maks: float) -> tuple[float, float]:
    """A drawn chart keeps its physical size (its font stays the document's); an upload fills the box."""
    if g.diunggah:
        return ukuran_cm(g.isi, lebar_maks, tinggi_maks)
    lebar, tinggi = ukuran_png(g.isi)
    skala = min(1.0, lebar_maks / lebar, tinggi_maks / tinggi)
    return lebar * skala, tinggi * skala


def sisip_logo(dok: Dokumen, isi: bytes | None, *, tinggi_cm: float, setelah: float = 6) -> None:
    """The logo centred on a line of its own, ``tinggi_cm`` high (nothing when there is none)."""
    if not isi:
        return
    lebar, tinggi = ukuran_cm(isi, tinggi_cm * 3, tinggi_cm)
    p = dok.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(setelah)
    p.add_run().add_picture(io.BytesIO(isi), width=Cm(lebar), height=Cm(tinggi))
