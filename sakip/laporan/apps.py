from django.apps import AppConfig


class LaporanConfig(AppConfig):
    name = "sakip.laporan"
    verbose_name = "Laporan (LKjIP, PK, E-81)"
