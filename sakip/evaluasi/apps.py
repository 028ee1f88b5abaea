from django.apps import AppConfig


class EvaluasiConfig(AppConfig):
    name = "sakip.evaluasi"
    verbose_name = "Evaluasi AKIP"

    def ready(self) -> None:
        # The Nilai SAKIP of a PD-year is the total of its final evaluation: the measurement reads it here.
        from sakip.pengukuran.derived import daftarkan_penyedia

        from .nilai import nilai_lke_untuk

        daftarkan_penyedia("nilai_lke", nilai_lke_untuk)
