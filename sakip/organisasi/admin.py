from django.contrib import admin

from .models import Aset, FaktaWilayah, Jabatan, Keanggotaan, Pejabat, Pemda, PengaturanPemda, Unit


class FaktaWilayahInline(admin.TabularInline):
    model = FaktaWilayah
    extra = 0


class AsetInline(admin.TabularInline):
    model = Aset
    extra = 0


@admin.register(Pemda)
class PemdaAdmin(admin.ModelAdmin):
    list_display = ["nama", "provinsi", "slug"]


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["nama", "jenis", "induk", "kode_organisasi", "sintetis"]
    list_filter = ["pemda", "jenis", "sintetis"]
    search_fields = ["nama", "slug", "kode_organisasi"]
    list_select_related = ["induk"]
    inlines = [FaktaWilayahInline, AsetInline]


class JabatanInline(admin.TabularInline):
    model = Jabatan
    extra = 0
    autocomplete_fields = ["unit"]


@admin.register(Pejabat)
class PejabatAdmin(admin.ModelAdmin):
    list_display = ["nama_lengkap", "nip", "pangkat", "golongan", "sintetis"]
    search_fields = ["nama", "nip"]
    list_filter = ["sintetis"]
    inlines = [JabatanInline]


@admin.register(Keanggotaan)
class KeanggotaanAdmin(admin.ModelAdmin):
    list_display = ["user", "peran", "unit", "pemda"]
    list_filter = ["peran", "pemda"]


admin.site.register(PengaturanPemda)
