"""BAB I Pendahuluan: latar belakang, gambaran umum, isu strategis, sistematika.

The gambaran umum (``gambaran_umum`` and its parts) prints only what is stored: kedudukan and
tugas dan fungsi, the facts and map of the area, the struktur organisasi (uploaded, or drawn from
the posts and sub units), the posts held, and the aset table.
"""

from __future__ import annotations

from datetime import date

from django.db.models import Q

from sakip.core import formatting as fmt
from sakip.organisasi.models import Jabatan, Unit
from sakip.realisasi.models import JenisNarasi

from .. import templat
from ..data_pemda import DataLaporanPemda
from ..docxkit import Kolom, Rata, Sel
from ..gambar_profil import peta_wilayah, ukuran_cm, ukuran_gambar
from ..gambar_profil import struktur_organisasi as gambar_struktur
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
    gambaran_umum(ctx)

    d.mulai_subbab("3", "Isu-isu Strategis")
    d.teks(data.narasi[JenisNarasi.ISU_STRATEGIS])

    d.mulai_subbab("4", "Sistematika Penulisan")
    templat.sisipkan(d, "lkjip_sistematika", _umum(ctx), pemda_id=data.pemda.pk)


# -- I.2 Gambaran Umum: only what the stored data holds, each part a function of its own -----------

def gambaran_umum(ctx: Konteks) -> None:
    """Kedudukan, tugas dan fungsi; wilayah (facts, peta); struktur organisasi; SDM; aset."""
    kedudukan(ctx)
    wilayah(ctx)
    struktur_organisasi(ctx)
    sumber_daya_manusia(ctx)
    if ctx.data.aset:
        ctx.dok.judul("Aset", 3)
        _aset(ctx)


def kedudukan(ctx: Konteks) -> None:
    """Where the unit stands in the Pemda (its parent unit), its address, and its stored tugas dan fungsi."""
    d, data = ctx.dok, ctx.data
    unit = data.unit
    alamat = unit.alamat.strip().rstrip(".")
    d.judul("Kedudukan, Tugas dan Fungsi" if unit.tugas_fungsi else "Kedudukan", 3)
    # A PD's stored tugas dan fungsi usually opens with what it is: the sentence is printed when it
    # adds a fact (the parent unit, the address) or when nothing else would be said.
    if unit.induk_id or alamat or not unit.tugas_fungsi:
        if unit.induk_id:
            kalimat = f"{data.nama} merupakan unit kerja pada {unit.induk.nama} Pemerintah {data.pemda.nama}"
        else:
            kalimat = f"{data.nama} merupakan perangkat daerah Pemerintah {data.pemda.nama}"
        d.paragraf(kalimat + (f" yang berkedudukan di {alamat}." if alamat else "."))
    if unit.tugas_fungsi:
        d.teks(unit.tugas_fungsi)


def wilayah(ctx: Konteks) -> None:
    """The stored facts of the area and, when uploaded, the peta wilayah."""
    d, data = ctx.dok, ctx.data
    peta = peta_wilayah(data.unit)
    if not data.wilayah and not peta:
        return
    d.judul("Kondisi Wilayah", 3)
    if data.wilayah:
        d.paragraf(f"Gambaran wilayah {data.nama} adalah sebagai berikut:", lekat=True)
        for f in data.wilayah:
            d.butir("•", f"{f.label}: {f.nilai}")
    if peta:
        lebar, tinggi = ukuran_cm(peta, d.lebar, d.tinggi - 6.0)
        d.paragraf(f"Peta wilayah {data.nama} disajikan pada gambar berikut.", lekat=True)
        d.gambar(peta, f"Peta Wilayah {data.nama}", lebar_cm=lebar, tinggi_cm=tinggi)


def struktur_organisasi(ctx: Konteks) -> None:
    """The uploaded chart, or one drawn from the posts and sub units; then the stored description."""
    d, data = ctx.dok, ctx.data
    unit = data.unit
    gambar = gambar_struktur(unit, data.tanggal)
    if gambar is None and not unit.struktur_organisasi:
        return
    d.judul("Struktur Organisasi", 3)
    if gambar is not None:
        lebar, tinggi = ukuran_gambar(gambar, d.lebar, d.tinggi - 6.0)
        asal = ("" if gambar.diunggah else ", disusun dari data jabatan dan unit kerja yang tercatat pada "
                f"tanggal {fmt.tanggal(data.tanggal)}")
        d.paragraf(f"Struktur organisasi {data.nama} digambarkan dalam bagan berikut{asal}.", lekat=True)
        d.gambar(gambar.isi, f"Struktur Organisasi {data.nama}", lebar_cm=lebar, tinggi_cm=tinggi)
    if unit.struktur_organisasi:
        d.teks(unit.struktur_organisasi)


def sumber_daya_manusia(ctx: Konteks) -> None:
    """The posts held in the unit and its sub units on the report's date, when more than the head's is stored."""
    d, data = ctx.dok, ctx.data
    pejabat = pejabat_unit(data.unit, data.tanggal)
    if len(pejabat) < 2:  # the head alone is already named on the chart and the signatures
        return
    d.judul("Sumber Daya Manusia", 3)
    d.paragraf(f"Pada tanggal {fmt.tanggal(data.tanggal)} tercatat {len(pejabat)} pejabat yang menduduki jabatan "
               f"pada {data.nama} dan unit kerja di bawahnya, sebagai berikut:", lekat=True)
    d.keterangan("tabel", f"Pejabat {data.nama}")
    kolom = [Kolom("No", 1.0, Rata.TENGAH), Kolom("Jabatan", 6.3), Kolom("Nama", 5.2),
             Kolom("Pangkat/Golongan", 3.8)]
    d.tabel(kolom, [[str(i), j.judul, j.pejabat.nama_lengkap, j.pejabat.pangkat_golongan or "–"]
                    for i, j in enumerate(pejabat, start=1)])


def pejabat_unit(unit: Unit, tanggal: date) -> list[Jabatan]:
    """Posts of the unit and its sub units in force on ``tanggal``, as the chart reads top down:
    the unit's own (its head first), then each sub unit's in the units' order, heads first."""
    urutan: list[int] = [unit.pk]
    frontier = [unit.pk]
    while frontier:  # breadth first: the PD, then its Bagian/Kelurahan, then their UPT
        frontier = list(Unit.objects.filter(induk_id__in=frontier).exclude(pk__in=urutan)
                        .order_by("urutan", "nama").values_list("pk", flat=True))
        urutan += frontier
    posisi = {pk: i for i, pk in enumerate(urutan)}
    posts = (Jabatan.objects.filter(unit_id__in=urutan, mulai__lte=tanggal)
             .filter(Q(selesai__isnull=True) | Q(selesai__gte=tanggal)).select_related("pejabat", "unit"))
    return sorted(posts, key=lambda j: (posisi[j.unit_id], not j.kepala_unit, j.mulai, j.pk))


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
    gambar_pemda(ctx)
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


def gambar_pemda(ctx: Konteks) -> None:
    """The Pemda-level unit's uploaded peta wilayah and struktur organisasi (never drawn: its PDs are
    not its sub units in the tree)."""
    d, data = ctx.dok, ctx.data
    unit = data.unit
    peta = peta_wilayah(unit)
    if peta:
        lebar, tinggi = ukuran_cm(peta, d.lebar, d.tinggi - 6.0)
        d.paragraf(f"Peta wilayah {data.pemda.nama} disajikan pada gambar berikut.", lekat=True)
        d.gambar(peta, f"Peta Wilayah {data.pemda.nama}", lebar_cm=lebar, tinggi_cm=tinggi)
    gambar = gambar_struktur(unit, data.tanggal)
    if gambar is not None and gambar.diunggah:
        lebar, tinggi = ukuran_gambar(gambar, d.lebar, d.tinggi - 6.0)
        d.paragraf(f"Struktur organisasi {data.nama} digambarkan dalam bagan berikut.", lekat=True)
        d.gambar(gambar.isi, f"Struktur Organisasi {data.nama}", lebar_cm=lebar, tinggi_cm=tinggi)
