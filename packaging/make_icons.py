"""Render resources/icons/lazpack.svg to lazpack.png (256 px) and lazpack.ico (16–256 px).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

The outputs are committed (the Windows build and the installer need the .ico before any
Python runs); tests/unit/test_packaging.py fails when they no longer match the SVG's sizes.
The .ico holds PNG-compressed images, which Windows has read since Vista.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG streams (ICONDIR + ICONDIRENTRY table + data)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    table = b""
    blobs = b""
    offset = 6 + 16 * len(images)
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO table
        table += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + table + blobs


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "lazpack.svg"
    images = {size: render_png(svg, size) for size in ICO_SIZES}
    (ICONS / "lazpack.png").write_bytes(images[256])
    (ICONS / "lazpack.ico").write_bytes(ico_bytes(images))
    print(f"wrote {ICONS / 'lazpack.png'} and {ICONS / 'lazpack.ico'} ({len(images)} sizes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
