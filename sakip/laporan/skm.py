"""The SKM report and the paper questionnaire (DOCX, or PDF through LibreOffice), in the house style.

Report outline as Pemda reports use it: pendahuluan (dasar hukum, unsur), metodologi (ruang
lingkup, sampel), hasil (NRR and mutu per unsur with a chart, IKM, respondent profile), penutup
(the weakest unsur and the rencana tindak lanjut with owner, deadline and status).
"""

from __future__ import annotations

from datetime import date

from django.utils import timezone
from docx.enum.text import WD_ALIGN_PARAGRAPH

from sakip.core import formatting as fmt
from sakip.core.ikm import HasilIKM
from sakip.skm.hasil import hasil_survei, profil_responden
from sakip.skm.models import Survei, Unsur

from . import charts
from .data import blok_tanda_tangan, kepala_pada, penandatangan, tempat
from .docxkit import Dokumen, Kolom, Rata, Sel
from .galat import KonversiGagal
from .gambar_profil import logo_pemda, sisip_logo
from .pdf import docx_ke_pdf

PROFIL_JUDUL = {"jenis_layanan": "Jenis layanan", "jenis_kelamin": "Jenis kelamin", "usia": "Usia",
                "pendidikan": "Pendidikan", "pekerjaan": "Pekerjaan"}


class LaporanSkmGagal(ValueError):
    """The document cannot be made (no result yet, or the PDF conversion failed)."""


def _keluaran(doc: Dokumen, format_: str) -> bytes:
    if format_ not in ("docx", "pdf"):
        raise ValueError(f"Format {format_!r} tidak dikenal; pilih docx atau pdf.")
    data = doc.simpan()
    if format_ == "docx":
        return data
    try:
        return docx_ke_pdf(data)
    except KonversiGagal as exc:
        raise LaporanSkmGagal(f"PDF belum dapat dibuat: {exc}") from exc


def grafik_nrr(h: HasilIKM) -> bytes:
    """NRR × 25 per unsur as bars, with the mutu A boundary drawn."""
    # matplotlib is imported when a chart is drawn, not when the web process imports this module
    from matplotlib.ticker import FuncFormatter

    with charts.mpl().rc_context(charts._RC):
        fig = charts._figure(7.0, bawah=1.0)
        ax = fig.subplots()
        values = [float(u.konversi) for u in h.unsur]
        warna = [charts.WARNA_LAIN[2] if u.kode == h.terlemah.kode else charts.WARNA_REALISASI for u in h.unsur]
        bars = ax.bar(range(len(values)), values, 0.6, color=warna)
        for bar, u in zip(bars, h.unsur, strict=True):
            ax.annotate(f"{fmt.angka(u.konversi)} ({u.mutu.value})", (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        xytext=(0, 2), textcoords="offset points", ha="center", va="bottom", fontsize=6.5)
        ax.axhline(88.31, color=charts.WARNA_TARGET, linewidth=0.8, linestyle="--")
        ax.set_xticks(range(len(values)), [u.kode for u in h.unsur])
        ax.set_ylim(25, 105)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: charts._angka(v, 0)))
        ax.set_title("Nilai per unsur (NRR × 25); garis putus: batas mutu A (88,31)", loc="left")
        return charts._png(fig)


def _periode(s: Survei) -> str:
    return f"{s.get_periode_display()} {s.tahun}"


def susun_laporan(s: Survei) -> Dokumen:
    h = hasil_survei(s)
    if h is None:
        raise LaporanSkmGagal("Survei belum mempunyai hasil: setiap unsur perlu setidaknya satu jawaban.")
    unsur = {u.kode: u for u in Unsur.objects.filter(versi=s.versi_unsur)}
    doc = Dokumen()
    _sampul(doc, s)
    doc.mulai_bab("I", "PENDAHULUAN")
    doc.paragraf(f"Survei Kepuasan Masyarakat (SKM) pada {s.unit.nama} dilaksanakan berdasarkan Peraturan Menteri "
                 "PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit "
                 "Penyelenggara Pelayanan Publik, yang mewajibkan setiap penyelenggara pelayanan melakukan survei "
                 "secara berkala sekurang-kurangnya sekali setahun dan mempublikasikan hasilnya. Survei mengukur "
                 "sembilan unsur pelayanan:")
    doc.daftar_butir([f"{k} {u.nama}" for k, u in sorted(unsur.items())])
    doc.mulai_bab("II", "METODOLOGI")
    doc.paragraf(f"Ruang lingkup: jenis layanan {', '.join(s.daftar_layanan) or '-'}. Metode pengumpulan: "
                 f"{s.get_metode_display().lower()}. Populasi pengguna layanan pada periode ini {fmt.angka(s.populasi, 0)} "
                 f"orang; sampel minimum menurut tabel Krejcie dan Morgan {fmt.angka(s.sampel_minimum, 0)} responden; "
                 f"responden yang terkumpul {fmt.angka(s.responden, 0)}"
                 + ("." if s.responden >= s.sampel_minimum else " (belum memenuhi sampel minimum)."))
    doc.paragraf("Setiap unsur dinilai pada skala 1 sampai 4. Nilai rata-rata unsur (NRR) adalah jumlah nilai dibagi "
                 "jumlah responden yang menjawab unsur itu; IKM = Σ NRR × 1/9 × 25, dibulatkan dua desimal di akhir. "
                 "Mutu: A (88,31–100) sangat baik, B (76,61–88,30) baik, C (65,00–76,60) kurang baik, "
                 "D (25,00–64,99) tidak baik.")
    doc.mulai_bab("III", "HASIL")
    doc.keterangan("tabel", "Nilai rata-rata dan mutu per unsur")
    doc.tabel([Kolom("Kode", 1.4, Rata.TENGAH), Kolom("Unsur", 6.6), Kolom("NRR", 2.0, Rata.KANAN),
               Kolom("NRR × 25", 2.2, Rata.KANAN), Kolom("Mutu", 1.4, Rata.TENGAH), Kolom("Kinerja", 2.4)],
              [[u.kode, unsur[u.kode].nama if u.kode in unsur else u.kode, fmt.angka(u.nrr, 3),
                fmt.angka(u.konversi), u.mutu.value, u.kinerja] for u in h.unsur]
              + [[Sel("IKM", tebal=True, lebar_kolom=3), Sel(fmt.angka(h.ikm), tebal=True, rata=Rata.KANAN),
                  Sel(h.mutu.value, tebal=True, rata=Rata.TENGAH), Sel(h.kinerja, tebal=True)]])
    png = grafik_nrr(h)
    lebar, tinggi = charts.ukuran_png(png)
    doc.gambar(png, "Nilai per unsur pelayanan", lebar_cm=lebar, tinggi_cm=tinggi)
    doc.paragraf(f"Indeks Kepuasan Masyarakat {s.unit.nama} {_periode(s)} adalah {fmt.angka(h.ikm)} dengan mutu "
                 f"pelayanan {h.mutu.value} ({h.kinerja.lower()}), dari {fmt.angka(h.responden, 0)} responden.")
    profil = profil_responden(s)
    doc.keterangan("tabel", "Profil responden")
    baris: list[list[Sel | str | None]] = []
    for f, rows in profil.rincian.items():
        for i, (label, n) in enumerate(rows):
            baris.append([PROFIL_JUDUL[f] if i == 0 else "", label, fmt.angka(n, 0),
                          fmt.persen(n * 100 / max(1, s.responden), 1) if s.responden else "-"])
    doc.tabel([Kolom("Karakteristik", 3.5), Kolom("Kelompok", 7.5), Kolom("Jumlah", 2.5, Rata.KANAN),
               Kolom("Persentase", 2.5, Rata.KANAN)], baris or [["-", "-", "-", "-"]])
    doc.mulai_bab("IV", "PENUTUP")
    lemah = h.terlemah
    doc.paragraf(f"Unsur dengan nilai terendah adalah {lemah.kode} {unsur[lemah.kode].nama if lemah.kode in unsur else ''} "
                 f"(NRR {fmt.angka(lemah.nrr, 3)}, mutu {lemah.mutu.value}); unsur ini menjadi prioritas perbaikan.")
    rtl = list(s.rencana_tindak_lanjut.all())
    doc.keterangan("tabel", "Rencana tindak lanjut")
    doc.tabel([Kolom("Unsur", 1.4, Rata.TENGAH), Kolom("Permasalahan", 4.0), Kolom("Rencana", 4.6),
               Kolom("Penanggung jawab", 2.6), Kolom("Batas waktu", 2.0), Kolom("Status", 1.4)],
              [[r.unsur_kode, r.masalah, r.rencana, r.penanggung_jawab, fmt.tanggal(r.batas_waktu),
                r.get_status_display()] for r in rtl] or [[Sel("Belum ada rencana tindak lanjut.", lebar_kolom=6)]])
    doc.paragraf("", setelah=6)
    _tanda_tangan(doc, s, timezone.localdate())
    return doc


def _sampul(doc: Dokumen, s: Survei) -> None:
    """A cover page as the Pemda's other reports have: logo, title, unit, period, Pemda, year."""
    tengah = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraf("", setelah=36)
    sisip_logo(doc, logo_pemda(s.unit.pemda), tinggi_cm=3.5, setelah=24)
    # Plain paragraphs, not a heading: Heading 1 starts a new page and would leave the logo alone.
    doc.paragraf("LAPORAN SURVEI KEPUASAN MASYARAKAT", rata=tengah, tebal=True, ukuran=16, setelah=12)
    doc.paragraf(s.unit.nama.upper(), rata=tengah, tebal=True, ukuran=14, setelah=4)
    doc.paragraf(_periode(s).upper(), rata=tengah, tebal=True, ukuran=13)
    doc.paragraf("", setelah=200)
    doc.paragraf(f"PEMERINTAH {s.unit.pemda.nama.upper()}", rata=tengah, tebal=True, ukuran=13, setelah=2)
    doc.paragraf(str(s.tahun), rata=tengah, tebal=True, ukuran=13)


def _tanda_tangan(doc: Dokumen, s: Survei, tanggal: date) -> None:
    """Signed by the unit's head in post on the date; a blank line to sign on when none is recorded."""
    jabatan = kepala_pada(s.unit, tanggal)
    p = penandatangan(jabatan) if jabatan is not None else None
    baris = blok_tanda_tangan(f"{tempat(s.unit.pemda)}, {fmt.tanggal(tanggal)}",
                              p.jabatan_kapital if p is not None else f"KEPALA {s.unit.nama.upper()}", p)
    doc.tanda_tangan([baris], lebar_cm=8.5, kanan=True)


def render_laporan_skm(s: Survei, format_: str) -> bytes:
    """The SKM report of a survey as DOCX or PDF."""
    return _keluaran(susun_laporan(s), format_)


def render_kuesioner(s: Survei, format_: str = "pdf") -> bytes:
    """The printable paper questionnaire of a survey (the same questions as the public form)."""
    doc = Dokumen(ukuran_isi=10)
    doc.judul("KUESIONER SURVEI KEPUASAN MASYARAKAT", 1, daftar=False,
              baris_kedua=f"{s.unit.nama.upper()} — {_periode(s).upper()}")
    doc.paragraf("Dalam rangka meningkatkan kualitas pelayanan, kami mohon kesediaan Saudara mengisi kuesioner ini. "
                 "Tidak perlu menulis nama; jawaban Saudara dijaga kerahasiaannya. Beri tanda silang (X) pada "
                 "pilihan yang sesuai.")
    doc.tabel([Kolom("Profil responden", 4.5), Kolom("Pilihan", 11.5)], [
        ["Jenis layanan", "  ☐ ".join(["", *s.daftar_layanan]).strip() or "........................"],
        ["Jenis kelamin", "☐ Laki-laki   ☐ Perempuan"],
        ["Usia", "☐ ≤ 20   ☐ 21–30   ☐ 31–40   ☐ 41–50   ☐ 51–60   ☐ > 60 tahun"],
        ["Pendidikan", "☐ SD ke bawah   ☐ SMP   ☐ SMA/SMK   ☐ D1–D3   ☐ D4/S1   ☐ S2 ke atas"],
        ["Pekerjaan", "☐ PNS/TNI/Polri   ☐ Pegawai swasta   ☐ Wiraswasta   ☐ Pelajar/Mahasiswa   ☐ Lainnya"],
    ])
    baris: list[list[Sel | str | None]] = []
    for u in Unsur.objects.filter(versi=s.versi_unsur).order_by("urutan"):
        baris.append([Sel(u.kode, tebal=True), Sel(u.pertanyaan, lebar_kolom=4)])
        baris.append(["", *[f"☐ {i + 1}. {t}" for i, t in enumerate(u.label_skala)]])
    doc.tabel([Kolom("", 1.2), Kolom("", 3.7), Kolom("", 3.7), Kolom("", 3.7), Kolom("", 3.7)], baris, kepala=[])
    doc.paragraf("Saran dan masukan:", rata=WD_ALIGN_PARAGRAPH.LEFT, setelah=2)
    for _ in range(3):  # lines to write on, each short of the text width so none wraps
        doc.paragraf("." * 150, rata=WD_ALIGN_PARAGRAPH.LEFT, setelah=2)
    doc.paragraf("Terima kasih atas partisipasi Saudara.", rata=None)
    return _keluaran(doc, format_)


__all__ = ["LaporanSkmGagal", "render_kuesioner", "render_laporan_skm"]
