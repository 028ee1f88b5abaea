"""Guards for Office files from outside (XLSX, DOCX): refuse what is broken or hostile BEFORE parsing.

An Office file is a zip of XML parts. Everything here reads only the zip's central directory
and, for the XML parts, a bounded stream through expat with DTDs forbidden, so a zip bomb, an
XML bomb (billion laughs, external entities), a truncated part or a missing part is refused
with an Indonesian message before openpyxl or python-docx touches the file. Decompression
never goes beyond the declared size of a part (``zipfile`` stops there and checks the CRC), and
the declared sizes are checked first, so memory stays bounded whatever the file claims.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.parsers import expat

MB = 1024 * 1024
_POTONGAN = 64 * 1024  # bytes read from a part at a time
_XML = (".xml", ".rels", ".vml")


class ArsipDitolak(ValueError):
    """The file cannot be accepted; the message says why, in Indonesian."""


@dataclass(frozen=True)
class BatasArsip:
    """How large an Office file of one kind may be, packed and unpacked."""

    jenis: str  # "XLSX", "DOCX": how messages name the file
    berkas: int  # bytes of the zip itself
    terurai: int  # declared uncompressed bytes of all parts together
    bagian: int  # declared uncompressed bytes of one part
    rasio: int = 100  # ordinary parts compress 5-20x; far more is a bomb
    rasio_dari: int = MB  # small parts (an empty sheet) may compress better: checked above this size
    jumlah_bagian: int = 2000


def _mb(n: int) -> str:
    return f"{n / MB:.0f} MB" if n >= MB else f"{max(1, n // 1024)} KB"


def ukuran(berkas: Path | IO[bytes] | bytes) -> int:
    """The size of a file on disk, an open binary file (position kept) or bytes."""
    if isinstance(berkas, bytes | bytearray):
        return len(berkas)
    if isinstance(berkas, Path | str):
        return Path(berkas).stat().st_size
    posisi = berkas.tell()
    try:
        return berkas.seek(0, io.SEEK_END)
    finally:
        berkas.seek(posisi)


def buka(berkas: Path | IO[bytes] | bytes) -> zipfile.ZipFile:
    """A ZipFile over any of the accepted inputs."""
    return zipfile.ZipFile(io.BytesIO(berkas) if isinstance(berkas, bytes | bytearray) else berkas)


class _Dilarang(Exception):
    pass


def _tolak_dtd(*_: object) -> None:
    raise _Dilarang


def periksa_xml(aliran: IO[bytes], maks: int) -> None:
    """Stream an XML part through expat: well-formed, no DTD or entity, at most ``maks`` bytes.

    Raises ``_Dilarang`` for a DTD, ``expat.ExpatError`` when malformed or truncated, and
    ``ArsipDitolak`` when the part turns out longer than ``maks``.
    """
    parser = expat.ParserCreate()
    # Office XML never has a DTD: forbidding it forbids every entity, internal or external.
    parser.StartDoctypeDeclHandler = _tolak_dtd
    parser.EntityDeclHandler = _tolak_dtd
    parser.ExternalEntityRefHandler = _tolak_dtd  # type: ignore[assignment]  # raising, never returns
    dibaca = 0
    while potongan := aliran.read(_POTONGAN):
        dibaca += len(potongan)
        if dibaca > maks:
            raise ArsipDitolak(f"bagian lebih besar dari {_mb(maks)} setelah diurai")
        parser.Parse(potongan, False)
    parser.Parse(b"", True)


def baca_bagian(zf: zipfile.ZipFile, nama: str, maks: int) -> bytes:
    """A part's bytes, read with a cap: never more than ``maks`` bytes are decompressed."""
    out = bytearray()
    with zf.open(nama) as f:
        while potongan := f.read(_POTONGAN):
            out += potongan
            if len(out) > maks:
                raise ArsipDitolak(f"bagian {nama} lebih besar dari {_mb(maks)} setelah diurai")
    return bytes(out)


def periksa_arsip(berkas: Path | IO[bytes] | bytes, batas: BatasArsip, wajib: Iterable[str] = ()) -> None:
    """Refuse an Office file that is empty, not a zip, too large, a zip or XML bomb, or truncated.

    ``wajib`` are the parts the kind must have (``xl/workbook.xml``). An open file is left at
    position 0 for the parser that follows.
    """
    jenis = batas.jenis
    n = ukuran(berkas)
    if n == 0:
        raise ArsipDitolak(f"Berkas kosong (0 byte); unggah berkas {jenis} yang berisi.")
    if n > batas.berkas:
        raise ArsipDitolak(f"Berkas terlalu besar ({_mb(n)}; batas {_mb(batas.berkas)}).")
    try:
        zf = buka(berkas)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ArsipDitolak(f"Berkas bukan {jenis} (bukan arsip Office Open XML atau arsipnya rusak); "
                           f"simpan ulang sebagai {jenis}.") from None
    try:
        with zf:
            _periksa_isi(zf, batas, wajib)
    finally:
        if not isinstance(berkas, bytes | bytearray | Path | str):
            berkas.seek(0)


def _periksa_isi(zf: zipfile.ZipFile, batas: BatasArsip, wajib: Iterable[str]) -> None:
    jenis = batas.jenis
    infos = zf.infolist()
    if len(infos) > batas.jumlah_bagian:
        raise ArsipDitolak(f"Berkas berisi {len(infos)} bagian; {jenis} yang wajar jauh lebih sedikit.")
    nama = [i.filename for i in infos]
    if len(set(nama)) != len(nama):
        raise ArsipDitolak(f"Berkas berisi bagian bernama sama lebih dari sekali; {jenis} ini rusak.")
    for w in wajib:
        if w not in nama:
            raise ArsipDitolak(f"Berkas ini bukan {jenis} yang utuh: bagian {w} tidak ada. Simpan ulang "
                               f"berkasnya dari Excel/Word/LibreOffice.")
    total = 0
    for i in infos:
        if i.flag_bits & 0x1:
            raise ArsipDitolak(f"Bagian {i.filename} terenkripsi; buka kuncinya lalu simpan ulang.")
        if i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ArsipDitolak(f"Bagian {i.filename} memakai metode kompresi yang tidak dipakai Office; "
                               "berkas ditolak.")
        if i.file_size > batas.bagian:
            raise ArsipDitolak(f"Bagian {i.filename} terlalu besar setelah diurai ({_mb(i.file_size)}; "
                               f"batas {_mb(batas.bagian)}).")
        if i.file_size > batas.rasio_dari and i.file_size > batas.rasio * max(i.compress_size, 1):
            raise ArsipDitolak(f"Bagian {i.filename} memuai {i.file_size // max(i.compress_size, 1)} kali saat "
                               "diurai (zip bomb); berkas ditolak.")
        total += i.file_size
    if total > batas.terurai:
        raise ArsipDitolak(f"Isi berkas terlalu besar setelah diurai ({_mb(total)}; batas {_mb(batas.terurai)}).")
    terkompres = sum(i.compress_size for i in infos)
    if total > batas.rasio_dari and total > batas.rasio * max(terkompres, 1):
        raise ArsipDitolak(f"Isi berkas memuai {total // max(terkompres, 1)} kali saat diurai (zip bomb); "
                           "berkas ditolak.")
    for i in infos:
        if i.filename.casefold().endswith(_XML) or i.filename == "[Content_Types].xml":
            _periksa_bagian_xml(zf, i, batas)


def _periksa_bagian_xml(zf: zipfile.ZipFile, info: zipfile.ZipInfo, batas: BatasArsip) -> None:
    try:
        with zf.open(info) as f:
            periksa_xml(f, min(info.file_size, batas.bagian))
    except _Dilarang:
        raise ArsipDitolak(f"Bagian {info.filename} memuat DTD atau entitas XML (XML bomb atau entitas "
                           "eksternal); berkas ditolak.") from None
    except expat.ExpatError as exc:
        raise ArsipDitolak(f"Bagian {info.filename} rusak atau terpotong (XML tidak utuh: "
                           f"{expat.ErrorString(exc.code)}, baris {exc.lineno}); simpan ulang berkasnya.") from None
    except ArsipDitolak:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
        raise ArsipDitolak(f"Bagian {info.filename} rusak (isi terkompresinya tidak dapat diurai); "
                           "simpan ulang berkasnya.") from None
