from django.contrib import admin

from sakip.audit.admin import HanyaBacaAdmin

from .models import CatatanReviu, HasilReviuDokumen, PernyataanReviu


@admin.register(CatatanReviu)
class CatatanReviuAdmin(HanyaBacaAdmin):
    list_display = ["unit", "tahun", "kode", "objek", "status", "diubah_pada"]
    list_filter = ["status", "langkah", "tahun"]
    search_fields = ["objek", "kode", "catatan", "jawaban"]


@admin.register(PernyataanReviu)
class PernyataanReviuAdmin(HanyaBacaAdmin):
    list_display = ["unit", "tahun", "nomor", "tanggal", "penandatangan"]


@admin.register(HasilReviuDokumen)
class HasilReviuDokumenAdmin(HanyaBacaAdmin):
    list_display = ["unit", "tahun", "nama_berkas", "galat", "peringatan", "info", "diperiksa_pada"]
