"""The evaluation and its recommendations as the commands print them (text or JSON)."""

from __future__ import annotations

from datetime import date

from sakip.core.formatting import angka, tanggal

from .models import Evaluasi, Rekomendasi, StatusRekomendasi
from .nilai import Lembar, ringkas


def lembar_teks(lb: Lembar) -> str:
    d = ringkas(lb)
    ev = lb.evaluasi
    out = [f"Evaluasi AKIP {ev.unit.nama} {ev.tahun} ({ev.get_status_display()})",
           f"Nilai: {angka(ev.nilai_total if ev.final and ev.nilai_total is not None else lb.total)} "
           f"/ Predikat {d['predikat']} ({lb.predikat.label})", ""]
    for k in d["komponen"]:  # type: ignore[attr-defined]  # the dict built by ringkas
        out.append(f"{k['kode']}. {k['nama']:<45} bobot {angka(k['bobot'])}  nilai {angka(k['nilai'])}")
        for s in k["subkomponen"]:
            jawab = " ".join(c["jawaban"] or "-" for c in s["kriteria"])
            out.append(f"   {s['kode']:<5} bobot {angka(s['bobot']):>6}  nilai {angka(s['nilai']):>6}  {jawab}")
    for p in lb.peringatan:
        out.append(f"Peringatan {p.kode}: {p.pesan}")
    return "\n".join(out) + "\n"


def terlambat(r: Rekomendasi, hari_ini: date) -> bool:
    """Past its deadline and not verified as settled."""
    return r.status != StatusRekomendasi.TUNTAS and r.batas_waktu < hari_ini


def rekomendasi_dict(ev: Evaluasi, rek: list[Rekomendasi], hari_ini: date) -> dict[str, object]:
    """The recommendations as ``sakip tindak-lanjut --json`` and the API give them (``id`` for the API's POST)."""
    return {"pd": ev.unit.slug, "tahun": ev.tahun, "rekomendasi": [
        {"id": r.pk, "uraian": r.uraian, "prioritas": r.prioritas, "batas_waktu": r.batas_waktu.isoformat(), "status": r.status,
         "pemilik": r.unit.slug, "kriteria": r.kriteria.kode if r.kriteria else None,
         "terlambat": terlambat(r, hari_ini),
         "tindak_lanjut": [{"tanggal": t.tanggal.isoformat(), "uraian": t.uraian, "url": t.url,
                            "berkas": bool(t.berkas)} for t in r.tindak_lanjut.all()],
         "catatan_verifikasi": r.catatan_verifikasi}
        for r in rek]}


def rekomendasi_teks(ev: Evaluasi, rek: list[Rekomendasi], hari_ini: date) -> str:
    out = [f"Rekomendasi LHE {ev.unit.nama} {ev.tahun}"]
    for i, r in enumerate(rek, 1):
        tanda = " TERLAMBAT" if terlambat(r, hari_ini) else ""
        out.append(f"{i}. [{r.get_prioritas_display()}] {r.uraian}")
        out.append(f"   batas {tanggal(r.batas_waktu)}; status {r.get_status_display()}{tanda}; "
                   f"{r.tindak_lanjut.count()} tindak lanjut")
    if not rek:
        out.append("(tidak ada rekomendasi)")
    return "\n".join(out) + "\n"
