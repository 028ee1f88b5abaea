"""The planning editor: boxes and indicators added, changed, moved, deleted; IKU flags; targets."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from django.test import Client

from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator, NodeCascade, PeriodePerencanaan, Target

pytestmark = pytest.mark.django_db


def periode() -> PeriodePerencanaan:
    return PeriodePerencanaan.objects.get(nama="2025-2029")


def test_tree_lists_boxes_and_indicators(operator: Client) -> None:
    html = operator.get(f"/pd/kecamatan-mojosari/perencanaan/?periode={periode().pk}").content.decode()
    assert "Meningkatnya Kinerja Layanan Kecamatan" in html
    assert "IKM Kecamatan" in html and "Tambah tujuan" in html


def test_readers_see_no_edit_buttons(masuk: Callable[[str], Client]) -> None:
    html = masuk("inspektorat").get("/pd/kecamatan-mojosari/perencanaan/").content.decode()
    assert "Tambah tujuan" not in html and "Ubah/pindah" not in html


def test_add_edit_move_and_delete_boxes(operator: Client, mojosari: Unit) -> None:
    p = periode()
    base = "/pd/kecamatan-mojosari/perencanaan/"
    r = operator.post(f"{base}{p.pk}/kotak/tambah/", {"tingkat": "tujuan", "nama": "Tujuan uji", "kode": ""})
    assert r.status_code == 302
    tujuan = NodeCascade.objects.get(unit=mojosari, periode=p, nama="Tujuan uji")
    r = operator.post(f"{base}{p.pk}/kotak/tambah/?induk={tujuan.pk}",
                      {"tingkat": "sasaran", "nama": "Sasaran uji", "induk": tujuan.pk})
    sasaran = NodeCascade.objects.get(nama="Sasaran uji")
    assert sasaran.induk_id == tujuan.pk
    # a tujuan cannot sit under a sasaran: the error is shown at the field
    bad = operator.post(f"{base}kotak/{sasaran.pk}/", {"tingkat": "tujuan", "nama": "x", "induk": tujuan.pk})
    assert bad.status_code == 422 and "tidak dapat berada di bawah" in bad.content.decode()
    operator.post(f"{base}kotak/{sasaran.pk}/", {"tingkat": "sasaran", "nama": "Sasaran diubah", "induk": tujuan.pk})
    assert NodeCascade.objects.get(pk=sasaran.pk).nama == "Sasaran diubah"
    siblings = list(NodeCascade.objects.filter(unit=mojosari, periode=p, induk=None).order_by("urutan", "pk"))
    assert siblings[-1].pk == tujuan.pk
    operator.post(f"{base}kotak/{tujuan.pk}/pindah/", {"arah": "naik"})
    siblings = list(NodeCascade.objects.filter(unit=mojosari, periode=p, induk=None).order_by("urutan", "pk"))
    assert siblings[-2].pk == tujuan.pk
    confirm = operator.get(f"{base}kotak/{tujuan.pk}/hapus/").content.decode()
    assert "Sasaran diubah" in confirm  # what else goes with it
    operator.post(f"{base}kotak/{tujuan.pk}/hapus/")
    assert not NodeCascade.objects.filter(pk__in=[tujuan.pk, sasaran.pk]).exists()


def test_a_box_whose_indicators_carry_data_is_not_deleted(operator: Client, mojosari: Unit) -> None:
    node = Indikator.objects.get(unit=mojosari, ref="ikm-2529").node
    r = operator.post(f"/pd/kecamatan-mojosari/perencanaan/kotak/{node.pk}/hapus/", follow=True)
    assert "tidak dapat dihapus" in r.content.decode()
    assert NodeCascade.objects.filter(pk=node.pk).exists()


def test_indicator_added_with_an_indonesian_target_and_flagged_iku(operator: Client, mojosari: Unit) -> None:
    p = periode()
    node = NodeCascade.objects.filter(unit=mojosari, periode=p, tingkat="sasaran").first()
    r = operator.post(f"/pd/kecamatan-mojosari/perencanaan/{p.pk}/indikator/tambah/?node={node.pk}", {
        "nama": "Persentase aduan yang selesai", "satuan": "%", "node": node.pk, "polaritas": "positif",
        "agregasi": "terakhir", "desimal": "2", "target_akhir": "97,5", "kode_standar": "",
    })
    assert r.status_code == 302, r.content.decode()[:2000]
    ind = Indikator.objects.get(unit=mojosari, nama="Persentase aduan yang selesai")
    assert ind.target_akhir == Decimal("97.5") and not ind.iku and ind.ref.startswith("persentase-aduan")
    toggled = operator.post(f"/pd/kecamatan-mojosari/perencanaan/indikator/{ind.pk}/iku/", HTTP_HX_REQUEST="true")
    assert 'aria-pressed="true"' in toggled.content.decode() and "<html" not in toggled.content.decode()
    assert Indikator.objects.get(pk=ind.pk).iku
    operator.post(f"/pd/kecamatan-mojosari/perencanaan/indikator/{ind.pk}/hapus/")
    assert not Indikator.objects.filter(pk=ind.pk).exists()


def test_an_indicator_in_a_pk_is_not_deleted(operator: Client, mojosari: Unit) -> None:
    ind = Indikator.objects.get(unit=mojosari, ref="ikm-2529")
    r = operator.post(f"/pd/kecamatan-mojosari/perencanaan/indikator/{ind.pk}/hapus/", follow=True)
    assert "dipakai dalam perjanjian kinerja" in r.content.decode()
    assert Indikator.objects.filter(pk=ind.pk).exists()


def test_indicator_edit_form_shows_errors_at_the_field(operator: Client, mojosari: Unit) -> None:
    ind = Indikator.objects.get(unit=mojosari, ref="ikm-2529")
    r = operator.post(f"/pd/kecamatan-mojosari/perencanaan/indikator/{ind.pk}/", {
        "nama": ind.nama, "polaritas": "positif", "agregasi": "terakhir", "desimal": "2",
        "target_akhir": "92.5", "ref": ind.ref,
    })
    assert r.status_code == 422
    assert "tulis dengan koma" in r.content.decode()


def test_targets_grid_saves_changed_cells(operator: Client, mojosari: Unit) -> None:
    p = periode()
    ind = Indikator.objects.get(unit=mojosari, ref="ikm-2529")
    url = f"/pd/kecamatan-mojosari/perencanaan/{p.pk}/target/"
    html = operator.get(url).content.decode()
    assert f'name="t-{ind.pk}-2026"' in html
    before = list(Target.objects.filter(indikator=ind, tahun=2026).values_list("nilai", flat=True))
    r = operator.post(url, {f"t-{ind.pk}-2027": "93,75", f"a-t-{ind.pk}-2027": "x-not-the-same",
                            f"t-{ind.pk}-2026": "abc", f"a-t-{ind.pk}-2026": ""})
    assert r.status_code == 422
    assert Target.objects.get(indikator=ind, tahun=2027).nilai == Decimal("93.75")
    assert list(Target.objects.filter(indikator=ind, tahun=2026).values_list("nilai", flat=True)) == before
    assert 'value="abc"' in r.content.decode()
