from django.contrib import admin

from sakip.audit.admin import HanyaBacaAdmin, HanyaBacaInline

from .models import Aksi, FaktorTriwulan, RencanaAksi, RencanaSubKegiatan, TargetTriwulan


class TargetInline(HanyaBacaInline):
    model = TargetTriwulan


class AksiInline(HanyaBacaInline):
    model = Aksi


@admin.register(RencanaAksi)
class RencanaAksiAdmin(HanyaBacaAdmin):
    list_display = ["indikator_pk", "kumulatif"]
    list_select_related = ["indikator_pk__indikator"]
    inlines = [TargetInline, AksiInline]


@admin.register(RencanaSubKegiatan)
class RencanaSubKegiatanAdmin(HanyaBacaAdmin):
    list_display = ["mata_anggaran", "perjanjian", "triwulan", "target_k", "anggaran_kas"]
    list_select_related = ["mata_anggaran", "perjanjian__unit"]


@admin.register(FaktorTriwulan)
class FaktorTriwulanAdmin(HanyaBacaAdmin):
    list_display = ["indikator", "tahun", "triwulan"]
    list_filter = ["tahun", "triwulan"]
    list_select_related = ["indikator"]
