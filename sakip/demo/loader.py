"""Load the declarative demo data (sakip/demo/data, see FORMAT.md) through the services.

The loading itself is ``sakip.impor.pemda.Loader``, the same code ``sakip muat-pemda`` runs on
a real Pemda's JSON file; this module only gathers the demo's data and adds its accounts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from django.contrib.auth.models import User
from django.db import transaction

from sakip.audit.services import muat_awal
from sakip.impor.pemda import BerkasPemdaTidakSah, Loader
from sakip.kendali.services import atur_jadwal_pengisian, atur_pengaturan_kendali
from sakip.kertaskerja import services as kertaskerja
from sakip.notifikasi.services import kirim_pengingat_pd
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
    from sakip.demo.data.skm import pindahkan_ikm

    # The IKM of 2025 on is read from SKM surveys (copies of the module's data; generated units in place).
    units = pindahkan_ikm([unit_pemkab_mojokerto.UNIT, unit_sekretariat_daerah.UNIT, unit_bagian_organisasi.UNIT,
                           unit_kecamatan_mojosari.UNIT])
    if synthetic:
        from sakip.demo.data import synthetic as synthetic_data

        units += pindahkan_ikm(synthetic_data.generate(), salin=False)
    loader = Loader()
    pemda = loader.muat({"pemda": pemda_data.PEMDA, "unit": units})
    create_demo_users(pemda, loader.units)
    create_demo_reviu(loader.units)
    load_kendali(pemda, loader.units)
    _penjelasan_selisih(pemda)
    from sakip.demo.logo import logo_demo
    from sakip.organisasi.services import atur_logo_pemda

    atur_logo_pemda(pemda, logo_demo())  # a placeholder shield, not the Kabupaten's coat of arms
    from sakip.demo.evaluasi import muat_evaluasi_demo, muat_evaluator_demo

    muat_evaluasi_demo(pemda)  # the 2025 Nilai SAKIP of every PD comes from its final LKE
    muat_evaluator_demo(pemda, DEMO_PASSWORD)
    return pemda


def create_demo_reviu(units: Mapping[str, Unit]) -> None:
    """The demo's Kertas Kerja lines (sakip/demo/data/reviu.py), written through the services."""
    from sakip.demo.data.reviu import CATATAN_REVIU

    inspektorat = User.objects.get(username="inspektorat")
    for c in CATATAN_REVIU:
        unit = units[c["unit"]]
        temuan = {"kode": c["kode"], "objek": c["objek"], "langkah": c["langkah"]}
        kertaskerja.simpan_catatan_reviu(unit, c["tahun"], catatan=c["catatan"], pengguna=inspektorat, **temuan)
        if "jawaban" in c:
            kertaskerja.simpan_jawaban_reviu(unit, c["tahun"], jawaban=c["jawaban"],
                                            pengguna=User.objects.get(username=c["penjawab"]), **temuan)
        if "status" in c:
            kertaskerja.selesaikan_temuan(unit, c["tahun"], status=c["status"], penyelesaian=c["penyelesaian"],
                                          pengguna=inspektorat, **temuan)


# Entry windows of the demo: the first half of the month after each triwulan (docs/demo-data.md).
JADWAL_DEMO = {1: ((4, 1), (4, 15)), 2: ((7, 1), (7, 15)), 3: ((10, 1), (10, 15)), 4: ((1, 2), (1, 16))}


def load_kendali(pemda: Pemda, units: Mapping[str, Unit]) -> None:
    """The demo's in-year control: entry windows for 2025 and 2026, the settings, a few notifications."""
    for tahun in (2025, 2026):
        for tw, (mulai, selesai) in JADWAL_DEMO.items():
            th = tahun + 1 if tw == 4 else tahun
            atur_jadwal_pengisian(pemda, tahun, tw, date(th, *mulai), date(th, *selesai))
    # The demo's years are past: entering outside the windows stays allowed so that the demo can be tried;
    # the gate of incomplete submissions and the pagu ceiling keep their strict defaults.
    atur_pengaturan_kendali(pemda, izin_di_luar_jadwal=True, hari_pengingat=7)
    # What an operator finds in the inbox: the reminder the Admin Pemda sent from the "belum mengisi" list.
    kirim_pengingat_pd([units["kecamatan-mojosari"], units["bagian-organisasi"]], 2026, 4, date(2027, 1, 10),
                       tutup=date(2027, 1, 16))


def _penjelasan_selisih(pemda: Pemda) -> None:
    """SYNTHETIC (docs/demo-data.md): why Mojosari's PK Perubahan 2025 differs from its DPA on 7.01.01."""
    from sakip.anggaran.models import MataAnggaran
    from sakip.anggaran.services import atur_penjelasan_selisih_pk

    for line in MataAnggaran.objects.filter(unit__pemda=pemda, unit__slug="kecamatan-mojosari", tahun=2025,
                                            tingkat="program", kode="7.01.01"):
        atur_penjelasan_selisih_pk(line, "Anggaran PK Perubahan memuat usulan tambahan belanja pegawai "
                                         "Rp 527.472.000,00 yang tidak ditetapkan dalam DPA Perubahan.")
