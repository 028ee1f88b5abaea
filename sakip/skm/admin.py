from django.contrib import admin

from sakip.audit.admin import HanyaBacaAdmin, HanyaBacaInline

from .models import PengaturanSkm, RencanaTindakLanjut, Survei, Unsur


class RtlInline(HanyaBacaInline):
    model = RencanaTindakLanjut


@admin.register(Survei)
class SurveiAdmin(HanyaBacaAdmin):
    list_display = ["unit", "tahun", "periode", "metode", "populasi", "responden", "status"]
    list_filter = ["tahun", "periode", "status"]
    search_fields = ["unit__nama"]
    raw_id_fields = ["unit"]
    list_select_related = ["unit"]
    inlines = [RtlInline]


admin.site.register(Unsur, HanyaBacaAdmin)
admin.site.register(PengaturanSkm, HanyaBacaAdmin)
