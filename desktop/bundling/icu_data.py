"""Qt's ICU data library, cut down to the languages the app speaks.

Qt Core links ICU for collation, locale-aware case mapping, time-zone names and legacy text
encodings. The wheel's libicudata carries all of that for some 800 locales (31 MB). The app needs
the Unicode core and its own languages, so the packaged folder gets a library with the same
exported symbol that holds only those items (about 4 MB). ICU looks items up by name and falls
back to the root locale when one is missing, so a locale left out still works, in root's terms.

The library is ICU's "common data" package: a header, a table of contents of (name, offset) pairs
sorted by name, then the items. Lookups are binary searches over the names; nothing else in the
file refers to an offset, so a subset is the kept items re-laid out behind a new table.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

# Indonesian under its current and its former code ("in"), English, and root, which every
# locale falls back to. Bundles of these stay in every tree (collation, zones, currencies ...).
LANGUAGES = ("id", "in", "en")
# Items a locale bundle is not: a stem such as "af", "zh_Hant_TW" or "es_419".
_LOCALE_STEM = re.compile(r"([a-z]{2,3})(_[A-Za-z0-9]+)*")
# Transliteration and dictionary-based word breaking (CJK, Thai ...) are ICU services Qt offers and
# the app never asks for; so are the multi-byte legacy encodings (3.7 MB): CSV files are decoded by
# Python. The single-byte ones (ISO-8859-x, windows-125x ...) stay, at 0.4 MB.
_UNUSED_TREES = ("translit",)
_UNUSED_KINDS = ("dict",)
# Where UConverterStaticData keeps maxBytesPerChar, after the item's own header: structSize,
# name[60], codepage, platform, conversionType, minBytesPerChar.
_MAX_BYTES_PER_CHAR = 4 + 60 + 4 + 1 + 1 + 1
_ALIGNMENT = 16
_DATA_SYMBOL = re.compile(rb"icudt\d+_dat")
_SHT_DYNSYM = 11


class IcuDataError(Exception):
    """The library is not what this module knows how to cut down."""


@dataclass(frozen=True)
class Package:
    header: bytes
    items: dict[str, bytes]


def _single_byte(converter: bytes) -> bool:
    header_size, = struct.unpack_from("<H", converter, 0)
    return converter[header_size + _MAX_BYTES_PER_CHAR] == 1


def wanted(name: str, item: bytes) -> bool:
    """True for an item the app may need, by its name in the package ("icudt73l/coll/id.res")."""
    parts = name.split("/")[1:]
    tree = parts[0] if len(parts) > 1 else ""
    stem, _, kind = parts[-1].rpartition(".")
    if tree in _UNUSED_TREES or kind in _UNUSED_KINDS:
        return False
    if kind == "cnv":
        return _single_byte(item)
    locale = _LOCALE_STEM.fullmatch(stem)
    return kind != "res" or locale is None or locale.group(1) in LANGUAGES


def data_symbol(library: bytes) -> tuple[str, int, int]:
    """The exported data symbol of an ELF64 little-endian library: name, file offset, size."""
    if library[:6] != b"\x7fELF\x02\x01":
        raise IcuDataError("not a 64-bit little-endian ELF library")
    shoff, = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != _SHT_DYNSYM:
            continue
        strings = sections[link][4]
        for entry in range(offset, offset + size, entsize):
            name_at, _info, _other, index, value, length = struct.unpack_from("<IBBHQQ", library, entry)
            name = library[strings + name_at:library.index(b"\0", strings + name_at)]
            if _DATA_SYMBOL.fullmatch(name):
                home = sections[index]
                return name.decode(), home[4] + value - home[3], length
    raise IcuDataError("no icudt<version>_dat symbol")


def read_package(blob: bytes) -> Package:
    header_size, = struct.unpack_from("<H", blob, 0)
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise IcuDataError("not an ICU common data package")
    if header_size % _ALIGNMENT:
        # write_package keeps items aligned by counting from the end of the header.
        raise IcuDataError(f"a {header_size}-byte package header; expected a multiple of {_ALIGNMENT}")
    count, = struct.unpack_from("<I", blob, header_size)
    table = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    ends = [data for _name, data in table[1:]] + [len(blob) - header_size]
    items = {}
    for (name_at, data), end in zip(table, ends):
        start = header_size + name_at
        items[blob[start:blob.index(b"\0", start)].decode("ascii")] = blob[header_size + data:header_size + end]
    return Package(blob[:header_size], items)


def _padded(data: bytes) -> bytes:
    # ICU's packager pads with 0xAA; the same filler makes an unchanged package come out identical.
    return data + b"\xaa" * (-len(data) % _ALIGNMENT)


def write_package(package: Package) -> bytes:
    """The package laid out as ICU's own packager does: names, then 16-byte aligned items."""
    names = sorted(package.items)
    table_size = 4 + 8 * len(names)
    name_offsets, name_block = [], bytearray()
    for name in names:
        name_offsets.append(table_size + len(name_block))
        name_block += name.encode("ascii") + b"\0"
    # Offsets count from the table, which starts right after the 16-byte sized header.
    body_start = len(_padded(bytes(table_size) + name_block))
    data_offsets, body = [], bytearray()
    for name in names:
        data_offsets.append(body_start + len(body))
        body += _padded(package.items[name])
    table = struct.pack("<I", len(names)) + b"".join(
        struct.pack("<II", name_at, data_at) for name_at, data_at in zip(name_offsets, data_offsets))
    return package.header + _padded(table + name_block) + bytes(body)


def read_library(path: Path) -> tuple[str, Package]:
    """The data symbol's name and the package it holds."""
    library = path.read_bytes()
    symbol, offset, size = data_symbol(library)
    return symbol, read_package(library[offset:offset + size])


def _assembly(symbol: str, data: Path) -> str:
    return "\n".join((
        ".section .rodata", f".globl {symbol}", f".type {symbol}, @object", f".balign {_ALIGNMENT}",
        f"{symbol}:", f'.incbin "{data}"', f".size {symbol}, . - {symbol}",
        # A data-only library: say so, or the linker marks the stack executable.
        '.section .note.GNU-stack,"",@progbits', "",
    ))


def build_library(source: Path, target: Path, keep: Callable[[str, bytes], bool] = wanted,
                  compiler: str = "cc") -> None:
    """Write a library like ``source``, exporting the same symbol, with only the kept items to ``target``."""
    symbol, package = read_library(source)
    kept = Package(package.header, {name: item for name, item in package.items.items() if keep(name, item)})
    with tempfile.TemporaryDirectory() as scratch:
        data, assembly = Path(scratch) / "icudata.bin", Path(scratch) / "icudata.S"
        data.write_bytes(write_package(kept))
        assembly.write_text(_assembly(symbol, data), encoding="ascii")
        # The compiler's own words, if any, go to the build's output.
        subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-Wl,--strip-all",
                        "-o", str(target), str(assembly)], check=True)
