"""Load a whole Pemda from data in the shape of sakip/demo/data/FORMAT.md, through the services.

The one loader of Pemda data: ``sakip muat-pemda BERKAS.json`` (a real Pemda's set-up) and the
demo (``sakip.demo.loader.load_demo``) both run ``Loader.muat``. The data is checked against
``skema_pemda`` first; a reference that names nothing, or a value a service refuses, is reported
with its place in the data (``unit[2].periode["2021-2025"].cascade[0].indikator[1].target``).
Callers run it in one transaction, so a refused file stores nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, transaction

from sakip.anggaran.models import MataAnggaran
from sakip.anggaran.services import catat_realisasi_anggaran, tambah_mata_anggaran
from sakip.audit.services import muat_awal
from sakip.core.ikm import KODE_UNSUR, jawaban_untuk_ikm, sampel_minimum
from sakip.organisasi import services as org
from sakip.organisasi.models import Pejabat, Pemda, Unit
from sakip.perencanaan import services as plan
from sakip.perencanaan.models import Indikator, Misi, NodeCascade, PeriodePerencanaan, Skala, Target
from sakip.perjanjian.models import IndikatorPK, PerjanjianKinerja
from sakip.perjanjian.services import BarisAnggaranPK, BarisSasaran, buat_pk, tandatangani_pk
from sakip.realisasi import services as real
from sakip.rencana_aksi.services import (
    IsianRencana,
    simpan_rencana_aksi,
    simpan_rencana_sub_kegiatan,
)
from sakip.skm import services as skm
from sakip.skm.models import JenisKelamin, Kanal, Pekerjaan, Pendidikan, Usia

from .skema_pemda import BerkasPemdaTidakSah, jalur_kunci, jalur_peta, periksa

__all__ = ["BerkasPemdaTidakSah", "Loader", "Ringkasan", "baca_berkas", "muat_berkas"]


def D(x: str | int | None) -> Decimal | None:  # reads like a literal
    return None if x is None or x == "" else Decimal(str(x))


def _date(x: str | None) -> date | None:
    return None if not x else date.fromisoformat(x)


class _Tidak(Exception):  # internal: a name that refers to nothing, turned into a path below
    pass


@contextmanager
def _di(jalur: str, spec: Mapping[str, Any] | None = None) -> Iterator[None]:
    """Name ``jalur`` in every refusal raised inside: a service's ValidationError or a dangling ref.

    A ValidationError about one field that is also a key of ``spec`` names that key's path.
    """
    try:
        yield
    except _Tidak as exc:
        raise BerkasPemdaTidakSah(jalur, str(exc)) from None
    except ValidationError as exc:
        if hasattr(exc, "error_dict") and len(exc.error_dict) == 1:
            medan, pesan = next(iter(exc.message_dict.items()))
            if spec is not None and medan in spec:
                raise BerkasPemdaTidakSah(jalur_kunci(jalur, medan), " ".join(pesan)) from None
            if medan != "__all__":
                raise BerkasPemdaTidakSah(jalur, f"{medan}: {' '.join(pesan)}") from None
        raise BerkasPemdaTidakSah(jalur, " ".join(exc.messages)) from None
    except (DataError, IntegrityError, InvalidOperation) as exc:  # past the checks above; still named
        raise BerkasPemdaTidakSah(jalur, f"ditolak basis data: {str(exc).strip().splitlines()[0]}") from None


def _cari(peta: Mapping[Any, Any], kunci: Any, apa: str) -> Any:
    try:
        return peta[kunci]
    except KeyError:
        raise _Tidak(f"{apa} \"{kunci}\" tidak ada" if not isinstance(kunci, tuple)
                     else f"{apa} {kunci[1]} tidak ada pada periode {kunci[0]}") from None


class Loader:
    """Keeps the refs (pejabat, indikator, unit) that the data points at."""

    def __init__(self) -> None:
        self.pemda: Pemda | None = None
        self.periode: dict[str, PeriodePerencanaan] = {}
        self.pejabat: dict[str, Pejabat] = {}
        self.units: dict[str, Unit] = {}
        self.skala: dict[str, Skala] = {s.kode: s for s in Skala.objects.all()}
        self.misi: dict[tuple[str, int], Misi] = {}
        self.rpjmd: dict[str, NodeCascade] = {}  # RPJMD boxes by "ref", for the PDs' "mendukung"

    # -- the whole Pemda -----------------------------------------------------------------------
    def muat(self, data: Mapping[str, Any]) -> Pemda:
        """Check ``{"pemda": ..., "unit": [...]}`` and create all of it (run inside a transaction)."""
        periksa(data)
        pemda = self.load_pemda(data["pemda"])
        units: list[tuple[int, Mapping[str, Any]]] = list(enumerate(data["unit"]))
        # The Kabupaten itself first: its RPJMD boxes are what the PDs' boxes support.
        for i, u in units:
            if u["jenis"] == "pemda":
                self.buat_unit(u, 0, jalur=f"unit[{i}]")
        # Then the others, parents before children (in file order otherwise).
        pending = [(i, u) for i, u in units if u["jenis"] != "pemda"]
        order = 0
        while pending:
            progressed = False
            for i, u in list(pending):
                if not u.get("induk") or u["induk"] in self.units:
                    order += 1
                    self.buat_unit(u, order, jalur=f"unit[{i}]")
                    pending.remove((i, u))
                    progressed = True
            if not progressed:
                i, u = pending[0]
                raise BerkasPemdaTidakSah(f"unit[{i}].induk", f"unit induk \"{u['induk']}\" tidak ada di berkas")
        # Officials next (their posts name units), then everything that points at both.
        self.load_pejabat(data["pemda"].get("pejabat", []), jalur="pemda.pejabat")
        for i, u in units:
            self.load_pejabat(u.get("pejabat", []), sintetis=u.get("sintetis", False), jalur=f"unit[{i}].pejabat")
        for i, u in sorted(units, key=lambda iu: iu[1]["jenis"] != "pemda"):
            self.load_unit_content(u, jalur=f"unit[{i}]")
        return pemda

    # -- Pemda ---------------------------------------------------------------------------------
    def load_pemda(self, data: Mapping[str, Any], jalur: str = "pemda") -> Pemda:
        with _di(jalur, data):
            self.pemda = org.buat_pemda(slug=data["slug"], nama=data["nama"], provinsi=data["provinsi"],
                                          ibukota=data.get("ibukota", ""))
        for i, p in enumerate(data["periode"]):
            with _di(f"{jalur}.periode[{i}]", p):
                self.periode[p["nama"]] = plan.buat_periode(
                    self.pemda, nama=p["nama"], tahun_mulai=p["mulai"], tahun_selesai=p["selesai"], visi=p["visi"],
                    misi=p["misi"], dasar_hukum=p.get("dasar_hukum", ""),
                )
        self.misi = {(m.periode.nama, m.nomor): m
                     for m in Misi.objects.filter(periode__pemda=self.pemda).select_related("periode")}
        return self.pemda

    def load_pejabat(self, rows: Iterable[Mapping[str, Any]], sintetis: bool = False, jalur: str = "pejabat") -> None:
        assert self.pemda is not None  # noqa: S101  # load_pemda runs first
        for i, row in enumerate(rows):
            if row["ref"] in self.pejabat:
                continue
            with _di(f"{jalur}[{i}]", row):
                p = org.tambah_pejabat(
                    self.pemda, nama=row["nama"], gelar_depan=row.get("gelar_depan", ""),
                    gelar_belakang=row.get("gelar_belakang", ""), nip=row.get("nip") or "",
                    pangkat=row.get("pangkat", ""), golongan=row.get("golongan", ""),
                    sintetis=sintetis or row.get("sintetis", False),
                )
            self.pejabat[row["ref"]] = p
            for k, j in enumerate(row.get("jabatan", [])):
                with _di(f"{jalur}[{i}].jabatan[{k}]", j):
                    org.tetapkan_jabatan(
                        p, nama=j["nama"], unit=self._unit(j["unit"], f"{jalur}[{i}].jabatan[{k}].unit")
                        if j.get("unit") else None,
                        plt=j.get("plt", False), mulai=_date(j["mulai"]), selesai=_date(j.get("selesai")),
                        kepala_unit=j.get("kepala_unit", True),
                    )

    def _unit(self, slug: str, jalur: str) -> Unit:
        try:
            return self.units[slug]
        except KeyError:
            raise BerkasPemdaTidakSah(jalur, f"unit \"{slug}\" tidak ada di berkas") from None

    # -- Units ---------------------------------------------------------------------------------
    def buat_unit(self, data: Mapping[str, Any], urutan: int = 0, jalur: str = "unit") -> Unit:
        assert self.pemda is not None  # noqa: S101  # load_pemda runs first
        induk = self._unit(data["induk"], jalur_kunci(jalur, "induk")) if data.get("induk") else None
        with _di(jalur, data):
            unit = org.buat_unit(
                self.pemda, induk=induk, slug=data["slug"], nama=data["nama"], jenis=data["jenis"],
                kode_organisasi=data.get("kode_organisasi", ""), singkatan=data.get("singkatan", ""),
                alamat=data.get("alamat", ""), tugas_fungsi=data.get("tugas_fungsi", ""),
                struktur_organisasi=data.get("struktur_organisasi", ""), sintetis=data.get("sintetis", False),
                wilayah=[tuple(w) for w in data.get("wilayah", [])], urutan=urutan,
            )
        self.units[unit.slug] = unit
        for i, sub in enumerate(data.get("sub_unit", [])):
            with _di(f"{jalur}.sub_unit[{i}]", sub):
                self.units[sub["slug"]] = org.buat_unit(
                    self.pemda, induk=unit, slug=sub["slug"], nama=sub["nama"], jenis=sub["jenis"],
                    sintetis=data.get("sintetis", False), urutan=i,
                )
        return unit

    def load_unit_content(self, data: Mapping[str, Any], jalur: str = "unit") -> None:
        unit = self.units[data["slug"]]
        sintetis = data.get("sintetis", False)
        if data.get("aset"):
            with _di(jalur_kunci(jalur, "aset")):
                org.atur_aset(unit, [{**a, "nilai": D(a["nilai"])} for a in data["aset"]])
        self.load_pejabat(data.get("pejabat", []), sintetis=sintetis, jalur=jalur_kunci(jalur, "pejabat"))
        indikator: dict[str, Indikator] = {}
        for nama_periode, content in data.get("periode", {}).items():
            jp = jalur_peta(jalur_kunci(jalur, "periode"), nama_periode)
            with _di(jp):
                periode = _cari(self.periode, nama_periode, "periode (lihat pemda.periode)")
                plan.tambah_dukungan_misi(unit, periode, content.get("misi", []))
            for i, node in enumerate(content.get("cascade", [])):
                self._node(unit, periode, node, None, i, indikator, f"{jp}.cascade[{i}]")
            for i, spec in enumerate(content.get("indikator_lain", [])):
                self._indikator(unit, periode, None, spec, indikator, f"{jp}.indikator_lain[{i}]")
        for i, pk in enumerate(data.get("perjanjian_kinerja", [])):
            self._pk(unit, pk, indikator, f"{jalur}.perjanjian_kinerja[{i}]")
        for tahun, programs in data.get("anggaran", {}).items():
            counter = [0]
            for i, prog in enumerate(programs):
                self._budget(unit, int(tahun), prog, None, counter,
                             f"{jalur_peta(jalur_kunci(jalur, 'anggaran'), tahun)}[{i}]")
        for tahun, spec in data.get("rencana_kas", {}).items():
            jk = jalur_peta(jalur_kunci(jalur, "rencana_kas"), tahun)
            with _di(jk, spec):
                self._rencana_kas(unit, int(tahun), spec, jk)
        for tahun, texts in data.get("narasi", {}).items():
            for jenis, teks in texts.items():
                if teks:
                    with _di(jalur_peta(jalur_peta(jalur_kunci(jalur, "narasi"), tahun), jenis)):
                        real.simpan_narasi_unit(unit, int(tahun), jenis, teks)
        for i, spec in enumerate(data.get("skm", [])):
            with _di(f"{jalur}.skm[{i}]", spec):
                muat_survei(unit, spec)

    def _node(self, unit: Unit, periode: PeriodePerencanaan, spec: Mapping[str, Any], induk: NodeCascade | None,
              urutan: int, indikator: dict[str, Indikator], jalur: str) -> None:
        # The Pemda-level unit is loaded first, so an RPJMD box a PD supports exists by now.
        with _di(jalur_kunci(jalur, "misi")):
            misi = _cari(self.misi, (periode.nama, spec["misi"]), "misi") if spec.get("misi") else None
        with _di(jalur_kunci(jalur, "mendukung")):
            mendukung = (_cari(self.rpjmd, spec["mendukung"], "kotak RPJMD (\"ref\" pada unit pemda)")
                         if spec.get("mendukung") else None)
        with _di(jalur, spec):
            node = plan.tambah_node(unit, periode, tingkat=spec["tingkat"], nama=spec["nama"], kode=spec.get("kode", ""),
                                 induk=induk, urutan=urutan, misi=misi, mendukung=mendukung)
        if spec.get("ref"):
            self.rpjmd[spec["ref"]] = node
        for i, ind in enumerate(spec.get("indikator", [])):
            self._indikator(unit, periode, node, ind, indikator, f"{jalur}.indikator[{i}]")
        for i, child in enumerate(spec.get("anak", [])):
            self._node(unit, periode, child, node, i, indikator, f"{jalur}.anak[{i}]")

    def _indikator(self, unit: Unit, periode: PeriodePerencanaan, node: NodeCascade | None,
                   spec: Mapping[str, Any], indikator: dict[str, Indikator], jalur: str) -> None:
        with _di(jalur_kunci(jalur, "skala")):
            skala = _cari(self.skala, spec["skala"], "skala") if spec.get("skala") else None
        with _di(jalur_kunci(jalur, "pendahulu")):
            pendahulu = (_cari(indikator, spec["pendahulu"], "indikator (ref, dimuat lebih dulu)")
                         if spec.get("pendahulu") else None)
        with _di(jalur, spec):
            ind = plan.tambah_indikator(
                unit, periode, node=node, ref=spec["ref"], nama=spec["nama"], satuan=spec.get("satuan", ""),
                kode_standar=spec.get("kode_standar") or "", definisi=spec.get("definisi", ""),
                formulasi=spec.get("formulasi", ""), sumber_data=spec.get("sumber_data", ""),
                iku=spec.get("iku", False), polaritas=spec.get("polaritas", "positif"),
                agregasi=spec.get("agregasi", "terakhir"), skala=skala, desimal=spec.get("desimal", 2),
                target_akhir=D(spec.get("target_akhir")), pendahulu=pendahulu, urutan=len(indikator),
                targets={int(y): D(v) for y, v in spec.get("target", {}).items() if v not in (None, "")},
            )
        indikator[spec["ref"]] = ind
        if spec.get("turunan"):
            t = spec["turunan"]
            with _di(jalur_kunci(jalur, "turunan"), t):
                plan.atur_turunan(ind, fungsi=t["fungsi"], mulai_tahun=int(t["mulai_tahun"]),
                                 sumber=t.get("sumber", ""), cakupan=t.get("cakupan", "pd"),
                                 kategori_min=t.get("kategori_min", ""), nilai_min=D(t.get("nilai_min")))
        with _di(jalur_kunci(jalur, "realisasi")):
            real.catat_realisasi_tahun(ind, {
                int(tahun): {k: D(v) for k, v in parts.items() if v not in (None, "")}
                for tahun, parts in spec.get("realisasi", {}).items()
            })
        for tahun, levels in spec.get("pembanding", {}).items():
            for tingkat, nilai in levels.items():
                if nilai not in (None, ""):
                    with _di(jalur_peta(jalur_peta(jalur_kunci(jalur, "pembanding"), tahun), tingkat)):
                        real.simpan_pembanding(ind, int(tahun), tingkat, D(nilai))
        for tahun, texts in spec.get("narasi", {}).items():
            with _di(jalur_peta(jalur_kunci(jalur, "narasi"), tahun)):
                real.simpan_narasi_indikator(ind, int(tahun), **{k: v for k, v in texts.items() if v})

    def _pk(self, unit: Unit, spec: Mapping[str, Any], indikator: dict[str, Indikator], jalur: str) -> None:
        sasaran = []
        for i, s in enumerate(spec["sasaran"]):
            baris = []
            for k, x in enumerate(s["indikator"]):
                with _di(f"{jalur}.sasaran[{i}].indikator[{k}].ref"):
                    baris.append((_cari(indikator, x["ref"], "indikator (ref) unit ini"), D(x["target"])))
            sasaran.append(BarisSasaran(s["uraian"], s.get("kelompok", "utama"), baris))
        with _di(jalur_kunci(jalur, "periode")):
            periode = _cari(self.periode, spec["periode"], "periode (lihat pemda.periode)")
        with _di(jalur_kunci(jalur, "pihak_pertama")):
            pihak_pertama = _cari(self.pejabat, spec["pihak_pertama"], "pejabat (ref)")
        with _di(jalur_kunci(jalur, "pihak_kedua")):
            # The Kepala Daerah's own PK (the pemda unit) has no pihak kedua.
            pihak_kedua = _cari(self.pejabat, spec["pihak_kedua"], "pejabat (ref)") if spec.get("pihak_kedua") else None
        with _di(jalur, spec):
            pk = buat_pk(
                unit, tahun=spec["tahun"], periode=periode, tanggal=_date(spec["tanggal"]),
                pihak_pertama=pihak_pertama, pihak_kedua=pihak_kedua, sasaran=sasaran,
                anggaran=[BarisAnggaranPK(a["program"], D(a["jumlah"]), a.get("kode", ""), a.get("sumber", ""))
                          for a in spec.get("anggaran", [])],
                versi=spec["versi"], nomor_perubahan=spec.get("nomor_perubahan", 0), alasan=spec.get("alasan", ""),
            )
        rows = list(IndikatorPK.objects.filter(sasaran__perjanjian=pk).order_by("sasaran__urutan", "urutan", "pk"))
        specs = [(f"{jalur}.sasaran[{i}].indikator[{k}].rencana_aksi", x.get("rencana_aksi"))
                 for i, s in enumerate(spec["sasaran"]) for k, x in enumerate(s["indikator"])]
        for row, (jalur_ra, ra) in zip(rows, specs, strict=True):
            if ra:
                with _di(jalur_ra, ra):
                    simpan_rencana_aksi(row, IsianRencana(
                        target={int(k.removeprefix("TW")): D(v) for k, v in ra.get("target", {}).items()},
                        teks={int(k.removeprefix("TW")): v for k, v in ra.get("teks", {}).items()},
                        kumulatif=ra.get("kumulatif"), aksi=[tuple(a) for a in ra.get("aksi", [])]))
        if spec.get("ditandatangani", True):
            with _di(jalur, spec):
                tandatangani_pk(pk)

    def _rencana_kas(self, unit: Unit, tahun: int, spec: Mapping[str, Any], jalur: str) -> None:
        """Anggaran kas of the sub kegiatan of the year's latest PK: given per kode, or split by a profile.

        With a profile of shares, TW I-III take the share of the pagu rounded down to the rupiah and
        TW IV the rest, so the kas adds up to the pagu exactly.
        """
        pk = PerjanjianKinerja.objects.filter(unit=unit, tahun=tahun).order_by("-nomor_perubahan").first()
        if pk is None:
            raise ValidationError(f"rencana kas {tahun}: unit ini belum mempunyai perjanjian kinerja tahun itu.")
        if ("profil" in spec) == ("sub_kegiatan" in spec):
            raise ValidationError("rencana kas: isi salah satu, \"profil\" atau \"sub_kegiatan\".")
        if "sub_kegiatan" in spec:
            lines = {m.kode: m for m in MataAnggaran.objects.filter(unit=unit, tahun=tahun, tingkat="sub_kegiatan")}
            for kode, kas_tw in spec["sub_kegiatan"].items():
                with _di(jalur_peta(jalur_kunci(jalur, "sub_kegiatan"), kode)):
                    line = _cari(lines, kode, f"sub kegiatan DPA {tahun} (kode)")
                    simpan_rencana_sub_kegiatan(pk, line, target_k={}, anggaran_kas={
                        int(k.removeprefix("TW")): D(v) for k, v in kas_tw.items()})
            return
        bagian = [Decimal(x) for x in spec["profil"]]
        if len(bagian) != 4 or sum(bagian) != 1:
            raise ValidationError("profil rencana kas: empat bagian triwulan yang berjumlah 1.")
        for line in MataAnggaran.objects.filter(unit=unit, tahun=tahun, tingkat="sub_kegiatan",
                                                pagu__isnull=False).order_by("urutan"):
            kas: dict[int, Decimal | None] = {tw: (line.pagu * b).to_integral_value(rounding=ROUND_FLOOR) for tw, b in enumerate(bagian[:3], 1)}
            kas[4] = line.pagu - sum(v for v in kas.values() if v is not None)
            simpan_rencana_sub_kegiatan(pk, line, target_k={}, anggaran_kas=kas)

    def _budget(self, unit: Unit, tahun: int, spec: Mapping[str, Any], induk: MataAnggaran | None,
                counter: list[int], jalur: str) -> None:
        counter[0] += 1
        pelaksana = self._unit(spec["pelaksana"], jalur_kunci(jalur, "pelaksana")) if spec.get("pelaksana") else None
        with _di(jalur, spec):
            line = tambah_mata_anggaran(
                unit, tahun, tingkat=spec["tingkat"], nama=spec["nama"], kode=spec.get("kode", ""), induk=induk,
                pagu=D(spec.get("pagu")), pelaksana=pelaksana, urutan=counter[0],
            )
        if spec.get("realisasi"):
            with _di(jalur_kunci(jalur, "realisasi")):
                catat_realisasi_anggaran(line, {int(k.removeprefix("TW")): D(v)
                                                 for k, v in spec["realisasi"].items()})
        for i, child in enumerate(spec.get("anak", [])):
            self._budget(unit, tahun, child, line, counter, f"{jalur}.anak[{i}]")


_PROFIL_CONTOH = (("jenis_kelamin", tuple(JenisKelamin.values), 1), ("usia", tuple(Usia.values), 3),
                  ("pendidikan", tuple(Pendidikan.values), 5), ("pekerjaan", tuple(Pekerjaan.values), 7))


def _profil(i: int, layanan: list[str]) -> dict[str, str]:
    """A respondent's profile for generated answers: the choices in turn (demo data only)."""
    def pilih(choices: Sequence[str], k: int) -> str:
        return choices[(i * k + i // len(choices)) % len(choices)]
    out = {f: pilih(choices, k) for f, choices, k in _PROFIL_CONTOH}
    out["jenis_layanan"] = pilih(layanan, 1) if layanan else ""
    return out


def _tanggal_responden(tahun: int, periode: str, i: int) -> date:
    bulan = {"S1": 1, "S2": 7, "TW1": 1, "TW2": 4, "TW3": 7, "TW4": 10, "TAHUN": 1}.get(periode, 1)
    lebar = {"S1": 6, "S2": 6, "TAHUN": 12}.get(periode, 3)
    return date(tahun, bulan + i % lebar, 1 + (i * 7) % 28)


def muat_survei(unit: Unit, spec: Mapping[str, Any]) -> None:
    """One SKM survey of the file: created, then its respondents (given, or generated for an IKM)."""
    tahun, periode = spec["tahun"], spec["periode"]
    s = skm.buat_survei(unit, tahun=tahun, periode=periode, jenis_layanan=spec["jenis_layanan"],
                        metode=spec.get("metode", "campuran"), populasi=spec["populasi"])
    if spec.get("jawaban"):
        rows = [dict(zip(KODE_UNSUR, r, strict=True)) for r in spec["jawaban"]]
    elif spec.get("ikm"):
        rows = jawaban_untuk_ikm(D(spec["ikm"]), sampel_minimum(spec["populasi"]))
    else:
        rows = []
    if rows:
        layanan = s.daftar_layanan
        skm.impor_responden(s, [skm.DataResponden(jawaban=j, tanggal=_tanggal_responden(tahun, periode, i),
                                                  **_profil(i, layanan)) for i, j in enumerate(rows)],
                            kanal=Kanal.KERTAS)
    if spec.get("status", "dibuka") != "dibuka":
        skm.ubah_survei(s, status=spec["status"])
    if spec.get("diumumkan"):
        skm.umumkan_hasil(s, date(tahun + (periode in ("S2", "TW4", "TAHUN")), 1 if periode in ("S2", "TW4", "TAHUN")
                                  else 7, 15))


# -- a Pemda file (sakip muat-pemda) ------------------------------------------------------------


def baca_berkas(path: Path) -> Any:
    """The JSON of a Pemda file, or BerkasPemdaTidakSah saying why it cannot be read."""
    try:
        teks = path.read_text(encoding="utf-8-sig")  # a BOM from Windows editors is harmless
    except FileNotFoundError:
        raise BerkasPemdaTidakSah("", f"berkas {path} tidak ada") from None
    except UnicodeDecodeError:
        raise BerkasPemdaTidakSah("", f"berkas {path} bukan teks UTF-8") from None
    except OSError as exc:
        raise BerkasPemdaTidakSah("", f"berkas {path} tidak dapat dibaca: {exc.strerror}") from None
    try:
        return json.loads(teks)
    except json.JSONDecodeError as exc:
        raise BerkasPemdaTidakSah("", f"berkas {path.name} bukan JSON yang sah (baris {exc.lineno}, "
                                      f"kolom {exc.colno})") from None


class _UjiCoba(Exception):  # not an error: rolls the dry run back
    pass


@dataclass(frozen=True)
class Ringkasan:
    """What a Pemda file created, counted inside its transaction (so also for a dry run)."""

    slug: str
    nama: str
    unit: int
    pejabat: int
    periode: int
    indikator: int
    target: int
    perjanjian_kinerja: int
    mata_anggaran: int

    @classmethod
    def dari(cls, pemda: Pemda) -> Ringkasan:
        return cls(
            slug=pemda.slug, nama=pemda.nama,
            unit=Unit.objects.filter(pemda=pemda).count(),
            pejabat=Pejabat.objects.filter(pemda=pemda).count(),
            periode=PeriodePerencanaan.objects.filter(pemda=pemda).count(),
            indikator=Indikator.objects.filter(unit__pemda=pemda).count(),
            target=Target.objects.filter(indikator__unit__pemda=pemda).count(),
            perjanjian_kinerja=PerjanjianKinerja.objects.filter(unit__pemda=pemda).count(),
            mata_anggaran=MataAnggaran.objects.filter(unit__pemda=pemda).count(),
        )


def muat_berkas(path: Path, *, uji_coba: bool = False) -> Ringkasan:
    """Create the Pemda of a JSON file in one transaction (one trail row naming the file).

    A Pemda with the file's slug must not exist yet: the file sets up a new Pemda, it does not
    update one. With ``uji_coba`` everything is checked and written, then rolled back.
    """
    data = baca_berkas(path)
    if isinstance(data, Mapping) and isinstance(data.get("pemda"), Mapping):
        slug = data["pemda"].get("slug")
        if isinstance(slug, str) and Pemda.objects.filter(slug=slug).exists():
            raise BerkasPemdaTidakSah("pemda.slug", f"Pemda \"{slug}\" sudah ada; muat-pemda hanya membuat "
                                                    "Pemda baru (tidak mengubah yang ada)")
    hasil: list[Ringkasan] = []
    try:
        with transaction.atomic(), muat_awal(f"Berkas Pemda {path.name} dimuat"):
            hasil.append(Ringkasan.dari(Loader().muat(data)))
            if uji_coba:
                raise _UjiCoba
    except _UjiCoba:
        pass
    return hasil[0]
