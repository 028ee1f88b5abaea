"""Every URL of the project, for every demo role, with hostile path values and query strings: never a 500.

The URL list is walked from the resolver, so a new route is covered without touching this file.
Real path values come from the demo data; hostile ones are too big for the database, not ASCII
digits ('²' passes ``str.isdigit``), negative, words, NUL. Document downloads are only fetched with
hostile values (they must fail fast); their real output has its own tests.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve

from sakip.api.models import buat_token
from sakip.evaluasi.models import BuktiDukung, Rekomendasi
from sakip.laporan.antrean import Permintaan, kirim
from sakip.laporan.services import terbitkan_laporan
from sakip.notifikasi.services import kirim as kirim_notifikasi
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator, NodeCascade, PeriodePerencanaan
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.skm.models import Survei
from sakip.skm.services import tambah_rencana_tindak_lanjut

from .conftest import PERAN

RAKSASA = "99999999999999999999999"
NILAI_JAHAT = [RAKSASA, "²", "-1", "abc", "0", "%00"]
# In range but naming nothing: the view itself must answer 404, not the converter.
TIDAK_ADA = {"id": "999999999999", "tahun": "2199"}

ANGKA = ["induk", "node", "indikator", "periode", "tahun", "triwulan", "tw", "page", "halaman", "id", "pk",
         "keanggotaan"]
TEKS = ["pemda", "untuk", "urut", "arah", "tampil", "kegiatan", "cari", "jenis", "predikat", "next", "q"]
KUERI_JAHAT = [
    "?" + "&".join(f"{k}=²" for k in ANGKA + TEKS),
    "?" + "&".join(f"{k}={RAKSASA}" for k in ANGKA + TEKS),
    "?induk=-1&node=abc&indikator=0&periode=%20&tahun=99999999999&triwulan=9&tw=0&halaman=-1&page=1.5&id=1e3"
    "&pk=%00&pemda=%00&cari=%00&untuk=%00",
]
# A view stops at the first bad parameter, so each numeric key is also sent alone (by the admin).
KUERI_TUNGGAL = [f"?{k}=²" for k in ANGKA]

# Views that build a document (DOCX/PDF/XLSX/PNG) or a large JSON from real data.
DOKUMEN = {"unduh_lkjip", "unduh_pk", "unduh_e81", "pk_cetak", "gambar", "templat", "templat_pemda",
           "pengukuran", "openapi-json", "openapi-view"}

_PARAM = re.compile(r"<(?:(\w+):)?(\w+)>|\(\?P<(\w+)>([^)]*)\)")


def _pola(patterns: list, prefix: str = "") -> Iterator[tuple[str, str]]:
    for p in patterns:
        route = prefix + str(p.pattern).lstrip("^").rstrip("$")
        if isinstance(p, URLResolver):
            yield from _pola(p.url_patterns, route)
        elif isinstance(p, URLPattern):
            yield route, p.name or route


def _nilai_asli() -> dict[str, str]:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    pk = PerjanjianKinerja.objects.filter(unit=unit).order_by("pk").first()
    pub = terbitkan_laporan(unit, 2025, "lkjip", b"%PDF-1.4 uji", format="pdf", filename="lkjip-uji.pdf")
    survei = Survei.objects.filter(unit=unit).order_by("pk").first()
    rtl = tambah_rencana_tindak_lanjut(survei, unsur_kode="U8", masalah="Uji", rencana="Uji parameter",
                                       penanggung_jawab="Sekcam", batas_waktu=date(2026, 6, 30))
    return {
        "slug": unit.slug, "pemda": unit.pemda.slug, "tahun": "2025", "fmt": "docx",
        "pk_id": str(pk.pk), "pub_id": str(pub.pk), "nama": pub.berkas.name.rsplit("/", 1)[-1],
        "node_id": str(NodeCascade.objects.filter(unit=unit).order_by("pk").first().pk),
        "indikator_id": str(Indikator.objects.filter(unit=unit).order_by("pk").first().pk),
        "periode_id": str(PeriodePerencanaan.objects.filter(pemda=unit.pemda).order_by("pk").first().pk),
        "user_id": str(User.objects.get(username="operator.mojosari").pk),
        "object_id": "1", "content_type_id": "1", "id": "1",
        "app_label": "organisasi", "url": "tidak-ada/",
        "survei_id": str(survei.pk), "rtl_id": str(rtl.pk),
        "notif_id": str(kirim_notifikasi([User.objects.get(username="operator.mojosari")], pemda=unit.pemda,
                                         jenis="uji", judul="Uji parameter")[0].pk),
        "job": kirim(Permintaan("lkjip", unit.pk, 2025, "docx")),
        # Evidence of the demo's evaluations are links to records; an id naming none must be a 404 too.
        "bukti_id": str(BuktiDukung.objects.order_by("pk").values_list("pk", flat=True).first() or 1),
        "rekomendasi_id": str(Rekomendasi.objects.filter(evaluasi__unit=unit, evaluasi__tahun=2025)
                              .order_by("pk").values_list("pk", flat=True).first() or 1),
        # A Pemda's Word template kind and where it comes from; a PD's profile picture.
        "kode": "lkjip_sampul", "asal": "baku", "jenis": "gambar_struktur",
    }


def _isi(route: str, nilai: dict[str, str]) -> str:
    def ganti(m: re.Match[str]) -> str:
        nama = m.group(2) or m.group(3)
        return nilai[nama]
    return "/" + _PARAM.sub(ganti, route)


def _alamat(route: str, asli: dict[str, str]) -> Iterator[tuple[str, bool]]:
    """(url, jahat): the route with real values, then with each parameter made hostile in turn."""
    yield _isi(route, asli), False
    for m in _PARAM.finditer(route):
        nama, conv = m.group(2) or m.group(3), m.group(1) or ""
        lain = [*NILAI_JAHAT, TIDAK_ADA.get(conv, TIDAK_ADA["id"] if nama.endswith("_id") else "tidak-ada")]
        for v in lain:
            yield _isi(route, {**asli, nama: v}), True


@pytest.mark.django_db
def test_tidak_ada_url_yang_galat_server_dengan_parameter_jahat() -> None:
    asli = _nilai_asli()
    routes = list(_pola(get_resolver().url_patterns))
    assert len(routes) > 150, routes  # the admin, the API and every app are walked
    klien: dict[str, Client] = {"anonim": Client()}
    for username in PERAN:
        user = User.objects.get(username=username)
        c = Client(HTTP_AUTHORIZATION=f"Bearer {buat_token(user)}")  # the API reads the token, the rest the session
        c.force_login(user)
        klien[username] = c
    gagal: list[str] = []
    status: list[int] = []
    mulai = time.monotonic()

    def get(nama: str, c: Client, url: str) -> None:
        try:
            r = c.get(url)
        except Exception as e:  # noqa: BLE001  # the test client re-raises view errors; collect them all
            gagal.append(f"{nama} {url} → {type(e).__name__}: {e}")
            return
        status.append(r.status_code)
        if r.status_code >= 500:
            gagal.append(f"{nama} {url} → {r.status_code}")

    # Django's admin lets in staff only (AdminSite.has_permission): every non-staff role gets the same
    # redirect, so one of them stands for all there.
    bukan_staf = [n for n in PERAN if not User.objects.get(username=n).is_staff]
    klien_admin = {n: c for n, c in klien.items() if n not in bukan_staf[1:]}
    for route, name in routes:
        semua = klien_admin if route.startswith("admin/") else klien
        for url, jahat in _alamat(route, asli):
            if not jahat and name in DOKUMEN:
                continue
            try:
                resolve(url.split("?")[0].replace("%00", "\x00"))
            except Resolver404:  # refused by a converter: no view runs, so the role does not matter
                get("anonim", klien["anonim"], url + KUERI_JAHAT[0])
                continue
            for nama, c in semua.items():
                for q in (KUERI_JAHAT if not jahat else KUERI_JAHAT[:1]):
                    get(nama, c, url + q)
            if not jahat and not route.startswith("admin/"):  # Django's own admin reads no such key
                for q in KUERI_TUNGGAL:
                    get("admin", klien["admin"], url + q)
    durasi = time.monotonic() - mulai
    per_status = {s: status.count(s) for s in sorted(set(status))}
    print(f"\nPola URL {len(routes)}, permintaan {len(status)}, per status {per_status}")  # the count is the point
    assert not gagal, f"{len(gagal)} of {len(status)} requests failed:\n" + "\n".join(gagal)
    assert len(status) > 3000, durasi
    # The real values reach the views: pages render, and bad parameters are refused with 400.
    assert status.count(200) > 500 and status.count(400) > 500, {s: status.count(s) for s in set(status)}


@pytest.mark.django_db
def test_induk_bukan_angka_ditolak_400_dengan_pesan_indonesia(operator: Client, mojosari: Unit) -> None:
    periode = PeriodePerencanaan.objects.filter(pemda=mojosari.pemda).order_by("pk").first()
    r = operator.get(f"/pd/kecamatan-mojosari/perencanaan/{periode.pk}/kotak/tambah/?induk=²")
    assert r.status_code == 400
    assert "Parameter “induk” harus bilangan bulat" in r.content.decode()
    r = operator.get(f"/jejak/kecamatan-mojosari/?indikator={RAKSASA}")
    assert r.status_code == 400 and "“indikator”" in r.content.decode()
    r = operator.get("/pd/kecamatan-mojosari/2025/realisasi/?tw=5")
    assert r.status_code == 400 and "“tw”" in r.content.decode()
    assert operator.get("/pd/kecamatan-mojosari/2025/realisasi/?tw=2").status_code == 200


@pytest.mark.django_db
def test_cari_dengan_nul_ditolak_400(admin: Client) -> None:
    r = admin.get("/pengguna/?cari=%00")
    assert r.status_code == 400 and "karakter NUL" in r.content.decode()


@pytest.mark.django_db
def test_id_dan_tahun_yang_tidak_mungkin_ada_404(operator: Client) -> None:
    assert operator.get(f"/pd/kecamatan-mojosari/pk/{RAKSASA}/").status_code == 404
    assert operator.get("/pd/kecamatan-mojosari/pk/999999999999/").status_code == 404
    assert operator.get("/pd/kecamatan-mojosari/99999999999/").status_code == 404
    assert operator.get("/pd/kecamatan-mojosari/1899/").status_code == 404
    assert operator.get("/pd/kecamatan-mojosari/²/").status_code == 404
    assert operator.get("/pd/kecamatan-mojosari/2025/").status_code == 200
