"""The one write path of the SKM: surveys, respondents (form, paper grid, import), follow-up."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from sakip.audit.services import Perubahan, catat, isi, perubahan_objek
from sakip.core.ikm import KODE_UNSUR, Bobot, Ringkasan, ringkas
from sakip.organisasi.models import Pemda, Unit

from .models import (
    JenisKelamin,
    Kanal,
    Pekerjaan,
    Pendidikan,
    PengaturanSkm,
    Periode,
    RencanaTindakLanjut,
    Responden,
    StatusSurvei,
    StatusTindakLanjut,
    Survei,
    Usia,
)

_MEDAN_SURVEI = ["tahun", "periode", "jenis_layanan", "metode", "populasi", "status", "diumumkan"]
_MEDAN_RTL = ["unsur_kode", "masalah", "rencana", "penanggung_jawab", "batas_waktu", "status", "keterangan"]
PROFIL = ("jenis_layanan", "jenis_kelamin", "usia", "pendidikan", "pekerjaan")


def _jejak_survei(s: Survei, lama: Mapping[str, object] | None, alasan: str = "") -> None:
    catat(perubahan_objek("skm.survei", s.pk, str(s), lama, isi(s, _MEDAN_SURVEI), unit_id=s.unit_id,
                          tahun=s.tahun), alasan=alasan)


@transaction.atomic
def buat_survei(unit: Unit, *, tahun: int, periode: str = Periode.S1, jenis_layanan: str, metode: str,
                populasi: int, status: str = StatusSurvei.DIBUKA) -> Survei:
    """A survey of a unit layanan for a period; its minimum sample follows from the population."""
    if Survei.objects.filter(unit=unit, tahun=tahun, periode=periode).exists():
        raise ValidationError({"periode": f"Survei {unit} {periode} {tahun} sudah ada."})
    s = Survei(unit=unit, tahun=tahun, periode=periode, jenis_layanan=jenis_layanan.strip(), metode=metode,
               populasi=populasi, status=status, ringkasan={})
    s.full_clean(exclude=["unit"])
    s.save()
    _jejak_survei(s, None)
    return s


@transaction.atomic
def ubah_survei(survei: Survei, *, jenis_layanan: str | None = None, metode: str | None = None,
                populasi: int | None = None, status: str | None = None, alasan: str = "") -> Survei:
    """Change a survey's description or open/close it for answers."""
    lama = isi(survei, _MEDAN_SURVEI)
    if jenis_layanan is not None:
        survei.jenis_layanan = jenis_layanan.strip()
    if metode is not None:
        survei.metode = metode
    if populasi is not None:
        survei.populasi = populasi
    if status is not None:
        survei.status = status
    survei.full_clean(exclude=["unit"])
    survei.save()
    _jejak_survei(survei, lama, alasan)
    return survei


@transaction.atomic
def umumkan_hasil(survei: Survei, tanggal: date | None = None) -> Survei:
    """Publish (or, with a survey already published and ``tanggal`` None, keep) the result on the public page."""
    lama = isi(survei, _MEDAN_SURVEI)
    survei.diumumkan = tanggal or timezone.localdate()
    survei.save(update_fields=["diumumkan"])
    _jejak_survei(survei, lama)
    return survei


@transaction.atomic
def tarik_pengumuman(survei: Survei) -> Survei:
    """Take a result off the public page."""
    lama = isi(survei, _MEDAN_SURVEI)
    survei.diumumkan = None
    survei.save(update_fields=["diumumkan"])
    _jejak_survei(survei, lama)
    return survei


@transaction.atomic
def atur_bobot(pemda: Pemda, bobot: str) -> PengaturanSkm:
    """The weight the Pemda's IKM is computed with (exact 1/9, or a legacy 0,111 / 0,11)."""
    try:
        b = Bobot(bobot)
    except ValueError:
        raise ValidationError({"bobot": "Bobot harus tepat, 0,111 atau 0,11."}) from None
    obj, baru = PengaturanSkm.objects.get_or_create(pemda=pemda)
    lama = None if baru else obj.bobot
    obj.bobot = b.value
    obj.save()
    catat([Perubahan("skm.pengaturanskm", obj.pk, str(obj), "bobot", lama, b.value)])
    return obj


@dataclass(frozen=True)
class DataResponden:
    """One respondent as entered: answers by unsur code and the profile."""

    jawaban: Mapping[str, int | None]
    jenis_layanan: str = ""
    jenis_kelamin: str = ""
    usia: str = ""
    pendidikan: str = ""
    pekerjaan: str = ""
    saran: str = ""
    tanggal: date | None = None


_PILIHAN = {"jenis_kelamin": frozenset(JenisKelamin.values), "usia": frozenset(Usia.values),
            "pendidikan": frozenset(Pendidikan.values), "pekerjaan": frozenset(Pekerjaan.values)}
_NILAI = {1: 1, 2: 2, 3: 3, 4: 4}


def _periksa(survei: Survei, d: DataResponden, label: str, layanan: frozenset[str]) -> dict[str, int | None]:
    """The answers as stored, or a refusal naming the respondent and the field (kept lean: 10.000 rows)."""
    jawaban: dict[str, int | None] = {}
    for kode in KODE_UNSUR:
        v = d.jawaban.get(kode)
        if v is None:
            jawaban[kode] = None
        elif type(v) is int and v in _NILAI:
            jawaban[kode] = v
        else:
            raise ValidationError({kode: f"{label}: nilai {kode} harus 1, 2, 3 atau 4."})
    if len(d.jawaban) > len(KODE_UNSUR) and set(d.jawaban) - set(KODE_UNSUR):
        raise ValidationError({"jawaban": f"{label}: unsur tidak dikenal {sorted(set(d.jawaban) - set(KODE_UNSUR))}."})
    if all(v is None for v in jawaban.values()):
        raise ValidationError({"jawaban": f"{label}: tidak ada jawaban."})
    for f, boleh in _PILIHAN.items():
        nilai = getattr(d, f)
        if nilai and nilai not in boleh:
            raise ValidationError({f: f"{label}: pilihan {f.replace('_', ' ')} \"{nilai}\" tidak dikenal."})
    if d.jenis_layanan and layanan and d.jenis_layanan not in layanan:
        raise ValidationError({"jenis_layanan": f"{label}: jenis layanan {d.jenis_layanan} bukan layanan survei ini."})
    return jawaban


def _tambah_ringkasan(survei: Survei, tambahan: Ringkasan) -> None:
    total = survei.ke_ringkasan().tambah(tambahan)
    survei.ringkasan = {"jumlah": dict(total.jumlah), "banyak": dict(total.banyak)}
    survei.responden = total.responden
    survei.save(update_fields=["ringkasan", "responden"])


def _kunci(survei: Survei) -> Survei:
    """The survey row locked for this transaction, so concurrent answers add up."""
    return Survei.objects.select_for_update().select_related("unit").get(pk=survei.pk)


@transaction.atomic
def catat_responden(survei: Survei, data: DataResponden, *, kanal: str = Kanal.DARING) -> Responden:
    """One respondent's answers (the public form, or an operator entering a paper questionnaire)."""
    s = _kunci(survei)
    if kanal == Kanal.DARING and s.status != StatusSurvei.DIBUKA:
        raise ValidationError({"survei": "Survei ini sudah ditutup."})
    jawaban = _periksa(s, data, "Responden", frozenset(s.daftar_layanan))
    r = Responden.objects.create(
        survei=s, tanggal=data.tanggal or timezone.localdate(), kanal=kanal, jenis_layanan=data.jenis_layanan[:200],
        jenis_kelamin=data.jenis_kelamin, usia=data.usia, pendidikan=data.pendidikan, pekerjaan=data.pekerjaan,
        jawaban=jawaban, saran=data.saran[:2000])
    _tambah_ringkasan(s, ringkas([jawaban]))
    survei.responden, survei.ringkasan = s.responden, s.ringkasan
    teks = " ".join(f"{k}={v}" for k, v in jawaban.items() if v is not None)
    catat([Perubahan("skm.responden", r.pk, f"Responden {s}", "jawaban", None, teks, unit_id=s.unit_id, tahun=s.tahun)])
    return r


_KOLOM = ("survei_id", "kanal", "tanggal", "jenis_layanan", "jenis_kelamin", "usia", "pendidikan", "pekerjaan",
          "jawaban", "saran")


def _sisipkan(s: Survei, kanal: str, rows: list[tuple[object, ...]]) -> None:
    """Checked rows inserted with one executemany per batch: the ORM's per-field work would cost
    seconds for 10.000 respondents, the target of an import being well under five."""
    json_ph = "%s::jsonb" if connection.vendor == "postgresql" else "%s"
    ph = ", ".join([*["%s"] * 8, json_ph, "%s"])
    sql = (f"INSERT INTO {Responden._meta.db_table} ({', '.join(_KOLOM)}) VALUES ({ph})")  # noqa: S608  # fixed names
    with connection.cursor() as cur:
        for i in range(0, len(rows), 2000):
            cur.executemany(sql, [(s.pk, kanal, *r) for r in rows[i:i + 2000]])


@transaction.atomic
def impor_responden(survei: Survei, rows: Sequence[DataResponden], *, kanal: str = Kanal.IMPOR,
                    keterangan: str = "") -> int:
    """Many respondents at once (XLSX import, demo): all checked first, then stored in bulk, or none."""
    s = _kunci(survei)
    layanan = frozenset(s.daftar_layanan)
    checked = [_periksa(s, d, f"Responden ke-{i + 1}", layanan) for i, d in enumerate(rows)]
    today = timezone.localdate()
    _sisipkan(s, kanal, [(d.tanggal or today, d.jenis_layanan[:200], d.jenis_kelamin, d.usia, d.pendidikan,
                          d.pekerjaan, json.dumps(j, separators=(",", ":")), d.saran[:2000])
                         for d, j in zip(rows, checked, strict=True)])
    lama = s.responden
    _tambah_ringkasan(s, ringkas(checked))
    survei.responden, survei.ringkasan = s.responden, s.ringkasan
    catat([Perubahan("skm.survei", s.pk, str(s), "responden", lama, s.responden, unit_id=s.unit_id, tahun=s.tahun)],
          alasan=keterangan or f"{len(rows)} responden diimpor")
    return len(rows)


@transaction.atomic
def tambah_rencana_tindak_lanjut(survei: Survei, *, unsur_kode: str, masalah: str, rencana: str,
                                 penanggung_jawab: str, batas_waktu: date) -> RencanaTindakLanjut:
    """A follow-up plan for an unsur (usually the weakest), with its owner and deadline."""
    if unsur_kode not in KODE_UNSUR:
        raise ValidationError({"unsur_kode": f"Unsur {unsur_kode} tidak dikenal."})
    rtl = RencanaTindakLanjut(survei=survei, unsur_kode=unsur_kode, masalah=masalah.strip(), rencana=rencana.strip(),
                              penanggung_jawab=penanggung_jawab.strip(), batas_waktu=batas_waktu)
    rtl.full_clean(exclude=["survei"])
    rtl.save()
    catat(perubahan_objek("skm.rencanatindaklanjut", rtl.pk, str(rtl), None, isi(rtl, _MEDAN_RTL),
                          unit_id=survei.unit_id, tahun=survei.tahun))
    return rtl


@transaction.atomic
def ubah_status_tindak_lanjut(rtl: RencanaTindakLanjut, status: str, keterangan: str = "") -> RencanaTindakLanjut:
    """Follow a plan up: belum, proses or tuntas, with a note of what was done."""
    if status not in StatusTindakLanjut.values:
        raise ValidationError({"status": "Status harus belum, proses atau tuntas."})
    lama = isi(rtl, _MEDAN_RTL)
    rtl.status, rtl.keterangan = status, keterangan.strip()
    rtl.save(update_fields=["status", "keterangan"])
    catat(perubahan_objek("skm.rencanatindaklanjut", rtl.pk, str(rtl), lama, isi(rtl, _MEDAN_RTL),
                          unit_id=rtl.survei.unit_id, tahun=rtl.survei.tahun))
    return rtl
