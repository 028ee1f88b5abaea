"""The one write path for planning data: periods, cascade, indicators, targets."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.audit.services import Perubahan, catat, isi, perubahan_objek
from sakip.organisasi.angka import periksa_nilai_indikator
from sakip.organisasi.models import Pemda, Unit

from .models import (
    URUTAN_TINGKAT,
    DukunganMisi,
    Indikator,
    IndikatorTurunan,
    Misi,
    NodeCascade,
    PeriodePerencanaan,
    Skala,
    Target,
)
from .pemakaian import alasan_dipakai

# Foreign keys the services receive as saved instances need no existence query.
_GIVEN = ["unit", "periode", "induk", "node", "pendahulu", "skala", "misi", "mendukung"]
# What the trail records of an indicator's definition (created, changed or deleted).
_MEDAN_INDIKATOR = ["ref", "nama", "node", "satuan", "definisi", "formulasi", "sumber_data", "iku", "polaritas",
                    "agregasi", "skala", "desimal", "target_akhir", "kode_standar", "pendahulu"]
_MEDAN_NODE = ["tingkat", "kode", "nama", "induk", "misi", "mendukung"]
_MEDAN_TURUNAN = ["fungsi", "mulai_tahun", "sumber", "cakupan", "kategori_min", "nilai_min"]


def _catat_indikator(ind: Indikator, lama: dict[str, object] | None, baru: dict[str, object] | None) -> None:
    catat(perubahan_objek("perencanaan.indikator", ind.pk, f"Indikator {ind.nama}", lama, baru,
                          unit_id=ind.unit_id, indikator_id=ind.pk))


def _catat_node(node: NodeCascade, lama: dict[str, object] | None, baru: dict[str, object] | None) -> None:
    catat(perubahan_objek("perencanaan.nodecascade", node.pk, str(node), lama, baru, unit_id=node.unit_id))


@transaction.atomic
def buat_periode(pemda: Pemda, *, nama: str, tahun_mulai: int, tahun_selesai: int, visi: str,
                   misi: Iterable[str], dasar_hukum: str = "") -> PeriodePerencanaan:
    periode = PeriodePerencanaan(pemda=pemda, nama=nama, tahun_mulai=tahun_mulai, tahun_selesai=tahun_selesai,
                                 visi=visi, dasar_hukum=dasar_hukum)
    periode.full_clean()
    periode.save()
    rows = Misi.objects.bulk_create(Misi(periode=periode, nomor=i, uraian=m) for i, m in enumerate(misi, start=1))
    catat([*perubahan_objek("perencanaan.periodeperencanaan", periode.pk, f"{periode} {pemda.nama}", None,
                            isi(periode, ["nama", "tahun_mulai", "tahun_selesai", "visi", "dasar_hukum"])),
           *(Perubahan("perencanaan.misi", f"{periode.pk}/{m.nomor}", f"Misi {m.nomor} periode {periode.nama}",
                       "uraian", None, m.uraian) for m in rows)])
    return periode


@transaction.atomic
def tambah_dukungan_misi(unit: Unit, periode: PeriodePerencanaan, nomor: Iterable[int]) -> None:
    for n in nomor:
        misi = periode.misi.get(nomor=n)
        obj, baru = DukunganMisi.objects.get_or_create(unit=unit, misi=misi)
        if baru:
            catat([Perubahan("perencanaan.dukunganmisi", obj.pk, f"Dukungan {unit.nama} pada misi",
                             "misi", None, str(misi), unit_id=unit.pk)])


@transaction.atomic
def tambah_node(unit: Unit, periode: PeriodePerencanaan, *, tingkat: str, nama: str, kode: str = "",
                induk: NodeCascade | None = None, urutan: int | None = None, misi: Misi | None = None,
                mendukung: NodeCascade | None = None) -> NodeCascade:
    """A box of the cascade, after its siblings unless ``urutan`` is given.

    An RPJMD tujuan names its ``misi``, a PD box what it ``mendukung``.
    """
    if urutan is None:
        last = NodeCascade.objects.filter(unit=unit, periode=periode, induk=induk).order_by("-urutan").first()
        urutan = (last.urutan + 1) if last else 0
    node = NodeCascade(unit=unit, periode=periode, induk=induk, tingkat=tingkat, nama=nama, kode=kode,
                       urutan=urutan, misi=misi, mendukung=mendukung)
    node.full_clean(exclude=_GIVEN)  # related rows are passed as saved instances
    node.save()
    _catat_node(node, None, isi(node, _MEDAN_NODE))
    return node


@transaction.atomic
def atur_mendukung(node: NodeCascade, mendukung: NodeCascade | None) -> NodeCascade:
    """Align a PD's tujuan/sasaran with the RPJMD tujuan/sasaran it supports (None clears it).

    The rules (same Pemda and period, tujuan/sasaran only, never from an RPJMD box) are the
    model's; the change is written to the audit trail.
    """
    lama = node.mendukung
    node.mendukung = mendukung
    node.full_clean(exclude=["unit", "periode", "induk", "misi"])
    node.save(update_fields=["mendukung"])
    catat([Perubahan("perencanaan.nodecascade", node.pk, str(node), "mendukung",
                     lama.nama if lama else None, mendukung.nama if mendukung else None,
                     unit_id=node.unit_id)])
    return node


@transaction.atomic
def atur_misi_tujuan(node: NodeCascade, misi: Misi | None) -> NodeCascade:
    """Name the misi an RPJMD tujuan (a box of the Pemda-level unit) serves (None clears it)."""
    lama = node.misi
    node.misi = misi
    node.full_clean(exclude=["unit", "periode", "induk", "mendukung"])
    node.save(update_fields=["misi"])
    catat([Perubahan("perencanaan.nodecascade", node.pk, str(node), "misi",
                     str(lama) if lama else None, str(misi) if misi else None, unit_id=node.unit_id)])
    return node


@transaction.atomic
def atur_turunan(indikator: Indikator, *, fungsi: str, mulai_tahun: int, sumber: str = "",
                cakupan: str = "pd", kategori_min: str = "", nilai_min: Decimal | None = None) -> IndikatorTurunan:
    """Make an indicator's realisasi computed (over the Pemda's units, or from its own budget)."""
    nilai_min = periksa_nilai_indikator(nilai_min, indikator.satuan, field="nilai_min",
                                        label=f"Nilai minimal {indikator.nama}")
    obj = IndikatorTurunan.objects.filter(indikator=indikator).first() or IndikatorTurunan(indikator=indikator)
    lama = isi(obj, _MEDAN_TURUNAN) if obj.pk else None
    obj.fungsi, obj.mulai_tahun, obj.sumber, obj.cakupan = fungsi, mulai_tahun, sumber, cakupan
    obj.kategori_min, obj.nilai_min = kategori_min, nilai_min
    obj.full_clean(exclude=["indikator"])
    if kategori_min:
        # the category must exist on the scale of every source indicator that has one
        for skala in Skala.objects.filter(indikator__kode_standar=sumber,
                                          indikator__unit__pemda_id=indikator.unit.pemda_id).distinct():
            if skala.ke_aturan().band(kategori_min) is None:
                raise ValidationError({"kategori_min": f"Kategori '{kategori_min}' tidak ada pada skala {skala.nama}."})
    obj.save()
    catat(perubahan_objek("perencanaan.indikatorturunan", obj.pk, f"Realisasi turunan {indikator.nama}", lama,
                          isi(obj, _MEDAN_TURUNAN), unit_id=indikator.unit_id, indikator_id=indikator.pk))
    return obj


# -- The planning editor: change, move and delete boxes, indicators and targets -----------------


def _subtree(node: NodeCascade) -> set[int]:
    """The node and all boxes below it (one query per level; a cascade has five)."""
    ids = {node.pk}
    frontier = {node.pk}
    while frontier:
        frontier = set(NodeCascade.objects.filter(induk_id__in=frontier).values_list("pk", flat=True)) - ids
        ids |= frontier
    return ids


@transaction.atomic
def ubah_node(node: NodeCascade, *, nama: str, kode: str, tingkat: str, induk: NodeCascade | None) -> NodeCascade:
    """Rename a box, change its level, or hang it under another box (moving its subtree along)."""
    if induk is not None and induk.pk in _subtree(node):
        raise ValidationError({"induk": "Kotak tidak dapat dipindah ke bawah dirinya sendiri."})
    level = URUTAN_TINGKAT.index(tingkat)
    for child in node.anak.all():
        if URUTAN_TINGKAT.index(child.tingkat) <= level:
            raise ValidationError({"tingkat": f"{child.get_tingkat_display()} '{child.nama}' di bawahnya harus "
                                              "bertingkat lebih rendah."})
    moved = induk != node.induk
    lama = isi(node, _MEDAN_NODE)
    node.nama, node.kode, node.tingkat, node.induk = nama, kode, tingkat, induk
    if moved:
        last = NodeCascade.objects.filter(unit_id=node.unit_id, periode_id=node.periode_id, induk=induk).exclude(
            pk=node.pk).order_by("-urutan").first()
        node.urutan = (last.urutan + 1) if last else 0
    node.full_clean(exclude=["unit", "periode"])
    node.save()
    _catat_node(node, lama, isi(node, _MEDAN_NODE))
    return node


def _tukar(items: list[NodeCascade] | list[Indikator], target: object,
           arah: str) -> list[tuple[NodeCascade | Indikator, int, int]]:
    """Swap an item with its neighbour above ('naik') or below ('turun'), renumbering the list.

    Returns the renumbered items with their old and new place, for the caller's trail.
    """
    ids = [i.pk for i in items]
    at = ids.index(target.pk)  # type: ignore[attr-defined]  # a model instance
    other = at - 1 if arah == "naik" else at + 1
    if not 0 <= other < len(items):
        return []
    items[at], items[other] = items[other], items[at]
    jejak = []
    for i, item in enumerate(items):
        if item.urutan != i:
            jejak.append((item, item.urutan, i))
            item.urutan = i
            item.save(update_fields=["urutan"])
    return jejak


@transaction.atomic
def pindah_node(node: NodeCascade, arah: str) -> None:
    """Move a box one place up or down among its siblings."""
    siblings = list(NodeCascade.objects.filter(unit_id=node.unit_id, periode_id=node.periode_id,
                                               induk_id=node.induk_id).order_by("urutan", "pk"))
    catat(Perubahan("perencanaan.nodecascade", n.pk, str(n), "urutan", lama, baru, unit_id=n.unit_id)
          for n, lama, baru in _tukar(siblings, node, arah))


@transaction.atomic
def hapus_node(node: NodeCascade) -> None:
    """Delete a box and everything below it, unless an indicator there already carries data."""
    boxes = _subtree(node)
    alasan = alasan_dipakai(Indikator.objects.filter(node_id__in=boxes).values_list("pk", flat=True))
    if alasan:
        raise ValidationError(f"Kotak '{node.nama}' tidak dapat dihapus: {alasan}. Pindahkan atau hapus "
                              "indikator itu lebih dulu.")
    # Everything the delete takes with it, read first: the boxes below, their indicators and targets.
    nodes = NodeCascade.objects.filter(pk__in=boxes).select_related("induk", "misi", "mendukung")
    inds = list(Indikator.objects.filter(node_id__in=boxes).select_related("node", "skala", "pendahulu"))
    jejak = [p for n in nodes for p in perubahan_objek("perencanaan.nodecascade", n.pk, str(n), isi(n, _MEDAN_NODE),
                                                        None, unit_id=n.unit_id)]
    jejak += [p for i in inds for p in _hapus_indikator_jejak(i)]
    node.delete()
    catat(jejak)


def _ref_baru(unit: Unit, periode: PeriodePerencanaan, nama: str) -> str:
    from django.utils.text import slugify

    base = f"{slugify(nama)[:50] or 'indikator'}-{periode.tahun_mulai}"
    taken = set(Indikator.objects.filter(unit=unit, ref__startswith=base).values_list("ref", flat=True))
    ref, n = base, 2
    while ref in taken:
        ref, n = f"{base}-{n}", n + 1
    return ref


@transaction.atomic
def tambah_indikator(unit: Unit, periode: PeriodePerencanaan, *, node: NodeCascade | None = None,
                     urutan: int | None = None, targets: Mapping[int, Decimal] | None = None,
                     **fields: object) -> Indikator:
    """A new indicator, after the unit's others unless ``urutan`` is given, with its yearly ``targets``.

    A reference key is made from its name when none is given.
    """
    if not fields.get("ref"):
        fields["ref"] = _ref_baru(unit, periode, str(fields.get("nama", "")))
    _ref_bebas(unit, str(fields["ref"]), None)
    if urutan is None:
        last = Indikator.objects.filter(unit=unit).order_by("-urutan").first()
        urutan = (last.urutan + 1) if last else 0
    ind = Indikator(unit=unit, periode=periode, node=node, urutan=urutan, **fields)
    ind.target_akhir = _target_akhir(ind)
    ind.full_clean(exclude=_GIVEN)
    ind.save()
    _catat_indikator(ind, None, isi(ind, _MEDAN_INDIKATOR))
    if targets:
        ubah_target(ind, targets)
    return ind


def _ref_bebas(unit: Unit, ref: str, kecuali: int | None) -> None:
    if Indikator.objects.filter(unit=unit, ref=ref).exclude(pk=kecuali).exists():
        raise ValidationError({"ref": f"Kode rujukan '{ref}' sudah dipakai indikator lain di unit ini."})


@transaction.atomic
def ubah_indikator(indikator: Indikator, **fields: object) -> Indikator:
    """Change an indicator's definition (name, unit, polarity, IKU flag, box, predecessor, ...)."""
    medan = list(dict.fromkeys([*_MEDAN_INDIKATOR, *fields]))
    lama = isi(indikator, medan)
    for name, value in fields.items():
        setattr(indikator, name, value)
    indikator.target_akhir = _target_akhir(indikator)
    _ref_bebas(indikator.unit, indikator.ref, indikator.pk)
    indikator.full_clean(exclude=_GIVEN)
    indikator.save()
    _catat_indikator(indikator, lama, isi(indikator, medan))
    return indikator


def _target_akhir(ind: Indikator) -> Decimal | None:
    """The end-of-period target as stored, checked against the indicator's (possibly new) unit."""
    return periksa_nilai_indikator(ind.target_akhir, ind.satuan, field="target_akhir",
                                   label=f"Target akhir {ind.nama}")


@transaction.atomic
def atur_iku(indikator: Indikator, iku: bool) -> None:
    """Mark an indicator as an IKU (or not)."""
    lama = Indikator.objects.filter(pk=indikator.pk).values_list("iku", flat=True).first()
    Indikator.objects.filter(pk=indikator.pk).update(iku=iku)
    indikator.iku = iku
    _catat_indikator(indikator, {"iku": "ya" if lama else "tidak"}, {"iku": "ya" if iku else "tidak"})


@transaction.atomic
def pindah_indikator(indikator: Indikator, arah: str) -> None:
    """Move an indicator one place up or down among the indicators of its box."""
    siblings = list(Indikator.objects.filter(unit_id=indikator.unit_id, periode_id=indikator.periode_id,
                                             node_id=indikator.node_id).order_by("urutan", "pk"))
    catat(Perubahan("perencanaan.indikator", i.pk, f"Indikator {i.nama}", "urutan", lama, baru, unit_id=i.unit_id,
                    indikator_id=i.pk)
          for i, lama, baru in _tukar(siblings, indikator, arah))


@transaction.atomic
def hapus_indikator(indikator: Indikator) -> None:
    """Delete an indicator and its targets, unless it is in a PK or has realisasi."""
    alasan = alasan_dipakai([indikator.pk])
    if alasan:
        raise ValidationError(f"Indikator tidak dapat dihapus: {alasan}.")
    jejak = _hapus_indikator_jejak(indikator)
    indikator.delete()
    catat(jejak)


def _hapus_indikator_jejak(ind: Indikator) -> list[Perubahan]:
    """The trail of a deleted indicator: its definition and its targets, each to nothing."""
    jejak = perubahan_objek("perencanaan.indikator", ind.pk, f"Indikator {ind.nama}", isi(ind, _MEDAN_INDIKATOR),
                            None, unit_id=ind.unit_id, indikator_id=ind.pk)
    jejak += [Perubahan("perencanaan.target", f"{ind.pk}/{t}", f"Target {ind.nama}", "nilai", v, None,
                        unit_id=ind.unit_id, indikator_id=ind.pk, tahun=t)
              for t, v in Target.objects.filter(indikator=ind).values_list("tahun", "nilai")]
    return jejak


@transaction.atomic
def ubah_target(indikator: Indikator, nilai: Mapping[int, Decimal | None]) -> None:
    """Set the yearly targets given (years of the indicator's period); None removes that year's target.

    Years not given are left alone.
    """
    nilai = {int(t): periksa_nilai_indikator(v, indikator.satuan, label=f"Target {indikator.nama} {t}")
             for t, v in nilai.items()}
    periode = indikator.periode
    for tahun in nilai:
        if not periode.memuat(tahun):
            raise ValidationError(f"Tahun {tahun} di luar periode {periode.nama}.")
    existing = {t.tahun: t for t in Target.objects.filter(indikator=indikator, tahun__in=list(nilai))}
    semula = {t: r.nilai for t, r in existing.items()}  # before the loop below changes the rows
    new, changed, kosong = [], [], []
    for tahun, v in nilai.items():
        row = existing.get(tahun)
        if v is None:
            if row is not None:
                kosong.append(tahun)
        elif row is None:
            new.append(Target(indikator=indikator, tahun=tahun, nilai=v))
        elif row.nilai != v:
            row.nilai = v
            changed.append(row)
    catat(Perubahan("perencanaan.target", f"{indikator.pk}/{t}", f"Target {indikator.nama}", "nilai",
                    semula.get(t), v, unit_id=indikator.unit_id, indikator_id=indikator.pk, tahun=t)
          for t, v in nilai.items() if v is not None or t in kosong)
    Target.objects.filter(indikator=indikator, tahun__in=kosong).delete()
    Target.objects.bulk_create(new)
    Target.objects.bulk_update(changed, ["nilai"])
