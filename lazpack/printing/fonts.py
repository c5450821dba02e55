"""The bundled Noto fonts in the PDFs lazpack draws itself (design.md §9b).

The PDF core fonts have neither Thai nor Vietnamese nor Chinese, and a slip must not depend
on what the PC has installed. reportlab has no per-glyph font fallback, so ``Pen`` splits a
string into runs, each drawn in the first face that has its characters: Noto Sans (Latin,
Vietnamese, digits), Noto Sans Thai (which has no Latin digits), Noto Sans CJK SC (subset).
All three are embedded (subset) in the PDF.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lazpack.config import resources_dir

#: (regular, bold) file per face, in fallback order
FACES: tuple[tuple[str, str, str], ...] = (
    ("LazpackSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("LazpackThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    ("LazpackCJK", "NotoSansSC-Regular-subset.ttf", "NotoSansSC-Regular-subset.ttf"),
)
REGULAR = "regular"
BOLD = "bold"


def font_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def registered() -> dict[str, list[str]]:
    """Register the bundled faces with reportlab once: style -> font names in fallback order."""
    names: dict[str, list[str]] = {REGULAR: [], BOLD: []}
    for face, regular, bold in FACES:
        for style, file in ((REGULAR, regular), (BOLD, bold)):
            name = face if style == REGULAR else f"{face}-Bold"
            pdfmetrics.registerFont(TTFont(name, str(font_dir() / file)))
            names[style].append(name)
    return names


@cache
def _charmap(name: str) -> frozenset[int]:
    font: Any = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def runs(text: str, style: str = REGULAR) -> list[tuple[str, str]]:
    """``text`` cut into (font name, substring) runs, each in the first face that has it.

    A combining mark stays with its base letter's face; a character no face has goes to the
    first face (it shows as a box there, and the caller's text is still all in the PDF)."""
    fonts = registered()[style]
    out: list[tuple[str, str]] = []
    for ch in text:
        if out and unicodedata.combining(ch) and ord(ch) in _charmap(out[-1][0]):
            name = out[-1][0]
        else:
            name = next((f for f in fonts if ord(ch) in _charmap(f)), fonts[0])
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


def missing(text: str) -> str:
    """The characters of ``text`` that no bundled face can draw."""
    fonts = registered()[REGULAR]
    return "".join(
        ch for ch in text if not ch.isspace() and all(ord(ch) not in _charmap(f) for f in fonts)
    )


def initial_font() -> str:
    """For ``Canvas(initialFontName=...)``: no page then names a PDF core font."""
    return registered()[REGULAR][0]


def string_width(text: str, style: str, size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(s, name, size) for name, s in runs(text, style)))


class Pen:
    """Draws text on a reportlab canvas in the bundled faces, switching face per run."""

    def __init__(self, canvas: Any) -> None:
        self.c = canvas
        self.style = REGULAR
        self.size = 10.0

    def font(self, style: str, size: float) -> None:
        self.style, self.size = style, size

    def width(self, text: str) -> float:
        return string_width(text, self.style, self.size)

    def text(self, x: float, y: float, text: str) -> None:
        for name, part in runs(text, self.style):
            self.c.setFont(name, self.size)
            self.c.drawString(x, y, part)
            x += pdfmetrics.stringWidth(part, name, self.size)

    def right(self, x: float, y: float, text: str) -> None:
        self.text(x - self.width(text), y, text)

    def centre(self, x: float, y: float, text: str) -> None:
        self.text(x - self.width(text) / 2, y, text)
