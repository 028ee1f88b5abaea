"""Uploaded workbooks waiting for their confirmation: where they are kept and for how long.

A refused upload is deleted at once; a previewed one waits under its token until it is
confirmed (then deleted) or abandoned. Abandoned ones are swept after a day, on every new
upload and by ``sakip bersihkan-unggahan`` (cron). The folder is left out of backups.
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings

SUBFOLDER = "impor"  # under MEDIA_ROOT; never served, never backed up
UMUR = timedelta(days=1)


def folder() -> Path:
    """The folder of waiting uploads (created when missing)."""
    path = Path(settings.MEDIA_ROOT) / SUBFOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def bersihkan(umur: timedelta = UMUR, sekarang: float | None = None) -> int:
    """Delete waiting uploads older than ``umur`` (by modification time); how many were deleted."""
    path = Path(settings.MEDIA_ROOT) / SUBFOLDER
    if not path.is_dir():
        return 0
    batas = (time.time() if sekarang is None else sekarang) - umur.total_seconds()
    n = 0
    for f in path.iterdir():
        try:
            if f.is_file() and f.stat().st_mtime < batas:
                f.unlink()
                n += 1
        except FileNotFoundError:  # swept by a concurrent request
            continue
    return n
