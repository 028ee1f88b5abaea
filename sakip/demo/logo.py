"""A neutral placeholder logo for the demo Pemda: a plain shield with the initials "KM".

Drawn here with Pillow, deliberately not the Kabupaten's coat of arms: the demo must not pass
off an official emblem, only show where a Pemda's uploaded logo appears (cover, PK).
"""

from __future__ import annotations

import io


def logo_demo() -> bytes:
    """The placeholder as a PNG (400 × 480 px, transparent around the shield)."""
    from PIL import Image, ImageDraw, ImageFont

    lebar, tinggi = 400, 480
    im = Image.new("RGBA", (lebar, tinggi), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)

    def perisai(tepi: int) -> list[tuple[float, float]]:
        # a flat top, straight sides to 55 % of the height, then a curve to the point at the bottom
        atas, kiri, kanan, bawah = 20 + tepi, 20 + tepi, lebar - 20 - tepi, tinggi - 20 - tepi
        bahu = atas + (bawah - atas) * 0.55
        titik = [(kiri, atas), (kanan, atas), (kanan, bahu)]
        n = 24
        for i in range(1, n + 1):  # the right half of the curve, then the left, as a quadratic Bézier
            t = i / n
            x = (1 - t) ** 2 * kanan + 2 * (1 - t) * t * kanan + t * t * (lebar / 2)
            y = (1 - t) ** 2 * bahu + 2 * (1 - t) * t * (bawah - 30) + t * t * bawah
            titik.append((x, y))
        for i in range(n - 1, -1, -1):
            t = i / n
            x = (1 - t) ** 2 * kiri + 2 * (1 - t) * t * kiri + t * t * (lebar / 2)
            y = (1 - t) ** 2 * bahu + 2 * (1 - t) * t * (bawah - 30) + t * t * bawah
            titik.append((x, y))
        return titik

    d.polygon(perisai(0), fill=(31, 78, 121, 255))  # the documents' dark blue
    d.polygon(perisai(18), fill=(220, 230, 242, 255))
    d.line([(60, 170), (340, 170)], fill=(31, 78, 121, 255), width=6)
    try:
        huruf = ImageFont.truetype("DejaVuSans-Bold.ttf", 120)
    except OSError:  # no DejaVu on the machine: Pillow's own font, smaller but legible
        huruf = ImageFont.load_default(size=120)
    d.text((lebar / 2, 290), "KM", font=huruf, fill=(31, 78, 121, 255), anchor="mm")
    d.text((lebar / 2, 110), "DEMO", font=huruf.font_variant(size=44), fill=(31, 78, 121, 255), anchor="mm")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()
