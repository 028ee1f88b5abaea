"""Who may do what on an evaluation: the PD answers its self-assessment, the Inspektorat team
members assigned to that PD answer their tier, the Admin Pemda and the Inspektorat (Pemda-wide)
oversee. An evaluator's grant is per PD (``PenugasanEvaluator``): it opens that PD's worksheet
and nothing else. Built on ``sakip.organisasi.akses`` so that the Pemda boundary holds.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet

from sakip.organisasi.akses import Aksi, allowed
from sakip.organisasi.models import JenisUnit, Keanggotaan, Pemda, Peran, Unit

from .models import PenugasanEvaluator, PeranTim, Tahap


def peran_tim(user: User | AnonymousUser, unit: Unit, tahun: int) -> set[str]:
    """The team tiers the user is assigned for this PD's evaluation of ``tahun`` (empty for everyone else)."""
    if not user.is_authenticated:
        return set()
    cache = getattr(user, "_sakip_penugasan", None)
    if cache is None:
        cache = list(PenugasanEvaluator.objects.filter(user=user).values_list("unit_id", "peran", "tahun"))
        user._sakip_penugasan = cache  # type: ignore[union-attr]  # per-request cache on the user object
    return {p for u, p, t in cache if u == unit.pk and (t is None or t == tahun)}


def boleh_lihat(user: User | AnonymousUser, unit: Unit, tahun: int) -> bool:
    """The PD itself, the Pemda's overseers (admin, Inspektorat, pimpinan) and that year's evaluators."""
    return allowed(user, unit, Aksi.LIHAT) or bool(peran_tim(user, unit, tahun))


def tahap_boleh(user: User | AnonymousUser, unit: Unit, tahun: int) -> set[str]:
    """The tiers whose answers the user may write: the PD its self-assessment, evaluators their tier."""
    out = set(peran_tim(user, unit, tahun))
    if allowed(user, unit, Aksi.ISI) and not allowed(user, unit, Aksi.KELOLA):
        out.add(Tahap.MANDIRI)  # the PD's operator; the Admin Pemda does not assess for a PD
    return out


def boleh_final(user: User | AnonymousUser, unit: Unit, tahun: int) -> bool:
    """Only the team's ketua or pengendali teknis closes an evaluation."""
    return bool(peran_tim(user, unit, tahun) & {PeranTim.KETUA, PeranTim.DALNIS})


def boleh_awasi(user: User | AnonymousUser, unit: Unit) -> bool:
    """Reopen a final evaluation, verify follow-up: the Inspektorat (Pemda-wide) and the Admin Pemda."""
    return allowed(user, unit, Aksi.REVIU)


def boleh_verifikasi(user: User | AnonymousUser, unit: Unit, tahun: int) -> bool:
    return boleh_awasi(user, unit) or bool(peran_tim(user, unit, tahun))


def boleh_tindak_lanjut(user: User | AnonymousUser, unit: Unit) -> bool:
    """The PD records its own follow-up."""
    return allowed(user, unit, Aksi.ISI)


# Who assigns the evaluation teams of a Pemda: the Admin Pemda (Bagian Organisasi, who manages every
# account), the Inspektorat's Pemda-wide account (the Inspektorat as an institution: its head or its
# admin) and the Kepala PD of the Pemda's Inspektorat unit (the Inspektur). The team's own tiers
# (anggota, ketua, dalnis) never grant themselves or each other: an assignment is the Inspektorat's
# decision, not the evaluator's.
_INSPEKTORAT_UNIT = Q(peran=Peran.KEPALA_PD, unit__jenis=JenisUnit.INSPEKTORAT)


def boleh_tugaskan(user: User | AnonymousUser, pemda: Pemda | int) -> bool:
    """Whether the user may assign (and withdraw) evaluators of the PDs of ``pemda``."""
    if not user.is_authenticated:
        return False
    pemda_id = pemda if isinstance(pemda, int) else pemda.pk
    return Keanggotaan.objects.filter(Q(peran__in=[Peran.ADMIN_PEMDA, Peran.INSPEKTORAT]) | _INSPEKTORAT_UNIT,
                                      user=user, pemda_id=pemda_id).exists()


def pemda_penugasan(user: User | AnonymousUser) -> Pemda | None:
    """The Pemda whose evaluators the user assigns (None: the user assigns nobody)."""
    if not user.is_authenticated:
        return None
    m = (Keanggotaan.objects.filter(Q(peran__in=[Peran.ADMIN_PEMDA, Peran.INSPEKTORAT]) | _INSPEKTORAT_UNIT,
                                    user=user).select_related("pemda").order_by("pk").first())
    return m.pemda if m else None


def calon_evaluator(pemda: Pemda | int) -> QuerySet[User]:
    """The users who may be put on a team of ``pemda``: the Inspektorat's people of that Pemda.

    That is an active account holding the Inspektorat role or a role on the Pemda's Inspektorat
    unit, or one already on a team of this Pemda (the demo's evaluators hold only their grant);
    an account tied to another Pemda never is (tenant boundary).
    """
    pemda_id = pemda if isinstance(pemda, int) else pemda.pk
    milik = (Q(keanggotaan__pemda_id=pemda_id, keanggotaan__peran=Peran.INSPEKTORAT)
             | Q(keanggotaan__pemda_id=pemda_id, keanggotaan__unit__jenis=JenisUnit.INSPEKTORAT)
             | Q(penugasan_evaluasi__unit__pemda_id=pemda_id))
    lain = Keanggotaan.objects.exclude(pemda_id=pemda_id).values("user_id")
    return User.objects.filter(milik, is_active=True).exclude(pk__in=lain).distinct().order_by("username")


def pastikan(ok: bool, pesan: str) -> None:
    if not ok:
        raise PermissionDenied(pesan)
