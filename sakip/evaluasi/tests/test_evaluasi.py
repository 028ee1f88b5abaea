"""Evaluasi AKIP on the demo: the Nilai SAKIP comes from the final LKE, the roles of the PD and of the
Inspektorat team, finalisation and reopening (audited), evidence and follow-up."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.audit.context import Sumber, pelaku
from sakip.audit.models import Jejak
from sakip.evaluasi import akses
from sakip.evaluasi import services as evaluasi
from sakip.evaluasi.models import (
    Evaluasi,
    JawabanEvaluasi,
    KriteriaLKE,
    StatusEvaluasi,
    TemplateLKE,
)
from sakip.evaluasi.nilai import lembar, nilai_lke_untuk
from sakip.organisasi.models import Unit
from sakip.pengukuran.derived import definitions
from sakip.pengukuran.services import ukur_pd
from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import Realisasi
from sakip.realisasi.services import catat_realisasi

pytestmark = pytest.mark.django_db


def _ev(slug: str = "kecamatan-mojosari", tahun: int = 2025) -> Evaluasi:
    return Evaluasi.objects.select_related("unit", "template").get(unit__slug=slug, tahun=tahun)


def _user(nama: str) -> User:
    return User.objects.get(username=nama)


def _realisasi(slug: str, prefix: str) -> Decimal | None:
    hasil = ukur_pd(Unit.objects.get(slug=slug), 2025)
    return next(b.realisasi for pk in hasil.pk for b in pk.baris if b.input.nama.startswith(prefix))


def test_the_lke_88_2021_is_seeded_as_data() -> None:
    t = TemplateLKE.objects.get(versi="88-2021")
    assert [(k.kode, k.bobot) for k in t.komponen.all()] == [("1", 30), ("2", 30), ("3", 15), ("4", 25)]
    per_sub = [KriteriaLKE.objects.filter(sub__komponen__template=t, sub__komponen__kode=k, sub__kode=s).count()
               for k in "1234" for s in "abc"]
    assert per_sub == [7, 10, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5]
    assert t.aturan_predikat.bawah_inklusif is False


def test_mojosari_2025_prints_84_32_a() -> None:
    out = StringIO()
    call_command("lke", "nilai", "--pd", "kecamatan-mojosari", "--tahun", "2025", "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert (data["pd"], data["tahun"], data["status"], data["nilai_total"], data["predikat"]) == \
        ("kecamatan-mojosari", 2025, "final", "84.32", "A")
    assert [k["bobot"] for k in data["komponen"]] == ["30.00", "30.00", "15.00", "25.00"]
    kriteria = [c for k in data["komponen"] for s in k["subkomponen"] for c in s["kriteria"]]
    assert len(kriteria) == 80 and all(c["jawaban"] for c in kriteria)
    # The demo's answer set keeps the logic rule: no kualitas above its keberadaan.
    assert lembar(_ev()).peringatan == []
    text = StringIO()
    call_command("lke", "nilai", "--pd", "kecamatan-mojosari", "--tahun", "2025", stdout=text)
    assert "Nilai: 84,32 / Predikat A (Memuaskan)" in text.getvalue()


def test_every_pd_has_a_final_2025_evaluation_equal_to_its_nilai_sakip() -> None:
    evs = list(Evaluasi.objects.filter(tahun=2025, status=StatusEvaluasi.FINAL).select_related("unit", "template"))
    assert len(evs) == 48
    for ev in evs[:6]:  # recomputed from the answers, not only the stored figure
        assert lembar(ev).total == ev.nilai_total
    assert sum(e.nilai_total for e in evs) / 48 == pytest.approx(Decimal("83.78"), abs=Decimal("0.005"))


def test_measurement_reads_the_evaluation_and_bagian_organisasi_is_unchanged() -> None:
    assert _realisasi("kecamatan-mojosari", "Nilai SAKIP Kecamatan") == Decimal("84.32")
    assert _realisasi("bagian-organisasi", "Nilai Rata-Rata SAKIP") == Decimal("83.78")
    assert _realisasi("bagian-organisasi", "Jumlah PD/UKPD dengan nilai SAKIP") == 48
    ind = Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="sakip-2125")
    assert not Realisasi.objects.filter(indikator__kode_standar="nilai_sakip", tahun=2025,
                                        indikator__unit__jenis__in=["kecamatan", "dinas", "badan"]).exists()
    # Years evaluated outside Sakip keep their typed history; 2025 cannot be typed over.
    assert Realisasi.objects.get(indikator=ind, tahun=2024).nilai == Decimal("82.3")
    with pytest.raises(ValidationError, match="dihitung otomatis"):
        catat_realisasi(ind, 2025, {"TAHUN": Decimal("90")})


def test_the_provider_reads_all_units_in_one_query() -> None:
    inds = Indikator.objects.filter(kode_standar="nilai_sakip").exclude(unit__jenis="pemda")
    defs = [d for d in definitions(inds.values_list("pk", flat=True), 2025) if d.fungsi == "nilai_lke"]
    assert len(defs) >= 48
    with CaptureQueriesContext(connection) as q:
        got = nilai_lke_untuk(defs, 2025)
    assert len(q.captured_queries) == 1
    assert len(got) == len(defs)
    assert nilai_lke_untuk(defs, 2024) == {}


def test_an_evaluator_of_one_pd_cannot_see_another() -> None:
    ev_user = _user("evaluator.mojosari")
    assert akses.boleh_lihat(ev_user, Unit.objects.get(slug="kecamatan-mojosari"), 2025)
    assert not akses.boleh_lihat(ev_user, Unit.objects.get(slug="bagian-organisasi"), 2025)
    assert not akses.tahap_boleh(ev_user, Unit.objects.get(slug="bagian-organisasi"), 2025)


def _buka(ev: Evaluasi) -> Evaluasi:
    return evaluasi.buka_kembali(ev, "Koreksi bukti dukung", user=_user("inspektorat"))


def test_a_pd_cannot_write_the_inspektorat_answers() -> None:
    ev = _buka(_ev())
    operator = _user("operator.mojosari")
    with pytest.raises(PermissionDenied):
        evaluasi.simpan_jawaban(ev, "ketua", {"1.a.1": ("E", "")}, user=operator)
    with pytest.raises(PermissionDenied):  # not even another PD's evaluator
        evaluasi.simpan_jawaban(ev, "ketua", {"1.a.1": ("E", "")}, user=_user("evaluator.organisasi"))
    assert JawabanEvaluasi.objects.get(evaluasi=ev, kriteria__sub__kode="a", kriteria__sub__komponen__kode="1",
                                       kriteria__nomor=1, tahap="ketua").opsi.huruf != "E"
    # Its self-assessment closed when the team started.
    with pytest.raises(ValidationError, match="mandiri sudah ditutup"):
        evaluasi.simpan_jawaban(ev, "mandiri", {"1.a.1": ("A", "")}, user=operator)


def test_a_final_evaluation_changes_only_after_an_audited_reopening() -> None:
    ev = _ev()
    ketua = _user("evaluator.mojosari")
    with pytest.raises(ValidationError, match="sudah final"):
        evaluasi.simpan_jawaban(ev, "ketua", {"1.a.1": ("E", "")}, user=ketua)
    with pytest.raises(PermissionDenied):
        evaluasi.buka_kembali(ev, "alasan", user=_user("operator.mojosari"))
    with pytest.raises(ValidationError, match="alasan"):
        evaluasi.buka_kembali(ev, "  ", user=_user("inspektorat"))
    with pelaku(_user("inspektorat"), Sumber.WEB):
        _buka(ev)
    jejak = Jejak.objects.get(model="evaluasi.evaluasi", field="status", baru="evaluasi")
    assert (jejak.alasan, jejak.nama_pengguna, jejak.lama) == ("Koreksi bukti dukung", "inspektorat", "final")
    # While reopened the PD has no Nilai SAKIP 2025 (never a stale one); Bagian Organisasi counts 47.
    assert _realisasi("kecamatan-mojosari", "Nilai SAKIP Kecamatan") is None
    assert _realisasi("bagian-organisasi", "Jumlah PD/UKPD dengan nilai SAKIP") == 47
    peringatan = evaluasi.simpan_jawaban(ev, "ketua", {"1.a.1": ("A", "pedoman belum diperbarui"),
                                                      "1.b.1": ("AA", "")}, user=ketua)
    assert [p.kode for p in peringatan] == ["1.b.1"]  # kualitas above keberadaan: a warning, not a refusal
    evaluasi.simpan_jawaban(ev, "ketua", {"1.b.1": ("A", "")}, user=ketua)
    with pytest.raises(PermissionDenied):
        evaluasi.tetapkan_final(ev, date(2025, 12, 1), user=_user("anggota.mojosari"))
    ev = evaluasi.tetapkan_final(ev, date(2025, 12, 1), user=ketua)
    assert ev.nilai_total < Decimal("84.32") and ev.predikat == "A"
    assert ev.aturan_predikat.kode == "88-2021-bawah-eksklusif" and ev.predikat_bawah_inklusif is False
    assert _realisasi("kecamatan-mojosari", "Nilai SAKIP Kecamatan") == ev.nilai_total


def test_the_highest_tier_prevails_and_every_tier_keeps_its_answer() -> None:
    ev = _buka(_ev())
    evaluasi.simpan_jawaban(ev, "anggota", {"4.c.1": ("CC", "anggota")}, user=_user("anggota.mojosari"))
    before = lembar(ev).baris
    row = next(b for b in before if b.kriteria.kode == "4.c.1")
    assert row.huruf == "BB"  # the ketua's answer prevails over the anggota's
    assert row.per_tahap["anggota"].opsi.huruf == "CC"
    assert lembar(ev, "anggota").total < lembar(ev).total


def test_an_unknown_letter_is_refused_naming_the_criterion() -> None:
    ev = _buka(_ev())
    with pytest.raises(ValidationError, match=r"kriteria 1\.a\.2: jawaban 'Z'"):
        evaluasi.simpan_jawaban(ev, "ketua", {"1.a.2": ("Z", "")}, user=_user("evaluator.mojosari"))


def test_evidence_is_a_record_a_checked_file_or_a_url() -> None:
    ev = _buka(_ev())
    k = KriteriaLKE.objects.get(sub__komponen__template=ev.template, sub__komponen__kode="3", sub__kode="a", nomor=4)
    ketua = _user("evaluator.mojosari")
    b = evaluasi.tambah_bukti(ev, k, "rekaman", "LKjIP 2024 dan reviunya", rekaman="lkjip", user=ketua)
    assert b.rekaman == "lkjip"
    evaluasi.tambah_bukti(ev, k, "berkas", "Notulen", berkas=("notulen.pdf", b"%PDF-1.4 uji"), user=ketua)
    with pytest.raises(ValidationError, match="jenis .exe"):
        evaluasi.tambah_bukti(ev, k, "berkas", "X", berkas=("x.exe", b"MZ"), user=ketua)
    with pytest.raises(ValidationError, match="bukan berkas .pdf"):
        evaluasi.tambah_bukti(ev, k, "berkas", "X", berkas=("x.pdf", b"<html>"), user=ketua)
    with pytest.raises(ValidationError, match="url"):
        evaluasi.tambah_bukti(ev, k, "tautan", "X", url="javascript:alert(1)", user=ketua)
    with pytest.raises(PermissionDenied):
        evaluasi.tambah_bukti(ev, k, "tautan", "X", url="https://contoh.go.id", user=_user("evaluator.organisasi"))
    assert ev.bukti.count() == 2


def test_follow_up_and_verification() -> None:
    ev = _ev()
    r = ev.rekomendasi.first()
    with pytest.raises(ValidationError, match="tanpa tindak lanjut"):
        evaluasi.verifikasi_rekomendasi(r, "tuntas", tanggal=date(2026, 2, 1), user=_user("inspektorat"))
    with pytest.raises(PermissionDenied):
        evaluasi.catat_tindak_lanjut(r, tanggal=date(2026, 1, 20), uraian="X", user=_user("operator.organisasi"))
    evaluasi.catat_tindak_lanjut(r, tanggal=date(2026, 1, 20), uraian="IKI disusun ulang",
                                 url="https://mojosari.mojokertokab.go.id/iki", user=_user("operator.mojosari"))
    with pytest.raises(PermissionDenied):
        evaluasi.verifikasi_rekomendasi(r, "tuntas", tanggal=date(2026, 2, 1), user=_user("operator.mojosari"))
    evaluasi.verifikasi_rekomendasi(r, "tuntas", tanggal=date(2026, 2, 1), user=_user("inspektorat"))
    out = StringIO()
    call_command("tindak-lanjut", "--pd", "kecamatan-mojosari", "--tahun", "2025", "--json", stdout=out)
    rek = json.loads(out.getvalue())["rekomendasi"]
    assert [(x["prioritas"], x["batas_waktu"], x["status"]) for x in rek] == [
        ("tinggi", "2026-03-31", "tuntas"), ("sedang", "2026-06-30", "belum"), ("rendah", "2026-09-30", "belum")]
    assert rek[0]["tindak_lanjut"][0]["uraian"] == "IKI disusun ulang"
