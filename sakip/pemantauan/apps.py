from django.apps import AppConfig


class PemantauanConfig(AppConfig):
    name = "sakip.pemantauan"
    verbose_name = "Pemantauan perangkat daerah"
