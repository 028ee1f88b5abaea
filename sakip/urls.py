from django.contrib import admin
from django.urls import include, path

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
