"""Plain-text and JSON output of a reviu, shared by the commands."""

from __future__ import annotations

import textwrap

from .dokumen import HasilReviu
from .rules import TemuanData

_TINGKAT = {"galat": "GALAT", "peringatan": "PERINGATAN", "info": "INFO"}


def _ringkas(counts: dict[str, int]) -> str:
    parts = [f"{n} {k}" for k, n in counts.items() if n]
    return ", ".join(parts) if parts else "tidak ada"


def teks_dokumen(h: HasilReviu, asal_konteks: str = "") -> str:
    """The findings on a document, one block per finding, for a terminal."""
    counts = h.jumlah_per_tingkat
    lines = [
        f"Reviu dokumen {h.dokumen} ({h.sumber.value}, ±{h.halaman} halaman)",
        f"Temuan: {len(h.temuan)} ({_ringkas(counts)})",
    ]
    if asal_konteks:
        lines.append(f"Unit pembanding: {asal_konteks}")
    lines.append("")
    for t in h.temuan:
        lines.append(f"{_TINGKAT[t.tingkat.value]:<10} {t.kode}  @ {t.lokasi}")
        lines.extend(textwrap.wrap(t.pesan, 100, initial_indent="           ", subsequent_indent="           "))
        lines.append(f"           tercetak: {t.tercetak}")
        lines.append(f"           seharusnya: {t.seharusnya}")
    if h.tidak_terbaca:
        lines += ["", "Tidak dapat dibaca dengan pasti:"]
        for x in h.tidak_terbaca:
            lines.extend(textwrap.wrap(x, 100, initial_indent="  - ", subsequent_indent="    "))
    return "\n".join(lines) + "\n"


def teks_data(nama: str, tahun: int, temuan: list[TemuanData]) -> str:
    """The findings on stored data, for a terminal."""
    counts: dict[str, int] = {"galat": 0, "peringatan": 0, "info": 0}
    for t in temuan:
        counts[t.tingkat.value] += 1
    lines = [f"Reviu data {nama} tahun {tahun}", f"Temuan: {len(temuan)} ({_ringkas(counts)})", ""]
    for t in temuan:
        lines.append(f"{_TINGKAT[t.tingkat.value]:<10} {t.kode}  @ {t.lokasi}")
        lines.extend(textwrap.wrap(t.pesan, 100, initial_indent="           ", subsequent_indent="           "))
        if t.nilai or t.seharusnya:
            lines.append(f"           tercatat: {t.nilai or '-'}   seharusnya: {t.seharusnya or '-'}")
        if t.url:
            lines.append(f"           perbaiki di: {t.url}")
    if not temuan:
        lines.append("Tidak ada temuan.")
    return "\n".join(lines) + "\n"
