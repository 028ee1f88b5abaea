"""The Inspektorat's workspace: every PD's reviu for a year, a PD's Kertas Kerja Reviu, the Pernyataan.

Rights (``sakip.organisasi.akses``): the overview is for the Pemda-wide reviewers (Inspektorat,
Admin Pemda: ``Aksi.REVIU``); a Kertas Kerja is read by whoever may read the PD; the reviewer
writes notes and resolves (``Aksi.REVIU``), the PD answers its own findings (``Aksi.ISI`` or
``Aksi.SETUJUI``: operator, kepala). Every write goes through ``sakip.kertaskerja.services``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods
from openpyxl import Workbook
from openpyxl.styles import Font

from sakip.core import formatting
from sakip.core.waktu import tahun_bawaan
from sakip.kertaskerja import services
from sakip.kertaskerja.models import HasilReviuDokumen, PernyataanReviu, StatusTemuan
from sakip.laporan.galat import KonversiGagal
from sakip.laporan.pernyataan import muat_pernyataan, render_pernyataan
from sakip.laporan.xlsx_aman import simpan_buku
from sakip.organisasi.akses import Aksi, allowed, unit_for_user
from sakip.organisasi.models import Jabatan, JenisUnit, Keanggotaan, Pemda, Peran, Unit
from sakip.pengukuran.dasbor import tahun_pemda, tahun_periode

from .forms_kkr import FormPernyataan, IsiKKR, Saring
from .kkr import KertasKerja, kertas_kerja, kertas_kerja_banyak

MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def pemda_reviu(user: object) -> Pemda:
    """The Pemda whose PDs the user reviews (Inspektorat, Admin Pemda); 403 for anyone else."""
    m = (Keanggotaan.objects.filter(user=user, peran__in=(Peran.INSPEKTORAT, Peran.ADMIN_PEMDA))
         .select_related("pemda").order_by("pk").first())
    if m is None or not allowed(user, Unit(pemda_id=m.pemda_id), Aksi.REVIU):  # type: ignore[arg-type]
        raise PermissionDenied("Ruang reviu hanya untuk Inspektorat dan Admin Pemda.")
    return m.pemda


def _tahun_sah(pemda_id: int, tahun: int) -> list[int]:
    years = tahun_periode(pemda_id)
    if tahun not in years:
        raise Http404(f"Tahun {tahun} tidak termasuk periode perencanaan mana pun.")
    return years


@dataclass
class BarisRuang:
    """One PD on the overview."""

    kk: KertasKerja
    pernyataan: PernyataanReviu | None
    dokumen: HasilReviuDokumen | None

    @property
    def unit(self) -> Unit:
        return self.kk.unit

    @property
    def jumlah_temuan(self) -> int:
        return sum(1 for b in self.kk.butir if b.muncul)

    @property
    def status(self) -> tuple[str, str]:
        """(css key, text) of the PD's reviu status."""
        if self.pernyataan is not None and self.kk.siap_pernyataan:
            return "selesai", "Telah direviu"
        if not self.jumlah_temuan:
            return "bersih", "Tanpa temuan"
        terbuka = len(self.kk.terbuka)
        if not terbuka:
            return "dijelaskan", "Temuan tuntas"
        return "terbuka", f"{terbuka} temuan belum tuntas"


def _cocok(b: BarisRuang, tingkat: str, status: str) -> bool:
    if tingkat and not b.kk.jumlah_tingkat.get(tingkat):
        return False
    if status == "terbuka":
        return bool(b.kk.terbuka)
    if status == "dijawab":
        return bool(b.kk.jumlah_status[StatusTemuan.DIJAWAB])
    if status == "tuntas":
        return b.jumlah_temuan > 0 and not b.kk.terbuka
    if status == "bersih":
        return b.jumlah_temuan == 0
    return True


def _baris(pemda: Pemda, tahun: int, saring: Saring) -> list[BarisRuang]:
    data = saring.cleaned_data if saring.is_valid() else {}
    units = Unit.objects.filter(pemda=pemda).select_related("pemda", "induk").order_by("nama")
    if data.get("q"):
        units = units.filter(Q(nama__icontains=data["q"]) | Q(singkatan__icontains=data["q"]))
    kks = kertas_kerja_banyak(list(units), tahun)
    pernyataan = {p.unit_id: p for p in PernyataanReviu.objects.filter(unit__pemda=pemda, tahun=tahun)}
    dokumen = {h.unit_id: h for h in HasilReviuDokumen.objects.filter(unit__pemda=pemda, tahun=tahun)}
    rows = [BarisRuang(kk, pernyataan.get(kk.unit.pk), dokumen.get(kk.unit.pk)) for kk in kks]
    # The Pemda's own LKjIP first, then the PDs by name.
    rows.sort(key=lambda r: (r.unit.jenis != JenisUnit.PEMDA, r.unit.nama))
    return [r for r in rows if _cocok(r, data.get("tingkat", ""), data.get("status", ""))]


@login_required
@require_GET
def indeks(request: HttpRequest) -> HttpResponse:
    """The overview of the latest year with data."""
    pemda = pemda_reviu(request.user)
    return redirect("reviu:ruang", tahun_bawaan(tahun_pemda(pemda), timezone.localdate()))


@login_required
@require_GET
def ruang(request: HttpRequest, tahun: int) -> HttpResponse:
    """Every PD's reviu status for a year, with counts by severity and filters."""
    pemda = pemda_reviu(request.user)
    years = _tahun_sah(pemda.pk, tahun)
    saring = Saring(request.GET or None)
    rows = _baris(pemda, tahun, saring)
    total = {k: sum(r.kk.jumlah_tingkat[k] for r in rows) for k in ("galat", "peringatan", "info")}
    return render(request, "reviu/ruang.html", {
        "pemda": pemda, "tahun": tahun, "tahun_pilihan": years, "saring": saring, "baris": rows, "total": total,
        "query": request.GET.urlencode(),
    })


@login_required
@require_GET
def ekspor(request: HttpRequest, tahun: int) -> HttpResponse:
    """The overview as an XLSX workbook (same filters), written through laporan's formula guard."""
    pemda = pemda_reviu(request.user)
    _tahun_sah(pemda.pk, tahun)
    rows = _baris(pemda, tahun, Saring(request.GET or None))
    wb = Workbook()
    ws = wb.active
    ws.title = f"Reviu {tahun}"
    ws.append([f"Status reviu LKjIP {pemda.nama} tahun {tahun}"])
    ws["A1"].font = Font(bold=True)
    kepala = ["Perangkat Daerah", "Galat", "Peringatan", "Info", "Terbuka", "Dijawab", "Selesai", "Dijelaskan",
              "Status", "Pernyataan Telah Direviu", "Reviu dokumen"]
    ws.append(kepala)
    for c in ws[2]:
        c.font = Font(bold=True)
    for r in rows:
        st, jt = r.kk.jumlah_status, r.kk.jumlah_tingkat
        dok = ""
        if r.dokumen is not None:
            dok = (f"{r.dokumen.nama_berkas}: {r.dokumen.galat} galat, {r.dokumen.peringatan} peringatan, "
                   f"{r.dokumen.info} info")
        ws.append([r.unit.nama, jt["galat"], jt["peringatan"], jt["info"], st["terbuka"], st["dijawab"],
                   st["selesai"], st["dijelaskan"], r.status[1],
                   f"{r.pernyataan.nomor} ({formatting.tanggal(r.pernyataan.tanggal)})" if r.pernyataan else "", dok])
    ws.column_dimensions["A"].width = 48
    for col in "IJK":
        ws.column_dimensions[col].width = 30
    buf = io.BytesIO()
    simpan_buku(wb, buf)
    response = HttpResponse(buf.getvalue(), content_type=MIME["xlsx"])
    response["Content-Disposition"] = f'attachment; filename="reviu-{pemda.slug}-{tahun}.xlsx"'
    return response


def _hak(request: HttpRequest, unit: Unit) -> dict[str, bool]:
    return {
        "reviu": allowed(request.user, unit, Aksi.REVIU),
        "jawab": allowed(request.user, unit, Aksi.ISI) or allowed(request.user, unit, Aksi.SETUJUI),
    }


@login_required
@require_http_methods(["GET", "POST"])
def kkr(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """A PD's Kertas Kerja Reviu: each finding by step, with the note, the answer and the resolution."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    _tahun_sah(unit.pemda_id, tahun)
    hak = _hak(request, unit)
    if request.method == "POST":
        return _tulis(request, unit, tahun, hak)
    kk = kertas_kerja(unit, tahun)
    return render(request, "reviu/kkr.html", {
        "unit": unit, "tahun": tahun, "kk": kk, "hak": hak,
        "pernyataan": PernyataanReviu.objects.filter(unit=unit, tahun=tahun).select_related("penandatangan").first(),
        "dokumen": HasilReviuDokumen.objects.filter(unit=unit, tahun=tahun).first(),
        "boleh_ubah": allowed(request.user, unit, Aksi.ISI),
    })


def _tulis(request: HttpRequest, unit: Unit, tahun: int, hak: dict[str, bool]) -> HttpResponse:
    form = IsiKKR(request.POST)
    kembali = reverse("reviu:kkr", args=[unit.slug, tahun])
    if not form.is_valid():
        messages.error(request, " ".join(e for errs in form.errors.values() for e in errs))
        return redirect(kembali)
    aksi, kunci = form.cleaned_data["aksi"], form.cleaned_data["kunci"]
    if aksi in ("catatan", "selesaikan") and not hak["reviu"]:
        raise PermissionDenied("Catatan dan penyelesaian reviu ditulis oleh Inspektorat.")
    if aksi == "jawab" and not hak["jawab"]:
        raise PermissionDenied(f"Jawaban ditulis oleh operator atau kepala {unit.nama}.")
    butir = kertas_kerja(unit, tahun).cari(kunci)
    if butir is None:
        raise Http404("Temuan tidak ada pada Kertas Kerja ini.")
    arg = {"kode": butir.kode, "objek": butir.objek, "langkah": butir.langkah.value, "pengguna": request.user}
    teks = form.cleaned_data["teks"]
    try:
        if aksi == "catatan":
            services.simpan_catatan_reviu(unit, tahun, catatan=teks, **arg)
            pesan = "Catatan reviu disimpan."
        elif aksi == "jawab":
            services.simpan_jawaban_reviu(unit, tahun, jawaban=teks, **arg)
            pesan = "Jawaban disimpan."
        else:
            status = form.cleaned_data["status"] or StatusTemuan.SELESAI
            services.selesaikan_temuan(unit, tahun, status=status, penyelesaian=teks, **arg)
            pesan = f"Temuan ditandai {StatusTemuan(status).label.lower()}."
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"{butir.judul}: {pesan}")
    return redirect(f"{kembali}#b-{kunci[:12]}")


def _inspektur(pemda: Pemda) -> Jabatan | None:
    """The head of the Pemda's Inspektorat in post today, the statement's usual signatory."""
    today = timezone.localdate()
    return (Jabatan.objects.filter(unit__pemda=pemda, unit__jenis=JenisUnit.INSPEKTORAT, kepala_unit=True,
                                   mulai__lte=today)
            .filter(Q(selesai__isnull=True) | Q(selesai__gte=today)).select_related("pejabat", "unit")
            .order_by("-mulai").first())


@login_required
@require_http_methods(["GET", "POST"])
def pernyataan(request: HttpRequest, slug: str, tahun: int) -> HttpResponse:
    """The Inspektur's Pernyataan Telah Direviu: number, date, signatory; once every finding is settled."""
    unit = unit_for_user(request.user, slug, Aksi.REVIU)
    _tahun_sah(unit.pemda_id, tahun)
    kk = kertas_kerja(unit, tahun)
    ada = PernyataanReviu.objects.filter(unit=unit, tahun=tahun).first()
    awal: dict[str, object] = {}
    if ada is not None:
        awal = {"nomor": ada.nomor, "tanggal": ada.tanggal, "penandatangan": ada.penandatangan_id,
                "jabatan": ada.jabatan}
    elif (j := _inspektur(unit.pemda)) is not None:
        awal = {"penandatangan": j.pejabat_id, "jabatan": f"{j.judul} {unit.pemda.nama}"}
    form = FormPernyataan(request.POST or None, initial=awal, pemda_id=unit.pemda_id)
    status = 200
    if request.method == "POST":
        if not kk.siap_pernyataan:
            messages.error(request, f"Masih ada {len(kk.terbuka)} temuan yang belum selesai atau dijelaskan.")
            status = 409
        elif form.is_valid():
            d = form.cleaned_data
            try:
                services.buat_pernyataan_reviu(unit, tahun, nomor=d["nomor"], tanggal=d["tanggal"],
                                               penandatangan=d["penandatangan"], jabatan=d["jabatan"],
                                               pengguna=request.user)
            except ValidationError as exc:
                form.add_error(None, exc)
                status = 400
            else:
                messages.success(request, "Pernyataan Telah Direviu disimpan; unduh dokumennya di bawah.")
                return redirect("reviu:kkr", unit.slug, tahun)
        else:
            status = 400
    return render(request, "reviu/pernyataan.html", {"unit": unit, "tahun": tahun, "kk": kk, "form": form,
                                                     "ada": ada}, status=status)


@login_required
@require_GET
def unduh_pernyataan(request: HttpRequest, slug: str, tahun: int, fmt: str) -> HttpResponse:
    """The signed statement as DOCX or PDF, for the PD to attach to its LKjIP."""
    unit = unit_for_user(request.user, slug, Aksi.LIHAT)
    if fmt not in ("docx", "pdf"):
        raise Http404("Format tidak dikenal.")
    p = PernyataanReviu.objects.filter(unit=unit, tahun=tahun).select_related(
        "penandatangan", "unit__pemda", "unit__induk").first()
    if p is None:
        raise Http404(f"Pernyataan Telah Direviu {unit.nama} {tahun} belum dibuat.")
    kk = kertas_kerja(unit, tahun)
    if not kk.siap_pernyataan:
        return render(request, "reviu/pernyataan_tertunda.html", {"unit": unit, "tahun": tahun, "kk": kk},
                      status=409)
    dijelaskan = kk.jumlah_status[StatusTemuan.DIJELASKAN]
    try:
        isi = render_pernyataan(muat_pernyataan(p, dijelaskan=dijelaskan), fmt)
    except KonversiGagal as exc:
        return render(request, "reviu/pernyataan_tertunda.html", {"unit": unit, "tahun": tahun, "kk": kk,
                                                                  "galat": str(exc)}, status=503)
    response = HttpResponse(isi, content_type=MIME[fmt])
    response["Content-Disposition"] = (f'attachment; filename="Pernyataan-Telah-Direviu-{tahun}-{unit.slug}.'
                                       f'{fmt}"')
    return response
