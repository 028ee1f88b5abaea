"""DOCX → PDF with LibreOffice headless, so that the PDF has exactly the DOCX's layout.

Each process uses its own LibreOffice profile (two soffice processes on one profile block each
other or fail). Profiles live in numbered slots under the temp folder, each held with an
exclusive lock for the life of the process, so the next run finds a warm profile (a cold one
costs about a second more). soffice may exit 0 without writing a PDF; the output is checked.

A warm LibreOffice (``LibreOfficeHangat``): a soffice kept running with a UNO listener on a pipe
of its own, so a conversion costs only loading and exporting the document (its start-up, about a
second, is paid once). `sakip worker` keeps one for its life; `sakip laporan ... --format pdf`
starts one while it builds the DOCX, so the two overlap. The conversion talks to it through
``uno_konversi.py`` run by the Python that has LibreOffice's ``uno`` module (Debian's python3-uno;
``SAKIP_UNO_PYTHON`` names another); without one, or when the warm instance fails, the one-shot
conversion below is used.
"""

from __future__ import annotations

import atexit
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

from .galat import KonversiGagal

BATAS_WAKTU = 180  # seconds; a 60-page LKjIP takes about two
# Word bookmarks become named PDF destinations: the page of every heading and caption can be read back.
FILTER = 'pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}'

_profil: tuple[int, Path, IO[str]] | None = None  # (pid, profile folder, held lock file)
_hangat: LibreOfficeHangat | None = None  # the warm instance conversions of this process use
UNO_KONVERSI = Path(__file__).with_name("uno_konversi.py")


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
    return _selesaikan(proc, None, batas_waktu)


def _selesaikan(proc: subprocess.Popen[bytes], masukan: bytes | None,
                batas_waktu: float) -> subprocess.CompletedProcess[bytes]:
    try:
        out, err = proc.communicate(masukan, timeout=batas_waktu)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise KonversiGagal(f"LibreOffice tidak selesai mengonversi dalam {batas_waktu:.0f} detik.") from None
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def docx_ke_pdf(docx: bytes, *, batas_waktu: float = BATAS_WAKTU) -> bytes:
    """Convert a DOCX to PDF; raises KonversiGagal with LibreOffice's own message."""
    return docx_ke_pdf_banyak([docx], batas_waktu=batas_waktu)[0]


def python_uno() -> str | None:
    """A Python that can import LibreOffice's ``uno`` module, or None (then no warm instance)."""
    if os.environ.get("SAKIP_UNO_PYTHON"):
        return os.environ["SAKIP_UNO_PYTHON"]
    if Path("/usr/lib/python3/dist-packages/uno.py").exists() and Path("/usr/bin/python3").exists():
        return "/usr/bin/python3"  # Debian's python3-uno
    return None


class LibreOfficeHangat:
    """A soffice with a UNO listener on a pipe of its own, on this process's profile slot."""

    def __init__(self) -> None:
        self.pipa = f"sakip-{os.getpid()}-{os.urandom(4).hex()}"
        self.python = python_uno()
        self.proses: subprocess.Popen[bytes] | None = None
        self.jembatan: subprocess.Popen[bytes] | None = None  # a UNO client already connecting (one use)
        self.pemilik = os.getpid()  # a forked child (an RQ work horse) uses it but never stops it

    def mulai(self, *, jembatan: bool = False) -> LibreOfficeHangat:
        """Start soffice and return at once: it gets ready while the caller does other work.

        ``jembatan``: also start the UNO client of the first conversion now, so that its own
        start-up (a Python, the uno module, the connection) overlaps the caller's work too. For
        one process converting once (a command); a worker's forked jobs each start their own.
        """
        if self.python is None:
            return self
        self.proses = subprocess.Popen(  # noqa: S603  # fixed argv
            [soffice(), f"-env:UserInstallation={profil().as_uri()}", "--headless", "--invisible",
             "--norestore", "--nolockcheck", "--nologo", "--nodefault",
             f"--accept=pipe,name={self.pipa};urp;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        if jembatan:
            self.jembatan = subprocess.Popen(  # noqa: S603  # fixed argv
                [self.python, str(UNO_KONVERSI), self.pipa, "60", "-"], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        return self

    @property
    def hidup(self) -> bool:
        if self.proses is None:
            return False
        if os.getpid() == self.pemilik:
            return self.proses.poll() is None
        try:  # in a forked child poll() cannot wait for a process that is not its own
            os.kill(self.proses.pid, 0)
        except OSError:
            return False
        return True

    def konversi(self, docxs: Sequence[bytes], batas_waktu: float) -> list[bytes]:
        """Convert through the listener; KonversiGagal when it cannot (the caller falls back)."""
        if not self.hidup or self.python is None:
            raise KonversiGagal("LibreOffice hangat tidak berjalan.")
        with tempfile.TemporaryDirectory(prefix="sakip-pdf-") as tmp:
            args: list[str] = []
            for i, data in enumerate(docxs):
                src = Path(tmp) / f"dokumen-{i}.docx"
                src.write_bytes(data)
                args += [str(src), str(src.with_suffix(".pdf"))]
            jembatan, self.jembatan = self.jembatan, None
            if jembatan is not None and os.getpid() == self.pemilik and jembatan.poll() is None:
                result = _selesaikan(jembatan, "".join(f"{a}\n" for a in args).encode(),
                                     batas_waktu * len(docxs) + 60)
            else:
                result = _jalankan([self.python, str(UNO_KONVERSI), self.pipa, "60", *args],
                                   batas_waktu * len(docxs) + 60)
            out = [Path(a) for a in args[1::2]]
            if result.returncode == 0 and all(o.exists() and o.read_bytes()[:5] == b"%PDF-" for o in out):
                return [o.read_bytes() for o in out]
        if os.getpid() == self.pemilik:
            self.berhenti()  # a listener that failed once is not trusted again
        pesan = result.stderr.decode(errors="replace").strip().splitlines()
        raise KonversiGagal("LibreOffice hangat gagal" + (f": {pesan[-1]}" if pesan else "."))

    def berhenti(self) -> None:
        if os.getpid() != self.pemilik:
            return
        if self.jembatan is not None:  # never used: the caller failed before converting
            if self.jembatan.poll() is None:
                os.killpg(self.jembatan.pid, signal.SIGKILL)
            self.jembatan.communicate()
            self.jembatan = None
        if self.proses is not None and self.proses.poll() is None:
            os.killpg(self.proses.pid, signal.SIGTERM)
            try:
                self.proses.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proses.pid, signal.SIGKILL)
                self.proses.wait()
        self.proses = None


_dini: LibreOfficeHangat | None = None  # started by ``mulai_dini`` for the command to take


def mulai_dini() -> None:
    """Start a warm LibreOffice and its UNO client at a command's very start, before Django.

    ``sakip laporan lkjip --format pdf`` spends its first third of a second importing Django;
    LibreOffice's start-up overlaps that too. The command takes the instance (``ambil_dini``);
    if it ends before it does (an unknown PD), the instance is stopped at exit.
    """
    global _dini
    if _dini is not None or python_uno() is None:
        return
    try:
        _dini = LibreOfficeHangat().mulai(jembatan=True)
    except KonversiGagal:  # no soffice: the command says so when it converts
        return
    atexit.register(_dini.berhenti)


def ambil_dini() -> LibreOfficeHangat | None:
    """The instance ``mulai_dini`` started, handed over once (None when none was started)."""
    global _dini
    hangat, _dini = _dini, None
    return hangat


def pakai_hangat(hangat: LibreOfficeHangat | None) -> None:
    """Let this process's conversions go through ``hangat`` (None: back to one-shot runs)."""
    global _hangat
    _hangat = hangat


def docx_ke_pdf_banyak(docxs: Sequence[bytes], *, batas_waktu: float = BATAS_WAKTU) -> list[bytes]:
    """Convert several DOCX in one LibreOffice run (its start-up costs as much as a 40-page layout)."""
    if _hangat is not None and _hangat.hidup:
        try:
            return _hangat.konversi(docxs, batas_waktu)
        except KonversiGagal:
            pass  # the one-shot run below gives LibreOffice's own message if it fails too
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
    from pypdf import PdfReader  # on use: a DOCX-only command never reads a PDF

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
