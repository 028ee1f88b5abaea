from django.contrib import admin

from sakip.audit.admin import HanyaBacaAdmin, HanyaBacaInline

from .models import (
    AturanPredikat,
    BandPredikat,
    BuktiDukung,
    Evaluasi,
    KriteriaLKE,
    OpsiJawaban,
    PenugasanEvaluator,
    Rekomendasi,
    SkalaJawaban,
    TemplateLKE,
    TindakLanjut,
)


class OpsiInline(HanyaBacaInline):
    model = OpsiJawaban


class BandInline(HanyaBacaInline):
    model = BandPredikat


class TindakLanjutInline(HanyaBacaInline):
    model = TindakLanjut


@admin.register(SkalaJawaban)
class SkalaJawabanAdmin(HanyaBacaAdmin):
    inlines = [OpsiInline]


@admin.register(AturanPredikat)
class AturanPredikatAdmin(HanyaBacaAdmin):
    list_display = ["kode", "nama", "bawah_inklusif"]
    inlines = [BandInline]


@admin.register(TemplateLKE)
class TemplateLKEAdmin(HanyaBacaAdmin):
    list_display = ["versi", "nama", "tahun_mulai", "tahun_selesai"]


@admin.register(KriteriaLKE)
class KriteriaLKEAdmin(HanyaBacaAdmin):
    list_display = ["__str__", "skala"]
    list_select_related = ["sub__komponen", "skala"]


@admin.register(Evaluasi)
class EvaluasiAdmin(HanyaBacaAdmin):
    list_display = ["unit", "tahun", "status", "nilai_total", "predikat"]
    list_filter = ["tahun", "status", "predikat"]
    list_select_related = ["unit"]


@admin.register(PenugasanEvaluator)
class PenugasanEvaluatorAdmin(HanyaBacaAdmin):
    list_display = ["user", "unit", "peran", "tahun"]


@admin.register(BuktiDukung)
class BuktiDukungAdmin(HanyaBacaAdmin):
    list_display = ["judul", "jenis", "evaluasi"]


@admin.register(Rekomendasi)
class RekomendasiAdmin(HanyaBacaAdmin):
    list_display = ["uraian", "unit", "prioritas", "batas_waktu", "status"]
    inlines = [TindakLanjutInline]
