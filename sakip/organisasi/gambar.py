"""Checking an uploaded picture (Pemda logo, peta wilayah, struktur organisasi) before it is stored.

The content decides, never the file name: Pillow must recognise a PNG or a JPEG, verify it and
decode it. The pixel count is read from the header and refused before decoding (a small file
can unpack into gigabytes), and the picture is re-encoded from its pixels, so nothing of the
upload but the picture survives (EXIF with GPS positions, comments, embedded profiles, data
appended after the image). Pictures larger than a page needs are scaled down.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError

BATAS_BYTE = 5 * 1024 * 1024  # 5 MB: a scanned A4 map at 300 dpi as JPEG fits comfortably
BATAS_PIKSEL = 40_000_000  # about 7300 × 5500; decoding it takes ~160 MB, the most a worker should spend
SISI_MAKS = 3000  # px: 25 cm at 300 dpi, more than any page of the documents shows
FORMAT = {"PNG": "png", "JPEG": "jpg"}


@dataclass(frozen=True)
class GambarBersih:
    """A checked picture, re-encoded: its bytes, file extension and size in pixels."""

    isi: bytes
    ekstensi: str
    lebar: int
    tinggi: int

    @property
    def ringkas(self) -> str:
        """'PNG 400 × 480 piksel, 12 KB' for the audit trail and messages."""
        kb = max(1, round(len(self.isi) / 1024))
        return f"{self.ekstensi.upper().replace('JPG', 'JPEG')} {self.lebar} × {self.tinggi} piksel, {kb} KB"


def _tolak(label: str, alasan: str) -> ValidationError:
    return ValidationError({label: f"{label}: {alasan}"})


def periksa_gambar(isi: bytes, label: str) -> GambarBersih:
    """Check and clean an uploaded picture; a ValidationError names ``label`` and the reason."""
    from PIL import Image, ImageOps, UnidentifiedImageError  # only where pictures are checked

    if not isi:
        raise _tolak(label, "berkas kosong.")
    if len(isi) > BATAS_BYTE:
        raise _tolak(label, f"berkas {len(isi) / 1024 / 1024:.1f} MB terlalu besar; paling besar "
                            f"{BATAS_BYTE // 1024 // 1024} MB.".replace(".", ",", 1))
    bukan = _tolak(label, "berkas bukan gambar PNG atau JPEG yang utuh (isinya yang diperiksa, bukan "
                          "nama berkasnya).")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            im = Image.open(io.BytesIO(isi))
            format_ = im.format
            lebar, tinggi = im.size
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise bukan from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _tolak(label, "gambar terlalu banyak pikselnya.") from None
        if format_ not in FORMAT:
            raise _tolak(label, f"format {format_} tidak diterima; unggah PNG atau JPEG.")
        if lebar * tinggi > BATAS_PIKSEL:
            raise _tolak(label, f"gambar {lebar} × {tinggi} piksel terlalu besar; paling banyak "
                                f"{BATAS_PIKSEL // 1_000_000} juta piksel.")
        try:
            im.verify()  # structure and checksums; the object is unusable afterwards
            im = Image.open(io.BytesIO(isi))
            im.load()
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise bukan from None
    if format_ == "JPEG":
        im = ImageOps.exif_transpose(im)  # a photo taken sideways stands as it was seen
    if im.mode.startswith("I"):  # 16-bit grey (scans, maps): scaled to 8 bits, not clipped to white
        import numpy as np  # with matplotlib already

        im = Image.fromarray((np.asarray(im, dtype=np.uint32) >> 8).clip(0, 255).astype(np.uint8), "L")
    alfa = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
    im = im.convert("RGBA" if alfa and format_ == "PNG" else "RGB")
    if max(im.size) > SISI_MAKS:
        im.thumbnail((SISI_MAKS, SISI_MAKS), Image.Resampling.LANCZOS)
    im.info = {}  # no text chunks, ICC profile or EXIF travel on
    buf = io.BytesIO()
    if format_ == "PNG":
        im.save(buf, "PNG", optimize=True)
    else:
        im.save(buf, "JPEG", quality=88, optimize=True)
    return GambarBersih(buf.getvalue(), FORMAT[format_], im.width, im.height)
