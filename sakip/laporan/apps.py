from django.apps import AppConfig


class LaporanConfig(AppConfig):
    name = "sakip.laporan"
    verbose_name = "Laporan (LKjIP, PK, E-81, LHE)"

    def ready(self) -> None:
        # A published LKjIP is evidence an evaluator can pick for the LKE's reporting criteria.
        from sakip.evaluasi.rekaman import daftarkan_rekaman

        from .rekaman import lkjip_terbit

        daftarkan_rekaman("lkjip", lkjip_terbit)
