"""Errors of the document builders; every message is Indonesian and says what to do."""

from __future__ import annotations

from collections.abc import Sequence


class DataKurang(Exception):  # the public name other apps import (issue #3)
    """Data a document needs is missing: the message names each item and where to enter it."""

    def __init__(self, judul: str, kekurangan: Sequence[str]) -> None:
        self.judul = judul
        self.kekurangan = list(kekurangan)
        butir = "; ".join(f"({i}) {k}" for i, k in enumerate(self.kekurangan, start=1))
        super().__init__(f"{judul} belum dapat dibuat: {butir}.")


class KonversiGagal(RuntimeError):
    """LibreOffice could not turn the DOCX into a PDF."""
