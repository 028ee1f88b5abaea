"""The `sakip` console script: Django's management commands with plain Indonesian errors.

`sakip demo`, `sakip measure ...` and every other management command run through here;
errors a user can cause (a database that cannot be opened, an unknown PD) end as one
line on stderr and a non-zero exit, never a traceback.

Every change a command makes is audited with sumber "perintah" under the operating-system
user, or under ``--oleh NAMA`` (a global option, accepted anywhere on the line): a Django
username records that account, any other name is kept as text.
"""

from __future__ import annotations

import getpass
import os
import sys


def _ambil_oleh(argv: list[str]) -> tuple[list[str], str | None]:
    """Take the global ``--oleh NAMA`` / ``--oleh=NAMA`` out of the arguments Django will parse."""
    sisa: list[str] = []
    oleh: str | None = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":  # everything after it belongs to the command
            sisa.extend(argv[i:])
            break
        if arg == "--oleh":
            if i + 1 >= len(argv) or not argv[i + 1].strip():
                sys.stderr.write("Galat: --oleh memerlukan nama, mis. --oleh admin.\n")
                sys.exit(2)
            oleh, i = argv[i + 1].strip(), i + 2
            continue
        if arg.startswith("--oleh="):
            oleh = arg.removeprefix("--oleh=").strip()
            if not oleh:
                sys.stderr.write("Galat: --oleh memerlukan nama, mis. --oleh admin.\n")
                sys.exit(2)
        else:
            sisa.append(arg)
        i += 1
    return sisa, oleh


def _pengguna_os() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry; 3.13 raises OSError)
        return ""


def _pdf_satu_lkjip(argv: list[str]) -> bool:
    """Whether the command builds one LKjIP as PDF in this process (not --all, not through the queue)."""
    if argv[1:3] != ["laporan", "lkjip"] or "--all" in argv or "--antrean" in argv:
        return False
    return "--format=pdf" in argv or any(a == "--format" and b == "pdf" for a, b in zip(argv, argv[1:], strict=False))


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    argv, oleh = _ambil_oleh(list(sys.argv if argv is None else argv))
    if _pdf_satu_lkjip(argv):
        from sakip.laporan.pdf import mulai_dini

        mulai_dini()  # LibreOffice starts while Django is imported (issue #16's PDF time)
    from django.core.exceptions import ImproperlyConfigured
    from django.db import DatabaseError

    try:
        from django.core.management import execute_from_command_line

        from sakip.audit.context import Sumber, pelaku

        # The one place commands are attributed: every command, ours and Django's, runs inside it.
        if oleh:
            konteks = pelaku(None, Sumber.PERINTAH, oleh, nama_akun=True)
        else:
            konteks = pelaku(None, Sumber.PERINTAH, _pengguna_os())
        with konteks:
            execute_from_command_line(argv)
    except ImproperlyConfigured as exc:
        sys.stderr.write(f"Galat konfigurasi: {exc}\n")
        sys.exit(2)
    except DatabaseError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        sys.stderr.write(
            f"Galat basis data: {first}. Periksa DATABASE_URL (atau folder var/ untuk SQLite) "
            "dan jalankan 'sakip demo --no-serve' atau 'sakip migrate' untuk menyiapkannya.\n"
        )
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":  # `python -m sakip.cli ...` is the console script too
    main()
