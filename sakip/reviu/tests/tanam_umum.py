"""Plant each kind of inconsistency of issue 17 into varied layouts of a made-up LKjIP excerpt.

``buat(jenis, tata, seed)`` returns the clean text, the text with one planted inconsistency and
the line it is printed on. Layouts: ``tab`` (a table with tab-separated cells, as a DOCX or
spreadsheet export gives), ``ocr`` (the same table flattened by OCR: the name on its own line,
the figures on the next, blank lines between), ``prosa`` (sentences). Names, units, values and
wording vary with the seed; the figures of the clean text agree with each other at the printed
precision, so the reviu must stay silent on it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sakip.reviu.dokumen.angka import angka_teks

POSITIF = ["Indeks Kepuasan Masyarakat", "Persentase layanan administrasi tepat waktu", "Nilai SAKIP Perangkat Daerah",
           "Persentase desa berstatus mandiri", "Cakupan imunisasi dasar lengkap", "Persentase jalan kondisi mantap",
           "Indeks Profesionalitas ASN", "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti"]
NEGATIF = ["Angka Kematian Ibu", "Persentase penduduk miskin", "Tingkat pengangguran terbuka", "Prevalensi stunting",
           "Jumlah kasus DBD", "Rata-rata lama waktu pelayanan perizinan", "Persentase temuan berulang",
           "Angka putus sekolah"]
UNIT = ["Kecamatan Sukamaju", "Dinas Kesehatan", "Badan Perencanaan Pembangunan Daerah", "Kecamatan Tanjungsari",
        "Bagian Umum Sekretariat Daerah", "Dinas Sosial", "Kecamatan Karangrejo", "Dinas Pendidikan"]
JENIS_TATA = {
    "prosa_jumlah": ("prosa",), "prosa_persen": ("prosa",), "prosa_rumus": ("prosa",), "angka_kata": ("prosa",),
    "hitung_indikator": ("prosa",), "narasi_banding": ("prosa",), "tahun_judul": ("tab", "ocr"),
    "tabel_teks": ("tab", "ocr"), "polaritas": ("tab", "ocr"), "capaian": ("tab", "ocr"),
    "anggaran_program": ("tab", "ocr"), "header_rusak": ("ocr", "tab"),
}

_KATA = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def kata(n: int) -> str:
    """67 -> 'enam puluh tujuh' (up to 999)."""
    if n < 10:
        return _KATA[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{_KATA[n - 10]} belas"
    if n < 100:
        p, s = divmod(n, 10)
        return f"{_KATA[p]} puluh" + (f" {_KATA[s]}" if s else "")
    r, rest = divmod(n, 100)
    head = "seratus" if r == 1 else f"{_KATA[r]} ratus"
    return head + (f" {kata(rest)}" if rest else "")


def _q(v: Decimal, d: int) -> Decimal:
    return v.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


def _a(v: Decimal, d: int = 2) -> str:
    return angka_teks(_q(v, d), d)


def _rp(v: int) -> str:
    return "Rp " + angka_teks(Decimal(v), 0)


@dataclass
class Tanam:
    bersih: str
    salah: str
    baris: int  # 1-based line of the planted inconsistency in ``salah``


def _baris_dari(teks: str, penanda: str) -> int:
    for i, line in enumerate(teks.splitlines(), start=1):
        if penanda in line:
            return i
    raise ValueError(penanda)


def _pembuka(rnd: random.Random, tahun: int) -> list[str]:
    unit = rnd.choice(UNIT)
    return [f"LAPORAN KINERJA INSTANSI PEMERINTAH {unit.upper()} TAHUN {tahun}", "",
            f"Bab ini menguraikan capaian kinerja {unit} tahun {tahun} dibandingkan dengan target "
            f"dalam Perjanjian Kinerja.", ""]


def _tabel(rows: list[tuple[str, list[str]]], tata: str, header: list[str] | None) -> list[str]:
    out: list[str] = []
    if tata == "tab":
        if header:
            out.append("\t".join(header))
        for i, (nama, vals) in enumerate(rows, start=1):
            out.append("\t".join([str(i), nama, *vals]))
        return out
    if header:
        out += [" ".join(header), ""]
    for i, (nama, vals) in enumerate(rows, start=1):
        out += [f"{i}. {nama}", "", " ".join(vals), ""]
    return out


def _baris_kinerja(rnd: random.Random, n: int, negatif: bool = False, rumus: str = "R / T",
                   ) -> list[tuple[str, Decimal, Decimal, Decimal, int]]:
    names = rnd.sample(NEGATIF if negatif else POSITIF, n)
    out = []
    for nama in names:
        d = rnd.choice([0, 1, 2])
        t = _q(Decimal(rnd.randint(4000, 9500)) / 100, d)
        if negatif:
            r = _q(t * Decimal(rnd.randint(60, 99)) / 100, d)
        else:
            r = _q(t * Decimal(rnd.randint(85, 112)) / 100, d)
        if r <= 0:
            r = t
        if rumus == "R / T":
            c = r / t * 100
        elif rumus == "T / R":
            c = t / r * 100
        else:
            c = (2 * t - r) / t * 100
        out.append((nama, t, r, c, d))
    return out


def _kinerja(rnd: random.Random, tata: str, jenis: str) -> Tanam:
    tahun = rnd.randint(2015, 2025)
    negatif = jenis == "polaritas"
    rumus = rnd.choice(["T / R", "(2T − R) / T"]) if negatif else "R / T"
    rows = _baris_kinerja(rnd, rnd.randint(3, 5), negatif, rumus)
    cd = rnd.choice([1, 2])
    lines = _pembuka(rnd, tahun)
    if negatif:
        teks_rumus = "target / realisasi" if rumus == "T / R" else "(2 x target - realisasi) / target"
        lines += [f"Untuk indikator yang semakin rendah semakin baik, capaian dihitung dengan rumus "
                  f"{teks_rumus} x 100%.", ""]
    lines += [f"Tabel 3.{rnd.randint(1, 9)} Capaian Kinerja Sasaran Tahun {tahun}", ""]
    header = ["No", "Indikator Kinerja", "Satuan", f"Target {tahun}", f"Realisasi {tahun}", "Capaian (%)"]
    if jenis == "header_rusak":
        header = None  # the header was cut off with the page above
    elif jenis == "tahun_judul":
        pass
    body = [(nama, ["%", _a(t, d), _a(r, d), _a(c, cd)]) for nama, t, r, c, d in rows]
    k = rnd.randrange(len(rows))
    salah_body = [list(v) for _, v in body]
    penanda = ""
    if jenis in ("capaian", "header_rusak", "polaritas"):
        nama, t, r, c, d = rows[k]
        if negatif:
            wrong = r / t * 100  # the classic slip: the positive formula on a negative indicator
            if abs(wrong - c) < 2:
                wrong = c + 9
        else:
            wrong = c + rnd.choice([-1, 1]) * Decimal(rnd.randint(3, 15))
        salah_body[k][3] = _a(wrong, cd)
        penanda = rows[k][0] if tata == "tab" else " ".join(salah_body[k])
    clean_tab = _tabel(body, tata, header)
    salah_tab = _tabel([(n, v) for (n, _), v in zip(body, salah_body, strict=True)], tata, header)
    after: list[str] = ["", "Sumber: data diolah."]
    salah_after = list(after)
    if jenis == "tabel_teks":
        nama, t, r, _c, d = rows[k]
        after = ["", f"Indikator {nama} tahun {tahun} dengan target sebesar {_a(t, d)} terealisasi sebesar "
                 f"{_a(r, d)}.", ""]
        salah_after = ["", f"Indikator {nama} tahun {tahun} dengan target sebesar {_a(t + 5, d)} terealisasi sebesar "
                       f"{_a(r, d)}.", ""]
        penanda = f"target sebesar {_a(t + 5, d)}"
    bersih = "\n".join(lines + clean_tab + after) + "\n"
    salah_lines = lines + salah_tab + salah_after
    if jenis == "tahun_judul":
        judul = next(i for i, x in enumerate(salah_lines) if x.startswith("Tabel 3."))
        salah_lines[judul] = salah_lines[judul].replace(f"Tahun {tahun}", f"Tahun {tahun - 1}")
        penanda = f"Tahun {tahun - 1}"
    salah = "\n".join(salah_lines) + "\n"
    return Tanam(bersih, salah, _baris_dari(salah, penanda))


def _anggaran(rnd: random.Random, tata: str) -> Tanam:
    tahun = rnd.randint(2015, 2025)
    n = rnd.randint(2, 4)
    keg = []
    for i in range(n):
        pagu = rnd.randint(20, 900) * 1_000_000 + rnd.randint(0, 999) * 1000
        real = pagu * rnd.randint(70, 100) // 100
        keg.append((f"Kegiatan {['Penyusunan Dokumen Perencanaan', 'Administrasi Keuangan', 'Pelayanan Publik', 'Pemberdayaan Masyarakat Desa'][i]}", pagu, real))
    sp, sr = sum(k[1] for k in keg), sum(k[2] for k in keg)
    weighted = Decimal(sr) / Decimal(sp) * 100
    simple = sum(Decimal(r) / Decimal(p) * 100 for _, p, r in keg) / n
    prog = "Program Penunjang Urusan Pemerintahan Daerah"
    wrong_mode = rnd.choice(["pagu", "persen"])
    if wrong_mode == "persen" and abs(_q(simple, 2) - _q(weighted, 2)) < Decimal("0.05"):
        wrong_mode = "pagu"

    def render(pagu_p: int, pct: Decimal) -> list[str]:
        out = _pembuka(rnd, tahun) + [f"Tabel 3.{rnd.randint(1, 9)} Realisasi Anggaran per Program Tahun {tahun}", ""]
        if tata == "tab":
            out.append("No\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%")
            out.append(f"1\t{prog}\t{angka_teks(Decimal(pagu_p), 0)}\t{angka_teks(Decimal(sr), 0)}\t{_a(pct)}")
            for nama, p, r in keg:
                head, _, tail = nama.partition(" Dokumen ") if " Dokumen " in nama else (nama, "", "")
                out.append(f"\t{head}\t{angka_teks(Decimal(p), 0)}\t{angka_teks(Decimal(r), 0)}\t"
                           f"{_a(Decimal(r) / Decimal(p) * 100)}")
                if tail:
                    out.append(f"\tDokumen {tail}\t\t\t")  # a continuation line with empty cells
        else:
            out += ["No Program/Kegiatan Pagu (Rp) Realisasi (Rp) %", ""]
            out += [f"1 {prog} {angka_teks(Decimal(pagu_p), 0)} {angka_teks(Decimal(sr), 0)} {_a(pct)}", ""]
            for nama, p, r in keg:
                out += [nama, f"{angka_teks(Decimal(p), 0)} {angka_teks(Decimal(r), 0)} "
                              f"{_a(Decimal(r) / Decimal(p) * 100)}", ""]
        return out + ["", "Sumber: DPA dan LRA, diolah."]

    bersih = "\n".join(render(sp, weighted)) + "\n"
    if wrong_mode == "pagu":
        salah = "\n".join(render(sp + rnd.randint(1, 50) * 1_000_000, weighted)) + "\n"
    else:
        salah = "\n".join(render(sp, simple)) + "\n"
    return Tanam(bersih, salah, _baris_dari(salah, prog))


def _prosa(rnd: random.Random, jenis: str) -> Tanam:
    tahun = rnd.randint(2015, 2025)
    unit = rnd.choice(UNIT)
    pre = _pembuka(rnd, tahun)
    if jenis == "prosa_jumlah":
        a = rnd.randint(100, 9000) * 1_000_000 + rnd.randint(0, 999) * 1000
        b = rnd.randint(100, 9000) * 1_000_000
        c = a + b
        if rnd.random() < 0.5:
            f = "Belanja {u} tahun {y} terdiri atas belanja operasi sebesar {A} dan belanja modal sebesar {B}, dengan total sebesar {C}."
        else:
            f = "Pagu anggaran {u} tahun {y} sebesar {C}. Anggaran tersebut terbagi dalam belanja operasi {A} dan belanja modal {B}."
        ok = f.format(u=unit, y=tahun, A=_rp(a), B=_rp(b), C=_rp(c))
        bad = f.format(u=unit, y=tahun, A=_rp(a), B=_rp(b), C=_rp(c + rnd.randint(1, 99) * 1_000_000))
    elif jenis == "prosa_persen":
        z = rnd.randint(500, 9000) * 1_000_000 + rnd.randint(0, 999) * 1000
        x = z * rnd.randint(70, 99) // 100
        s = z - x
        p = Decimal(x) / Decimal(z) * 100
        ps = Decimal(s) / Decimal(z) * 100
        v = rnd.choice(["real", "sisa"])
        if v == "real":
            f = "Dari pagu anggaran sebesar {Z}, terserap {X} atau {P}% sehingga kinerja keuangan {u} tergolong baik."
            ok = f.format(Z=_rp(z), X=_rp(x), P=_a(p), u=unit)
            bad = f.format(Z=_rp(z), X=_rp(x), P=_a(p + rnd.randint(2, 9)), u=unit)
        else:
            f = "Realisasi belanja {u} mencapai {X} dari pagu sebesar {Z}, dengan sisa anggaran sebesar {S} atau {P}%."
            ok = f.format(Z=_rp(z), X=_rp(x), S=_rp(s), P=_a(ps), u=unit)
            bad = f.format(Z=_rp(z), X=_rp(x), S=_rp(s), P=_a(ps + rnd.randint(2, 9)), u=unit)
    elif jenis == "prosa_rumus":
        b = rnd.randint(2000, 20000)
        a = b * rnd.randint(60, 99) // 100
        c = Decimal(a) / Decimal(b) * 100
        if rnd.random() < 0.5:
            f = "Realisasi indikator dihitung {A} / {B} x 100% = {C}%."
        else:
            f = "Capaian diperoleh dari {A} penduduk dibagi {B} penduduk, dikalikan 100 persen, sama dengan {C}%."
        A, B = angka_teks(Decimal(a), 0), angka_teks(Decimal(b), 0)
        ok = f.format(A=A, B=B, C=_a(c))
        bad = f.format(A=A, B=B, C=_a(c + rnd.randint(2, 9)))
    elif jenis == "angka_kata":
        n = rnd.randint(3, 120)
        f = "{u} menetapkan {N} ({W}) indikator kinerja dalam Perjanjian Kinerja tahun {y}."
        ok = f.format(u=unit, N=n, W=kata(n), y=tahun)
        bad = f.format(u=unit, N=n, W=kata(n + rnd.choice([-1, 1, 2])), y=tahun)
    elif jenis == "hitung_indikator":
        n = rnd.randint(4, 30)
        a = rnd.randint(1, n - 1)
        b = n - a
        if rnd.random() < 0.5:
            f = "Dari {N} indikator kinerja, {A} indikator mencapai target dan {B} indikator tidak mencapai target."
            ok = f.format(N=n, A=a, B=b)
            bad = f.format(N=n, A=a, B=b + rnd.randint(1, 3))
        else:
            f = "Dari {N} indikator kinerja, {A} indikator atau {P}% telah mencapai target."
            p = Decimal(a) / Decimal(n) * 100
            ok = f.format(N=n, A=a, P=_a(p))
            bad = f.format(N=n, A=a, P=_a(p + rnd.randint(3, 9)))
    else:  # narasi_banding
        x = _q(Decimal(rnd.randint(7000, 9000)) / 100, 2)
        lo, hi = x - Decimal(rnd.randint(100, 600)) / 100, x + Decimal(rnd.randint(100, 600)) / 100
        arah = rnd.choice(["bawah", "atas"])
        f = "Nilai IKM {u} tahun {y} sebesar {Y} masih di {D} rata-rata Kabupaten sebesar {X}."
        good, wrong = (lo, hi) if arah == "bawah" else (hi, lo)
        ok = f.format(u=unit, y=tahun, Y=_a(good), D=arah, X=_a(x))
        bad = f.format(u=unit, y=tahun, Y=_a(wrong), D=arah, X=_a(x))
    tail = ["", "Hal ini menunjukkan upaya yang perlu dipertahankan pada tahun berikutnya."]
    bersih = "\n".join(pre + [ok] + tail) + "\n"
    salah = "\n".join(pre + [bad] + tail) + "\n"
    return Tanam(bersih, salah, len(pre) + 1)


def buat(jenis: str, tata: str, seed: int) -> Tanam:
    rnd = random.Random(f"{jenis}-{tata}-{seed}")  # noqa: S311  # test data, reproducible by seed
    if jenis == "anggaran_program":
        return _anggaran(rnd, tata)
    if tata == "prosa":
        return _prosa(rnd, jenis)
    return _kinerja(rnd, tata, jenis)


def semua(seeds: int = 4) -> list[tuple[str, str, int, Tanam]]:
    return [(j, t, s, buat(j, t, s)) for j, tatas in JENIS_TATA.items() for t in tatas for s in range(seeds)]
