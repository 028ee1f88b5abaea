"""The project's URLs plus the import and audit pages, as sakip/urls.py will include them."""

from django.urls import include, path

from sakip.urls import urlpatterns as proyek

urlpatterns = [
    path("impor/", include("sakip.impor.urls")),
    path("jejak/", include("sakip.audit.urls")),
    *proyek,
]
