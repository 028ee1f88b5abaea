"""The admin shows data but never changes it: ``HanyaBaca`` is the one place that says so.

Every write must go through the apps' services, which check the rules and record the audit
trail; an admin form would be a second, unaudited write path. So every ModelAdmin and inline
of Sakip mixes ``HanyaBaca`` in (a test walks the whole admin registry to keep it so).
"""

from __future__ import annotations

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest

from .models import Jejak


class HanyaBaca:
    """No add, change or delete in the admin: a superuser sees the rows, the services write them."""

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False  # (inlines are asked with the parent object, model admins without)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


class HanyaBacaAdmin(HanyaBaca, admin.ModelAdmin):
    """A read-only ModelAdmin, for models registered without options of their own."""


class HanyaBacaInline(HanyaBaca, admin.TabularInline):
    """A read-only table of related rows on the parent's page."""

    extra = 0


@admin.register(Jejak)
class JejakAdmin(HanyaBacaAdmin):
    list_display = ["waktu", "nama_pengguna", "sumber", "objek", "field", "lama", "baru"]
    list_filter = ["sumber", "model"]
    search_fields = ["objek", "nama_pengguna", "field"]


# The login-throttling records of django-axes: visible to a superuser, never edited by hand.
admin.site.register(AccessAttempt, type("AccessAttemptAdmin", (HanyaBaca, AccessAttemptAdmin), {}))
admin.site.register(AccessLog, type("AccessLogAdmin", (HanyaBaca, AccessLogAdmin), {}))
admin.site.register(AccessFailureLog, type("AccessFailureLogAdmin", (HanyaBaca, AccessFailureLogAdmin), {}))
