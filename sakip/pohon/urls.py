from django.urls import path

from . import views

app_name = "pohon"

urlpatterns = [
    path("", views.indeks, name="indeks"),
    path("<int:tahun>/", views.pemda, name="pemda"),
    path("<int:tahun>/<slug:slug>/", views.unit, name="unit"),
    path("<int:tahun>/<slug:slug>/gambar.png", views.gambar, name="gambar"),
    path("<int:tahun>/<slug:slug>/simpul/<int:node_id>/", views.simpul, name="simpul"),
]
