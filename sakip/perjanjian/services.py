"""The one write path for Perjanjian Kinerja."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, Sum

from sakip.anggaran.models import MataAnggaran
from sakip.audit.services import Perubahan, catat, isi, perubahan_objek
from sakip.core.batas import JenisAngka
from sakip.organisasi.angka import periksa_angka, periksa_nilai_indikator
from sakip.organisasi.models import Jabatan, JenisUnit, Pejabat, Unit
from sakip.perencanaan.models import Indikator, PeriodePerencanaan

from .models import AnggaranPK, IndikatorPK, PerjanjianKinerja, PKTerkunci, SasaranPK, Versi


@dataclass
class BarisSasaran:
    uraian: str
    kelompok: str = "utama"
    indikator: list[tuple[Indikator, Decimal]] = field(default_factory=list)


@dataclass
class BarisAnggaranPK:
    nama: str
    jumlah: Decimal
    kode: str = ""
    sumber: str = ""


_MEDAN_PK = ["versi", "nomor_perubahan", "tanggal", "pihak_pertama", "pihak_kedua", "alasan"]


def _jejak_baris(pk: PerjanjianKinerja, sasaran: Iterable[SasaranPK], indikator: Iterable[IndikatorPK],
                 *, dihapus: bool = False) -> list[Perubahan]:
    """The trail of sasaran and indicator rows added to (or deleted from) a PK."""
    def arah(lama: object) -> tuple[object, object]:
        return (lama, None) if dihapus else (None, lama)

    jejak = [Perubahan("perjanjian.sasaranpk", s.pk, f"{pk}: sasaran", "uraian", *arah(s.uraian),
                       unit_id=pk.unit_id, tahun=pk.tahun) for s in sasaran]
    jejak += [Perubahan("perjanjian.indikatorpk", r.pk, f"{pk}: {r.indikator}", "target", *arah(r.target),
                        unit_id=pk.unit_id, indikator_id=r.indikator_id, tahun=pk.tahun) for r in indikator]
    return jejak


def jabatan_pada(pejabat: Pejabat, tanggal: date) -> Jabatan:
    """The post a person held on a date; an Indonesian error if none."""
    found = (
        pejabat.jabatan.filter(mulai__lte=tanggal)
        .filter(Q(selesai__isnull=True) | Q(selesai__gte=tanggal))
        .order_by("-mulai")
        .first()
    )
    if found is None:
        raise ValidationError(
            f"{pejabat.nama_lengkap} tidak memegang jabatan apa pun pada tanggal {tanggal:%d-%m-%Y}."
        )
    return found


@transaction.atomic
def buat_pk(unit: Unit, *, tahun: int, periode: PeriodePerencanaan, tanggal: date,
              pihak_pertama: Pejabat, pihak_kedua: Pejabat | None, sasaran: Sequence[BarisSasaran],
              anggaran: Iterable[BarisAnggaranPK] = (), versi: str = Versi.AWAL, nomor_perubahan: int = 0,
              alasan: str = "") -> PerjanjianKinerja:
    """A new, unsigned PK version; the Kepala Daerah's own PK (pemda unit) may have no pihak kedua."""
    sasaran = [BarisSasaran(s.uraian, s.kelompok, [(i, _target(i, t, tahun)) for i, t in s.indikator]) for s in sasaran]
    anggaran = [BarisAnggaranPK(a.nama, _jumlah(a, tahun), a.kode, a.sumber) for a in anggaran]
    pertama = jabatan_pada(pihak_pertama, tanggal)
    # The Kepala Daerah's post is recorded without a unit; it leads the Pemda-level unit.
    kepala_daerah = unit.jenis == JenisUnit.PEMDA and pertama.unit_id is None and pertama.kepala_unit
    if pertama.unit_id != unit.pk and not kepala_daerah:
        raise ValidationError(
            {"pihak_pertama": f"{pihak_pertama.nama_lengkap} pada {tanggal:%d-%m-%Y} menjabat "
                              f"{pertama.judul}, bukan pimpinan {unit.nama}."}
        )
    pk = PerjanjianKinerja(unit=unit, tahun=tahun, periode=periode, versi=versi, nomor_perubahan=nomor_perubahan,
                           tanggal=tanggal, alasan=alasan, pihak_pertama=pertama,
                           pihak_kedua=jabatan_pada(pihak_kedua, tanggal) if pihak_kedua else None)
    pk.full_clean()
    pk.save()
    rows_s, rows_i = [], []
    for i, s in enumerate(sasaran):
        row = SasaranPK(perjanjian=pk, kelompok=s.kelompok, uraian=s.uraian, urutan=i)
        row.full_clean(exclude=["perjanjian"])
        row.save()
        rows_s.append(row)
        for j, (ind, target) in enumerate(s.indikator):
            if ind.unit_id != unit.pk or ind.periode_id != periode.pk:
                raise ValidationError(
                    f"Indikator '{ind.nama}' bukan milik {unit.nama} pada periode {periode.nama}."
                )
            rows_i.append(IndikatorPK.objects.create(sasaran=row, indikator=ind, target=target, urutan=j))
    rows_a = AnggaranPK.objects.bulk_create(
        AnggaranPK(perjanjian=pk, kode=a.kode, nama=a.nama, jumlah=a.jumlah, sumber=a.sumber, urutan=i)
        for i, a in enumerate(anggaran)
    )
    catat([*perubahan_objek("perjanjian.perjanjiankinerja", pk.pk, str(pk), None, isi(pk, _MEDAN_PK),
                            unit_id=unit.pk, tahun=tahun),
           *_jejak_baris(pk, rows_s, rows_i),
           *(Perubahan("perjanjian.anggaranpk", f"{pk.pk}/{a.urutan}", f"{pk}: anggaran {a.kode} {a.nama}".strip(),
                       "jumlah", None, a.jumlah, unit_id=unit.pk, tahun=tahun) for a in rows_a)])
    return pk


def _target(ind: Indikator, nilai: Decimal, tahun: int) -> Decimal:
    """An agreed target as stored, checked by its indicator's unit."""
    label = f"Target PK {ind.nama} {tahun}"
    hasil = periksa_nilai_indikator(nilai, ind.satuan, field="target", label=label)
    if hasil is None:
        raise ValidationError({"target": f"{label}: target harus diisi."})
    return hasil


def _jumlah(a: BarisAnggaranPK, tahun: int) -> Decimal:
    label = f"Anggaran PK {a.nama} {tahun}"
    hasil = periksa_angka(a.jumlah, JenisAngka.RUPIAH, field="jumlah", label=label)
    if hasil is None:
        raise ValidationError({"jumlah": f"{label}: jumlah harus diisi."})
    return hasil


@transaction.atomic
def tandatangani_pk(pk: PerjanjianKinerja) -> PerjanjianKinerja:
    """Sign (and so lock) a PK."""
    if not pk.sasaran.filter(indikator__isnull=False).exists():
        raise ValidationError("Perjanjian kinerja tanpa indikator tidak dapat ditandatangani.")
    # The PK document prints the budget per program; without it the signed version could never be printed
    # (sakip.laporan.pk: the Kepala Daerah's own PK may list no budget).
    if pk.unit.jenis != JenisUnit.PEMDA and not pk.anggaran.exists():
        raise ValidationError("Anggaran per program perjanjian kinerja ini masih kosong; isi bagian Anggaran "
                              "(atau ambil dari DPA) sebelum ditandatangani.")
    # A plain UPDATE: the model's save() refuses any write to a signed PK.
    PerjanjianKinerja.objects.filter(pk=pk.pk).update(ditandatangani=True)
    pk.refresh_from_db()
    catat([Perubahan("perjanjian.perjanjiankinerja", pk.pk, str(pk), "ditandatangani", "tidak", "ya",
                     unit_id=pk.unit_id, tahun=pk.tahun)])
    return pk


@transaction.atomic
def buat_pk_perubahan(sebelumnya: PerjanjianKinerja, *, tanggal: date, alasan: str,
                     periode: PeriodePerencanaan | None = None, pihak_pertama: Pejabat | None = None,
                     pihak_kedua: Pejabat | None = None) -> PerjanjianKinerja:
    """A new, unsigned version of a signed PK; rows are copied to be edited before signing."""
    if not sebelumnya.ditandatangani:
        raise PKTerkunci("Perubahan dibuat dari perjanjian kinerja yang sudah ditandatangani; "
                         "ubah saja versi yang belum ditandatangani.")
    latest = (PerjanjianKinerja.objects.filter(unit=sebelumnya.unit, tahun=sebelumnya.tahun)
              .order_by("-nomor_perubahan").first())
    nomor = (latest.nomor_perubahan if latest else 0) + 1
    same_period = periode is None or periode.pk == sebelumnya.periode_id
    sasaran = []
    if same_period:
        for s in sebelumnya.sasaran.prefetch_related("indikator__indikator"):
            sasaran.append(BarisSasaran(s.uraian, s.kelompok, [(i.indikator, i.target) for i in s.indikator.all()]))
    return buat_pk(
        sebelumnya.unit, tahun=sebelumnya.tahun, periode=periode or sebelumnya.periode, tanggal=tanggal,
        pihak_pertama=pihak_pertama or sebelumnya.pihak_pertama.pejabat,
        pihak_kedua=pihak_kedua or (sebelumnya.pihak_kedua.pejabat if sebelumnya.pihak_kedua else None),
        sasaran=sasaran,
        anggaran=[BarisAnggaranPK(a.nama, a.jumlah, a.kode, a.sumber) for a in sebelumnya.anggaran.all()],
        versi=Versi.PERUBAHAN, nomor_perubahan=nomor, alasan=alasan,
    )


@dataclass
class PilihanIndikator:
    """An indicator chosen for a PK, with its group and the target agreed."""

    indikator: Indikator
    target: Decimal
    kelompok: str = "utama"


def _uraian(ind: Indikator) -> str:
    """The sasaran a chosen indicator is listed under: its cascade box, or 'Kinerja lainnya'."""
    return ind.node.nama if ind.node_id else "Kinerja lainnya"


def _program_dpa(unit: Unit, tahun: int) -> list[BarisAnggaranPK]:
    """The year's DPA programs with their total pagu, as the PK's budget rows (two queries)."""
    programs = list(MataAnggaran.objects.filter(unit=unit, tahun=tahun, tingkat="program").order_by("urutan", "pk"))
    totals = dict(
        MataAnggaran.objects.filter(unit=unit, tahun=tahun, tingkat="sub_kegiatan")
        .values("induk__induk_id").annotate(jumlah=Sum("pagu")).values_list("induk__induk_id", "jumlah")
    )
    return [BarisAnggaranPK(p.nama, totals.get(p.pk) or Decimal(0), p.kode) for p in programs]


def _kelompokkan(pilihan: Iterable[PilihanIndikator]) -> list[BarisSasaran]:
    groups: dict[tuple[str, str], BarisSasaran] = {}
    for p in pilihan:
        key = (p.kelompok, _uraian(p.indikator))
        groups.setdefault(key, BarisSasaran(key[1], p.kelompok)).indikator.append((p.indikator, p.target))
    # Sasaran strategis first, then kinerja lainnya, each in the order chosen.
    return [g for g in groups.values() if g.kelompok == "utama"] + [g for g in groups.values() if g.kelompok != "utama"]


@transaction.atomic
def buat_pk_dari_cascade(unit: Unit, *, tahun: int, periode: PeriodePerencanaan, tanggal: date,
                           pihak_pertama: Pejabat, pihak_kedua: Pejabat | None,
                           pilihan: Sequence[PilihanIndikator]) -> PerjanjianKinerja:
    """The PK awal of a year, drafted from the cascade: chosen indicators under their cascade
    boxes, and the budget of each DPA program of that year."""
    if PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun, nomor_perubahan=0).exists():
        raise ValidationError(f"Perjanjian kinerja awal {unit.nama} tahun {tahun} sudah ada; "
                              "buat perubahan dari versi yang sudah ditandatangani.")
    if not pilihan:
        raise ValidationError("Pilih sedikitnya satu indikator untuk perjanjian kinerja.")
    return buat_pk(unit, tahun=tahun, periode=periode, tanggal=tanggal, pihak_pertama=pihak_pertama,
                     pihak_kedua=pihak_kedua, sasaran=_kelompokkan(pilihan), anggaran=_program_dpa(unit, tahun))


@transaction.atomic
def tambah_indikator_pk(pk: PerjanjianKinerja, pilihan: Sequence[PilihanIndikator]) -> None:
    """Add indicators to an unsigned PK, under the sasaran of the same box (created if missing)."""
    pilihan = [PilihanIndikator(p.indikator, _target(p.indikator, p.target, pk.tahun), p.kelompok) for p in pilihan]
    if pk.ditandatangani:
        raise PKTerkunci("Perjanjian kinerja yang sudah ditandatangani tidak dapat diubah; buat perubahan.")
    existing = set(IndikatorPK.objects.filter(sasaran__perjanjian=pk).values_list("indikator_id", flat=True))
    sasaran = {(s.kelompok, s.uraian): s for s in pk.sasaran.all()}
    next_s = max((s.urutan for s in sasaran.values()), default=-1) + 1
    rows_s, rows_i = [], []
    for group in _kelompokkan(p for p in pilihan if p.indikator.pk not in existing):
        row = sasaran.get((group.kelompok, group.uraian))
        if row is None:
            row = SasaranPK(perjanjian=pk, kelompok=group.kelompok, uraian=group.uraian, urutan=next_s)
            row.full_clean(exclude=["perjanjian"])
            row.save()
            rows_s.append(row)
            next_s += 1
        start = row.indikator.count()
        for j, (ind, target) in enumerate(group.indikator):
            if ind.unit_id != pk.unit_id or ind.periode_id != pk.periode_id:
                raise ValidationError(f"Indikator '{ind.nama}' bukan milik {pk.unit.nama} pada periode "
                                      f"{pk.periode.nama}.")
            rows_i.append(IndikatorPK.objects.create(sasaran=row, indikator=ind, target=target, urutan=start + j))
    catat(_jejak_baris(pk, rows_s, rows_i))


@transaction.atomic
def ubah_pk_draf(pk: PerjanjianKinerja, *, target: Mapping[int, Decimal], hapus: Iterable[int] = ()) -> None:
    """Change agreed targets of an unsigned PK and remove rows (by IndikatorPK id); empty sasaran go too."""
    if pk.ditandatangani:
        raise PKTerkunci("Perjanjian kinerja yang sudah ditandatangani tidak dapat diubah; buat perubahan.")
    rows = {r.pk: r for r in IndikatorPK.objects.filter(sasaran__perjanjian=pk).select_related(
        "sasaran__perjanjian", "indikator")}
    target = {i: _target(rows[i].indikator, v, pk.tahun) if i in rows else v for i, v in target.items()}
    for ipk_id in hapus:
        if ipk_id in rows:
            gone = rows.pop(ipk_id)
            catat([Perubahan("perjanjian.indikatorpk", gone.pk, f"{pk}: {gone.indikator}", "target", gone.target,
                             None, unit_id=pk.unit_id, indikator_id=gone.indikator_id, tahun=pk.tahun)])
            gone.delete()
    for ipk_id, nilai in target.items():
        row = rows.get(ipk_id)
        if row is not None and row.target != nilai:
            catat([Perubahan("perjanjian.indikatorpk", row.pk, f"{pk}: {row.indikator}", "target", row.target,
                             nilai, unit_id=pk.unit_id, indikator_id=row.indikator_id, tahun=pk.tahun)])
            row.target = nilai
            row.save(update_fields=["target"])
    for s in pk.sasaran.filter(indikator__isnull=True):
        catat(_jejak_baris(pk, [s], [], dihapus=True))
        s.delete()


@transaction.atomic
def atur_anggaran_pk(pk: PerjanjianKinerja, baris: Sequence[BarisAnggaranPK]) -> None:
    """Replace the budget rows (program, jumlah, sumber dana) of an unsigned PK; audited row by row."""
    if pk.ditandatangani:
        raise PKTerkunci("Perjanjian kinerja yang sudah ditandatangani tidak dapat diubah; buat perubahan.")
    baru = [BarisAnggaranPK(a.nama.strip(), _jumlah(a, pk.tahun), a.kode.strip(), a.sumber.strip()) for a in baris]
    for a in baru:
        if not a.nama:
            raise ValidationError({"nama": f"Anggaran PK {pk.tahun}: nama program wajib diisi."})
    lama = list(pk.anggaran.order_by("urutan", "pk"))
    jejak = [Perubahan("perjanjian.anggaranpk", f"{pk.pk}/{a.urutan}", f"{pk}: anggaran {a.kode} {a.nama}".strip(),
                       "jumlah", a.jumlah, None, unit_id=pk.unit_id, tahun=pk.tahun) for a in lama]
    AnggaranPK.objects.filter(perjanjian=pk).delete()
    rows = AnggaranPK.objects.bulk_create(
        AnggaranPK(perjanjian=pk, kode=a.kode, nama=a.nama, jumlah=a.jumlah, sumber=a.sumber, urutan=i)
        for i, a in enumerate(baru))
    jejak += [Perubahan("perjanjian.anggaranpk", f"{pk.pk}/{a.urutan}", f"{pk}: anggaran {a.kode} {a.nama}".strip(),
                        "jumlah", None, a.jumlah, unit_id=pk.unit_id, tahun=pk.tahun) for a in rows]
    catat(jejak)


def anggaran_dari_dpa(pk: PerjanjianKinerja) -> list[BarisAnggaranPK]:
    """The year's DPA programs with their total pagu, as proposed budget rows of a PK (two queries)."""
    return _program_dpa(pk.unit, pk.tahun)


@transaction.atomic
def hapus_pk(pk: PerjanjianKinerja) -> None:
    """Delete an unsigned PK (a draft made by mistake); a signed one refuses."""
    if pk.ditandatangani:  # the model refuses too; checked first so that nothing is recorded
        raise PKTerkunci("Perjanjian kinerja yang sudah ditandatangani tidak dapat dihapus.")
    jejak = [*perubahan_objek("perjanjian.perjanjiankinerja", pk.pk, str(pk), isi(pk, _MEDAN_PK), None,
                              unit_id=pk.unit_id, tahun=pk.tahun),
             *_jejak_baris(pk, SasaranPK.objects.filter(perjanjian=pk),
                           IndikatorPK.objects.filter(sasaran__perjanjian=pk).select_related("indikator"),
                           dihapus=True)]
    pk.delete()
    catat(jejak)
