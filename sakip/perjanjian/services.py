"""The one write path for Perjanjian Kinerja."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q

from sakip.organisasi.models import Jabatan, Pejabat, Unit
from sakip.perencanaan.models import Indikator, PeriodePerencanaan

from .models import AnggaranPK, IndikatorPK, PerjanjianKinerja, PKTerkunci, SasaranPK, Versi


@dataclass
class BarisSasaran:
    uraian: str
    kelompok: str = "utama"
    indikator: list[tuple[Indikator, Decimal]] = field(default_factory=list)


@dataclass
class BarisAnggaran:
    nama: str
    jumlah: Decimal
    kode: str = ""
    sumber: str = ""


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
def create_pk(unit: Unit, *, tahun: int, periode: PeriodePerencanaan, tanggal: date,
              pihak_pertama: Pejabat, pihak_kedua: Pejabat, sasaran: Sequence[BarisSasaran],
              anggaran: Iterable[BarisAnggaran] = (), versi: str = Versi.AWAL, nomor_perubahan: int = 0,
              alasan: str = "") -> PerjanjianKinerja:
    pertama = jabatan_pada(pihak_pertama, tanggal)
    if pertama.unit_id != unit.pk:
        raise ValidationError(
            {"pihak_pertama": f"{pihak_pertama.nama_lengkap} pada {tanggal:%d-%m-%Y} menjabat "
                              f"{pertama.judul}, bukan pimpinan {unit.nama}."}
        )
    pk = PerjanjianKinerja(unit=unit, tahun=tahun, periode=periode, versi=versi, nomor_perubahan=nomor_perubahan,
                           tanggal=tanggal, alasan=alasan, pihak_pertama=pertama,
                           pihak_kedua=jabatan_pada(pihak_kedua, tanggal))
    pk.full_clean()
    pk.save()
    for i, s in enumerate(sasaran):
        row = SasaranPK(perjanjian=pk, kelompok=s.kelompok, uraian=s.uraian, urutan=i)
        row.full_clean(exclude=["perjanjian"])
        row.save()
        for j, (ind, target) in enumerate(s.indikator):
            if ind.unit_id != unit.pk or ind.periode_id != periode.pk:
                raise ValidationError(
                    f"Indikator '{ind.nama}' bukan milik {unit.nama} pada periode {periode.nama}."
                )
            IndikatorPK.objects.create(sasaran=row, indikator=ind, target=target, urutan=j)
    AnggaranPK.objects.bulk_create(
        AnggaranPK(perjanjian=pk, kode=a.kode, nama=a.nama, jumlah=a.jumlah, sumber=a.sumber, urutan=i)
        for i, a in enumerate(anggaran)
    )
    return pk


@transaction.atomic
def sign_pk(pk: PerjanjianKinerja) -> PerjanjianKinerja:
    """Sign (and so lock) a PK."""
    if not pk.sasaran.filter(indikator__isnull=False).exists():
        raise ValidationError("Perjanjian kinerja tanpa indikator tidak dapat ditandatangani.")
    # A plain UPDATE: the model's save() refuses any write to a signed PK.
    PerjanjianKinerja.objects.filter(pk=pk.pk).update(ditandatangani=True)
    pk.refresh_from_db()
    return pk


@transaction.atomic
def create_perubahan(sebelumnya: PerjanjianKinerja, *, tanggal: date, alasan: str,
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
    return create_pk(
        sebelumnya.unit, tahun=sebelumnya.tahun, periode=periode or sebelumnya.periode, tanggal=tanggal,
        pihak_pertama=pihak_pertama or sebelumnya.pihak_pertama.pejabat,
        pihak_kedua=pihak_kedua or sebelumnya.pihak_kedua.pejabat,
        sasaran=sasaran,
        anggaran=[BarisAnggaran(a.nama, a.jumlah, a.kode, a.sumber) for a in sebelumnya.anggaran.all()],
        versi=Versi.PERUBAHAN, nomor_perubahan=nomor, alasan=alasan,
    )
