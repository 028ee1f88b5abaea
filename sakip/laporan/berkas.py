"""Writing a document to disk: all of it or nothing, never a half-written file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class TidakDapatMenulis(OSError):
    """The target cannot be written; the message is Indonesian."""


def tulis_atomik(path: Path, isi: bytes) -> None:
    """Write ``isi`` to a temporary file beside ``path``, then rename it over ``path``.

    The rename is atomic within one folder, so a reader (or a crash) sees the old file or the
    new one, never a part of it; the temporary file is removed on any failure.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise TidakDapatMenulis(f"Folder {folder} tidak ada; buat dulu atau pilih --output lain.")
    if path.is_dir():
        raise TidakDapatMenulis(f"{path} adalah folder; sebutkan nama berkas untuk --output.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise TidakDapatMenulis(f"Tidak dapat menulis ke folder {folder}: {exc.strerror or exc}.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(isi)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; a report is meant to be read
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise TidakDapatMenulis(f"Tidak dapat menulis {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
