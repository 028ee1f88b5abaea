"""Plausibility at the door (issue #13), through the one write path every door uses: the batch services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from sakip.anggaran.models import MataAnggaran, RealisasiAnggaran
from sakip.anggaran.services import IsianJumlah, MelebihiPagu, simpan_realisasi_anggaran_batch
from sakip.audit.models import Jejak
from sakip.kendali.services import (
    atur_jadwal_pengisian,
    atur_pengaturan_kendali,
    atur_satuan,
    pastikan_dalam_jadwal,
)
from sakip.organisasi.models import Unit
from sakip.perencanaan.models import Indikator
from sakip.realisasi.models import Realisasi
from sakip.realisasi.services import IsianNilai, PerluKonfirmasi, simpan_realisasi_batch

pytestmark = pytest.mark.django_db

TAHUN = 2025


def mojosari() -> Unit:
    return Unit.objects.get(slug="kecamatan-mojosari")


def gaji() -> Indikator:
    """'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN' (Orang/Bulan), target 2025: 40."""
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="7.01.01.2.02.0001-2529")


def laporan() -> Indikator:
    return Indikator.objects.filter(unit__slug="kecamatan-mojosari", periode__nama="2025-2029",
                                    satuan="Laporan").order_by("pk").first()


def layanan_umum() -> Indikator:
    """'Persentase Pelayanan Umum yang Terlaksana Sesuai Standar' (%): a share."""
    return Indikator.objects.get(unit__slug="kecamatan-mojosari", ref="7.01.01.2.06-2529")


def simpan(ind: Indikator, nilai: str, bagian: str = "TW1", alasan: str = "") -> ValidationError | None:
    ditolak = simpan_realisasi_batch(mojosari(), TAHUN, [IsianNilai(ind.pk, bagian, Decimal(nilai), alasan=alasan)])
    return ditolak.get(0)


def tersimpan(ind: Indikator, bagian: str = "TW1") -> Decimal | None:
    return Realisasi.objects.filter(indikator=ind, tahun=TAHUN, bagian=bagian).values_list("nilai", flat=True).first()


def test_the_users_example_1250000_people_against_a_target_of_40_asks_for_a_confirmation() -> None:
    ind = gaji()
    sebelum = tersimpan(ind)  # the demo's rencana aksi fills TW I (40): it must stay as it was
    galat = simpan(ind, "1250000")
    assert isinstance(galat, PerluKonfirmasi) and galat.code == "konfirmasi"
    pesan = " ".join(galat.messages)
    assert "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN 2025 Triwulan I" in pesan
    assert "1.250.000 lebih dari 10 kali target 40" in pesan
    assert tersimpan(ind) == sebelum


def test_a_confirmed_far_off_value_is_stored_with_its_reason_in_the_trail() -> None:
    ind = gaji()
    assert simpan(ind, "1200", alasan="Termasuk tenaga kontrak seluruh kecamatan") is None
    assert tersimpan(ind) == Decimal("1200")
    j = Jejak.objects.filter(model="realisasi.realisasi", indikator_id=ind.pk, field="TW1").latest("pk")
    assert j.baru == "1200"
    assert j.alasan == "Konfirmasi nilai di luar kewajaran: Termasuk tenaga kontrak seluruh kecamatan"


def test_a_plausible_value_needs_no_confirmation_and_a_hundredfold_jump_does() -> None:
    ind = gaji()
    assert simpan(ind, "39") is None
    assert simpan(ind, "399", bagian="TW2") is None  # within 10x the target 40 and 100x the previous 39
    assert isinstance(simpan(ind, "401", bagian="TW3"), PerluKonfirmasi)


def test_a_fraction_of_a_count_unit_is_refused_naming_the_cell() -> None:
    ind = laporan()
    galat = simpan(ind, "3.5")
    assert galat is not None and not isinstance(galat, PerluKonfirmasi)
    assert "satuan Laporan dihitung utuh; isi bilangan bulat, bukan 3,5" in " ".join(galat.messages)
    assert ind.nama in " ".join(galat.messages)
    assert simpan(ind, "3") is None


def test_the_admin_pemda_may_allow_fractions_of_a_unit() -> None:
    ind = laporan()
    atur_satuan(mojosari().pemda, "Laporan", False)
    assert simpan(ind, "3.5") is None
    assert tersimpan(ind) == Decimal("3.5")


def test_a_share_above_100_percent_is_refused() -> None:
    ind = layanan_umum()
    galat = simpan(ind, "120")
    assert galat is not None and "paling besar 100, bukan 120" in " ".join(galat.messages)
    assert simpan(ind, "100") is None


def _sub_kegiatan() -> MataAnggaran:
    return (MataAnggaran.objects.filter(unit__slug="kecamatan-mojosari", tahun=TAHUN, tingkat="sub_kegiatan",
                                        pagu__gt=0).order_by("pk").first())


def _sisa_tw1(line: MataAnggaran, persen: int) -> Decimal:
    """The TW I amount that brings the year's realisasi to ``persen`` % of the pagu."""
    lain = sum(RealisasiAnggaran.objects.filter(mata_anggaran=line).exclude(triwulan=1)
               .values_list("jumlah", flat=True), Decimal(0))
    return (line.pagu * persen / 100 - lain).quantize(Decimal("0.01"))


def test_budget_realisasi_above_pagu_is_refused_by_default() -> None:
    line = _sub_kegiatan()
    jumlah = _sisa_tw1(line, 110)
    galat = simpan_realisasi_anggaran_batch(mojosari(), TAHUN, [IsianJumlah(line.pk, 1, jumlah, alasan="x")])[0]
    assert isinstance(galat, MelebihiPagu) and not galat.boleh
    pesan = " ".join(galat.messages)
    assert f"Realisasi anggaran {line} Triwulan I" in pesan and "(110,00% dari pagu) melebihi pagu" in pesan
    assert not RealisasiAnggaran.objects.filter(mata_anggaran=line, triwulan=1, jumlah=jumlah).exists()


def test_above_pagu_where_the_pemda_allows_it_needs_a_reason_kept_in_the_trail() -> None:
    line = _sub_kegiatan()
    atur_pengaturan_kendali(mojosari().pemda, izin_melebihi_pagu=True)
    jumlah = _sisa_tw1(line, 110)
    galat = simpan_realisasi_anggaran_batch(mojosari(), TAHUN, [IsianJumlah(line.pk, 1, jumlah)])[0]
    assert isinstance(galat, MelebihiPagu) and galat.boleh
    assert simpan_realisasi_anggaran_batch(mojosari(), TAHUN, [IsianJumlah(line.pk, 1, jumlah,
                                                                          alasan="Tambahan dari BTT")]) == {}
    j = Jejak.objects.filter(model="anggaran.realisasianggaran", objek_id=f"{line.pk}/1").latest("pk")
    assert j.alasan == "Realisasi melebihi pagu: Tambahan dari BTT"


def test_entering_outside_the_window_is_refused_unless_the_admin_pemda_allows_it() -> None:
    pemda = mojosari().pemda
    atur_pengaturan_kendali(pemda, izin_di_luar_jadwal=False)  # the demo allows it (its years are past)
    atur_jadwal_pengisian(pemda, TAHUN, 1, date(2025, 4, 1), date(2025, 4, 15))
    with pytest.raises(ValidationError, match=r"Jadwal pengisian Triwulan I 2025 \(1 April 2025 s.d. 15 April 2025\) "
                                              "sudah ditutup"):
        pastikan_dalam_jadwal(pemda.pk, TAHUN, [1], hari_ini=date(2025, 4, 16))
    pastikan_dalam_jadwal(pemda.pk, TAHUN, [1], hari_ini=date(2025, 4, 15))
    atur_jadwal_pengisian(pemda, TAHUN, 2, None, None)
    pastikan_dalam_jadwal(pemda.pk, TAHUN, [2], hari_ini=date(2025, 4, 16))  # no window set: open
    # Through the write path (today is long after April 2025): the cell is refused with the same message.
    galat = simpan(gaji(), "39")
    assert galat is not None and "sudah ditutup" in " ".join(galat.messages)
    atur_pengaturan_kendali(pemda, izin_di_luar_jadwal=True)
    assert simpan(gaji(), "39") is None


def test_a_window_needs_both_dates_in_order() -> None:
    pemda = mojosari().pemda
    with pytest.raises(ValidationError, match="sebelum tanggal mulai"):
        atur_jadwal_pengisian(pemda, TAHUN, 2, date(2025, 7, 15), date(2025, 7, 1))
    with pytest.raises(ValidationError, match="isi tanggal mulai dan tanggal selesai"):
        atur_jadwal_pengisian(pemda, TAHUN, 2, date(2025, 7, 1), None)
    assert atur_jadwal_pengisian(pemda, TAHUN, 2, None, None) is None
