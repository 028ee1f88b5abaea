"""The one write path of rencana aksi, anggaran kas and faktor per triwulan.

Only the PK version in force takes a rencana aksi: once a later version is signed, the earlier
one's rencana aksi is history and refuses changes (the new version carries its own). Faktor
follow the realisasi they explain: a triwulan that is submitted, approved or locked refuses them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.anggaran.models import MataAnggaran
from sakip.audit.services import Perubahan, catat
from sakip.core.aggregation import ROMAWI, Agregasi
from sakip.core.batas import JenisAngka
from sakip.core.kewajaran import AturanSatuan, galat_bulat, galat_persen, persen_bagian
from sakip.core.rencana_aksi import (
    TRIWULAN_NOMOR,
    RencanaAksiError,
    kumulatif_baku,
    periksa_anggaran_kas,
)
from sakip.kendali.services import satuan_bulat
from sakip.organisasi.angka import periksa_angka, periksa_nilai_indikator
from sakip.perencanaan.models import Indikator
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.realisasi.alur import pastikan_terbuka

from .models import Aksi, FaktorTriwulan, RencanaAksi, RencanaSubKegiatan, TargetTriwulan


@dataclass
class IsianRencana:
    """One PK indicator's rencana aksi as entered (grid row, workbook row, API body)."""

    target: Mapping[int, Decimal | None] = field(default_factory=dict)
    teks: Mapping[int, str] = field(default_factory=dict)
    kumulatif: bool | None = None  # None: as the indicator's aggregation implies
    aksi: Sequence[tuple[str, str]] | None = None  # (uraian, penanggung jawab); None leaves them as they are


def pastikan_berlaku(perjanjian: PerjanjianKinerja) -> None:
    """Refuse a change to the rencana aksi of a PK version that a signed later version replaced."""
    pengganti = (PerjanjianKinerja.objects.filter(unit_id=perjanjian.unit_id, tahun=perjanjian.tahun,
                                                  nomor_perubahan__gt=perjanjian.nomor_perubahan,
                                                  ditandatangani=True)
                 .order_by("nomor_perubahan").first())
    if pengganti is not None:
        raise ValidationError(
            f"Rencana aksi {perjanjian.judul} {perjanjian.tahun} sudah menjadi riwayat: {pengganti.judul} "
            f"tanggal {pengganti.tanggal:%d-%m-%Y} berlaku; isi rencana aksi pada versi itu.")


def _label(row: IndikatorPK) -> str:
    return f"Rencana aksi {row.indikator.nama}"


def _simpan_satu(row: IndikatorPK, isian: IsianRencana, perubahan: list[Perubahan],
                 aturan: AturanSatuan) -> RencanaAksi:
    pk = row.sasaran.perjanjian
    ind = row.indikator
    kumulatif = kumulatif_baku(Agregasi(ind.agregasi)) if isian.kumulatif is None else isian.kumulatif
    targets: dict[int, Decimal | None] = {}
    for tw in TRIWULAN_NOMOR:
        if tw in isian.target:
            label = f"Target triwulan {ROMAWI[tw]} {ind.nama}"
            nilai = periksa_nilai_indikator(isian.target[tw], ind.satuan, field="target", label=label)
            # The same unit rules as the realisasi the target will be compared with (issue #13).
            if aturan.dihitung_utuh(ind.satuan) and (pesan := galat_bulat(nilai, ind.satuan)):
                raise ValidationError({"target": f"{label}: {pesan}."}, code="bulat")
            if persen_bagian(ind.nama, ind.satuan) and (pesan := galat_persen(nilai)):
                raise ValidationError({"target": f"{label}: {pesan}."}, code="persen")
            targets[tw] = nilai
    for tw in isian.teks:
        if tw not in TRIWULAN_NOMOR:
            raise ValidationError({"target": f"Triwulan harus 1 sampai 4, bukan {tw}."})
    rencana, baru = RencanaAksi.objects.get_or_create(indikator_pk=row, defaults={"kumulatif": kumulatif})
    objek = f"{_label(row)} ({pk.judul} {pk.tahun})"
    kunci = {"unit_id": pk.unit_id, "indikator_id": ind.pk, "tahun": pk.tahun}
    if baru or rencana.kumulatif != kumulatif:
        perubahan.append(Perubahan("rencana_aksi.rencanaaksi", rencana.pk, objek, "kumulatif",
                                   None if baru else rencana.kumulatif, kumulatif, **kunci))
        rencana.kumulatif = kumulatif
        rencana.save(update_fields=["kumulatif"])
    lama = {t.triwulan: t for t in rencana.target.all()}
    for tw in sorted(set(targets) | set(isian.teks)):
        nilai = targets.get(tw, lama[tw].nilai if tw in lama else None)
        teks = (isian.teks.get(tw, lama[tw].teks if tw in lama else "") or "").strip()
        t = lama.get(tw)
        if nilai is None and not teks:
            if t is not None:
                perubahan.append(Perubahan("rencana_aksi.targettriwulan", t.pk, objek, f"target_tw{tw}",
                                           t.nilai if t.nilai is not None else t.teks, None, **kunci))
                t.delete()
            continue
        if t is None:
            t = TargetTriwulan.objects.create(rencana=rencana, triwulan=tw, nilai=nilai, teks=teks)
            perubahan.append(Perubahan("rencana_aksi.targettriwulan", t.pk, objek, f"target_tw{tw}", None,
                                       nilai if nilai is not None else teks, **kunci))
        elif (t.nilai, t.teks) != (nilai, teks):
            perubahan.append(Perubahan("rencana_aksi.targettriwulan", t.pk, objek, f"target_tw{tw}",
                                       t.nilai if t.nilai is not None else t.teks,
                                       nilai if nilai is not None else teks, **kunci))
            t.nilai, t.teks = nilai, teks
            t.save(update_fields=["nilai", "teks"])
    if isian.aksi is not None:
        aksi = [(u.strip(), p.strip()) for u, p in isian.aksi if u.strip()]
        lama_aksi = [(a.uraian, a.penanggung_jawab) for a in rencana.aksi.all()]
        if aksi != lama_aksi:
            rencana.aksi.all().delete()
            Aksi.objects.bulk_create(Aksi(rencana=rencana, uraian=u, penanggung_jawab=p, urutan=i)
                                     for i, (u, p) in enumerate(aksi))
            perubahan.append(Perubahan("rencana_aksi.aksi", rencana.pk, objek, "aksi",
                                       "; ".join(f"{u} ({p})" for u, p in lama_aksi) or None,
                                       "; ".join(f"{u} ({p})" for u, p in aksi) or None, **kunci))
    return rencana


@transaction.atomic
def simpan_rencana_aksi(indikator_pk: IndikatorPK, isian: IsianRencana, alasan: str = "") -> RencanaAksi:
    """Store the triwulan targets (and, when given, the actions) of one PK indicator."""
    row = IndikatorPK.objects.select_related("indikator", "sasaran__perjanjian").get(pk=indikator_pk.pk)
    pastikan_berlaku(row.sasaran.perjanjian)
    perubahan: list[Perubahan] = []
    rencana = _simpan_satu(row, isian, perubahan, satuan_bulat(row.sasaran.perjanjian.unit.pemda_id))
    catat(perubahan, alasan=alasan)
    return rencana


@transaction.atomic
def simpan_rencana_aksi_batch(perjanjian: PerjanjianKinerja, isian: Mapping[int, IsianRencana],
                              alasan: str = "") -> dict[int, str]:
    """The grid's save: many PK indicators (by IndikatorPK id) at once.

    Returns the refusal of each row that could not be stored (the other rows are stored); a row
    of another PK is refused, never written.
    """
    pastikan_berlaku(perjanjian)
    rows = {r.pk: r for r in IndikatorPK.objects.filter(sasaran__perjanjian=perjanjian, pk__in=list(isian))
            .select_related("indikator", "sasaran__perjanjian")}
    galat: dict[int, str] = {}
    perubahan: list[Perubahan] = []
    aturan = satuan_bulat(perjanjian.unit.pemda_id)
    for row_id, data in isian.items():
        row = rows.get(row_id)
        if row is None:
            galat[row_id] = "Indikator ini bukan bagian perjanjian kinerja yang dibuka."
            continue
        try:
            with transaction.atomic():
                sebagian: list[Perubahan] = []
                _simpan_satu(row, data, sebagian, aturan)
                perubahan += sebagian
        except ValidationError as exc:
            galat[row_id] = "; ".join(exc.messages)
    catat(perubahan, alasan=alasan)
    return galat


@transaction.atomic
def simpan_rencana_sub_kegiatan(perjanjian: PerjanjianKinerja, mata_anggaran: MataAnggaran, *,
                                target_k: Mapping[int, Decimal | None],
                                anggaran_kas: Mapping[int, Decimal | None], alasan: str = "") -> None:
    """The planned output (K) and disbursement per triwulan of one sub kegiatan; the kas must add up to pagu."""
    pastikan_berlaku(perjanjian)
    if (mata_anggaran.unit_id, mata_anggaran.tahun) != (perjanjian.unit_id, perjanjian.tahun):
        raise ValidationError({"mata_anggaran": "Sub kegiatan harus dari DPA unit dan tahun perjanjian kinerja."})
    if mata_anggaran.tingkat != "sub_kegiatan" or mata_anggaran.pagu is None:
        raise ValidationError({"mata_anggaran": "Anggaran kas hanya direncanakan untuk sub kegiatan yang berpagu."})
    nama = f"{mata_anggaran.kode} {mata_anggaran.nama}".strip()
    kas: dict[int, Decimal | None] = {}
    k: dict[int, Decimal | None] = {}
    for tw in TRIWULAN_NOMOR:
        kas[tw] = periksa_angka(anggaran_kas.get(tw), JenisAngka.RUPIAH, field="anggaran_kas",
                                label=f"Anggaran kas triwulan {ROMAWI[tw]} {nama}")
        k[tw] = periksa_angka(target_k.get(tw), JenisAngka.NILAI, field="target_k",
                              label=f"Target keluaran triwulan {ROMAWI[tw]} {nama}")
    try:
        periksa_anggaran_kas(kas, mata_anggaran.pagu, nama)
    except RencanaAksiError as exc:
        raise ValidationError({"anggaran_kas": str(exc)}) from None
    lama = {r.triwulan: r for r in RencanaSubKegiatan.objects.filter(perjanjian=perjanjian,
                                                                     mata_anggaran=mata_anggaran)}
    perubahan = []
    objek = f"Rencana {nama} ({perjanjian.judul} {perjanjian.tahun})"
    for tw in TRIWULAN_NOMOR:
        r = lama.get(tw)
        sebelum = (None, None) if r is None else (r.target_k, r.anggaran_kas)
        sesudah = (k[tw], kas[tw] or Decimal(0))
        if r is None:
            r = RencanaSubKegiatan(perjanjian=perjanjian, mata_anggaran=mata_anggaran, triwulan=tw)
        r.target_k, r.anggaran_kas = sesudah
        r.save()
        for f, a, b in (("target_k", sebelum[0], sesudah[0]), ("anggaran_kas", sebelum[1], sesudah[1])):
            perubahan.append(Perubahan("rencana_aksi.rencanasubkegiatan", r.pk, objek, f"{f}_tw{tw}", a, b,
                                       unit_id=perjanjian.unit_id, tahun=perjanjian.tahun))
    catat(perubahan, alasan=alasan)


TEKS_FAKTOR = ("pendorong", "penghambat", "solusi")


@transaction.atomic
def simpan_faktor_triwulan(indikator: Indikator, tahun: int, triwulan: int, alasan: str = "",
                           **teks: str) -> FaktorTriwulan | None:
    """Pendorong, penghambat and solusi of one indicator in one triwulan; all empty removes the row."""
    if triwulan not in TRIWULAN_NOMOR:
        raise ValidationError({"triwulan": f"Triwulan harus 1 sampai 4, bukan {triwulan}."})
    asing = set(teks) - set(TEKS_FAKTOR)
    if asing:
        raise ValidationError(f"Isian faktor tidak dikenal: {', '.join(sorted(asing))}.")
    pastikan_terbuka(indikator.unit_id, tahun, [triwulan])
    lama = FaktorTriwulan.objects.filter(indikator=indikator, tahun=tahun, triwulan=triwulan).first()
    nilai = {f: (teks[f] if f in teks else getattr(lama, f, "")).strip() for f in TEKS_FAKTOR}
    objek = f"Faktor {indikator.nama} {tahun} TW {ROMAWI[triwulan]}"
    kunci = {"unit_id": indikator.unit_id, "indikator_id": indikator.pk, "tahun": tahun}
    if not any(nilai.values()):
        if lama is not None:
            catat([Perubahan("rencana_aksi.faktortriwulan", lama.pk, objek, f, getattr(lama, f), None, **kunci)
                   for f in TEKS_FAKTOR], alasan=alasan)
            lama.delete()
        return None
    obj, _ = FaktorTriwulan.objects.update_or_create(indikator=indikator, tahun=tahun, triwulan=triwulan,
                                                     defaults=nilai)
    catat([Perubahan("rencana_aksi.faktortriwulan", obj.pk, objek, f, getattr(lama, f, None), nilai[f], **kunci)
           for f in TEKS_FAKTOR], alasan=alasan)
    return obj
