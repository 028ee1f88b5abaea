"""Reminders of overdue LHE recommendations (``sakip pengingat-rekomendasi``, for cron).

A recommendation is overdue when its deadline has passed and the Inspektorat has not verified it
as tuntas (``keluaran.terlambat``). The PD that owns it is told: its operators, who record the
follow-up, and its Kepala, who answers for it — in the inbox and by e-mail (``sakip.notifikasi``).

The rule that makes the command safe to re-run: a user is reminded **once per overdue state** of
a recommendation, the state being its deadline and its verified status. A second run the same
day, or any later day, sends nothing new; a new deadline that passes again, or a status the
Inspektorat moves (belum → dalam proses) while the deadline is still past, is a new state and is
reminded once more. A daily nag would teach people to ignore the inbox; the dashboards keep
showing what is overdue every day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.contrib.auth.models import User
from django.urls import NoReverseMatch, reverse

from sakip.core import formatting as fmt
from sakip.notifikasi.models import Notifikasi
from sakip.notifikasi.services import anggota_unit, kirim
from sakip.organisasi.models import Pemda, Peran

from .models import Rekomendasi, StatusRekomendasi


def kunci_pengingat(r: Rekomendasi) -> str:
    """The overdue state a reminder is sent once for (per user)."""
    return f"rekomendasi/{r.pk}/{r.batas_waktu.isoformat()}/{r.status}"


def rekomendasi_lewat(pemda: Pemda, hari_ini: date) -> list[Rekomendasi]:
    """The Pemda's recommendations past their deadline and not verified as tuntas (one query)."""
    return list(Rekomendasi.objects.filter(unit__pemda=pemda, batas_waktu__lt=hari_ini)
                .exclude(status=StatusRekomendasi.TUNTAS).select_related("unit", "evaluasi")
                .order_by("unit__urutan", "unit__nama", "batas_waktu", "pk"))


def _tautan(r: Rekomendasi) -> str:
    try:
        return reverse("web:tindak_lanjut", args=[r.evaluasi.unit.slug, r.evaluasi.tahun])
    except NoReverseMatch:  # commands without the web URLs loaded
        return ""


def kirim_pengingat_rekomendasi(pemda: Pemda, hari_ini: date) -> list[Notifikasi]:
    """Tell the operators and Kepala of each owning PD of every overdue recommendation (once per state)."""
    out: list[Notifikasi] = []
    penerima: dict[int, list[User]] = {}
    for r in rekomendasi_lewat(pemda, hari_ini):
        if r.unit_id not in penerima:
            penerima[r.unit_id] = anggota_unit(r.unit, [Peran.OPERATOR_PD, Peran.KEPALA_PD])
        hari = (hari_ini - r.batas_waktu).days
        out += kirim(penerima[r.unit_id], pemda=pemda, unit=r.unit, jenis="rekomendasi",
                     judul=f"Rekomendasi LHE {r.evaluasi.tahun} melewati batas waktu ({r.unit.nama})",
                     isi=(f"{r.uraian}\nBatas waktu {fmt.tanggal(r.batas_waktu)} terlewati {hari} hari; status "
                          f"{r.get_status_display().lower()}. Catat tindak lanjutnya dengan bukti agar "
                          "Inspektorat dapat memverifikasinya."),
                     tautan=_tautan(r), kunci=kunci_pengingat(r))
    return out


def kirim_semua(pemdas: Iterable[Pemda], hari_ini: date) -> dict[Pemda, int]:
    """Run the reminders for each Pemda; how many notifications each sent."""
    return {p: len(kirim_pengingat_rekomendasi(p, hari_ini)) for p in pemdas}
