"""SKU stickers: every sticker's barcode decodes back to the SKU (or its EAN-13)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from lazpack.errors import WorkflowError
from lazpack.printing.stickers import STICKER_PAPERS, Sticker, render_stickers


def decode_pages(pdf: bytes, tmp_path: Path) -> list[set[tuple[str, str]]]:
    path = tmp_path / "stickers.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "600", "-gray", "-png", str(path), str(tmp_path / "page")], check=True
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    return [{(r.format.name, r.text) for r in zxingcpp.read_barcodes(Image.open(p))} for p in pages]


@pytest.mark.parametrize("paper", sorted(STICKER_PAPERS))
def test_each_sticker_decodes(paper: str, tmp_path: Path) -> None:
    stickers = [
        Sticker("MUG-SAGE", "Ceramic Mug 350ml", quantity=2),
        Sticker("CASE-IP15-IPHONE15PRO", "Phone Case iPhone 15 Pro", quantity=1),
        Sticker("BOTTLE-TEAL", "ขวดน้ำ", barcodes=("4006381333931",), quantity=1),
        Sticker("CAP-UPC", "Cap", barcodes=("036000291452",), quantity=1),
    ]
    pages = decode_pages(render_stickers(stickers, paper), tmp_path)
    assert pages == [
        {("Code128", "MUG-SAGE")},
        {("Code128", "MUG-SAGE")},
        {("Code128", "CASE-IP15-IPHONE15PRO")},
        {("EAN13", "4006381333931")},
        {("EAN13", "0036000291452")},
    ]


def test_bad_sticker_requests_are_refused_in_words() -> None:
    with pytest.raises(WorkflowError, match="Unknown sticker size"):
        render_stickers([Sticker("A")], "10x10mm")
    with pytest.raises(WorkflowError, match="No stickers"):
        render_stickers([Sticker("A", quantity=0)])
    with pytest.raises(WorkflowError, match="cannot be a Code128"):
        render_stickers([Sticker("เสื้อ")])
