"""The Evaluasi AKIP pages: who sees which worksheet, who writes which tier, the dashboard filter."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from sakip.evaluasi import services as evaluasi
from sakip.evaluasi.models import BuktiDukung, Evaluasi, JawabanEvaluasi, KriteriaLKE
from sakip.perjanjian.models import PerjanjianKinerja

pytestmark = pytest.mark.django_db
Masuk = Callable[[str], Client]
LEMBAR = "/pd/kecamatan-mojosari/2025/evaluasi/"


def _k(kode: str) -> KriteriaLKE:
    k, s, n = kode.split(".")
    return KriteriaLKE.objects.get(sub__komponen__template__versi="88-2021", sub__komponen__kode=k, sub__kode=s,
                                   nomor=n)


def _buka() -> Evaluasi:
    return evaluasi.buka_kembali(Evaluasi.objects.get(unit__slug="kecamatan-mojosari", tahun=2025), "Uji")


@pytest.mark.parametrize(("user", "url", "status"), [
    ("evaluator.mojosari", LEMBAR, 200),
    ("evaluator.mojosari", "/pd/bagian-organisasi/2025/evaluasi/", 403),  # another PD's worksheet
    ("evaluator.organisasi", LEMBAR, 403),
    ("evaluator.organisasi", "/pd/kecamatan-mojosari/2025/tindak-lanjut/", 403),
    ("evaluator.organisasi", "/pd/kecamatan-mojosari/2025/lhe.docx", 403),
    ("operator.organisasi", LEMBAR, 403),
    ("operator.mojosari", LEMBAR, 200),
    ("inspektorat", LEMBAR, 200),
    ("operator.mojosari", "/evaluasi/2025/", 403),
    ("operator.mojosari", "/pd/tidak-ada/2025/evaluasi/", 404),
])
def test_who_sees_a_worksheet(masuk: Masuk, user: str, url: str, status: int) -> None:
    assert masuk(user).get(url).status_code == status


def test_an_evidence_file_is_served_only_to_those_who_see_the_worksheet(masuk: Masuk) -> None:
    ev = _buka()
    b = evaluasi.tambah_bukti(ev, _k("3.a.1"), "berkas", "LKjIP", berkas=("lkjip.pdf", b"%PDF-1.4 bukti"))
    url = f"/pd/kecamatan-mojosari/2025/evaluasi/bukti/{b.pk}/"
    assert masuk("evaluator.mojosari").get(url).content == b"%PDF-1.4 bukti"
    assert masuk("evaluator.organisasi").get(url).status_code == 403
    assert masuk("inspektorat").get(f"/pd/bagian-organisasi/2025/evaluasi/bukti/{b.pk}/").status_code == 404


def test_the_evaluator_answers_and_the_score_comes_back(masuk: Masuk) -> None:
    _buka()
    c = masuk("evaluator.mojosari")
    r = c.post(LEMBAR + "jawab/", {"kriteria": _k("1.a.1").pk, "jawaban": "B", "catatan": "pedoman lama"},
               HTTP_HX_REQUEST="true")
    html = r.content.decode()
    assert r.status_code == 200 and 'data-nilai-total>84,06<' in html and 'hx-swap-oob="true"' in html
    j = JawabanEvaluasi.objects.get(evaluasi__unit__slug="kecamatan-mojosari", kriteria=_k("1.a.1"), tahap="ketua")
    assert (j.opsi.huruf, j.catatan, j.oleh.username) == ("B", "pedoman lama", "evaluator.mojosari")


def test_a_pd_writes_only_its_self_assessment(masuk: Masuk) -> None:
    _buka()
    c = masuk("operator.mojosari")
    r = c.post(LEMBAR + "jawab/", {"kriteria": _k("1.a.1").pk, "jawaban": "E"}, HTTP_HX_REQUEST="true")
    # The PD's tier is mandiri, closed once the team has started: refused, the team's answer untouched.
    assert "mandiri sudah ditutup" in r.content.decode()
    assert not JawabanEvaluasi.objects.filter(kriteria=_k("1.a.1"), opsi__huruf="E").exists()
    assert c.post(LEMBAR + "final/").status_code == 403  # only the team's ketua or dalnis closes it
    assert Evaluasi.objects.get(unit__slug="kecamatan-mojosari", tahun=2025).status == "evaluasi"


def test_evidence_must_be_the_pds_own_record(masuk: Masuk) -> None:
    _buka()
    c = masuk("evaluator.mojosari")
    lain = PerjanjianKinerja.objects.filter(unit__slug="bagian-organisasi", tahun=2025).first().pk
    c.post(LEMBAR + "bukti/", {"kriteria": _k("1.a.4").pk, "rekaman": f"pk:{lain}"})
    c.post(LEMBAR + "bukti/", {"kriteria": _k("1.a.4").pk, "url": "https://mojosari.mojokertokab.go.id/renja"})
    assert list(BuktiDukung.objects.values_list("jenis", flat=True)) == ["tautan"]


def test_the_dashboard_filters_by_predikat(masuk: Masuk) -> None:
    html = masuk("inspektorat").get("/evaluasi/2025/?predikat=BB").content.decode()
    evs = Evaluasi.objects.filter(tahun=2025, predikat="BB").count()
    assert html.count('data-unit="') == evs
    assert 'data-unit="kecamatan-mojosari"' not in html  # an A


def test_overdue_recommendations_show_on_the_pd_dashboard(masuk: Masuk, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from sakip.web.views import dasbor

    monkeypatch.setattr(dasbor, "hari_ini", lambda: date(2026, 7, 1))
    html = masuk("operator.mojosari").get("/pd/kecamatan-mojosari/2025/").content.decode()
    assert "2 rekomendasi hasil Evaluasi AKIP melewati batas waktu" in html
    assert masuk("operator.organisasi").get("/pd/bagian-organisasi/2025/").content.decode().count(
        "data-rekomendasi-terlambat") == 0
