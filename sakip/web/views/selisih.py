"""Why a program's budget in the PK differs from its DPA pagu: read and written on one page.

The explanation is stored on the DPA program line (``anggaran.atur_penjelasan_selisih_pk``) and
printed under Tabel III.4.c of the LKjIP.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from sakip.anggaran.models import MataAnggaran
from sakip.anggaran.services import atur_penjelasan_selisih_pk
from sakip.core.keterkaitan import selisih_pk_dpa
from sakip.organisasi.akses import Aksi, unit_for_user
from sakip.pengukuran.services import budget_lines, pk_tahun
from sakip.web.muat import mata_anggaran_unit, periode_tahun
from sakip.web.views.bantu import konteks_pd


@login_required
@require_http_methods(["GET", "POST"])
def selisih_anggaran(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    unit = unit_for_user(request.user, slug, Aksi.ISI if request.method == "POST" else Aksi.LIHAT)
    periode_tahun(unit, tahun)
    program = {m.kode: m for m in MataAnggaran.objects.filter(unit=unit, tahun=tahun, tingkat__in=("program",
                                                                                                   "kegiatan"))
               .exclude(kode="")}
    if request.method == "POST":
        diubah = 0
        for m in program.values():
            kunci = f"penjelasan-{m.pk}"
            if kunci in request.POST:
                line = mata_anggaran_unit(unit, m.pk)
                try:
                    diubah += atur_penjelasan_selisih_pk(line, request.POST[kunci])
                except ValidationError as exc:
                    messages.error(request, f"{line.kode} {line.nama}: {' '.join(exc.messages)}")
        if diubah:
            messages.success(request, f"{diubah} penjelasan selisih disimpan.")
        return redirect("web:selisih_anggaran", unit.slug, tahun)
    pks = pk_tahun(unit, tahun)
    rows = selisih_pk_dpa([(a.kode, a.nama, a.jumlah) for a in pks[-1].anggaran.all()], budget_lines(unit, tahun)) \
        if pks else []
    return render(request, "web/selisih_anggaran.html", {
        **konteks_pd(request, unit, "laporan", tahun), "pk": pks[-1] if pks else None,
        "baris": [(r, program.get(r.kode)) for r in rows],
    })
