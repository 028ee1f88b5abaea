from django.urls import path

from . import views

app_name = "impor"
urlpatterns = [
    # Before the PD paths: "pemda" would otherwise be read as a PD slug.
    path("pemda/<tahun:tahun>/", views.unggah_pemda, name="unggah_pemda"),
    path("pemda/<tahun:tahun>/templat.xlsx", views.templat_pemda, name="templat_pemda"),
    path("pemda/<tahun:tahun>/simpan/", views.simpan_unggahan_pemda, name="simpan_pemda"),
    path("<slug:slug>/<tahun:tahun>/", views.unggah, name="unggah"),
    path("<slug:slug>/<tahun:tahun>/templat.xlsx", views.templat, name="templat"),
    path("<slug:slug>/<tahun:tahun>/simpan/", views.simpan_unggahan, name="simpan"),
]
