"""Load the declarative demo data (sakip/demo/data, see FORMAT.md) through the services."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.anggaran.models import MataAnggaran
from sakip.anggaran.services import add_mata_anggaran, record_realisasi_anggaran
from sakip.audit.services import muat_awal
from sakip.organisasi import services as org
from sakip.organisasi.models import Keanggotaan, Pejabat, Pemda, Peran, Unit
from sakip.perencanaan import services as plan
from sakip.perencanaan.models import Indikator, Misi, NodeCascade, PeriodePerencanaan, Skala
from sakip.perjanjian.services import BarisAnggaran, BarisSasaran, create_pk, sign_pk
from sakip.realisasi import services as real

DEMO_PASSWORD = "sakip-demo"  # noqa: S105  # documented demo password, demo data only


def D(x: str | int | None) -> Decimal | None:  # reads like a literal
    return None if x is None or x == "" else Decimal(str(x))


def _date(x: str | None) -> date | None:
    return None if not x else date.fromisoformat(x)


class DemoDataError(ValueError):
    pass


class Loader:
    """Keeps the refs (pejabat, indikator, unit) that data modules point at."""

    def __init__(self) -> None:
        self.pemda: Pemda | None = None
        self.periode: dict[str, PeriodePerencanaan] = {}
        self.pejabat: dict[str, Pejabat] = {}
        self.units: dict[str, Unit] = {}
        self.skala: dict[str, Skala] = {s.kode: s for s in Skala.objects.all()}
        self.misi: dict[tuple[str, int], Misi] = {}
        self.rpjmd: dict[str, NodeCascade] = {}  # RPJMD boxes by "ref", for the PDs' "mendukung"

    # -- Pemda ---------------------------------------------------------------------------------
    def load_pemda(self, data: Mapping[str, Any]) -> Pemda:
        self.pemda = org.create_pemda(slug=data["slug"], nama=data["nama"], provinsi=data["provinsi"],
                                      ibukota=data.get("ibukota", ""))
        for p in data["periode"]:
            self.periode[p["nama"]] = plan.create_periode(
                self.pemda, nama=p["nama"], tahun_mulai=p["mulai"], tahun_selesai=p["selesai"], visi=p["visi"],
                misi=p["misi"], dasar_hukum=p.get("dasar_hukum", ""),
            )
        self.misi = {(m.periode.nama, m.nomor): m
                     for m in Misi.objects.filter(periode__pemda=self.pemda).select_related("periode")}
        return self.pemda

    def load_pejabat(self, rows: Iterable[Mapping[str, Any]], sintetis: bool = False) -> None:
        assert self.pemda is not None  # noqa: S101  # load_pemda runs first
        for row in rows:
            if row["ref"] in self.pejabat:
                continue
            p = org.add_pejabat(
                self.pemda, nama=row["nama"], gelar_depan=row.get("gelar_depan", ""),
                gelar_belakang=row.get("gelar_belakang", ""), nip=row.get("nip") or "",
                pangkat=row.get("pangkat", ""), golongan=row.get("golongan", ""),
                sintetis=sintetis or row.get("sintetis", False),
            )
            self.pejabat[row["ref"]] = p
            for j in row.get("jabatan", []):
                org.assign_jabatan(
                    p, nama=j["nama"], unit=self.units.get(j["unit"]) if j.get("unit") else None,
                    plt=j.get("plt", False), mulai=_date(j["mulai"]), selesai=_date(j.get("selesai")),
                    kepala_unit=j.get("kepala_unit", True),
                )

    # -- Units ---------------------------------------------------------------------------------
    def create_unit(self, data: Mapping[str, Any], urutan: int = 0) -> Unit:
        assert self.pemda is not None  # noqa: S101  # load_pemda runs first
        induk = self.units[data["induk"]] if data.get("induk") else None
        unit = org.create_unit(
            self.pemda, induk=induk, slug=data["slug"], nama=data["nama"], jenis=data["jenis"],
            kode_organisasi=data.get("kode_organisasi", ""), singkatan=data.get("singkatan", ""),
            alamat=data.get("alamat", ""), tugas_fungsi=data.get("tugas_fungsi", ""),
            struktur_organisasi=data.get("struktur_organisasi", ""), sintetis=data.get("sintetis", False),
            wilayah=[tuple(w) for w in data.get("wilayah", [])], urutan=urutan,
        )
        self.units[unit.slug] = unit
        for i, sub in enumerate(data.get("sub_unit", [])):
            self.units[sub["slug"]] = org.create_unit(
                self.pemda, induk=unit, slug=sub["slug"], nama=sub["nama"], jenis=sub["jenis"],
                sintetis=data.get("sintetis", False), urutan=i,
            )
        return unit

    def load_unit_content(self, data: Mapping[str, Any]) -> None:
        unit = self.units[data["slug"]]
        sintetis = data.get("sintetis", False)
        if data.get("aset"):
            org.set_aset(unit, [{**a, "nilai": D(a["nilai"])} for a in data["aset"]])
        self.load_pejabat(data.get("pejabat", []), sintetis=sintetis)
        indikator: dict[str, Indikator] = {}
        for nama_periode, content in data.get("periode", {}).items():
            periode = self.periode[nama_periode]
            plan.support_misi(unit, periode, content.get("misi", []))
            for i, node in enumerate(content.get("cascade", [])):
                self._node(unit, periode, node, None, i, indikator)
            for spec in content.get("indikator_lain", []):
                self._indikator(unit, periode, None, spec, indikator)
        for pk in data.get("perjanjian_kinerja", []):
            self._pk(unit, pk, indikator)
        for tahun, programs in data.get("anggaran", {}).items():
            counter = [0]
            for prog in programs:
                self._budget(unit, int(tahun), prog, None, counter)
        for tahun, texts in data.get("narasi", {}).items():
            for jenis, teks in texts.items():
                if teks:
                    real.set_narasi_unit(unit, int(tahun), jenis, teks)

    def _node(self, unit: Unit, periode: PeriodePerencanaan, spec: Mapping[str, Any], induk: NodeCascade | None,
              urutan: int, indikator: dict[str, Indikator]) -> None:
        try:
            misi = self.misi[(periode.nama, spec["misi"])] if spec.get("misi") else None
            mendukung = self.rpjmd[spec["mendukung"]] if spec.get("mendukung") else None
        except KeyError as exc:  # the Pemda-level unit is loaded first; a typo names nothing
            raise DemoDataError(f"{unit.slug}: misi/kotak RPJMD {exc} tidak ada") from exc
        node = plan.add_node(unit, periode, tingkat=spec["tingkat"], nama=spec["nama"], kode=spec.get("kode", ""),
                             induk=induk, urutan=urutan, misi=misi, mendukung=mendukung)
        if spec.get("ref"):
            self.rpjmd[spec["ref"]] = node
        for ind in spec.get("indikator", []):
            self._indikator(unit, periode, node, ind, indikator)
        for i, child in enumerate(spec.get("anak", [])):
            self._node(unit, periode, child, node, i, indikator)

    def _indikator(self, unit: Unit, periode: PeriodePerencanaan, node: NodeCascade | None,
                   spec: Mapping[str, Any], indikator: dict[str, Indikator]) -> None:
        skala = self.skala[spec["skala"]] if spec.get("skala") else None
        ind = plan.add_indikator(
            unit, periode, node=node, ref=spec["ref"], nama=spec["nama"], satuan=spec.get("satuan", ""),
            kode_standar=spec.get("kode_standar") or "", definisi=spec.get("definisi", ""),
            formulasi=spec.get("formulasi", ""), sumber_data=spec.get("sumber_data", ""),
            iku=spec.get("iku", False), polaritas=spec.get("polaritas", "positif"),
            agregasi=spec.get("agregasi", "terakhir"), skala=skala, desimal=spec.get("desimal", 2),
            target_akhir=D(spec.get("target_akhir")),
            pendahulu=indikator[spec["pendahulu"]] if spec.get("pendahulu") else None,
            urutan=len(indikator),
            targets={int(y): D(v) for y, v in spec.get("target", {}).items() if v not in (None, "")},
        )
        indikator[spec["ref"]] = ind
        if spec.get("turunan"):
            t = spec["turunan"]
            plan.set_turunan(ind, fungsi=t["fungsi"], mulai_tahun=int(t["mulai_tahun"]), sumber=t.get("sumber", ""),
                             cakupan=t.get("cakupan", "pd"), kategori_min=t.get("kategori_min", ""),
                             nilai_min=D(t.get("nilai_min")))
        real.record_realisasi_tahun(ind, {
            int(tahun): {k: D(v) for k, v in parts.items() if v not in (None, "")}
            for tahun, parts in spec.get("realisasi", {}).items()
        })
        for tahun, levels in spec.get("pembanding", {}).items():
            for tingkat, nilai in levels.items():
                if nilai not in (None, ""):
                    real.set_pembanding(ind, int(tahun), tingkat, D(nilai))
        for tahun, texts in spec.get("narasi", {}).items():
            real.set_narasi_indikator(ind, int(tahun), **{k: v for k, v in texts.items() if v})

    def _pk(self, unit: Unit, spec: Mapping[str, Any], indikator: dict[str, Indikator]) -> None:
        sasaran = [
            BarisSasaran(s["uraian"], s.get("kelompok", "utama"),
                         [(indikator[i["ref"]], D(i["target"])) for i in s["indikator"]])
            for s in spec["sasaran"]
        ]
        pk = create_pk(
            unit, tahun=spec["tahun"], periode=self.periode[spec["periode"]], tanggal=_date(spec["tanggal"]),
            pihak_pertama=self.pejabat[spec["pihak_pertama"]],
            # The Kepala Daerah's own PK (the pemda unit) has no pihak kedua.
            pihak_kedua=self.pejabat[spec["pihak_kedua"]] if spec.get("pihak_kedua") else None,
            sasaran=sasaran,
            anggaran=[BarisAnggaran(a["program"], D(a["jumlah"]), a.get("kode", ""), a.get("sumber", ""))
                      for a in spec.get("anggaran", [])],
            versi=spec["versi"], nomor_perubahan=spec.get("nomor_perubahan", 0), alasan=spec.get("alasan", ""),
        )
        if spec.get("ditandatangani", True):
            sign_pk(pk)

    def _budget(self, unit: Unit, tahun: int, spec: Mapping[str, Any], induk: MataAnggaran | None,
                counter: list[int]) -> None:
        counter[0] += 1
        line = add_mata_anggaran(
            unit, tahun, tingkat=spec["tingkat"], nama=spec["nama"], kode=spec.get("kode", ""), induk=induk,
            pagu=D(spec.get("pagu")), pelaksana=self.units[spec["pelaksana"]] if spec.get("pelaksana") else None,
            urutan=counter[0],
        )
        if spec.get("realisasi"):
            record_realisasi_anggaran(line, {int(k.removeprefix("TW")): D(v) for k, v in spec["realisasi"].items()})
        for child in spec.get("anak", []):
            self._budget(unit, tahun, child, line, counter)


def create_demo_users(pemda: Pemda, units: Mapping[str, Unit]) -> None:
    """The demo accounts (demo data only): admin, operators, kepala, inspektorat, pimpinan."""
    spec = [
        ("admin", Peran.ADMIN_PEMDA, None),
        ("operator.mojosari", Peran.OPERATOR_PD, "kecamatan-mojosari"),
        ("kepala.mojosari", Peran.KEPALA_PD, "kecamatan-mojosari"),
        ("operator.organisasi", Peran.OPERATOR_PD, "bagian-organisasi"),
        ("kepala.organisasi", Peran.KEPALA_PD, "bagian-organisasi"),
        ("inspektorat", Peran.INSPEKTORAT, None),
        ("pimpinan", Peran.PIMPINAN, None),
    ]
    for username, peran, slug in spec:
        user = User.objects.create_user(username, password=DEMO_PASSWORD)
        if peran is Peran.ADMIN_PEMDA:
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
        Keanggotaan.objects.create(user=user, pemda=pemda, unit=units[slug] if slug else None, peran=peran)


@transaction.atomic
@muat_awal("Data demo Pemda dimuat")  # one trail row for the whole load, not one per value (~20.000)
def load_demo(*, synthetic: bool = True) -> Pemda:
    """Create the demo Pemda in one transaction: all of it, or nothing."""
    from sakip.demo.data import pemda as pemda_data
    from sakip.demo.data import (
        unit_bagian_organisasi,
        unit_kecamatan_mojosari,
        unit_pemkab_mojokerto,
        unit_sekretariat_daerah,
    )

    loader = Loader()
    pemda = loader.load_pemda(pemda_data.PEMDA)
    # The Kabupaten itself first: its RPJMD boxes are what the PDs' boxes support.
    loader.create_unit(unit_pemkab_mojokerto.UNIT, 0)
    real_units = [unit_sekretariat_daerah.UNIT, unit_bagian_organisasi.UNIT, unit_kecamatan_mojosari.UNIT]
    units = list(real_units)
    if synthetic:
        from sakip.demo.data import synthetic as synthetic_data

        units += synthetic_data.generate()
    # Units first (parents before children), then officials, then everything that points at both.
    pending = list(units)
    order = 0
    while pending:
        progressed = False
        for data in list(pending):
            if not data.get("induk") or data["induk"] in loader.units:
                order += 1
                loader.create_unit(data, order)
                pending.remove(data)
                progressed = True
        if not progressed:
            raise ValueError("unit induk tidak ditemukan: " + ", ".join(d["slug"] for d in pending))
    loader.load_pejabat(pemda_data.PEMDA.get("pejabat", []))
    for data in units:
        loader.load_pejabat(data.get("pejabat", []), sintetis=data.get("sintetis", False))
    for data in [unit_pemkab_mojokerto.UNIT, *units]:
        try:
            loader.load_unit_content(data)
        except ValidationError as exc:
            raise DemoDataError(f"data demo {data['slug']} tidak sah: {exc}") from exc
    create_demo_users(pemda, loader.units)
    return pemda
