from django.contrib import admin

from .models import AnggaranPK, IndikatorPK, PerjanjianKinerja, SasaranPK


class SignedReadOnly:
    """A signed PK (and its rows) is shown read-only: it can only be followed by a perubahan."""

    def _signed(self, obj) -> bool:  # noqa: ANN001  # admin passes a model or None
        pk = getattr(obj, "perjanjian", obj)
        return bool(pk is not None and getattr(pk, "ditandatangani", False))

    def has_change_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        return not self._signed(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        return not self._signed(obj) and super().has_delete_permission(request, obj)


class SasaranInline(SignedReadOnly, admin.TabularInline):
    model = SasaranPK
    extra = 0


class AnggaranInline(SignedReadOnly, admin.TabularInline):
    model = AnggaranPK
    extra = 0


@admin.register(PerjanjianKinerja)
class PerjanjianKinerjaAdmin(SignedReadOnly, admin.ModelAdmin):
    list_display = ["unit", "tahun", "versi", "nomor_perubahan", "tanggal", "ditandatangani"]
    list_filter = ["tahun", "versi", "ditandatangani"]
    search_fields = ["unit__nama"]
    list_select_related = ["unit"]
    inlines = [SasaranInline, AnggaranInline]


@admin.register(IndikatorPK)
class IndikatorPKAdmin(admin.ModelAdmin):
    list_display = ["indikator", "target", "sasaran"]
    raw_id_fields = ["indikator", "sasaran"]
    list_select_related = ["indikator", "sasaran"]

    def has_change_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        locked = obj is not None and obj.sasaran.perjanjian.ditandatangani
        return not locked and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        locked = obj is not None and obj.sasaran.perjanjian.ditandatangani
        return not locked and super().has_delete_permission(request, obj)
