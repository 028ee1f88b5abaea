"""The demo's Evaluasi AKIP 2025: a final evaluation for every PD whose total is the Nilai SAKIP
the demo data holds for 2025 (Mojosari 84,32, Sekretariat Daerah 86,19, ...).

The typed 2025 figure is read, an answer set giving exactly that total is searched
(``sakip.evaluasi.cari``), entered as the team's answers and made final; the typed figure is
then removed and the PD's Nilai SAKIP indicators (of each period that measures 2025) read the
evaluation from 2025 on. Earlier years keep their typed history (evaluated outside Sakip).
See docs/demo-data.md.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from django.contrib.auth.models import User

from sakip.evaluasi import services as evaluasi
from sakip.evaluasi.cari import Sub, cari_jawaban
from sakip.evaluasi.nilai import struktur, template_untuk
from sakip.organisasi.models import Pemda, Unit
from sakip.pengukuran.services import realisasi_tahunan
from sakip.perencanaan import services as perencanaan
from sakip.perencanaan.models import Indikator
from sakip.realisasi import services as realisasi
from sakip.realisasi.models import Realisasi

TAHUN = 2025
TANGGAL_FINAL = date(2025, 11, 28)
# Demo evaluators (Inspektorat staff) and the PD each is assigned to.
EVALUATOR = [("evaluator.mojosari", "kecamatan-mojosari", "ketua"), ("anggota.mojosari", "kecamatan-mojosari", "anggota"),
             ("evaluator.organisasi", "bagian-organisasi", "ketua")]
# Recommendations of Mojosari's LHE 2025 (demo text, in the style of the reference LKjIP's BAB IV).
REKOMENDASI = [
    ("Menyempurnakan indikator kinerja individu agar selaras dengan IKU kecamatan (cascading sampai pelaksana).",
     "tinggi", date(2026, 3, 31), "1.b.8"),
    ("Memanfaatkan hasil pemantauan capaian triwulanan untuk menyesuaikan rencana aksi.", "sedang",
     date(2026, 6, 30), "1.c.4"),
    ("Menyajikan perbandingan capaian dengan standar nasional dalam LKjIP.", "rendah", date(2026, 9, 30), "3.b.6"),
]


def muat_evaluasi_demo(pemda: Pemda) -> dict[str, Decimal]:
    """Final 2025 evaluations reproducing each PD's typed Nilai SAKIP; the totals by PD slug."""
    template = template_untuk(TAHUN)
    if template is None:  # seeded by the evaluasi migrations
        raise ValueError(f"Tidak ada LKE yang berlaku untuk {TAHUN}.")
    st = struktur(template)
    subs = [Sub(f"{k.kode}.{s.kode}", s.perspektif, s.bobot, sum(1 for c in st.kriteria if c.sub_id == s.pk))
            for k in st.komponen for s in k.sub.all()]
    inds = list(Indikator.objects.filter(unit__pemda=pemda, kode_standar="nilai_sakip", periode__tahun_mulai__lte=TAHUN,
                                         periode__tahun_selesai__gte=TAHUN)
                .exclude(unit__jenis="pemda").select_related("unit").order_by("unit__urutan", "unit__nama", "pk"))
    nilai = realisasi_tahunan([i.pk for i in inds], TAHUN, {i.pk: i.agregasi for i in inds})
    per_unit: dict[Unit, list[Indikator]] = defaultdict(list)
    for i in inds:
        per_unit[i.unit].append(i)
    totals: dict[str, Decimal] = {}
    tersimpan = set(Realisasi.objects.filter(indikator__in=inds, tahun=TAHUN).values_list("indikator_id", "bagian"))
    for unit, own in per_unit.items():
        target = next((nilai[i.pk] for i in own if nilai.get(i.pk) is not None), None)
        if target is None:
            continue
        target = target.quantize(Decimal("0.01"))
        huruf = cari_jawaban(subs, target)
        jawaban = {f"{kode}.{n}": h for kode, hs in huruf.items() for n, h in enumerate(hs, 1)}
        for i in own:  # the typed figure gives way to the evaluation
            bagian = {b: None for (ind_id, b) in tersimpan if ind_id == i.pk}
            if bagian:
                realisasi.catat_realisasi(i, TAHUN, bagian)
            perencanaan.atur_turunan(i, fungsi="nilai_lke", cakupan="sendiri", mulai_tahun=TAHUN)
        ev = evaluasi.muat_evaluasi_final(unit, TAHUN, jawaban, tanggal=TANGGAL_FINAL,
                                          nomor_lhe=f"700/{len(totals) + 1:03d}/416-060/2025")
        totals[unit.slug] = ev.nilai_total
    return totals


def muat_evaluator_demo(pemda: Pemda, password: str) -> None:
    """Demo Inspektorat evaluators, each assigned to one PD, and Mojosari's LHE recommendations."""
    units = {u.slug: u for u in Unit.objects.filter(pemda=pemda, slug__in={s for _, s, _ in EVALUATOR})}
    for username, slug, peran in EVALUATOR:
        user = User.objects.create_user(username, password=password)
        evaluasi.tugaskan_evaluator(user, units[slug], peran)
    ev = evaluasi.mulai_evaluasi(units["kecamatan-mojosari"], TAHUN)
    evaluasi.simpan_lhe(ev, nomor_lhe=ev.nomor_lhe,
                        kekuatan="Dokumen perencanaan dan PK lengkap, ditetapkan dan dipublikasikan tepat waktu; "
                                 "realisasi triwulanan diisi dan disetujui berjenjang.",
                        kelemahan="Kinerja individu belum sepenuhnya diturunkan dari IKU; pemanfaatan hasil "
                                  "pengukuran untuk penyesuaian rencana aksi belum terdokumentasi.")
    kriteria = {k.kode: k for k in struktur(ev.template).kriteria}
    for uraian, prioritas, batas, kode in REKOMENDASI:
        evaluasi.tambah_rekomendasi(ev, uraian, prioritas=prioritas, batas_waktu=batas, kriteria=kriteria[kode])
