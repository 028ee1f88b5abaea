from django.contrib import admin

from sakip.audit.admin import HanyaBacaAdmin, HanyaBacaInline

from .models import MataAnggaran, RealisasiAnggaran


class RealisasiInline(HanyaBacaInline):
    model = RealisasiAnggaran


@admin.register(MataAnggaran)
class MataAnggaranAdmin(HanyaBacaAdmin):
    list_display = ["kode", "nama", "tingkat", "unit", "tahun", "pagu"]
    list_filter = ["tahun", "tingkat"]
    search_fields = ["kode", "nama", "unit__nama"]
    raw_id_fields = ["induk", "unit", "pelaksana"]
    list_select_related = ["unit"]
    inlines = [RealisasiInline]
