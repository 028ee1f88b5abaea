from django.urls import path  # noqa: F401  # the web app adds its routes here

app_name = "web"
urlpatterns: list = []
