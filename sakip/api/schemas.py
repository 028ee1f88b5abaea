"""Typed shapes of the JSON API (they generate the OpenAPI schema)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ninja import Field, Schema

from sakip.core.parameter import ID_MAKS


class Galat(Schema):
    detail: str


class GalatIsian(Schema):
    """422: a refused value (text) or a body that does not match the schema (ninja's list of errors)."""

    detail: str | list[dict[str, Any]]


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
    bagian: str = Field(description="TW1–TW4, S1, S2 atau TAHUN")
    nilai: Decimal | None = Field(description="null menghapus nilai")
    semula: Decimal | None = Field(None, description="nilai saat dibaca; bila berbeda dengan yang tersimpan, "
                                                      "penyimpanan ditolak (409)")
    periksa_semula: bool = Field(False, description="bandingkan dengan 'semula' sebelum menyimpan")


class IsianAnggaran(Schema):
    mata_anggaran: int = Field(ge=1, le=ID_MAKS, description="id sub kegiatan milik PD-tahun ini")
    triwulan: int = Field(ge=1, le=4)
    jumlah: Decimal | None = Field(ge=0, description="null menghapus nilai")
    semula: Decimal | None = Field(None, description="jumlah saat dibaca; bila berbeda dengan yang tersimpan, "
                                                      "penyimpanan ditolak (409)")
    periksa_semula: bool = Field(False, description="bandingkan dengan 'semula' sebelum menyimpan")


class Hasil(Schema):
    disimpan: int


Pengukuran = dict[str, Any]
