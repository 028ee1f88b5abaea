"""The job queue of documents: RQ on Redis, worked by any number of `sakip worker` processes.

A document that takes more than a second (an LKjIP, a PDF of anything, every PD's LKjIP of a
year) is not built inside a web request or a waiting command: ``kirim`` puts a job on the queue
(``SAKIP_ANTREAN`` on ``SAKIP_REDIS_URL``) and returns its id; a worker on any machine that
reaches the database, Redis and the media storage builds it, stores the file under
``antrean/<id>/`` of the media storage and records its progress in the job; ``status`` reads it
back for the page that polls and for `sakip laporan ... --antrean`.

Why RQ (pyproject.toml says it in one line): a job is a Python function and its progress a dict
on the job (``meta``); a worker is one plain process that forks a fresh child per job, so a
crashed or stuck document cannot take the worker down. Celery brings a broker abstraction, a
result backend and beat for what is here one queue; Django's tasks API (the backport) has no
progress of a running task and its Redis backend is itself built on RQ.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import close_old_connections, connection

if TYPE_CHECKING:
    from redis import Redis
    from rq import Queue
    from rq.job import Job

__all__ = ["AntreanTidakTersedia", "Permintaan", "Status", "kirim", "status"]

BATAS_WAKTU_JOB = 15 * 60  # seconds a worker may spend on one document before it is stopped


class AntreanTidakTersedia(RuntimeError):
    """Redis cannot be reached; the message is Indonesian and names the address."""


@dataclass(frozen=True)
class Permintaan:
    """What to build: a document of one unit-year (a PK by its id)."""

    jenis: str  # lkjip | pk | e81
    unit_id: int
    tahun: int
    format: str  # docx | pdf | xlsx
    tanggal: str | None = None  # ISO date of the document; None: the day it is built
    perjanjian_id: int | None = None
    nomor_halaman: bool = False
    terbitkan_oleh: int | None = None  # user id: publish the built file as that user (web)


@dataclass(frozen=True)
class Status:
    """Where a job is, as the report page and the command show it."""

    id: str
    unit_id: int | None
    tahap: str  # menunggu | menyusun | mengonversi | menyimpan | selesai | gagal
    persen: int
    keterangan: str
    berkas: str | None = None  # storage name of the finished file
    nama: str | None = None  # file name to download it as
    galat: str | None = None
    posisi: int | None = None  # place in the queue while waiting (1 = next)
    diterbitkan: bool = False
    pekerja: str | None = None  # the worker that built it

    @property
    def selesai(self) -> bool:
        return self.tahap in ("selesai", "gagal")


KETERANGAN = {
    "menunggu": "Menunggu giliran di antrean",
    "menyusun": "Menyusun dokumen dari data",
    "mengonversi": "Mengonversi DOCX ke PDF dengan LibreOffice",
    "menyimpan": "Menyimpan berkas",
    "selesai": "Selesai",
    "gagal": "Gagal",
}


def sambungan() -> Redis:
    """The Redis of the queue (``SAKIP_REDIS_URL``)."""
    from redis import Redis

    return Redis.from_url(settings.SAKIP_REDIS_URL, socket_connect_timeout=5)


def antrean(nama: str | None = None) -> Queue:
    from rq import Queue

    return Queue(nama or settings.SAKIP_ANTREAN, connection=sambungan(), default_timeout=BATAS_WAKTU_JOB)


def _tak_tersedia(exc: Exception) -> AntreanTidakTersedia:
    return AntreanTidakTersedia(f"Antrean dokumen (Redis {settings.SAKIP_REDIS_URL}) tidak dapat dihubungi: "
                                f"{exc}. Periksa SAKIP_REDIS_URL dan bahwa Redis berjalan.")


def kirim(permintaan: Permintaan) -> str:
    """Put a document on the queue; returns the job's id (a UUID)."""
    from redis.exceptions import RedisError

    job_id = str(uuid.uuid4())
    try:
        antrean().enqueue(
            kerjakan, asdict(permintaan), job_id=job_id, result_ttl=settings.SAKIP_ANTREAN_SIMPAN,
            failure_ttl=settings.SAKIP_ANTREAN_SIMPAN, ttl=settings.SAKIP_ANTREAN_SIMPAN,
            meta={"unit_id": permintaan.unit_id, "tahap": "menunggu", "persen": 0},
        )
    except RedisError as exc:
        raise _tak_tersedia(exc) from exc
    return job_id


def _status_job(job: Job) -> Status:
    meta = job.meta
    unit_id = meta.get("unit_id")
    st = job.get_status(refresh=False)
    if st == "finished":
        hasil: dict[str, Any] = job.return_value() or {}
        if hasil.get("galat"):
            return Status(job.id, unit_id, "gagal", 100, KETERANGAN["gagal"], galat=hasil["galat"])
        return Status(job.id, unit_id, "selesai", 100, KETERANGAN["selesai"], berkas=hasil.get("berkas"),
                      nama=hasil.get("nama"), diterbitkan=bool(hasil.get("diterbitkan")), pekerja=job.worker_name)
    if st in ("failed", "stopped", "canceled"):
        return Status(job.id, unit_id, "gagal", 100, KETERANGAN["gagal"],
                      galat="Pekerja antrean gagal membuat dokumen ini; coba lagi, atau hubungi Admin Pemda.")
    # The job's own status says when it is done; meta only tells how far a running job got.
    tahap = meta.get("tahap", "menunggu")
    if tahap not in ("menunggu", "menyusun", "mengonversi", "menyimpan"):
        tahap = "menyimpan"
    posisi = None
    if tahap == "menunggu":
        pos = job.get_position()
        posisi = None if pos is None else pos + 1
    return Status(job.id, unit_id, tahap, int(meta.get("persen", 0)), KETERANGAN.get(tahap, tahap), posisi=posisi)


def status(job_id: str) -> Status | None:
    """The state of a job, or None when it is unknown (never queued here, or expired)."""
    return (status_banyak([job_id]) or [None])[0]


def status_banyak(job_ids: list[str]) -> list[Status | None]:
    """The states of many jobs in one round trip to Redis."""
    from redis.exceptions import RedisError
    from rq.job import Job

    try:
        jobs = Job.fetch_many(job_ids, connection=sambungan())
        return [None if j is None else _status_job(j) for j in jobs]
    except RedisError as exc:
        raise _tak_tersedia(exc) from exc


def batalkan(job_ids: list[str]) -> None:
    """Cancel jobs not yet started (a command interrupted while waiting)."""
    from rq.job import Job

    for j in Job.fetch_many(job_ids, connection=sambungan()):
        if j is not None and j.get_status() == "queued":
            j.cancel()


def ambil_berkas(st: Status) -> bytes:
    """The finished file's bytes from the media storage."""
    assert st.berkas is not None  # noqa: S101  # callers check st.tahap == "selesai"
    with default_storage.open(st.berkas, "rb") as fh:
        return fh.read()


def hapus_berkas(st: Status) -> None:
    if st.berkas:
        default_storage.delete(st.berkas)


# --- run by the worker ---------------------------------------------------------------------

def _segarkan_sambungan() -> None:
    """Drop a stale database connection between jobs (not inside a transaction: a test's job)."""
    if not connection.in_atomic_block:
        close_old_connections()


def _tahap(tahap: str, persen: int) -> None:
    from rq import get_current_job

    job = get_current_job()
    if job is not None:
        job.meta.update(tahap=tahap, persen=persen)
        job.save_meta()


def nama_berkas(jenis: str, unit_slug: str, tahun: int, fmt: str, versi: str = "") -> str:
    """'LKjIP-2025-kecamatan-mojosari.pdf', 'PK-Perubahan-1-2025-...pdf', 'E-81-2025-....xlsx'."""
    label = {"lkjip": "LKjIP", "e81": "E-81", "pk": f"PK-{versi}" if versi else "PK"}[jenis]
    return f"{label}-{tahun}-{unit_slug}.{fmt}"


def _bangun(p: Permintaan) -> tuple[bytes, str]:
    from sakip.organisasi.models import Unit
    from sakip.perjanjian.models import PerjanjianKinerja

    from . import api
    from .pdf import docx_ke_pdf

    unit = Unit.objects.select_related("pemda").get(pk=p.unit_id)
    tanggal = date.fromisoformat(p.tanggal) if p.tanggal else None
    _tahap("menyusun", 10)
    if p.jenis == "lkjip":
        nama = nama_berkas("lkjip", unit.slug, p.tahun, p.format)
        if p.format == "pdf":  # render_lkjip's PDF path, split to report the conversion
            from django.utils import timezone

            draf = len(api.temuan_draf(unit, p.tahun))  # open reviu errors mark the draft, as in-process
            docx = api.susun_lkjip(unit, p.tahun, tanggal or timezone.localdate(), draf=draf).simpan()
            _tahap("mengonversi", 60)
            return docx_ke_pdf(docx), nama
        return api.render_lkjip(unit, p.tahun, "docx", tanggal=tanggal, nomor_halaman=p.nomor_halaman), nama
    if p.jenis == "pk":
        pk = PerjanjianKinerja.objects.get(pk=p.perjanjian_id, unit=unit)
        versi = "Awal" if pk.nomor_perubahan == 0 else f"Perubahan-{pk.nomor_perubahan}"
        if p.format == "pdf":
            _tahap("mengonversi", 50)
        return api.render_pk(pk, p.format), nama_berkas("pk", unit.slug, pk.tahun, p.format, versi)
    if p.jenis == "e81":
        return api.render_e81(unit, p.tahun, tanggal=tanggal), nama_berkas("e81", unit.slug, p.tahun, "xlsx")
    raise ValueError(f"Jenis dokumen {p.jenis!r} tidak dikenal.")


def kerjakan(permintaan: dict[str, Any]) -> dict[str, Any]:
    """The job: build the document, store it, return where it is (or the user-facing error)."""
    from rq import get_current_job

    from .galat import DataKurang, KonversiGagal

    p = Permintaan(**permintaan)
    _segarkan_sambungan()
    try:
        isi, nama = _bangun(p)
    except (DataKurang, KonversiGagal) as exc:
        return {"galat": str(exc)}
    finally:
        _segarkan_sambungan()
    _tahap("menyimpan", 90)
    job = get_current_job()
    folder = job.id if job is not None else uuid.uuid4().hex
    berkas = default_storage.save(f"antrean/{folder}/{nama}", ContentFile(isi))
    hasil: dict[str, Any] = {"berkas": berkas, "nama": nama, "ukuran": len(isi)}
    if p.terbitkan_oleh is not None:
        try:
            _terbitkan(p, isi, nama)
        except ValidationError as exc:
            return {"galat": " ".join(exc.messages)}
        finally:
            _segarkan_sambungan()
        hasil["diterbitkan"] = True
    return hasil


def _terbitkan(p: Permintaan, isi: bytes, nama: str) -> None:
    """Publish the built file through laporan's one write path, attributed to the web user who asked."""
    from django.contrib.auth import get_user_model

    from sakip.audit.context import Sumber, pelaku
    from sakip.organisasi.models import Unit
    from sakip.perjanjian.models import PerjanjianKinerja

    from .services import terbitkan_laporan

    user = get_user_model().objects.get(pk=p.terbitkan_oleh)
    unit = Unit.objects.select_related("pemda").get(pk=p.unit_id)
    pk = PerjanjianKinerja.objects.get(pk=p.perjanjian_id, unit=unit) if p.perjanjian_id else None
    with pelaku(user, Sumber.WEB):
        terbitkan_laporan(unit, p.tahun, p.jenis, isi, format=p.format, filename=nama, user=user,
                          perjanjian=pk if p.jenis == "pk" else None)
