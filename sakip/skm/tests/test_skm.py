"""The SKM on the demo: surveys give the IKM the PK shows; the public form and its guards."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import Client

from sakip.audit.models import Jejak
from sakip.core.ikm import KODE_UNSUR
from sakip.organisasi.models import Unit
from sakip.pengukuran.services import ukur_pd
from sakip.perencanaan.models import Indikator
from sakip.realisasi.services import catat_realisasi
from sakip.skm.hasil import hasil_survei, penyedia_ikm, survei_terbuka
from sakip.skm.models import Responden, Survei
from sakip.skm.services import DataResponden, atur_bobot, catat_responden, ubah_survei

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cache_bersih() -> None:
    cache.clear()


def _baris_ikm(slug: str, tahun: int) -> list[Decimal | None]:
    hasil = ukur_pd(Unit.objects.get(slug=slug), tahun)
    return [b.realisasi for p in hasil.pk for b in p.baris if b.input.nama == "IKM Kecamatan"]


def test_the_demo_ikm_comes_from_the_surveys_and_cannot_be_typed() -> None:
    mojosari = Unit.objects.get(slug="kecamatan-mojosari")
    s1, s2 = (Survei.objects.get(unit=mojosari, tahun=2025, periode=p) for p in ("S1", "S2"))
    assert (hasil_survei(s1).ikm, hasil_survei(s2).ikm) == (Decimal("93.15"), Decimal("93.15"))
    assert s1.responden >= s1.sampel_minimum
    assert set(_baris_ikm("kecamatan-mojosari", 2025)) == {Decimal("93.15")}
    ind = Indikator.objects.get(unit=mojosari, ref="ikm-2529")
    with pytest.raises(ValidationError, match="dihitung otomatis"):
        catat_realisasi(ind, 2025, {"S1": Decimal("90")})


def test_the_provider_reads_every_unit_in_a_few_queries(django_assert_max_num_queries) -> None:  # type: ignore[no-untyped-def]
    from sakip.perencanaan.models import IndikatorTurunan

    defs = list(IndikatorTurunan.objects.filter(fungsi="ikm_skm").select_related("indikator__unit"))
    assert len(defs) > 100  # both planning periods of 57 units
    with django_assert_max_num_queries(1):
        parts = penyedia_ikm(defs, 2025)
    assert len({d.indikator.unit_id for d in defs if d.indikator_id in parts}) == 57


def test_a_legacy_weight_is_a_pemda_setting() -> None:
    mojosari = Unit.objects.get(slug="kecamatan-mojosari")
    s1 = Survei.objects.get(unit=mojosari, tahun=2025, periode="S1")
    atur_bobot(mojosari.pemda, "0,11")
    assert hasil_survei(s1).ikm < Decimal("93.15") * Decimal("0.995")
    atur_bobot(mojosari.pemda, "tepat")
    assert hasil_survei(s1).ikm == Decimal("93.15")
    with pytest.raises(ValidationError):
        atur_bobot(mojosari.pemda, "0,1")


def _jawab(client: Client, url: str, **extra: str) -> tuple[int, str]:
    page = client.get(url)
    token = re.search(r'name="token" value="([^"]+)"', page.content.decode()).group(1)
    data = {"token": token, "jenis_layanan": "Pelayanan administrasi kependudukan", "jenis_kelamin": "P",
            "usia": "31-40", "pendidikan": "SMA", "pekerjaan": "wiraswasta", "saran": "Antrian lebih cepat",
            **{k: "3" for k in KODE_UNSUR}, **extra}
    r = client.post(url, data)
    return r.status_code, r.content.decode()


def test_a_citizen_answers_once_and_the_answer_is_audited_as_public(settings) -> None:  # type: ignore[no-untyped-def]
    settings.SKM_WAKTU_ISI_MIN = 0
    mojosari = Unit.objects.get(slug="kecamatan-mojosari")
    survei = survei_terbuka(mojosari.pk)
    assert (survei.tahun, survei.periode) == (2026, "S2")
    before = survei.responden
    client = Client()
    status, body = _jawab(client, "/skm/kecamatan-mojosari/")
    assert status == 200 and "Terima kasih" in body
    survei.refresh_from_db()
    assert survei.responden == before + 1
    r = Responden.objects.filter(survei=survei).latest("pk")
    assert r.jawaban == dict.fromkeys(KODE_UNSUR, 3) and r.kanal == "daring" and r.saran == "Antrian lebih cepat"
    j = Jejak.objects.get(model="skm.responden", objek_id=str(r.pk))
    assert (j.sumber, j.nama_pengguna, j.pengguna_id) == ("publik", "publik", None)
    # The same browser again: thanked, not counted twice.
    page = client.get("/skm/kecamatan-mojosari/")
    assert "sudah mengisi" in page.content.decode()
    status, _ = _jawab(Client(), "/skm/kecamatan-mojosari/")  # another browser may answer
    survei.refresh_from_db()
    assert survei.responden == before + 2


def test_bots_are_turned_away_without_storing_anything(settings) -> None:  # type: ignore[no-untyped-def]
    settings.SKM_WAKTU_ISI_MIN = 30
    survei = survei_terbuka(Unit.objects.get(slug="kecamatan-mojosari").pk)
    before = survei.responden
    status, body = _jawab(Client(), "/skm/kecamatan-mojosari/")  # a second after the form was served
    assert status == 200 and "terlalu cepat" in body
    settings.SKM_WAKTU_ISI_MIN = 0
    status, body = _jawab(Client(), "/skm/kecamatan-mojosari/", situs="http://spam.example")  # the honeypot
    assert "Terima kasih" in body
    status, body = _jawab(Client(), "/skm/kecamatan-mojosari/", token="palsu")
    assert "kedaluwarsa" in body
    status, body = _jawab(Client(), "/skm/kecamatan-mojosari/", U4="5")
    assert "Pilih pilihan yang benar" in body or "Mohon" in body or "pilihan" in body.lower()
    survei.refresh_from_db()
    assert survei.responden == before
    cache.clear()  # the tries above counted against this address
    settings.SKM_BATAS_PER_JAM = 2
    codes = [_jawab(Client(), "/skm/kecamatan-mojosari/")[0] for _ in range(3)]
    assert codes == [200, 200, 429]
    survei.refresh_from_db()
    assert survei.responden == before + 2


def test_a_closed_survey_takes_no_public_answers_and_the_results_page_shows_published_ones() -> None:
    unit = Unit.objects.get(slug="sekretariat-daerah")
    survei = survei_terbuka(unit.pk)
    ubah_survei(survei, status="ditutup")
    with pytest.raises(ValidationError, match="ditutup"):
        catat_responden(survei, DataResponden(jawaban=dict.fromkeys(KODE_UNSUR, 4)))
    assert Client().get("/skm/sekretariat-daerah/").status_code == 404  # no open survey
    page = Client().get("/skm/kecamatan-mojosari/hasil/").content.decode()
    assert "93,15" in page and "Semester I 2025" in page
    assert Client().get("/skm/tidak-ada/").status_code == 404


def test_the_operator_sees_the_result_and_another_pd_does_not(masuk) -> None:  # type: ignore[no-untyped-def]
    s = Survei.objects.get(unit__slug="kecamatan-mojosari", tahun=2025, periode="S2")
    page = masuk("operator.mojosari").get(f"/pd/kecamatan-mojosari/skm/{s.pk}/")
    text = page.content.decode()
    assert page.status_code == 200 and "93,15" in text and f"{s.responden} dari {s.sampel_minimum} responden" in text
    assert masuk("operator.organisasi").get(f"/pd/kecamatan-mojosari/skm/{s.pk}/").status_code == 403
    # A survey of Mojosari under another PD's URL is not found.
    assert masuk("operator.organisasi").get(f"/pd/bagian-organisasi/skm/{s.pk}/").status_code == 404
