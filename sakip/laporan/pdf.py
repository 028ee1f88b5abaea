"""DOCX → PDF with LibreOffice headless, so that the PDF has exactly the DOCX's layout.

Each process uses its own LibreOffice profile (two soffice processes on one profile block each
other or fail). Profiles live in numbered slots under the temp folder, each held with an
exclusive lock for the life of the process, so the next run finds a warm profile (a cold one
costs about a second more). soffice may exit 0 without writing a PDF; the output is checked.
"""

from __future__ import annotations

import fcntl
import io
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from pypdf import PdfReader

from .galat import KonversiGagal

BATAS_WAKTU = 180  # seconds; a 60-page LKjIP takes about two
# Word bookmarks become named PDF destinations: the page of every heading and caption can be read back.
FILTER = 'pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}'

_profil: tuple[int, Path, IO[str]] | None = None  # (pid, profile folder, held lock file)


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise KonversiGagal("LibreOffice (soffice) tidak ditemukan; pasang paket libreoffice-writer-nogui "
                            "(lihat DEBIAN_PACKAGES pada Makefile, 'make system-deps').")
    return found


def _folder_dasar() -> Path:
    base = Path(tempfile.gettempdir()) / f"sakip-libreoffice-{os.getuid()}"
    base.mkdir(mode=0o700, exist_ok=True)
    st = base.lstat()
    if base.is_symlink() or st.st_uid != os.getuid():
        raise KonversiGagal(f"Folder profil LibreOffice {base} bukan milik pengguna ini.")
    return base


def profil() -> Path:
    """This process's LibreOffice profile folder (a slot no other living process holds)."""
    global _profil
    if _profil is not None and _profil[0] == os.getpid():
        return _profil[1]
    base = _folder_dasar()
    for slot in range(256):
        lock = open(base / f"slot-{slot}.lock", "a+")  # held open for the process's life
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            continue
        _profil = (os.getpid(), base / f"profil-{slot}", lock)
        return _profil[1]
    raise KonversiGagal(f"Semua slot profil LibreOffice di {base} sedang dipakai.")


def _jalankan(args: list[str], batas_waktu: float) -> subprocess.CompletedProcess[bytes]:
    # A session of its own, so a timeout kills soffice.bin too, not only the wrapper script.
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,  # noqa: S603  # fixed argv
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=batas_waktu)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise KonversiGagal(f"LibreOffice tidak selesai mengonversi dalam {batas_waktu:.0f} detik.") from None
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def docx_ke_pdf(docx: bytes, *, batas_waktu: float = BATAS_WAKTU) -> bytes:
    """Convert a DOCX to PDF; raises KonversiGagal with LibreOffice's own message."""
    return docx_ke_pdf_banyak([docx], batas_waktu=batas_waktu)[0]


def docx_ke_pdf_banyak(docxs: Sequence[bytes], *, batas_waktu: float = BATAS_WAKTU) -> list[bytes]:
    """Convert several DOCX in one LibreOffice run (its start-up costs as much as a 40-page layout)."""
    exe = soffice()
    for percobaan in (1, 2):
        prof = profil()
        with tempfile.TemporaryDirectory(prefix="sakip-pdf-") as tmp:
            src = [Path(tmp) / f"dokumen-{i}.docx" for i in range(len(docxs))]
            for path, data in zip(src, docxs, strict=True):
                path.write_bytes(data)
            result = _jalankan([exe, f"-env:UserInstallation={prof.as_uri()}", "--headless", "--norestore",
                                "--nolockcheck", "--nologo", "--convert-to", FILTER, "--outdir", tmp,
                                *map(str, src)], batas_waktu * len(docxs))
            out = [path.with_suffix(".pdf") for path in src]
            if result.returncode == 0 and all(o.exists() and o.read_bytes()[:5] == b"%PDF-" for o in out):
                return [o.read_bytes() for o in out]
        if percobaan == 1:
            shutil.rmtree(prof, ignore_errors=True)  # a profile left broken by a killed run: start afresh
    pesan = (result.stderr or result.stdout).decode(errors="replace").strip().splitlines()
    raise KonversiGagal("LibreOffice gagal mengonversi DOCX ke PDF" + (f": {pesan[-1]}" if pesan else "."))


def halaman_bookmark(pdf: bytes, bookmarks: list[str]) -> dict[str, int]:
    """The 0-based page index of each Word bookmark, read from the PDF's named destinations."""
    reader = PdfReader(io.BytesIO(pdf))
    dests = {str(name).lstrip("/"): dest for name, dest in reader.named_destinations.items()}
    out = {}
    for b in bookmarks:
        dest = dests.get(nama_tujuan(b))
        if dest is not None:
            out[b] = reader.get_destination_page_number(dest)
    return out


def nama_tujuan(bookmark: str) -> str:
    """The destination name LibreOffice writes for a bookmark: other characters as hex ('_' -> '5F')."""
    return "".join(c if c.isascii() and c.isalnum() else f"{ord(c):02X}" for c in bookmark)
