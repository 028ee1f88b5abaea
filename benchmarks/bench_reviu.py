"""Recall and false findings of the reviu over its corpus, and the time of a 60-page LKjIP.

Usage: .venv/bin/python benchmarks/bench_reviu.py   (prints figures; exits 1 if a target is missed)
       .venv/bin/python benchmarks/bench_reviu.py --korpus   (recall and false findings only)

Corpus: the excerpts of real LKjIPs of other Pemdas in sakip/reviu/tests/files/korpus/ with
their verified inconsistencies (sakip/reviu/tests/korpus.py), and the documents of
sakip/reviu/tests/tanam_umum.py with one error of each kind planted into tab tables,
OCR-flattened tables and prose. Targets: recall >= 90 % and at most one finding on each clean
control (real or generated).

Time:
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
from sakip.reviu.tests.korpus import JENIS, KORPUS, kena, temuan_berarti, ukur_korpus  # noqa: E402
from sakip.reviu.tests.lkjip_uji import SEMUA_TANAM, buat_lkjip, ke_pdf  # noqa: E402  # after the path is set
from sakip.reviu.tests.tanam_umum import semua  # noqa: E402  # after the path is set

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


def korpus(seeds: int = 10) -> bool:
    """Print recall per kind and false findings; True when a target is missed."""
    u = ukur_korpus()
    print(f"Korpus nyata: {len(KORPUS)} dokumen, {sum(1 for d in KORPUS if d.temuan)} dengan inkonsistensi "
          f"terverifikasi, {len(u.kontrol)} kontrol bersih")
    tanam: dict[str, list[int]] = {}
    palsu_tanam = 0
    dok_tanam = 0
    for jenis, tata, _seed, tn in semua(seeds):
        key = f"{jenis} ({tata})"
        row = tanam.setdefault(key, [0, 0])
        row[1] += 1
        row[0] += int(kena(reviu_dokumen(tn.salah.encode(), "tanam.txt"), tn.baris))
        n = len(temuan_berarti(reviu_dokumen(tn.bersih.encode(), "bersih.txt")))
        palsu_tanam += n
        dok_tanam += 1
    print(f"{'jenis kesalahan':<58} {'korpus nyata':>13}")
    for jenis, (a, b) in sorted(u.per_jenis.items()):
        print(f"  {JENIS.get(jenis, jenis):<56} {a:>5} / {b:<5}")
    print(f"  {'semua':<56} {u.kena:>5} / {u.semua:<5} recall {u.recall:.0%}")
    for line in u.luput:
        print(f"  luput: {line}")
    palsu = {k: v for k, v in u.kontrol.items() if v}
    print(f"Kontrol bersih nyata: {sum(u.kontrol.values())} temuan pada {len(u.kontrol)} dokumen "
          f"(maksimum per dokumen {max(u.kontrol.values(), default=0)}) {palsu or ''}")
    print(f"Dokumen tanaman ({seeds} variasi per jenis dan tata letak):")
    kena_t = sum(a for a, _ in tanam.values())
    semua_t = sum(b for _, b in tanam.values())
    for key, (a, b) in sorted(tanam.items()):
        print(f"  {key:<56} {a:>5} / {b:<5}")
    print(f"  {'semua':<56} {kena_t:>5} / {semua_t:<5} recall {kena_t / semua_t:.0%}")
    print(f"Versi bersih dokumen tanaman: {palsu_tanam} temuan pada {dok_tanam} dokumen")
    return u.recall < 0.9 or kena_t / semua_t < 0.9 or max(u.kontrol.values(), default=0) > 1 or palsu_tanam > 0


def main() -> int:
    gagal = korpus()
    if "--korpus" in sys.argv:
        return 1 if gagal else 0
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
