"""Seed the standard category scales (SAKIP-rules §3.7, §5.5, §6.3, §9.3, §10.2).

They are data so a Pemda can adjust boundaries; this only adds the ones that are missing.
"""

from django.db import migrations


def seed(apps, schema_editor):
    from sakip.core.skala import STANDARD_SCALES

    Skala = apps.get_model("perencanaan", "Skala")
    KelasSkala = apps.get_model("perencanaan", "KelasSkala")
    for scale in STANDARD_SCALES.values():
        skala, created = Skala.objects.get_or_create(
            kode=scale.kode, defaults={"nama": scale.nama, "desimal_klasifikasi": scale.desimal_klasifikasi or 2}
        )
        if created:
            KelasSkala.objects.bulk_create(
                KelasSkala(skala=skala, kode=b.kode, label=b.label, bawah=b.bawah, bawah_inklusif=b.bawah_inklusif,
                           atas=b.atas, atas_inklusif=b.atas_inklusif, peringkat=b.peringkat)
                for b in scale.bands
            )


class Migration(migrations.Migration):
    dependencies = [("perencanaan", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
