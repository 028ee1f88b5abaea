from django.contrib import admin
from django.urls import include, path

# Before the includes below: every app's urls.py uses <id:...> and <tahun:...> (bounded; see the module).
import sakip.url_konverter  # noqa: F401

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
