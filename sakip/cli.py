"""The `sakip` console script: Django's management commands with plain Indonesian errors.

`sakip demo`, `sakip measure ...` and every other management command run through here;
errors a user can cause (a database that cannot be opened, an unknown PD) end as one
line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    argv = list(sys.argv if argv is None else argv)
    from django.core.exceptions import ImproperlyConfigured
    from django.db import DatabaseError

    try:
        from django.core.management import execute_from_command_line

        from sakip.audit.context import Sumber, pelaku

        with pelaku(None, Sumber.PERINTAH):  # changes made by a command are audited as "perintah"
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
