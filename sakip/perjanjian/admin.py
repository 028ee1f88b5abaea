from django.contrib import admin

from sakip.audit.admin import HanyaBacaAdmin, HanyaBacaInline

from .models import AnggaranPK, IndikatorPK, PerjanjianKinerja, SasaranPK


class SasaranInline(HanyaBacaInline):
    model = SasaranPK


class AnggaranInline(HanyaBacaInline):
    model = AnggaranPK


@admin.register(PerjanjianKinerja)
class PerjanjianKinerjaAdmin(HanyaBacaAdmin):
    list_display = ["unit", "tahun", "versi", "nomor_perubahan", "tanggal", "ditandatangani"]
    list_filter = ["tahun", "versi", "ditandatangani"]
    search_fields = ["unit__nama"]
    list_select_related = ["unit"]
    inlines = [SasaranInline, AnggaranInline]


@admin.register(IndikatorPK)
class IndikatorPKAdmin(HanyaBacaAdmin):
    list_display = ["indikator", "target", "sasaran"]
    raw_id_fields = ["indikator", "sasaran"]
    list_select_related = ["indikator", "sasaran"]
