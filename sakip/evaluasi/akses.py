"""Who may do what on an evaluation: the PD answers its self-assessment, the Inspektorat team
members assigned to that PD answer their tier, the Admin Pemda and the Inspektorat (Pemda-wide)
oversee. An evaluator's grant is per PD (``PenugasanEvaluator``): it opens that PD's worksheet
and nothing else. Built on ``sakip.organisasi.akses`` so that the Pemda boundary holds.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied

from sakip.organisasi.akses import Aksi, allowed
from sakip.organisasi.models import Unit

from .models import PenugasanEvaluator, PeranTim, Tahap


def peran_tim(user: User | AnonymousUser, unit: Unit) -> set[str]:
    """The team tiers the user is assigned for this PD (empty for everyone else)."""
    if not user.is_authenticated:
        return set()
    cache = getattr(user, "_sakip_penugasan", None)
    if cache is None:
        cache = list(PenugasanEvaluator.objects.filter(user=user).values_list("unit_id", "peran"))
        user._sakip_penugasan = cache  # type: ignore[union-attr]  # per-request cache on the user object
    return {p for u, p in cache if u == unit.pk}


def boleh_lihat(user: User | AnonymousUser, unit: Unit) -> bool:
    """The PD itself, the Pemda's overseers (admin, Inspektorat, pimpinan) and its own evaluators."""
    return allowed(user, unit, Aksi.LIHAT) or bool(peran_tim(user, unit))


def tahap_boleh(user: User | AnonymousUser, unit: Unit) -> set[str]:
    """The tiers whose answers the user may write: the PD its self-assessment, evaluators their tier."""
    out = set(peran_tim(user, unit))
    if allowed(user, unit, Aksi.ISI) and not allowed(user, unit, Aksi.KELOLA):
        out.add(Tahap.MANDIRI)  # the PD's operator; the Admin Pemda does not assess for a PD
    return out


def boleh_final(user: User | AnonymousUser, unit: Unit) -> bool:
    """Only the team's ketua or pengendali teknis closes an evaluation."""
    return bool(peran_tim(user, unit) & {PeranTim.KETUA, PeranTim.DALNIS})


def boleh_awasi(user: User | AnonymousUser, unit: Unit) -> bool:
    """Reopen a final evaluation, verify follow-up: the Inspektorat (Pemda-wide) and the Admin Pemda."""
    return allowed(user, unit, Aksi.REVIU)


def boleh_verifikasi(user: User | AnonymousUser, unit: Unit) -> bool:
    return boleh_awasi(user, unit) or bool(peran_tim(user, unit))


def boleh_tindak_lanjut(user: User | AnonymousUser, unit: Unit) -> bool:
    """The PD records its own follow-up."""
    return allowed(user, unit, Aksi.ISI)


def pastikan(ok: bool, pesan: str) -> None:
    if not ok:
        raise PermissionDenied(pesan)
