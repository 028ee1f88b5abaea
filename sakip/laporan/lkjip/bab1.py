"""BAB I Pendahuluan: latar belakang, gambaran umum with the aset table, isu strategis, sistematika."""

from __future__ import annotations

from sakip.core import formatting as fmt
from sakip.realisasi.models import JenisNarasi

from .. import templat
from ..data_pemda import DataLaporanPemda
from ..docxkit import Kolom, Rata, Sel
from .umum import Konteks


def _umum(ctx: Konteks) -> dict[str, object]:
    return {"pemda": ctx.data.pemda.nama, "unit": ctx.nama, "tahun": ctx.tahun}


def tulis(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    d.mulai_bab("I", "PENDAHULUAN")
    d.mulai_subbab("1", "Latar Belakang")
    latar = data.narasi.get(JenisNarasi.LATAR_BELAKANG)
    if latar:
        d.teks(latar)
    else:  # the legal basis, in the Pemda's wording (template lkjip_latar_belakang)
        templat.sisipkan(d, "lkjip_latar_belakang", _umum(ctx), pemda_id=data.pemda.pk)

    d.mulai_subbab("2", "Gambaran Umum")
    unit = data.unit
    if unit.alamat:
        d.paragraf(f"{data.nama} berkedudukan di {unit.alamat}.")
    if unit.tugas_fungsi:
        d.teks(unit.tugas_fungsi)
    if data.wilayah:
        d.paragraf(f"Gambaran wilayah {data.nama} adalah sebagai berikut:", lekat=True)
        for f in data.wilayah:
            d.butir("•", f"{f.label}: {f.nilai}")
    if unit.struktur_organisasi:
        d.paragraf("Struktur organisasi", tebal=True, lekat=True)
        d.teks(unit.struktur_organisasi)
    if data.aset:
        _aset(ctx)

    d.mulai_subbab("3", "Isu-isu Strategis")
    d.teks(data.narasi[JenisNarasi.ISU_STRATEGIS])

    d.mulai_subbab("4", "Sistematika Penulisan")
    templat.sisipkan(d, "lkjip_sistematika", _umum(ctx), pemda_id=data.pemda.pk)


def _aset(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    d.paragraf(f"Dalam melaksanakan tugas dan fungsinya, {data.nama} didukung aset milik pemerintah daerah "
               "sebagai berikut:", lekat=True)
    d.keterangan("tabel", f"Aset {data.nama} menurut Kartu Inventaris Barang (KIB)")
    kolom = [Kolom("KIB", 1.0, Rata.TENGAH), Kolom("Kode Akun", 3.0), Kolom("Rincian", 7.9),
             Kolom("Nilai (Rp)", 4.4, Rata.KANAN)]
    rows: list[list[Sel | str | None]] = []
    for kel in data.aset:
        rows.append([Sel(kel.nama.upper(), tebal=True, lebar_kolom=4, latar="F2F2F2")])
        for gol in kel.golongan:
            for b in gol.baris:
                rows.append([b.kib, b.kode_akun, b.uraian, fmt.rupiah(b.nilai)])
            if gol.kib and len(kel.golongan) > 1:
                rows.append([Sel(f"Jumlah KIB {gol.kib}", tebal=True, lebar_kolom=3, rata=Rata.KANAN),
                             Sel(fmt.rupiah(gol.total), tebal=True)])
        rows.append([Sel(f"Jumlah {kel.nama}", tebal=True, lebar_kolom=3, rata=Rata.KANAN),
                     Sel(fmt.rupiah(kel.total), tebal=True)])
    d.tabel(kolom, rows)


# -- The Pemda's own LKjIP --------------------------------------------------------------------------

def dasar_pemda(data: DataLaporanPemda) -> str:
    """What the Kabupaten's report accounts for, as its default latar belakang says it."""
    return (f"Perjanjian Kinerja {data.kepala.jabatan} Tahun {data.tahun}" if data.pk
            else f"Rencana Pembangunan Jangka Menengah Daerah pada tahun {data.tahun}")


def tulis_pemda(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    assert isinstance(data, DataLaporanPemda)  # noqa: S101  # the Pemda's document only
    d.mulai_bab("I", "PENDAHULUAN")
    d.mulai_subbab("1", "Latar Belakang")
    latar = data.narasi.get(JenisNarasi.LATAR_BELAKANG)
    if latar:
        d.teks(latar)
    else:  # the legal basis, in the Pemda's wording (template lkjip_pemda_latar_belakang)
        templat.sisipkan(d, "lkjip_pemda_latar_belakang", {**_umum(ctx), "dasar": dasar_pemda(data)},
                         pemda_id=data.pemda.pk)

    d.mulai_subbab("2", "Gambaran Umum")
    unit = data.unit
    if unit.tugas_fungsi:
        d.teks(unit.tugas_fungsi)
    if data.wilayah:
        d.paragraf(f"Gambaran wilayah {data.pemda.nama} adalah sebagai berikut:", lekat=True)
        for f in data.wilayah:
            d.butir("•", f"{f.label}: {f.nilai}")
    pd_utama = [b for b in data.pd if b.unit.induk_id is None]
    d.paragraf(f"Dalam menyelenggarakan urusan pemerintahan daerah, Kepala Daerah dibantu oleh "
               f"{len(pd_utama) + len(data.tanpa_data)} perangkat daerah. Pada tahun {data.tahun}, "
               f"{len(data.pd)} perangkat daerah dan unit kerja mempunyai Perjanjian Kinerja atau Dokumen "
               "Pelaksanaan Anggaran yang diukur dalam laporan ini.")
    if unit.struktur_organisasi:
        d.paragraf("Struktur organisasi", tebal=True, lekat=True)
        d.teks(unit.struktur_organisasi)

    d.mulai_subbab("3", "Isu-isu Strategis")
    isu = data.narasi.get(JenisNarasi.ISU_STRATEGIS, "").strip()
    if isu:
        d.teks(isu)
    else:
        d.paragraf("Isu-isu strategis pembangunan daerah tahun ini mengikuti isu strategis yang dirumuskan dalam "
                   "Rencana Pembangunan Jangka Menengah Daerah dan dijabarkan dalam tujuan dan sasaran pada "
                   "Bab II.")

    d.mulai_subbab("4", "Sistematika Penulisan")
    templat.sisipkan(d, "lkjip_pemda_sistematika", _umum(ctx), pemda_id=data.pemda.pk)
