from django.urls import path

from . import views

app_name = "impor"
urlpatterns = [
    # Before the PD paths: "pemda" would otherwise be read as a PD slug.
    path("pemda/<int:tahun>/", views.unggah_pemda, name="unggah_pemda"),
    path("pemda/<int:tahun>/templat.xlsx", views.templat_pemda, name="templat_pemda"),
    path("pemda/<int:tahun>/simpan/", views.simpan_unggahan_pemda, name="simpan_pemda"),
    path("<slug:slug>/<int:tahun>/", views.unggah, name="unggah"),
    path("<slug:slug>/<int:tahun>/templat.xlsx", views.templat, name="templat"),
    path("<slug:slug>/<int:tahun>/simpan/", views.simpan_unggahan, name="simpan"),
]
