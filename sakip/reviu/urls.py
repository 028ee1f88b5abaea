"""Routes of the reviu pages (mounted at /reviu/); the views check rights per PD."""

from django.urls import path

from . import ruang, views

app_name = "reviu"
urlpatterns = [
    path("", ruang.indeks, name="indeks"),
    path("tahun/<tahun:tahun>/", ruang.ruang, name="ruang"),
    path("tahun/<tahun:tahun>/ekspor.xlsx", ruang.ekspor, name="ekspor"),
    path("<slug:slug>/<tahun:tahun>/", views.data, name="data"),
    path("<slug:slug>/<tahun:tahun>/kertas-kerja/", ruang.kkr, name="kkr"),
    path("<slug:slug>/<tahun:tahun>/pernyataan/", ruang.pernyataan, name="pernyataan"),
    path("<slug:slug>/<tahun:tahun>/pernyataan.<str:fmt>", ruang.unduh_pernyataan, name="unduh_pernyataan"),
    path("<slug:slug>/dokumen/", views.dokumen, name="dokumen"),
]
