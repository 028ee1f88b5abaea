"""Every workbook Sakip writes goes through here: cell text stays text, never a live formula.

openpyxl stores a string that starts with "=" as a formula, and Excel or Calc re-evaluates a
text cell starting with "=", "+", "-" or "@" once a user edits it. A narrative or indicator name
typed as ``=HYPERLINK("http://…")`` would then run in the reader's spreadsheet (formula
injection). Such cells are written as strings (``t="s"``, no ``<f>``) with Excel's quote prefix,
so the text is shown, kept on editing, and read back unchanged by the importer. The data
workbooks of the native Word charts (``grafik_word``, written without openpyxl) use
``AWALAN_RUMUS`` the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:  # the callers import openpyxl; importing this module (e81 for a DOCX) costs nothing
    from openpyxl import Workbook

AWALAN_RUMUS = ("=", "+", "-", "@", "\t", "\r")


def teks_aman(wb: Workbook) -> Workbook:
    """Turn every text cell that a spreadsheet could take for a formula into plain text."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                nilai = cell.value
                if isinstance(nilai, str) and nilai.startswith(AWALAN_RUMUS):
                    cell.data_type = "s"
                    cell.quotePrefix = True
    return wb


def simpan_buku(wb: Workbook, tujuan: Path | IO[bytes]) -> None:
    """Save a workbook after ``teks_aman``: the one way Sakip writes XLSX."""
    teks_aman(wb).save(tujuan)
