"""The document reviu's knowledge of the Pemda, read from the database (three queries)."""

from __future__ import annotations

from django.db import DatabaseError

from sakip.organisasi.models import Pejabat, Pemda, Unit
from sakip.perencanaan.models import Indikator

from .dokumen import KonteksPemda, PejabatPemda, UnitPemda
from .dokumen.kenali import kunci_indikator


def konteks_pemda(pemda: Pemda) -> KonteksPemda:
    """Units (with their parents), officials and negative-polarity indicators of a Pemda."""
    units = list(Unit.objects.filter(pemda=pemda).values_list("nama", "jenis", "induk__nama"))
    pejabat = [PejabatPemda(p.nama_lengkap, p.nip) for p in Pejabat.objects.filter(pemda=pemda).exclude(nip="")]
    negatif = {kunci_indikator(n) for n in
               Indikator.objects.filter(unit__pemda=pemda, polaritas="negatif").values_list("nama", flat=True)}
    return KonteksPemda(
        nama_pemda=pemda.nama,
        unit=[UnitPemda(nama, jenis, induk) for nama, jenis, induk in units],
        pejabat=pejabat,
        negatif=negatif,
    )


def konteks_untuk(pemda_slug: str | None = None) -> tuple[KonteksPemda, str]:
    """The context for a document reviu and a note saying where it came from.

    Without a database (or without data) the built-in list of Kabupaten Mojokerto is used.
    """
    try:
        qs = Pemda.objects.all()
        if pemda_slug:
            qs = qs.filter(slug=pemda_slug)
        pemdas = list(qs[:2])
    except DatabaseError:
        return KonteksPemda.bawaan(), "daftar kecamatan bawaan (basis data tidak dapat dibaca)"
    if len(pemdas) == 1:
        return konteks_pemda(pemdas[0]), f"unit kerja {pemdas[0].nama} dari basis data"
    if not pemdas:
        return KonteksPemda.bawaan(), "daftar kecamatan bawaan (basis data belum berisi Pemda)"
    return KonteksPemda.bawaan(), "daftar kecamatan bawaan (lebih dari satu Pemda; pilih dengan --pemda)"
