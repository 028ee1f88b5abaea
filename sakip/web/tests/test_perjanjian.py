"""Perjanjian Kinerja in the web app: draft from the cascade, edit, sign (locks), perubahan, print."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client

from sakip.organisasi.models import Pejabat, Unit
from sakip.perencanaan.models import Indikator, PeriodePerencanaan
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja

pytestmark = pytest.mark.django_db


def periode() -> PeriodePerencanaan:
    return PeriodePerencanaan.objects.get(nama="2025-2029")


def buat_2026(operator: Client, mojosari: Unit) -> PerjanjianKinerja:
    """The operator drafts Mojosari's 2026 PK from its cascade with two indicators."""
    untuk = f"2026-{periode().pk}"
    page = operator.get("/pd/kecamatan-mojosari/pk/buat/", {"untuk": untuk})
    assert page.status_code == 200
    ikm = Indikator.objects.get(unit=mojosari, ref="ikm-2529")
    sakip = Indikator.objects.get(unit=mojosari, ref="sakip-2529")
    data = {"untuk": untuk, "tanggal": "2026-01-20",
            "pihak_pertama": Pejabat.objects.get(nama__startswith="YULIUS").pk,
            "pihak_kedua": Pejabat.objects.get(nama="MUHAMMAD ALBARRAA").pk}
    for ind, f in ((i, f) for _, rows in page.context["pemilih"] for i, f in rows):
        data[f"i{ind.pk}-kelompok"] = f["kelompok"].value()
        data[f"i{ind.pk}-target"] = f["target"].value() or ""
    data[f"i{ikm.pk}-pilih"] = "on"
    data[f"i{ikm.pk}-target"] = "92,5"
    data[f"i{sakip.pk}-pilih"] = "on"
    data[f"i{sakip.pk}-target"] = "84"
    response = operator.post("/pd/kecamatan-mojosari/pk/buat/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return PerjanjianKinerja.objects.get(unit=mojosari, tahun=2026)


def test_operator_drafts_a_pk_from_the_cascade(operator: Client, mojosari: Unit) -> None:
    pk = buat_2026(operator, mojosari)
    assert not pk.ditandatangani and pk.versi == "awal"
    targets = dict(IndikatorPK.objects.filter(sasaran__perjanjian=pk).values_list("indikator__ref", "target"))
    assert targets == {"ikm-2529": Decimal("92.5"), "sakip-2529": Decimal("84")}
    assert pk.sasaran.filter(kelompok="utama").exists()
    html = operator.get(f"/pd/kecamatan-mojosari/pk/{pk.pk}/").content.decode()
    assert "draf" in html and 'value="92,5"' in html
    assert "Tandatangani</button>" not in html  # the operator does not sign


def test_a_chosen_indicator_needs_a_target(operator: Client, mojosari: Unit) -> None:
    untuk = f"2026-{periode().pk}"
    ikm = Indikator.objects.get(unit=mojosari, ref="ikm-2529")
    response = operator.post("/pd/kecamatan-mojosari/pk/buat/", {
        "untuk": untuk, "tanggal": "2026-01-20",
        "pihak_pertama": Pejabat.objects.get(nama__startswith="YULIUS").pk,
        "pihak_kedua": Pejabat.objects.get(nama="MUHAMMAD ALBARRAA").pk,
        f"i{ikm.pk}-pilih": "on", f"i{ikm.pk}-kelompok": "utama", f"i{ikm.pk}-target": "sembilan puluh",
    })
    assert response.status_code == 422
    assert "bukan angka" in response.content.decode()
    assert not PerjanjianKinerja.objects.filter(unit=mojosari, tahun=2026).exists()


def test_kepala_signs_and_the_pk_is_locked(operator: Client, kepala: Client, mojosari: Unit) -> None:
    pk = buat_2026(operator, mojosari)
    assert operator.post(f"/pd/kecamatan-mojosari/pk/{pk.pk}/tandatangani/").status_code == 403
    # No 2026 DPA: the budget per program is empty, so signing is refused until the operator fills it in.
    assert kepala.post(f"/pd/kecamatan-mojosari/pk/{pk.pk}/tandatangani/").status_code == 302
    pk.refresh_from_db()
    assert not pk.ditandatangani
    operator.post(f"/pd/kecamatan-mojosari/pk/{pk.pk}/anggaran/", {"baris": "1", "a-0-nama": "Program uji",
                                                                   "a-0-jumlah": "1.000.000"})
    assert kepala.post(f"/pd/kecamatan-mojosari/pk/{pk.pk}/tandatangani/").status_code == 302
    pk.refresh_from_db()
    assert pk.ditandatangani
    row = IndikatorPK.objects.filter(sasaran__perjanjian=pk).first()
    assert operator.post(f"/pd/kecamatan-mojosari/pk/{pk.pk}/", {f"t-{row.pk}": "1"}).status_code == 403
    operator.post(f"/pd/kecamatan-mojosari/pk/{pk.pk}/hapus/")
    assert PerjanjianKinerja.objects.filter(pk=pk.pk).exists()
    assert "Cetak" in operator.get(f"/pd/kecamatan-mojosari/pk/{pk.pk}/").content.decode()


def test_perubahan_is_drafted_from_the_signed_version_and_edited(operator: Client, mojosari: Unit) -> None:
    signed = PerjanjianKinerja.objects.get(unit=mojosari, tahun=2025, versi="perubahan")
    response = operator.post(f"/pd/kecamatan-mojosari/pk/{signed.pk}/perubahan/", {
        "tanggal": "2025-11-03", "alasan": "Penyesuaian target IKM", "periode": signed.periode_id,
        "pihak_pertama": signed.pihak_pertama.pejabat_id, "pihak_kedua": signed.pihak_kedua.pejabat_id,
    })
    assert response.status_code == 302
    draf = PerjanjianKinerja.objects.get(unit=mojosari, tahun=2025, nomor_perubahan=2)
    rows = list(IndikatorPK.objects.filter(sasaran__perjanjian=draf).select_related("indikator"))
    assert len(rows) == 4
    ikm = next(r for r in rows if r.indikator.ref == "ikm-2529")
    koordinasi = next(r for r in rows if r.indikator.ref == "koordinasi-2529")
    data = {f"t-{r.pk}": str(r.target).replace(".", ",") for r in rows}
    data[f"t-{ikm.pk}"] = "93,25"
    data[f"h-{koordinasi.pk}"] = "on"
    assert operator.post(f"/pd/kecamatan-mojosari/pk/{draf.pk}/", data).status_code == 302
    assert IndikatorPK.objects.get(pk=ikm.pk).target == Decimal("93.25")
    assert not IndikatorPK.objects.filter(pk=koordinasi.pk).exists()
    # a second perubahan waits until this draft is signed or deleted
    again = operator.post(f"/pd/kecamatan-mojosari/pk/{signed.pk}/perubahan/", {
        "tanggal": "2025-11-04", "alasan": "lagi", "periode": signed.periode_id,
        "pihak_pertama": signed.pihak_pertama.pejabat_id, "pihak_kedua": signed.pihak_kedua.pejabat_id,
    })
    assert again.status_code == 422 and "Masih ada draf" in again.content.decode()
    assert operator.post(f"/pd/kecamatan-mojosari/pk/{draf.pk}/hapus/").status_code == 302
    assert not PerjanjianKinerja.objects.filter(pk=draf.pk).exists()


def test_print_page_shows_signatories(operator: Client, mojosari: Unit) -> None:
    pk = PerjanjianKinerja.objects.get(unit=mojosari, tahun=2025, versi="awal")
    html = operator.get(f"/pd/kecamatan-mojosari/pk/{pk.pk}/cetak/").content.decode()
    assert "24 Januari 2025" in html
    assert "YULIUS BAKHTIAR, S.P., M.M." in html and "dr. IKFINA FAHMAWATI, M.Si" in html
    assert "Rp\u00a0" in html


def test_another_pds_pk_is_not_found_under_this_slug(operator: Client) -> None:
    other = PerjanjianKinerja.objects.filter(unit__slug="bagian-organisasi").first()
    assert operator.get(f"/pd/kecamatan-mojosari/pk/{other.pk}/").status_code == 404
