"""Typed shapes of the JSON API (they generate the OpenAPI schema)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from ninja import Field, Schema

from sakip.core.aggregation import Bagian
from sakip.core.batas import BATAS, JenisAngka
from sakip.core.parameter import ID_MAKS


def _angka(jenis: JenisAngka, max_digits: int) -> Any:
    """A number field with its column's digits and the widest bounds of its kind (core.batas).

    ``x-max-digits``/``x-decimal-places`` repeat the column in the schema, where JSON Schema has
    no keyword for them; non-finite numbers (NaN, Infinity) are refused by pydantic.
    """
    b = BATAS[jenis]
    return Annotated[Decimal | None, Field(
        ge=b.bawah, le=b.atas, max_digits=max_digits, decimal_places=b.desimal, allow_inf_nan=False,
        json_schema_extra={"x-max-digits": max_digits, "x-decimal-places": b.desimal})]


# Indicator values: 20 digits with 4 decimals; the indicator's unit may narrow the range (checked on save).
NilaiIndikator = _angka(JenisAngka.NILAI, 20)
# Budget amounts: 18 digits with 2 decimals (Rupiah, never negative).
JumlahRupiah = _angka(JenisAngka.RUPIAH, 18)


class GalatApi(Schema):
    detail: str


class GalatButir(Schema):
    lokasi: str = Field(description="bagian permintaan yang ditolak, mis. isian[2].nilai atau tahun")
    pesan: str
    perlu_konfirmasi: bool = Field(False, description="nilai jauh di luar target/riwayatnya (atau realisasi anggaran "
                                                      "melebihi pagu yang diizinkan Pemda dengan alasan): kirim ulang "
                                                      "isian itu dengan 'alasan_konfirmasi' bila memang benar")


class GalatIsian(Schema):
    """400/409/422: what was refused, in Indonesian; ``galat`` names each refused item."""

    detail: str
    galat: list[GalatButir] = Field(default_factory=list)


class PD(Schema):
    slug: str
    nama: str
    singkatan: str
    jenis: str
    induk: str | None = Field(None, description="slug unit induk")


class Periode(Schema):
    id: int
    nama: str
    tahun_mulai: int
    tahun_selesai: int
    visi: str


class Node(Schema):
    id: int
    induk: int | None
    tingkat: str
    kode: str
    nama: str


class Indikator(Schema):
    id: int
    ref: str
    node: int | None
    nama: str
    satuan: str
    iku: bool
    polaritas: str
    agregasi: str
    kode_standar: str
    target: dict[str, Decimal] = Field(description="target per tahun")


class IndikatorPK(Schema):
    indikator: int
    nama: str
    target: Decimal


class SasaranPK(Schema):
    kelompok: str
    uraian: str
    indikator: list[IndikatorPK]


class PK(Schema):
    id: int
    versi: str
    nomor_perubahan: int
    tanggal: str
    ditandatangani: bool
    sasaran: list[SasaranPK]


class Realisasi(Schema):
    indikator: int
    ref: str
    bagian: str
    nilai: Decimal


class StatusTW(Schema):
    triwulan: int
    status: str


class MataAnggaran(Schema):
    id: int
    induk: int | None
    tingkat: str
    kode: str
    nama: str
    pagu: Decimal | None
    realisasi: dict[str, Decimal] = Field(description="realisasi per triwulan (1–4)")


class IsianRealisasi(Schema):
    indikator: int = Field(ge=1, le=ID_MAKS, description="id indikator milik PD ini")
    bagian: Bagian = Field(description="TW1–TW4, S1, S2 atau TAHUN")
    nilai: NilaiIndikator = Field(description="null menghapus nilai; paling banyak 4 angka di belakang koma, "
                                              "-10^15 sampai 10^15, dipersempit menurut satuan indikator "
                                              "(% -10.000 sampai 10.000; jumlah orang/dokumen tidak negatif)")
    semula: NilaiIndikator = Field(None, description="nilai saat dibaca; bila berbeda dengan yang tersimpan, "
                                                     "penyimpanan ditolak (409)")
    periksa_semula: bool = Field(False, description="bandingkan dengan 'semula' sebelum menyimpan")
    alasan_konfirmasi: str = Field("", max_length=1000, description="alasan bahwa nilai yang jauh di luar target "
                                                                    "atau riwayatnya memang benar (dicatat dalam jejak)")


class IsianAnggaran(Schema):
    mata_anggaran: int = Field(ge=1, le=ID_MAKS, description="id sub kegiatan milik PD-tahun ini")
    triwulan: int = Field(ge=1, le=4)
    jumlah: JumlahRupiah = Field(description="null menghapus nilai; rupiah, paling banyak 2 angka di belakang "
                                             "koma, 0 sampai 10^15")
    semula: JumlahRupiah = Field(None, description="jumlah saat dibaca; bila berbeda dengan yang tersimpan, "
                                                   "penyimpanan ditolak (409)")
    periksa_semula: bool = Field(False, description="bandingkan dengan 'semula' sebelum menyimpan")
    alasan_konfirmasi: str = Field("", max_length=1000, description="alasan realisasi setahun melebihi pagu, bila "
                                                                    "Pemda mengizinkannya (dicatat dalam jejak)")


class Hasil(Schema):
    disimpan: int


Pengukuran = dict[str, Any]


class TargetTW(Schema):
    triwulan: int = Field(ge=1, le=4)
    nilai: NilaiIndikator = Field(None, description="target angka s.d. (kumulatif) atau pada triwulan itu")
    teks: str = Field("", max_length=200, description="target kualitatif (bila bukan angka)")


class AksiRA(Schema):
    uraian: str = Field(min_length=1, max_length=2000)
    penanggung_jawab: str = Field("", max_length=200)


class RencanaAksi(Schema):
    indikator_pk: int = Field(description="id baris indikator perjanjian kinerja")
    indikator: int
    nama: str
    target_tahunan: Decimal
    kumulatif: bool | None
    target: list[TargetTW]
    aksi: list[AksiRA]


class RencanaAksiPK(Schema):
    perjanjian: int
    versi: str
    nomor_perubahan: int
    ditandatangani: bool
    indikator: list[RencanaAksi]


class IsianRencanaAksi(Schema):
    indikator_pk: int = Field(ge=1, le=ID_MAKS, description="id baris indikator PK yang berlaku")
    target: list[TargetTW] = Field(default_factory=list, description="triwulan yang disebut diganti; "
                                                                     "nilai null dan teks kosong menghapus")
    kumulatif: bool | None = Field(None, description="null: mengikuti agregasi indikator")
    aksi: list[AksiRA] | None = Field(None, description="null: aksi tidak diubah; daftar mengganti semua aksi")


class KriteriaEvaluasi(Schema):
    kode: str = Field(description="mis. 1.a.1")
    jawaban: str = Field(description="huruf jawaban yang berlaku (tingkat tim tertinggi yang menjawab); kosong bila "
                                     "belum dijawab")
    nilai: str | None = Field(description="nilai jawaban pada skalanya, mis. 90")


class SubKomponenEvaluasi(Schema):
    kode: str
    bobot: str
    nilai: str
    kriteria: list[KriteriaEvaluasi]


class KomponenEvaluasi(Schema):
    kode: str
    nama: str
    bobot: str
    nilai: str
    subkomponen: list[SubKomponenEvaluasi]


class Evaluasi(Schema):
    """The same JSON as `sakip lke nilai --json`."""

    pd: str
    tahun: int
    status: str = Field(description="mandiri, evaluasi atau final")
    nilai_total: str = Field(description="0-100, dua desimal; nilai tersimpan bila final")
    predikat: str
    komponen: list[KomponenEvaluasi]


class TindakLanjutKeluar(Schema):
    tanggal: str
    uraian: str
    url: str
    berkas: bool


class RekomendasiKeluar(Schema):
    id: int
    uraian: str
    prioritas: str = Field(description="tinggi, sedang atau rendah")
    batas_waktu: str
    status: str = Field(description="belum, proses atau tuntas (diverifikasi Inspektorat)")
    pemilik: str = Field(description="slug PD pemilik tindak lanjut")
    kriteria: str | None
    terlambat: bool = Field(description="melewati batas waktu dan belum tuntas")
    tindak_lanjut: list[TindakLanjutKeluar]
    catatan_verifikasi: str


class DaftarRekomendasi(Schema):
    """The same JSON as `sakip tindak-lanjut --json`."""

    pd: str
    tahun: int
    rekomendasi: list[RekomendasiKeluar]


class IsianTindakLanjut(Schema):
    tanggal: date | None = Field(None, description="tanggal tindak lanjut (bawaan: hari ini)")
    uraian: str = Field(min_length=1, max_length=2000)
    url: str = Field("", max_length=500, description="tautan bukti dukung (http/https)")
