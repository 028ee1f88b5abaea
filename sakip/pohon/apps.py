from django.apps import AppConfig


class PohonConfig(AppConfig):
    name = "sakip.pohon"
    verbose_name = "Pohon kinerja"
