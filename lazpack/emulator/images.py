"""Tiny product pictures as PNG, made with zlib alone (the emulator has no internet and the
station must not need Pillow at runtime)."""

from __future__ import annotations

import hashlib
import struct
import zlib
from functools import lru_cache


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


@lru_cache(maxsize=512)
def product_png(sku: str, color: tuple[int, int, int], size: int = 96) -> bytes:
    """A square tile in the product's colour with a darker band whose position depends on the
    SKU, so neighbouring rows in the UI look different."""
    r, g, b = color
    dark = (r // 2, g // 2, b // 2)
    band = hashlib.sha256(sku.encode()).digest()[0] % (size // 2) + size // 4
    rows = bytearray()
    light_row = bytes((r, g, b)) * size
    border = bytes(dark)
    for y in range(size):
        rows.append(0)  # filter: none
        if y < 3 or y >= size - 3 or abs(y - band) < 6:
            rows += border * size
        else:
            rows += border * 3 + light_row[9 : 3 * (size - 3)] + border * 3
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(rows), 6))
        + _chunk(b"IEND", b"")
    )
