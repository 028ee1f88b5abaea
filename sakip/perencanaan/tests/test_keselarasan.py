"""Aligning a PD's tujuan/sasaran with the RPJMD: the one service the web and importers call."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from sakip.audit.models import Jejak
from sakip.perencanaan.models import Misi, NodeCascade
from sakip.perencanaan.services import atur_mendukung, atur_misi_tujuan, tambah_node

pytestmark = pytest.mark.django_db


def box(unit: str, periode: str, **filters: object) -> NodeCascade:
    return NodeCascade.objects.filter(unit__slug=unit, periode__nama=periode, **filters).order_by("pk").first()


def rpjmd(key: str) -> NodeCascade:
    """An RPJMD box by the theme key of unit_pemkab_mojokerto (its name)."""
    from sakip.demo.data.unit_pemkab_mojokerto import RPJMD

    periode = "2025-2029"
    for _, _, _, sasaran in RPJMD[periode]:
        for k, nama, _ in sasaran:
            if k == key:
                return box("pemkab-mojokerto", periode, nama=nama)
    raise KeyError(key)


def test_set_and_clear_support_is_audited() -> None:
    sasaran = box("disparpora", "2025-2029", tingkat="sasaran", mendukung__isnull=True)
    target = rpjmd("ekonomi")
    atur_mendukung(sasaran, target)
    sasaran.refresh_from_db()
    assert sasaran.mendukung == target
    row = Jejak.objects.filter(model="perencanaan.nodecascade", objek_id=str(sasaran.pk)).latest("pk")
    assert (row.field, row.lama, row.baru) == ("mendukung", "", target.nama)
    atur_mendukung(sasaran, None)
    sasaran.refresh_from_db()
    assert sasaran.mendukung is None


@pytest.mark.parametrize(("case", "node", "target", "field"), [
    ("another period's RPJMD", lambda: box("kecamatan-mojosari", "2025-2029", tingkat="sasaran"),
     lambda: box("pemkab-mojokerto", "2021-2025", tingkat="sasaran"), "mendukung"),
    ("a PD box is no RPJMD box", lambda: box("kecamatan-mojosari", "2025-2029", tingkat="sasaran"),
     lambda: box("bagian-organisasi", "2025-2029", tingkat="sasaran"), "mendukung"),
    ("an RPJMD box supports no box", lambda: box("pemkab-mojokerto", "2025-2029", tingkat="sasaran"),
     lambda: box("pemkab-mojokerto", "2025-2029", tingkat="tujuan"), "mendukung"),
    ("programs are not aligned", lambda: box("kecamatan-mojosari", "2025-2029", tingkat="program"),
     lambda: box("pemkab-mojokerto", "2025-2029", tingkat="sasaran"), "mendukung"),
])
def test_invalid_support_is_refused_and_nothing_changes(case: str, node, target, field: str) -> None:
    n = node()
    before = n.mendukung_id
    with pytest.raises(ValidationError) as exc:
        atur_mendukung(n, target())
    assert field in exc.value.message_dict, case
    n.refresh_from_db()
    assert n.mendukung_id == before


def test_an_rpjmd_tujuan_names_a_misi_of_its_own_period() -> None:
    tujuan = box("pemkab-mojokerto", "2025-2029", tingkat="tujuan")
    other = Misi.objects.get(periode__nama="2025-2029", nomor=4)
    atur_misi_tujuan(tujuan, other)
    tujuan.refresh_from_db()
    assert tujuan.misi == other
    with pytest.raises(ValidationError):
        atur_misi_tujuan(tujuan, Misi.objects.get(periode__nama="2021-2025", nomor=1))
    with pytest.raises(ValidationError):
        atur_misi_tujuan(box("kecamatan-mojosari", "2025-2029", tingkat="tujuan"), other)


def test_a_new_box_can_be_aligned_when_it_is_made() -> None:
    mojosari = box("kecamatan-mojosari", "2025-2029", tingkat="tujuan")
    node = tambah_node(mojosari.unit, mojosari.periode, tingkat="sasaran", nama="Sasaran baru", induk=mojosari,
                    mendukung=rpjmd("pelayanan"))
    assert NodeCascade.objects.get(pk=node.pk).mendukung == rpjmd("pelayanan")
