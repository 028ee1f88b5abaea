"""The web app's own approval lock gives way to the audit app's workflow (issue #5).

Each approved triwulan becomes a locked one (``audit.StatusTriwulan`` 'terkunci'), with a
trail entry saying where it came from; then the old table is dropped.
"""

from django.db import migrations
from django.utils import timezone

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


def ke_status_triwulan(apps, schema_editor):  # noqa: ANN001, ANN201  # migration signature
    Persetujuan = apps.get_model("web", "PersetujuanRealisasi")
    StatusTriwulan = apps.get_model("audit", "StatusTriwulan")
    Jejak = apps.get_model("audit", "Jejak")
    jejak = []
    for p in Persetujuan.objects.select_related("unit", "disetujui_oleh").order_by("pk"):
        obj, _ = StatusTriwulan.objects.get_or_create(unit_id=p.unit_id, tahun=p.tahun, triwulan=p.triwulan)
        if obj.status == "terkunci":
            continue
        lama = obj.status
        obj.status = "terkunci"
        obj.diubah_oleh_id = p.disetujui_oleh_id
        obj.diubah_pada = p.disetujui_pada
        obj.save()
        jejak.append(Jejak(
            waktu=timezone.now(), pengguna_id=p.disetujui_oleh_id,
            nama_pengguna=p.disetujui_oleh.username if p.disetujui_oleh else "", sumber="sistem",
            model="audit.statustriwulan", objek_id=str(obj.pk),
            objek=f"Status realisasi {p.unit.nama} tahun {p.tahun} Triwulan {ROMAWI.get(p.triwulan, p.triwulan)}",
            unit_id=p.unit_id, tahun=p.tahun, field="status", lama=lama, baru="terkunci",
            alasan="Dipindahkan dari persetujuan Kepala PD versi lama.",
        ))
    Jejak.objects.bulk_create(jejak)


class Migration(migrations.Migration):

    dependencies = [
        ("web", "0001_initial"),
        ("audit", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(ke_status_triwulan, migrations.RunPython.noop),
        migrations.DeleteModel(name="PersetujuanRealisasi"),
    ]
