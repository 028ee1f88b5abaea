"""BAB III Akuntabilitas Kinerja: measurement, analysis per indicator, prestasi, budget and efisiensi."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from decimal import Decimal

from docx.shared import Cm

from sakip.core import formatting as fmt
from sakip.core.budget import BudgetLine
from sakip.core.capaian import MetodeNegatif, Polaritas
from sakip.core.narasi import (
    DEFINISI_RATA_RATA,
    FaktaIndikator,
    NarasiTertulis,
    bagian_narasi,
    catatan_kumulatif,
    daftar_ringkasan,
    hasil_indikator,
    judul_hasil,
    kalimat_anggaran,
    kalimat_capaian,
    kalimat_efisiensi,
    kalimat_pembanding,
    kalimat_target_akhir,
    kalimat_tren,
)
from sakip.realisasi.models import JenisNarasi

from .. import charts
from ..data import BarisIndikator, DataLaporan, DataPK, Terukur
from ..data_pemda import DataLaporanPemda
from ..docxkit import Dokumen, Kolom, Rata, Sel
from ..perbandingan import muat_perbandingan
from .awal import dasar_pengukuran
from .umum import (
    KolomIsi,
    Konteks,
    capaian,
    judul_pk,
    label_indikator,
    realisasi,
    sebut_indikator,
    tabel_indikator,
    target,
)

ROMAWI_TW = ("I", "II", "III", "IV")
TW_KOLOM = {"TW1": 0, "TW2": 1, "TW3": 2, "TW4": 3, "S1": 1, "S2": 3}
MAKS_PANEL = 6  # indicators per chart: more make the panels too small to read


def tulis(ctx: Konteks) -> None:
    d = ctx.dok
    d.mulai_bab("III", "AKUNTABILITAS KINERJA")
    _pengukuran(ctx)
    _analisis(ctx)
    _prestasi(ctx)
    _anggaran(ctx)


# -- III.1 ----------------------------------------------------------------------------------------

def _pengukuran(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    d.mulai_subbab("1", "Pengukuran Kinerja")
    negatif = any(b.indikator.polaritas_enum is Polaritas.NEGATIF for pk in data.pk for b in pk.baris)
    rumus = "capaian = realisasi ÷ target × 100% untuk indikator yang makin tinggi makin baik"
    if negatif:
        rumus += (", dan capaian = target ÷ realisasi × 100%" if data.aturan.metode_negatif is MetodeNegatif.T_PER_R
                  else ", dan capaian = (2 × target − realisasi) ÷ target × 100%") + \
            " untuk indikator yang makin rendah makin baik"
    terakhir = data.pk_terakhir
    d.paragraf(f"Kinerja {data.nama} tahun {data.tahun} diukur dari pencapaian indikator sasaran strategis yang "
               f"tercantum dalam perjanjian kinerja, dengan {rumus}. Rata-rata capaian indikator sasaran strategis "
               f"{terakhir.judul} Tahun {data.tahun} adalah sebesar "
               f"{fmt.persen(terakhir.hasil.utama.rata_rata_capaian)}. {DEFINISI_RATA_RATA} Terdapat {len(data.pk)} Perjanjian Kinerja yang diukur.")
    semester = False
    for pk in data.pk:
        d.paragraf(f"Pengukuran realisasi {pk.judul} Tahun {data.tahun} sesuai dokumen perencanaan periode "
                   f"{pk.periode.nama} untuk indikator sasaran strategis:", lekat=True)
        d.daftar_butir(daftar_ringkasan(pk.hasil.utama))
        d.keterangan("tabel", f"Capaian {judul_pk(pk, data.tahun)}")
        _tabel_capaian_triwulan(d, pk, data.tahun)
        semester = semester or any(k in ("S1", "S2") for b in pk.baris for k in b.parts)
    if semester:
        d.paragraf("Nilai semester dicantumkan pada kolom triwulan penutup semesternya (Semester I pada "
                   "triwulan II, Semester II pada triwulan IV).", gaya="Catatan")


def _triwulan(b: BarisIndikator, kolom: int) -> str:
    for bagian, nilai in b.parts.items():
        if TW_KOLOM.get(bagian.value) == kolom:
            return fmt.angka(nilai, b.desimal)
    return "–"


# -- III.2 ----------------------------------------------------------------------------------------

def _analisis(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    d.mulai_subbab("2", "Analisis Capaian Kinerja")
    ringkas = "; ".join(
        f"{pk.judul} memiliki {len({b.sasaran for b in pk.utama})} sasaran strategis dengan {len(pk.utama)} "
        "indikator kinerja" + (f" serta {len({b.sasaran for b in pk.lainnya})} kinerja lainnya dengan "
                               f"{len(pk.lainnya)} indikator kinerja" if pk.lainnya else "")
        for pk in data.pk)
    d.paragraf(f"Di tahun {data.tahun}, {data.nama} memiliki {len(data.pk)} Perjanjian Kinerja. {ringkas}. "
               "Setiap indikator dianalisis menurut capaiannya tahun ini, perbandingannya dengan tahun-tahun "
               "sebelumnya dan dengan target akhir periode perencanaan, perbandingannya dengan capaian "
               "pemerintah daerah, provinsi atau nasional bila tersedia, faktor pendorong dan penghambatnya, "
               "serta anggaran yang mendukungnya.")
    for pk in data.pk:
        d.judul(f"{pk.judul} Tahun {data.tahun} (Periode {pk.periode.nama})", 3)
        _tabel_seri(ctx, pk)
        _grafik_seri(ctx, pk)
        _tabel_target_akhir(ctx, pk)
        d.paragraf("Analisis capaian setiap indikator adalah sebagai berikut:", lekat=True)
        for nomor, b in enumerate(pk.baris, start=1):
            _analisis_indikator(ctx, pk, b, nomor)
    # The PD's comparisons with the Pemda, Provinsi and PDs of its kind are III.3 (_banding_pemda).


def _tabel_seri(ctx: Konteks, pk: Terukur) -> None:
    d, data = ctx.dok, ctx.data
    years = pk.tahun_seri
    d.paragraf(f"Perbandingan target, realisasi dan capaian {sebut_indikator(pk.judul)} tahun {years[0]}–{years[-1]} "
               "disajikan pada tabel berikut:", lekat=True)
    d.keterangan("tabel", f"Perbandingan Realisasi dan Capaian Kinerja Tahun {years[0]}–{years[-1]} pada "
                          f"{pk.judul} Tahun {data.tahun}")
    w_year = min(2.4, (d.lebar - 0.7 - 6.4 - 1.6) / len(years))
    kolom = [Kolom("No", 0.7, Rata.TENGAH), Kolom("Indikator Kinerja", d.lebar - 0.7 - 1.6 - w_year * len(years)),
             Kolom("Uraian", 1.6), *(Kolom(str(y), w_year, Rata.KANAN) for y in years)]
    rows: list[list[Sel | str | None]] = []
    lekat: set[int] = set()
    for i, b in enumerate(pk.baris, start=1):
        titik = {t.tahun: t for t in b.seri}
        for j, (label, isi) in enumerate((
            ("Target", lambda t: fmt.angka_ringkas(t.target)),
            ("Realisasi", lambda t, b=b: fmt.angka(t.realisasi, b.desimal)),
            ("Capaian", lambda t: capaian(t.capaian) if (t.target is not None or t.realisasi is not None) else "–"),
        )):
            head: list[Sel | str | None] = (
                [Sel(str(i), tinggi_baris=3), Sel(label_indikator(b.nama, b.satuan), tinggi_baris=3)]
                if j == 0 else [None, None]
            )
            if j < 2:
                lekat.add(len(rows))  # the three rows of an indicator stay together
            rows.append([*head, label, *(isi(titik[y]) if y in titik else "–" for y in years)])
    d.tabel(kolom, rows, lekat=lekat)
    d.paragraf("Tanda – berarti target atau realisasi tahun tersebut tidak tersedia, sehingga capaiannya tidak "
               "dapat dihitung.", gaya="Catatan")


def _grafik_seri(ctx: Konteks, pk: Terukur, kecuali: Collection[str] = ()) -> None:
    d = ctx.dok
    items = []
    for b in pk.baris:
        if len(b.seri) < 2 or b.nama in kecuali:
            continue  # one year shows no development; ``kecuali`` are charted elsewhere
        key = (b.nama, tuple((t.tahun, t.target, t.realisasi) for t in b.seri))
        if key in ctx.sudah_digambar:
            continue
        ctx.sudah_digambar.add(key)
        items.append(charts.SeriIndikator(b.nama, b.satuan, b.seri))
    if not items:
        return
    # Charts of equal size: seven indicators make 4 + 3 panels rather than 6 + 1.
    n_grafik = -(-len(items) // MAKS_PANEL)
    per = -(-len(items) // n_grafik)
    years = sorted({t.tahun for s in items for t in s.seri})
    for g, start in enumerate(range(0, len(items), per), start=1):
        part = items[start:start + per]
        lebar, tinggi, per_baris = charts.ukuran_panel(len(part))
        bagian = f" (bagian {g} dari {n_grafik})" if n_grafik > 1 else ""
        d.grafik(charts.grafik_seri(part), f"Target, Realisasi dan Capaian Tahun {years[0]}–{years[-1]} "
                 f"{sebut_indikator(pk.judul, 'Indikator')} Tahun {ctx.tahun}{bagian}",
                 lebar_cm=lebar, tinggi_cm=tinggi, per_baris=per_baris)


def _tabel_target_akhir(ctx: Konteks, pk: Terukur) -> None:
    d, data = ctx.dok, ctx.data
    per = pk.periode
    d.paragraf(f"Perbandingan realisasi sampai dengan tahun {data.tahun} terhadap target akhir periode "
               f"{per.nama} (tahun {per.tahun_selesai}) adalah sebagai berikut:", lekat=True)
    d.keterangan("tabel", f"Perbandingan Realisasi Kinerja dengan Target Akhir Periode {per.nama} pada "
                          f"{pk.judul} Tahun {data.tahun}")
    kolom = [KolomIsi(Kolom(f"Target Akhir {per.tahun_selesai}", 2.2, Rata.KANAN),
                      lambda b: fmt.angka_ringkas(b.indikator.target_akhir)),
             KolomIsi(Kolom(f"Realisasi s.d. {data.tahun}", 2.2, Rata.KANAN),
                      lambda b: fmt.angka(b.realisasi_sd, b.desimal)),
             KolomIsi(Kolom("Progres Capaian", 2.0, Rata.KANAN),
                      lambda b: capaian(b.progres) if b.indikator.target_akhir is not None else "–")]
    tabel_indikator(d, pk, kolom, lebar_sasaran=4.2, lebar_indikator=5.2)
    if any(b.indikator.target_akhir is None for b in pk.baris):
        d.paragraf("Tanda – berarti target akhir periode indikator tersebut belum ditetapkan dalam dokumen "
                   "perencanaan.", gaya="Catatan")
    # Whenever a "s.d." figure is not the year's own value, the reader is told why, row by row.
    for b in pk.baris:
        s = catatan_kumulatif(b.nama, data.tahun, b.indikator.periode.tahun_mulai, b.hasil.realisasi,
                              b.realisasi_sd, b.indikator.agregasi_enum, b.satuan, b.desimal)
        if s:
            d.paragraf(s, gaya="Catatan")


def _fakta(ctx: Konteks, b: BarisIndikator) -> FaktaIndikator:
    lalu = [t for t in b.seri if t.tahun < ctx.tahun and t.realisasi is not None]
    return FaktaIndikator(
        nama=b.nama, sasaran=b.sasaran, lainnya=b.lainnya, tahun=ctx.tahun, satuan=b.satuan, desimal=b.desimal,
        target=b.hasil.input.target, realisasi=b.hasil.realisasi, capaian=b.hasil.capaian,
        polaritas=b.indikator.polaritas_enum, kategori=b.hasil.kategori,
        tahun_lalu=lalu[-1].tahun if lalu else None, realisasi_lalu=lalu[-1].realisasi if lalu else None,
    )


def _analisis_indikator(ctx: Konteks, pk: Terukur, b: BarisIndikator, nomor: int) -> None:
    d, data = ctx.dok, ctx.data
    key = (b.nama, b.hasil.input.target, b.hasil.realisasi, b.sasaran)
    if key in ctx.sudah_dianalisis:
        d.butir(f"{nomor}.", f"Capaian indikator “{b.nama}” tahun {data.tahun} sebesar "
                             f"{capaian(b.hasil.capaian)}; analisisnya telah diuraikan pada "
                             f"{ctx.sudah_dianalisis[key]} di atas.")
        return
    ctx.sudah_dianalisis[key] = pk.judul
    f = _fakta(ctx, b)
    kalimat = [kalimat_capaian(f)]
    if (s := kalimat_tren(f)) is not None:
        kalimat.append(s)
    s = kalimat_target_akhir(b.indikator.periode.nama, b.indikator.target_akhir, b.realisasi_sd, b.progres,
                             data.tahun, b.satuan, b.desimal)
    if s:
        kalimat.append(s)
    s = kalimat_pembanding(data.nama, b.hasil.realisasi, b.desimal, b.satuan, b.pembanding,
                           b.indikator.polaritas_enum)
    if s:
        kalimat.append(s)
    # The year's DPA follows the latest PK's cascade: an earlier version's boxes would give its
    # indicators a second, different budget for the same year.
    if b.anggaran is not None and pk is data.pk_terakhir:
        a = b.anggaran
        kalimat.append(f"Indikator ini didukung program/kegiatan dengan pagu {fmt.rupiah(a.pagu)} dan realisasi "
                       f"{fmt.rupiah(a.realisasi)} ({fmt.persen(a.persen)}).")
    judul = d.butir(f"{nomor}.", f"{b.nama}: {judul_hasil(f).lower()}")
    judul.runs[0].bold = True
    judul.paragraph_format.keep_with_next = True
    d.paragraf(" ".join(kalimat)).paragraph_format.left_indent = Cm(0.8)
    # What is printed follows the outcome: a missed target gets penghambat, solusi and tindak
    # lanjut, never the stored "faktor pendorong keberhasilan" (NarasiIndikator, narasi.bagian_narasi).
    n = b.narasi
    tertulis = None if n is None else NarasiTertulis(n.faktor_pendorong, n.faktor_penghambat, n.solusi,
                                                     n.rencana_tindak_lanjut)
    for label, teks in bagian_narasi(hasil_indikator(b.hasil.capaian), tertulis):
        d.paragraf(f"{label}:", miring=True, lekat=True).paragraph_format.left_indent = Cm(0.8)
        d.teks(teks, tingkat=1)


def _pembanding(ctx: Konteks, kelompok: Sequence[Terukur] | None = None) -> None:
    d, data = ctx.dok, ctx.data
    rows_src: list[BarisIndikator] = []
    seen = set()
    for pk in data.pk if kelompok is None else kelompok:
        for b in pk.baris:
            if b.pembanding and b.nama not in seen:
                seen.add(b.nama)
                rows_src.append(b)
    if not rows_src:
        return
    d.judul("Perbandingan dengan Pemerintah Daerah, Provinsi dan Nasional", 3)
    levels = [lbl for lbl in dict.fromkeys(lbl for b in rows_src for lbl, _ in b.pembanding)]
    d.paragraf(f"Realisasi indikator {data.nama} tahun {data.tahun} yang mempunyai nilai pembanding adalah "
               "sebagai berikut:", lekat=True)
    d.keterangan("tabel", f"Perbandingan Realisasi Kinerja {data.nama} dengan "
                          + ", ".join(levels) + f" Tahun {data.tahun}")
    w = 2.4
    kolom = [Kolom("No", 0.7, Rata.TENGAH), Kolom("Indikator Kinerja", d.lebar - 0.7 - w * (len(levels) + 1)),
             Kolom(data.unit.nama, w, Rata.KANAN), *(Kolom(lbl, w, Rata.KANAN) for lbl in levels)]
    rows: list[list[Sel | str | None]] = []
    for i, b in enumerate(rows_src, start=1):
        nilai = dict(b.pembanding)
        rows.append([str(i), label_indikator(b.nama, b.satuan), realisasi(b),
                     *(fmt.angka(nilai[lbl], b.desimal) if lbl in nilai else "–" for lbl in levels)])
    d.tabel(kolom, rows)
    items = [charts.Pembanding(b.nama, b.satuan, [(data.unit.nama, b.hasil.realisasi), *b.pembanding])
             for b in rows_src if b.hasil.realisasi is not None]
    if items:
        lebar, tinggi, per_baris = charts.ukuran_panel(len(items))
        d.grafik(charts.grafik_pembanding(items), f"Perbandingan Realisasi Kinerja {data.nama} dengan "
                 + ", ".join(levels), lebar_cm=lebar, tinggi_cm=tinggi, per_baris=per_baris)
    for b in rows_src:
        s = kalimat_pembanding(data.nama, b.hasil.realisasi, b.desimal, b.satuan, b.pembanding,
                               b.indikator.polaritas_enum)
        if s:
            d.paragraf(f"{b.nama}: {s}")


# -- III.3 ----------------------------------------------------------------------------------------

def _prestasi(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    d.mulai_subbab("3", "Prestasi Kinerja Lainnya")
    _banding_pemda(ctx)
    teks = data.narasi.get(JenisNarasi.PRESTASI, "").strip()
    d.teks(teks) if teks else d.paragraf(f"Tidak ada prestasi kinerja lainnya yang dicatat untuk tahun {data.tahun}.")


def _label_pendek(label: str, data: DataLaporan) -> str:
    if label == data.unit.nama:
        kata = label.split(maxsplit=1)
        return kata[1] if len(kata) > 1 and len(label) > 16 else label
    if label.startswith("Pemerintah "):
        return label.split()[1]  # 'Kabupaten' / 'Kota'
    if label.startswith("Provinsi "):
        return "Provinsi"
    if label.startswith("Rata-rata "):
        return label.split(" se-")[0]
    return label


def _banding_pemda(ctx: Konteks) -> None:
    """Any comparison the narrative makes ('lebih tinggi dari Kabupaten') stands on these figures."""
    d, data = ctx.dok, ctx.data
    assert isinstance(data, DataLaporan)  # noqa: S101  # the PD's document only
    rows = muat_perbandingan(data)
    if not rows:
        return
    levels = [lbl for lbl, _ in rows[0].nilai]
    d.paragraf(f"Realisasi tahun {data.tahun} indikator {data.nama} yang dapat dibandingkan dengan "
               + ", ".join(levels[1:]) + " adalah sebagai berikut:", lekat=True)
    d.keterangan("tabel", f"Perbandingan Realisasi Kinerja {data.nama} dengan " + ", ".join(levels[1:])
                 + f" Tahun {data.tahun}")
    w = min(2.6, (d.lebar - 0.7 - 4.0) / len(levels))
    kolom = [Kolom("No", 0.7, Rata.TENGAH), Kolom("Indikator Kinerja", d.lebar - 0.7 - w * len(levels)),
             *(Kolom(lbl, w, Rata.KANAN) for lbl in levels)]
    d.tabel(kolom, [[str(i), label_indikator(r.nama, r.satuan),
                     *(fmt.angka(v, r.desimal) if v is not None else "–" for _, v in r.nilai)]
                    for i, r in enumerate(rows, start=1)])
    # Short bar labels (the table above names each level in full): four bars share a half-page panel.
    pendek = [_label_pendek(lbl, data) for lbl in levels]
    items = [charts.Pembanding(r.nama, r.satuan,
                               [(pendek[j], v) for j, (_, v) in enumerate(r.nilai) if v is not None])
             for r in rows if r.nilai[0][1] is not None and sum(v is not None for _, v in r.nilai) > 1]
    if items:
        lebar, tinggi, per_baris = charts.ukuran_panel(len(items))
        d.grafik(charts.grafik_pembanding(items), f"Perbandingan Realisasi Kinerja {data.nama} dengan "
                 + ", ".join(levels[1:]) + f" Tahun {data.tahun}", lebar_cm=lebar, tinggi_cm=tinggi,
                 per_baris=per_baris)
    for r in rows:
        lain = [(lbl, v) for lbl, v in r.nilai[1:] if v is not None]
        s = kalimat_pembanding(data.nama, r.nilai[0][1], r.desimal, r.satuan, lain, r.polaritas)
        if s:
            d.paragraf(f"{r.nama}: {s}")
    if any(v is None for r in rows for _, v in r.nilai):
        d.paragraf("Tanda – berarti nilai pembanding tersebut tidak tersedia pada aplikasi Sakip.", gaya="Catatan")


# -- III.4 ----------------------------------------------------------------------------------------

def _anggaran(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    h = data.hasil
    d.mulai_subbab("4", "Akuntabilitas Anggaran")
    d.paragraf(kalimat_anggaran(data.nama, data.tahun, h.anggaran.pagu, h.anggaran.realisasi, h.anggaran.persen)
               + " Rinciannya menurut program, kegiatan dan sub kegiatan adalah sebagai berikut:", lekat=True)
    d.keterangan("tabel", f"Realisasi Anggaran Tahun {data.tahun} per Program, Kegiatan dan Sub Kegiatan")
    kolom = [Kolom("Kode", 2.6), Kolom("Program / Kegiatan / Sub Kegiatan", 6.3),
             Kolom("Pagu", 2.95, Rata.KANAN), Kolom("Realisasi s.d. Triwulan IV", 2.95, Rata.KANAN),
             Kolom("%", 1.5, Rata.KANAN)]
    rows: list[list[Sel | str | None]] = [
        [Sel(data.nama.upper(), tebal=True, lebar_kolom=2), Sel(fmt.rupiah(h.anggaran.pagu), tebal=True),
         Sel(fmt.rupiah(h.anggaran.realisasi), tebal=True), Sel(fmt.persen(h.anggaran.persen), tebal=True)]
    ]
    for root in data.anggaran:
        for line in root.walk():
            program = line.tingkat.value == "program"
            rows.append([Sel(line.kode, tebal=program), Sel(line.nama, tebal=program, miring=line.tingkat.value
                                                          == "kegiatan"),
                         Sel(fmt.rupiah(line.total_pagu), tebal=program),
                         Sel(fmt.rupiah(line.total_realisasi), tebal=program),
                         Sel(fmt.persen(line.persen()), tebal=program)])
    d.tabel(kolom, rows)
    lines = _baris_grafik(data.anggaran)
    bars = [charts.BarAnggaran(line.nama, line.total_pagu, line.total_realisasi, line.persen()) for line in lines]
    tingkat = {"program": "Program", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub Kegiatan"}[lines[0].tingkat.value]
    d.grafik([charts.grafik_anggaran(bars)], f"Pagu dan Realisasi Anggaran per {tingkat} Tahun {data.tahun}",
             lebar_cm=charts.LEBAR_CM, tinggi_cm=charts.tinggi_anggaran(len(lines)))
    _kinerja_anggaran(ctx)
    _selisih_pk(ctx)


def _selisih_pk(ctx: Konteks) -> None:
    """The latest PK's budget against the DPA pagu per program, with the stored explanation."""
    d, data = ctx.dok, ctx.data
    rows_src = getattr(data, "selisih_pk", [])
    pk = data.pk_terakhir
    if not rows_src:
        return
    beda = [r for r in rows_src if r.selisih]
    if not beda:
        d.paragraf(f"Anggaran setiap program pada {pk.judul} Tahun {data.tahun} sama dengan pagu DPA.")
        return
    d.paragraf(f"Anggaran pada {pk.judul} Tahun {data.tahun} dibandingkan dengan pagu DPA per program adalah "
               "sebagai berikut:", lekat=True)
    d.keterangan("tabel", f"Anggaran {pk.judul} dan Pagu DPA per Program Tahun {data.tahun}")
    kolom = [Kolom("Kode", 1.5), Kolom("Program", 5.2), Kolom("Anggaran PK", 3.2, Rata.KANAN),
             Kolom("Pagu DPA", 3.2, Rata.KANAN), Kolom("Selisih", 3.2, Rata.KANAN)]
    rows: list[list[Sel | str | None]] = [
        [r.kode, r.nama, fmt.rupiah(r.anggaran_pk) if r.anggaran_pk is not None else "–",
         fmt.rupiah(r.pagu_dpa) if r.pagu_dpa is not None else "–", fmt.rupiah(r.selisih)] for r in rows_src
    ]
    total_pk = sum((r.anggaran_pk or 0 for r in rows_src), Decimal(0))
    total_dpa = sum((r.pagu_dpa or 0 for r in rows_src), Decimal(0))
    rows.append([Sel("Jumlah", tebal=True, lebar_kolom=2, rata=Rata.KANAN), Sel(fmt.rupiah(total_pk), tebal=True),
                 Sel(fmt.rupiah(total_dpa), tebal=True), Sel(fmt.rupiah(total_pk - total_dpa), tebal=True)])
    d.tabel(kolom, rows)
    penjelasan = getattr(data, "penjelasan_selisih", {})
    d.paragraf("Penjelasan selisih:", miring=True, lekat=True)
    for r in beda:
        teks = penjelasan.get(r.kode, "").strip() or "(belum dijelaskan)"
        d.butir("•", f"{r.kode} {r.nama} (selisih {fmt.rupiah(r.selisih)}): {teks}")


def _baris_grafik(roots: list[BudgetLine]) -> list[BudgetLine]:
    """Programs, or the first level with more than one line when the PD has a single program."""
    level = list(roots)
    while len(level) == 1 and level[0].anak:
        level = list(level[0].anak)
    return level[:14]


def _kinerja_anggaran(ctx: Konteks) -> None:
    d, data = ctx.dok, ctx.data
    h = data.hasil
    pk = data.pk_terakhir
    d.paragraf(f"Perbandingan capaian kinerja sasaran strategis {pk.judul} dengan capaian anggaran program, "
               "kegiatan dan sub kegiatan yang mendukungnya (menurut kode program/kegiatan pada penjenjangan "
               "strategis) adalah sebagai berikut:", lekat=True)
    d.keterangan("tabel", f"Perbandingan Capaian Kinerja dengan Capaian Anggaran {pk.judul} Tahun {data.tahun}")
    # The realisasi of each indicator is in Tabel III.1; leaving it out keeps the amounts on one
    # line at 9 pt on a portrait page.
    kolom = [KolomIsi(Kolom("Target", 1.3, Rata.KANAN), target),
             KolomIsi(Kolom("Capaian", 1.6, Rata.KANAN), lambda b: capaian(b.hasil.capaian)),
             KolomIsi(Kolom("Pagu", 3.0, Rata.KANAN), lambda b: fmt.rupiah(b.anggaran.pagu) if b.anggaran else "–"),
             KolomIsi(Kolom("Realisasi", 3.0, Rata.KANAN),
                      lambda b: fmt.rupiah(b.anggaran.realisasi) if b.anggaran else "–"),
             KolomIsi(Kolom("Capaian", 1.6, Rata.KANAN),
                      lambda b: fmt.persen(b.anggaran.persen) if b.anggaran else "–")]
    kepala: list[list[Sel | str | None]] = [
        [Sel("No", tinggi_baris=2), Sel("Sasaran Strategis", tinggi_baris=2), Sel("Indikator Kinerja", tinggi_baris=2),
         Sel("Kinerja", lebar_kolom=2), Sel("Anggaran", lebar_kolom=3)],
        [None, None, None, "Target", "Capaian", "Pagu", "Realisasi", "Capaian"],
    ]
    utama_saja = DataPK(pk.model, pk.hasil, pk.utama, pk.anggaran, pk.total_anggaran, pk.pihak_pertama,
                        pk.pihak_kedua)
    tambahan = _baris_rekonsiliasi(ctx)
    tambahan.append([
        Sel("Rata-rata capaian kinerja", tebal=True, lebar_kolom=4, rata=Rata.KANAN),
        Sel(fmt.persen(h.capaian_kinerja), tebal=True),
        Sel("Capaian anggaran", tebal=True, lebar_kolom=2, rata=Rata.KANAN),
        Sel(fmt.persen(h.anggaran.persen), tebal=True),
    ])
    tabel_indikator(d, utama_saja, kolom, kepala=kepala, lebar_sasaran=2.6, lebar_indikator=3.1, tambahan=tambahan)
    d.paragraf("Pagu dan realisasi setiap baris adalah jumlah sub kegiatan di bawah kotak penjenjangan "
               "indikator tersebut. Baris penyesuaian di bawahnya membuat jumlah tabel sama dengan pagu DPA: "
               "sub kegiatan yang mendukung lebih dari satu indikator dihitung sekali, dan program, kegiatan atau "
               "sub kegiatan yang tidak mendukung indikator sasaran strategis ditambahkan.", gaya="Catatan")
    d.paragraf(kalimat_efisiensi(data.nama, data.tahun, h.capaian_kinerja, h.anggaran.persen, h.efisiensi))
    teks = data.narasi.get(JenisNarasi.EFISIENSI, "").strip()
    if teks:
        d.teks(teks)


def _baris_rekonsiliasi(ctx: Konteks) -> list[list[Sel | str | None]]:
    """The rows that make Tabel III.4.b add up to the DPA pagu."""
    data = ctx.data
    rk = getattr(data, "rekonsiliasi", None)
    if rk is None:
        return []
    rows: list[list[Sel | str | None]] = []
    if rk.dobel.pagu or rk.dobel.realisasi:
        rows.append([Sel("Dikurangi: sub kegiatan yang tercantum pada lebih dari satu indikator", miring=True,
                         lebar_kolom=5, rata=Rata.KANAN),
                     Sel(fmt.rupiah(-rk.dobel.pagu), miring=True), Sel(fmt.rupiah(-rk.dobel.realisasi), miring=True),
                     ""])
    for line in rk.tanpa_sasaran:
        rows.append([Sel(f"Tanpa sasaran strategis: {line.kode} {line.nama}", miring=True, lebar_kolom=5,
                         rata=Rata.KANAN),
                     Sel(fmt.rupiah(line.total_pagu), miring=True), Sel(fmt.rupiah(line.total_realisasi), miring=True),
                     Sel(fmt.persen(line.persen()), miring=True)])
    a = data.hasil.anggaran
    rows.append([Sel("Jumlah (sama dengan pagu DPA)", tebal=True, lebar_kolom=5, rata=Rata.KANAN),
                 Sel(fmt.rupiah(a.pagu), tebal=True), Sel(fmt.rupiah(a.realisasi), tebal=True),
                 Sel(fmt.persen(a.persen), tebal=True)])
    return rows



# -- The Pemda's own LKjIP --------------------------------------------------------------------------

def _pemda(ctx: Konteks) -> DataLaporanPemda:
    assert isinstance(ctx.data, DataLaporanPemda)  # noqa: S101  # only the Pemda's document calls these
    return ctx.data


def tulis_pemda(ctx: Konteks) -> None:
    d = ctx.dok
    d.mulai_bab("III", "AKUNTABILITAS KINERJA")
    _pengukuran_pemda(ctx)
    _analisis_pemda(ctx)
    _kinerja_pd(ctx)
    _anggaran_pemda(ctx)


def _pengukuran_pemda(ctx: Konteks) -> None:
    d, data = ctx.dok, _pemda(ctx)
    d.mulai_subbab("1", "Pengukuran Kinerja")
    negatif = any(b.indikator.polaritas_enum is Polaritas.NEGATIF for k in data.kelompok for b in k.baris)
    rumus = "capaian = realisasi ÷ target × 100% untuk indikator yang makin tinggi makin baik"
    if negatif:
        rumus += (", dan capaian = target ÷ realisasi × 100%" if data.aturan.metode_negatif is MetodeNegatif.T_PER_R
                  else ", dan capaian = (2 × target − realisasi) ÷ target × 100%") + \
            " untuk indikator yang makin rendah makin baik"
    terakhir = data.pk_terakhir
    d.paragraf(f"Kinerja {data.nama} tahun {data.tahun} diukur dari pencapaian Indikator Kinerja Utama terhadap "
               f"{dasar_pengukuran(data)}, dengan {rumus}. Rata-rata capaian {terakhir.judul} Tahun {data.tahun} "
               f"adalah sebesar {fmt.persen(terakhir.hasil.utama.rata_rata_capaian)}.")
    for k in data.kelompok:
        d.paragraf(f"Pengukuran realisasi {judul_pk(k, data.tahun)}:", lekat=True)
        d.daftar_butir(daftar_ringkasan(k.hasil.utama))
        d.keterangan("tabel", f"Capaian {judul_pk(k, data.tahun)}")
        _tabel_capaian_triwulan(d, k, data.tahun)
    if any(not b.parts for k in data.kelompok for b in k.baris):
        d.paragraf("Tanda – pada kolom triwulan berarti realisasi indikator tersebut tercatat sebagai nilai "
                   "tahunan atau dihitung dari data perangkat daerah, bukan per triwulan.", gaya="Catatan")


def _analisis_pemda(ctx: Konteks) -> None:
    d, data = ctx.dok, _pemda(ctx)
    d.mulai_subbab("2", "Analisis Capaian Kinerja")
    d.paragraf(f"Setiap Indikator Kinerja Utama {data.nama} dianalisis menurut capaiannya tahun ini, "
               "perbandingannya dengan tahun-tahun sebelumnya dan dengan target akhir periode RPJMD, "
               "perbandingannya dengan capaian provinsi atau nasional bila tersedia, serta faktor pendorong dan "
               "penghambatnya.")
    # A measure in both RPJMD periods is one series: charted once, with the latest period's group.
    nanti = {b.nama for b in data.pk_terakhir.baris}
    for k in data.kelompok:
        d.judul(f"{k.judul} Tahun {data.tahun} (Periode {k.periode.nama})", 3)
        _tabel_seri(ctx, k)
        _grafik_seri(ctx, k, () if k is data.pk_terakhir else nanti)
        _tabel_target_akhir(ctx, k)
        d.paragraf("Analisis capaian setiap indikator adalah sebagai berikut:", lekat=True)
        for nomor, b in enumerate(k.baris, start=1):
            _analisis_indikator(ctx, k, b, nomor)
    _pembanding(ctx, data.kelompok)


def _kinerja_pd(ctx: Konteks) -> None:
    d, data = ctx.dok, _pemda(ctx)
    d.mulai_subbab("3", "Capaian Kinerja Perangkat Daerah")
    d.paragraf(f"Capaian IKU {data.nama} didukung oleh kinerja seluruh perangkat daerah. Capaian kinerja setiap "
               "perangkat daerah adalah rata-rata capaian indikator sasaran strategis pada Perjanjian Kinerja "
               f"terakhir yang ditandatangani tahun {data.tahun}, sebagai berikut:", lekat=True)
    d.keterangan("tabel", f"Capaian Kinerja Perangkat Daerah Tahun {data.tahun}")
    kolom = [Kolom("No", 0.8, Rata.TENGAH), Kolom("Perangkat Daerah", 6.1), Kolom("Jumlah Indikator", 1.6, Rata.KANAN),
             Kolom("> 100%", 1.3, Rata.KANAN), Kolom("= 100%", 1.3, Rata.KANAN), Kolom("< 100%", 1.3, Rata.KANAN),
             Kolom("Rata-rata Capaian", 2.0, Rata.KANAN), Kolom("Predikat", 2.1)]
    rows: list[list[Sel | str | None]] = []
    for i, b in enumerate(data.pd, start=1):
        r = b.ringkasan
        rows.append([str(i), b.nama, str(r.jumlah) if r else "–", str(r.di_atas_100) if r else "–",
                     str(r.sama_dengan_100) if r else "–", str(r.di_bawah_100) if r else "–",
                     fmt.persen(b.hasil.capaian_kinerja), b.predikat.label if b.predikat else "–"])
    rows.append([Sel("Rata-rata capaian perangkat daerah", tebal=True, lebar_kolom=6, rata=Rata.KANAN),
                 Sel(fmt.persen(data.rata_rata_pd), tebal=True), ""])
    d.tabel(kolom, rows)
    if data.skala_predikat is not None:
        jumlah = Counter(b.predikat.kode for b in data.pd if b.predikat)
        bagian = [f"{jumlah[band.kode]} perangkat daerah berpredikat {band.label}"
                  for band in sorted(data.skala_predikat.bands, key=lambda x: -x.peringkat) if jumlah[band.kode]]
        if bagian:
            d.paragraf("Menurut predikat capaian kinerjanya, " + "; ".join(bagian) + ".")
    if data.tanpa_data:
        d.paragraf(f"Sebanyak {len(data.tanpa_data)} perangkat daerah belum mempunyai Perjanjian Kinerja yang "
                   f"ditandatangani maupun DPA tahun {data.tahun} pada aplikasi Sakip, sehingga belum terukur: "
                   + ", ".join(u.nama for u in data.tanpa_data) + ".")
    teks = data.narasi.get(JenisNarasi.PRESTASI, "").strip()
    if teks:
        d.paragraf("Prestasi kinerja lainnya", tebal=True, lekat=True)
        d.teks(teks)


def _anggaran_pemda(ctx: Konteks) -> None:
    d, data = ctx.dok, _pemda(ctx)
    a = data.anggaran
    d.mulai_subbab("4", "Akuntabilitas Anggaran")
    d.paragraf(kalimat_anggaran(f"{data.nama} (seluruh perangkat daerah)", data.tahun, a.pagu, a.realisasi,
                                a.persen) + " Rinciannya menurut perangkat daerah adalah sebagai berikut:",
               lekat=True)
    d.keterangan("tabel", f"Realisasi Anggaran Tahun {data.tahun} per Perangkat Daerah")
    kolom = [Kolom("No", 0.8, Rata.TENGAH), Kolom("Perangkat Daerah", 7.3), Kolom("Pagu", 3.3, Rata.KANAN),
             Kolom("Realisasi s.d. Triwulan IV", 3.3, Rata.KANAN), Kolom("Serapan", 1.8, Rata.KANAN)]
    rows: list[list[Sel | str | None]] = [
        [str(i), b.nama, fmt.rupiah(b.anggaran.pagu), fmt.rupiah(b.anggaran.realisasi), fmt.persen(b.anggaran.persen)]
        for i, b in enumerate((b for b in data.pd if b.hasil.rincian_anggaran), start=1)
    ]
    rows.append([Sel("Jumlah seluruh perangkat daerah", tebal=True, lebar_kolom=2, rata=Rata.KANAN),
                 Sel(fmt.rupiah(a.pagu), tebal=True), Sel(fmt.rupiah(a.realisasi), tebal=True),
                 Sel(fmt.persen(a.persen), tebal=True)])
    d.tabel(kolom, rows)
    d.paragraf(kalimat_efisiensi(data.nama, data.tahun, data.capaian_kinerja, a.persen, data.efisiensi))
    d.paragraf("Efisiensi di atas membandingkan rata-rata capaian Indikator Kinerja Utama pemerintah daerah dengan "
               "serapan anggaran seluruh perangkat daerah.", gaya="Catatan")
    teks = data.narasi.get(JenisNarasi.EFISIENSI, "").strip()
    if teks:
        d.teks(teks)


def _tabel_capaian_triwulan(d: Dokumen, grup: Terukur, tahun: int) -> None:
    """Target, realisasi per triwulan, the year's realisasi and capaian of every indicator of a group."""
    kolom = [KolomIsi(Kolom("Target", 1.45, Rata.KANAN), target)]
    for i, tw in enumerate(ROMAWI_TW):
        kolom.append(KolomIsi(Kolom(tw, 1.3, Rata.KANAN), lambda b, i=i: _triwulan(b, i)))
    kolom += [KolomIsi(Kolom(f"Realisasi {tahun}", 1.55, Rata.KANAN), realisasi),
              KolomIsi(Kolom("Capaian", 1.5, Rata.KANAN), lambda b: capaian(b.hasil.capaian))]
    kepala: list[list[Sel | str | None]] = [
        [Sel("No", tinggi_baris=2), Sel("Sasaran Strategis", tinggi_baris=2),
         Sel("Indikator Kinerja", tinggi_baris=2), Sel("Target", tinggi_baris=2),
         Sel("Realisasi per Triwulan", lebar_kolom=4), Sel(f"Realisasi {tahun}", tinggi_baris=2),
         Sel("Capaian", tinggi_baris=2)],
        [None, None, None, None, *ROMAWI_TW, None, None],
    ]
    tabel_indikator(d, grup, kolom, kepala=kepala, lebar_sasaran=2.9, lebar_indikator=3.3)
