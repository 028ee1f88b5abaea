"""The web workflow's writes: saving the entry sheets, the valid cells even when others are refused.

Values are stored through the owning apps' batch services (``simpan_realisasi_batch``,
``simpan_realisasi_anggaran_batch``), which check every cell first (a value someone else
changed since the page was opened, a triwulan no longer a draft, the number's bounds) and
store the valid ones together; this module turns each refusal into the message shown at its cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone

from sakip.anggaran.services import (
    IsianJumlah,
    KonflikRealisasiAnggaran,
    MelebihiPagu,
    simpan_realisasi_anggaran_batch,
)
from sakip.audit.models import Jejak
from sakip.core import formatting as fmt
from sakip.organisasi.models import Unit
from sakip.realisasi.services import (
    IsianNilai,
    KonflikRealisasi,
    PerluKonfirmasi,
    simpan_realisasi_batch,
)


@dataclass(frozen=True)
class IsianSel:
    """A changed cell: the value to store and the value the page showed when it was opened."""

    nilai: Decimal | None
    semula: Decimal | None
    alasan: str = ""  # the user confirmed a value far outside its target/history (or above pagu) with this reason


def _pesan(exc: ValidationError) -> str:
    return " ".join(exc.messages)


def _jejak_terakhir(jejak: Iterable[tuple[object, str, datetime]]) -> dict[object, tuple[str, datetime]]:
    """The latest trail row per key, from rows ordered newest first."""
    out: dict[object, tuple[str, datetime]] = {}
    for kunci, nama, waktu in jejak:
        out.setdefault(kunci, (nama, waktu))
    return out


def _pesan_konflik(unit: Unit, tahun: int, konflik: Mapping[tuple[int, str], Decimal | None]) -> dict[tuple[int, str], str]:
    """Who stored what in each refused cell since the page was opened; one query for all the cells."""
    if not konflik:
        return {}
    rows = (Jejak.objects.filter(model="realisasi.realisasi", unit_id=unit.pk, tahun=tahun,
                                 indikator_id__in={i for i, _ in konflik}, field__in={b for _, b in konflik})
            .order_by("-waktu", "-pk").values_list("indikator_id", "field", "nama_pengguna", "waktu"))
    siapa = _jejak_terakhir(((i, b), nama, waktu) for i, b, nama, waktu in rows)
    return {k: _teks_konflik(kini, 4, siapa.get(k)) for k, kini in konflik.items()}


def _pesan_konflik_anggaran(unit: Unit, tahun: int,
                            konflik: Mapping[tuple[int, int], Decimal | None]) -> dict[tuple[int, int], str]:
    """The same for budget cells: each amount now, and who saved it when."""
    if not konflik:
        return {}
    objek = {f"{line}/{tw}": (line, tw) for line, tw in konflik}
    rows = (Jejak.objects.filter(model="anggaran.realisasianggaran", objek_id__in=list(objek), unit_id=unit.pk,
                                 tahun=tahun)
            .order_by("-waktu", "-pk").values_list("objek_id", "nama_pengguna", "waktu"))
    siapa = _jejak_terakhir((objek[o], nama, waktu) for o, nama, waktu in rows)
    return {k: _teks_konflik(kini, 2, siapa.get(k)) for k, kini in konflik.items()}


def _teks_konflik(kini: Decimal | None, desimal: int, jejak: tuple[str, datetime] | None) -> str:
    siapa = ""
    if jejak is not None:
        pada = timezone.localtime(jejak[1])
        siapa = f" oleh {jejak[0] or 'sistem'} ({fmt.tanggal(pada.date())} {pada:%H.%M})"
    # Written as the cell shows it, so the user can compare it with what they typed.
    nilai = "kosong" if kini is None else fmt.angka_ringkas(kini, desimal)
    return (f"Sel ini sudah diubah{siapa} menjadi {nilai} sejak halaman Anda buka; isian Anda belum disimpan. "
            "Periksa nilai itu, lalu simpan lagi bila isian Anda tetap yang benar.")


def simpan_realisasi(unit: Unit, tahun: int, perubahan: Mapping[int, Mapping[str, IsianSel]],
                     perlu_konfirmasi: set[tuple[int, str]] | None = None) -> dict[tuple[int, str], str]:
    """Store changed realisasi cells of ``unit``; return the refusals by (indicator id, bagian).

    A cell is stored only if it still holds the value the page showed, so a colleague's
    save in the meantime is reported instead of overwritten; the valid cells are stored.
    The cells refused only because they ask for a confirmation are added to ``perlu_konfirmasi``.
    """
    kunci = [(ind_id, bagian) for ind_id, cells in perubahan.items() for bagian in cells]
    isian = [IsianNilai(i, b, perubahan[i][b].nilai, perubahan[i][b].semula, periksa_semula=True,
                        alasan=perubahan[i][b].alasan) for i, b in kunci]
    ditolak = simpan_realisasi_batch(unit, tahun, isian, sebagian=True)
    if perlu_konfirmasi is not None:
        perlu_konfirmasi.update(kunci[n] for n, exc in ditolak.items() if isinstance(exc, PerluKonfirmasi))
    galat = {kunci[n]: _pesan(exc) for n, exc in ditolak.items() if not isinstance(exc, KonflikRealisasi)}
    galat.update(_pesan_konflik(unit, tahun, {kunci[n]: exc.kini for n, exc in ditolak.items()
                                              if isinstance(exc, KonflikRealisasi)}))
    return galat


def simpan_realisasi_anggaran(unit: Unit, tahun: int, perubahan: Mapping[int, Mapping[int, IsianSel]],
                              perlu_alasan: set[tuple[int, int]] | None = None) -> dict[tuple[int, int], str]:
    """Store changed budget cells of the PD-year; return the refusals by (line id, triwulan).

    As on the realisasi sheet, a cell is stored only if it still holds the amount the page
    showed, so a colleague's save in the meantime is reported instead of overwritten.
    """
    kunci = [(line_id, tw) for line_id, cells in perubahan.items() for tw in cells]
    isian = [IsianJumlah(m, tw, perubahan[m][tw].nilai, perubahan[m][tw].semula, periksa_semula=True,
                         alasan=perubahan[m][tw].alasan) for m, tw in kunci]
    ditolak = simpan_realisasi_anggaran_batch(unit, tahun, isian, sebagian=True)
    if perlu_alasan is not None:  # above the pagu where the Pemda allows it with a reason
        perlu_alasan.update(kunci[n] for n, exc in ditolak.items() if isinstance(exc, MelebihiPagu) and exc.boleh)
    galat = {kunci[n]: _pesan(exc) for n, exc in ditolak.items() if not isinstance(exc, KonflikRealisasiAnggaran)}
    galat.update(_pesan_konflik_anggaran(unit, tahun, {kunci[n]: exc.kini for n, exc in ditolak.items()
                                                       if isinstance(exc, KonflikRealisasiAnggaran)}))
    return galat
