"""The measurement of a PD-year as JSON-ready data and as a readable text table."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sakip.core import formatting as fmt
from sakip.core.aggregation import ROMAWI
from sakip.core.budget import BudgetLine
from sakip.core.measurement import BarisHasil, HasilPengukuran
from sakip.core.numbers import round2
from sakip.core.summary import Ringkasan


def money(value: Decimal) -> int | float:
    """Exact Rupiah as a JSON number: an int when whole, else a float of at most 15 digits."""
    if value == value.to_integral_value():
        return int(value)
    f = float(value)
    if Decimal(repr(f)) != value:
        raise ValueError(f"jumlah {value} tidak dapat ditulis persis sebagai angka JSON")
    return f


def pct(value: Decimal | None) -> float | None:
    """A percentage rounded to two decimals, as a JSON number."""
    r = round2(value)
    return None if r is None else float(r)


def number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    n = value.normalize()
    return int(n) if n == n.to_integral_value() else float(n)


def _ringkasan(r: Ringkasan) -> dict[str, Any]:
    return {
        "di_atas_100": r.di_atas_100,
        "sama_dengan_100": r.sama_dengan_100,
        "di_bawah_100": r.di_bawah_100,
        "tidak_terukur": r.tidak_terukur,
        "rata_rata_capaian": pct(r.rata_rata_capaian),
    }


def _rincian(lines: list[BudgetLine], triwulan: int = 4) -> list[dict[str, Any]]:
    out = []
    for root in lines:
        for line in root.walk():
            out.append({
                "kode": line.kode,
                "nama": line.nama,
                "tingkat": line.tingkat.value,
                "pagu": money(line.total_pagu),
                "realisasi": money(line.realisasi_sd(triwulan)),
                "persen": pct(line.persen(triwulan)),
            })
    return out


def _indikator(b: BarisHasil) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": b.input.key,
        "nama": b.input.nama,
        "kelompok": b.input.kelompok.value,
        "satuan": b.input.satuan,
        "target": number(b.input.target),
        "realisasi": number(b.realisasi),
        "capaian": pct(b.capaian.nilai),
        "kategori": b.kategori.teks if b.kategori else None,
    }
    if b.input.triwulan is not None:
        out["target_triwulan"] = (number(b.input.target_triwulan) if b.input.target_triwulan is not None
                                  else (b.input.teks_triwulan or None))
        out["realisasi_sd_triwulan"] = number(b.realisasi_triwulan)
        out["capaian_triwulan"] = pct(b.capaian_triwulan.nilai) if b.capaian_triwulan else None
    return out


def _anggaran(hasil: HasilPengukuran) -> dict[str, Any]:
    if hasil.triwulan is None or hasil.anggaran_triwulan is None:
        return {
            "pagu": money(hasil.anggaran.pagu),
            "realisasi": money(hasil.anggaran.realisasi),
            "persen": pct(hasil.anggaran.persen),
            "rincian": _rincian(hasil.rincian_anggaran),
        }
    a = hasil.anggaran_triwulan
    return {
        "triwulan": hasil.triwulan,
        "pagu": money(a.pagu),
        "realisasi": money(a.realisasi),
        "persen": pct(a.persen),
        "rencana": None if hasil.rencana_anggaran is None else money(hasil.rencana_anggaran),
        "realisasi_tahun": money(hasil.anggaran.realisasi),
        "rincian": _rincian(hasil.rincian_anggaran, hasil.triwulan),
    }


def as_dict(slug: str, tahun: int, hasil: HasilPengukuran) -> dict[str, Any]:
    """The shape `sakip measure --json` prints (issue #2); with a triwulan, the keys of issue #13 added."""
    return {
        "pd": slug,
        "tahun": tahun,
        "perjanjian_kinerja": [
            {
                "versi": pk.versi,
                "periode": pk.periode,
                "indikator": [_indikator(b) for b in pk.baris],
                "ringkasan": {"utama": _ringkasan(pk.utama), "semua": _ringkasan(pk.semua)},
            }
            for pk in hasil.pk
        ],
        "anggaran": _anggaran(hasil),
        "efisiensi": {
            "capaian_kinerja": pct(hasil.capaian_kinerja),
            "capaian_anggaran": pct(hasil.anggaran.persen),
            "efisiensi": pct(hasil.efisiensi),
        },
    }


def _table(headers: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True)))

    return [line(headers), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def as_text(nama: str, tahun: int, hasil: HasilPengukuran) -> str:
    """The same figures as a plain table for a terminal, in Indonesian notation."""
    out = [f"Pengukuran kinerja {nama} tahun {tahun}", ""]
    for pk in hasil.pk:
        judul = "Perjanjian Kinerja" if pk.versi == "awal" else "Perjanjian Kinerja Perubahan"
        out.append(f"{judul} (periode {pk.periode})")
        rows = [
            [
                "lainnya" if b.input.kelompok.value == "lainnya" else "utama",
                _clip(b.input.nama),
                fmt.angka_ringkas(b.input.target) + (f" {b.input.satuan}" if b.input.satuan else ""),
                fmt.angka(b.realisasi, b.input.desimal),
                fmt.persen(b.capaian.persen) if b.capaian.terukur else "tidak dapat diukur",
                b.kategori.teks if b.kategori else "",
            ]
            for b in pk.baris
        ]
        out += _table(["Kelompok", "Indikator", "Target", "Realisasi", "Capaian", "Kategori"], rows, {3, 4})
        if hasil.triwulan is not None:
            out.append(f"s.d. Triwulan {ROMAWI[hasil.triwulan]} (terhadap rencana aksi):")
            out += _table(["Indikator", "Target TW", "Realisasi s.d. TW", "Capaian TW"], [
                [_clip(b.input.nama),
                 fmt.angka_ringkas(b.input.target_triwulan) if b.input.target_triwulan is not None
                 else (b.input.teks_triwulan or "belum direncanakan"),
                 fmt.angka(b.realisasi_triwulan, b.input.desimal) if b.realisasi_triwulan is not None else "belum diisi",
                 fmt.persen(b.capaian_triwulan.persen) if b.capaian_triwulan and b.capaian_triwulan.terukur else "-"]
                for b in pk.baris], {2, 3})
        for label, r in (("Sasaran strategis", pk.utama), ("Termasuk kinerja lainnya", pk.semua)):
            out.append(
                f"{label}: {r.di_atas_100} di atas 100%, {r.sama_dengan_100} tepat 100%, "
                f"{r.di_bawah_100} di bawah 100%, {r.tidak_terukur} tidak dapat diukur; "
                f"rata-rata capaian {fmt.persen(r.rata_rata_capaian)}"
            )
        out.append("")
    a = hasil.anggaran
    out.append(f"Anggaran: pagu {fmt.rupiah(a.pagu)}, realisasi {fmt.rupiah(a.realisasi)} ({fmt.persen(a.persen)})")
    if hasil.triwulan is not None and hasil.anggaran_triwulan is not None:
        t = hasil.anggaran_triwulan
        rencana = fmt.rupiah(hasil.rencana_anggaran) if hasil.rencana_anggaran is not None else "belum diisi"
        out.append(f"Anggaran s.d. Triwulan {ROMAWI[hasil.triwulan]}: realisasi {fmt.rupiah(t.realisasi)} "
                   f"({fmt.persen(t.persen)}), rencana (anggaran kas) {rencana}")
    rows = []
    for root in hasil.rincian_anggaran:
        for line in root.walk():
            indent = {"program": "", "kegiatan": "  ", "sub_kegiatan": "    "}[line.tingkat.value]
            rows.append([line.kode, indent + _clip(line.nama, 70), fmt.angka(line.total_pagu, 0),
                         fmt.angka(line.total_realisasi, 0), fmt.persen(line.persen())])
    if rows:
        out += _table(["Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"], rows,
                      {2, 3, 4})
    out.append("")
    out.append(
        f"Efisiensi: capaian kinerja {fmt.persen(hasil.capaian_kinerja)} − capaian anggaran "
        f"{fmt.persen(a.persen)} = {fmt.angka(hasil.efisiensi)}"
    )
    return "\n".join(out) + "\n"
