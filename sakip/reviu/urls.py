"""Routes of the reviu pages (mounted at /reviu/); the views check rights per PD."""

from django.urls import path

from . import views

app_name = "reviu"
urlpatterns = [
    path("<slug:slug>/<tahun:tahun>/", views.data, name="data"),
    path("<slug:slug>/dokumen/", views.dokumen, name="dokumen"),
]
