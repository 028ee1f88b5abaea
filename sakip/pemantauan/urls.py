"""Routes of the monitoring pages (mounted at /pemantauan/); the views check the Pemda-wide role."""

from django.urls import path

from . import views

app_name = "pemantauan"
urlpatterns = [
    path("", views.indeks, name="indeks"),
    path("<tahun:tahun>/peringkat/", views.peringkat, name="peringkat"),
    path("<tahun:tahun>/belum-mengisi/", views.belum_mengisi, name="belum_mengisi"),
    path("<tahun:tahun>/belum-mengisi/pengingat/", views.kirim_pengingat, name="kirim_pengingat"),
]
