from django.contrib import admin

from .models import MataAnggaran, RealisasiAnggaran


class RealisasiInline(admin.TabularInline):
    model = RealisasiAnggaran
    extra = 0


@admin.register(MataAnggaran)
class MataAnggaranAdmin(admin.ModelAdmin):
    list_display = ["kode", "nama", "tingkat", "unit", "tahun", "pagu"]
    list_filter = ["tahun", "tingkat"]
    search_fields = ["kode", "nama", "unit__nama"]
    raw_id_fields = ["induk", "unit", "pelaksana"]
    list_select_related = ["unit"]
    inlines = [RealisasiInline]
