"""The document queue on a real Redis (127.0.0.1, this run's own database and queue name).

Jobs are worked here by RQ's in-process worker, so they see the test's transaction; real
`sakip worker` processes are in test_antrean_pekerja.py.
"""

from __future__ import annotations

import uuid

import pytest
from django.core.files.storage import default_storage
from rq import SimpleWorker

from sakip.laporan import antrean
from sakip.organisasi.models import Unit

from .bacaan import baca

pytestmark = pytest.mark.django_db


def kerjakan_semua() -> None:
    """Work every queued job in this process (it sees the test's transaction)."""
    q = antrean.antrean()
    SimpleWorker([q], connection=q.connection).work(burst=True, with_scheduler=False)


def test_a_queued_lkjip_is_built_stored_and_reported_done() -> None:
    unit = Unit.objects.get(slug="bagian-organisasi")
    job = antrean.kirim(antrean.Permintaan("lkjip", unit.pk, 2025, "docx", "2026-01-30"))
    menunggu = antrean.status(job)
    assert menunggu is not None and menunggu.tahap == "menunggu" and menunggu.posisi == 1
    assert menunggu.unit_id == unit.pk and not menunggu.selesai

    kerjakan_semua()

    st = antrean.status(job)
    assert st is not None and st.tahap == "selesai" and st.persen == 100 and st.galat is None
    assert st.nama == "LKjIP-2025-bagian-organisasi.docx"
    assert st.berkas == f"antrean/{job}/{st.nama}" and default_storage.exists(st.berkas)
    b = baca(antrean.ambil_berkas(st))
    assert ("Heading 1", "BAB III AKUNTABILITAS KINERJA") in b.judul
    antrean.hapus_berkas(st)
    assert not default_storage.exists(st.berkas)


def test_missing_data_ends_the_job_with_the_indonesian_message() -> None:
    unit = Unit.objects.get(slug="kecamatan-mojosari")
    job = antrean.kirim(antrean.Permintaan("lkjip", unit.pk, 2031, "docx"))
    kerjakan_semua()
    st = antrean.status(job)
    assert st is not None and st.tahap == "gagal" and st.berkas is None
    assert "belum dapat dibuat" in (st.galat or "")


def test_an_unknown_job_has_no_status() -> None:
    assert antrean.status(str(uuid.uuid4())) is None


def test_an_unreachable_redis_is_one_clear_error(settings) -> None:  # pytest-django fixture
    settings.SAKIP_REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    with pytest.raises(antrean.AntreanTidakTersedia, match="SAKIP_REDIS_URL"):
        antrean.kirim(antrean.Permintaan("lkjip", 1, 2025, "docx"))


def test_only_the_jobs_own_status_says_done_never_its_progress_note() -> None:
    """A running job's note may be ahead of its status (the result is written last): not done yet."""
    from rq.job import Job

    unit = Unit.objects.get(slug="bagian-organisasi")
    job_id = antrean.kirim(antrean.Permintaan("lkjip", unit.pk, 2025, "docx"))
    job = Job.fetch(job_id, connection=antrean.sambungan())
    job.meta.update(tahap="selesai", persen=100)
    job.save_meta()
    st = antrean.status(job_id)
    assert st is not None and not st.selesai and st.tahap == "menyimpan" and st.berkas is None
