"""Issue #13 on the web and the API: the grid's confirmation, the PK's budget form, the control page,
the inbox, and the "Kirim pengingat" button, each with the roles that may and may not use it."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.test import Client

from sakip.api.models import buat_token
from sakip.audit.models import Jejak
from sakip.kendali.models import JadwalPengisian, PengaturanKendali
from sakip.kendali.services import satuan_bulat
from sakip.notifikasi.models import Notifikasi
from sakip.notifikasi.services import kirim
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.perjanjian.services import atur_anggaran_pk, buat_pk_perubahan
from sakip.realisasi.models import Realisasi

from .conftest import user

pytestmark = pytest.mark.django_db

URL = "/pd/kecamatan-mojosari/2025/realisasi/"


def gaji() -> Indikator:
    """'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', target 2025: 40."""
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="7.01.01.2.02.0001-2529")


def nilai(ind: Indikator, bagian: str = "TW1") -> Decimal | None:
    return Realisasi.objects.filter(indikator=ind, tahun=2025, bagian=bagian).values_list("nilai", flat=True).first()


def dimuat(operator: Client, sel: str) -> str:
    """The value the grid showed in a cell (its hidden ``a-`` field): the demo's rencana aksi fills TW I."""
    found = re.search(rf'name="a-{sel}" value="([^"]*)"', operator.get(URL + "?tw=1").content.decode())
    assert found, sel
    return found.group(1)


def test_the_grid_asks_to_confirm_a_value_far_off_its_target_then_stores_it_with_the_reason(operator: Client) -> None:
    ind = gaji()
    sel = f"v-{ind.pk}-TW1"
    awal, semula = dimuat(operator, sel), nilai(ind)
    r = operator.post(URL, {"tw": "1", sel: "1.250.000", f"a-{sel}": awal})
    assert r.status_code == 422
    page = r.content.decode()
    assert 'id="konfirmasi"' in page and f'name="konfirmasi" value="{sel}"' in page
    assert "1.250.000 lebih dari 10 kali target 40" in page
    assert nilai(ind) == semula
    # Ticking the cell without a reason stores nothing either.
    r = operator.post(URL, {"tw": "1", sel: "1.250.000", f"a-{sel}": awal, "konfirmasi": sel})
    assert r.status_code == 422 and nilai(ind) == semula
    r = operator.post(URL, {"tw": "1", sel: "1.250.000", f"a-{sel}": awal, "konfirmasi": sel,
                            "alasan_konfirmasi": "Jumlah orang-bulan setahun"})
    assert r.status_code == 302 and nilai(ind) == Decimal(1_250_000)
    j = Jejak.objects.filter(model="realisasi.realisasi", indikator_id=ind.pk, field="TW1").latest("pk")
    assert (j.baru, j.sumber, j.nama_pengguna) == ("1250000", "web", "operator.mojosari")
    assert j.alasan == "Konfirmasi nilai di luar kewajaran: Jumlah orang-bulan setahun"


def test_the_grid_refuses_a_fraction_of_laporan_at_its_cell(operator: Client) -> None:
    ind = Indikator.objects.filter(unit__slug="kecamatan-mojosari", periode__nama="2025-2029",
                                   satuan="Laporan").order_by("pk").first()
    sel = f"v-{ind.pk}-TW1"
    r = operator.post(URL, {"tw": "1", sel: "3,5", f"a-{sel}": dimuat(operator, sel)})
    assert r.status_code == 422 and "satuan Laporan dihitung utuh; isi bilangan bulat, bukan 3,5" in r.content.decode()
    assert 'id="konfirmasi"' not in r.content.decode()  # a refusal, not a question


def test_the_api_answers_422_with_perlu_konfirmasi_then_stores_with_alasan_konfirmasi(client: Client) -> None:
    ind = gaji()
    h = {"HTTP_AUTHORIZATION": f"Bearer {buat_token(user('operator.mojosari'))}"}
    url = "/api/pd/kecamatan-mojosari/2025/realisasi"
    body = [{"indikator": ind.pk, "bagian": "TW1", "nilai": "1200"}]
    r = client.put(url, json.dumps(body), content_type="application/json", **h)
    assert r.status_code == 422
    galat = r.json()["galat"][0]
    assert galat["perlu_konfirmasi"] is True and galat["lokasi"].startswith("isian[0]")
    assert "lebih dari 10 kali target 40" in galat["pesan"]
    body[0]["alasan_konfirmasi"] = "Dihitung per orang-bulan"
    r = client.put(url, json.dumps(body), content_type="application/json", **h)
    assert r.status_code == 200 and nilai(ind) == Decimal(1200)
    assert Jejak.objects.filter(indikator_id=ind.pk, sumber="api", alasan__endswith="Dihitung per orang-bulan").exists()


def _draf(mojosari: Unit) -> PerjanjianKinerja:
    signed = PerjanjianKinerja.objects.get(unit=mojosari, tahun=2025, versi="perubahan")
    return buat_pk_perubahan(signed, tanggal=signed.tanggal, alasan="uji anggaran")


def test_the_pk_form_has_the_budget_section_and_takes_the_dpa_programs(operator: Client, kepala: Client,
                                                                        mojosari: Unit) -> None:
    draf = _draf(mojosari)
    atur_anggaran_pk(draf, [])
    url = f"/pd/kecamatan-mojosari/pk/{draf.pk}/"
    assert 'name="a-0-nama"' in operator.get(url).content.decode()
    r = kepala.post(f"{url}tandatangani/")
    assert r.status_code == 302 and not PerjanjianKinerja.objects.get(pk=draf.pk).ditandatangani
    r = operator.post(f"{url}anggaran/", {"baris": "2", "a-0-nama": "Program Penunjang", "a-0-jumlah": "1.500.000,50",
                                          "a-0-kode": "7.01.01", "a-1-nama": "Program lain", "a-1-jumlah": "abc"})
    assert r.status_code == 302 and draf.anggaran.count() == 0  # a bad amount stores nothing
    operator.post(f"{url}anggaran/", {"baris": "1", "a-0-nama": "Program Penunjang", "a-0-jumlah": "1.500.000,50"})
    assert list(draf.anggaran.values_list("nama", "jumlah")) == [("Program Penunjang", Decimal("1500000.50"))]
    operator.post(f"{url}anggaran/", {"dari_dpa": "1"})
    assert draf.anggaran.count() >= 1 and not draf.anggaran.filter(nama="Program Penunjang").exists()
    kepala.post(f"{url}tandatangani/")
    assert PerjanjianKinerja.objects.get(pk=draf.pk).ditandatangani


def test_another_pds_operator_cannot_touch_the_pk_budget(masuk, mojosari: Unit) -> None:
    draf = _draf(mojosari)
    r = masuk("operator.organisasi").post(f"/pd/kecamatan-mojosari/pk/{draf.pk}/anggaran/", {"dari_dpa": "1"})
    assert r.status_code in (403, 404)
    r = masuk("kepala.mojosari").post(f"/pd/kecamatan-mojosari/pk/{draf.pk}/anggaran/", {"dari_dpa": "1"})
    assert r.status_code in (403, 404)


def test_the_admin_pemda_sets_windows_units_and_gates(admin: Client, operator: Client, mojosari: Unit) -> None:
    assert operator.get("/kendali/").status_code == 403
    assert operator.post("/kendali/", {"bagian": "pengaturan"}).status_code == 403
    assert admin.get("/kendali/?tahun=2026").status_code == 200
    r = admin.post("/kendali/", {"bagian": "jadwal", "tahun": "2026", "mulai-1": "2026-04-01",
                                 "selesai-1": "2026-04-15"})
    assert r.status_code == 302
    j = JadwalPengisian.objects.get(pemda=mojosari.pemda, tahun=2026, triwulan=1)
    assert (j.mulai.isoformat(), j.selesai.isoformat()) == ("2026-04-01", "2026-04-15")
    r = admin.post("/kendali/", {"bagian": "jadwal", "tahun": "2026", "mulai-2": "2026-07-15",
                                 "selesai-2": "2026-07-01"}, follow=True)
    assert "sebelum tanggal mulai" in r.content.decode()
    admin.post("/kendali/", {"bagian": "pengaturan", "kelengkapan_peringatan": "1", "hari_pengingat": "3"})
    p = PengaturanKendali.objects.get(pemda=mojosari.pemda)
    assert (p.kelengkapan_peringatan, p.izin_melebihi_pagu, p.hari_pengingat) == (True, False, 3)
    admin.post("/kendali/", {"bagian": "satuan", "nama": "Paket", "bulat": "0"})
    assert not satuan_bulat(mojosari.pemda.pk).dihitung_utuh("Paket")
    page = admin.get("/kendali/?tahun=2026").content.decode()
    assert 'value="2026-04-01"' in page and "Izinkan pecahan" in page


def test_the_inbox_shows_the_unread_count_and_only_ones_own(masuk, mojosari: Unit) -> None:
    op = masuk("operator.mojosari")
    n = kirim([user("kepala.mojosari")], pemda=mojosari.pemda, jenis="uji", judul="Untuk kepala",
              tautan="/pd/kecamatan-mojosari/2025/")[0]
    kepala = masuk("kepala.mojosari")
    page = kepala.get("/notifikasi/").content.decode()
    assert "Untuk kepala" in page and 'aria-label="1 belum dibaca"' in page
    assert "Untuk kepala" not in op.get("/notifikasi/").content.decode()
    assert op.get(f"/notifikasi/{n.pk}/").status_code == 404
    assert op.post(f"/notifikasi/{n.pk}/dibaca/").status_code == 404
    r = kepala.get(f"/notifikasi/{n.pk}/")
    assert r.status_code == 302 and r["Location"] == "/pd/kecamatan-mojosari/2025/"
    assert Notifikasi.objects.get(pk=n.pk).dibaca is not None
    assert 'belum dibaca"' not in kepala.get("/notifikasi/").content.decode()


@pytest.mark.usefixtures("mojosari_tw1_belum_lengkap")
def test_kirim_pengingat_on_the_belum_mengisi_page_is_for_the_admin_pemda(masuk) -> None:
    url = "/pemantauan/2025/belum-mengisi/pengingat/"
    for nama in ("operator.mojosari", "kepala.mojosari", "inspektorat", "pimpinan"):
        assert masuk(nama).post(url, {"triwulan": "1"}).status_code == 403, nama
    admin = masuk("admin")
    assert "Kirim pengingat" in admin.get("/pemantauan/2025/belum-mengisi/?triwulan=1").content.decode()
    assert "Kirim pengingat" not in masuk("inspektorat").get("/pemantauan/2025/belum-mengisi/?triwulan=1").content.decode()
    r = admin.post(url, {"triwulan": "1"}, follow=True)
    assert "Pengingat Triwulan I 2025 dikirim kepada" in r.content.decode()
    op = User.objects.get(username="operator.mojosari")
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    assert Notifikasi.objects.filter(penerima=op, kunci__startswith=f"pengingat/{unit.pk}/2025/1/").count() == 1
    r = admin.post(url, {"triwulan": "1"}, follow=True)
    assert "Tidak ada pengingat baru" in r.content.decode()


@pytest.mark.usefixtures("mojosari_tw1_belum_lengkap")
def test_a_refused_submission_opens_the_list_of_what_is_missing(operator: Client) -> None:
    r = operator.post("/pd/kecamatan-mojosari/2025/status/ajukan/", {"tw": "1", "kembali": "realisasi"})
    assert r.status_code == 302 and "kurang=1" in r["Location"] and r["Location"].endswith("#kurang-1")
    page = operator.get(r["Location"]).content.decode()
    assert "belum lengkap" in page and 'id="kurang-1" open' in page
    assert "/pd/kecamatan-mojosari/2025/anggaran/?tw=1#mata-" in page
