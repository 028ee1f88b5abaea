from django.apps import AppConfig


class RencanaAksiConfig(AppConfig):
    name = "sakip.rencana_aksi"
    verbose_name = "Rencana Aksi"
