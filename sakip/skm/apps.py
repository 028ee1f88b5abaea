from django.apps import AppConfig


class SkmConfig(AppConfig):
    name = "sakip.skm"
    verbose_name = "Survei Kepuasan Masyarakat"

    def ready(self) -> None:
        # The IKM indicator of a unit reads its realisasi from the unit's surveys, never a typed copy.
        from sakip.pengukuran.derived import daftarkan_penyedia

        from .hasil import penyedia_ikm

        daftarkan_penyedia("ikm_skm", penyedia_ikm)
