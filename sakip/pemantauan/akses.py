"""Who may compare the PDs of a Pemda: its Pemda-wide roles (admin, inspektorat, pimpinan).

These are the roles ``sakip.organisasi.akses`` gives the right to read every unit of their
Pemda (``Aksi.LIHAT`` Pemda-wide); a PD role (operator, kepala) sees its own PD only, so it may
not see the others ranked. The same rule gates the Pemda dashboard.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied

from sakip.organisasi.akses import Aksi, allowed
from sakip.organisasi.models import Keanggotaan, Pemda, Peran, Unit

PERAN_PEMANTAU = (Peran.ADMIN_PEMDA, Peran.INSPEKTORAT, Peran.PIMPINAN)


def pemda_pemantau(user: User | AnonymousUser, slug: str | None = None) -> Pemda:
    """The Pemda whose PDs ``user`` may rank and follow up (``slug`` picks one of several); 403 otherwise."""
    if not user.is_authenticated:
        raise PermissionDenied("Masuk terlebih dahulu.")
    qs = Keanggotaan.objects.filter(user=user, peran__in=PERAN_PEMANTAU).select_related("pemda").order_by("pk")
    if slug:
        qs = qs.filter(pemda__slug=slug)
    m = qs.first()
    # The policy module has the last word: the role must give LIHAT on the Pemda's units.
    if m is None or not allowed(user, Unit(pemda_id=m.pemda_id), Aksi.LIHAT):
        raise PermissionDenied("Halaman pemantauan hanya untuk Admin Pemda (Bagian Organisasi), Inspektorat dan "
                               "Pimpinan.")
    return m.pemda
