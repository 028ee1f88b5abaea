"""The Kertas Kerja's write path: checked values, a trail for every write, keys that survive a re-run."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

from sakip.audit.models import Jejak
from sakip.kertaskerja import services
from sakip.kertaskerja.models import CatatanReviu, PernyataanReviu, StatusTemuan, kunci_temuan
from sakip.organisasi.models import Pejabat, Pemda, Unit

pytestmark = pytest.mark.django_db

TEMUAN = {"kode": "INDIKATOR_TANPA_FORMULASI", "objek": "Perencanaan › Indikator 'X' (2021-2025) › Formulasi",
          "langkah": "mekanisme"}


def _unit() -> Unit:
    return Unit.objects.get(slug="kecamatan-mojosari")


def test_note_answer_resolution_on_one_line_with_a_trail() -> None:
    unit, insp = _unit(), User.objects.get(username="inspektorat")
    c = services.simpan_catatan_reviu(unit, 2025, catatan="Lengkapi rumusnya.", pengguna=insp, **TEMUAN)
    assert (c.status, c.catatan, c.dicatat_oleh) == (StatusTemuan.TERBUKA, "Lengkapi rumusnya.", insp)
    services.simpan_jawaban_reviu(unit, 2025, jawaban="Sudah kami isi.", **TEMUAN)
    c = services.selesaikan_temuan(unit, 2025, status="selesai", penyelesaian="Rumus sudah ada.", **TEMUAN)
    assert CatatanReviu.objects.filter(unit=unit, tahun=2025, kode=TEMUAN["kode"], objek=TEMUAN["objek"]).count() == 1
    assert (c.status, c.jawaban, c.kunci) == ("selesai", "Sudah kami isi.", kunci_temuan(TEMUAN["kode"], TEMUAN["objek"]))
    jejak = Jejak.objects.filter(model="kertaskerja.catatanreviu", objek_id=str(c.pk))
    assert set(jejak.values_list("field", flat=True)) >= {"catatan", "jawaban", "status", "penyelesaian"}
    assert jejak.filter(field="catatan", nama_pengguna="inspektorat").exists()


def test_an_answer_after_resolution_is_refused_and_a_new_note_reopens() -> None:
    unit = _unit()
    services.selesaikan_temuan(unit, 2025, status="dijelaskan", penyelesaian="Diterima.", **TEMUAN)
    with pytest.raises(ValidationError, match="sudah diselesaikan"):
        services.simpan_jawaban_reviu(unit, 2025, jawaban="Tambahan", **TEMUAN)
    c = services.simpan_catatan_reviu(unit, 2025, catatan="Ternyata belum benar.", **TEMUAN)
    assert c.status == StatusTemuan.TERBUKA


@pytest.mark.parametrize(("panggil", "pesan"), [
    (lambda u: services.simpan_catatan_reviu(u, 2025, catatan="  ", **TEMUAN), "tidak boleh kosong"),
    (lambda u: services.simpan_catatan_reviu(u, 2025, catatan="x" * 5001, **TEMUAN), "paling panjang 5000"),
    (lambda u: services.selesaikan_temuan(u, 2025, status="hilang", **TEMUAN), "tidak dikenal"),
    (lambda u: services.selesaikan_temuan(u, 2025, status="dijelaskan", **TEMUAN), "penjelasan"),
    (lambda u: services.simpan_jawaban_reviu(u, 2025, jawaban="a", kode="X", objek="Y", langkah="lain"),
     "Langkah reviu"),
])
def test_bad_values_are_refused_in_indonesian(panggil, pesan) -> None:
    sebelum = list(CatatanReviu.objects.values_list("pk", "status", "catatan"))
    with pytest.raises(ValidationError, match=pesan):
        panggil(_unit())
    assert list(CatatanReviu.objects.values_list("pk", "status", "catatan")) == sebelum


def test_pernyataan_once_per_pd_year_signed_by_an_official_of_the_pemda() -> None:
    unit = _unit()
    inspektur = Pejabat.objects.get(nama="SRI LESTARI")
    p = services.buat_pernyataan_reviu(unit, 2025, nomor="700/1/2026", tanggal=date(2026, 2, 2),
                                       penandatangan=inspektur, jabatan="Inspektur Kabupaten Mojokerto")
    services.buat_pernyataan_reviu(unit, 2025, nomor="700/2/2026", tanggal=date(2026, 2, 3),
                                   penandatangan=inspektur, jabatan="Inspektur Kabupaten Mojokerto")
    assert PernyataanReviu.objects.get(unit=unit, tahun=2025).nomor == "700/2/2026"
    assert Jejak.objects.filter(model="kertaskerja.pernyataanreviu", objek_id=str(p.pk), field="nomor").count() == 2
    lain = Pemda.objects.create(slug="kabupaten-lain", nama="Kabupaten Lain", provinsi="Jawa Timur")
    orang = Pejabat.objects.create(pemda=lain, nama="ORANG LAIN")
    with pytest.raises(ValidationError, match="bukan pejabat Pemda"):
        services.buat_pernyataan_reviu(unit, 2025, nomor="1", tanggal=date(2026, 2, 2), penandatangan=orang,
                                       jabatan="Inspektur")
