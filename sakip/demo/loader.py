"""Load the declarative demo data (sakip/demo/data, see FORMAT.md) through the services.

The loading itself is ``sakip.impor.pemda.Loader``, the same code ``sakip muat-pemda`` runs on
a real Pemda's JSON file; this module only gathers the demo's data and adds its accounts.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.contrib.auth.models import User
from django.db import transaction

from sakip.audit.services import muat_awal
from sakip.impor.pemda import BerkasPemdaTidakSah, Loader
from sakip.organisasi.models import Keanggotaan, Pemda, Peran, Unit

DEMO_PASSWORD = "sakip-demo"  # noqa: S105  # documented demo password, demo data only

# A demo data module that cannot be loaded; the message names the place, as for a JSON file.
DemoDataError = BerkasPemdaTidakSah


def create_demo_users(pemda: Pemda, units: Mapping[str, Unit]) -> None:
    """The demo accounts (demo data only): admin, operators, kepala, inspektorat, pimpinan."""
    spec = [
        ("admin", Peran.ADMIN_PEMDA, None),
        ("operator.mojosari", Peran.OPERATOR_PD, "kecamatan-mojosari"),
        ("kepala.mojosari", Peran.KEPALA_PD, "kecamatan-mojosari"),
        ("operator.organisasi", Peran.OPERATOR_PD, "bagian-organisasi"),
        ("kepala.organisasi", Peran.KEPALA_PD, "bagian-organisasi"),
        ("inspektorat", Peran.INSPEKTORAT, None),
        ("pimpinan", Peran.PIMPINAN, None),
    ]
    for username, peran, slug in spec:
        user = User.objects.create_user(username, password=DEMO_PASSWORD)
        if peran is Peran.ADMIN_PEMDA:
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
        Keanggotaan.objects.create(user=user, pemda=pemda, unit=units[slug] if slug else None, peran=peran)


@transaction.atomic
@muat_awal("Data demo Pemda dimuat")  # one trail row for the whole load, not one per value (~20.000)
def load_demo(*, synthetic: bool = True) -> Pemda:
    """Create the demo Pemda in one transaction: all of it, or nothing."""
    from sakip.demo.data import pemda as pemda_data
    from sakip.demo.data import (
        unit_bagian_organisasi,
        unit_kecamatan_mojosari,
        unit_pemkab_mojokerto,
        unit_sekretariat_daerah,
    )

    units = [unit_pemkab_mojokerto.UNIT, unit_sekretariat_daerah.UNIT, unit_bagian_organisasi.UNIT,
             unit_kecamatan_mojosari.UNIT]
    if synthetic:
        from sakip.demo.data import synthetic as synthetic_data

        units += synthetic_data.generate()
    loader = Loader()
    pemda = loader.muat({"pemda": pemda_data.PEMDA, "unit": units})
    create_demo_users(pemda, loader.units)
    from sakip.demo.evaluasi import muat_evaluasi_demo, muat_evaluator_demo

    muat_evaluasi_demo(pemda)  # the 2025 Nilai SAKIP of every PD comes from its final LKE
    muat_evaluator_demo(pemda, DEMO_PASSWORD)
    return pemda
