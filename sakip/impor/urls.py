from django.urls import path

from . import views

app_name = "impor"
urlpatterns = [
    path("<slug:slug>/<int:tahun>/", views.unggah, name="unggah"),
    path("<slug:slug>/<int:tahun>/templat.xlsx", views.templat, name="templat"),
    path("<slug:slug>/<int:tahun>/simpan/", views.simpan_unggahan, name="simpan"),
]
