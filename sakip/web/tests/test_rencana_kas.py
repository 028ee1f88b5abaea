"""The anggaran kas sheet of the rencana aksi: planned K and kas per sub kegiatan and triwulan (issue #13)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.anggaran.models import MataAnggaran
from sakip.anggaran.services import tambah_mata_anggaran
from sakip.audit.models import Jejak
from sakip.organisasi.models import Unit
from sakip.perjanjian.models import PerjanjianKinerja
from sakip.rencana_aksi.baca import rencana_kas
from sakip.rencana_aksi.services import simpan_rencana_sub_kegiatan

pytestmark = pytest.mark.django_db
URL = "/pd/kecamatan-mojosari/2025/rencana-aksi/kas/"
URL_ORG = "/pd/bagian-organisasi/2025/rencana-aksi/kas/"
HITUNG = URL + "hitung/"


def _pk(slug: str = "kecamatan-mojosari") -> PerjanjianKinerja:
    return PerjanjianKinerja.objects.filter(unit__slug=slug, tahun=2025).order_by("-nomor_perubahan").first()


def _sub(slug: str = "kecamatan-mojosari", nomor: int = 0) -> MataAnggaran:
    return (MataAnggaran.objects.filter(unit__slug=slug, tahun=2025, tingkat="sub_kegiatan", pagu__gt=0)
            .order_by("urutan", "pk")[nomor])


def _kas(line: MataAnggaran, slug: str = "kecamatan-mojosari") -> dict[int, Decimal]:
    pk = _pk(slug)
    return {tw: r.anggaran_kas for tw, r in rencana_kas([pk.pk]).get(pk.pk, {}).get(line.pk, {}).items()}


def _row_post(line: MataAnggaran, kas: list[str], k: list[str] | None = None, asal: dict[str, str] | None = None,
              ) -> dict[str, str]:
    """The eight cells of one row as the page posts them (with the values the page showed)."""
    post = {}
    for tw in range(1, 5):
        post[f"kas-{line.pk}-{tw}"] = kas[tw - 1]
        post[f"k-{line.pk}-{tw}"] = (k or ["", "", "", ""])[tw - 1]
    for name in list(post):
        post[f"a-{name}"] = (asal or {}).get(name, "")
    return post


def _asal(line: MataAnggaran, slug: str = "kecamatan-mojosari") -> dict[str, str]:
    """What the page showed for a row before it was edited (its stored kas, typed the Indonesian way)."""
    return {f"kas-{line.pk}-{tw}": _id(v) for tw, v in _kas(line, slug).items()}


def _split(pagu: Decimal) -> list[Decimal]:
    q = (pagu / 4).quantize(Decimal(1))
    return [q, q, q, pagu - 3 * q]


def _id(v: Decimal) -> str:
    """A rupiah amount typed the Indonesian way: 1.250.000 (or 1.250.000,50)."""
    whole, _, frac = f"{v:.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return grouped if frac == "00" else f"{grouped},{frac}"


def test_the_sheet_shows_every_sub_kegiatan_with_its_stored_kas_and_sum(operator: Client) -> None:
    html = operator.get(URL).content.decode()
    line = _sub()
    stored = _kas(line)
    assert sum(stored.values()) == line.pagu  # the demo's kas adds up
    assert f'name="kas-{line.pk}-1"' in html and f'name="k-{line.pk}-4"' in html
    assert f'aria-label="Anggaran kas TW II: {line.nama}"' in html
    assert "sama dengan pagu" in html
    assert "Anggaran kas &amp; keluaran per sub kegiatan" in html  # the sub tab, open
    assert html.count('tbody class="sub-kas') == MataAnggaran.objects.filter(
        unit__slug="kecamatan-mojosari", tahun=2025, tingkat="sub_kegiatan", pagu__isnull=False).count()


def test_operator_enters_kas_and_k_typed_the_indonesian_way_and_it_is_audited(masuk: Callable[[str], Client]) -> None:
    operator = masuk("operator.organisasi")
    line = _sub("bagian-organisasi")
    a, b, c, d = _split(line.pagu)
    c, d = c - Decimal("0.50"), d + Decimal("0.50")
    kas = [_id(a), _id(b), _id(c), _id(d)]
    assert kas[3].endswith(",50") and kas[0].count(".") >= 2  # "1.250.000,50" and "1.250.000"
    r = operator.post(URL_ORG, _row_post(line, kas, ["1", "2", "3,5", "4"], asal=_asal(line, "bagian-organisasi")))
    assert r.status_code == 302, r.content.decode()[:3000]
    assert _kas(line, "bagian-organisasi") == {1: a, 2: b, 3: c, 4: d}
    pk = _pk("bagian-organisasi")
    k = {tw: x.target_k for tw, x in rencana_kas([pk.pk])[pk.pk][line.pk].items()}
    assert k == {1: 1, 2: 2, 3: Decimal("3.5"), 4: 4}
    jejak = Jejak.objects.filter(model="rencana_aksi.rencanasubkegiatan", field="anggaran_kas_tw4",
                                 nama_pengguna="operator.organisasi").get()
    assert jejak.baru == format(d.normalize(), "f")
    page = operator.get(URL_ORG).content.decode()
    assert "Rencana 1 sub kegiatan tersimpan." in page
    assert f'name="kas-{line.pk}-4" value="{kas[3]}"' in page


def test_a_row_that_does_not_sum_to_pagu_is_named_and_kept_as_typed_while_the_others_are_stored(
        masuk: Callable[[str], Client]) -> None:
    operator = masuk("operator.organisasi")
    salah, benar = _sub("bagian-organisasi", 0), _sub("bagian-organisasi", 1)
    kurang = [_id(v) for v in _split(salah.pagu - 1000)]
    sebelum = _kas(salah, "bagian-organisasi")  # the demo's plan (Mojosari's 20/25/25/30 % profile)
    post = {**_row_post(salah, kurang, asal=_asal(salah, "bagian-organisasi")),
            **_row_post(benar, [_id(v) for v in _split(benar.pagu)], asal=_asal(benar, "bagian-organisasi"))}
    r = operator.post(URL_ORG, post)
    assert r.status_code == 422
    html = r.content.decode()
    for tw in range(1, 5):
        assert f'name="kas-{salah.pk}-{tw}" value="{kurang[tw - 1]}"' in html  # what was typed is still there
    nama = f"{salah.kode} {salah.nama}".strip()
    assert f"Anggaran kas {nama} berjumlah" in html and "harus sama dengan pagu" in html
    assert "selisih Rp\u00a01.000,00" in html
    assert f'href="#kas-{salah.pk}"' in html  # the summary links to the row
    assert "1 sub kegiatan belum tersimpan" in html
    assert _kas(salah, "bagian-organisasi") == sebelum  # the refused row keeps its stored plan
    assert _kas(benar, "bagian-organisasi") == dict(enumerate(_split(benar.pagu), start=1))  # the good one is stored


def test_a_cell_that_is_not_a_number_is_marked_at_its_cell_naming_row_and_triwulan(operator: Client) -> None:
    line = _sub()
    before = _kas(line)
    asal = {f"kas-{line.pk}-{tw}": _id(v) for tw, v in before.items()}
    typed = [asal[f"kas-{line.pk}-1"], "12,3,4", asal[f"kas-{line.pk}-3"], "93.15"]
    r = operator.post(URL, _row_post(line, typed, asal=asal))
    assert r.status_code == 422
    html = r.content.decode()
    assert f'name="kas-{line.pk}-2" value="12,3,4"' in html
    assert f'name="kas-{line.pk}-4" value="93.15"' in html
    assert "Anggaran kas TW II: &#x27;12,3,4&#x27; bukan angka" in html or "Anggaran kas TW II: '12,3,4'" in html
    assert "memakai titik sebagai pemisah desimal" in html
    assert html.count('aria-invalid="true"') == 2
    assert _kas(line) == before


def test_a_colleagues_save_since_the_page_opened_is_not_overwritten(operator: Client) -> None:
    line = _sub()
    before = _kas(line)
    asal = {f"kas-{line.pk}-{tw}": _id(v) for tw, v in before.items()}
    # a colleague moves Rp 1.000 from TW I to TW II meanwhile
    baru = {**before, 1: before[1] - 1000, 2: before[2] + 1000}
    simpan_rencana_sub_kegiatan(_pk(), line, target_k={}, anggaran_kas=baru)
    mine = [_id(before[1] + 5), _id(before[2] - 5), _id(before[3]), _id(before[4])]
    r = operator.post(URL, _row_post(line, mine, asal=asal))
    assert r.status_code == 422
    assert "disimpan pengguna lain" in r.content.decode()
    assert _kas(line) == baru


def test_kepala_reads_the_sheet_but_cannot_save(kepala: Client) -> None:
    html = kepala.get(URL).content.decode()
    line = _sub()
    assert f'name="kas-{line.pk}-1"' in html and "readonly" in html
    assert "hx-post" not in html
    before = _kas(line)
    assert kepala.post(URL, _row_post(line, ["1", "2", "3", "4"])).status_code == 403
    assert kepala.post(HITUNG, {"baris": line.pk}).status_code == 403
    assert _kas(line) == before


def test_another_pd_gets_nothing(masuk: Callable[[str], Client]) -> None:
    other = masuk("operator.organisasi")
    line = _sub()
    before = _kas(line)
    assert other.get(URL).status_code in (403, 404)
    assert other.post(URL, _row_post(line, [_id(v) for v in _split(line.pagu)])).status_code in (403, 404)
    assert other.post(HITUNG, {"baris": line.pk}).status_code in (403, 404)
    # Mojosari's line posted on Bagian Organisasi's own page is not one of its rows: nothing stored
    r = other.post(URL_ORG, _row_post(line, [_id(v) for v in _split(line.pagu)]))
    assert r.status_code == 422 and "susunan DPA berubah" in r.content.decode()
    assert _kas(line) == before


def test_the_live_sum_answers_the_row_against_its_pagu(operator: Client) -> None:
    line = _sub()
    a, b, c, d = _split(line.pagu)
    cells = {f"kas-{line.pk}-1": _id(a), f"kas-{line.pk}-2": _id(b), f"kas-{line.pk}-3": _id(c),
             f"kas-{line.pk}-4": _id(d - 500), f"k-{line.pk}-1": "x"}
    html = operator.post(HITUNG, {"baris": line.pk, **cells}).content.decode()
    assert f'id="jumlah-{line.pk}"' in html and _id(line.pagu - 500) in html
    assert "kurang Rp\u00a0500,00" in html
    assert f'id="g-k-{line.pk}-1"' in html and "bukan angka" in html
    cells[f"kas-{line.pk}-4"] = _id(d)
    assert "sama dengan pagu" in operator.post(HITUNG, {"baris": line.pk, **cells}).content.decode()
    assert operator.post(HITUNG, {"baris": "abc"}).status_code == 400
    assert operator.post(HITUNG, {"baris": _sub("bagian-organisasi").pk}).status_code == 400


def _count(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_query_count_is_flat_in_the_number_of_sub_kegiatan(operator: Client) -> None:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    before = _count(operator, URL)
    induk = MataAnggaran.objects.filter(unit=unit, tahun=2025, tingkat="kegiatan").order_by("urutan").first()
    pk = _pk()
    for i in range(8):
        line = tambah_mata_anggaran(unit, 2025, tingkat="sub_kegiatan", nama=f"Sub kegiatan uji {i}",
                                    kode=f"{induk.kode}.{9900 + i}", pagu=Decimal(4000), induk=induk)
        simpan_rencana_sub_kegiatan(pk, line, target_k={1: Decimal(1)}, anggaran_kas={tw: Decimal(1000)
                                                                                       for tw in range(1, 5)})
    assert _count(operator, URL) == before


def test_a_new_pk_perubahan_starts_from_the_earlier_versions_kas(operator: Client, kepala: Client) -> None:
    from datetime import date

    from sakip.perjanjian.services import buat_pk_perubahan

    signed = _pk()
    line = _sub()
    lama = _kas(line)
    draf = buat_pk_perubahan(signed, tanggal=date(2025, 11, 3), alasan="Uji kas")
    html = operator.get(URL).content.decode()
    assert "belum direncanakan pada versi ini" in html
    assert f'name="kas-{line.pk}-1" value="{_id(lama[1])}" data-asal=""' in html  # shown as typed, not stored
    assert "belum direncanakan" not in kepala.get(URL).content.decode()  # a reader sees what is stored
    post = {k: v for k, v in _row_post(line, [_id(lama[tw]) for tw in range(1, 5)]).items()}
    assert operator.post(URL, post).status_code == 302
    assert {tw: r.anggaran_kas for tw, r in rencana_kas([draf.pk])[draf.pk][line.pk].items()} == lama
