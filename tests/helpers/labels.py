"""Test label PDFs (reportlab, like a courier's AWB) and reading printed output back."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from reportlab.graphics.barcode import code128
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from tests.helpers.ci import require

READ_DPI = 203
POPPLER = (
    "poppler's pdftotext, pdffonts and pdftoppm are not installed"
    " (apt: poppler-utils; .ci/run installs it)"
)


def require_poppler() -> None:
    """Skip without poppler's command-line tools — fail under CI, which installs them."""
    require(all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdftoppm")), POPPLER)


def _poppler(tool: str, pdf: Path | bytes, *args: str) -> str:
    require_poppler()
    if isinstance(pdf, Path):
        return subprocess.run(
            [tool, *args, str(pdf), *(["-"] if tool == "pdftotext" else [])],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        ).stdout
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "doc.pdf"
        path.write_bytes(pdf)
        return _poppler(tool, path, *args)


def pdf_text(pdf: Path | bytes, *, layout: bool = False) -> str:
    """The text of a PDF as poppler's ``pdftotext`` reads it (UTF-8; ``layout`` keeps the
    columns where they are on the page)."""
    return _poppler("pdftotext", pdf, "-enc", "UTF-8", *(["-layout"] if layout else []))


def pdf_fonts(pdf: Path | bytes) -> str:
    """poppler's ``pdffonts`` table of the fonts a PDF uses."""
    return _poppler("pdffonts", pdf)


def label_pdf(*tracking_numbers: str, size_mm: tuple[float, float] = (100, 150)) -> bytes:
    """One 100×150 mm page per tracking number: courier header, Code128 barcode, address."""
    out = io.BytesIO()
    w, h = size_mm[0] * mm, size_mm[1] * mm
    c = canvas.Canvas(out, pagesize=(w, h))
    for tn in tracking_numbers:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(6 * mm, h - 12 * mm, "LEX SG  Standard")
        c.setFont("Helvetica", 9)
        c.drawString(6 * mm, h - 18 * mm, "Ship to: Tan Ah Kow, 1 Orchard Rd, 238823 Singapore")
        c.setLineWidth(0.3)
        c.rect(3 * mm, 3 * mm, w - 6 * mm, h - 6 * mm)
        # 3 dots per module at 203 dpi, as couriers size bars for thermal heads
        bc = code128.Code128(tn, barHeight=22 * mm, barWidth=0.375 * mm, humanReadable=True)
        bc.drawOn(c, (w - bc.width) / 2, h / 2)
        c.showPage()
    c.save()
    return out.getvalue()


def render_back(pdf: Path | bytes, dpi: int = READ_DPI) -> list[QImage]:
    """Every page of a PDF as a greyscale image at ``dpi``, aliased like a thermal head."""
    doc = QPdfDocument()
    if isinstance(pdf, Path):
        doc.load(str(pdf))
    else:
        buf = QBuffer()
        buf.setData(QByteArray(pdf))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        doc.load(buf)
    assert doc.status() == QPdfDocument.Status.Ready, doc.error()
    opts = QPdfDocumentRenderOptions()
    opts.setRenderFlags(
        QPdfDocumentRenderOptions.RenderFlag.TextAliased
        | QPdfDocumentRenderOptions.RenderFlag.ImageAliased
        | QPdfDocumentRenderOptions.RenderFlag.PathAliased
    )
    images = []
    for i in range(doc.pageCount()):
        pt = doc.pagePointSize(i)
        size = QSize(round(pt.width() / 72 * dpi), round(pt.height() / 72 * dpi))
        img = doc.render(i, size, opts)
        white = QImage(img.size(), QImage.Format.Format_RGB32)
        white.fill(0xFFFFFFFF)
        p = QPainter(white)
        p.drawImage(0, 0, img)
        p.end()
        images.append(white.convertToFormat(QImage.Format.Format_Grayscale8))
    return images


def to_pil(img: QImage) -> Image.Image:
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    raw = bytes(img.constBits())[: bpl * h]
    return Image.frombuffer("L", (w, h), raw, "raw", "L", bpl, 1).copy()


def decode(img: QImage) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(to_pil(img))]


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    doc = QPdfDocument()
    doc.load(str(pdf))
    return [
        (doc.pagePointSize(i).width() / 72 * 25.4, doc.pagePointSize(i).height() / 72 * 25.4)
        for i in range(doc.pageCount())
    ]


def barcode_grey_levels(img: QImage) -> set[int]:
    """Distinct grey levels inside the barcode's bounding box (0 and 255 only if crisp)."""
    pil = to_pil(img)
    results = zxingcpp.read_barcodes(pil)
    assert results, "no barcode found"
    pos = results[0].position
    xs = [pos.top_left.x, pos.top_right.x, pos.bottom_left.x, pos.bottom_right.x]
    ys = [pos.top_left.y, pos.top_right.y, pos.bottom_left.y, pos.bottom_right.y]
    # zxing reports a scan line for 1D codes; widen it vertically to cover the bars
    box = (min(xs), max(0, min(ys) - 20), max(xs) + 1, min(pil.height, max(ys) + 20))
    colors = pil.crop(box).getcolors(256) or []
    values: set[int] = set()
    for _, v in colors:
        assert isinstance(v, int), f"expected a greyscale image, got colour {v!r}"
        values.add(v)
    return values
