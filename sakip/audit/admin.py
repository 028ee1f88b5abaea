"""The trail is shown in the admin but can be neither added, changed nor deleted there."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from .models import Jejak


@admin.register(Jejak)
class JejakAdmin(admin.ModelAdmin):
    list_display = ["waktu", "nama_pengguna", "sumber", "objek", "field", "lama", "baru"]
    list_filter = ["sumber", "model"]
    search_fields = ["objek", "nama_pengguna", "field"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Jejak | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Jejak | None = None) -> bool:
        return False
