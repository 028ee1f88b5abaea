"""StatusTriwulan arrives from the audit app, with its rows.

``audit`` 0002 renamed the table to ``realisasi_statustriwulan`` (this model's default name) and
dropped the model from audit's state; here it enters realisasi's state only, so nothing is created
or copied. The content type moves too, so permissions that name it keep pointing at it.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def _pindah_content_type(apps, dari: str, ke: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label=ke, model="statustriwulan").exists():
        ContentType.objects.filter(app_label=dari, model="statustriwulan").update(app_label=ke)


def maju(apps, schema_editor) -> None:
    _pindah_content_type(apps, "audit", "realisasi")


def mundur(apps, schema_editor) -> None:
    _pindah_content_type(apps, "realisasi", "audit")


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0002_statustriwulan_ke_realisasi"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("organisasi", "0003_batas_angka"),
        ("realisasi", "0002_batas_angka"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="StatusTriwulan",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                                   verbose_name="ID")),
                        ("tahun", models.PositiveSmallIntegerField()),
                        ("triwulan", models.PositiveSmallIntegerField()),
                        ("status", models.CharField(choices=[("draft", "Draf"), ("diajukan", "Diajukan"),
                                                             ("disetujui", "Disetujui"), ("terkunci", "Terkunci")],
                                                    default="draft", max_length=10)),
                        ("diubah_pada", models.DateTimeField(default=django.utils.timezone.now)),
                        ("diubah_oleh", models.ForeignKey(blank=True, null=True,
                                                          on_delete=django.db.models.deletion.SET_NULL,
                                                          related_name="+", to=settings.AUTH_USER_MODEL)),
                        ("unit", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                                   related_name="status_triwulan", to="organisasi.unit")),
                    ],
                    options={
                        "verbose_name": "status realisasi triwulan",
                        "verbose_name_plural": "status realisasi triwulan",
                        "ordering": ["unit", "tahun", "triwulan"],
                        "constraints": [
                            models.UniqueConstraint(fields=("unit", "tahun", "triwulan"), name="status_triwulan_unik"),
                            models.CheckConstraint(condition=models.Q(("triwulan__gte", 1), ("triwulan__lte", 4)),
                                                   name="status_tw_1_4"),
                        ],
                    },
                ),
            ],
        ),
        migrations.RunPython(maju, mundur),
    ]
