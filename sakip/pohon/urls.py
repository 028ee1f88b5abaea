from django.urls import path

from . import views

app_name = "pohon"

urlpatterns = [
    path("", views.indeks, name="indeks"),
    path("<tahun:tahun>/", views.pemda, name="pemda"),
    path("<tahun:tahun>/<slug:slug>/", views.unit, name="unit"),
    path("<tahun:tahun>/<slug:slug>/gambar.png", views.gambar, name="gambar"),
    path("<tahun:tahun>/<slug:slug>/simpul/<id:node_id>/", views.simpul, name="simpul"),
]
