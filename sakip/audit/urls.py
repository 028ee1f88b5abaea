from django.urls import path

from . import views

app_name = "audit"
urlpatterns = [
    path("", views.jejak_pemda, name="jejak_pemda"),
    path("<slug:slug>/", views.jejak_pd, name="jejak_pd"),
]
