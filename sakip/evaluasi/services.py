"""The one write path of Evaluasi AKIP: assignments, answers per tier, evidence, finalisation and
reopening, the LHE's text, recommendations, follow-up and its verification. Each function opens
its transaction and records what it changed in the audit trail (Jejak).

Functions that take ``user`` check the user's right (``akses``) as well as the views do, so that
no door (web, XLSX import, command) lets a PD write the Inspektorat's answers; ``user`` None is
a command or the demo loader acting as the system.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import PurePosixPath

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import URLValidator
from django.db import transaction

from sakip.audit.services import catat, isi, perubahan_objek
from sakip.core.lke import Peringatan
from sakip.organisasi.models import JenisUnit, Unit

from . import akses
from .models import (
    BuktiDukung,
    Evaluasi,
    JawabanEvaluasi,
    JenisBukti,
    JenisRekaman,
    KriteriaLKE,
    PenugasanEvaluator,
    PeranTim,
    Prioritas,
    Rekomendasi,
    StatusEvaluasi,
    StatusRekomendasi,
    Tahap,
    TemplateLKE,
    TindakLanjut,
)
from .nilai import lembar, struktur, template_untuk
from .rekaman import rekaman_ada


class EvaluasiTerkunci(ValidationError):
    """A final evaluation refuses every change until it is reopened (audited)."""


# Evidence files: what an evaluator can open, and no bigger than a scanned document needs.
BUKTI_MAKS_BYTE = 10 * 1024 * 1024
BUKTI_EKSTENSI = {".pdf", ".docx", ".xlsx", ".png", ".jpg", ".jpeg"}
_TANDA = {".pdf": (b"%PDF",), ".docx": (b"PK\x03\x04",), ".xlsx": (b"PK\x03\x04",), ".png": (b"\x89PNG",),
          ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",)}


def _jejak_eval(ev: Evaluasi, model: str, obj_id: object, obj: str, lama: Mapping[str, object] | None,
                baru: Mapping[str, object] | None, alasan: str = "", user: User | None = None) -> None:
    catat(perubahan_objek(f"evaluasi.{model}", obj_id, obj, lama, baru, unit_id=ev.unit_id, tahun=ev.tahun),
          alasan=alasan, pengguna=user)


@transaction.atomic
def tugaskan_evaluator(user: User, unit: Unit, peran: str, oleh: User | None = None,
                       tahun: int | None = None) -> PenugasanEvaluator:
    """Grant an Inspektorat staff member a tier of the team evaluating one PD in ``tahun`` (None: every
    year until withdrawn); idempotent.

    With ``oleh`` (the web, the API) the assigner's right is checked and the assignee must be one of
    the Inspektorat's people of the PD's Pemda (``akses.calon_evaluator``); ``oleh`` None is the
    system (the demo loader, a command).
    """
    if oleh is not None:
        akses.pastikan(akses.boleh_tugaskan(oleh, unit.pemda_id),
                       "Hanya Admin Pemda atau Inspektorat yang menugaskan evaluator.")
        if not akses.calon_evaluator(unit.pemda_id).filter(pk=user.pk).exists():
            raise ValidationError(f"pengguna: {user.get_username()} bukan pegawai Inspektorat {unit.pemda}")
    if unit.jenis == JenisUnit.PEMDA:
        raise ValidationError("unit: tingkat Pemda tidak dievaluasi dengan LKE perangkat daerah")
    try:
        peran = PeranTim(peran)
    except ValueError as exc:
        raise ValidationError(f"peran: '{peran}' bukan anggota, ketua atau dalnis") from exc
    p, dibuat = PenugasanEvaluator.objects.get_or_create(user=user, unit=unit, peran=peran, tahun=tahun)
    if dibuat:
        catat(perubahan_objek("evaluasi.penugasanevaluator", p.pk, str(p), None,
                              {"user": user.get_username(), "unit": str(unit), "peran": peran,
                               "tahun": tahun or "setiap tahun"}, unit_id=unit.pk, tahun=tahun),
              pengguna=oleh)
    return p


@transaction.atomic
def cabut_penugasan(p: PenugasanEvaluator, oleh: User | None = None) -> None:
    """Withdraw an evaluator's grant (the answers they gave stay, with their name)."""
    if oleh is not None:
        akses.pastikan(akses.boleh_tugaskan(oleh, p.unit.pemda_id),
                       "Hanya Admin Pemda atau Inspektorat yang mencabut penugasan evaluator.")
    catat(perubahan_objek("evaluasi.penugasanevaluator", p.pk, str(p),
                          {"user": p.user.get_username(), "unit": str(p.unit), "peran": p.peran,
                           "tahun": p.tahun or "setiap tahun"}, None, unit_id=p.unit_id, tahun=p.tahun),
          pengguna=oleh)
    p.delete()


@transaction.atomic
def mulai_evaluasi(unit: Unit, tahun: int, template: TemplateLKE | None = None) -> Evaluasi:
    """The evaluation of a PD-year (created at its first use, with the LKE in force that year)."""
    ev = Evaluasi.objects.filter(unit=unit, tahun=tahun).select_related("template", "unit").first()
    if ev is not None:
        return ev
    template = template or template_untuk(tahun)
    if template is None:
        raise ValidationError(f"Tidak ada LKE yang berlaku untuk tahun {tahun}.")
    ev = Evaluasi.objects.create(unit=unit, tahun=tahun, template=template)
    _jejak_eval(ev, "evaluasi", ev.pk, str(ev), None, {"template": template.versi, "status": ev.status})
    return ev


def _pastikan_terbuka(ev: Evaluasi) -> None:
    if ev.status == StatusEvaluasi.FINAL:
        raise EvaluasiTerkunci(f"Evaluasi {ev.unit} {ev.tahun} sudah final; buka kembali (dengan alasan) "
                               "sebelum mengubahnya.")


def _pastikan_tahap(ev: Evaluasi, tahap: str, user: User | None) -> None:
    if tahap not in Tahap.values:
        raise ValidationError(f"Tahap '{tahap}' tidak dikenal.")
    if user is not None and tahap not in akses.tahap_boleh(user, ev.unit, ev.tahun):
        akses.pastikan(False, f"Anda tidak berhak mengisi jawaban tahap {Tahap(tahap).label} untuk {ev.unit}.")
    if tahap == Tahap.MANDIRI and ev.status != StatusEvaluasi.MANDIRI:
        raise ValidationError("Penilaian mandiri sudah ditutup: Inspektorat sedang mengevaluasi.")


@transaction.atomic
def simpan_jawaban(ev: Evaluasi, tahap: str, isian: Mapping[str, tuple[str, str]],
                   user: User | None = None) -> list[Peringatan]:
    """Store one tier's answers, ``{kode kriteria: (huruf or "", catatan)}``; the logic-rule warnings.

    An unknown criterion or a letter not on its scale refuses the whole batch (naming it); an
    empty letter clears the answer. A team answer moves the evaluation from self-assessment on.
    """
    _pastikan_terbuka(ev)
    _pastikan_tahap(ev, tahap, user)
    st = struktur(ev.template)
    by_kode = {k.kode: k for k in st.kriteria}
    lama = {j.kriteria_id: j for j in JawabanEvaluasi.objects.filter(evaluasi=ev, tahap=tahap).select_related("opsi")}
    galat: list[str] = []
    tulis = []
    for kode, (huruf, catatan) in isian.items():
        k = by_kode.get(kode)
        if k is None:
            galat.append(f"kriteria {kode}: tidak ada pada {ev.template}")
            continue
        opsi = st.opsi_huruf(k, huruf) if huruf.strip() else None
        if huruf.strip() and opsi is None:
            pilihan = ", ".join(o.huruf for o in st.opsi.get(k.skala_id, []))
            galat.append(f"kriteria {kode}: jawaban '{huruf}' tidak ada pada skala ({pilihan})")
            continue
        tulis.append((k, opsi, catatan.strip()))
    if galat:
        raise ValidationError("; ".join(galat))
    jejak = []
    for k, opsi, catatan in tulis:
        j = lama.get(k.pk)
        sebelum = None if j is None else {"jawaban": j.opsi.huruf if j.opsi else "", "catatan": j.catatan}
        sesudah = {"jawaban": opsi.huruf if opsi else "", "catatan": catatan}
        if sebelum == sesudah:
            continue
        if j is None:
            j = JawabanEvaluasi.objects.create(evaluasi=ev, kriteria=k, tahap=tahap, opsi=opsi, catatan=catatan,
                                               oleh=user)
        else:
            j.opsi, j.catatan, j.oleh = opsi, catatan, user
            j.save(update_fields=["opsi", "catatan", "oleh", "diubah"])
        jejak += perubahan_objek("evaluasi.jawabanevaluasi", j.pk, f"{ev} {k.kode} ({Tahap(tahap).label})",
                                 sebelum, sesudah, unit_id=ev.unit_id, tahun=ev.tahun)
    if tahap != Tahap.MANDIRI and ev.status == StatusEvaluasi.MANDIRI and tulis:
        jejak += perubahan_objek("evaluasi.evaluasi", ev.pk, str(ev), {"status": ev.status},
                                 {"status": StatusEvaluasi.EVALUASI}, unit_id=ev.unit_id, tahun=ev.tahun)
        ev.status = StatusEvaluasi.EVALUASI
        ev.save(update_fields=["status"])
    catat(jejak, pengguna=user)
    return lembar(ev, None if tahap != Tahap.MANDIRI else tahap, st).peringatan


def _periksa_berkas(nama: str, isi_berkas: bytes) -> str:
    ext = PurePosixPath(nama).suffix.lower()
    if ext not in BUKTI_EKSTENSI:
        raise ValidationError(f"berkas: jenis {ext or '(tanpa ekstensi)'} tidak diterima "
                              f"({', '.join(sorted(BUKTI_EKSTENSI))})")
    if len(isi_berkas) > BUKTI_MAKS_BYTE:
        raise ValidationError(f"berkas: lebih dari {BUKTI_MAKS_BYTE // (1024 * 1024)} MB")
    if not any(isi_berkas.startswith(t) for t in _TANDA[ext]):
        raise ValidationError(f"berkas: isinya bukan berkas {ext} yang sah")
    return ext


@transaction.atomic
def tambah_bukti(ev: Evaluasi, kriteria: KriteriaLKE, jenis: str, judul: str, *, rekaman: str = "",
                 rekaman_id: int | None = None, url: str = "", berkas: tuple[str, bytes] | None = None,
                 user: User | None = None) -> BuktiDukung:
    """Attach evidence to a criterion: a Sakip record, an uploaded file (checked) or a URL."""
    _pastikan_terbuka(ev)
    if user is not None:
        akses.pastikan(bool(akses.tahap_boleh(user, ev.unit, ev.tahun)), f"Anda tidak berhak menambah bukti untuk {ev.unit}.")
    if kriteria.sub.komponen.template_id != ev.template_id:
        raise ValidationError("kriteria: bukan kriteria LKE evaluasi ini")
    jenis = JenisBukti(jenis)
    b = BuktiDukung(evaluasi=ev, kriteria=kriteria, jenis=jenis, judul=judul.strip()[:300] or "Bukti dukung", oleh=user)
    if jenis == JenisBukti.REKAMAN:
        if rekaman not in JenisRekaman.values:
            raise ValidationError(f"rekaman: '{rekaman}' bukan jenis rekaman Sakip")
        if rekaman_id is not None and not rekaman_ada(ev.unit, ev.tahun, rekaman, rekaman_id):
            raise ValidationError(f"rekaman: {JenisRekaman(rekaman).label} nomor {rekaman_id} bukan milik {ev.unit}")
        b.rekaman, b.rekaman_id = rekaman, rekaman_id
    elif jenis == JenisBukti.TAUTAN:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError as exc:
            raise ValidationError("url: bukan alamat http(s) yang sah") from exc
        b.url = url
    else:
        if berkas is None:
            raise ValidationError("berkas: tidak ada berkas")
        ext = _periksa_berkas(*berkas)
        b.berkas.save(f"bukti-{ev.unit.slug}-{ev.tahun}-{kriteria.kode}{ext}", ContentFile(berkas[1]), save=False)
    b.save()
    _jejak_eval(ev, "buktidukung", b.pk, f"{ev} {kriteria.kode}: {b.judul}", None,
                {"jenis": jenis, "judul": b.judul, "rekaman": b.rekaman, "rekaman_id": b.rekaman_id, "url": b.url,
                 "berkas": b.berkas.name}, user=user)
    return b


@transaction.atomic
def hapus_bukti(b: BuktiDukung, user: User | None = None) -> None:
    """Remove evidence (its file too) from an evaluation still open."""
    ev = b.evaluasi
    _pastikan_terbuka(ev)
    if user is not None:
        akses.pastikan(bool(akses.tahap_boleh(user, ev.unit, ev.tahun)), f"Anda tidak berhak menghapus bukti {ev.unit}.")
    _jejak_eval(ev, "buktidukung", b.pk, f"{ev}: {b.judul}", {"judul": b.judul, "url": b.url,
                                                              "berkas": b.berkas.name}, None, user=user)
    if b.berkas:
        b.berkas.delete(save=False)
    b.delete()


@transaction.atomic
def tetapkan_final(ev: Evaluasi, tanggal: date, user: User | None = None) -> Evaluasi:
    """Close the evaluation: its total and predikat (and the boundary rule used) are stored."""
    if user is not None:  # the right first, then the evaluation's state
        akses.pastikan(akses.boleh_final(user, ev.unit, ev.tahun), "Hanya ketua tim atau pengendali teknis yang menetapkan "
                                                         "hasil evaluasi.")
    _pastikan_terbuka(ev)
    lb = lembar(ev)
    kosong = [b.kriteria.kode for b in lb.baris if b.berlaku is None]
    if kosong:
        raise ValidationError(f"{len(kosong)} kriteria belum dijawab tim evaluator: {', '.join(kosong[:10])}")
    lama = isi(ev, ["status", "nilai_total", "predikat", "tanggal_final"])
    ev.status, ev.nilai_total, ev.predikat = StatusEvaluasi.FINAL, lb.total, lb.predikat.kode
    ev.aturan_predikat, ev.predikat_bawah_inklusif, ev.tanggal_final = lb.aturan, lb.aturan.bawah_inklusif, tanggal
    ev.save(update_fields=["status", "nilai_total", "predikat", "aturan_predikat", "predikat_bawah_inklusif",
                           "tanggal_final"])
    _jejak_eval(ev, "evaluasi", ev.pk, str(ev), lama,
                {**isi(ev, ["status", "nilai_total", "predikat", "tanggal_final"]), "aturan": lb.aturan.kode},
                user=user)
    return ev


@transaction.atomic
def buka_kembali(ev: Evaluasi, alasan: str, user: User | None = None) -> Evaluasi:
    """Reopen a final evaluation (audited with the reason); its Nilai SAKIP is withdrawn until final again."""
    if user is not None:  # the right first: whoever may not reopen learns nothing of the evaluation's state
        akses.pastikan(akses.boleh_awasi(user, ev.unit), "Hanya Inspektorat atau Admin Pemda yang dapat membuka "
                                                         "kembali evaluasi final.")
    if ev.status != StatusEvaluasi.FINAL:
        raise ValidationError("Evaluasi belum final; tidak perlu dibuka kembali.")
    if not alasan.strip():
        raise ValidationError("alasan: wajib diisi untuk membuka kembali evaluasi yang sudah final")
    lama = isi(ev, ["status", "nilai_total", "predikat", "tanggal_final"])
    ev.status, ev.nilai_total, ev.predikat, ev.tanggal_final = StatusEvaluasi.EVALUASI, None, "", None
    ev.aturan_predikat, ev.predikat_bawah_inklusif = None, None
    ev.save()
    _jejak_eval(ev, "evaluasi", ev.pk, str(ev), lama, isi(ev, ["status", "nilai_total", "predikat", "tanggal_final"]),
                alasan=alasan.strip(), user=user)
    return ev


@transaction.atomic
def simpan_lhe(ev: Evaluasi, *, nomor_lhe: str, kekuatan: str, kelemahan: str, user: User | None = None) -> Evaluasi:
    """The LHE's number and its narrative (strengths, weaknesses)."""
    if user is not None:
        akses.pastikan(akses.boleh_verifikasi(user, ev.unit, ev.tahun), f"Anda tidak berhak mengisi LHE {ev.unit}.")
    medan = ["nomor_lhe", "kekuatan", "kelemahan"]
    lama = isi(ev, medan)
    ev.nomor_lhe, ev.kekuatan, ev.kelemahan = nomor_lhe.strip(), kekuatan.strip(), kelemahan.strip()
    ev.save(update_fields=medan)
    _jejak_eval(ev, "evaluasi", ev.pk, str(ev), lama, isi(ev, medan), user=user)
    return ev


@transaction.atomic
def tambah_rekomendasi(ev: Evaluasi, uraian: str, *, prioritas: str, batas_waktu: date,
                       kriteria: KriteriaLKE | None = None, unit: Unit | None = None,
                       user: User | None = None) -> Rekomendasi:
    """A recommendation of the LHE, owned by the PD (or one of its sub units) that must follow it up."""
    if user is not None:
        akses.pastikan(akses.boleh_verifikasi(user, ev.unit, ev.tahun), f"Anda tidak berhak memberi rekomendasi {ev.unit}.")
    if not uraian.strip():
        raise ValidationError("uraian: rekomendasi tidak boleh kosong")
    unit = unit or ev.unit
    if unit.pemda_id != ev.unit.pemda_id:
        raise ValidationError("unit: bukan unit Pemda yang sama")
    r = Rekomendasi.objects.create(evaluasi=ev, unit=unit, kriteria=kriteria, uraian=uraian.strip(),
                                   prioritas=Prioritas(prioritas), batas_waktu=batas_waktu,
                                   urutan=Rekomendasi.objects.filter(evaluasi=ev).count() + 1)
    _jejak_eval(ev, "rekomendasi", r.pk, r.uraian[:200], None,
                isi(r, ["uraian", "prioritas", "batas_waktu", "unit", "status"]), user=user)
    return r


@transaction.atomic
def catat_tindak_lanjut(r: Rekomendasi, *, tanggal: date, uraian: str, url: str = "",
                        berkas: tuple[str, bytes] | None = None, user: User | None = None) -> TindakLanjut:
    """The PD's follow-up of a recommendation, with its evidence (a URL or a file)."""
    if user is not None:
        akses.pastikan(akses.boleh_tindak_lanjut(user, r.unit), f"Anda tidak berhak mencatat tindak lanjut {r.unit}.")
    if not uraian.strip():
        raise ValidationError("uraian: tindak lanjut tidak boleh kosong")
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError as exc:
            raise ValidationError("url: bukan alamat http(s) yang sah") from exc
    t = TindakLanjut(rekomendasi=r, tanggal=tanggal, uraian=uraian.strip(), url=url, oleh=user)
    if berkas is not None:
        ext = _periksa_berkas(*berkas)
        t.berkas.save(f"tindak-lanjut-{r.pk}{ext}", ContentFile(berkas[1]), save=False)
    t.save()
    ev = r.evaluasi
    _jejak_eval(ev, "tindaklanjut", t.pk, f"Tindak lanjut: {r.uraian[:150]}", None,
                isi(t, ["tanggal", "uraian", "url"]), user=user)
    return t


@transaction.atomic
def verifikasi_rekomendasi(r: Rekomendasi, status: str, *, tanggal: date, catatan: str = "",
                           user: User | None = None) -> Rekomendasi:
    """The Inspektorat's verdict on a recommendation's follow-up: belum / dalam proses / tuntas."""
    if user is not None:
        akses.pastikan(akses.boleh_verifikasi(user, r.evaluasi.unit, r.evaluasi.tahun),
                       "Hanya Inspektorat yang memverifikasi tindak lanjut.")
    status = StatusRekomendasi(status)
    if status == StatusRekomendasi.TUNTAS and not r.tindak_lanjut.exists():
        raise ValidationError("status: rekomendasi tanpa tindak lanjut tidak dapat dinyatakan tuntas")
    medan = ["status", "catatan_verifikasi", "tanggal_verifikasi"]
    lama = isi(r, medan)
    r.status, r.catatan_verifikasi, r.tanggal_verifikasi = status, catatan.strip(), tanggal
    r.save(update_fields=medan)
    _jejak_eval(r.evaluasi, "rekomendasi", r.pk, r.uraian[:200], lama, isi(r, medan), user=user)
    return r


@transaction.atomic
def muat_evaluasi_final(unit: Unit, tahun: int, jawaban: Mapping[str, str], *, tanggal: date,
                        tahap: str = Tahap.KETUA, nomor_lhe: str = "") -> Evaluasi:
    """Enter a whole evaluation made earlier (all answers of one tier) and close it, in bulk.

    For the demo and for a Pemda bringing last year's evaluation in: every criterion must be
    answered; the rows are inserted at once and the trail records them (one row per answer, or
    counted by the surrounding ``muat_awal``).
    """
    ev = mulai_evaluasi(unit, tahun)
    _pastikan_terbuka(ev)
    st = struktur(ev.template)
    galat = [k.kode for k in st.kriteria if st.opsi_huruf(k, jawaban.get(k.kode, "")) is None]
    if galat:
        raise ValidationError(f"kriteria tanpa jawaban yang sah: {', '.join(galat[:10])}")
    JawabanEvaluasi.objects.filter(evaluasi=ev, tahap=tahap).delete()
    rows = JawabanEvaluasi.objects.bulk_create(
        JawabanEvaluasi(evaluasi=ev, kriteria=k, tahap=tahap, opsi=st.opsi_huruf(k, jawaban[k.kode])) for k in st.kriteria)
    catat([c for j, k in zip(rows, st.kriteria, strict=True)
           for c in perubahan_objek("evaluasi.jawabanevaluasi", j.pk, f"{ev} {k.kode}", None,
                                    {"jawaban": jawaban[k.kode]}, unit_id=unit.pk, tahun=tahun)])
    ev.status, ev.nomor_lhe = StatusEvaluasi.EVALUASI, nomor_lhe
    ev.save(update_fields=["status", "nomor_lhe"])
    return tetapkan_final(ev, tanggal)
