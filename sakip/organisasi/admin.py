"""Organisation data, users and roles in the admin: all read-only.

Users and roles are no exception. Their changes must be audited, and the audited path is the
Admin Pemda's user management at /pengguna/ (sakip.organisasi.services: buat_pengguna,
tambah_peran, hapus_peran, atur_aktif). Django's own UserAdmin would add, edit, promote and
re-password accounts without a trail, so it is replaced by a read-only one that points there.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from sakip.audit.admin import HanyaBaca, HanyaBacaAdmin, HanyaBacaInline

from .models import Aset, FaktaWilayah, Jabatan, Keanggotaan, Pejabat, Pemda, PengaturanPemda, Unit


class FaktaWilayahInline(HanyaBacaInline):
    model = FaktaWilayah


class AsetInline(HanyaBacaInline):
    model = Aset


@admin.register(Pemda)
class PemdaAdmin(HanyaBacaAdmin):
    list_display = ["nama", "provinsi", "slug"]


@admin.register(Unit)
class UnitAdmin(HanyaBacaAdmin):
    list_display = ["nama", "jenis", "induk", "kode_organisasi", "sintetis"]
    list_filter = ["pemda", "jenis", "sintetis"]
    search_fields = ["nama", "slug", "kode_organisasi"]
    list_select_related = ["induk"]
    inlines = [FaktaWilayahInline, AsetInline]


class JabatanInline(HanyaBacaInline):
    model = Jabatan
    autocomplete_fields = ["unit"]


@admin.register(Pejabat)
class PejabatAdmin(HanyaBacaAdmin):
    list_display = ["nama_lengkap", "nip", "pangkat", "golongan", "sintetis"]
    search_fields = ["nama", "nip"]
    list_filter = ["sintetis"]
    inlines = [JabatanInline]


admin.site.register(PengaturanPemda, HanyaBacaAdmin)


class KeAturPengguna:
    """Say on the page where accounts and roles are changed: the audited user management."""

    def _arahkan(self, request: HttpRequest) -> None:
        messages.info(request, f"Pengguna dan peran diubah lewat Kelola Pengguna ({reverse('web:pengguna')}) "
                               "agar setiap perubahan tercatat dalam jejak audit; di sini hanya dapat dilihat.")

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        self._arahkan(request)
        return super().changelist_view(request, extra_context)  # type: ignore[misc]  # a ModelAdmin mixin

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "",
                    extra_context: dict[str, Any] | None = None) -> HttpResponse:
        self._arahkan(request)
        return super().change_view(request, object_id, form_url, extra_context)  # type: ignore[misc]  # as above


@admin.register(Keanggotaan)
class KeanggotaanAdmin(KeAturPengguna, HanyaBacaAdmin):
    list_display = ["user", "peran", "unit", "pemda"]
    list_filter = ["peran", "pemda"]


admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(User)
class PenggunaAdmin(KeAturPengguna, HanyaBaca, UserAdmin):
    """Django's user list and page, without its add, edit, password and delete forms."""


@admin.register(Group)
class GrupAdmin(HanyaBaca, GroupAdmin):
    """Groups grant rights too; Sakip's roles are Keanggotaan, so groups are only shown."""
