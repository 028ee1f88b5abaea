"""StatusTriwulan moves to the realisasi app (the audit app keeps only the trail).

Its rows stay: the table is renamed, not dropped, and the model leaves this app's state only;
``realisasi`` 0003 takes it into its state. The rename keeps every id, so the trail rows that
point at a status row (``objek_id``) still find it.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0001_initial"),
        # That data migration fills this table through the audit app's state: it runs first.
        ("web", "0002_persetujuan_ke_status_triwulan"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(name="statustriwulan", table="realisasi_statustriwulan"),
            ],
            state_operations=[
                migrations.DeleteModel(name="StatusTriwulan"),
            ],
        ),
    ]
