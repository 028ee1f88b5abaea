"""Rencana aksi: the PK's annual target broken into triwulan targets, and capaian as of a triwulan.

A rencana aksi gives, per triwulan, either the value to reach *by the end of* that triwulan
(``kumulatif``: 25/50/75/100 % of a progress indicator, IKM 90 in TW II) or the value of that
triwulan alone (per period: 1 dokumen in each triwulan of a count indicator). The default follows
the indicator's aggregation: a level (``terakhir``) is cumulative by nature, a sum (``jumlah``) and a
mean (``rata_rata``) are per period. The realisasi as of triwulan N is aggregated from the stored
parts up to N exactly as the annual value is (SAKIP-rules §3.5), so at TW IV with the annual
target the measurement is the annual one.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from .aggregation import ROMAWI, SEMESTER, TRIWULAN, Agregasi, AgregasiError, Bagian, nilai_tahunan
from .capaian import ATURAN_BAKU, AturanCapaian, Capaian, Polaritas, StatusCapaian, hitung_capaian
from .formatting import rupiah
from .numbers import ZERO

TRIWULAN_NOMOR = (1, 2, 3, 4)


class RencanaAksiError(ValueError):
    """A rencana aksi that cannot be stored; the message is shown to the person who entered it."""


def kumulatif_baku(agregasi: Agregasi) -> bool:
    """Whether triwulan targets are written cumulatively unless the PD says otherwise."""
    return agregasi is Agregasi.TERAKHIR


def periksa_triwulan(triwulan: int) -> int:
    if triwulan not in TRIWULAN_NOMOR:
        raise RencanaAksiError(f"Triwulan harus 1 sampai 4, bukan {triwulan}.")
    return triwulan


def target_sampai_dengan(targets: Mapping[int, Decimal | None], triwulan: int, agregasi: Agregasi,
                         kumulatif: bool) -> Decimal | None:
    """The target to compare with the realisasi up to ``triwulan``; None when nothing is planned by then.

    Cumulative targets: the one written for the triwulan itself (a level planned only for TW III,
    like the Nilai SAKIP, has no target in TW I-II: it is not measured then; in TW IV the TW III
    level stands). Per period: the targets of TW I..N aggregated like the realisasi.
    """
    periksa_triwulan(triwulan)
    upto = {tw: v for tw, v in targets.items() if tw <= triwulan and v is not None}
    if not upto:
        return None
    if kumulatif:
        return upto[max(upto)]
    values = [upto[tw] for tw in sorted(upto)]
    if agregasi is Agregasi.JUMLAH:
        return sum(values, ZERO)
    if agregasi is Agregasi.TERAKHIR:
        return values[-1]
    return sum(values, ZERO) / len(values)


def _bagian_sampai(triwulan: int) -> set[Bagian]:
    """The parts of a year closed by the end of ``triwulan`` (a semester closes with TW II and TW IV)."""
    parts = set(TRIWULAN[:triwulan])
    parts |= set(SEMESTER[: triwulan // 2])
    if triwulan == 4:
        parts.add(Bagian.TAHUN)
    return parts


def realisasi_sampai_dengan(parts: Mapping[Bagian, Decimal | None], triwulan: int,
                            agregasi: Agregasi) -> Decimal | None:
    """Realisasi up to and including ``triwulan``, from triwulan or semester parts.

    An annual-only value (history) counts only at TW IV; mixed parts give None, as the annual
    reader does (they are refused on input).
    """
    periksa_triwulan(triwulan)
    allowed = _bagian_sampai(triwulan)
    try:
        return nilai_tahunan({Bagian(k): v for k, v in parts.items() if Bagian(k) in allowed}, agregasi)
    except AgregasiError:
        return None


def capaian_triwulan(target: Decimal | None, realisasi: Decimal | None, polaritas: Polaritas = Polaritas.POSITIF,
                     aturan: AturanCapaian = ATURAN_BAKU) -> Capaian:
    """Capaian as of a triwulan against the rencana aksi's target for it.

    No target planned by then (an indicator measured once a year) is "tidak dapat diukur" in that
    triwulan, never 0 %.
    """
    if target is None and realisasi is not None:
        return Capaian(None, StatusCapaian.TIDAK_DAPAT_DIUKUR)
    return hitung_capaian(target, realisasi, polaritas, aturan)


def periksa_target_tahunan(targets: Mapping[int, Decimal | None], agregasi: Agregasi, kumulatif: bool,
                           target_tahunan: Decimal | None) -> str:
    """A warning (empty when none) when the triwulan targets do not reach the PK's annual target at TW IV."""
    akhir = target_sampai_dengan(targets, 4, agregasi, kumulatif)
    if akhir is None or target_tahunan is None or akhir == target_tahunan:
        return ""
    return (f"Target s.d. triwulan IV ({format(akhir.normalize(), 'f')}) tidak sama dengan target "
            f"tahunan perjanjian kinerja ({format(target_tahunan.normalize(), 'f')}).")


def periksa_anggaran_kas(kas: Mapping[int, Decimal | None], pagu: Decimal, nama: str = "sub kegiatan") -> None:
    """The planned disbursement per triwulan must be complete, non-negative and add up to the pagu."""
    for tw in TRIWULAN_NOMOR:
        v = kas.get(tw)
        if v is not None and v < 0:
            raise RencanaAksiError(f"Anggaran kas triwulan {tw} {nama} tidak boleh negatif.")
    jumlah = sum((v for v in kas.values() if v is not None), ZERO)
    if jumlah != pagu:
        raise RencanaAksiError(
            f"Anggaran kas {nama} berjumlah {rupiah(jumlah)}, harus sama dengan pagu {rupiah(pagu)} "
            f"(selisih {rupiah(pagu - jumlah)})."
        )


def rencana_sampai_dengan(kas: Mapping[int, Decimal | None], triwulan: int) -> Decimal:
    """The planned disbursement up to and including ``triwulan``."""
    periksa_triwulan(triwulan)
    return sum((v for tw, v in kas.items() if tw <= triwulan and v is not None), ZERO)


def gabung_faktor(per_triwulan: Mapping[int, str]) -> str:
    """One annual text from the texts of each triwulan: a text repeated is said once, with its triwulan.

    ``{1: "A", 2: "A", 4: "B"}`` reads "Triwulan I, II: A" and "Triwulan IV: B" on two lines; a text
    said in all four triwulan stands alone.
    """
    groups: dict[str, list[int]] = {}
    for tw in sorted(per_triwulan):
        teks = per_triwulan[tw].strip()
        if teks:
            groups.setdefault(teks, []).append(tw)
    if len(groups) == 1 and len(next(iter(groups.values()))) == 4:
        return next(iter(groups))
    lines = []
    for teks, tws in groups.items():
        label = ", ".join(ROMAWI[t] for t in tws)
        lines.append(f"Triwulan {label}: {teks}")
    return "\n".join(lines)
