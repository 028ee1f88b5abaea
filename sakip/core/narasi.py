"""Generated sentences of the documents (LKjIP, E-81): every figure in them comes from the engine.

The sentences follow the wording of the Mojokerto LKjIPs ("Capaian indikator ... pada sasaran
... tahun 2025 sebesar 101,25% ..."), but the figures are passed in as computed values and
formatted here through ``formatting``, so a sentence can never disagree with a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .aggregation import Agregasi
from .capaian import Capaian, Polaritas, StatusCapaian
from .formatting import TIDAK_ADA, angka, angka_ringkas, persen, rupiah
from .numbers import HUNDRED, quantize
from .progress import selisih
from .skala import AturanSkala, RentangSkala
from .summary import Ringkasan

# Units that are not written after the number: "93,15" rather than "93,15 Nilai".
_TANPA_SATUAN = {"", "nilai", "indeks", "skor", "angka", "poin", "point"}
_PERSEN = {"%", "persen", "persentase", "prosentase"}


def nilai_satuan(nilai: Decimal | None, satuan: str, desimal: int | None = None) -> str:
    """A figure with its unit: '93,15', '100%', '1 Inovasi', '57 PD/UKPD'.

    ``desimal`` None prints without trailing zeros (targets as agreed: '91,5%'); a number
    prints a realisasi with the indicator's decimals ('90,31%').
    """
    if nilai is None:
        return TIDAK_ADA
    teks = angka_ringkas(nilai) if desimal is None else angka(nilai, desimal)
    s = satuan.strip()
    if s.casefold() in _PERSEN:
        return teks + "%"
    if s.casefold() in _TANPA_SATUAN:
        return teks
    return f"{teks} {s}"


def teks_capaian(capaian: Capaian) -> str:
    """'101,25%', or why there is no capaian."""
    if capaian.status is StatusCapaian.BELUM_ADA_DATA:
        return "belum ada data"
    if not capaian.terukur:
        return "tidak dapat diukur"
    return persen(capaian.persen)


def teks_kelas(band: RentangSkala, desimal: int = 2) -> str:
    """Bounds of a category as a reader checks them: 'A (Sangat Baik): 88,31 – 100,00'.

    Values are classified as printed (``desimal`` places), so an exclusive bound becomes the
    next printable value: [65,00; 76,61) reads '65,00 – 76,60'.
    """
    step = Decimal(1).scaleb(-desimal)
    lo = None if band.bawah is None else (band.bawah if band.bawah_inklusif else band.bawah + step)
    hi = None if band.atas is None else (band.atas if band.atas_inklusif else band.atas - step)
    if lo is None and hi is None:
        batas = "semua nilai"
    elif lo is None:
        batas = f"≤ {angka(hi, desimal)}"
    elif hi is None:
        batas = f"≥ {angka(lo, desimal)}"
    else:
        batas = f"{angka(lo, desimal)} – {angka(hi, desimal)}"
    return f"{band.teks}: {batas}"


def teks_skala(scale: AturanSkala, desimal: int = 2) -> list[str]:
    """Every category of a scale, best first, as lines for an IKU table."""
    return [teks_kelas(b, desimal) for b in sorted(scale.bands, key=lambda b: -b.peringkat)]


def daftar_ringkasan(r: Ringkasan) -> list[str]:
    """The four counts of the Ikhtisar Eksekutif, one line each."""
    return [
        f"Capaian realisasi di atas 100% sebanyak {r.di_atas_100} indikator;",
        f"Capaian realisasi tepat 100% sebanyak {r.sama_dengan_100} indikator;",
        f"Capaian realisasi di bawah 100% sebanyak {r.di_bawah_100} indikator;",
        f"Capaian yang tidak dapat diperoleh hasil pengukurannya sebanyak {r.tidak_terukur} indikator.",
    ]


@dataclass(frozen=True)
class FaktaIndikator:
    """What one analysis paragraph says about an indicator in a year (all engine figures)."""

    nama: str
    sasaran: str
    lainnya: bool  # a "kinerja lainnya" row rather than a sasaran strategis
    tahun: int
    satuan: str
    desimal: int
    target: Decimal | None
    realisasi: Decimal | None  # as printed
    capaian: Capaian
    polaritas: Polaritas = Polaritas.POSITIF
    kategori: RentangSkala | None = None
    tahun_lalu: int | None = None
    realisasi_lalu: Decimal | None = None


class HasilIndikator(StrEnum):
    """What happened to an indicator in a year: the heading of its analysis."""

    TERCAPAI = "tercapai"
    BELUM_TERCAPAI = "belum_tercapai"
    TIDAK_DAPAT_DIUKUR = "tidak_dapat_diukur"


def hasil_indikator(capaian: Capaian) -> HasilIndikator:
    """Tercapai at 100 % or more (the capaian already accounts for the polarity), else belum."""
    if not capaian.terukur or capaian.persen is None:
        return HasilIndikator.TIDAK_DAPAT_DIUKUR
    return HasilIndikator.TERCAPAI if capaian.persen >= HUNDRED else HasilIndikator.BELUM_TERCAPAI


def judul_hasil(f: FaktaIndikator) -> str:
    """The heading of an indicator's analysis: 'Target tercapai', 'Target belum tercapai' ..."""
    hasil = hasil_indikator(f.capaian)
    if hasil is HasilIndikator.TIDAK_DAPAT_DIUKUR:
        return "Capaian tidak dapat diukur"
    if hasil is HasilIndikator.BELUM_TERCAPAI:
        return "Target belum tercapai"
    return "Target terlampaui" if f.capaian.persen != HUNDRED else "Target tercapai"


def _arah_polaritas(f: FaktaIndikator) -> str:
    """For a 'makin rendah makin baik' indicator, what a realisasi above or below target means."""
    if f.polaritas is not Polaritas.NEGATIF or f.realisasi is None or f.target is None:
        return ""
    real, tgt = quantize(f.realisasi, f.desimal), f.target
    if real == tgt:
        return " Indikator ini makin rendah makin baik; realisasinya sama dengan target."
    posisi = "di bawah" if real < tgt else "di atas"
    makna = "lebih baik daripada" if real < tgt else "lebih buruk daripada"
    return (f" Indikator ini makin rendah makin baik: realisasi {posisi} target berarti kinerja {makna} "
            "yang ditargetkan.")


def kalimat_capaian(f: FaktaIndikator) -> str:
    """'Capaian indikator “IKM Kecamatan” pada sasaran strategis “…” tahun 2025 sebesar 101,25% …'."""
    tempat = "kinerja lainnya" if f.lainnya else "sasaran strategis"
    awal = f"Capaian indikator “{f.nama}” pada {tempat} “{f.sasaran}” tahun {f.tahun}"
    target = nilai_satuan(f.target, f.satuan)
    if not f.capaian.terukur:
        if f.realisasi is None:
            return f"{awal} belum dapat diukur karena realisasinya belum tersedia (target {target})."
        real = nilai_satuan(f.realisasi, f.satuan, f.desimal)
        return f"{awal} tidak dapat dihitung dari realisasi {real} terhadap target {target}."
    real = nilai_satuan(f.realisasi, f.satuan, f.desimal)
    kategori = f" dengan kategori {f.kategori.teks}" if f.kategori else ""
    kalimat = (f"{awal} sebesar {persen(f.capaian.persen)}, dari realisasi {real}{kategori} "
               f"terhadap target {target}.")
    p = f.capaian.persen
    assert p is not None  # noqa: S101  # terukur implies a value
    kalimat += _arah_polaritas(f)
    if p > HUNDRED:
        kalimat += " Capaian tersebut melampaui target."
    elif p == HUNDRED:
        kalimat += " Target tersebut tercapai sepenuhnya."
    else:
        kalimat += f" Target belum tercapai; capaian kurang {angka(HUNDRED - p)} poin dari 100%."
    return kalimat


@dataclass(frozen=True)
class NarasiTertulis:
    """The four stored narratives of an indicator-year (NarasiIndikator), as plain text."""

    faktor_pendorong: str = ""
    faktor_penghambat: str = ""
    solusi: str = ""
    rencana_tindak_lanjut: str = ""


# Which stored narratives an outcome prints, under which label, and whether the reviu requires them.
# A missed target never prints the "faktor pendorong keberhasilan": its stored text explains a success.
_BAGIAN: dict[HasilIndikator, tuple[tuple[str, str, bool], ...]] = {
    HasilIndikator.TERCAPAI: (
        ("faktor_pendorong", "Faktor pendorong keberhasilan", False),
        ("faktor_penghambat", "Faktor penghambat yang masih dihadapi", False),
        ("rencana_tindak_lanjut", "Rencana tindak lanjut", False),
    ),
    HasilIndikator.BELUM_TERCAPAI: (
        ("faktor_penghambat", "Faktor penghambat", True),
        ("solusi", "Alternatif solusi yang telah dilakukan", True),
        ("rencana_tindak_lanjut", "Rencana tindak lanjut", True),
    ),
    HasilIndikator.TIDAK_DAPAT_DIUKUR: (
        ("faktor_penghambat", "Kendala pengukuran", True),
        ("rencana_tindak_lanjut", "Rencana tindak lanjut", True),
    ),
}
BELUM_DITULIS = "(belum ditulis)"


def narasi_wajib(hasil: HasilIndikator) -> list[str]:
    """Names of the NarasiIndikator fields an outcome requires (empty ones are a reviu error)."""
    return [nama for nama, _, wajib in _BAGIAN[hasil] if wajib]


def narasi_kosong(hasil: HasilIndikator, n: NarasiTertulis | None) -> list[str]:
    """The required narratives of an outcome that are not written, by field name."""
    return [nama for nama in narasi_wajib(hasil) if not (getattr(n, nama) if n else "").strip()]


def bagian_narasi(hasil: HasilIndikator, n: NarasiTertulis | None) -> list[tuple[str, str]]:
    """(label, text) of the narratives an outcome prints; a required empty one reads '(belum ditulis)'."""
    out = []
    for nama, label, wajib in _BAGIAN[hasil]:
        teks = (getattr(n, nama) if n else "").strip()
        if teks or wajib:
            out.append((label, teks or BELUM_DITULIS))
    return out


DEFINISI_RATA_RATA = ("Rata-rata capaian kinerja adalah rata-rata hitung capaian (dalam persen, dua desimal "
                      "sebagaimana tercetak) seluruh indikator sasaran strategis pada Perjanjian Kinerja terakhir "
                      "tahun berjalan yang dapat diukur; indikator yang tidak dapat diukur tidak dihitung.")


_CARA_SD = {
    Agregasi.JUMLAH: "realisasi s.d. menjumlahkan realisasi tahunan sejak {mulai}",
    Agregasi.RATA_RATA: "realisasi s.d. adalah rata-rata realisasi tahunan sejak {mulai}",
    Agregasi.TERAKHIR: "realisasi s.d. memakai nilai terakhir yang tercatat",
}


def catatan_kumulatif(nama: str, tahun: int, mulai: int, realisasi_tahun: Decimal | None,
                      realisasi_sd: Decimal | None, agregasi: Agregasi, satuan: str, desimal: int) -> str | None:
    """Footnote when the 'realisasi s.d.' figure differs from the year's realisasi, saying why.

    E.g. an IKM aggregated as a mean: 'realisasi s.d. 2025 (92,10) berbeda dari realisasi tahun 2025
    (94,57) karena realisasi s.d. adalah rata-rata realisasi tahunan sejak 2021'.
    """
    if realisasi_tahun is None or realisasi_sd is None:
        return None
    a, b = quantize(realisasi_tahun, desimal), quantize(realisasi_sd, desimal)
    if a == b:
        return None
    cara = _CARA_SD[agregasi].format(mulai=mulai)
    return (f"{nama}: realisasi s.d. {tahun} ({nilai_satuan(b, satuan, desimal)}) berbeda dari realisasi tahun "
            f"{tahun} ({nilai_satuan(a, satuan, desimal)}) karena {cara}; progres terhadap target akhir "
            "dihitung dari realisasi s.d.")


def kalimat_tren(f: FaktaIndikator) -> str | None:
    """How the realisasi moved against the previous year, with the polarity taken into account."""
    if f.tahun_lalu is None or f.realisasi is None or f.realisasi_lalu is None:
        return None
    lalu = quantize(f.realisasi_lalu, f.desimal)
    sekarang = quantize(f.realisasi, f.desimal)
    a = nilai_satuan(lalu, f.satuan, f.desimal)
    b = nilai_satuan(sekarang, f.satuan, f.desimal)
    if lalu == sekarang:
        return f"Dibandingkan tahun {f.tahun_lalu}, realisasi tetap sebesar {b}."
    arah = "naik" if sekarang > lalu else "turun"
    beda = selisih(sekarang, lalu, f.polaritas)
    assert beda is not None  # noqa: S101  # both values exist
    mutu = "kinerja membaik" if beda > 0 else "kinerja menurun"
    return f"Dibandingkan tahun {f.tahun_lalu}, realisasi {arah} dari {a} menjadi {b} ({mutu})."


def kalimat_target_akhir(nama_periode: str, target_akhir: Decimal | None, realisasi_sd: Decimal | None,
                         progres: Capaian, tahun: int, satuan: str, desimal: int) -> str | None:
    """Realisasi up to this year against the end-of-period target (SAKIP-rules §2.3 analysis 3)."""
    if target_akhir is None:
        return None
    target = nilai_satuan(target_akhir, satuan)
    if not progres.terukur or realisasi_sd is None:
        return f"Target akhir periode {nama_periode} sebesar {target}; progresnya belum dapat diukur."
    real = nilai_satuan(quantize(realisasi_sd, desimal), satuan, desimal)
    return (f"Terhadap target akhir periode {nama_periode} sebesar {target}, realisasi sampai dengan "
            f"tahun {tahun} sebesar {real} atau {persen(progres.persen)} dari target akhir.")


def kalimat_pembanding(nama_unit: str, realisasi: Decimal | None, desimal: int, satuan: str,
                       pembanding: Sequence[tuple[str, Decimal]], polaritas: Polaritas) -> str | None:
    """The unit's realisasi against the Pemda, Provinsi or national figure (analysis 4)."""
    if realisasi is None or not pembanding:
        return None
    sendiri = quantize(realisasi, desimal)
    bagian = []
    for label, nilai in pembanding:
        lain = quantize(nilai, desimal)
        teks = nilai_satuan(lain, satuan, desimal)
        if lain == sendiri:
            bagian.append(f"sama dengan {label} ({teks})")
            continue
        lebih = "lebih tinggi" if sendiri > lain else "lebih rendah"
        baik = (sendiri > lain) == (polaritas is Polaritas.POSITIF)
        bagian.append(f"{lebih} daripada {label} ({teks}; {'lebih baik' if baik else 'belum lebih baik'})")
    return f"Realisasi {nama_unit} ({nilai_satuan(sendiri, satuan, desimal)}) " + ", ".join(bagian) + "."


def kalimat_anggaran(nama_unit: str, tahun: int, pagu: Decimal, realisasi: Decimal, serapan: Decimal | None) -> str:
    """The budget sentence of the Ikhtisar and BAB III."""
    return (f"Kinerja keuangan {nama_unit} tahun {tahun} menunjukkan realisasi sebesar {rupiah(realisasi)} "
            f"atau {persen(serapan)} dari total pagu anggaran sebesar {rupiah(pagu)}.")


def kalimat_efisiensi(nama_unit: str, tahun: int, capaian_kinerja: Decimal | None,
                      capaian_anggaran: Decimal | None, efisiensi: Decimal | None) -> str:
    """Efisiensi E1 (capaian kinerja − capaian anggaran, SAKIP-rules §3.9) in words."""
    if efisiensi is None:
        return (f"Efisiensi {nama_unit} tahun {tahun} belum dapat dihitung karena capaian kinerja atau "
                "capaian anggaran belum tersedia.")
    if efisiensi > 0:
        nilai = "efisien: capaian kinerja lebih tinggi daripada serapan anggaran"
    elif efisiensi == 0:
        nilai = "seimbang: capaian kinerja sama dengan serapan anggaran"
    else:
        nilai = "belum efisien: capaian kinerja lebih rendah daripada serapan anggaran"
    return (f"Dengan rata-rata capaian kinerja sebesar {persen(capaian_kinerja)} dan capaian anggaran "
            f"sebesar {persen(capaian_anggaran)}, efisiensi {nama_unit} tahun {tahun} sebesar "
            f"{persen(efisiensi)} (selisih capaian kinerja dan capaian anggaran), artinya penggunaan "
            f"sumber daya {nilai}.")
