from django.apps import AppConfig


class KertasKerjaConfig(AppConfig):
    name = "sakip.kertaskerja"
    verbose_name = "Kertas Kerja Reviu"
