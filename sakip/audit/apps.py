import sqlite3
from typing import Any

from django.apps import AppConfig
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created


def _batas_variabel_sqlite(sender: object, connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    """Bulk writes sized by the SQLite library's own variable limit, not the 999 Django 5.2 assumes.

    With 999, the audit rows of one save (14 columns each) are split into INSERTs of 71 rows, so
    saving 100 cells would cost one query more than saving 5. Django 6.0 reads the real limit
    itself (ticket #36143; 32766 since SQLite 3.32); this does the same until then.
    """
    if connection.vendor == "sqlite":
        limit = connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        connection.features.max_query_params = max(limit, 999)


class AuditConfig(AppConfig):
    name = "sakip.audit"
    verbose_name = "Jejak audit"

    def ready(self) -> None:
        connection_created.connect(_batas_variabel_sqlite, dispatch_uid="sakip_batas_variabel_sqlite")
