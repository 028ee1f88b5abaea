from django.urls import path

from .api import api

urlpatterns: list = [path("", api.urls)]  # /api/openapi.json, /api/docs and every endpoint
