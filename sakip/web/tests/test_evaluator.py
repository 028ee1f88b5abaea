"""Assigning evaluators: who may (Admin Pemda, the Inspektorat, the Inspektur), whom (the Inspektorat's
people of the same Pemda), and hostile ids (another Pemda's user, unit or assignment) found nowhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from sakip.audit.models import Jejak
from sakip.evaluasi.models import PenugasanEvaluator
from sakip.organisasi import services as org
from sakip.organisasi.models import Keanggotaan, Pemda, Peran, Unit

pytestmark = pytest.mark.django_db
Masuk = Callable[[str], Client]
URL = "/evaluasi/2025/evaluator/"


def _unit(slug: str) -> Unit:
    return Unit.objects.get(slug=slug)


def _pemda_lain() -> tuple[Pemda, Unit, User]:
    lain = Pemda.objects.create(slug="kabupaten-lain", nama="Kabupaten Lain", provinsi="Jawa Timur")
    unit = Unit.objects.create(pemda=lain, slug="dinas-lain", nama="Dinas Lain", jenis="dinas")
    orang = User.objects.create_user("inspektorat.lain")
    Keanggotaan.objects.create(user=orang, pemda=lain, peran=Peran.INSPEKTORAT)
    return lain, unit, orang


@pytest.mark.parametrize(("user", "status"), [
    ("admin", 200), ("inspektorat", 200),
    ("pimpinan", 403), ("operator.mojosari", 403), ("kepala.mojosari", 403),
    ("evaluator.mojosari", 403),  # a ketua tim does not grant himself or others
])
def test_who_opens_the_assignment_page(masuk: Masuk, user: str, status: int) -> None:
    assert masuk(user).get(URL).status_code == status


def test_the_inspektur_kepala_of_the_inspektorat_unit_assigns_too(client: Client) -> None:
    insp = Unit.objects.get(slug="inspektorat")
    inspektur = org.buat_pengguna(insp.pemda, username="inspektur", password="Rahasia-Uji-123", peran="kepala_pd",
                                  unit=insp)
    client.force_login(inspektur)
    assert client.get(URL).status_code == 200
    assert client.post(URL, {"aksi": "tugaskan", "pengguna": inspektur.pk, "unit": _unit("kecamatan-mojosari").pk,
                             "peran": "dalnis"}).status_code == 302
    assert PenugasanEvaluator.objects.filter(user=inspektur, unit__slug="kecamatan-mojosari", peran="dalnis").exists()


def test_the_page_lists_each_pds_team_and_only_the_inspektorats_people(masuk: Masuk) -> None:
    html = masuk("inspektorat").get(URL).content.decode()
    baris = html.split('data-unit="kecamatan-mojosari"', 1)[1].split("</tr>", 1)[0]
    assert "Ketua tim: <strong>evaluator.mojosari" in baris and "Anggota tim: <strong>anggota.mojosari" in baris
    assert "84,32 (A)" in baris
    pilihan = html.split('name="pengguna"', 1)[1].split("</select>", 1)[0]
    assert "evaluator.organisasi" in pilihan
    assert "operator.mojosari" not in pilihan and "admin" not in pilihan  # a PD's own people never evaluate


def test_assign_and_withdraw_are_audited_under_the_assigner(masuk: Masuk) -> None:
    c = masuk("admin")
    ev_org = User.objects.get(username="evaluator.organisasi")
    r = c.post(URL, {"aksi": "tugaskan", "pengguna": ev_org.pk, "unit": _unit("kecamatan-mojosari").pk,
                     "peran": "dalnis"}, follow=True)
    assert "ditugaskan sebagai Pengendali teknis Kecamatan Mojosari" in r.content.decode()
    p = PenugasanEvaluator.objects.get(user=ev_org, unit__slug="kecamatan-mojosari")
    j = Jejak.objects.filter(model="evaluasi.penugasanevaluator", objek_id=str(p.pk)).latest("pk")
    assert j.pengguna.username == "admin"
    # The new dalnis now opens Mojosari's worksheet; withdrawn, no longer.
    evc = masuk("evaluator.organisasi")
    assert evc.get("/pd/kecamatan-mojosari/2025/evaluasi/").status_code == 200
    c.post(URL, {"aksi": "cabut", "penugasan": p.pk})
    assert not PenugasanEvaluator.objects.filter(pk=p.pk).exists()
    assert Jejak.objects.filter(model="evaluasi.penugasanevaluator", objek_id=str(p.pk)).count() >= 2
    assert masuk("evaluator.organisasi").get("/pd/kecamatan-mojosari/2025/evaluasi/").status_code == 403


def test_a_pd_operator_cannot_assign_by_posting(masuk: Masuk) -> None:
    op = User.objects.get(username="operator.mojosari")
    r = masuk("operator.mojosari").post(URL, {"aksi": "tugaskan", "pengguna": op.pk,
                                               "unit": _unit("kecamatan-mojosari").pk, "peran": "ketua"})
    assert r.status_code == 403
    assert not PenugasanEvaluator.objects.filter(user=op).exists()


def test_hostile_ids_are_404_or_400_never_500(masuk: Masuk) -> None:
    _, unit_lain, orang_lain = _pemda_lain()
    p_lain = PenugasanEvaluator.objects.create(user=orang_lain, unit=unit_lain, peran="ketua")
    c = masuk("inspektorat")
    ev = User.objects.get(username="evaluator.mojosari")
    mojosari = _unit("kecamatan-mojosari")
    sebelum = PenugasanEvaluator.objects.count()
    # Another Pemda's account, unit or assignment: not found from this Pemda.
    assert c.post(URL, {"aksi": "tugaskan", "pengguna": orang_lain.pk, "unit": mojosari.pk,
                        "peran": "ketua"}).status_code == 404
    assert c.post(URL, {"aksi": "tugaskan", "pengguna": ev.pk, "unit": unit_lain.pk,
                        "peran": "ketua"}).status_code == 404
    assert c.post(URL, {"aksi": "cabut", "penugasan": p_lain.pk}).status_code == 404
    # Malformed ids are a bad request; an unknown tier is refused with a message.
    assert c.post(URL, {"aksi": "cabut", "penugasan": "1 OR 1=1"}).status_code == 400
    assert c.post(URL, {"aksi": "tugaskan", "pengguna": "9" * 30, "unit": mojosari.pk}).status_code == 400
    r = c.post(URL, {"aksi": "tugaskan", "pengguna": ev.pk, "unit": mojosari.pk, "peran": "panel"}, follow=True)
    assert "bukan anggota, ketua atau dalnis" in r.content.decode()
    assert PenugasanEvaluator.objects.count() == sebelum


def test_another_pemdas_inspektorat_sees_none_of_this_pemda(client: Client) -> None:
    _, unit_lain, orang_lain = _pemda_lain()
    client.force_login(orang_lain)
    html = client.get(URL).content.decode()
    assert "kecamatan-mojosari" not in html and "evaluator.mojosari" not in html
    assert 'data-unit="dinas-lain"' in html


def test_the_dashboard_links_the_page_only_for_those_who_assign(masuk: Masuk) -> None:
    assert f'href="{URL}"' in masuk("inspektorat").get("/evaluasi/2025/").content.decode()
    assert f'href="{URL}"' not in masuk("pimpinan").get("/evaluasi/2025/").content.decode()


def test_a_grant_for_one_year_opens_that_years_worksheet_only(masuk: Masuk) -> None:
    ev_org = User.objects.get(username="evaluator.organisasi")
    c = masuk("inspektorat")
    r = c.post("/evaluasi/2026/evaluator/", {"aksi": "tugaskan", "pengguna": ev_org.pk,
                                             "unit": _unit("kecamatan-mojosari").pk, "peran": "anggota"}, follow=True)
    assert "sebagai Anggota tim Kecamatan Mojosari tahun 2026." in r.content.decode()
    assert PenugasanEvaluator.objects.get(user=ev_org, unit__slug="kecamatan-mojosari").tahun == 2026
    evc = masuk("evaluator.organisasi")
    assert evc.get("/pd/kecamatan-mojosari/2026/evaluasi/").status_code == 200
    assert evc.get("/pd/kecamatan-mojosari/2025/evaluasi/").status_code == 403
    # The 2025 page does not list the 2026 team member; grants for every year show on both.
    html = c.get(URL).content.decode().split('data-unit="kecamatan-mojosari"', 1)[1].split("</tr>", 1)[0]
    assert "evaluator.organisasi" not in html and "evaluator.mojosari</strong> <span class=\"kecil\">(setiap tahun)" in html
    r = c.post(URL, {"aksi": "tugaskan", "pengguna": ev_org.pk, "unit": _unit("kecamatan-mojosari").pk,
                     "peran": "ketua", "berlaku": "setiap"}, follow=True)
    assert "untuk setiap tahun" in r.content.decode()
    assert masuk("evaluator.organisasi").get("/pd/kecamatan-mojosari/2025/evaluasi/").status_code == 200
