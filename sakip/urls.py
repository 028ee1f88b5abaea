from django.contrib import admin
from django.urls import include, path, register_converter

from sakip.core.parameter import KonverterId, KonverterTahun

# Before the includes below: every app's urls.py uses <id:...> and <tahun:...> (bounded; see the module).
register_converter(KonverterId, "id")
register_converter(KonverterTahun, "tahun")

admin.site.site_header = "Sakip — Sistem Akuntabilitas Kinerja Instansi Pemerintah"
admin.site.site_title = "Sakip"
admin.site.index_title = "Administrasi data SAKIP"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("sakip.api.urls")),
    path("impor/", include("sakip.impor.urls")),
    path("jejak/", include("sakip.audit.urls")),
    path("reviu/", include("sakip.reviu.urls")),
    path("pohon/", include("sakip.pohon.urls")),
    path("pemantauan/", include("sakip.pemantauan.urls")),
    path("", include("sakip.web.urls")),
]
