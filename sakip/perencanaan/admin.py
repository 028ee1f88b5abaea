from django.contrib import admin

from sakip.audit.admin import HanyaBacaAdmin, HanyaBacaInline

from .models import Indikator, KelasSkala, Misi, NodeCascade, PeriodePerencanaan, Skala, Target


class MisiInline(HanyaBacaInline):
    model = Misi


@admin.register(PeriodePerencanaan)
class PeriodeAdmin(HanyaBacaAdmin):
    list_display = ["nama", "pemda", "tahun_mulai", "tahun_selesai"]
    inlines = [MisiInline]


class KelasSkalaInline(HanyaBacaInline):
    model = KelasSkala


@admin.register(Skala)
class SkalaAdmin(HanyaBacaAdmin):
    list_display = ["kode", "nama"]
    inlines = [KelasSkalaInline]


class TargetInline(HanyaBacaInline):
    model = Target


@admin.register(Indikator)
class IndikatorAdmin(HanyaBacaAdmin):
    list_display = ["nama", "unit", "periode", "satuan", "iku", "polaritas", "agregasi", "skala"]
    list_filter = ["periode", "iku", "polaritas", "agregasi", "unit__sintetis"]
    search_fields = ["nama", "ref", "unit__nama"]
    list_select_related = ["unit", "periode", "skala"]
    raw_id_fields = ["node", "pendahulu", "unit"]
    inlines = [TargetInline]


@admin.register(NodeCascade)
class NodeCascadeAdmin(HanyaBacaAdmin):
    list_display = ["nama", "tingkat", "kode", "unit", "periode", "misi", "mendukung"]
    list_filter = ["tingkat", "periode", "unit__jenis"]
    search_fields = ["nama", "kode", "unit__nama"]
    list_select_related = ["unit", "periode", "misi", "mendukung"]
    raw_id_fields = ["induk", "unit", "mendukung"]
