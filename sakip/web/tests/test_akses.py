"""Every URL pattern of the project, walked with every role and anonymously: who gets in.

The web app's patterns each have an expectation below (a new pattern without one fails the
test); the other apps' patterns (admin, reviu, api, ...) are held to invariants: only staff
get an admin page, and neither anonymous visitors nor users of another PD get a page of
Kecamatan Mojosari's data; no pattern answers with a server error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import IntConverter

from sakip.demo.loader import DEMO_PASSWORD
from sakip.demo.logo import logo_demo
from sakip.evaluasi.models import Evaluasi, KriteriaLKE
from sakip.evaluasi.services import buka_kembali, tambah_bukti
from sakip.laporan.antrean import Permintaan, kirim
from sakip.laporan.services import terbitkan_laporan
from sakip.notifikasi.services import kirim as kirim_notifikasi
from sakip.organisasi.models import Unit
from sakip.organisasi.services import atur_logo_pemda
from sakip.perencanaan.models import Indikator, NodeCascade, PeriodePerencanaan
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.perjanjian.services import buat_pk_perubahan
from sakip.skm.models import Survei
from sakip.skm.services import tambah_rencana_tindak_lanjut

from .conftest import PERAN, user

# The demo's triwulans are incomplete: the "Ajukan" gate warns here (it is tested in test_kelengkapan).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("kelengkapan_peringatan")]

ADMIN, OP, KEP, OP_LAIN, KEP_LAIN, INSP, PIMP = PERAN
SEMUA = set(PERAN)
PEMDA = {ADMIN, INSP, PIMP}
LIHAT = {ADMIN, OP, KEP, INSP, PIMP}  # every URL below points at Kecamatan Mojosari
ISI = {ADMIN, OP}
SETUJUI = {ADMIN, KEP}
KELOLA = {ADMIN}
PUBLIK = "publik"

# pattern name -> {method: roles that get in, or PUBLIK}
HARAPAN: dict[str, dict[str, set[str] | str]] = {
    "beranda": {"GET": PUBLIK},
    "masuk": {"GET": PUBLIK},
    "keluar": {"POST": PUBLIK},
    "kata_sandi": {"GET": SEMUA, "POST": SEMUA},  # every account changes its own password
    "pemda": {"GET": PEMDA},
    "pemda_tahun": {"GET": PEMDA},
    "pengguna": {"GET": KELOLA},
    "pengguna_tambah": {"GET": KELOLA, "POST": KELOLA},
    "pengguna_ubah": {"GET": KELOLA, "POST": KELOLA},
    "pd": {"GET": LIHAT},
    "pd_tahun": {"GET": LIHAT},
    "realisasi": {"GET": LIHAT, "POST": ISI},
    "realisasi_hitung": {"POST": ISI},
    "anggaran": {"GET": LIHAT, "POST": ISI},
    "anggaran_hitung": {"POST": ISI},
    "narasi": {"GET": LIHAT, "POST": ISI},
    "rencana_aksi": {"GET": LIHAT, "POST": ISI},
    "rencana_kas": {"GET": LIHAT, "POST": ISI},
    "rencana_kas_hitung": {"POST": ISI},  # an empty POST names no row: 400 for who may enter
    "faktor": {"GET": LIHAT, "POST": ISI},
    # The approval steps: each needs its own right (an empty POST is refused with a message, 302).
    "status_ajukan": {"POST": ISI},
    "status_setujui": {"POST": SETUJUI},
    "status_kembalikan": {"POST": SETUJUI},
    "status_kunci": {"POST": SETUJUI},
    "status_buka_kunci": {"POST": KELOLA},
    "laporan": {"GET": LIHAT},
    "unduh_lkjip": {"GET": LIHAT},
    "selisih_anggaran": {"GET": LIHAT, "POST": ISI},
    "unduh_e81": {"GET": LIHAT},
    "laporan_buat": {"POST": LIHAT},  # an empty POST is refused with a message (302)
    "antrean": {"GET": LIHAT},
    "antrean_berkas": {"GET": LIHAT},
    "terbitkan": {"POST": SETUJUI},
    "tarik": {"POST": KELOLA},
    "pk_daftar": {"GET": LIHAT},
    "pk_buat": {"GET": ISI, "POST": ISI},
    "pk_detail": {"GET": LIHAT, "POST": ISI},
    "pk_tambah": {"GET": ISI, "POST": ISI},
    "pk_perubahan": {"GET": ISI, "POST": ISI},
    "pk_tandatangani": {"POST": SETUJUI},
    "pk_anggaran": {"POST": ISI},
    "pk_hapus": {"POST": ISI},
    "pk_cetak": {"GET": LIHAT},
    "unduh_pk": {"GET": LIHAT},
    "perencanaan": {"GET": LIHAT},
    "target": {"GET": LIHAT, "POST": ISI},
    "node_tambah": {"GET": ISI, "POST": ISI},
    "node_ubah": {"GET": ISI, "POST": ISI},
    "node_pindah": {"POST": ISI},
    "node_hapus": {"GET": ISI, "POST": ISI},
    "indikator_tambah": {"GET": ISI, "POST": ISI},
    "indikator_ubah": {"GET": ISI, "POST": ISI},
    "indikator_iku": {"POST": ISI},
    "indikator_pindah": {"POST": ISI},
    "indikator_hapus": {"GET": ISI, "POST": ISI},
    # Issue #13: the Admin Pemda's control page; everyone's own inbox (a notification of the operator's
    # is 404 for every other account).
    "kendali": {"GET": KELOLA, "POST": KELOLA},
    # The Word templates of the documents' fixed wording: the Admin Pemda's alone.
    "templat": {"GET": KELOLA},
    "templat_unduh": {"GET": KELOLA},
    "templat_unggah": {"POST": KELOLA},
    "templat_kembalikan": {"POST": KELOLA},
    "kotak_masuk": {"GET": SEMUA, "POST": SEMUA},
    # The Pemda's logo: the Admin Pemda changes it; every account of the Pemda may see it.
    "logo_pemda": {"POST": KELOLA},
    "logo_pemda_gambar": {"GET": SEMUA},
    # A PD's profile: read by whoever reads the PD, its pictures changed by those who enter its data.
    "profil": {"GET": LIHAT, "POST": ISI},
    "profil_gambar": {"GET": LIHAT},
    "notifikasi": {"GET": {OP}},
    "notifikasi_dibaca": {"POST": {OP}},
    "publik": {"GET": PUBLIK},
    "publik_pemda": {"GET": PUBLIK},
    "publik_pd": {"GET": PUBLIK},
    "publik_berkas": {"GET": PUBLIK},
    "skm": {"GET": LIHAT, "POST": ISI},
    # Evaluasi AKIP: overseers see every PD's score; the PD's operator writes its self-assessment;
    # only the team's ketua/dalnis closes (none of these roles is on the team) and the Inspektorat or
    # Admin Pemda reopens. Malformed posts by those who may see the worksheet are a 400, not a 403.
    "evaluasi_dasbor": {"GET": PEMDA},
    # Evaluators are assigned by the Admin Pemda and the Inspektorat (evaluasi.akses.boleh_tugaskan).
    "evaluasi_evaluator": {"GET": {ADMIN, INSP}, "POST": {ADMIN, INSP}},
    "evaluasi": {"GET": LIHAT},
    "evaluasi_jawab": {"POST": {OP}},
    "evaluasi_bukti": {"POST": LIHAT},
    "unduh_bukti": {"GET": LIHAT},
    "evaluasi_final": {"POST": set()},
    "evaluasi_buka": {"POST": {ADMIN, INSP}},
    "unduh_lhe": {"GET": LIHAT},
    "unduh_kke": {"GET": LIHAT},
    "tindak_lanjut": {"GET": LIHAT, "POST": LIHAT},
    "skm_survei": {"GET": LIHAT},
    "skm_aksi": {"POST": ISI},  # publishing needs SETUJUI; an empty POST is refused with a message
    "skm_entri": {"GET": ISI, "POST": ISI},
    "skm_rtl": {"POST": ISI},
    "skm_rtl_status": {"POST": ISI},
    "skm_laporan": {"GET": LIHAT},
    "skm_kuesioner": {"GET": LIHAT},
    "skm_formulir": {"GET": PUBLIK, "POST": PUBLIK},  # the citizen's form, without an account
    "skm_hasil": {"GET": PUBLIK},
}


@dataclass(frozen=True)
class Pola:
    nama: str  # 'web:pd', 'admin:index', 'admin:?' when unnamed
    bagian: tuple[str, ...]  # the route text of each level
    int_args: frozenset[str]

    @property
    def namespace(self) -> str:
        return self.nama.split(":", 1)[0] if ":" in self.nama else ""


def semua_pola() -> Iterator[Pola]:
    """Every URL pattern of the project, with the route text of each include level."""

    def walk(resolver: URLResolver, parts: tuple[str, ...], ns: str, ints: frozenset[str]) -> Iterator[Pola]:
        for p in resolver.url_patterns:
            conv = frozenset(k for k, v in getattr(p.pattern, "converters", {}).items() if isinstance(v, IntConverter))
            if isinstance(p, URLResolver):
                inner = f"{ns}:{p.namespace}" if ns and p.namespace else (p.namespace or ns)
                yield from walk(p, (*parts, str(p.pattern)), inner or "", ints | conv)
            elif isinstance(p, URLPattern):
                yield Pola(f"{ns}:{p.name or '?'}" if ns else (p.name or "?"), (*parts, str(p.pattern)), ints | conv)

    yield from walk(get_resolver(), (), "", frozenset())


def bangun(pola: Pola, nilai: dict[str, str]) -> str:
    """The URL of a pattern with real ids and slugs filled in (route and regex patterns alike)."""

    def isi(name: str) -> str:
        if name in nilai:
            return nilai[name]
        return "1" if name in pola.int_args or name.endswith("_id") else "kecamatan-mojosari"

    out = []
    for part in pola.bagian:
        part = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: isi(m.group(1)), part)
        part = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: isi(m.group(1)), part)
        out.append(part.lstrip("^").rstrip("$"))
    return "/" + "".join(out)


@pytest.fixture
def nilai(mojosari: Unit) -> dict[str, str]:
    """Real kwargs: every id belongs to Kecamatan Mojosari; the PK is an unsigned draft."""
    signed = PerjanjianKinerja.objects.get(unit=mojosari, tahun=2025, versi="perubahan")
    draf = buat_pk_perubahan(signed, tanggal=date(2025, 11, 1), alasan="uji hak akses")
    pub = terbitkan_laporan(mojosari, 2025, "e81", b"PK\x03\x04 uji", format="xlsx", filename="E-81-uji.xlsx")
    periode = PeriodePerencanaan.objects.get(nama="2025-2029")
    ev = buka_kembali(Evaluasi.objects.get(unit=mojosari, tahun=2025), "Uji hak akses")
    kriteria = KriteriaLKE.objects.filter(sub__komponen__template=ev.template).order_by("pk").first()
    bukti = tambah_bukti(ev, kriteria, "berkas", "Uji hak akses", berkas=("bukti.pdf", b"%PDF-1.4\n%uji\n"))
    survei = Survei.objects.get(unit=mojosari, tahun=2025, periode="S1")
    rtl = tambah_rencana_tindak_lanjut(survei, unsur_kode="U8", masalah="Uji", rencana="Uji hak akses",
                                       penanggung_jawab="Sekretaris Camat", batas_waktu=date(2026, 6, 30))
    node = NodeCascade.objects.filter(unit=mojosari, periode=periode, induk__isnull=False).first()
    notif = kirim_notifikasi([user(OP)], pemda=mojosari.pemda, jenis="uji", judul="Uji hak akses", tautan="/pd/kecamatan-mojosari/")
    ind = Indikator.objects.filter(unit=mojosari, periode=periode, node=node).first()
    atur_logo_pemda(mojosari.pemda, logo_demo())  # this test's media folder holds the file too
    return {
        "slug": "kecamatan-mojosari", "tahun": "2025", "pk_id": str(draf.pk), "node_id": str(node.pk),
        "indikator_id": str(ind.pk), "periode_id": str(periode.pk), "pub_id": str(pub.pk),
        "nama": pub.berkas.name.rsplit("/", 1)[-1], "user_id": str(user(OP).pk), "pemda": "kabupaten-mojokerto",
        "fmt": "docx", "object_id": str(mojosari.pk), "id": str(user(OP).pk), "app_label": "organisasi",
        "content_type_id": str(ContentType.objects.get_for_model(Unit).pk), "url": "tidak-ada/",
        "notif_id": str(notif[0].pk), "bukti_id": str(bukti.pk),
        "survei_id": str(survei.pk), "rtl_id": str(rtl.pk), "jenis": "gambar_struktur", "kode": "lkjip_sampul",
        "asal": "aktif",
        # A job of Mojosari's on the test run's own queue (no worker takes it: it stays waiting).
        "job": kirim(Permintaan("lkjip", mojosari.pk, 2025, "docx")),
    }


def minta(client: Client, method: str, url: str) -> tuple[int, str]:
    """One request whose writes are undone, so the next request sees the same data."""
    with transaction.atomic():
        response = client.get(url) if method == "GET" else client.post(url, {})
        transaction.set_rollback(True)
    return response.status_code, response.get("Location", "")


def test_every_web_pattern_has_an_expectation() -> None:
    names = {p.nama.removeprefix("web:") for p in semua_pola() if p.namespace == "web"}
    assert names == set(HARAPAN)


@pytest.mark.parametrize("peran", [*PERAN, None], ids=[*PERAN, "anonim"])
def test_who_gets_in(peran: str | None, nilai: dict[str, str]) -> None:
    client = Client()
    if peran is not None:
        assert client.login(username=peran, password=DEMO_PASSWORD)
    salah = []
    for pola in semua_pola():
        url = bangun(pola, nilai)
        if pola.namespace == "web":
            for method, allowed in HARAPAN[pola.nama.removeprefix("web:")].items():
                status, location = minta(client, method, url)
                if allowed == PUBLIK:
                    ok = status < 400
                elif peran is None:
                    ok = status == 302 and location.startswith("/masuk/")
                elif peran in allowed:
                    ok = status < 500 and status not in (401, 403, 404, 405)
                else:
                    ok = status in (403, 404)
                if not ok:
                    salah.append(f"{method} {url} ({pola.nama}): {status} {location}")
            if peran is not None and pola.nama == "web:keluar":
                client.login(username=peran, password=DEMO_PASSWORD)
            continue
        status, _ = minta(client, "GET", url)
        pd_page = "kecamatan-mojosari" in url  # a page of one PD's data
        if pola.namespace == "admin" and pola.nama != "admin:login" and peran != ADMIN and status == 200:
            salah.append(f"GET {url} ({pola.nama}): 200 for {peran or 'anonim'}, not staff")
        elif pd_page and peran in (None, OP_LAIN, KEP_LAIN) and status == 200:
            salah.append(f"GET {url} ({pola.nama}): 200 for {peran or 'anonim'}, Kecamatan Mojosari's data")
        elif status >= 500:
            salah.append(f"GET {url} ({pola.nama}): {status}")
    assert not salah, "\n".join(salah)
