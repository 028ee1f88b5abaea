from django.contrib import admin

from sakip.audit.admin import HanyaBacaAdmin

from .models import NarasiIndikator, NarasiUnit, Pembanding, Realisasi


@admin.register(Realisasi)
class RealisasiAdmin(HanyaBacaAdmin):
    list_display = ["indikator", "tahun", "bagian", "nilai"]
    list_filter = ["tahun", "bagian"]
    search_fields = ["indikator__nama", "indikator__unit__nama"]
    raw_id_fields = ["indikator"]
    list_select_related = ["indikator"]


@admin.register(NarasiUnit)
class NarasiUnitAdmin(HanyaBacaAdmin):
    list_display = ["unit", "tahun", "jenis"]
    list_filter = ["tahun", "jenis"]


admin.site.register(NarasiIndikator, HanyaBacaAdmin, raw_id_fields=["indikator"])
admin.site.register(Pembanding, HanyaBacaAdmin, raw_id_fields=["indikator"])
