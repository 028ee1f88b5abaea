"""The checks: each compares facts recognised in a document and returns findings.

Every figure is compared at the precision the document prints it with: a capaian printed
"101%" is compared with the computed value rounded to whole percent, "101,25%" to two
decimals. A check that cannot tell what a figure refers to stays silent rather than guess.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal

from sakip.core.cetak import (
    Kecocokan,
    bandingkan_cetak,
    mungkin_tercetak,
    rentang_cetak,
    sama_tercetak,
)
from sakip.core.nip import NIPError, parse_nip
from sakip.core.numbers import HUNDRED, ZERO, quantize
from sakip.core.skala import STANDARD_SCALES, AturanSkala
from sakip.core.skala_teks import KelasTertulis, label_sesuai

from .angka import Nilai, angka_teks, persen_teks, rupiah_teks
from .kenali import (
    BarisAnggaranDokumen,
    BarisKinerja,
    Fakta,
    Tercetak,
    kunci_indikator,
    kunci_orang,
    kunci_program,
)
from .konteks import KonteksPemda
from .model import Temuan, TingkatTemuan
from .umum import negatif_menurut_nama

Periksa = Callable[[Fakta, KonteksPemda], list[Temuan]]

_NAMA_PK = {"awal": "Perjanjian Kinerja", "perubahan": "Perjanjian Kinerja Perubahan", None: "tanpa keterangan PK"}
# words of indicators that are usually "lower is better"; such a name allows both formulas
# unless the document or the database says which polarity the indicator has
_NEGATIF_KATA = re.compile(
    r"miskin|pengangguran|kematian|death rate|mortalit|kesakitan|prevalensi|stunting|temuan|"
    r"aduan yang belum|kasus|gizi buruk|kecelakaan|kebakaran|genangan|banjir|kemacetan|lama waktu|"
    r"waktu (rata-rata )?(pelayanan|penyelesaian)|kumuh|rawan|risiko|terserang|pengganggu|gangguan|"
    r"berulang|pelanggaran|kerusakan|rusak|konflik|korban|kerugian|putus sekolah|tidak layak|"
    r"buta aksara|tunggakan|inflasi|penyalahgunaan",
    re.IGNORECASE,
)


def _d(v: Nilai | None) -> Decimal | None:
    return None if v is None else v.angka


def _a(v: Nilai | None) -> Decimal:
    """The figure of a value the caller has already found printed."""
    if v is None or v.angka is None:
        raise ValueError("nilai tanpa angka")
    return v.angka


def _v(v: Nilai | None) -> Nilai:
    """A value the caller has already found present."""
    if v is None:
        raise ValueError("nilai tidak ada")
    return v


def _jumlah(values: Iterable[Nilai | None]) -> Decimal:
    return sum((_a(v) for v in values), ZERO)


def _teks(v: Nilai) -> str:
    return v.teks


def _persen_kira(value: Decimal, desimal: int) -> str:
    return persen_teks(quantize(value, desimal), desimal)


def _negatif(key: str, nama: str, fakta: Fakta, konteks: KonteksPemda) -> bool | None:
    """True when declared negative, False when only positive applies, None when unknown."""
    if key in fakta.negatif or key in konteks.negatif:
        return True
    if _NEGATIF_KATA.search(nama):
        # Without the database's polarities, a document that states its negative formula is read
        # by it: a lower-is-better name follows that formula, not R / T. With them, the database
        # says which indicators are negative ('kebakaran' in a name may count fire engines).
        if fakta.rumus_negatif and not konteks.negatif and negatif_menurut_nama(nama):
            return True
        return None
    return False


def _rumus(rumus: str, t: Decimal, r: Decimal) -> Decimal | None:
    if t <= 0 or (rumus == "T / R" and r <= 0):
        return None
    if rumus == "R / T":
        return r / t * HUNDRED
    if rumus == "T / R":
        return t / r * HUNDRED
    return max((2 * t - r) / t * HUNDRED, ZERO)


def _bisa_dibulatkan(rumus: str, t: Nilai, r: Nilai, tercetak: Decimal, desimal: int) -> bool:
    """Whether the print follows from some values that round to the printed t and r.

    A document computes its capaian from unrounded figures: 92,355 / 96 prints 96,20%
    although the printed 92,36 / 96 gives 96,21%. That is no error.
    """
    tl, th = rentang_cetak(_a(t), t.desimal)
    rl, rh = rentang_cetak(_a(r), r.desimal)
    vals = [v for tt in (tl, th) for rr in (rl, rh) if (v := _rumus(rumus, tt, rr)) is not None]
    return bool(vals) and mungkin_tercetak(min(vals), max(vals), tercetak, desimal)


def _kandidat(t: Decimal, r: Decimal, negatif: bool | None) -> list[tuple[str, Decimal]]:
    pos = ("R / T", r / t * HUNDRED)
    neg_a = ("(2T − R) / T", max((2 * t - r) / t * HUNDRED, ZERO))
    out = [neg_a]
    if r != 0:
        out.append(("T / R", t / r * HUNDRED))
    if negatif is True:
        return out
    if negatif is False:
        return [pos]
    return [pos, *out]


# -- capaian --------------------------------------------------------------------------------

# A print that is both the truncated value and a value reachable from unrounded inputs
# (92,36 / 96 = 96,208% printed 96,20%): paired with the notice it becomes when the
# document shows no unmistakable truncation elsewhere.
Ragu = list[tuple[Temuan, Temuan]]


def periksa_capaian(fakta: Fakta, konteks: KonteksPemda) -> list[Temuan]:
    """Printed capaian against realisasi / target, in every table row and every year."""
    out: list[Temuan] = []
    ragu: Ragu = []
    for b in fakta.kinerja:
        c = b.capaian
        if c is not None and b.progres is None and c.teks and _d(b.target) and _d(b.realisasi) is not None:
            temuan = _cek_capaian(b.nama, b.tahun, _v(b.target), _v(b.realisasi), c, b.lokasi,
                                  _negatif(b.kunci, b.nama, fakta, konteks), ragu)
            if temuan:
                out.append(temuan)
        if b.progres is not None and b.progres.ada and b.target_akhir is not None and b.target_akhir.ada:
            out.extend(_cek_progres(b, fakta, konteks, ragu))
    for k in fakta.kalimat:
        if k.jenis != "capaian":
            continue
        nt, nr, nc = k.nilai["t"], k.nilai["r"], k.nilai["c"]
        if nt.angka and nr.angka is not None and nc.ada:
            key = kunci_indikator(k.nama) if k.nama else ""
            temuan = _cek_capaian(k.nama or "indikator", fakta.tahun or 0, nt, nr, nc, k.lokasi,
                                  _negatif(key, k.nama, fakta, konteks) if key else False, ragu)
            if temuan:
                out.append(temuan)
    ambigu = {id(p) for p, _ in ragu}
    if not any(t.tingkat is TingkatTemuan.PERINGATAN and id(t) not in ambigu for t in out):
        # the document does not truncate: these prints come from unrounded inputs
        info = {id(p): i for p, i in ragu}
        out = [info.get(id(t), t) for t in out]
    return out


def _cek_capaian(nama: str, tahun: int, t: Nilai, r: Nilai, c: Nilai, lokasi: str,
                 negatif: bool | None, ragu: Ragu) -> Temuan | None:
    ta, ra = _a(t), _a(r)
    cands = _kandidat(ta, ra, negatif)
    rumus, utama = cands[0]
    if negatif is None:
        rumus, utama = "R / T", ra / ta * HUNDRED
    desimal = c.desimal if c.persen else 2
    expr = _rumus_teks(rumus, t, r)
    seharusnya = f"{_persen_kira(utama, desimal)} ({expr} = {_persen_kira(utama, 2)})"
    if c.angka is None or not c.persen:
        return Temuan(
            "CAPAIAN_SALAH", TingkatTemuan.GALAT,
            f"Kolom capaian {nama} tahun {tahun} berisi '{c.teks}', bukan persentase capaian.",
            lokasi, c.teks, seharusnya,
        )
    hasil = [bandingkan_cetak(v, c.angka, c.desimal) for _, v in cands]
    if Kecocokan.SAMA in hasil:
        return None
    bulat = any(_bisa_dibulatkan(k, t, r, c.angka, c.desimal) for k, _ in cands)
    info = Temuan(
        "CAPAIAN_SALAH", TingkatTemuan.INFO,
        f"Capaian {nama} tahun {tahun} tercetak {c.teks}, sedangkan {expr} = {_persen_kira(utama, 2)}; "
        f"selisihnya dapat berasal dari realisasi atau target yang dihitung sebelum dibulatkan.",
        lokasi, c.teks, seharusnya,
    )
    if Kecocokan.DIPOTONG in hasil:
        potong = Temuan(
            "CAPAIAN_SALAH", TingkatTemuan.PERINGATAN,
            f"Capaian {nama} tahun {tahun} tercetak {c.teks}: nilai {_persen_kira(utama, 2)} dipotong, "
            f"bukan dibulatkan ke {desimal} desimal seperti angka lain di dokumen.",
            lokasi, c.teks, seharusnya,
        )
        if bulat:
            ragu.append((potong, info))
        return potong
    if bulat:
        return info
    return Temuan(
        "CAPAIAN_SALAH", TingkatTemuan.GALAT,
        f"Capaian {nama} tahun {tahun} tercetak {c.teks}, padahal {expr} = {_persen_kira(utama, 2)}.",
        lokasi, c.teks, seharusnya,
    )


def _rumus_teks(rumus: str, t: Nilai, r: Nilai) -> str:
    tt, rr = angka_teks(_a(t), t.desimal), angka_teks(_a(r), r.desimal)
    if rumus == "R / T":
        return f"{rr} / {tt} × 100%"
    if rumus == "T / R":
        return f"{tt} / {rr} × 100%"
    return f"(2 × {tt} − {rr}) / {tt} × 100%"


def _cek_progres(b: BarisKinerja, fakta: Fakta, konteks: KonteksPemda, ragu: Ragu) -> list[Temuan]:
    """'Progres capaian' against the end-of-period target: latest value (stocks) or the sum (flows).

    A negative indicator (lower is better) counts its progress the other way, as its capaian.
    """
    series = [x for x in fakta.kinerja if x.tabel is b.tabel and x.indeks == b.indeks and x.realisasi
              and x.realisasi.ada]
    if not series:
        return []
    progres, akhir = _v(b.progres), _v(b.target_akhir)
    ta, p = akhir.angka, progres.angka
    if not ta or p is None:
        return []
    terakhir = _v(series[-1].realisasi)
    last = _a(terakhir)
    total = _jumlah(x.realisasi for x in series)
    cands = [last / ta * HUNDRED, total / ta * HUNDRED]
    rumus = ["R / T"]
    negatif = _negatif(b.kunci, b.nama, fakta, konteks)
    if negatif is not False:
        neg = _kandidat(ta, last, True)
        cands = [v for _, v in neg] if negatif else [*cands, *(v for _, v in neg)]
        rumus = [k for k, _ in neg] if negatif else [*rumus, *(k for k, _ in neg)]
    d = progres.desimal
    hasil = [bandingkan_cetak(v, p, d) for v in cands]
    if Kecocokan.SAMA in hasil:
        return []
    tt, rr = angka_teks(ta, akhir.desimal), angka_teks(last, terakhir.desimal)
    expr = f"(2 × {tt} − {rr}) / {tt} × 100%" if negatif else f"{rr} / {tt} × 100%"
    seharusnya = f"{_persen_kira(cands[0], d)} ({expr} = {_persen_kira(cands[0], 2)})"
    awal = f"Progres capaian {b.nama} terhadap target akhir tercetak {progres.teks}"
    bulat = any(_bisa_dibulatkan(k, akhir, terakhir, p, d) for k in rumus)
    info = Temuan("PROGRES_SALAH", TingkatTemuan.INFO,
                  f"{awal}, sedangkan {expr} = {_persen_kira(cands[0], 2)}; selisihnya dapat berasal dari "
                  f"realisasi yang dihitung sebelum dibulatkan.", b.lokasi, progres.teks, seharusnya)
    if Kecocokan.DIPOTONG in hasil:
        potong = Temuan("PROGRES_SALAH", TingkatTemuan.PERINGATAN,
                        f"{awal}: nilai {_persen_kira(cands[0], 2)} dipotong, bukan dibulatkan.",
                        b.lokasi, progres.teks, seharusnya)
        if bulat:
            ragu.append((potong, info))
        return [potong]
    if bulat:
        return [info]
    return [Temuan("PROGRES_SALAH", TingkatTemuan.GALAT, f"{awal}, padahal {expr} = {_persen_kira(cands[0], 2)}.",
                   b.lokasi, progres.teks, seharusnya)]


def periksa_triwulan(fakta: Fakta, konteks: KonteksPemda) -> list[Temuan]:
    """The annual realisasi must follow from the triwulan values (last, sum or mean)."""
    out: list[Temuan] = []
    for b in fakta.kinerja:
        vals = [v.angka for v in b.triwulan if v.angka is not None]
        if len(vals) < 2 or b.realisasi is None or b.realisasi.angka is None:
            continue
        real, r = b.realisasi, b.realisasi.angka
        nonzero = [v for v in vals if v != 0] or [ZERO]
        cands = {vals[-1], nonzero[-1], sum(vals, ZERO), max(vals), sum(nonzero, ZERO) / len(nonzero)}
        d = real.desimal
        if any(quantize(c, d) == r for c in cands):
            continue
        out.append(Temuan(
            "REALISASI_TRIWULAN", TingkatTemuan.PERINGATAN,
            f"Realisasi tahunan {b.nama} ({real.teks}) tidak sama dengan nilai triwulan terakhir, "
            f"jumlah, maupun rata-rata nilai triwulannya.",
            b.lokasi, real.teks,
            f"triwulan terakhir {angka_teks(vals[-1], d)} atau jumlah {angka_teks(sum(vals, ZERO), d)}",
        ))
    return out


# -- one indicator, one year, one value ------------------------------------------------------

_MEDAN = {"target": "Target", "realisasi": "Realisasi", "capaian": "Capaian"}


def _sama(a: Nilai, b: Nilai, medan: str) -> bool:
    """Two printings agree: targets and realisasi exactly ('82,3' = '82,30'), capaian at the
    coarser precision ('102%' = '102,4%') because it is a computed, rounded figure."""
    if a.angka is None or b.angka is None:
        return a.na == b.na and a.angka is None and b.angka is None
    if medan == "capaian":
        return sama_tercetak(a.angka, a.desimal, b.angka, b.desimal)
    return a.angka == b.angka


Obs = tuple[Nilai, BarisKinerja]


def _kluster(obs: list[Obs], medan: str) -> list[list[Obs]]:
    clusters: list[list[Obs]] = []
    for o in obs:
        for cl in clusters:
            if _sama(cl[0][0], o[0], medan):
                cl.append(o)
                break
        else:
            clusters.append([o])
    return clusters


def _mayoritas(obs: list[Obs]) -> Nilai | None:
    clusters = _kluster([o for o in obs if o[0].ada], "target")
    if not clusters:
        return None
    return max(clusters, key=len)[0][0]


def periksa_konsistensi(fakta: Fakta, konteks: KonteksPemda) -> list[Temuan]:
    """The same indicator and year must carry the same target, realisasi and capaian everywhere.

    Realisasi is a fact of the year; target and capaian belong to one PK (the PK awal and
    the PK perubahan may agree different targets), so they are compared within one PK.
    """
    groups = _kelompok_nilai(fakta)
    _satukan_pk_tak_dikenal(groups)
    out: list[Temuan] = []
    for (medan, kunci, tahun, pk), obs in groups.items():
        clusters = _kluster(obs, medan)
        if len(clusters) < 2 or len({id(o[1].tabel) for o in obs}) < 2:
            continue  # one table naming two indicators alike (same name, different kegiatan) is no conflict
        clusters.sort(key=len, reverse=True)
        acuan = ""
        if medan == "capaian":
            # The capaian that follows from the target and realisasi printed most often.
            t = _mayoritas(groups.get(("target", kunci, tahun, pk), []))
            r = _mayoritas(groups.get(("realisasi", kunci, tahun, None), []))
            if t is not None and r is not None and t.angka and r.angka is not None:
                # the formula follows the indicator's polarity, as in periksa_capaian
                cands = _kandidat(t.angka, r.angka, _negatif(kunci, obs[0][1].nama, fakta, konteks))
                acuan = _acuan_capaian(clusters, cands, t, r)
        utama, lain = clusters[0], clusters[1:]
        nama = utama[0][1].nama
        pk_teks = "" if medan == "realisasi" else f" ({_NAMA_PK.get(pk, pk)})"
        tercetak = "; ".join(f"{cl[0][0].teks} ({_daftar([o[1].lokasi for o in cl], 10)})" for cl in lain)
        lokasi = _daftar([o[1].lokasi for cl in lain for o in cl], 10, "; ")
        seharusnya = f"{utama[0][0].teks} seperti di {_daftar([o[1].lokasi for o in utama], 10)}"
        if acuan:
            seharusnya += f"; menurut perhitungan {acuan}"
        out.append(Temuan(
            f"{medan.upper()}_BERBEDA", TingkatTemuan.GALAT,
            f"{_MEDAN[medan]} {nama} tahun {tahun}{pk_teks} tercetak berbeda di beberapa tempat.",
            lokasi, tercetak, seharusnya,
        ))
    return out


_KunciNilai = tuple[str, str, int, str | None]  # medan, indicator key, year, PK (None: any PK)


def _kelompok_nilai(fakta: Fakta) -> dict[_KunciNilai, list[Obs]]:
    """Every printed target, realisasi and capaian of a reliably named row, by indicator and year."""
    groups: dict[_KunciNilai, list[Obs]] = defaultdict(list)
    for b in fakta.kinerja:
        if not b.nama_andal or not b.kunci or b.jenis not in ("pk", "capaian", "seri", "kinerja_anggaran", "realisasi"):
            continue
        for medan in ("target", "realisasi", "capaian"):
            v: Nilai | None = getattr(b, medan)
            if v is None or not (v.ada or v.na):
                continue
            if medan == "capaian" and v.ada and not v.persen:
                continue
            pk = None if medan == "realisasi" else b.pk
            groups[(medan, b.kunci, b.tahun, pk)].append((v, b))
    return groups


def _satukan_pk_tak_dikenal(groups: dict[_KunciNilai, list[Obs]]) -> None:
    """Rows whose PK is unknown join the one PK that has the indicator, or stay silent when
    they agree with some PK."""
    for key in [k for k in groups if k[3] is None and k[0] != "realisasi"]:
        medan, kunci, tahun, _ = key
        others = [k for k in groups if k[:3] == (medan, kunci, tahun) and k[3] is not None]
        if len(others) == 1:
            groups[others[0]].extend(groups.pop(key))
        elif len(others) > 1:
            rest = [o for o in groups[key]
                    if not any(_sama(o[0], x[0], medan) for k in others for x in groups[k])]
            if rest:
                biggest = max(others, key=lambda k: len(groups[k]))
                groups[biggest].extend(rest)
            groups.pop(key)


def _acuan_capaian(clusters: list[list[Obs]], cands: list[tuple[str, Decimal]], t: Nilai, r: Nilai) -> str:
    """The capaian computed (``cands``) from the majority target and realisasi, as the reference;
    the cluster printing it moves to the front (it is the one that is right)."""
    for rumus, c in cands:
        match = [cl for cl in clusters if cl[0][0].angka is not None
                 and bandingkan_cetak(c, cl[0][0].angka, cl[0][0].desimal) is Kecocokan.SAMA]
        if match:
            clusters.remove(match[0])
            clusters.insert(0, match[0])
            return f"{_persen_kira(c, 2)} ({_rumus_teks(rumus, t, r)})"
    if len(cands) == 1:
        rumus, c = cands[0]
        return f"{_persen_kira(c, 2)} ({_rumus_teks(rumus, t, r)})"
    return ""


def _daftar(lokasi: list[str], maks: int, pisah: str = ", ") -> str:
    """A list of places, cut short when a figure is repeated all over a long document."""
    if len(lokasi) <= maks:
        return pisah.join(lokasi)
    return f"{pisah.join(lokasi[:maks])} dan {len(lokasi) - maks} tempat lain"


# -- counts, averages, efisiensi -------------------------------------------------------------

def _capaian_baris(b: BarisKinerja, fakta: Fakta, konteks: KonteksPemda) -> Decimal | None:
    """The capaian a row prints, or computes when its capaian cell holds no percentage."""
    if b.capaian is not None and b.capaian.ada and b.capaian.persen:
        return b.capaian.angka
    t, r = _d(b.target), _d(b.realisasi)
    if t and r is not None:
        if _negatif(b.kunci, b.nama, fakta, konteks) is True:
            return _kandidat(t, r, True)[0][1]
        return r / t * HUNDRED
    return None


def _hitung(rows: Iterable[BarisKinerja], fakta: Fakta, konteks: KonteksPemda) -> dict[str, int]:
    out = {"atas": 0, "tepat": 0, "bawah": 0, "tidak": 0}
    for b in rows:
        c = _capaian_baris(b, fakta, konteks)
        if c is None:
            out["tidak"] += 1
        elif c > HUNDRED:
            out["atas"] += 1
        elif c == HUNDRED:
            out["tepat"] += 1
        else:
            out["bawah"] += 1
    return out


_LABEL_JUMLAH = {"atas": "di atas 100%", "tepat": "tepat 100%", "bawah": "di bawah 100%", "tidak": "tidak terukur"}


def _jumlah_teks(j: dict[str, int], kinds: Iterable[str]) -> str:
    return ", ".join(f"{_LABEL_JUMLAH[k]} {j[k]}" for k in kinds)


def periksa_jumlah(fakta: Fakta, konteks: KonteksPemda) -> list[Temuan]:
    """'Capaian di atas 100% sebanyak n indikator' against the table it summarises."""
    out: list[Temuan] = []
    for blok in fakta.blok_jumlah:
        rows = [b for b in fakta.kinerja if b.jenis == "capaian" and b.bagian == blok.bagian
                and b.pk == blok.pk and b.tahun == (fakta.tahun or 0)]
        if blok.kelompok == "lainnya":
            rows = [b for b in rows if b.kelompok == "lainnya"]
        if not rows:
            fakta.tidak_terbaca.append(
                f"{blok.lokasi}: ringkasan jumlah capaian tidak dapat dicocokkan dengan tabel capaian mana pun."
            )
            continue
        kinds = [k for k in ("atas", "tepat", "bawah", "tidak") if k in blok.jumlah]
        semua = _hitung(rows, fakta, konteks)
        utama = _hitung([b for b in rows if b.kelompok == "utama"], fakta, konteks)
        if all(blok.jumlah[k] == semua[k] for k in kinds) or all(blok.jumlah[k] == utama[k] for k in kinds):
            continue
        total = sum(blok.jumlah[k] for k in kinds)
        pakai = utama if total == sum(utama[k] for k in kinds) and total != sum(semua[k] for k in kinds) else semua
        tabel = sorted({b.tabel.nama for b in rows})
        out.append(Temuan(
            "JUMLAH_CAPAIAN_SALAH", TingkatTemuan.GALAT,
            f"Jumlah indikator menurut capaian tidak sesuai dengan {', '.join(tabel)}.",
            blok.lokasi, _jumlah_teks(blok.jumlah, kinds), _jumlah_teks(pakai, kinds),
        ))
    return out


def periksa_ringkasan(fakta: Fakta, konteks: KonteksPemda) -> list[Temuan]:
    """'Rata-rata capaian' and 'Total capaian' rows against the rows above them."""
    out: list[Temuan] = []
    for r in fakta.ringkasan:
        rata, total = r.rata, r.total
        if rata is not None and rata.angka is not None and r.kinerja:
            vals = [c for c in (_capaian_baris(b, fakta, konteks) for b in r.kinerja) if c is not None]
            if vals:
                mean = sum(vals, ZERO) / len(vals)
                if bandingkan_cetak(mean, rata.angka, rata.desimal) is not Kecocokan.SAMA:
                    out.append(Temuan(
                        "RATA_RATA_SALAH", TingkatTemuan.GALAT,
                        f"Rata-rata capaian {r.tabel.nama} tercetak {rata.teks}, padahal rata-rata "
                        f"{len(vals)} capaian di atasnya {_persen_kira(mean, 2)}.",
                        r.lokasi, rata.teks, _persen_kira(mean, rata.desimal),
                    ))
        if total is not None and total.angka is not None and r.anggaran:
            rows = [a for a in r.anggaran if _d(a.pagu) is not None and _d(a.realisasi) is not None]
            if rows and len(rows) == len(r.anggaran):
                p = _jumlah(a.pagu for a in rows)
                q = _jumlah(a.realisasi for a in rows)
                if p and bandingkan_cetak(q / p * HUNDRED, total.angka, total.desimal) is not Kecocokan.SAMA:
                    out.append(Temuan(
                        "PERSEN_ANGGARAN_SALAH", TingkatTemuan.GALAT,
                        f"Total capaian anggaran {r.tabel.nama} tercetak {total.teks}, padahal "
                        f"{rupiah_teks(q)} / {rupiah_teks(p)} = {_persen_kira(q / p * HUNDRED, 2)}.",
                        r.lokasi, total.teks, _persen_kira(q / p * HUNDRED, total.desimal),
                    ))
    return out


def periksa_kalimat(fakta: Fakta, konteks: KonteksPemda) -> list[Temuan]:
    """Averages, efisiensi and budget totals stated in sentences."""
    out: list[Temuan] = []
    for k in fakta.kalimat:
        if k.jenis == "rata_rata":
            x = k.nilai["x"]
            vals = [v.angka for v in k.komponen if v.angka is not None]
            if x.angka is None or len(vals) < 2:
                continue
            mean = sum(vals, ZERO) / len(vals)
            d = x.desimal
            if bandingkan_cetak(mean, x.angka, d) is Kecocokan.SAMA:
                continue
            parts = " dan ".join(v.teks for v in k.komponen)
            out.append(Temuan(
                "RATA_RATA_SALAH", TingkatTemuan.GALAT,
                f"Kalimat menyebut {x.teks} sebagai rata-rata dari {parts}, padahal rata-ratanya "
                f"{angka_teks(mean, max(d, 2))}.",
                k.lokasi, x.teks, f"{angka_teks(mean, max(d, 2))} (rata-rata {parts})",
            ))
        elif k.jenis == "efisiensi":
            kin, ang, ef = k.nilai["k"], k.nilai["a"], k.nilai["e"]
            if kin.angka is None or ang.angka is None or ef.angka is None:
                continue
            e1 = kin.angka - ang.angka
            cands = [e1] + ([kin.angka / ang.angka * HUNDRED - HUNDRED] if ang.angka else [])
            if any(bandingkan_cetak(c, ef.angka, ef.desimal) is Kecocokan.SAMA for c in cands):
                continue
            out.append(Temuan(
                "EFISIENSI_SALAH", TingkatTemuan.GALAT,
                f"Efisiensi tercetak {ef.teks}, padahal capaian kinerja {kin.teks} dikurangi capaian "
                f"keuangan {ang.teks} = {_persen_kira(e1, 2)}.",
                k.lokasi, ef.teks, _persen_kira(e1, max(ef.desimal, 2)),
            ))
        elif k.jenis == "anggaran":
            out.extend(_cek_kalimat_anggaran(k.nilai, k.lokasi, fakta, k.teks))
        elif k.jenis == "predikat":
            v = k.nilai["v"]
            if v.angka is None:
                continue
            scale = STANDARD_SCALES["sakip"]
            if label_sesuai(scale, k.nama, v.angka) is False:
                got = scale.classify(v.angka)
                out.append(Temuan(
                    "KATEGORI_SALAH", TingkatTemuan.GALAT,
                    f"Predikat {k.nama} tidak sesuai dengan nilai {v.teks} pada skala predikat SAKIP.",
                    k.lokasi, f"predikat {k.nama} untuk nilai {v.teks}",
                    f"predikat {got.kode if got else '-'} ({got.label if got else '-'})",
                ))
    return out


def _total_tabel_anggaran(fakta: Fakta) -> tuple[Decimal, Decimal, str] | None:
    rows = [a for a in fakta.anggaran if a.jenis == "realisasi"]
    if not rows:
        return None
    first = rows[0].tabel
    rows = [a for a in rows if a.tabel is first]
    total = [a for a in rows if a.tingkat == "total"]
    if total:
        top = total[:1]
    else:
        programs = [a for a in rows if a.tingkat == "program"]
        top = programs or [a for a in rows if a.tingkat in ("sub", "baris")]
    if not all(_d(a.pagu) is not None and _d(a.realisasi) is not None for a in top):
        return None
    return _jumlah(a.pagu for a in top), _jumlah(a.realisasi for a in top), first.nama


# a sentence about the budget of the whole PD, not of one program or indicator
_RE_SELURUH = re.compile(r"total\s+(pagu|anggaran)|kinerja\s+keuangan|^\s*anggaran\s+(?!program|kegiatan)\w+|"
                         r"pagu\s+anggaran\s+(kecamatan|dinas|badan|bagian|sekretariat|inspektorat|satuan|kantor|"
                         r"rsud|kelurahan)", re.IGNORECASE)


def _cek_kalimat_anggaran(nilai: dict[str, Nilai], lokasi: str, fakta: Fakta, teks: str = "") -> list[Temuan]:
    p, r, c = nilai["p"], nilai["r"], nilai["c"]
    out: list[Temuan] = []
    if p.angka and r.angka is not None and c.angka is not None:
        pct = r.angka / p.angka * HUNDRED
        if bandingkan_cetak(pct, c.angka, c.desimal) is not Kecocokan.SAMA:
            out.append(Temuan(
                "PERSEN_ANGGARAN_SALAH", TingkatTemuan.GALAT,
                f"Kalimat menyebut realisasi {r.teks} dari pagu {p.teks} sebesar {c.teks}, padahal "
                f"{_persen_kira(pct, 2)}.",
                lokasi, c.teks, _persen_kira(pct, c.desimal),
            ))
    total = _total_tabel_anggaran(fakta)
    if total and p.angka is not None and r.angka is not None and _RE_SELURUH.search(teks):
        tp, tr, nama = total
        beda = [(lab, v, w) for lab, v, w in (("pagu", p, tp), ("realisasi", r, tr)) if v.angka != w]
        if beda:
            out.append(Temuan(
                "ANGGARAN_KALIMAT_BEDA", TingkatTemuan.GALAT,
                f"Jumlah anggaran dalam kalimat berbeda dengan {nama}.",
                lokasi, "; ".join(f"{lab} {v.teks}" for lab, v, _ in beda),
                "; ".join(f"{lab} {rupiah_teks(w)}" for lab, _, w in beda),
            ))
    return out


# -- budget -------------------------------------------------------------------------------------

def periksa_anggaran(fakta: Fakta, konteks: KonteksPemda) -> list[Temuan]:
    """Serapan per line, and every parent line against the sum of its children."""
    out: list[Temuan] = []
    for a in fakta.anggaran:
        pagu, real, persen = _d(a.pagu), _d(a.realisasi), a.persen
        if not pagu or real is None or persen is None or persen.angka is None:
            continue
        pct = real / pagu * HUNDRED
        if bandingkan_cetak(pct, persen.angka, persen.desimal) is not Kecocokan.SAMA:
            out.append(Temuan(
                "PERSEN_ANGGARAN_SALAH", TingkatTemuan.GALAT,
                f"Persentase realisasi {a.nama} tercetak {persen.teks}, padahal "
                f"{rupiah_teks(real)} / {rupiah_teks(pagu)} = {_persen_kira(pct, 2)}.",
                a.lokasi, persen.teks, _persen_kira(pct, persen.desimal),
            ))
    by_table: dict[int, list[BarisAnggaranDokumen]] = defaultdict(list)
    for a in fakta.anggaran:
        if a.jenis == "realisasi":
            by_table[id(a.tabel)].append(a)
    for rows in by_table.values():
        out.extend(_cek_hierarki(rows))
    for j in fakta.jumlah:
        parts = j.rincian or j.subtotal
        if not parts or j.nilai.angka is None:
            continue
        total = sum((v.angka for _, v in parts if v.angka is not None), ZERO)
        alt = sum((v.angka for _, v in j.subtotal if v.angka is not None), ZERO) if j.subtotal else None
        if total == j.nilai.angka or alt == j.nilai.angka:
            continue
        out.append(Temuan(
            "JUMLAH_SALAH", TingkatTemuan.GALAT,
            f"{j.label} tercetak {j.nilai.teks}, padahal jumlah rinciannya {angka_teks(total, j.nilai.desimal)}.",
            j.lokasi, j.nilai.teks, angka_teks(total, j.nilai.desimal),
        ))
    return out


_TINGKAT_ANAK = {"total": ("program", "kegiatan", "sub"), "program": ("kegiatan", "sub"), "kegiatan": ("sub",)}


def _cek_hierarki(rows: list[BarisAnggaranDokumen]) -> list[Temuan]:
    out: list[Temuan] = []
    for i, parent in enumerate(rows):
        if parent.tingkat not in _TINGKAT_ANAK:
            continue
        children: list[BarisAnggaranDokumen] = []
        level: str | None = None
        for a in rows[i + 1:]:
            if a.tingkat == parent.tingkat or a.tingkat == "total" or (
                    parent.tingkat == "kegiatan" and a.tingkat == "program"):
                break
            if level is None and a.tingkat in _TINGKAT_ANAK[parent.tingkat]:
                level = a.tingkat
            if a.tingkat == level:
                children.append(a)
        if not children:
            continue
        for medan in ("pagu", "realisasi"):
            pv: Nilai | None = getattr(parent, medan)
            vals = [getattr(c, medan) for c in children]
            if pv is None or pv.angka is None or any(v is None or v.angka is None for v in vals):
                continue
            s = sum((v.angka for v in vals), ZERO)
            if s != pv.angka:
                out.append(Temuan(
                    "JUMLAH_ANGGARAN_SALAH", TingkatTemuan.GALAT,
                    f"{'Pagu' if medan == 'pagu' else 'Realisasi'} {parent.nama} tercetak {pv.teks}, padahal "
                    f"jumlah {len(children)} baris rinciannya {rupiah_teks(s)}.",
                    parent.lokasi, pv.teks, rupiah_teks(s),
                ))
    return out


def _program_rows(fakta: Fakta) -> list[BarisAnggaranDokumen]:
    return [a for a in fakta.anggaran if a.jenis == "program"]


def periksa_anggaran_pk(fakta: Fakta, konteks: KonteksPemda) -> list[Temuan]:
    """PK budgets: each must appear in another budget table, the latest must equal the DPA."""
    lists = _program_rows(fakta)
    lampiran = [a for a in lists if a.lampiran_pk] or lists
    out = _anggaran_pk_tanpa_padanan(fakta, lampiran)
    out += _anggaran_pk_beda_dpa(fakta, lampiran)
    if any(a.lampiran_pk for a in lists):
        out += _anggaran_pk_tabel_beda(lists, lampiran)
    return out


def _kunci_anggaran(a: BarisAnggaranDokumen) -> str:
    return a.kode or kunci_program(a.nama)


def _anggaran_pk_tanpa_padanan(fakta: Fakta, lampiran: list[BarisAnggaranDokumen]) -> list[Temuan]:
    """A PK budget that other budget tables list with other amounts only."""
    key = _kunci_anggaran
    out: list[Temuan] = []
    others = [a for a in fakta.anggaran if a.jenis in ("program", "realisasi") and a.tingkat in ("program", "sub")]
    for a in lampiran:
        if a.pagu is None or a.pagu.angka is None:
            continue
        same = [o for o in others if o.tabel is not a.tabel and key(o) == key(a)]
        if not same:
            continue
        if any(o.pagu and o.pagu.angka == a.pagu.angka for o in same):
            continue
        found: dict[Decimal, list[str]] = defaultdict(list)
        for o in same:
            if o.pagu is not None and o.pagu.angka is not None:
                found[o.pagu.angka].append(o.tabel.nama)
        out.append(Temuan(
            "ANGGARAN_PK_TANPA_PADANAN", TingkatTemuan.GALAT,
            f"Anggaran {a.nama} pada perjanjian kinerja ({a.pagu.teks}) tidak ada di tabel anggaran mana pun.",
            a.lokasi, a.pagu.teks,
            "tabel lain mencetak " + "; ".join(f"{rupiah_teks(v)} ({', '.join(dict.fromkeys(w))})"
                                               for v, w in found.items()),
        ))
    return out


def _anggaran_pk_beda_dpa(fakta: Fakta, lampiran: list[BarisAnggaranDokumen]) -> list[Temuan]:
    """The latest PK agrees the final budget: it must equal the pagu of the realisation table."""
    key = _kunci_anggaran
    out: list[Temuan] = []
    dpa = {key(o): o for o in fakta.anggaran if o.jenis == "realisasi" and o.tingkat == "program"}
    versions = sorted({a.pk for a in lampiran if a.pk}, key=lambda p: p == "perubahan")
    latest_pk = versions[-1] if versions else None
    for a in lampiran:
        if a.pk != latest_pk or a.pagu is None or a.pagu.angka is None:
            continue
        d = dpa.get(key(a))
        if d is None or d.pagu is None or d.pagu.angka is None or d.pagu.angka == a.pagu.angka:
            continue
        out.append(Temuan(
            "ANGGARAN_PK_BEDA_DPA", TingkatTemuan.PERINGATAN,
            f"Anggaran {a.nama} pada {_NAMA_PK.get(a.pk, 'perjanjian kinerja')} berbeda dengan pagu pada "
            f"{d.tabel.nama} (selisih {rupiah_teks(abs(a.pagu.angka - d.pagu.angka))}).",
            a.lokasi, a.pagu.teks, f"{d.pagu.teks} ({d.lokasi})",
        ))
    return out


def _anggaran_pk_tabel_beda(lists: list[BarisAnggaranDokumen], lampiran: list[BarisAnggaranDokumen]) -> list[Temuan]:
    """A budget table printed with one PK must repeat that PK's own budget."""
    key = _kunci_anggaran
    out: list[Temuan] = []
    by_pk = {pk: {key(a): a for a in lampiran if a.pk == pk} for pk in ("awal", "perubahan")}
    tables: dict[int, list[BarisAnggaranDokumen]] = defaultdict(list)
    for a in lists:
        if not a.lampiran_pk and a.pk in by_pk and by_pk[a.pk]:
            tables[id(a.tabel)].append(a)
    for rows in tables.values():
        pk = rows[0].pk or "awal"  # only rows with a known PK were collected
        ref = by_pk[pk]
        beda = [a for a in rows if key(a) in ref and ref[key(a)].pagu and a.pagu
                and _d(ref[key(a)].pagu) != _d(a.pagu)]
        if not beda:
            continue
        other = "perubahan" if pk == "awal" else "awal"
        cocok_lain = by_pk[other] and all(
            key(a) in by_pk[other] and _d(by_pk[other][key(a)].pagu) == _d(a.pagu)
            for a in rows if a.pagu and a.pagu.ada)
        catatan = f"; isinya sama dengan lampiran {_NAMA_PK[other]}" if cocok_lain else ""
        out.append(Temuan(
            "ANGGARAN_PK_TABEL_BEDA", TingkatTemuan.PERINGATAN,
            f"{rows[0].tabel.nama} dicetak untuk {_NAMA_PK[pk]} tetapi anggarannya berbeda dengan "
            f"lampiran perjanjian kinerja itu{catatan}.",
            rows[0].tabel.lokasi_baris(rows[0].indeks),
            "; ".join(f"{a.nama}: {_v(a.pagu).teks}" for a in beda),
            "; ".join(f"{ref[key(a)].nama}: {_v(ref[key(a)].pagu).teks}" for a in beda),
        ))
    return out


# -- categories -------------------------------------------------------------------------------

_SKALA_KATA = [
    (re.compile(r"\bikm\b|kepuasan masyarakat|\bskm\b", re.IGNORECASE), "skm"),
    (re.compile(r"sakip|akip", re.IGNORECASE), "sakip"),
    (re.compile(r"profesionalitas|ip asn", re.IGNORECASE), "ip_asn"),
    (re.compile(r"kematangan", re.IGNORECASE), "kematangan"),
    (re.compile(r"efektivitas kelembagaan|komposit", re.IGNORECASE), "komposit"),
]


def _skala_untuk(nama: str, key: str, fakta: Fakta) -> list[tuple[AturanSkala, list[KelasTertulis], str]]:
    out: list[tuple[AturanSkala, list[KelasTertulis], str]] = []
    doc = fakta.skala.get(key)
    if doc is not None:
        out.append((doc.skala, doc.tertulis, "skala yang dicetak dokumen"))
    for rx, kode in _SKALA_KATA:
        if rx.search(nama):
            out.append((STANDARD_SCALES[kode], [], f"skala baku {STANDARD_SCALES[kode].nama}"))
            break
    return out


def periksa_kategori(fakta: Fakta, konteks: KonteksPemda) -> list[Temuan]:
    """A category printed beside a value ('79,13 (Tinggi)') must be the value's band."""
    out: list[Temuan] = []
    for b in fakta.kinerja:
        for medan in ("target", "realisasi"):
            v: Nilai | None = getattr(b, medan)
            if v is None or not v.label or v.angka is None:
                continue
            for scale, tertulis, asal in _skala_untuk(b.nama, b.kunci, fakta):
                ok = label_sesuai(scale, v.label, v.angka, tertulis=tertulis)
                if ok is None:
                    continue
                if not ok:
                    got = scale.classify(v.angka)
                    out.append(Temuan(
                        "KATEGORI_SALAH", TingkatTemuan.GALAT,
                        f"{_MEDAN[medan]} {b.nama} {v.teks}: kategori '{v.label}' tidak sesuai dengan {asal}.",
                        b.lokasi, v.teks, f"{angka_teks(v.angka, v.desimal)} ({got.label if got else '-'})",
                    ))
                break
    return out


# -- names, people, dates ----------------------------------------------------------------------

def _unit_sendiri(fakta: Fakta, konteks: KonteksPemda) -> str | None:
    counts: Counter[str] = Counter()
    text = "\n".join(t for t, _ in fakta.teks_polos[:400])
    for u in konteks.unit:
        n = len(re.findall(rf"\b{re.escape(u.nama)}\b", text, re.IGNORECASE))
        if n:
            counts[u.nama] = n
    if not counts:
        return None
    nama, n = counts.most_common(1)[0]
    return nama if n >= 3 else None


def periksa_nama_unit(fakta: Fakta, konteks: KonteksPemda) -> list[Temuan]:
    """Another unit of the Pemda named where the report means itself (a copied paragraph)."""
    sendiri = _unit_sendiri(fakta, konteks)
    if sendiri is None:
        return []
    units = {u.nama: u for u in konteks.unit}
    me = units[sendiri]
    keluarga = {sendiri}
    cur = me
    while cur.induk and cur.induk in units and cur.induk not in keluarga:
        keluarga.add(cur.induk)
        cur = units[cur.induk]
    anak = {u.nama for u in konteks.unit if u.induk == sendiri}
    jenis_anak = {units[n].jenis for n in anak}
    saudara = [u for u in konteks.unit if u.nama not in keluarga | anak
               and (u.jenis == me.jenis or u.jenis in jenis_anak)]
    out: list[Temuan] = []
    patterns = []
    for u in saudara:
        head, _, tail = u.nama.partition(" ")
        alt = f"(?:{re.escape(head)}|Kec\\.)" if head.casefold() == "kecamatan" else re.escape(head)
        patterns.append((u, re.compile(rf"\b{alt}\s+{re.escape(tail)}\b", re.IGNORECASE)))
    for line, lokasi in fakta.teks_polos:
        low = line.casefold()
        if "sebelah" in low or "batas" in low or "berbatasan" in low:
            continue  # the neighbours of a wilayah are named on purpose
        for u, rx in patterns:
            m = rx.search(line)
            if m:
                out.append(Temuan(
                    "NAMA_UNIT_LAIN", TingkatTemuan.GALAT,
                    f"Laporan {sendiri} menyebut {u.nama}; kemungkinan salinan dari laporan unit lain.",
                    lokasi, m.group(0), sendiri,
                ))
    return out


def periksa_nip(fakta: Fakta, konteks: KonteksPemda) -> list[Temuan]:
    """One person, one NIP; and every NIP a valid 18-digit NIP."""
    out: list[Temuan] = []
    by_person: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for n in fakta.nip:
        try:
            parse_nip(n.nip)
        except NIPError as exc:
            out.append(Temuan("NIP_TIDAK_SAH", TingkatTemuan.GALAT, f"NIP {n.nip} tidak sah: {exc}.", n.lokasi, n.nip,
                              "NIP 18 angka yang sah"))
            continue
        if n.kunci:
            by_person[n.kunci].append((n.nip, n.lokasi, n.nama))
    for rows in by_person.values():
        nips = Counter(nip for nip, _, _ in rows)
        if len(nips) < 2:
            continue
        (utama, kali), (_, kali2) = nips.most_common(2)
        if kali == kali2:
            # as often one as the other: say so instead of picking one
            out.append(Temuan(
                "NIP_GANDA", TingkatTemuan.GALAT,
                f"{rows[0][2]} tercetak dengan {len(nips)} NIP yang berbeda.",
                "; ".join(lok for _, lok, _ in rows),
                "; ".join(f"{nip} ({lok})" for nip, lok, _ in rows),
                "satu NIP yang sama di setiap tanda tangan",
            ))
            continue
        lain = [(nip, lok) for nip, lok, _ in rows if nip != utama]
        out.append(Temuan(
            "NIP_GANDA", TingkatTemuan.GALAT,
            f"{rows[0][2]} tercetak dengan {len(nips)} NIP yang berbeda.",
            "; ".join(lok for _, lok in lain),
            "; ".join(f"{nip} ({lok})" for nip, lok in lain),
            f"{utama} ({', '.join(lok for nip, lok, _ in rows if nip == utama)})",
        ))
    known = {kunci_orang(p.nama): p.nip for p in konteks.pejabat if p.nip}
    for person, rows in by_person.items():
        stored = known.get(person)
        if stored and all(nip != stored for nip, _, _ in rows):
            out.append(Temuan(
                "NIP_BEDA_DATA", TingkatTemuan.PERINGATAN,
                f"NIP {rows[0][2]} berbeda dengan NIP yang tersimpan di Sakip.",
                rows[0][1], rows[0][0], stored,
            ))
    return out


def periksa_tercetak(fakta: Fakta, konteks: KonteksPemda) -> list[Temuan]:
    """Malformed amounts and decimals, impossible dates, periods and regulation years."""
    out: list[Temuan] = []
    periods: Counter[tuple[str, str]] = Counter()
    for t in fakta.tercetak:
        if t.jenis == "periode":
            periods[(t.data["a"], t.data["b"])] += 1
    dominan = {p for p, n in periods.items() if n >= 3 and p[0] <= p[1]}
    rujukan: dict[tuple[str, str], list[Tercetak]] = defaultdict(list)
    for t in fakta.tercetak:
        if t.jenis == "rupiah":
            out.append(Temuan("FORMAT_RUPIAH", TingkatTemuan.GALAT,
                              f"Jumlah uang {t.teks} ditulis salah: {t.data['cacat']}.", t.lokasi, t.teks,
                              _saran_rupiah(t.teks)))
        elif t.jenis == "desimal_titik" and not fakta.ocr:
            out.append(Temuan("FORMAT_ANGKA", TingkatTemuan.PERINGATAN,
                              f"Angka {t.teks} memakai titik sebagai pemisah desimal.", t.lokasi, t.teks,
                              t.teks.replace(".", ",")))
        elif t.jenis == "tanggal":
            out.extend(_cek_tanggal(t.teks, t.data, t.lokasi))
        elif t.jenis == "periode":
            out.extend(_cek_periode(t, periods, dominan))
        elif t.jenis == "rujukan":
            rujukan[(t.data["penerbit"], t.data["nomor"])].append(t)
    for (_, nomor), rows in rujukan.items():
        out.extend(_cek_rujukan(nomor, rows))
    return out


def _cek_periode(t: Tercetak, periods: Counter[tuple[str, str]], dominan: set[tuple[str, str]]) -> list[Temuan]:
    """A reversed period, or one printed once beside the period the whole document uses."""
    a, b = t.data["a"], t.data["b"]
    if b < a:
        return [Temuan("PERIODE_TIDAK_SAH", TingkatTemuan.GALAT,
                       f"Rentang tahun {a}-{b} terbalik.", t.lokasi, t.teks, f"{a}-{int(a) + 4}")]
    if (a, b) not in dominan and any(d[0] == a for d in dominan) and periods[(a, b)] == 1:
        benar = next(d for d in sorted(dominan) if d[0] == a)
        return [Temuan("PERIODE_TIDAK_SAH", TingkatTemuan.PERINGATAN,
                       f"Periode {a}-{b} berbeda dengan periode {benar[0]}-{benar[1]} yang dipakai "
                       f"di seluruh dokumen.", t.lokasi, t.teks, f"{benar[0]}-{benar[1]}")]
    return []


def _cek_rujukan(nomor: str, rows: list[Tercetak]) -> list[Temuan]:
    """One regulation number quoted with a year that differs from the one quoted most often."""
    years = Counter(t.data["tahun"] for t in rows)
    if len(years) < 2:
        return []
    (utama, n_utama), *rest = years.most_common()
    if n_utama < 2:
        return []
    ref = next(t for t in rows if t.data["tahun"] == utama)
    out: list[Temuan] = []
    for t in rows:
        if t.data["tahun"] == utama or years[t.data["tahun"]] > 1:
            continue
        if t.data["tentang"] and ref.data["tentang"] and t.data["tentang"][:20] != ref.data["tentang"][:20]:
            continue  # a different regulation with the same number
        out.append(Temuan(
            "RUJUKAN_TAHUN_BEDA", TingkatTemuan.PERINGATAN,
            f"Peraturan nomor {nomor} dikutip dengan tahun {t.data['tahun']}, di tempat lain tahun {utama}.",
            t.lokasi, t.data["cetak"], f"Nomor {nomor} Tahun {utama} ({ref.lokasi})",
        ))
    return out


def _saran_rupiah(teks: str) -> str:
    """'Rp. 4.038.790.0000' -> 'Rp 4.038.790.000 (bila angka terakhir berlebih)'."""
    groups = re.sub(r"^\D*", "", teks).split(",")[0].split(".")
    if len(groups) > 1 and len(groups[-1]) == 4:
        return f"{rupiah_teks(Decimal(''.join(groups)[:-1]))} (bila angka terakhir berlebih)"
    return "angka dalam kelompok tiga digit yang dipisah titik"


_BULAN = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
          "november", "desember"]


def _mirip(a: str, b: str) -> bool:
    """At most one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i, j = i + 1, j + 1
            continue
        edits += 1
        if len(a) > len(b):
            i += 1
        elif len(b) > len(a):
            j += 1
        else:
            i, j = i + 1, j + 1
    return edits + (len(a) - i) + (len(b) - j) <= 1


# old official spellings still printed by many Pemdas: not a typo
_BULAN_LAMA = {"pebruari": "februari", "nopember": "november", "nopembar": "november", "agustos": "agustus"}


def _cek_tanggal(teks: str, data: dict[str, str], lokasi: str) -> list[Temuan]:
    bulan = data["bulan"].casefold()
    bulan = _BULAN_LAMA.get(bulan, bulan)
    if bulan in _BULAN:
        m = _BULAN.index(bulan) + 1
        d, y = int(data["d"]), int(data["y"])
        last = calendar.monthrange(y, m)[1]
        if 1 <= d <= last:
            return []
        return [Temuan("TANGGAL_TIDAK_SAH", TingkatTemuan.GALAT, f"Tanggal {teks} tidak ada ({data['bulan']} {y} hanya "
                       f"{last} hari).", lokasi, teks, f"tanggal 1-{last} {data['bulan']} {y}")]
    near = [b for b in _BULAN if _mirip(bulan, b)]
    if near:
        return [Temuan("TANGGAL_TIDAK_SAH", TingkatTemuan.PERINGATAN, f"Nama bulan pada tanggal {teks} salah tulis.",
                       lokasi, teks, f"{data['d']} {near[0].capitalize()} {data['y']}")]
    return []


SEMUA_PERIKSA: list[Periksa] = [
    periksa_capaian, periksa_triwulan, periksa_konsistensi, periksa_jumlah, periksa_ringkasan,
    periksa_kalimat, periksa_anggaran, periksa_anggaran_pk, periksa_kategori, periksa_nama_unit,
    periksa_nip, periksa_tercetak,
]
