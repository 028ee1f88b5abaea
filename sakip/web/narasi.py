"""The narrative page: its rows (each indicator of the year's PKs with its texts, and the PD's own
texts) and its save, field by field against the text each field had when the page was opened."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from sakip.audit.models import Jejak
from sakip.core import formatting as fmt
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.perjanjian.models import IndikatorPK
from sakip.realisasi.models import NarasiIndikator, NarasiUnit
from sakip.realisasi.services import (
    KonflikNarasi,
    simpan_narasi_indikator_bersyarat,
    simpan_narasi_unit_bersyarat,
)

BIDANG_INDIKATOR = ("faktor_pendorong", "faktor_penghambat", "solusi", "rencana_tindak_lanjut")


@dataclass
class BarisNarasi:
    indikator: Indikator
    pk: str  # the PK version the indicator is agreed in, e.g. 'Perjanjian Kinerja Perubahan'
    target: Decimal
    teks: dict[str, str]


@dataclass
class LembarNarasi:
    baris: list[BarisNarasi]
    unit_teks: dict[str, str]


def lembar_narasi(unit: Unit, tahun: int) -> LembarNarasi:
    """Every indicator of the year's PK versions (latest first) with its narrative, in three queries.

    Narratives belong to the indicator itself: the PK awal and its perubahan may agree on
    different indicators for one year, and the LKjIP analyses each.
    """
    rows: list[BarisNarasi] = []
    seen: set[int] = set()
    ipks = (IndikatorPK.objects.filter(sasaran__perjanjian__unit=unit, sasaran__perjanjian__tahun=tahun)
            .select_related("indikator", "sasaran__perjanjian")
            .order_by("-sasaran__perjanjian__nomor_perubahan", "sasaran__urutan", "urutan"))
    for ipk in ipks:
        if ipk.indikator_id in seen:
            continue
        seen.add(ipk.indikator_id)
        rows.append(BarisNarasi(ipk.indikator, ipk.sasaran.perjanjian.judul, ipk.target, {}))
    texts = {
        n.indikator_id: {f: getattr(n, f) for f in BIDANG_INDIKATOR}
        for n in NarasiIndikator.objects.filter(indikator_id__in=seen, tahun=tahun)
    }
    for r in rows:
        r.teks = texts.get(r.indikator.pk, {})
    unit_teks = dict(NarasiUnit.objects.filter(unit=unit, tahun=tahun).values_list("jenis", "teks"))
    return LembarNarasi(rows, unit_teks)


SEMULA = "semula-"  # prefix of the hidden field holding a text as the page showed it


def prefix_indikator(indikator: Indikator) -> str:
    return f"n{indikator.pk}"


PREFIX_UNIT = "pd"


def isian_awal(lembar: LembarNarasi, form_ind: type[forms.Form], form_unit: type[forms.Form]) -> dict[str, str]:
    """Every field of the page by its HTML name, with the stored text."""
    out: dict[str, str] = {}
    for b in lembar.baris:
        for nama in form_ind.base_fields:
            out[f"{prefix_indikator(b.indikator)}-{nama}"] = b.teks.get(nama, "")
    for jenis, teks in lembar.unit_teks.items():
        out[f"{PREFIX_UNIT}-{jenis}"] = teks
    return out


def _oleh(jejak: tuple[str, datetime] | None) -> str:
    if jejak is None:
        return ""
    pada = timezone.localtime(jejak[1])
    return f" oleh {jejak[0] or 'sistem'} ({fmt.tanggal(pada.date())} {pada:%H.%M})"


def pesan_konflik(label: str, kini: str, jejak: tuple[str, datetime] | None) -> str:
    """Which field, who changed it and when, what it reads now; the user's text stays in the box."""
    cuplikan = " ".join(kini.split())
    cuplikan = "kosong" if not cuplikan else f"“{cuplikan[:200]}{'…' if len(cuplikan) > 200 else ''}”"
    return (f"“{label}” sudah diubah{_oleh(jejak)} sejak halaman Anda buka; isian Anda belum disimpan dan "
            f"masih ada di kotak ini. Teks tersimpan kini: {cuplikan}. Simpan lagi bila isian Anda tetap "
            "yang benar.")


@dataclass
class HasilSimpan:
    tersimpan: int = 0
    galat: dict[str, str] = field(default_factory=dict)  # HTML field name → message


@transaction.atomic
def simpan_narasi(unit: Unit, tahun: int, lembar: LembarNarasi, forms_ind: list[forms.Form],
                  form_unit: forms.Form, post: Mapping[str, str]) -> HasilSimpan:
    """Store each field present in ``post`` whose text differs, only if it still reads as the page showed it.

    A field the POST omits is left alone (a partial POST never clears text); an emptied
    field that is present clears it. Each field is saved in its own savepoint, so one refused
    field does not undo the others.
    """
    hasil = HasilSimpan()

    def satu(f: forms.Form, nama: str, simpan: Callable[[str, str | None], bool], jejak: QuerySet[Jejak]) -> None:
        html = f.add_prefix(nama)
        if html not in post:
            return
        try:
            with transaction.atomic():
                if simpan(f.cleaned_data[nama], post.get(SEMULA + html)):
                    hasil.tersimpan += 1
        except KonflikNarasi as exc:
            terakhir = jejak.order_by("-waktu", "-pk").values_list("nama_pengguna", "waktu").first()
            hasil.galat[html] = pesan_konflik(str(f.fields[nama].label), exc.kini, terakhir)
        except ValidationError as exc:
            hasil.galat[html] = " ".join(exc.messages)

    for b, f in zip(lembar.baris, forms_ind, strict=True):
        for nama in f.fields:
            satu(f, nama,
                 lambda teks, semula, ind=b.indikator, nama=nama: simpan_narasi_indikator_bersyarat(
                     ind, tahun, nama, teks, semula),
                 Jejak.objects.filter(model="realisasi.narasiindikator", indikator_id=b.indikator.pk,
                                      tahun=tahun, field=nama))
    for jenis in form_unit.fields:
        satu(form_unit, jenis,
             lambda teks, semula, jenis=jenis: simpan_narasi_unit_bersyarat(unit, tahun, jenis, teks, semula),
             Jejak.objects.filter(model="realisasi.narasiunit", unit_id=unit.pk, tahun=tahun, field=jenis))
    return hasil
