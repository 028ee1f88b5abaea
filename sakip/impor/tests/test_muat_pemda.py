"""Setting up a real Pemda: `contoh-pemda` → `muat-pemda` → `admin-pemda`, and the files it refuses."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client

from sakip.audit.models import Jejak
from sakip.impor.contoh_pemda import contoh
from sakip.organisasi.models import Keanggotaan, Pejabat, Pemda, Peran, Unit
from sakip.pengukuran.services import ukur_pd
from sakip.perencanaan.models import Indikator, NodeCascade, Target
from sakip.rencana_aksi.models import RencanaSubKegiatan

pytestmark = pytest.mark.django_db

SLUG = "kabupaten-contoh"
KATA_SANDI = "Rahasia#Contoh2025"  # a test account's password
# The PD's IKU in the example: unit[1] → its sasaran → the first indicator.
IND = ["unit", 1, "periode", "2025-2029", "cascade", 0, "anak", 0, "indikator", 0]
IND_JALUR = 'unit[1].periode["2025-2029"].cascade[0].anak[0].indikator[0]'


def _tulis(tmp_path: Path, data: Any, nama: str = "pemda.json") -> Path:
    path = tmp_path / nama
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _muat(path: Path, *args: str) -> str:
    out = io.StringIO()
    call_command("muat-pemda", str(path), *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def _di(data: Any, jalur: list[Any]) -> Any:
    for k in jalur:
        data = data[k]
    return data


def _jumlah() -> tuple[int, ...]:
    """Every kind of row a file creates, to show a refused file left nothing behind."""
    return (Pemda.objects.count(), Unit.objects.count(), Pejabat.objects.count(), Indikator.objects.count(),
            Target.objects.count(), NodeCascade.objects.count(), Jejak.objects.count(), User.objects.count())


def test_the_example_round_trips_into_a_measurable_pemda(tmp_path: Path) -> None:
    path = tmp_path / "contoh.json"
    call_command("contoh-pemda", "--output", str(path), stderr=io.StringIO())
    users = User.objects.count()

    out = _muat(path)

    assert "Kabupaten Contoh (kabupaten-contoh) dimuat: 2 unit, 2 pejabat, 1 periode, 3 indikator, 15 target" in out
    assert "sakip admin-pemda --pemda kabupaten-contoh" in out
    pemda = Pemda.objects.get(slug=SLUG)
    assert (pemda.nama, pemda.provinsi) == ("Kabupaten Contoh", "Jawa Timur")
    dinas = Unit.objects.get(pemda=pemda, slug="dinas-contoh")
    assert (dinas.nama, dinas.jenis) == ("Dinas Contoh", "dinas")
    assert Unit.objects.get(pemda=pemda, jenis="pemda").slug == "pemkab-contoh"
    ind = Indikator.objects.get(unit=dinas, ref="ikm-dinas")
    assert (ind.nama, ind.satuan, ind.iku, ind.skala.kode) == ("Indeks Kepuasan Masyarakat", "Nilai", True, "skm")
    assert {t.tahun: t.nilai for t in Target.objects.filter(indikator=ind)} == {
        2025: Decimal("82"), 2026: Decimal("83"), 2027: Decimal("84"), 2028: Decimal("85"), 2029: Decimal("86")}
    # The PD's sasaran supports the RPJMD sasaran of the Kabupaten, as the file says.
    sasaran = NodeCascade.objects.get(unit=dinas, tingkat="sasaran")
    assert sasaran.mendukung.nama == "Meningkatnya akuntabilitas kinerja perangkat daerah"
    assert [n.tingkat for n in NodeCascade.objects.filter(unit=dinas).order_by("pk")] == [
        "tujuan", "sasaran", "program", "kegiatan", "sub_kegiatan"]

    hasil = ukur_pd(dinas, 2025)
    (pk,) = hasil.pk
    (baris,) = pk.baris
    assert (baris.input.nama, baris.input.target, baris.realisasi) == ("Indeks Kepuasan Masyarakat", Decimal("82"), None)
    assert hasil.anggaran.pagu == Decimal("150000000")

    (jejak,) = Jejak.objects.filter(field="muat_awal", objek__contains="contoh.json")
    assert jejak.objek == "Berkas Pemda contoh.json dimuat"
    assert "perencanaan.target 15" in jejak.baru
    assert not Jejak.objects.filter(unit__pemda=pemda).exclude(field="muat_awal").exists()  # one row, not one per value
    assert User.objects.count() == users  # never any demo account
    assert not Keanggotaan.objects.filter(pemda=pemda).exists()


def test_realisasi_in_the_file_is_measured_by_the_engine(tmp_path: Path) -> None:
    data = contoh()
    _di(data, IND)["realisasi"] = {"2025": {"TW4": "84.1"}}
    _muat(_tulis(tmp_path, data))

    (baris,) = ukur_pd(Unit.objects.get(pemda__slug=SLUG, slug="dinas-contoh"), 2025).pk[0].baris
    assert baris.realisasi == Decimal("84.10")
    assert baris.capaian.persen == Decimal("102.56")  # 84,10 / 82 × 100


def test_dry_run_checks_everything_and_stores_nothing(tmp_path: Path) -> None:
    path = tmp_path / "contoh.json"
    call_command("contoh-pemda", "--output", str(path), stderr=io.StringIO())
    sebelum = _jumlah()

    out = _muat(path, "--dry-run")

    assert "Berkas contoh.json sah: Kabupaten Contoh (kabupaten-contoh) dengan 2 unit" in out
    assert "(uji coba, tidak disimpan)" in out
    assert _jumlah() == sebelum


def _hapus_nama(d: dict[str, Any]) -> None:
    del _di(d, IND)["nama"]


def _set(jalur: list[Any], nilai: Any) -> Callable[[dict[str, Any]], None]:
    def ubah(d: dict[str, Any]) -> None:
        _di(d, jalur[:-1])[jalur[-1]] = nilai
    return ubah


PK_DINAS = ["unit", 1, "perjanjian_kinerja", 0]
SUB = "2.01.01.2.01.0006"  # the example's one sub kegiatan, pagu Rp 150.000.000


@pytest.mark.parametrize(("ubah", "pesan"), [
    (_hapus_nama, f"{IND_JALUR}.nama: kunci wajib ini tidak ada"),
    (_set([*IND, "target", "2026"], "1e400"), f'{IND_JALUR}.target["2026"]: "1e400" ditolak: nilai terlalu besar'),
    (_set([*IND, "target", "2026"], 83.5), f'{IND_JALUR}.target["2026"]: angka ditulis sebagai teks'),
    (_set([*IND, "target", "2026"], "83,5"), f'{IND_JALUR}.target["2026"]: "83,5" bukan angka'),
    (_set([*IND, "targte"], {}), f"{IND_JALUR}.targte: kunci tidak dikenal"),
    (_set(["unit", 1, "induk"], "sekretariat-daerah"),
     'unit[1].induk: unit induk "sekretariat-daerah" tidak ada di berkas'),
    (_set(["unit", 1, "periode"], []), "unit[1].periode: harus objek {...}, bukan daftar [...]"),
    (_set(["unit"], {}), "unit: harus daftar [...], bukan objek {...}"),
    (_set(["unit", 1, "jenis"], "dinass"), "unit[1].jenis: "),
    (_set([*PK_DINAS, "pihak_kedua"], "wakil-bupati"),
     'unit[1].perjanjian_kinerja[0].pihak_kedua: pejabat (ref) "wakil-bupati" tidak ada'),
    (_set(["unit", 1, "periode", "2025-2029", "cascade", 0, "mendukung"], "rpjmd-tujuan-9"),
     'unit[1].periode["2025-2029"].cascade[0].mendukung: kotak RPJMD ("ref" pada unit pemda) "rpjmd-tujuan-9" '
     "tidak ada"),
    (_set(["unit", 1, "anggaran", "2025", 0, "anak", 0, "anak", 0, "pagu"], "-5"),
     'unit[1].anggaran["2025"][0].anak[0].anak[0].pagu: "-5" ditolak: jumlah rupiah tidak boleh negatif'),
    (_set(["unit", 1, "rencana_kas"], {"2025": {"sub_kegiatan": {"2.01.01.2.01.0009": {"TW4": "150000000"}}}}),
     'unit[1].rencana_kas["2025"].sub_kegiatan["2.01.01.2.01.0009"]: sub kegiatan DPA 2025 (kode) '
     '"2.01.01.2.01.0009" tidak ada'),
    (_set(["unit", 1, "rencana_kas"], {"2025": {"sub_kegiatan": {SUB: {"TW1": "100000000"}}}}),
     f'unit[1].rencana_kas["2025"].sub_kegiatan["{SUB}"]: anggaran_kas: '),
    (_set(["unit", 1, "rencana_kas"], {"2025": {"sub_kegiatan": {SUB: {"TW5": "150000000"}}}}),
     f'unit[1].rencana_kas["2025"].sub_kegiatan["{SUB}"]["TW5"]: kunci tidak dikenal'),
    (_set(["unit", 1, "rencana_kas"], {"2025": {"profil": ["0.25", "0.25", "0.25", "0.25"],
                                                "sub_kegiatan": {SUB: {"TW4": "150000000"}}}}),
     'unit[1].rencana_kas["2025"]: rencana kas: isi salah satu, "profil" atau "sub_kegiatan".'),
])
def test_a_broken_file_names_the_json_path_and_stores_nothing(
        tmp_path: Path, ubah: Callable[[dict[str, Any]], None], pesan: str) -> None:
    data = contoh()
    ubah(data)
    sebelum = _jumlah()

    with pytest.raises(CommandError) as exc:
        _muat(_tulis(tmp_path, data))

    assert str(exc.value).startswith(pesan), str(exc.value)
    assert str(exc.value).endswith("Tidak ada yang disimpan.")
    assert "\n" not in str(exc.value)
    assert _jumlah() == sebelum
    assert not Pemda.objects.filter(slug=SLUG).exists()


def test_an_anggaran_kas_given_per_sub_kegiatan_is_stored_for_the_pk_in_force(tmp_path: Path) -> None:
    data = contoh()
    kas = {"TW1": "20000000", "TW2": "40000000", "TW3": "40000000", "TW4": "50000000"}
    _di(data, ["unit", 1])["rencana_kas"] = {"2025": {"sub_kegiatan": {SUB: kas}}}
    _muat(_tulis(tmp_path, data))

    dinas = Unit.objects.get(pemda__slug=SLUG, slug="dinas-contoh")
    stored = RencanaSubKegiatan.objects.filter(mata_anggaran__unit=dinas, mata_anggaran__kode=SUB)
    assert {(r.triwulan, r.anggaran_kas, r.target_k) for r in stored} == {
        (1, Decimal(20_000_000), None), (2, Decimal(40_000_000), None), (3, Decimal(40_000_000), None),
        (4, Decimal(50_000_000), None)}
    assert ukur_pd(dinas, 2025, triwulan=2).rencana_anggaran == Decimal(60_000_000)  # kas s.d. TW II


def test_a_refusal_by_a_service_names_the_field(tmp_path: Path) -> None:
    data = contoh()
    _di(data, ["unit", 1, "pejabat", 0])["nip"] = "1970"

    with pytest.raises(CommandError) as exc:
        _muat(_tulis(tmp_path, data))

    assert str(exc.value).startswith("unit[1].pejabat[0].nip: "), str(exc.value)
    assert not Pemda.objects.filter(slug=SLUG).exists()


@pytest.mark.parametrize(("isi", "pesan"), [
    (b'{"pemda": {"slug": "x",}', "berkas pemda.json bukan JSON yang sah (baris 1, kolom 24)"),
    (b"\xff\xfe{}", "bukan teks UTF-8"),
    (b"[]", "isi berkas harus objek {...}, bukan daftar [...]"),
    (b'{"pemda": {}}', "unit: kunci wajib ini tidak ada"),
])
def test_a_file_that_is_not_a_pemda_object_is_refused(tmp_path: Path, isi: bytes, pesan: str) -> None:
    path = tmp_path / "pemda.json"
    path.write_bytes(isi)
    sebelum = _jumlah()

    with pytest.raises(CommandError) as exc:
        _muat(path)

    assert pesan in str(exc.value)
    assert _jumlah() == sebelum


def test_an_existing_slug_is_refused_and_left_alone(tmp_path: Path) -> None:
    data = contoh()
    data["pemda"]["slug"] = "kabupaten-mojokerto"  # the demo Pemda of the test database
    sebelum = _jumlah()

    with pytest.raises(CommandError) as exc:
        _muat(_tulis(tmp_path, data))

    assert str(exc.value) == ('pemda.slug: Pemda "kabupaten-mojokerto" sudah ada; muat-pemda hanya membuat Pemda '
                              "baru (tidak mengubah yang ada). Tidak ada yang disimpan.")
    assert _jumlah() == sebelum
    assert Pemda.objects.get(slug="kabupaten-mojokerto").nama == "Kabupaten Mojokerto"


def test_the_example_file_is_not_overwritten_without_timpa(tmp_path: Path) -> None:
    path = tmp_path / "contoh.json"
    path.write_text("punya saya", encoding="utf-8")
    with pytest.raises(CommandError, match="sudah ada; pakai --timpa"):
        call_command("contoh-pemda", "--output", str(path))
    assert path.read_text(encoding="utf-8") == "punya saya"
    call_command("contoh-pemda", "--output", str(path), "--timpa", stderr=io.StringIO())
    assert json.loads(path.read_text(encoding="utf-8")) == contoh()


# -- admin-pemda -------------------------------------------------------------------------------


@pytest.fixture
def pemda_baru(tmp_path: Path) -> Pemda:
    _muat(_tulis(tmp_path, contoh()))
    return Pemda.objects.get(slug=SLUG)


def _admin_pemda(*args: str) -> str:
    out = io.StringIO()
    call_command("admin-pemda", "--pemda", SLUG, *args, stdout=out)
    return out.getvalue()


def test_admin_pemda_creates_an_audited_admin_who_can_log_in(pemda_baru: Pemda,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAKIP_KATA_SANDI", KATA_SANDI)

    out = _admin_pemda("--username", "admin.contoh", "--email", "sakip@contoh.go.id")

    assert "Admin Pemda 'admin.contoh' untuk Kabupaten Contoh dibuat" in out
    user = User.objects.get(username="admin.contoh")
    assert (user.email, user.is_staff, user.is_active) == ("sakip@contoh.go.id", True, True)
    (anggota,) = Keanggotaan.objects.filter(user=user)
    assert (anggota.pemda, anggota.peran, anggota.unit) == (pemda_baru, Peran.ADMIN_PEMDA, None)
    jejak = {(j.model, j.field): j.baru for j in Jejak.objects.filter(model__in=["auth.user", "organisasi.keanggotaan"],
                                                                        objek__contains="admin.contoh")}
    assert jejak[("auth.user", "username")] == "admin.contoh"
    assert jejak[("auth.user", "is_staff")] == "ya"
    assert jejak[("organisasi.keanggotaan", "peran")] == "admin_pemda"
    assert not any(KATA_SANDI in (v or "") or k[1] == "password" for k, v in jejak.items())

    client = Client()
    r = client.post("/masuk/", {"username": "admin.contoh", "password": KATA_SANDI})
    assert r.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    admin = client.get("/admin/")
    assert admin.status_code == 200 and "Indikator" in admin.content.decode()  # the read-only admin is visible


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_admin_pemda_reads_the_password_twice(pemda_baru: Pemda, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAKIP_KATA_SANDI", raising=False)
    jawaban = iter([KATA_SANDI, KATA_SANDI + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(jawaban))
    monkeypatch.setattr("sys.stdin", _Terminal())
    with pytest.raises(CommandError, match="kedua kata sandi tidak sama; akun tidak dibuat"):
        _admin_pemda("--username", "admin.contoh")
    assert not User.objects.filter(username="admin.contoh").exists()

    jawaban = iter([KATA_SANDI, KATA_SANDI])
    _admin_pemda("--username", "admin.contoh")
    assert User.objects.get(username="admin.contoh").check_password(KATA_SANDI)


@pytest.mark.parametrize(("sandi", "pesan"), [
    ("12345678", "Kata sandi ini terlalu umum. Kata sandi ini seluruhnya terdiri dari angka."),
    ("ab1", "Kata sandi terlalu pendek. Harus mengandung setidaknya 8 karakter."),
])
def test_admin_pemda_refuses_a_weak_password(pemda_baru: Pemda, monkeypatch: pytest.MonkeyPatch,
                                             sandi: str, pesan: str) -> None:
    monkeypatch.setenv("SAKIP_KATA_SANDI", sandi)
    jejak = Jejak.objects.count()

    with pytest.raises(CommandError) as exc:
        _admin_pemda("--username", "admin.contoh")

    assert pesan in str(exc.value) and str(exc.value).endswith("Akun tidak dibuat.")
    assert not User.objects.filter(username="admin.contoh").exists()
    assert Jejak.objects.count() == jejak


def test_admin_pemda_refuses_an_unknown_pemda_and_a_taken_username(pemda_baru: Pemda,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAKIP_KATA_SANDI", KATA_SANDI)
    with pytest.raises(CommandError, match="Pemda 'tidak-ada' tidak ditemukan"):
        call_command("admin-pemda", "--pemda", "tidak-ada", "--username", "admin.contoh")
    with pytest.raises(CommandError, match="Nama pengguna 'admin' sudah dipakai"):
        _admin_pemda("--username", "admin")  # the demo's admin
    assert not Keanggotaan.objects.filter(pemda=pemda_baru).exists()
