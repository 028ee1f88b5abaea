"""Time the reviu of a 60-page LKjIP: as text, as DOCX and as the PDF made from that DOCX.

Usage: .venv/bin/python benchmarks/bench_reviu.py   (prints figures; exits 1 if a target is missed)

The documents: the Kecamatan Mojosari reference text repeated to more than 60 pages (45 lines
a page), and the synthetic LKjIP of the reviu tests with its analysis chapter repeated until
LibreOffice lays it out on at least 60 pages, with every kind of error planted.
No database is needed: the document reviu is pure Python.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sakip.reviu.dokumen import HasilReviu, reviu_dokumen  # noqa: E402  # after the path is set
from sakip.reviu.dokumen.baca import BARIS_PER_HALAMAN  # noqa: E402  # after the path is set
from sakip.reviu.tests.lkjip_uji import SEMUA_TANAM, buat_lkjip, ke_pdf  # noqa: E402  # after the path is set

TARGET_S = 5.0
HALAMAN = 60
REFERENSI = ROOT / "sakip" / "reviu" / "tests" / "files" / "lkjip-2025-kecamatan-mojosari.txt"


def ukur(label: str, run: Callable[[], HasilReviu], halaman: int, ulang: int = 3) -> float:
    times = []
    hasil = None
    for _ in range(ulang):
        start = time.perf_counter()
        hasil = run()
        times.append(time.perf_counter() - start)
    assert hasil is not None
    best, med = min(times), statistics.median(times)
    print(f"{label:<44} {halaman:>4} hlm  median {med:5.2f} s  terbaik {best:5.2f} s  "
          f"{len(hasil.temuan):>4} temuan")
    return med


def main() -> int:
    gagal = False
    with tempfile.TemporaryDirectory(prefix="sakip-bench-reviu-") as tmp:
        folder = Path(tmp)
        teks = REFERENSI.read_text(encoding="utf-8")
        per_copy = len(teks.splitlines()) / BARIS_PER_HALAMAN
        copies = int(HALAMAN / per_copy) + 1
        data = ("\n".join([teks] * copies)).encode()
        halaman = int(per_copy * copies)
        med = ukur(f"teks bertab (Mojosari ×{copies})", lambda: reviu_dokumen(data, "besar.txt"), halaman)
        gagal |= med > TARGET_S

        from pypdf import PdfReader

        ulang = 40
        while True:
            docx, _ = buat_lkjip(set(SEMUA_TANAM), ulang_bab3=ulang)
            pdf = ke_pdf(docx, folder)
            pages = len(PdfReader(folder / "lkjip.pdf").pages)
            if pages >= HALAMAN:
                break
            ulang += 10
        med = ukur(f"DOCX sintetis ({ulang}× bab analisis)", lambda: reviu_dokumen(docx, "besar.docx"), pages)
        gagal |= med > TARGET_S
        med = ukur("PDF dari DOCX yang sama (LibreOffice)", lambda: reviu_dokumen(pdf, "besar.pdf"), pages)
        gagal |= med > TARGET_S
    print(f"target: setiap dokumen {HALAMAN} halaman ditinjau dalam < {TARGET_S:.0f} s")
    return 1 if gagal else 0


if __name__ == "__main__":
    sys.exit(main())
