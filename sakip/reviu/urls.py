from django.urls import path  # noqa: F401  # the reviu pages add their routes here

app_name = "reviu"
urlpatterns: list = []
