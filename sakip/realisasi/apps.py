from django.apps import AppConfig


class RealisasiConfig(AppConfig):
    name = "sakip.realisasi"
    verbose_name = "Realisasi"
